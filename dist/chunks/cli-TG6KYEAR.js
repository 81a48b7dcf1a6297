import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_ARCHIVE,
  siteLinks
} from "./chunk-TPRIBQVF.js";
import {
  enrichBacklog,
  harvest,
  newestDate,
  planAutoRun,
  planDailyRun,
  planLine,
  rebuildHistory,
  refresh,
  storageLine,
  storedSnapshot,
  writeSnapshotParquet
} from "./chunk-L5QCKQID.js";
import {
  maskSecrets
} from "./chunk-SGT3IHLK.js";
import "./chunk-R5MTLCP2.js";
import {
  parquetPath
} from "./chunk-TMVGAWI3.js";
import {
  VERSION,
  analysisOfRecords,
  renderOutputs,
  trendsPath
} from "./chunk-OSAWH76Q.js";
import {
  CLI_TERMS,
  InvalidSetting,
  checkBranch,
  checkDatasetSetting,
  checkPipelineTags,
  failureMessage,
  isHubId
} from "./chunk-INJNKERU.js";
import "./chunk-QCAYDPGW.js";
import {
  logLine
} from "./chunk-W7Y2WGML.js";
import {
  DEFAULT_MAX_SNAPSHOT_AGE_DAYS,
  isoDay
} from "./chunk-H5AMLHLL.js";
import {
  configureMemory
} from "./chunk-JHKNDRDF.js";
import {
  readDataset,
  readManifest
} from "./chunk-AY7CEEFQ.js";
import "./chunk-LEP5OP7O.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";

// src/cli.ts
import { join } from "node:path";
import { parseArgs } from "node:util";

