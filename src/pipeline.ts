/**
 * The one pipeline behind both faces (CLI and Action): list → storage → dataset → charts and
 * findings. Publishing (the commit) is the caller's last step.
 */
import { DatasetOrder } from "./dataset/dataset-order.ts";
import { forEachDatasetFile, readDataset, readIndex, readManifest, writeDataset, type WrittenDataset } from "./dataset/store.ts";
import type { ModelTable } from "./dataset/table.ts";
import { HubClient, type HubEvent } from "./hub/client.ts";
import { countNewModels, nextHistory, type SincePrevious } from "./analysis/history.ts";
import { baselineOf } from "./analysis/quality.ts";
import { isoDay, snapshotAge, type SnapshotAge } from "./analysis/weekly.ts";
import { iso } from "./dataset/csv.ts";
import { decideSnapshot, newestDate, runBound, storedSnapshot, type FutureDated } from "./dataset/snapshot.ts";
import { datasetsInGit } from "./dataset/git-history.ts";
import { historyPath, readHistory, withRow, writeHistory, type HistoryRow } from "./dataset/history.ts";
import { readTrends, withTrendRows, writeTrends } from "./dataset/trends.ts";
import { DatasetFormatError } from "./dataset/errors.ts";
import { SnapshotShares } from "./analysis/trends.ts";
import { carryPreviousDownloads, PreviousDataset } from "./dataset/previous.ts";
import { carryForwardStorage, enrichStorage, type EnrichReport } from "./hub/enrich.ts";
import { listModels, type MalformedReport } from "./hub/list.ts";
import { quoted } from "./escape.ts";
import { releaseMemory } from "./memory.ts";
import type { Logger } from "./log.ts";
import { Progress } from "./progress.ts";
import { CLI_TERMS, type Terms } from "./terms.ts";
import { DEFAULT_TAG, tagSetLabel, tagsOf } from "./pipeline-tags.ts";
import { byTagLine, checkTagChange } from "./tracked-tags.ts";
import { analysisOfRecords, renderOutputs, type OutputsReport } from "./outputs.ts";
import type { SiteLinks } from "./site/links.ts";

export interface HubOptions {
  endpoint: string;
  token?: string | undefined;
  task: string;
}

export interface HarvestOptions extends HubOptions {
  dataDir: string;
  maxModels?: number | undefined;
  enrichBudget: number;
  enrichMinutes: number;
  allowShrink?: boolean;
  /** Keep private models (a private tracking repository only): see ListOptions.includePrivate. */
  includePrivate?: boolean;
  /** How advice is worded: flags at a terminal (the default), inputs in a workflow. */
  terms?: Terms;
  /** For tests: faster backoff. */
  client?: Partial<ConstructorParameters<typeof HubClient>[0]>;
}

export interface RefreshOptions extends HarvestOptions {
  chartsDir: string;
  /** Also write the interactive site here. */
  siteDir?: string | undefined;
  /** A snapshot older than this many days is stale: a daily run refreshes, the site says so. */
  maxSnapshotAgeDays?: number | undefined;
  /** Where the site and its repository live, when known: canonical and share links, links out. */
  siteLinks?: SiteLinks | undefined;
}

export interface HarvestReport {
  models: number;
  previousModels: number | undefined;
  newModels: number;
  pages: number;
  requests: number;
  retries: number;
  rateLimited: number;
  duplicates: number;
  malformed: MalformedReport;
  /** Listed models whose id the Hub never issues: left out. */
  invalidIds: MalformedReport;
  /** Private models the Hub listed to the token: left out, or kept with includePrivate. */
  privateModels: number;
  complete: boolean;
  storage: EnrichReport;
  dataset: WrittenDataset;
  seconds: number;
  /** Wall time of the list phase alone. */
  listSeconds: number;
  /** The harvested models, for what follows in the same process. */
  records: ModelTable;
  /** What changed since the previous snapshot; undefined on the first, or when the previous is of the same date. */
  since: SincePrevious | undefined;
  /** The moment this snapshot describes, decided where the harvest ended (never after the run). */
  snapshotMs: number;
  /** Models that claim a date after the run: kept as the Hub sent them, counted and named. */
  future: FutureDated;
}

