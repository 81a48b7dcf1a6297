/**
 * What only a series of snapshots can tell: how the catalogue grows and churns, and each
 * model's real downloads between two snapshots (the difference of its all-time downloads;
 * the Hub offers only a rolling 30-day window).
 */
import { HUB_SOURCE, type HistoryRow } from "../dataset/history.ts";
import type { PreviousDataset } from "../dataset/previous.ts";
import type { ModelRecord } from "../dataset/record.ts";
import type { ModelTable } from "../dataset/table.ts";
import { CATEGORIES, type Category } from "./lineage.ts";
import { popularityClass } from "./popularity.ts";
import { round, Top } from "./stats.ts";
import { isoDay } from "./weekly.ts";
import { tagsOf } from "../pipeline-tags.ts";
import type { Concentration } from "./trends.ts";
import { baselineCount, baselineOf, judgeWeek, type Baseline, type Quality } from "./quality.ts";

const DAY = 86_400_000;
export const TOP = 20;
/** Risers need this many downloads between the snapshots: below it, ratios are noise. */
export const RISER_MIN_DOWNLOADS = 1000;

export interface SincePrevious {
  /** The snapshot the downloads since are taken against: the previous one, or after a rollback the last trusted one. */
  previousSnapshot: string;
  snapshot: string;
  days: number;
  /** `rollback`: the counters went down this week; no downloads since, no movers (analysis/quality.ts). */
  quality: Quality;
  models: number;
  newModels: number;
  /** Models of tags added to the tracked set since the previous snapshot, created before it: there then, untracked; not new. */
  joinedModels: number;
  removedModels: number;
  /** Null across a rollback, or where no model has all-time counts at both ends. */
  downloadsSincePrevious: number | null;
  /** Models in both snapshots with at least one download in between. */
  modelsWithDownloads: number;
  topDownloaded: Array<{ id: string; downloads: number; days: number }>;
  topRisers: Array<{ id: string; downloads: number; previousDownloads30Days: number; ratio: number }>;
  /** Of the 100 models with the most 30-day downloads now, how many were among the previous snapshot's 100. */
  top100Retained: number;
  method: string;
}

/** How many of the most downloaded models turnover compares. */
export const TURNOVER_TOP = 100;

const CATEGORY_OF: Record<ModelRecord["relation"], Category> = { "": "unspecified", finetune: "finetune", adapter: "adapter", quantized: "quantized", merge: "merge" };

function category(records: ModelTable, i: number): Category {
  return records.baseModel(i) === "" ? "original" : CATEGORY_OF[records.relation(i)];
}

const NEW_COLUMN: Record<Category, keyof HistoryRow> = {
  original: "New Original", finetune: "New Finetune", adapter: "New Adapter", quantized: "New Quantized", merge: "New Merge", unspecified: "New Unspecified",
};

/** The tags tracked now (`task`, the set's string) that the previous snapshot did not track. */
export function addedTags(task: string, previous: PreviousDataset | undefined): ReadonlySet<string> {
  const before = previous?.tags;
  return new Set(before ? tagsOf(task).filter((tag) => !before.includes(tag)) : []);
}

/**
 * Whether a model absent from the previous snapshot is new: not when its tag was added to the
 * tracked set since and it was created by then (it was on the Hub, untracked). A model that moved
 * in from an untracked tag of the previous set is new, as one that moves out is removed.
 */
export function isNewModel(tag: string, createdAt: number, added: ReadonlySet<string>, previousSnapshotMs: number): boolean {
  return !(added.has(tag) && createdAt <= previousSnapshotMs);
}

/** Models of `records` new since the previous dataset (see isNewModel); all of them on the first. */
export function countNewModels(records: ModelTable, previous: PreviousDataset, task: string): number {
  const added = addedTags(task, previous);
  let count = 0;
  for (let i = 0; i < records.length; i++) {
    if (!previous.has(records.id(i)) && isNewModel(records.pipelineTag(i), records.createdAt(i), added, previous.snapshotMs)) count++;
  }
  return count;
}