// src/cli-options.ts
var COMMANDS = {
  refresh: "list every model, learn storage within budget, write the dataset, charts and findings",
  auto: "the weekly refresh when the latest snapshot is 7 days old or more (or there is none), else enrich: one daily schedule for both",
  harvest: "list every model and write the CSV dataset only (no Parquet, charts or findings)",
  enrich: "learn storage for the existing dataset's backlog (no listing), then re-render; a stale snapshot (a missed week) is refreshed instead",
  charts: "render charts and findings from an existing dataset, offline",
  publish: "publish the dataset's snapshot to a Hugging Face dataset repository (--hf-dataset)",
  history: "rebuild data/history.csv from the dataset's past commits (--from-git; the git CLI)",
  backfill: "history from day one: every week of the Hub's public weekly archive as a history row"
};
var LISTING = ["refresh", "auto", "harvest", "enrich"];
var RENDERING = ["refresh", "auto", "enrich", "charts", "backfill"];
var COMMITTING = ["refresh", "auto", "enrich", "backfill"];
var PUBLISHING = ["refresh", "auto", "enrich", "publish", "backfill"];
var WEEKS_DIR_DEFAULT = "$XDG_CACHE_HOME/hf-trends/archive-weeks (else ~/.cache/\u2026)";
var CLI_OPTIONS = [
  { name: "task", value: "<tags>", default: "text-generation", commands: [...LISTING, "publish", "backfill"], help: "pipeline tags to track, comma-separated, one catalogue; llm = text-generation,image-text-to-text,any-to-any, where 2025-26 LLMs live" },
  { name: "endpoint", value: "<url>", default: "$HF_ENDPOINT, else https://huggingface.co", commands: [...LISTING, "publish", "backfill"], help: "Hub base URL (a mirror works)" },
  { name: "token", value: "<token>", default: "$HF_TOKEN", commands: [...LISTING, "publish", "backfill"], help: "Hub token, sent as a Bearer token to the Hub's origin only, never printed" },
  { name: "data-dir", value: "<dir>", default: "data", commands: Object.keys(COMMANDS), help: "dataset and findings folder" },
  { name: "charts-dir", value: "<dir>", default: "charts", commands: RENDERING, help: "charts folder" },
  { name: "site-dir", value: "<dir>", default: "none", commands: RENDERING, help: "also write the interactive site there (not committed)" },
  { name: "site-url", value: "<url>", default: "none", commands: [...RENDERING, "publish"], help: "the site's address, for its canonical link, share cards and feed" },
  { name: "max-models", value: "<n>", default: "all", commands: LISTING, help: "stop after n models: a quick partial run that never overwrites a full dataset" },
  { name: "enrich-budget", value: "<n>", default: "6000", commands: LISTING, help: "most single-model storage requests per run; 0 = none" },
  { name: "enrich-minutes", value: "<m>", default: "30", commands: LISTING, help: "most minutes for the storage phase" },
  { name: "allow-shrink", default: "off", commands: LISTING, help: "accept a listing with fewer than 90% of the previous dataset's models, or dropping a tracked tag" },
  { name: "max-snapshot-age", value: "<days>", default: String(DEFAULT_MAX_SNAPSHOT_AGE_DAYS), commands: RENDERING, help: "enrich refreshes instead when the latest snapshot is older than this; the site and summary show such an age" },
  { name: "from-git", default: "off", commands: ["history"], help: "read every past commit of the dataset (needs the whole git history)" },
  { name: "include-private", default: "off", commands: [...LISTING, "publish", "backfill"], help: "keep the private models a token can see; refused with --commit or --hf-dataset to a public repository" },
  { name: "commit", default: "off", commands: COMMITTING, help: "commit what changed to GitHub as one commit (needs --repo and $GITHUB_TOKEN)" },
  { name: "repo", value: "<owner/name>", default: "none", commands: [...COMMITTING, "charts", "publish"], help: "the GitHub repository: where --commit goes, and the links of the site and the dataset card" },
  { name: "branch", value: "<name>", default: "the repository's default branch", commands: COMMITTING, help: "branch to commit to" },
  { name: "hf-dataset", value: "<owner/name>", default: "none", commands: PUBLISHING, help: "also publish the snapshot to this Hugging Face dataset repository (one commit and one tag a snapshot)" },
  { name: "hf-dataset-token", value: "<token>", default: "$HF_DATASET_TOKEN, else the Hub token", commands: PUBLISHING, help: "a token with write access to --hf-dataset" },
  { name: "archive", value: "<owner/name>", default: DEFAULT_ARCHIVE, commands: ["backfill"], help: "the Hub's weekly archive dataset (ODbL-1.0)" },
  { name: "since", value: "<YYYY-MM-DD>", default: "the archive's first week", commands: ["backfill"], help: "the first archive week to read" },
  { name: "until", value: "<YYYY-MM-DD>", default: "the week before the first in history.csv", commands: ["backfill"], help: "the last archive week to read" },
  { name: "weeks-dir", value: "<dir>", default: WEEKS_DIR_DEFAULT, commands: ["backfill"], help: "where each week's Parquet goes (large; never committed)" },
  { name: "help", short: "h", default: "", commands: [], help: "this text" },
  { name: "version", short: "v", default: "", commands: [], help: "the version" }
];
function parseArgsOptions() {
  return Object.fromEntries(CLI_OPTIONS.map((o) => [o.name, { type: o.value ? "string" : "boolean", ...o.short ? { short: o.short } : {} }]));
}
function unusedOptions(command, given) {
  return CLI_OPTIONS.filter((o) => given.includes(o.name) && o.commands.length > 0 && !o.commands.includes(command));
}
function commandsOf(option) {
  return option.commands.length === Object.keys(COMMANDS).length ? "all" : option.commands.join(", ");
}
function helpText(version) {
  const wrap = (text, indent, width = 100) => {
    const lines = [];
    let line = "";
    for (const word of text.split(" ")) {
      if (line && indent + line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
  };
  const commands = Object.entries(COMMANDS).flatMap(([name, text]) => wrap(text, 13).map((line, i) => `  ${i === 0 ? name.padEnd(11) : " ".repeat(11)}${line}`));
  const options = CLI_OPTIONS.filter((o) => o.commands.length > 0).flatMap((o) => {
    const flag = `--${o.name}${o.value ? ` ${o.value}` : ""}`;
    const text = `${o.help}${o.default && o.default !== "off" && o.default !== "none" ? ` (default: ${o.default})` : ""}. Commands: ${commandsOf(o)}`;
    const body = wrap(text, 26);
    return flag.length <= 22 ? body.map((line, i) => `  ${i === 0 ? flag.padEnd(24) : " ".repeat(24)}${line}`) : [`  ${flag}`, ...body.map((line) => `${" ".repeat(26)}${line}`)];
  });
  return [
    `hf-trends ${version}: track the text-generation models of the Hugging Face Hub`,
    "",
    "Usage: hf-trends <command> [options]",
    "",
    "Commands:",
    ...commands,
    "",
    "Options:",
    ...options,
    "  --help, --version",
    "",
    "Exit status: 0 on success; 1 with a one-line reason on failure; 2 for bad usage."
  ].join("\n");
}

// src/cli.ts
import { homedir } from "node:os";
var UsageError = class extends Error {
};
function positiveInteger(value, name, fallback) {
  if (value === void 0) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} takes a whole number, got "${value}"`);
  return Number(value);
}
function consoleLogger(secrets) {
  const mask = (text) => logLine(maskSecrets(text, secrets));
  const clear = process.stderr.isTTY ? "\r\x1B[2K" : "";
  return {
    info: (message) => process.stderr.write(`${clear}${mask(message)}
`),
    warn: (message) => process.stderr.write(`${clear}warning: ${mask(message)}
`),
    group: async (name, run) => {
      process.stderr.write(`== ${name}
`);
      return run();
    },
    // Progress lines are ours (counts only) and carry the live line's own cursor controls.
    progress: { isTTY: process.stderr.isTTY, write: (text) => process.stderr.write(maskSecrets(text, secrets)) }
  };
}
async function main(argv) {
  const parsed = parseArgs({ args: argv, allowPositionals: true, options: parseArgsOptions(), tokens: true });
  const { positionals, tokens } = parsed;
  const values = parsed.values;
  if (values.help) return void process.stdout.write(`${helpText(VERSION)}
`);
  if (values.version) return void process.stdout.write(`${VERSION}
`);
  const command = positionals[0];
  if (!command) throw new UsageError("name a command: refresh, auto, harvest, enrich, charts, history, publish or backfill (see --help)");
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  if (!(command in COMMANDS)) throw new UsageError(`unknown command "${command}": use ${Object.keys(COMMANDS).join(", ")}`);
  const token = values.token ?? (process.env.HF_TOKEN || void 0);
  const githubToken = process.env.GITHUB_TOKEN || void 0;
  const datasetToken = values["hf-dataset-token"] ?? (process.env.HF_DATASET_TOKEN || token);
  const log = consoleLogger([token, githubToken, datasetToken]);
  const given = tokens.flatMap((t) => t.kind === "option" ? [t.name] : []);
  for (const option of unusedOptions(command, given)) log.warn(`--${option.name} has no effect on ${command} (it is read by ${commandsOf(option)})`);
  const endpoint = values.endpoint ?? (process.env.HF_ENDPOINT || "https://huggingface.co");
  if (!/^https?:\/\/[^/]/.test(endpoint)) throw new UsageError(`--endpoint must be an http(s) URL, got "${endpoint}"`);
  const options = {
    task: checkPipelineTags(values.task ?? "text-generation", CLI_TERMS),
    endpoint: endpoint.replace(/\/+$/, ""),
    token,
    dataDir: values["data-dir"] ?? "data",
    chartsDir: values["charts-dir"] ?? "charts",
    siteDir: values["site-dir"] || void 0,
    siteLinks: siteLinks(values["site-url"], values.repo ? `https://github.com/${values.repo}` : void 0, values["data-dir"] ?? "data"),
    maxModels: positiveInteger(values["max-models"], "--max-models", void 0),
    enrichBudget: positiveInteger(values["enrich-budget"], "--enrich-budget", 6e3),
    enrichMinutes: positiveInteger(values["enrich-minutes"], "--enrich-minutes", 30),
    allowShrink: values["allow-shrink"] ?? false,
    maxSnapshotAgeDays: positiveInteger(values["max-snapshot-age"], "--max-snapshot-age", DEFAULT_MAX_SNAPSHOT_AGE_DAYS),
    includePrivate: values["include-private"] ?? false
  };
  if (options.maxModels === 0) throw new UsageError("--max-models must be at least 1");
  if (values.branch !== void 0) checkBranch(values.branch, CLI_TERMS);
  const hfDataset = values["hf-dataset"];
  if (hfDataset !== void 0) checkDatasetSetting(hfDataset, datasetToken, CLI_TERMS);
  if (values.commit && !values.repo) throw new UsageError("--commit needs --repo owner/name");
  if (values.commit && !githubToken) throw new UsageError("--commit needs a token in $GITHUB_TOKEN with contents: write");
  if (options.includePrivate && (values.commit || hfDataset !== void 0)) {
    const { checkPrivateModelsDestinations } = await import("./private-guard-ITC6EJJ7.js");
    await checkPrivateModelsDestinations({
      github: values.commit ? { repository: values.repo, token: githubToken, apiUrl: process.env.GITHUB_API_URL } : void 0,
      hfDataset: hfDataset === void 0 ? void 0 : { repo: hfDataset, token: datasetToken, endpoint: options.endpoint }
    });
  }
  switch (command) {
    case "harvest": {
      const report = await harvest(options, log);
      process.stdout.write(`${report.models} models (${report.newModels} new) in ${report.pages} pages, ${report.seconds.toFixed(1)} s; ${storageLine(report.storage)}
`);
      return;
    }
    case "refresh":
    case "enrich":
    case "auto": {
      const report = command === "refresh" ? await refresh(options, log) : await decideThenRun(command, options, log);
      process.stdout.write(`${report.models} models; ${storageLine(report.storage)}; outputs in ${options.dataDir} and ${options.chartsDir}
`);
      if (values.commit) {
        await commitToGitHub(`Refresh ${options.task}: ${report.models} models`);
      }
      if (hfDataset !== void 0) await publishToHub(hfDataset, report.snapshotMs, report.models);
      return;
    }
    case "publish": {
      if (hfDataset === void 0) throw new UsageError("publish sends the snapshot to a Hugging Face dataset: give --hf-dataset owner/name");
      const manifest = await readManifest(options.dataDir);
      const stored = manifest && await readDataset(options.dataDir);
      if (!stored || !manifest) throw new Error(`no dataset in ${options.dataDir}: run "hf-trends refresh" first, or point --data-dir at one`);
      const snapshotMs = storedSnapshot(manifest.snapshot, newestDate(stored.columns()), Date.now());
      await writeSnapshotParquet(options.dataDir, stored, snapshotMs, log);
      await publishToHub(hfDataset, snapshotMs, stored.length);
      return;
    }
    case "charts": {
      const manifest = await readManifest(options.dataDir);
      const stored = manifest && await readDataset(options.dataDir);
      if (!stored || !manifest) throw new Error(`no dataset in ${options.dataDir}: run "hf-trends refresh" first, or point --data-dir at one`);
      const snapshotMs = storedSnapshot(manifest.snapshot, newestDate(stored.columns()), Date.now());
      await writeSnapshotParquet(options.dataDir, stored, snapshotMs, log);
      const input = await analysisOfRecords(stored, options.dataDir, { task: manifest.pipelineTag, snapshotMs, keepIds: Boolean(options.siteDir) });
      const outputs = await renderOutputs(input, options, log);
      process.stdout.write(`wrote ${[...outputs.charts, ...outputs.insights].join(", ")}
`);
      return;
    }
    case "backfill": {
      for (const [flag, value] of [["--since", values.since], ["--until", values.until]]) {
        if (value !== void 0 && (!/^\d{4}-\d\d-\d\d$/.test(value) || Number.isNaN(Date.parse(value)))) throw new UsageError(`${flag} takes a date YYYY-MM-DD, got "${value}"`);
      }
      const archive = values.archive ?? DEFAULT_ARCHIVE;
      if (!archive.includes("/") || !isHubId(archive)) throw new UsageError(`--archive takes owner/name, got "${archive}"`);
      const { backfill } = await import("./backfill-NNE37XS3.js");
      const report = await backfill(
        {
          ...options,
          archive,
          since: values.since,
          until: values.until,
          weeksDir: values["weeks-dir"] ?? defaultWeeksDir(archive, options.task),
          hfDataset: hfDataset === void 0 ? void 0 : { repo: hfDataset, token: datasetToken, endpoint: options.endpoint, keepsPrivate: options.includePrivate },
          repositoryUrl: values.repo ? `https://github.com/${values.repo}` : void 0
        },
        log
      );
      for (const hf of report.published.filter((p) => p.changed).slice(-1)) process.stdout.write(`published ${report.published.filter((p) => p.changed).length} weeks to ${hf.url}, each with its tag (${(hf.bytesUploaded / 1e6).toFixed(1)} MB uploaded in ${hf.requests} requests)
`);
      if (values.commit) {
        await commitToGitHub(`Backfill ${options.task}: ${report.read.filter((w) => w.status === "usable").length} weeks from ${archive}`);
      }
      if (report.failed) throw new Error(`backfill stopped at ${report.failed.week}: ${report.failed.message}`);
      process.stdout.write(`${report.read.length} weeks read, ${(report.bytesRead / 1e6).toFixed(1)} MB; history in ${join(options.dataDir, "history.csv")}
`);
      return;
    }
    case "history": {
      if (!values["from-git"]) throw new UsageError("history rebuilds data/history.csv from git: give --from-git");
      const rows = await rebuildHistory(options.dataDir, log);
      process.stdout.write(`${rows.length} snapshots in ${join(options.dataDir, "history.csv")}
`);
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
  async function commitToGitHub(message) {
    const { publishToGitHub } = await import("./run-33AHSNJ7.js");
    const published = await publishToGitHub(
      { repository: values.repo, branch: values.branch, token: githubToken, apiUrl: process.env.GITHUB_API_URL },
      { dataDir: options.dataDir, chartsDir: options.chartsDir, message },
      log
    );
    process.stdout.write(published.changed ? `committed ${published.sha}
` : "nothing changed: no commit\n");
  }
  async function publishToHub(repo, snapshotMs, models) {
    const { publishSnapshotToHub } = await import("./hf-dataset-RX2Y3UTW.js");
    const hf = await publishSnapshotToHub(
      { repo, token: datasetToken, endpoint: options.endpoint, keepsPrivate: options.includePrivate },
      { task: options.task, snapshot: isoDay(snapshotMs), models, parquet: parquetPath(options.dataDir), trendsCsv: trendsPath(options.dataDir), repositoryUrl: values.repo ? `https://github.com/${values.repo}` : void 0, siteUrl: options.siteLinks.siteUrl },
      log
    );
    process.stdout.write(
      hf.changed ? `published ${hf.tag} to ${hf.url} (${(hf.bytesUploaded / 1e6).toFixed(1)} MB uploaded in ${hf.requests} requests)
` : `${hf.repo} has ${hf.tag} already: nothing published
`
    );
  }
}
async function decideThenRun(command, options, log) {
  const plan = command === "auto" ? await planAutoRun(options.dataDir, Date.now()) : await planDailyRun(options.dataDir, options.maxSnapshotAgeDays, Date.now());
  const refreshes = plan.mode === "refresh" && (command === "auto" || plan.reason === "stale");
  if (command === "auto" || refreshes) log.info(planLine(command, plan));
  if (refreshes) return refresh(options, log);
  const result = await enrichBacklog(options, log);
  await renderOutputs(await analysisOfRecords(result.records, options.dataDir, { task: result.task, snapshotMs: result.snapshotMs, keepIds: Boolean(options.siteDir) }), options, log);
  return result;
}
configureMemory();
main(process.argv.slice(2)).catch((error) => {
  const secrets = [process.env.HF_TOKEN, process.env.GITHUB_TOKEN, process.env.HF_DATASET_TOKEN, ...tokenArg(process.argv)];
  const message = failureMessage(error, CLI_TERMS);
  process.stderr.write(`hf-trends: ${logLine(maskSecrets(message.split("\n")[0] ?? "", secrets))}
`);
  process.exitCode = error instanceof UsageError || error instanceof InvalidSetting || error.code?.startsWith("ERR_PARSE_ARGS") ? 2 : 1;
});
function defaultWeeksDir(archive, task) {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(cache, "hf-trends", "archive-weeks", archive.replace("/", "+"), task);
}
function tokenArg(argv) {
  return ["--token", "--hf-dataset-token"].flatMap((flag) => {
    const i = argv.indexOf(flag);
    const inline = argv.find((arg) => arg.startsWith(`${flag}=`))?.slice(flag.length + 1);
    return [i >= 0 ? argv[i + 1] : void 0, inline].filter((t) => Boolean(t));
  });
}