export class PipelineError extends Error {
  override readonly name = "PipelineError";
}

export const SHRINK_LIMIT = 0.9;

/** Retries print a line for the first few of each phase only; the rest are counted in progress and closing lines. */
export const RETRY_LINES_PER_PHASE = 3;

/** The client's retry and rate-limit events, as few lines as a reader needs. */
class RetryNotices {
  #shown = 0;
  readonly #log: Logger;
  constructor(log: Logger) {
    this.#log = log;
  }

  /** A new phase shows its own first few. */
  nextPhase(): void {
    this.#shown = 0;
  }

  event(event: HubEvent): void {
    if (event.type === "mirror") {
      // Once a run (the client says it once): how the listing leaves nothing to chance behind a mirror.
      this.#log.info(`${event.endpoint} is a mirror: its links name ${event.canonical}, so they are followed on ${event.endpoint} with the same path and query; nothing is sent to ${event.canonical}`);
      return;
    }
    if (this.#shown >= RETRY_LINES_PER_PHASE) return;
    this.#shown++;
    const more = this.#shown === RETRY_LINES_PER_PHASE ? " (further retries in this phase are counted, not shown)" : "";
    this.#log.info(
      event.type === "retry"
        ? `retrying ${event.what} in ${(event.delayMs / 1000).toFixed(1)} s (attempt ${event.attempt} failed: ${event.reason})${more}`
        : event.bare
          ? `rate limited on ${event.what} without RateLimit headers (the CDN in front of the Hub): backing off ${(event.delayMs / 1000).toFixed(0)} s${more}`
          : `rate limited on ${event.what}: waiting ${(event.delayMs / 1000).toFixed(0)} s for the window to reset${more}`,
    );
  }
}

export function createClient(options: HarvestOptions, log: Logger): { client: HubClient; notices: RetryNotices } {
  const notices = new RetryNotices(log);
  const client = new HubClient({
    endpoint: options.endpoint,
    token: options.token,
    onEvent: (event) => notices.event(event),
    ...options.client,
  });
  return { client, notices };
}

