import { isPlaceholderDate } from "../dataset/record.ts";
import type { ModelColumns } from "../dataset/table.ts";

const DAY = 86_400_000;

/**
 * The week a moment belongs to, as pandas `resample("W-MON")` labels it: weeks end on a
 * Monday (inclusive, the whole UTC day), so Tuesday through Monday share one label.
 * Returns the label as epoch ms of that Monday's midnight UTC.
 */
export function weekEnding(ms: number): number {
  const day = Math.floor(ms / DAY);
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 Sunday, 1 Monday: 1970-01-01 was a Thursday
  return (day + ((1 - weekday + 7) % 7)) * DAY;
}

export interface WeekPoint {
  /** The Monday that ends the week, `YYYY-MM-DD`. */
  week: string;
  weekMs: number;
  count: number;
  cumulative: number;
}

export interface WeeklySeries {
  weeks: WeekPoint[];
  /** Models on the placeholder creation date: in the cumulative count from the start, in no week. */
  placeholder: number;
  /** Models that claim a creation after the snapshot (a mirror's clock, a bad date): in no week, nor in the total. */
  afterSnapshot: number;
  /** The last week when the snapshot ends before its Monday is over; left out of `weeks`. */
  partialWeek: { week: string; count: number } | null;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether a model's creation falls in a week, month or quarter: not the placeholder stamp, not after the snapshot. */
export function isDatedCreation(createdAt: number, snapshotMs: number): boolean {
  return createdAt <= snapshotMs && !isPlaceholderDate(createdAt);
}

/** A daily run refreshes when the latest snapshot is older than this many days (a missed or failed weekly refresh). */
export const DEFAULT_MAX_SNAPSHOT_AGE_DAYS = 8;

export interface SnapshotAge {
  /** The snapshot's date, YYYY-MM-DD (the newest date in the data, never after the run that took it). */
  snapshot: string;
  /** Whole days from that date to the run's. */
  days: number;
}

export function snapshotAge(snapshot: string, nowMs: number): SnapshotAge {
  return { snapshot, days: Math.floor((Date.parse(isoDay(nowMs)) - Date.parse(snapshot)) / 86_400_000) };
}

/**
 * Models created per W-MON week, with empty weeks as zero, and the running total that
 * starts with the placeholder-dated models. The current week is partial unless the snapshot
 * falls on its last day's end.
 */
export function weeklySeries(models: Pick<ModelColumns, "length" | "createdAt">, snapshotMs: number): WeeklySeries {
  const counts = new Map<number, number>();
  let placeholder = 0;
  let afterSnapshot = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < models.length; i++) {
    const createdAt = models.createdAt[i] as number;
    if (isPlaceholderDate(createdAt)) {
      placeholder++;
      continue;
    }
    if (createdAt > snapshotMs) {
      afterSnapshot++;
      continue;
    }
    const week = weekEnding(createdAt);
    counts.set(week, (counts.get(week) ?? 0) + 1);
    if (week < first) first = week;
    if (week > last) last = week;
  }
  const weeks: WeekPoint[] = [];
  let cumulative = placeholder;
  let partialWeek: WeeklySeries["partialWeek"] = null;
  const snapshotWeek = weekEnding(snapshotMs);
  const snapshotComplete = snapshotMs >= snapshotWeek + DAY - 1;
  for (let week = first; week <= last; week += 7 * DAY) {
    const count = counts.get(week) ?? 0;
    if (week >= snapshotWeek && !snapshotComplete) {
      partialWeek = { week: isoDay(week), count };
      continue;
    }
    cumulative += count;
    weeks.push({ week: isoDay(week), weekMs: week, count, cumulative });
  }
  return { weeks, placeholder, afterSnapshot, partialWeek };
}

const quarters = new Map<number, string>();

/** `YYYY-Qn` of a moment, cached per UTC day (the same day is asked for thousands of times). */
export function quarterOf(ms: number): string {
  const day = Math.floor(ms / DAY);
  let quarter = quarters.get(day);
  if (quarter === undefined) {
    const d = new Date(day * DAY);
    quarters.set(day, (quarter = `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`));
  }
  return quarter;
}

/** Each model's creation quarter: an index into `labels` (in `YYYY-Qn` order), or -1 when undated (isDatedCreation). */
export interface CreationQuarters {
  labels: string[];
  of: Int32Array;
}

/** The creation quarters of a column of moments: one index a model, no string or list a model. */
export function creationQuarters(createdAt: ArrayLike<number>, snapshotMs: number): CreationQuarters {
  const n = createdAt.length;
  const of = new Int32Array(n);
  const indexOf = new Map<string, number>();
  const labels: string[] = [];
  let lastDay = Number.NaN;
  let lastIndex = -1;
  for (let i = 0; i < n; i++) {
    const ms = createdAt[i] as number;
    if (!isDatedCreation(ms, snapshotMs)) {
      of[i] = -1;
      continue;
    }
    const day = Math.floor(ms / DAY);
    if (day !== lastDay) {
      // Rows come mostly in creation order: a quarter is looked up when the day changes.
      const label = quarterOf(ms);
      let k = indexOf.get(label);
      if (k === undefined) indexOf.set(label, (k = labels.push(label) - 1));
      lastDay = day;
      lastIndex = k;
    }
    of[i] = lastIndex;
  }
  const order = labels.map((_, k) => k).sort((a, b) => ((labels[a] as string) < (labels[b] as string) ? -1 : 1));
  const rank = new Int32Array(labels.length);
  order.forEach((k, r) => (rank[k] = r));
  for (let i = 0; i < n; i++) if ((of[i] as number) >= 0) of[i] = rank[of[i] as number] as number;
  return { labels: order.map((k) => labels[k] as string), of };
}

/** Values gathered by group, in row order within each (a counting sort, in one typed array). */
export interface Grouped {
  /** Group g's values (a view, not a copy). */
  of(g: number): Float64Array;
}

/** Each group's values; a row of group -1, or whose value is NaN, is left out. */
export function valuesByGroup(group: Int32Array, groups: number, valueOf: (row: number) => number): Grouped {
  // Two passes, valueOf asked twice: cheaper than a row-long array of values made for one use.
  const start = new Uint32Array(groups + 1);
  for (let i = 0; i < group.length; i++) {
    const g = group[i] as number;
    if (g >= 0 && !Number.isNaN(valueOf(i))) start[g + 1] = (start[g + 1] as number) + 1;
  }
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const next = start.slice(0, groups);
  const values = new Float64Array(start[groups] as number);
  for (let i = 0; i < group.length; i++) {
    const g = group[i] as number;
    if (g < 0) continue;
    const v = valueOf(i);
    if (Number.isNaN(v)) continue;
    values[next[g] as number] = v;
    next[g] = (next[g] as number) + 1;
  }
  return { of: (g) => values.subarray(start[g], start[g + 1]) };
}
