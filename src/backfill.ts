/**
 * `hf-trends backfill` (and the action's `mode: backfill`): history from day one. Every week of
 * the Hub's public weekly archive (hub/archive.ts) becomes a snapshot in this project's own form:
 * a history.csv row computed exactly as for a live week (analysis/history.ts, with the same
 * quality rules), a per-week Parquet in a local folder (never committed), and the weeks done in
 * archive-weeks.csv (committed), so a stopped backfill continues where it stopped and a rerun reads
 * nothing twice. A live row is never replaced; the weeks default to those before the first live one.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { nextHistory, type SincePrevious } from "./analysis/history.ts";
import { baselineOf, isPartialWeek } from "./analysis/quality.ts";
import { isoDay } from "./analysis/weekly.ts";
import { readArchiveWeeks, writeArchiveWeeks, type ArchiveWeekDone } from "./dataset/archive-weeks.ts";
import { iso } from "./dataset/csv.ts";
import { archiveSource, NEW_RELATION_COLUMNS, readHistory, withRow, writeHistory, type HistoryRow } from "./dataset/history.ts";
import { readTrends, trendsPath, withTrendRows, writeTrends, type TrendRow } from "./dataset/trends.ts";
import { SnapshotShares } from "./analysis/trends.ts";
import { readParquetPrevious, writeParquetFile } from "./dataset/parquet.ts";
import { carryPreviousDownloads, PreviousDataset } from "./dataset/previous.ts";
import { decideSnapshot } from "./dataset/snapshot.ts";
import { analysisOfRecords, renderOutputs, type OutputsReport } from "./outputs.ts";
import { createClient, type HarvestOptions } from "./pipeline.ts";
import type { SiteLinks } from "./site/links.ts";
import { publishSnapshotsToHub, type HfDatasetTarget, type HfPublishResult } from "./publish/hf-dataset.ts";
import { readDataset, readManifest, writeDataset } from "./dataset/store.ts";
import { putInDatasetOrder } from "./dataset/dataset-order.ts";
import { newestDate, storedSnapshot } from "./dataset/snapshot.ts";
import type { ModelTable } from "./dataset/table.ts";
import { listArchiveWeeks, readArchiveWeek, type ArchiveWeek, type WeekRead } from "./hub/archive.ts";
import type { HubClient } from "./hub/client.ts";
import { HubError } from "./hub/errors.ts";
import type { Logger } from "./log.ts";
import { releaseMemory, withGrowingYoungGeneration } from "./memory.ts";
import { tagsOf } from "./pipeline-tags.ts";

export interface BackfillOptions {
  task: string;
  dataDir: string;
  /** `owner/name` of the archive dataset. */
  archive: string;
  /** First and last week (YYYY-MM-DD, inclusive), by the archive folder's date. */
  since?: string | undefined;
  until?: string | undefined;
  /** Where each week's Parquet goes (a local folder, not committed). */
  weeksDir: string;
  /** The clock: it only bounds a date a week's data claims from the future. */
  nowMs?: number;
}