/** The snapshot as one typed Parquet file beside the dataset (not committed; the release and the site carry it). */
export async function writeSnapshotParquet(dataDir: string, records: ModelTable, snapshotMs: number, log: Logger): Promise<void> {
  const started = performance.now();
  // Loaded when needed: the Parquet writer is no part of a harvest, whose first request waits for what is loaded.
  const { writeParquet } = await import("./dataset/parquet.ts");
  const parquet = await writeParquet(dataDir, records, snapshotMs);
  log.info(`wrote ${parquet.path} (${(parquet.bytes / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** "5 models with ids the Hub does not issue were left out, e.g. "../x"": for the log and the job summary (quoted: the ids are the Hub's text). */
export function invalidIdsLine(report: MalformedReport): string {
  const examples = report.examples.slice(0, 3).map((e) => quoted(e.id, 60)).join(", ");
  return `${report.count} ${report.count === 1 ? "model" : "models"} with ids the Hub does not issue ${report.count === 1 ? "was" : "were"} left out, e.g. ${examples}`;
}

/** "3 retries, 1 rate-limit wait": a phase's share of the client's counters. */
function retryCounts(retries: number, rateLimited: number): string {
  return `${retries} ${retries === 1 ? "retry" : "retries"}, ${rateLimited} rate-limit ${rateLimited === 1 ? "wait" : "waits"}`;
}

/** Lists every model, carries storage forward, enriches within budget and writes the dataset. */
export async function harvest(options: HarvestOptions, log: Logger): Promise<HarvestReport> {
  const started = Date.now();
  const terms = options.terms ?? CLI_TERMS;
  const manifest = await readManifest(options.dataDir);
  const partial = options.maxModels !== undefined;
  const added = checkTagChange(manifest, options.task, { allowShrink: options.allowShrink, terms });
  if (partial && manifest?.complete) {
    throw new PipelineError(
      `--max-models makes a partial dataset and ${options.dataDir} holds a full one; write the sample elsewhere with --data-dir`,
    );
  }
  const { client, notices } = createClient(options, log);
  const previousIndex = await readIndex(options.dataDir);
  const previousModels = previousIndex?.reduce((sum, file) => sum + file.rows, 0);
  // Read (and so check) the previous dataset and the history before spending any request on the Hub.
  let previous = await readPrevious(options.dataDir, previousModels);
  previous.snapshotMs = storedSnapshot(manifest?.snapshot, previous.newestMs, started);
  previous.tags = manifest && tagsOf(manifest.pipelineTag);
  const history = partial ? undefined : withoutFutureRows(await readHistory(options.dataDir), started, log);

  const listStarted = Date.now();
  let order: DatasetOrder | undefined;
  const listed = await log.group("List models", async () => {
    const progress = new Progress(log.progress, "list");
    const detail = (pages: number) => `pages ${pages} · ${retryCounts(client.retries, client.rateLimited)}`;
    const total = options.maxModels ?? previousModels;
    const result = await listModels(client, {
      tasks: tagsOf(options.task),
      maxModels: options.maxModels,
      previousModels,
      includePrivate: options.includePrivate,
      knownId: (id) => previous.knownId(id),
      onPage: (p) => {
        progress.update({ unit: "models", done: p.models, total, detail: detail(p.pages) });
        // Each page sorted while the next is on its way: after the last, only merging is left.
        (order ??= new DatasetOrder(p.records)).sortNewRows();
        // The pages' garbage collected every 100 pages (≈ 50 ms): in the weekly case the previous
        // dataset sits beside the listing, and this is the refresh's peak. Not on a chain's last
        // page, while nothing is in flight to hide it: the collection after the listing does it.
        if (p.pages % 100 === 0 && p.more) releaseMemory();
      },
    });
    progress.finish({ unit: "models", done: result.records.length, total, detail: detail(result.pages) });
    return result;
  });
  const listSeconds = (Date.now() - listStarted) / 1000;
  log.info(`listed ${listed.records.length} models in ${listed.pages} pages in ${listSeconds.toFixed(1)} s (${retryCounts(client.retries, client.rateLimited)})`);
  if (listed.byTag.length > 1) log.info(byTagLine(listed));
  reportPrivate(listed.privateModels, options, log);
  if (listed.malformed.count > 0) {
    const examples = listed.malformed.examples.map((e) => `${quoted(e.id)}: ${e.problem}`).join("; ");
    log.warn(`skipped ${listed.malformed.count} malformed model(s) from the Hub, e.g. ${examples}`);
  }
  if (listed.invalidIds.count > 0) log.warn(invalidIdsLine(listed.invalidIds));
  // The dataset's order from here on: what follows (charts) must not depend on the Hub's order.
  const records = (order ?? new DatasetOrder(listed.records)).finish();
  const decided = decideSnapshot(records, runBound(Date.now(), client.hubDateMs));
  let snapshotMs = decided.snapshotMs;
  const lastRow = history?.at(-1);
  if (lastRow && isoDay(snapshotMs) < lastRow.Snapshot) {
    // A clock behind the last snapshot's: this one takes that row's place rather than going back in time.
    log.warn(`the data's newest date, ${isoDay(snapshotMs)}, is before the latest snapshot in history.csv, ${lastRow.Snapshot}: this snapshot is dated ${lastRow.Snapshot} and replaces that row`);
    snapshotMs = Date.parse(lastRow.Snapshot);
  }
  if (decided.future.count > 0) log.warn(futureLine(decided.future, snapshotMs));
  if (!partial && manifest?.complete && previousModels !== undefined && records.length < SHRINK_LIMIT * previousModels && !options.allowShrink) {
    throw new PipelineError(
      `the Hub listed ${records.length} models, fewer than ${SHRINK_LIMIT * 100}% of the ${previousModels} in the previous dataset; ` +
        `nothing was written. If the catalogue really shrank, run again with ${terms.set("allow-shrink")}`,
    );
  }

  notices.nextPhase();
  const storage = await runEnrichment(client, records, previous, options, log);

  carryPreviousDownloads(records, previous, snapshotMs, history !== undefined && baselineOf(isoDay(previous.snapshotMs), history).previousRolledBack);
  const newModels = countNewModels(records, previous, options.task);
  if (added.length > 0 && manifest) log.info(`tracking ${added.map((t) => quoted(t)).join(", ")} from this snapshot on: ${tagSetLabel(options.task)} in all; their models created by ${isoDay(previous.snapshotMs)} join the dataset and are not counted as new`);
  // A --max-models sample is no snapshot of the catalogue: it adds no history.
  const shares = history && new SnapshotShares(records);
  const next = history && shares && nextHistory(records, previous, history, snapshotMs, { task: options.task, concentration: shares.concentration() });
  previous = new PreviousDataset(); // done with: the new dataset is written without the old one in memory
  releaseMemory(); // the listing's pages and the previous dataset are garbage now
  const writeStarted = performance.now();
  const dataset = await writeDataset(options.dataDir, records, {
    pipelineTag: options.task,
    complete: listed.complete,
    models: records.length,
    snapshot: iso(snapshotMs),
  });
  log.info(writtenLine(dataset, (performance.now() - writeStarted) / 1000));
  if (history && next && shares) {
    await writeHistory(options.dataDir, withRow(history, next.row));
    await writeTrends(options.dataDir, withTrendRows(await readTrends(options.dataDir), next.row.Snapshot, shares.rows(next.row.Snapshot, true)));
  }
  return {
    since: next?.since,
    models: records.length,
    previousModels,
    newModels,
    pages: listed.pages,
    requests: client.requests,
    retries: client.retries,
    rateLimited: client.rateLimited,
    duplicates: listed.duplicates,
    malformed: listed.malformed,
    invalidIds: listed.invalidIds,
    privateModels: listed.privateModels,
    complete: listed.complete,
    storage,
    dataset,
    seconds: (Date.now() - started) / 1000,
    listSeconds,
    records,
    snapshotMs,
    future: decided.future,
  };
}

