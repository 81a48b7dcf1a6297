/** `hf-trends`: the worker CLI, a thin face over the pipeline. */
import { configureMemory } from "./memory.ts";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readDataset, readManifest } from "./dataset/store.ts";
import { newestDate, storedSnapshot } from "./dataset/snapshot.ts";
import { logLine } from "./escape.ts";
import { maskSecrets } from "./hub/errors.ts";
import { analysisOfRecords, renderOutputs } from "./outputs.ts";
import type { Logger } from "./log.ts";
import { DEFAULT_MAX_SNAPSHOT_AGE_DAYS } from "./analysis/weekly.ts";
import { enrichBacklog, harvest, planAutoRun, planDailyRun, planLine, writeSnapshotParquet, rebuildHistory, refresh, storageLine, type RefreshOptions } from "./pipeline.ts";
import { CLI_TERMS, failureMessage } from "./terms.ts";
import { checkBranch, checkDatasetSetting, checkPipelineTags, InvalidSetting } from "./settings.ts";
import { trendsPath } from "./dataset/trends.ts";
import { parquetPath } from "./dataset/parquet-file.ts";
import { isoDay } from "./analysis/weekly.ts";
import { siteLinks } from "./site/links.ts";
import { VERSION } from "./version.ts";
import { COMMANDS, commandsOf, helpText, parseArgsOptions, unusedOptions, type Command, type OptionValues } from "./cli-options.ts";
import { homedir } from "node:os";
import { DEFAULT_ARCHIVE } from "./hub/archive-repo.ts";
import { isHubId } from "./hub-id.ts";

// The commands' heavier parts (the archive reader, the Parquet writer, publishing, charts and the
// site) are imported where a command needs them: a harvest's first request waits for every module
// loaded before it (≈ 30 ms sooner without those).

class UsageError extends Error {}

