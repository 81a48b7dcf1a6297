/** The GitHub Action's face: inputs onto the same pipeline as the CLI, then commit, outputs and summary. */
import { configureMemory } from "./memory.ts";
import * as core from "@actions/core";
import { resolve } from "node:path";
import { logLine } from "./escape.ts";
import { maskSecrets } from "./hub/errors.ts";
import type { Logger } from "./log.ts";
import { enrichBacklog, futureLine, invalidIdsLine, planAutoRun, planDailyRun, planLine, refresh, storageLine, type RefreshOptions } from "./pipeline.ts";
import { DEFAULT_MAX_SNAPSHOT_AGE_DAYS, snapshotAge } from "./analysis/weekly.ts";
import { analysisOfRecords, renderOutputs } from "./outputs.ts";
import { DatasetFormatError } from "./dataset/errors.ts";
import { datasetDir } from "./dataset/store.ts";
import { publishToGitHub, type PublishResult } from "./publish/run.ts";
import { checkPrivateModelsDestinations } from "./publish/private-guard.ts";
import { ACTION_TERMS, failureMessage } from "./terms.ts";
import { checkBranch, checkDatasetSetting, checkPipelineTags } from "./settings.ts";
import { trendsPath } from "./dataset/trends.ts";
import { publishSnapshotToHub, type HfPublishResult } from "./publish/hf-dataset.ts";
import { datasetUrls } from "./publish/dataset-card.ts";
import { summaryMarkdown } from "./publish/summary.ts";
import { publishRelease, snapshotRelease, type ReleaseResult } from "./publish/release.ts";
import { parquetPath } from "./dataset/parquet-file.ts";
import { pagesUrl, siteLinks } from "./site/links.ts";
import { backfill } from "./backfill.ts";
import { DEFAULT_ARCHIVE } from "./hub/archive-repo.ts";
import { isHubId } from "./hub-id.ts";
import { markdownText } from "./escape.ts";
import { tagSetLabel } from "./pipeline-tags.ts";

/** The input mode's values; auto, the default, is the one-schedule rhythm (weekly refresh, daily storage). */
export const MODES = ["auto", "refresh", "enrich", "backfill"] as const;

export const DEFAULT_COMMIT_MESSAGE = "Refresh {pipeline-tag}: {models} models ({new-models} new), storage known for {storage-percent}";

function wholeNumber(name: string, fallback: number): number {
  const value = core.getInput(name).trim();
  if (value === "") return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`input ${name} takes a whole number, got "${value}"`);
  return Number(value);
}

function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === "") return fallback;
  if (["true", "yes", "1"].includes(value)) return true;
  if (["false", "no", "0"].includes(value)) return false;
  throw new Error(`input ${name} takes true or false, got "${value}"`);
}

function actionsLogger(secrets: string[]): Logger {
  // No line of ours, nor any Hub text inside one, may read as a workflow command or a terminal control.
  const mask = (text: string) => logLine(maskSecrets(text, secrets));
  return {
    info: (message) => core.info(mask(message)),
    warn: (message) => core.warning(mask(message)),
    group: (name, run) => core.group(name, run),
    progress: { isTTY: false, write: (text) => core.info(mask(text.trimEnd())) },
  };
}

export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-z-]+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