/** "1 model claims a date after this run …": for the log and the job summary (ids quoted: they are the Hub's text). */
export function futureLine(future: FutureDated, snapshotMs: number): string {
  const examples = future.examples.map((e) => `${quoted(e.id, 80)} (${e.date})`).join(", ");
  const one = future.count === 1;
  return (
    `${future.count} ${one ? "model claims" : "models claim"} a date after this run, kept as the Hub sent ${one ? "it" : "them"}; ` +
    `the snapshot is dated ${isoDay(snapshotMs)}, not by ${one ? "it" : "them"}: ${examples}`
  );
}

/**
 * History rows dated after the run: before 1.2.0 one future-dated model made its date the
 * snapshot's. They cannot be a week of their own, and would take every later week's place; the
 * git history keeps them.
 */
function withoutFutureRows(rows: HistoryRow[], nowMs: number, log: Logger): HistoryRow[] {
  const today = isoDay(nowMs);
  const future = rows.filter((row) => row.Snapshot > today);
  if (future.length === 0) return rows;
  log.warn(`history.csv: left out ${future.length} row(s) dated after this run (${future.map((r) => r.Snapshot).join(", ")}), written when a model's future date was taken for the snapshot's; the repository's git history keeps them`);
  return rows.filter((row) => row.Snapshot <= today);
}

/** "wrote 700000 models (112.4 MB of CSV) in 57 files to data/… in 1.1 s (102 MB/s)": the write's rate, which the bench reads. */
function writtenLine(dataset: WrittenDataset, seconds: number): string {
  const mb = dataset.files.reduce((sum, file) => sum + file.bytes, 0) / 1e6;
  return `wrote ${dataset.rows} models (${mb.toFixed(1)} MB of CSV) in ${dataset.files.length} files to ${dataset.dir} in ${seconds.toFixed(1)} s (${Math.round(mb / Math.max(seconds, 1e-3))} MB/s)`;
}