/** Where a snapshot comes from, and what of it is known. */
export interface SnapshotSource {
  /** The tracked tags (the set's string). */
  task: string;
  /** `hub`, or `archive:<owner/name>` (dataset/history.ts). */
  source?: string;
  /** Whether the snapshot knows each model's storage (an archive week does not: Storage Known is empty). */
  storage?: boolean;
  /** Whether it knows each model's parents (an archive file without `baseModels` does not: the New … relation counts are empty). */
  lineage?: boolean;
  /** Untagged models whose first-parent chain reaches a tracked model (archive weeks only; analysis/untagged.ts). */
  untaggedDerivatives?: number | null;
  /** How concentrated its downloads are: computed with the week's trends (analysis/trends.ts, SnapshotShares). */
  concentration: Concentration;
}

/**
 * The history after this snapshot: its row added (or replacing the row of the same date), and
 * what changed since the previous dataset. When the previous dataset describes the same date (a
 * rerun, or a run that found the same data), the row keeps its "since previous" numbers and
 * `since` is undefined: they were measured against the snapshot before. Downloads since the
 * previous snapshot are taken against the last trusted snapshot (analysis/quality.ts), and a
 * week whose counters rolled back says so and counts none.
 */
export function nextHistory(
  records: ModelTable,
  previous: PreviousDataset | undefined,
  rows: readonly HistoryRow[],
  snapshotMs: number,
  from: SnapshotSource,
): { row: HistoryRow; since: SincePrevious | undefined } {
  const snapshot = isoDay(snapshotMs);
  const against = previous && previous.size > 0 && isoDay(previous.snapshotMs) !== snapshot ? previous : undefined;
  const baseline = against && baselineOf(isoDay(against.snapshotMs), rows);
  const added = addedTags(from.task, against);
  let joined = 0;
  const daysBetween = (then: string) => Math.round((Date.parse(snapshot) - Date.parse(then)) / DAY);
  // Downloads since span back to the last trusted snapshot; new and removed models, to the previous one.
  const days = baseline ? daysBetween(baseline.snapshot) : null;
  const row = { Snapshot: snapshot, "Pipeline Tags": from.task, Source: from.source ?? HUB_SOURCE, Quality: "ok" } as HistoryRow;
  let downloads30 = 0;
  let downloadsAllTime = 0;
  let allTimeKnown = 0;
  let storageKnown = 0;
  const classes = { "Not Popular": 0, Popular: 0, "Very Popular": 0 };
  const fresh: Record<Category, number> = { original: 0, finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 };
  let inBoth = 0;
  let since = 0;
  let shared = 0;
  let lower = 0;
  let withDownloads = 0;
  const topDownloaded = new Top<{ id: string; downloads: number }>(TOP);
  const topRisers = new Top<{ id: string; downloads: number; previousDownloads30Days: number; ratio: number }>(TOP);
  const top30Days = new Top<{ id: string }>(TURNOVER_TOP);
  // Column by column, not a record object a model: no garbage for each of 700k models.
  const columns = records.columns();
  for (let i = 0; i < records.length; i++) {
    const downloads = columns.downloads[i] as number;
    const allTime = columns.downloadsAllTime[i] as number; // NaN: not known
    downloads30 += downloads;
    if (!Number.isNaN(allTime)) {
      downloadsAllTime += allTime;
      allTimeKnown++;
    }
    if (!Number.isNaN(columns.usedStorage[i] as number)) storageKnown++;
    classes[popularityClass(downloads)]++;
    if (!against || !baseline) continue;
    const id = records.id(i);
    top30Days.offer({ id }, downloads);
    const before = against.downloadsOf(id);
    if (!before) {
      if (isNewModel(records.pipelineTag(i), records.createdAt(i), added, against.snapshotMs)) fresh[category(records, i)]++;
      else joined++;
      continue;
    }
    inBoth++;
    const then = baselineCount(before, baseline);
    if (then === null || Number.isNaN(allTime)) continue;
    shared++;
    if (allTime < then) lower++;
    const between = Math.max(0, allTime - then);
    since += between;
    if (between === 0) continue;
    withDownloads++;
    topDownloaded.offer({ id, downloads: between }, between);
    if (between >= RISER_MIN_DOWNLOADS && days !== null && days > 0) {
      // Downloads between, scaled to 30 days, over the 30-day downloads the previous snapshot saw.
      const ratio = (between * 30) / days / Math.max(1, before.last30Days);
      topRisers.offer({ id, downloads: between, previousDownloads30Days: before.last30Days, ratio: round(ratio, 2) as number }, ratio);
    }
  }
  const quality = judgeWeek(shared, lower);
  const trusted = quality === "ok";
  Object.assign(row, {
    Models: records.length,
    "Downloads 30 Days": downloads30,
    // An archive week before the Hub kept all-time counts has none: empty, not zero.
    "Downloads All Time": allTimeKnown > 0 || records.length === 0 ? downloadsAllTime : null,
    "Storage Known": from.storage === false ? null : storageKnown,
    "Not Popular": classes["Not Popular"],
    Popular: classes.Popular,
    "Very Popular": classes["Very Popular"],
    Quality: quality,
    ...from.concentration,
    "Untagged Derivatives": from.untaggedDerivatives ?? null,
  });
  const newModels = CATEGORIES.reduce((sum, c) => sum + fresh[c], 0);
  const sinceColumns: Array<keyof HistoryRow> = ["New Models", "Removed Models", "Downloads Since Previous", "Days Since Previous", ...CATEGORIES.map((c) => NEW_COLUMN[c])];
  if (against) {
    Object.assign(row, {
      "New Models": newModels,
      "Removed Models": against.size - inBoth,
      // No true figure across a rollback; none either where no model has counts at both ends.
      "Downloads Since Previous": trusted && shared > 0 ? since : null,
      "Days Since Previous": trusted ? days : daysBetween(isoDay(against.snapshotMs)),
    });
    // Unknown is not original: a week whose file names no parents counts no relations.
    for (const c of CATEGORIES) (row as Record<string, unknown>)[NEW_COLUMN[c]] = from.lineage === false ? null : fresh[c];
  } else {
    // The first snapshot has no "since"; a rerun keeps what was measured against the snapshot before.
    const kept = rows.find((r) => r.Snapshot === snapshot);
    for (const column of sinceColumns) (row as Record<string, unknown>)[column] = kept ? kept[column] : null;
    if (kept) row.Quality = kept.Quality;
  }
  return {
    row,
    since: against && {
      previousSnapshot: (baseline as Baseline).snapshot,
      snapshot,
      days: days as number,
      quality,
      models: records.length,
      newModels,
      joinedModels: joined,
      removedModels: against.size - inBoth,
      downloadsSincePrevious: trusted && shared > 0 ? since : null,
      modelsWithDownloads: trusted ? withDownloads : 0,
      topDownloaded: trusted ? topDownloaded.items.map(({ item }) => ({ ...item, days: days as number })) : [],
      topRisers: trusted ? topRisers.items.map(({ item }) => item) : [],
      top100Retained: (() => {
        const before = new Set(against.topByDownloads(TURNOVER_TOP));
        return top30Days.items.filter(({ item }) => before.has(item.id)).length;
      })(),
      method:
        "Downloads between two snapshots: a model's all-time downloads now minus then (never below zero), for models in both; " +
        "after a week whose counters rolled back, then is the last trusted snapshot, and in such a week there are none (see Quality in data/README.md). " +
        `Risers: models with at least ${RISER_MIN_DOWNLOADS.toLocaleString("en-US")} downloads in between, ranked by those downloads scaled to 30 days ` +
        "over the 30-day downloads the previous snapshot recorded (at least 1): how many times faster than before they are downloaded now. " +
        `Turnover: of the ${TURNOVER_TOP} models with the most 30-day downloads now, those among the previous snapshot's ${TURNOVER_TOP} (ties by id).`,
    },
  };
}