async function run(): Promise<void> {
  const hfToken = core.getInput("hf-token") || undefined;
  const githubToken = core.getInput("github-token") || undefined;
  const hfDatasetToken = core.getInput("hf-dataset-token") || hfToken;
  for (const secret of [hfToken, githubToken, hfDatasetToken]) if (secret) core.setSecret(secret);
  const log = actionsLogger([hfToken ?? "", githubToken ?? "", hfDatasetToken ?? ""]);
  // The Hugging Face dataset, when named: checked now, not after an hour of harvesting.
  const hfDataset = core.getInput("hf-dataset").trim() || undefined;
  if (hfDataset !== undefined) checkDatasetSetting(hfDataset, hfDatasetToken, ACTION_TERMS);

  const modeInput = core.getInput("mode").trim() || "auto";
  if (!(MODES as readonly string[]).includes(modeInput)) throw new Error(`the input mode must be ${MODES.map((m) => `"${m}"`).join(", ")}, got "${modeInput}"`);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const task = checkPipelineTags(core.getInput("pipeline-tag").trim() || "text-generation", ACTION_TERMS);
  // Checked now, not after an hour of harvesting: the branch goes into GitHub API paths.
  const branch = core.getInput("branch").trim() || undefined;
  if (branch !== undefined) checkBranch(branch, ACTION_TERMS);
  const dataDirInput = core.getInput("data-dir").trim() || "data";
  const chartsDirInput = core.getInput("charts-dir").trim() || "charts";
  const siteDirInput = core.getInput("site-dir").trim();
  const maxSnapshotAgeDays = wholeNumber("max-snapshot-age", DEFAULT_MAX_SNAPSHOT_AGE_DAYS);
  const repositoryName = process.env.GITHUB_REPOSITORY;
  const serverUrl = process.env.GITHUB_SERVER_URL || "https://github.com";
  const hfEndpoint = (core.getInput("hf-endpoint").trim() || "https://huggingface.co").replace(/\/+$/, "");
  const links = {
    ...siteLinks(core.getInput("site-url").replace(/\/+$/, "") || pagesUrl(serverUrl, repositoryName), repositoryName ? `${serverUrl}/${repositoryName}` : undefined, dataDirInput),
    hfDataset: hfDataset ? datasetUrls(hfEndpoint, hfDataset) : undefined,
  };
  const options: RefreshOptions = {
    task,
    endpoint: hfEndpoint,
    token: hfToken,
    dataDir: resolve(workspace, dataDirInput),
    chartsDir: resolve(workspace, chartsDirInput),
    siteDir: siteDirInput ? resolve(workspace, siteDirInput) : undefined,
    enrichBudget: wholeNumber("enrich-budget", 6000),
    enrichMinutes: wholeNumber("enrich-minutes", 30),
    allowShrink: flag("allow-shrink", false),
    maxSnapshotAgeDays,
    siteLinks: links,
    includePrivate: flag("include-private", false),
    terms: ACTION_TERMS,
  };
  const commit = flag("commit", true);
  const dryRun = flag("dry-run", false);
  const repository = process.env.GITHUB_REPOSITORY;

  // Private models may only go where only their owners' collaborators can see them: checked before anything is written.
  if (options.includePrivate) {
    if (!repository || !githubToken) throw new Error("the input include-private: true needs GITHUB_REPOSITORY and the input github-token, to check that the repository is private");
    await checkPrivateModelsDestinations({
      // Whatever commit says: the run's files, and the site it may deploy, belong to this repository.
      github: { repository, token: githubToken, apiUrl: process.env.GITHUB_API_URL, eventPath: process.env.GITHUB_EVENT_PATH },
      hfDataset: hfDataset && !dryRun ? { repo: hfDataset, token: hfDatasetToken as string, endpoint: hfEndpoint } : undefined,
    });
  }

  if (modeInput === "backfill") return backfillMode();

  /** mode: backfill, run by hand: the archive's weeks into history, one data commit, no release. */
  async function backfillMode(): Promise<void> {
    const date = (name: string, value: string) => {
      if (value && !/^\d{4}-\d\d-\d\d$/.test(value)) throw new Error(`the input ${name} must be a date YYYY-MM-DD, got "${value}"`);
      return value || undefined;
    };
    const dates = [date("since", core.getInput("since").trim()), date("until", core.getInput("until").trim())];
    const archive = core.getInput("archive").trim() || DEFAULT_ARCHIVE;
    if (!archive.includes("/") || !isHubId(archive)) throw new Error(`the input archive must be owner/name, got "${archive}"`);
    const report = await backfill(
      {
        ...options, archive, since: dates[0], until: dates[1], weeksDir: resolve(process.env.RUNNER_TEMP || workspace, "hf-trends-archive-weeks"),
        hfDataset: hfDataset && !dryRun ? { repo: hfDataset, token: hfDatasetToken as string, endpoint: hfEndpoint, keepsPrivate: options.includePrivate === true } : undefined,
        repositoryUrl: repository ? `${serverUrl}/${repository}` : undefined,
      },
      log,
    );
    const usable = report.read.filter((w) => w.status === "usable").length;
    let published: PublishResult | undefined;
    if (commit) {
      if (!repository || !githubToken) throw new Error("mode backfill commits its history: it needs GITHUB_REPOSITORY and the input github-token, or set the input commit: false");
      published = await core.group("Commit", () =>
        publishToGitHub(
          { repository, branch, token: githubToken, apiUrl: process.env.GITHUB_API_URL, dryRun, terms: ACTION_TERMS },
          { workspace, dataDir: dataDirInput, chartsDir: chartsDirInput, message: `Backfill ${task}: ${usable} weeks from ${archive}` },
          log,
        ),
      );
    }
    core.setOutput("weeks", usable);
    core.setOutput("changed", published?.changed ?? false);
    core.setOutput("commit-sha", published?.sha ?? "");
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(maskSecrets(backfillSummary(task, archive, report, published), [hfToken, githubToken])).write();
    if (report.failed) throw new Error(`the backfill stopped at ${report.failed.week} (${report.failed.message}); the weeks before it are committed, and the next run starts again there`);
  }

  // A run that decides for itself: auto refreshes once a week (the snapshot is 7 days old) and learns
  // storage on the other days; enrich refreshes only when there is no dataset yet or the latest
  // snapshot is stale (a missed weekly run). Either refreshes in a repository with no dataset.
  const now = Date.now();
  const plan = modeInput === "enrich" ? await planDailyRun(options.dataDir, maxSnapshotAgeDays, now) : modeInput === "auto" ? await planAutoRun(options.dataDir, now) : undefined;
  const mode = plan?.mode ?? modeInput;
  const firstRun = plan?.mode === "refresh" && plan.reason === "no-dataset";
  const staleRefresh = plan?.mode === "refresh" && plan.reason === "stale" ? plan.age : undefined;
  const decided = plan && (modeInput === "auto" || modeInput === "enrich") ? planLine(modeInput, plan) : undefined;
  // enrich speaks only when it refreshes instead; auto always says what it chose.
  if (decided && (modeInput === "auto" || plan?.mode === "refresh")) log.info(decided);

  let models: number;
  let newModels: number | undefined;
  let previousModels: number | undefined;
  let privateModels: number;
  let invalidIds: string | undefined;
  let futureDated: string | undefined;
  let result;
  if (mode === "refresh") {
    const report = await refresh(options, log);
    models = report.models;
    newModels = report.newModels;
    previousModels = report.previousModels;
    privateModels = report.privateModels;
    if (report.invalidIds.count > 0) invalidIds = invalidIdsLine(report.invalidIds);
    if (report.future.count > 0) futureDated = futureLine(report.future, report.snapshotMs);
    result = { storage: report.storage, outputs: report.outputs, malformed: report.malformed.count };
  } else {
    const report = await enrichBacklog(options, log);
    const outputs = await core.group("Charts and findings", async () => renderOutputs(await analysisOfRecords(report.records, options.dataDir, { task: report.task, snapshotMs: report.snapshotMs, keepIds: Boolean(options.siteDir) }), options, log));
    models = report.models;
    previousModels = report.models;
    privateModels = report.privateModels;
    result = { storage: report.storage, outputs, malformed: 0 };
  }
  const storage = result.storage;
  const coverage = storage.total ? storage.known / storage.total : 0;
  if (coverage < 0.5 && previousModels !== undefined) {
    log.warn(`storage is known for only ${(coverage * 100).toFixed(1)}% of models: the storage chart and the size finding cover those only (${storageLine(storage)})`);
  }

  let published: PublishResult | undefined;
  if (commit) {
    if (!repository) throw new Error("GITHUB_REPOSITORY is not set: run inside GitHub Actions, or set the input commit: false");
    if (!githubToken) throw new Error("the input github-token is empty: pass ${{ github.token }} with contents: write, or set the input commit: false");
    const message = fillTemplate(core.getInput("commit-message") || DEFAULT_COMMIT_MESSAGE, {
      "pipeline-tag": task,
      models,
      "new-models": newModels ?? 0,
      "storage-percent": `${(coverage * 100).toFixed(1)}%`,
      "storage-known": storage.known,
      snapshot: result.outputs.findings.snapshot,
    });
    published = await core.group("Commit", () =>
      publishToGitHub(
        { repository, branch, token: githubToken, apiUrl: process.env.GITHUB_API_URL, dryRun, terms: ACTION_TERMS },
        { workspace, dataDir: dataDirInput, chartsDir: chartsDirInput, message },
        log,
      ),
    );
  }

  // One release per snapshot, after its data commit: only a run that refreshed makes one.
  let released: ReleaseResult | undefined;
  if (commit && !dryRun && published && mode === "refresh" && flag("release", true)) {
    const release = snapshotRelease({
      task, findings: result.outputs.findings, repositoryUrl: `${serverUrl}/${repository}`, commit: published.sha, branch: published.branch,
      dataDir: resolve(workspace, dataDirInput), chartsDir: resolve(workspace, chartsDirInput),
      hfDataset: hfDataset ? { repo: hfDataset, endpoint: hfEndpoint } : undefined,
    });
    released = await core.group("Release", () => publishRelease({ repository: repository as string, token: githubToken as string, apiUrl: process.env.GITHUB_API_URL }, release, log));
  }

  // The Hugging Face dataset last: its failure leaves the GitHub commit and release as they are, and
  // the next run (the daily one too) publishes the snapshot whose tag is missing.
  let hfPublished: HfPublishResult | undefined;
  if (hfDataset && !dryRun) {
    hfPublished = await core.group("Hugging Face dataset", () =>
      publishSnapshotToHub(
        { repo: hfDataset, token: hfDatasetToken as string, endpoint: hfEndpoint, keepsPrivate: options.includePrivate === true },
        { task, snapshot: result.outputs.findings.snapshot, models, parquet: parquetPath(options.dataDir), trendsCsv: trendsPath(options.dataDir), repositoryUrl: repository ? `${serverUrl}/${repository}` : undefined, siteUrl: links.siteUrl },
        log,
      ),
    );
  } else if (hfDataset) log.info(`dry run: would publish the snapshot to ${hfDataset}`);

  core.setOutput("models", models);
  core.setOutput("hf-dataset-url", hfPublished?.url ?? "");
  core.setOutput("new-models", newModels ?? 0);
  core.setOutput("storage-coverage", coverage.toFixed(4));
  core.setOutput("changed", published?.changed ?? false);
  core.setOutput("commit-sha", published?.sha ?? "");
  core.setOutput("verified", published?.verified ?? false);
  core.setOutput("dataset-path", datasetDir(dataDirInput));
  core.setOutput("parquet-path", parquetPath(dataDirInput));
  core.setOutput("release-tag", released?.tag ?? "");
  core.setOutput("release-url", released?.url ?? "");

  const markdown = summaryMarkdown({
    task, mode: mode as "refresh" | "enrich", autoDecision: modeInput === "auto" ? decided : undefined, models, newModels, storage,
    firstSnapshot: previousModels === undefined,
    enrichFellBackToRefresh: firstRun,
    staleRefresh,
    snapshotAge: { ...snapshotAge(result.outputs.findings.snapshot, now), maxAgeDays: maxSnapshotAgeDays },
    privateModels: { count: privateModels, kept: options.includePrivate === true },
    invalidIds,
    futureDated,
    findings: result.outputs.findings,
    findingsMarkdown: result.outputs.markdown,
    publish: published,
    release: released,
    hfDataset: hfPublished,
    dryRun,
    chartsDir: chartsDirInput,
    repositoryUrl: process.env.GITHUB_REPOSITORY ? `${serverUrl}/${process.env.GITHUB_REPOSITORY}` : undefined,
  });
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(maskSecrets(markdown, [hfToken, githubToken])).write();
}