/** Private models are never published by default: say how many were left out, or warn that they are kept. */
function reportPrivate(count: number, options: HarvestOptions, log: Logger): void {
  if (count === 0) return;
  const terms = options.terms ?? CLI_TERMS;
  if (options.includePrivate) {
    log.warn(`the dataset contains ${count} private model(s) (${terms.set("include-private")}): keep the repository it goes to private`);
  } else {
    log.info(`left out ${count} private model(s): the token can see them, but they are never published (${terms.set("include-private")} keeps them, for a private repository)`);
  }
}

/** Storage and Last Modified of every model in the previous dataset (the enrichment cache). */
async function readPrevious(dataDir: string, models: number | undefined): Promise<PreviousDataset> {
  const previous = new PreviousDataset(models);
  await forEachDatasetFile(dataDir, (records) => {
    for (const record of records) previous.add(record);
  });
  return previous;
}

async function runEnrichment(
  client: HubClient,
  records: ModelTable,
  previous: PreviousDataset,
  options: Pick<HarvestOptions, "enrichBudget" | "enrichMinutes">,
  log: Logger,
): Promise<EnrichReport> {
  const carried = carryForwardStorage(records, previous);
  return log.group("Enrich storage", async () => {
    const progress = new Progress(log.progress, "storage");
    const retriesBefore = client.retries;
    const waitsBefore = client.rateLimited;
    const detail = () => retryCounts(client.retries - retriesBefore, client.rateLimited - waitsBefore);
    const report = await enrichStorage(client, records, {
      budget: options.enrichBudget,
      minutes: options.enrichMinutes,
      onProgress: (p) => progress.update({ unit: "models", done: p.done, total: Math.min(p.queued, options.enrichBudget), detail: detail() }),
      onFailure: (id, error) => log.info(`storage of ${quoted(id)} stays unknown: ${error instanceof Error ? error.message : String(error)}`),
    });
    const full: EnrichReport = { ...report, carried };
    progress.finish({ unit: "models", done: report.learned + report.gone + report.failed, detail: detail() });
    log.info(storageLine(full));
    return full;
  });
}

export function storageLine(report: EnrichReport): string {
  const share = report.total > 0 ? ((100 * report.known) / report.total).toFixed(1) : "0.0";
  return (
    `storage known for ${report.known} of ${report.total} models (${share}%): ${report.carried} carried forward, ` +
    `${report.learned} learned in ${report.requests} requests (${retryCounts(report.retries, report.rateLimited)}) over ${report.seconds.toFixed(1)} s, ` +
    `${report.gone} gone, ${report.failed} failed; ` +
    `backlog ${report.backlog} (stopped: ${report.stoppedBy})`
  );
}

/** The backlog worker: storage for the existing dataset's unknown models, without listing again. */
export async function enrichBacklog(
  options: HarvestOptions,
  log: Logger,
): Promise<{ storage: EnrichReport; dataset: WrittenDataset; models: number; privateModels: number; records: ModelTable; snapshotMs: number; task: string }> {
  const manifest = await readManifest(options.dataDir);
  const stored = await readDataset(options.dataDir);
  if (!manifest || !stored) {
    throw new PipelineError(`no dataset in ${options.dataDir}: ${(options.terms ?? CLI_TERMS).firstRun}`);
  }
  // A dataset written with private models kept: without the opt-in now, they leave it.
  const records = options.includePrivate ? stored : stored.filter((i) => !stored.isPrivate(i));
  const snapshotMs = storedSnapshot(manifest.snapshot, newestDate(stored.columns()), Date.now());
  let privateModels = stored.length - records.length;
  if (options.includePrivate) for (let i = 0; i < records.length; i++) if (records.isPrivate(i)) privateModels++;
  reportPrivate(privateModels, options, log);
  const history = await readHistory(options.dataDir);
  const { client } = createClient(options, log);
  const storage = await runEnrichment(client, records, new PreviousDataset(), options, log);
  const dataset = await writeDataset(options.dataDir, records, { ...manifest, models: records.length, snapshot: iso(snapshotMs) });
  await writeSnapshotParquet(options.dataDir, records, snapshotMs, log);
  // Only the current snapshot's Storage Known moves: every other number is the refresh's.
  const current = history.find((row) => row.Snapshot === isoDay(snapshotMs));
  if (current && current["Storage Known"] !== storage.known) {
    await writeHistory(options.dataDir, withRow(history, { ...current, "Storage Known": storage.known }));
  }
  return { storage, dataset, models: records.length, privateModels, records, snapshotMs, task: manifest.pipelineTag };
}