function positiveInteger(value: string | undefined, name: string, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} takes a whole number, got "${value}"`);
  return Number(value);
}

function consoleLogger(secrets: Array<string | undefined>): Logger {
  const mask = (text: string) => logLine(maskSecrets(text, secrets));
  // On a terminal, a message first clears the live progress line; the next update redraws it.
  const clear = process.stderr.isTTY ? "\r\x1b[2K" : "";
  return {
    info: (message) => process.stderr.write(`${clear}${mask(message)}\n`),
    warn: (message) => process.stderr.write(`${clear}warning: ${mask(message)}\n`),
    group: async (name, run) => {
      process.stderr.write(`== ${name}\n`);
      return run();
    },
    // Progress lines are ours (counts only) and carry the live line's own cursor controls.
    progress: { isTTY: process.stderr.isTTY, write: (text) => process.stderr.write(maskSecrets(text, secrets)) },
  };
}

async function main(argv: string[]): Promise<void> {
  const parsed = parseArgs({ args: argv, allowPositionals: true, options: parseArgsOptions(), tokens: true });
  const { positionals, tokens } = parsed;
  const values = parsed.values as OptionValues;
  if (values.help) return void process.stdout.write(`${helpText(VERSION)}\n`);
  if (values.version) return void process.stdout.write(`${VERSION}\n`);
  const command = positionals[0];
  if (!command) throw new UsageError("name a command: refresh, auto, harvest, enrich, charts, history, publish or backfill (see --help)");
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  if (!(command in COMMANDS)) throw new UsageError(`unknown command "${command}": use ${Object.keys(COMMANDS).join(", ")}`);

  const token = values.token ?? (process.env.HF_TOKEN || undefined);
  const githubToken = process.env.GITHUB_TOKEN || undefined;
  const datasetToken = values["hf-dataset-token"] ?? (process.env.HF_DATASET_TOKEN || token);
  const log = consoleLogger([token, githubToken, datasetToken]);
  const given = tokens.flatMap((t) => (t.kind === "option" ? [t.name] : []));
  for (const option of unusedOptions(command as Command, given)) log.warn(`--${option.name} has no effect on ${command} (it is read by ${commandsOf(option)})`);
  const endpoint = values.endpoint ?? (process.env.HF_ENDPOINT || "https://huggingface.co");
  if (!/^https?:\/\/[^/]/.test(endpoint)) throw new UsageError(`--endpoint must be an http(s) URL, got "${endpoint}"`);
  const options = {
    task: checkPipelineTags(values.task ?? "text-generation", CLI_TERMS),
    endpoint: endpoint.replace(/\/+$/, ""),
    token,
    dataDir: values["data-dir"] ?? "data",
    chartsDir: values["charts-dir"] ?? "charts",
    siteDir: values["site-dir"] || undefined,
    siteLinks: siteLinks(values["site-url"], values.repo ? `https://github.com/${values.repo}` : undefined, values["data-dir"] ?? "data"),
    maxModels: positiveInteger(values["max-models"], "--max-models", undefined),
    enrichBudget: positiveInteger(values["enrich-budget"], "--enrich-budget", 6000) as number,
    enrichMinutes: positiveInteger(values["enrich-minutes"], "--enrich-minutes", 30) as number,
    allowShrink: values["allow-shrink"] ?? false,
    maxSnapshotAgeDays: positiveInteger(values["max-snapshot-age"], "--max-snapshot-age", DEFAULT_MAX_SNAPSHOT_AGE_DAYS) as number,
    includePrivate: values["include-private"] ?? false,
  };
  if (options.maxModels === 0) throw new UsageError("--max-models must be at least 1");
  if (values.branch !== undefined) checkBranch(values.branch, CLI_TERMS);
  const hfDataset = values["hf-dataset"];
  if (hfDataset !== undefined) checkDatasetSetting(hfDataset, datasetToken, CLI_TERMS);
  if (values.commit && !values.repo) throw new UsageError("--commit needs --repo owner/name");
  if (values.commit && !githubToken) throw new UsageError("--commit needs a token in $GITHUB_TOKEN with contents: write");
  // As the action: private models go nowhere public, and that is known before anything is listed.
  if (options.includePrivate && (values.commit || hfDataset !== undefined)) {
    const { checkPrivateModelsDestinations } = await import("./publish/private-guard.ts");
    await checkPrivateModelsDestinations({
      github: values.commit ? { repository: values.repo as string, token: githubToken as string, apiUrl: process.env.GITHUB_API_URL } : undefined,
      hfDataset: hfDataset === undefined ? undefined : { repo: hfDataset, token: datasetToken as string, endpoint: options.endpoint },
    });
  }

  switch (command) {
    case "harvest": {
      const report = await harvest(options, log);
      process.stdout.write(`${report.models} models (${report.newModels} new) in ${report.pages} pages, ${report.seconds.toFixed(1)} s; ${storageLine(report.storage)}\n`);
      return;
    }
    case "refresh":
    case "enrich":
    case "auto": {
      const report = command === "refresh" ? await refresh(options, log) : await decideThenRun(command, options, log);
      process.stdout.write(`${report.models} models; ${storageLine(report.storage)}; outputs in ${options.dataDir} and ${options.chartsDir}\n`);
      if (values.commit) {
        await commitToGitHub(`Refresh ${options.task}: ${report.models} models`);
      }
      if (hfDataset !== undefined) await publishToHub(hfDataset, report.snapshotMs, report.models);
      return;
    }
    case "publish": {
      if (hfDataset === undefined) throw new UsageError("publish sends the snapshot to a Hugging Face dataset: give --hf-dataset owner/name");
      const manifest = await readManifest(options.dataDir);
      const stored = manifest && (await readDataset(options.dataDir));
      if (!stored || !manifest) throw new Error(`no dataset in ${options.dataDir}: run "hf-trends refresh" first, or point --data-dir at one`);
      const snapshotMs = storedSnapshot(manifest.snapshot, newestDate(stored.columns()), Date.now());
      // Written afresh from the dataset: a Parquet left by an earlier run may be of another snapshot.
      await writeSnapshotParquet(options.dataDir, stored, snapshotMs, log);
      await publishToHub(hfDataset, snapshotMs, stored.length);
      return;
    }
    case "charts": {
      const manifest = await readManifest(options.dataDir);
      const stored = manifest && (await readDataset(options.dataDir));
      if (!stored || !manifest) throw new Error(`no dataset in ${options.dataDir}: run "hf-trends refresh" first, or point --data-dir at one`);
      const snapshotMs = storedSnapshot(manifest.snapshot, newestDate(stored.columns()), Date.now());
      await writeSnapshotParquet(options.dataDir, stored, snapshotMs, log);
      // The findings from the same table (read once); it lets the records go and keeps the numbers.
      const input = await analysisOfRecords(stored, options.dataDir, { task: manifest.pipelineTag, snapshotMs, keepIds: Boolean(options.siteDir) });
      const outputs = await renderOutputs(input, options, log);
      process.stdout.write(`wrote ${[...outputs.charts, ...outputs.insights].join(", ")}\n`);
      return;
    }
    case "backfill": {
      for (const [flag, value] of [["--since", values.since], ["--until", values.until]] as const) {
        if (value !== undefined && (!/^\d{4}-\d\d-\d\d$/.test(value) || Number.isNaN(Date.parse(value)))) throw new UsageError(`${flag} takes a date YYYY-MM-DD, got "${value}"`);
      }
      const archive = values.archive ?? DEFAULT_ARCHIVE;
      if (!archive.includes("/") || !isHubId(archive)) throw new UsageError(`--archive takes owner/name, got "${archive}"`);
      const { backfill } = await import("./backfill.ts");
      const report = await backfill(
        {
          ...options, archive, since: values.since, until: values.until, weeksDir: values["weeks-dir"] ?? defaultWeeksDir(archive, options.task),
          hfDataset: hfDataset === undefined ? undefined : { repo: hfDataset, token: datasetToken as string, endpoint: options.endpoint, keepsPrivate: options.includePrivate },
          repositoryUrl: values.repo ? `https://github.com/${values.repo}` : undefined,
        },
        log,
      );
      for (const hf of report.published.filter((p) => p.changed).slice(-1)) process.stdout.write(`published ${report.published.filter((p) => p.changed).length} weeks to ${hf.url}, each with its tag (${(hf.bytesUploaded / 1e6).toFixed(1)} MB uploaded in ${hf.requests} requests)\n`);
      if (values.commit) {
        await commitToGitHub(`Backfill ${options.task}: ${report.read.filter((w) => w.status === "usable").length} weeks from ${archive}`);
      }
      if (report.failed) throw new Error(`backfill stopped at ${report.failed.week}: ${report.failed.message}`);
      process.stdout.write(`${report.read.length} weeks read, ${(report.bytesRead / 1e6).toFixed(1)} MB; history in ${join(options.dataDir, "history.csv")}\n`);
      return;
    }
    case "history": {
      if (!values["from-git"]) throw new UsageError("history rebuilds data/history.csv from git: give --from-git");
      const rows = await rebuildHistory(options.dataDir, log);
      process.stdout.write(`${rows.length} snapshots in ${join(options.dataDir, "history.csv")}\n`);
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }

  /** The outputs in the data and charts folders, to GitHub as one commit (--commit). */
  async function commitToGitHub(message: string): Promise<void> {
    const { publishToGitHub } = await import("./publish/run.ts");
    const published = await publishToGitHub(
      { repository: values.repo as string, branch: values.branch, token: githubToken as string, apiUrl: process.env.GITHUB_API_URL },
      { dataDir: options.dataDir, chartsDir: options.chartsDir, message },
      log,
    );
    process.stdout.write(published.changed ? `committed ${published.sha}\n` : "nothing changed: no commit\n");
  }

  /** The snapshot in the data folder, to the Hugging Face dataset: one commit and one tag, or nothing when the tag is there. */
  async function publishToHub(repo: string, snapshotMs: number, models: number): Promise<void> {
    const { publishSnapshotToHub } = await import("./publish/hf-dataset.ts");
    const hf = await publishSnapshotToHub(
      { repo, token: datasetToken as string, endpoint: options.endpoint, keepsPrivate: options.includePrivate },
      { task: options.task, snapshot: isoDay(snapshotMs), models, parquet: parquetPath(options.dataDir), trendsCsv: trendsPath(options.dataDir), repositoryUrl: values.repo ? `https://github.com/${values.repo}` : undefined, siteUrl: options.siteLinks.siteUrl },
      log,
    );
    process.stdout.write(
      hf.changed ? `published ${hf.tag} to ${hf.url} (${(hf.bytesUploaded / 1e6).toFixed(1)} MB uploaded in ${hf.requests} requests)\n` : `${hf.repo} has ${hf.tag} already: nothing published\n`,
    );
  }
}