/** The job summary of a backfill: weeks read, what they hold, what was committed. */
function backfillSummary(task: string, archive: string, report: Awaited<ReturnType<typeof backfill>>, published: PublishResult | undefined): string {
  const usable = report.read.filter((w) => w.status === "usable");
  const partial = report.read.filter((w) => w.status === "partial");
  return [
    `# Hugging Face Hub: ${markdownText(tagSetLabel(task))} (backfill from ${markdownText(archive)})`,
    "",
    `${usable.length} weeks became history rows${usable.length ? ` (${usable[0]?.snapshot} to ${usable.at(-1)?.snapshot})` : ""}; ${partial.length} partial ${partial.length === 1 ? "week has" : "weeks have"} no row${partial.length ? ` (${partial.map((w) => w.week).join(", ")})` : ""}; ${report.skipped} were done before. ` +
      `${(report.bytesRead / 1e6).toFixed(1)} MB read by range requests.`,
    "",
    published ? (published.changed ? `Committed \`${published.sha}\`.` : "Nothing changed: no commit.") : "No commit (commit: false).",
    "",
    "The archive is ODbL-1.0: a database derived from it and made public stays ODbL, with attribution to its makers (Hugging Face's ML & Society team).",
    "",
  ].join("\n");
}

configureMemory();
run().catch((error: unknown) => {
  const secrets = [core.getInput("hf-token"), core.getInput("github-token")];
  const message = logLine(maskSecrets(failureMessage(error, ACTION_TERMS), secrets));
  if (error instanceof DatasetFormatError) {
    // An annotation on the file itself: GitHub shows it beside the line in the commit and the run.
    core.error(message, { title: "Unreadable data file", file: error.file, startLine: error.line });
    process.exitCode = 1;
  } else {
    core.setFailed(message);
  }
});