/** The newest snapshot's date: history.csv's last row (every refresh writes it), else the dataset's own. */
async function latestSnapshot(dataDir: string, nowMs: number): Promise<string | undefined> {
  const last = (await readHistory(dataDir)).filter((row) => row.Snapshot <= isoDay(nowMs)).at(-1);
  if (last) return last.Snapshot;
  const manifest = await readManifest(dataDir);
  if (manifest?.snapshot) return isoDay(Date.parse(manifest.snapshot));
  const stored = await readDataset(dataDir);
  return stored && stored.length > 0 ? isoDay(storedSnapshot(undefined, newestDate(stored.columns()), nowMs)) : undefined;
}

/**
 * What a run that decides for itself does: the backlog, or a full refresh. A daily `enrich` run
 * refreshes when there is no dataset or its snapshot is stale (a missed week); `auto` refreshes
 * once a week, when the snapshot is WEEKLY_REFRESH_DAYS old, so one daily schedule does both.
 */
export type DailyPlan =
  | { mode: "enrich"; age: SnapshotAge | undefined }
  | { mode: "refresh"; reason: "no-dataset" }
  | { mode: "refresh"; reason: "stale"; age: SnapshotAge; maxAgeDays: number }
  | { mode: "refresh"; reason: "weekly"; age: SnapshotAge };

/** mode auto: a full refresh when the newest snapshot is this many days old or more. */
export const WEEKLY_REFRESH_DAYS = 7;

export async function planDailyRun(dataDir: string, maxAgeDays: number, nowMs: number): Promise<DailyPlan> {
  if (!(await readManifest(dataDir))) return { mode: "refresh", reason: "no-dataset" };
  const snapshot = await latestSnapshot(dataDir, nowMs);
  const age = snapshot === undefined ? undefined : snapshotAge(snapshot, nowMs);
  return age && age.days > maxAgeDays ? { mode: "refresh", reason: "stale", age, maxAgeDays } : { mode: "enrich", age };
}

/** mode auto: the weekly refresh when it is due (or there is no snapshot yet), else the storage run. */
export async function planAutoRun(dataDir: string, nowMs: number): Promise<DailyPlan> {
  if (!(await readManifest(dataDir))) return { mode: "refresh", reason: "no-dataset" };
  const snapshot = await latestSnapshot(dataDir, nowMs);
  if (snapshot === undefined) return { mode: "refresh", reason: "no-dataset" };
  const age = snapshotAge(snapshot, nowMs);
  return age.days >= WEEKLY_REFRESH_DAYS ? { mode: "refresh", reason: "weekly", age } : { mode: "enrich", age };
}

/** The line a run that decided for itself logs and shows in its summary: what it does, and why. */
export function planLine(requested: "auto" | "enrich", plan: DailyPlan): string {
  if (plan.mode === "refresh" && plan.reason === "no-dataset") return `mode: ${requested}, but the repository has no dataset yet: this first run does a full refresh instead`;
  if (plan.mode === "refresh" && plan.reason === "stale") return staleLine(plan.age, plan.maxAgeDays);
  if (plan.mode === "refresh") return `mode: auto: the latest snapshot, ${plan.age.snapshot}, is ${plan.age.days} days old (${WEEKLY_REFRESH_DAYS} or more): this run is the weekly full refresh`;
  const due = plan.age ? `; the next full refresh is due on ${isoDay(Date.parse(plan.age.snapshot) + WEEKLY_REFRESH_DAYS * 86_400_000)}` : "";
  return `mode: ${requested}: the latest snapshot${plan.age ? `, ${plan.age.snapshot}, is ${plan.age.days} ${plan.age.days === 1 ? "day" : "days"} old` : " is recent"}: this run learns storage only${requested === "auto" ? due : ""}`;
}