/**
 * The runs that decide for themselves. enrich: the storage backlog, or the whole refresh when the
 * latest snapshot is stale (a missed weekly run). auto: the weekly refresh when the snapshot is 7
 * days old (or there is none), else the storage backlog: one daily schedule for both.
 */
async function decideThenRun(command: "enrich" | "auto", options: RefreshOptions & { maxSnapshotAgeDays: number }, log: Logger) {
  const plan = command === "auto" ? await planAutoRun(options.dataDir, Date.now()) : await planDailyRun(options.dataDir, options.maxSnapshotAgeDays, Date.now());
  // The CLI's enrich keeps its word: with no dataset it says to refresh first (enrichBacklog).
  const refreshes = plan.mode === "refresh" && (command === "auto" || plan.reason === "stale");
  if (command === "auto" || refreshes) log.info(planLine(command, plan));
  if (refreshes) return refresh(options, log);
  const result = await enrichBacklog(options, log);
  await renderOutputs(await analysisOfRecords(result.records, options.dataDir, { task: result.task, snapshotMs: result.snapshotMs, keepIds: Boolean(options.siteDir) }), options, log);
  return result;
}

configureMemory();
main(process.argv.slice(2)).catch((error: unknown) => {
  const secrets = [process.env.HF_TOKEN, process.env.GITHUB_TOKEN, process.env.HF_DATASET_TOKEN, ...tokenArg(process.argv)];
  const message = failureMessage(error, CLI_TERMS);
  process.stderr.write(`hf-trends: ${logLine(maskSecrets(message.split("\n")[0] ?? "", secrets))}\n`);
  process.exitCode = error instanceof UsageError || error instanceof InvalidSetting || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ? 2 : 1;
});

/** A backfill's week files, outside the working tree: the user's cache, a folder per archive and tag set. */
function defaultWeeksDir(archive: string, task: string): string {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(cache, "hf-trends", "archive-weeks", archive.replace("/", "+"), task);
}

/** The --token value, so that even an error in parsing the arguments never prints it. */
function tokenArg(argv: string[]): string[] {
  return ["--token", "--hf-dataset-token"].flatMap((flag) => {
    const i = argv.indexOf(flag);
    const inline = argv.find((arg) => arg.startsWith(`${flag}=`))?.slice(flag.length + 1);
    return [i >= 0 ? argv[i + 1] : undefined, inline].filter((t): t is string => Boolean(t));
  });
}