export interface BackfillReport {
  /** Weeks of the archive in the range asked for, and those read now. */
  weeksInRange: number;
  read: Array<{ week: string; snapshot?: string; status: "usable" | "partial"; tracked: number; rows: number; bytesRead: number; fileBytes: number; seconds: number }>;
  /** Weeks skipped: already done, or a live row of the same date. */
  skipped: number;
  bytesRead: number;
  /** The week that failed, with why (it is left for the next run); undefined when none did. */
  failed: { week: string; message: string } | undefined;
  /** The newest usable week read now, for a first dataset where there is none, with what changed since the week before it. */
  newest: { records: ModelTable; snapshotMs: number; since: SincePrevious | undefined } | undefined;
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** The whole-backfill projection the progress line gives is at this rate. */
export const PROJECTED_MB_PER_SECOND = 50;

/** The weeks to read: in range, before the first live row (by default), not done yet. */
export function weeksToRead(weeks: readonly ArchiveWeek[], done: readonly ArchiveWeekDone[], rows: readonly HistoryRow[], options: Pick<BackfillOptions, "since" | "until">): { todo: ArchiveWeek[]; inRange: number } {
  const firstLive = rows.find((row) => !row.Source.startsWith("archive:"))?.Snapshot;
  const doneWeeks = new Set(done.map((w) => w.week));
  const inRange = weeks.filter((w) => (!options.since || w.week >= options.since) && (options.until ? w.week <= options.until : !firstLive || w.week < firstLive));
  return { todo: inRange.filter((w) => !doneWeeks.has(w.week)), inRange: inRange.length };
}

/** The week's file in the local folder. */
export function weekParquetPath(weeksDir: string, snapshot: string): string {
  return join(weeksDir, `${snapshot}.parquet`);
}

/**
 * Whether an archive week's row was written before its file's new numbers were read: no
 * concentration columns (releases before 2.0.0), or relation counts but no untagged derivatives (2.0.0)
 * (a file with `baseModels` always has a count, 0 included).
 */
const lacksNewColumns = (row: HistoryRow): boolean => row["Top 10 Models Share"] === null || (row["New Original"] !== null && row["Untagged Derivatives"] === null);

/**
 * The archive weeks of history.csv that an earlier release read, before the concentration columns
 * and trends.csv existed: each read again, once, for what it lacks. Every other value of the row
 * stays as it was, but the relation counts of a week whose file names no parents, which become
 * empty (unknown is not original). A rerun finds nothing to do.
 */
async function completeOlderWeeks(
  client: HubClient,
  options: BackfillOptions,
  state: { done: readonly ArchiveWeekDone[]; rows: HistoryRow[]; trends: TrendRow[]; tags: readonly string[] },
  report: BackfillReport,
  log: Logger,
): Promise<{ rows: HistoryRow[]; trends: TrendRow[] }> {
  let { rows, trends } = state;
  const lacking = state.done.filter((w) => w.status === "usable" && rows.some((r) => r.Snapshot === w.snapshot && r.Source === w.source && lacksNewColumns(r)));
  if (lacking.length === 0) return { rows, trends };
  log.info(`${lacking.length} archive weeks read by an earlier release lack the concentration columns, untagged derivatives or trends.csv: reading them again, once`);
  for (const week of lacking) {
    let read: WeekRead;
    try {
      read = await readArchiveWeek(client, options.archive, { week: week.week, path: `models/${week.week}/models.parquet` }, state.tags);
    } catch (error) {
      if (!(error instanceof HubError)) throw error;
      log.warn(`${week.week}: ${error.message}; its row stays as it was, and the next run tries again`);
      continue;
    }
    report.bytesRead += read.bytesRead;
    const records = putInDatasetOrder(read.records);
    const lineage = read.columns.includes("baseModels");
    const row = rows.find((r) => r.Snapshot === week.snapshot) as HistoryRow;
    const shares = new SnapshotShares(records);
    const completed: HistoryRow = { ...row, ...shares.concentration(), "Untagged Derivatives": read.untaggedDerivatives };
    if (!lineage) for (const column of NEW_RELATION_COLUMNS) completed[column] = null;
    rows = withRow(rows, completed);
    trends = withTrendRows(trends, week.snapshot, shares.rows(week.snapshot, lineage));
    await writeHistory(options.dataDir, rows);
    await writeTrends(options.dataDir, trends);
    log.info(`${week.week}: completed (${records.length} tracked models, ${(read.bytesRead / 1e6).toFixed(1)} MB read)`);
    releaseMemory();
  }
  return { rows, trends };
}

/**
 * Reads the archive's weeks oldest first, each into a history row against the previous usable
 * week, writing history.csv and archive-weeks.csv after every week (a stop loses nothing). Stops
 * at the first week that fails, which the next run reads again.
 */
export async function backfillWeeks(client: HubClient, options: BackfillOptions, log: Logger): Promise<BackfillReport> {
  const tags = tagsOf(options.task);
  const source = archiveSource(options.archive);
  let rows = await readHistory(options.dataDir);
  let trends = await readTrends(options.dataDir);
  const done = await readArchiveWeeks(options.dataDir);
  const weeks = await listArchiveWeeks(client, options.archive);
  log.info(`the archive ${options.archive} holds ${weeks.length} weeks (${weeks[0]?.week ?? "none"} to ${weeks.at(-1)?.week ?? "none"})`);
  const { todo, inRange } = weeksToRead(weeks, done, rows, options);
  const report: BackfillReport = { weeksInRange: inRange, read: [], skipped: inRange - todo.length, bytesRead: 0, failed: undefined, newest: undefined };
  // Weeks read by a release before the concentration columns and trends.csv: read again, once.
  ({ rows, trends } = await completeOlderWeeks(client, options, { done, rows, trends, tags }, report, log));
  if (todo.length === 0) {
    log.info(`nothing to read: the ${inRange} weeks in range are done`);
    return report;
  }
  // The week before the first to read: the baseline of its differences (from the local folder, else read again).
  let previous: PreviousDataset | undefined;
  let previousModels: number | undefined;
  const before = done.filter((w) => w.status === "usable" && w.week < (todo[0] as ArchiveWeek).week).at(-1);
  if (before) {
    previous = await readParquetPrevious(weekParquetPath(options.weeksDir, before.snapshot)).catch(() => undefined);
    if (!previous) {
      log.info(`reading ${before.week} again: the baseline of the next week (${weekParquetPath(options.weeksDir, before.snapshot)} is not on this machine)`);
      const again = await readArchiveWeek(client, options.archive, { week: before.week, path: `models/${before.week}/models.parquet` }, tags);
      report.bytesRead += again.bytesRead;
      previous = previousOf(putInDatasetOrder(again.records), Date.parse(before.snapshot));
    }
    previous.tags = tags;
    previousModels = before.tracked;
  }
  const started = performance.now();
  await mkdir(options.dataDir, { recursive: true });
  for (const [k, week] of todo.entries()) {
    const weekStarted = performance.now();
    let read;
    try {
      read = await readArchiveWeek(client, options.archive, week, tags);
    } catch (error) {
      if (!(error instanceof HubError)) throw error;
      report.failed = { week: week.week, message: error.message };
      log.warn(`${week.week}: ${error.message}; the weeks before it are kept, and the next run starts again at ${week.week}`);
      break;
    }
    report.bytesRead += read.bytesRead;
    const records = putInDatasetOrder(read.records);
    const seconds = (performance.now() - weekStarted) / 1000;
    const entry: ArchiveWeekDone = { week: week.week, snapshot: "", rows: read.rows, tracked: records.length, status: "usable", source };
    if (isPartialWeek(records.length, previousModels)) {
      entry.status = "partial";
      log.warn(`${week.week}: partial (${records.length} tracked models, under half the ${previousModels} of the previous usable week): no row`);
    } else {
      // The week's date: the newest date of its tracked models, never after the week ended (nor the run).
      const bound = Math.min(options.nowMs ?? Date.now(), Date.parse(week.week) + WEEK + DAY - 1);
      const snapshotMs = decideSnapshot(records, bound).snapshotMs;
      const snapshot = isoDay(snapshotMs);
      entry.snapshot = snapshot;
      const live = rows.find((row) => row.Snapshot === snapshot && !row.Source.startsWith("archive:"));
      if (live) {
        log.info(`${week.week}: its snapshot date, ${snapshot}, has a live row: the live row stays`);
      } else {
        const rolledBack = previous !== undefined && baselineOf(isoDay(previous.snapshotMs), rows).previousRolledBack;
        if (previous) carryPreviousDownloads(records, previous, snapshotMs, rolledBack);
        const lineage = read.columns.includes("baseModels");
        const shares = new SnapshotShares(records);
        const next = nextHistory(records, previous, rows, snapshotMs, { task: options.task, source, storage: false, lineage, untaggedDerivatives: read.untaggedDerivatives, concentration: shares.concentration() });
        rows = withRow(rows, next.row);
        trends = withTrendRows(trends, snapshot, shares.rows(snapshot, lineage));
        await writeParquetFile(weekParquetPath(options.weeksDir, snapshot), records, snapshotMs);
        previous = previousOf(records, snapshotMs);
        previous.tags = tags;
        previousModels = records.length;
        if (!report.newest || snapshotMs > report.newest.snapshotMs) report.newest = { records, snapshotMs, since: next.since };
      }
    }
    done.push(entry);
    // After every week: a stop here loses nothing, and the next run starts at the next week.
    await writeHistory(options.dataDir, rows);
    await writeTrends(options.dataDir, trends);
    await writeArchiveWeeks(options.dataDir, done);
    report.read.push({ week: week.week, snapshot: entry.snapshot || undefined, status: entry.status, tracked: records.length, rows: read.rows, bytesRead: read.bytesRead, fileBytes: read.fileBytes, seconds });
    log.info(progressLine(k + 1, todo.length, week.week, read, records.length, report.bytesRead, (performance.now() - started) / 1000));
    releaseMemory();
  }
  return report;
}

/** "week 3/120 2025-03-05: 812,345 tracked of 3,012,345 models · 160.2 MB read (11% of the file) · 480.6 MB in all · ETA 41m": one line a week. */
function progressLine(done: number, of: number, week: string, read: { rows: number; bytesRead: number; fileBytes: number }, tracked: number, bytes: number, seconds: number): string {
  const mb = (n: number) => (n / 1e6).toFixed(1);
  const eta = Math.round(((of - done) * seconds) / done);
  const share = read.fileBytes ? ((100 * read.bytesRead) / read.fileBytes).toFixed(0) : "0";
  return `week ${done}/${of} ${week}: ${tracked.toLocaleString("en-US")} tracked of ${read.rows.toLocaleString("en-US")} models · ${mb(read.bytesRead)} MB read (${share}% of the file) · ${mb(bytes)} MB in all · ETA ${Math.floor(eta / 60)}m${String(eta % 60).padStart(2, "0")}s`;
}

/** A week's models as the next week's previous dataset. */
function previousOf(records: ModelTable, snapshotMs: number): PreviousDataset {
  const previous = new PreviousDataset(records.length);
  for (let i = 0; i < records.length; i++) previous.add(records.row(i));
  previous.snapshotMs = snapshotMs;
  return previous;
}

/**
 * The newest usable week as the dataset, where there is none yet or where a backfill wrote an
 * older one: the next live refresh continues from it. A live dataset is never replaced.
 */
export async function writeFirstDataset(dataDir: string, task: string, source: string, newest: { records: ModelTable; snapshotMs: number }): Promise<boolean> {
  const manifest = await readManifest(dataDir);
  if (manifest && !(manifest.source?.startsWith("archive:") && Date.parse(manifest.snapshot ?? "") < newest.snapshotMs)) return false;
  await writeDataset(dataDir, newest.records, { pipelineTag: task, complete: true, models: newest.records.length, snapshot: iso(newest.snapshotMs), source });
  return true;
}

/**
 * The weeks to send to the Hugging Face dataset: every usable week whose Parquet is in the weeks
 * folder (this run writes one for each week it makes a row of), so that a run whose publication
 * failed is healed by the next (the publisher sends nothing for a week whose tag exists). A week
 * done before whose Parquet is gone cannot be sent from here: one line says how many. (A week read
 * now whose date has a live row has no Parquet, and is the live refresh's to publish.)
 */
async function weeksToPublish(options: BackfillOptions, report: BackfillReport, log: Logger): Promise<Array<{ snapshot: string; tracked: number }>> {
  const weeks = new Map<string, { snapshot: string; tracked: number }>();
  let gone = 0;
  for (const week of await readArchiveWeeks(options.dataDir)) {
    if (week.status !== "usable" || !week.snapshot) continue;
    if (existsSync(weekParquetPath(options.weeksDir, week.snapshot))) weeks.set(week.snapshot, { snapshot: week.snapshot, tracked: week.tracked });
    else if (!report.read.some((w) => w.week === week.week)) gone++;
  }
  if (gone > 0) log.info(`${gone} weeks done before have no Parquet in ${options.weeksDir} on this machine: they are not sent (a week already on the Hub keeps its tag; to send one again, remove its row from archive-weeks.csv and run backfill over it)`);
  return [...weeks.values()].sort((a, b) => (a.snapshot < b.snapshot ? -1 : 1));
}

export interface BackfillCommandOptions extends BackfillOptions {
  endpoint: string;
  token?: string | undefined;
  chartsDir: string;
  siteDir?: string | undefined;
  maxSnapshotAgeDays?: number | undefined;
  siteLinks?: SiteLinks | undefined;
  /** For tests: faster backoff. */
  client?: HarvestOptions["client"];
  /** Each week read also goes to this Hugging Face dataset (a folder and a tag a week). */
  hfDataset?: HfDatasetTarget | undefined;
  repositoryUrl?: string | undefined;
}

/**
 * The whole command: the weeks, a first dataset from the newest where there is none (so the next
 * live refresh continues the series), then the findings and charts over the longer history.
 */
export async function backfill(options: BackfillCommandOptions, log: Logger): Promise<BackfillReport & { outputs: OutputsReport | undefined; wroteDataset: boolean; published: HfPublishResult[] }> {
  const { client } = createClient({ ...options, enrichBudget: 0, enrichMinutes: 0 }, log);
  const report = await log.group("Backfill from the archive", () => withGrowingYoungGeneration(() => backfillWeeks(client, options, log)));
  const wroteDataset = report.newest !== undefined && (await writeFirstDataset(options.dataDir, options.task, archiveSource(options.archive), report.newest));
  if (wroteDataset) log.info(`wrote the newest week, ${isoDay((report.newest as { snapshotMs: number }).snapshotMs)}, as the dataset (there was no live one): the next refresh continues from it`);
  // The movers and turnover of the newest week, when it is the dataset's: across its pair of trusted snapshots.
  const since = report.newest?.since;
  // The dataset just written is these very records: the charts and findings take them as they are,
  // where reading its CSV back (a million models) cost several seconds. Otherwise they go.
  const written = wroteDataset ? report.newest : undefined;
  report.newest = undefined;
  releaseMemory();
  const usable = report.read.filter((w) => w.status === "usable");
  log.info(
    `backfilled ${report.read.length} of ${report.weeksInRange} weeks in range (${usable.length} usable, ${report.read.length - usable.length} partial, ${report.skipped} done before): ` +
      `${(report.bytesRead / 1e6).toFixed(1)} MB read${report.failed ? `; stopped at ${report.failed.week}, which the next run reads again` : ""}`,
  );
  let published: HfPublishResult[] = [];
  const weeks = options.hfDataset ? await weeksToPublish(options, report, log) : [];
  if (options.hfDataset && weeks.length > 0) {
    const rows = await readHistory(options.dataDir);
    const latest = rows.at(-1);
    const target = options.hfDataset;
    published = await log.group("Hugging Face dataset", () =>
      publishSnapshotsToHub(
        target,
        weeks.map((w) => ({
          task: options.task, snapshot: w.snapshot, models: w.tracked, parquet: weekParquetPath(options.weeksDir, w.snapshot), trendsCsv: trendsPath(options.dataDir), archive: options.archive,
          latestModels: latest?.Models ?? undefined, repositoryUrl: options.repositoryUrl, siteUrl: options.siteLinks?.siteUrl,
        })),
        log,
      ),
    );
  }
  const manifest = await readManifest(options.dataDir);
  const stored = manifest && (written?.records ?? (await readDataset(options.dataDir)));
  let outputs: OutputsReport | undefined;
  if (manifest && stored) {
    const snapshotMs = written?.snapshotMs ?? storedSnapshot(manifest.snapshot, newestDate(stored.columns()), Date.now());
    const input = await analysisOfRecords(stored, options.dataDir, { task: manifest.pipelineTag, snapshotMs, keepIds: Boolean(options.siteDir), since: since?.snapshot === isoDay(snapshotMs) ? since : undefined });
    outputs = await log.group("Charts and findings", () => renderOutputs(input, options, log));
  }
  return { ...report, outputs, wroteDataset, published };
}