/** "the latest snapshot, 2026-11-20, is 11 days old: refreshing" */
export function staleLine(age: SnapshotAge, maxAgeDays: number): string {
  return `the latest snapshot, ${age.snapshot}, is ${age.days} days old (more than ${maxAgeDays}): refreshing instead of working the storage backlog alone`;
}

export interface RefreshReport extends HarvestReport {
  outputs: OutputsReport;
}

/** Harvest, then the charts and findings that follow from the new dataset. */
export async function refresh(options: RefreshOptions, log: Logger): Promise<RefreshReport> {
  const report = await harvest(options, log);
  // The Parquet is the snapshot's published form (`harvest` alone writes the CSV dataset only).
  await writeSnapshotParquet(options.dataDir, report.records, report.snapshotMs, log);
  releaseMemory();
  // The dataset is written: charts and findings need only the numbers, a third of the memory.
  const input = await analysisOfRecords(report.records, options.dataDir, { task: options.task, snapshotMs: report.snapshotMs, keepIds: Boolean(options.siteDir), since: report.since });
  const outputs = await log.group("Charts and findings", () =>
    renderOutputs(input, { dataDir: options.dataDir, chartsDir: options.chartsDir, siteDir: options.siteDir, maxSnapshotAgeDays: options.maxSnapshotAgeDays, siteLinks: options.siteLinks }, log),
  );
  return { ...report, outputs };
}

/**
 * `history --from-git`: history.csv rebuilt from the dataset's past commits, each snapshot
 * measured against the one before exactly as a live refresh does.
 */
export async function rebuildHistory(dataDir: string, log: Logger): Promise<HistoryRow[]> {
  // Every row the file has stays unless a commit gives it again: the archive's weeks as the
  // backfill wrote them, and a live row's numbers "since previous" where the commit before is gone.
  // A file that does not parse is what this command mends: it starts from the commits alone.
  const kept = async <T>(read: () => Promise<T[]>, file: string): Promise<T[]> =>
    read().catch((error: unknown) => {
      if (!(error instanceof DatasetFormatError)) throw error;
      log.warn(`${file} does not parse (${error.message}): it is rebuilt from the commits alone`);
      return [];
    });
  let rows: HistoryRow[] = await kept(() => readHistory(dataDir), "history.csv");
  let trends = await kept(() => readTrends(dataDir), "trends.csv");
  let previous: PreviousDataset | undefined;
  let read = 0;
  for await (const past of datasetsInGit(dataDir)) {
    if (!past.records) {
      log.info(`skipped commit ${past.commit.slice(0, 12)}: ${past.problem}`);
      continue;
    }
    read++;
    if (past.source?.startsWith("archive:")) {
      // A dataset a backfill made from an archive week: its row is the backfill's; it is the next live week's baseline.
    } else {
      const shares = new SnapshotShares(past.records);
      const row = nextHistory(past.records, previous, rows, past.snapshotMs, { task: past.pipelineTag ?? DEFAULT_TAG, concentration: shares.concentration() }).row;
      rows = withRow(rows, row);
      trends = withTrendRows(trends, row.Snapshot, shares.rows(row.Snapshot, true));
    }
    previous = new PreviousDataset(past.records.length);
    for (const record of past.records) previous.add(record);
    previous.snapshotMs = past.snapshotMs;
    previous.tags = tagsOf(past.pipelineTag ?? DEFAULT_TAG);
  }
  if (read === 0) throw new PipelineError(`no commit holds a readable dataset in ${dataDir}: nothing to rebuild history from`);
  await writeHistory(dataDir, rows);
  await writeTrends(dataDir, trends);
  log.info(`rebuilt ${rows.length} snapshot rows from ${read} dataset commits into ${historyPath(dataDir)}`);
  return rows;
}
