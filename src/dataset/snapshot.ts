/**
 * The moment a snapshot describes, decided once where the harvest ends and kept with the data
 * (manifest.json): the newest creation or modification in it, but never after the run. The Hub
 * sends dates it does not check (a pushed commit's date, a mirror's clock), so one model dated
 * 2099 must not become the snapshot: the newest date is bounded by the Hub's `Date` header and
 * the run's clock, whichever is earlier. When nothing is dated after them (always, on the real
 * Hub), the snapshot is the data's own newest date, the same on every rerun.
 */
import { iso } from "./csv.ts";
import type { ModelColumns, ModelTable } from "./table.ts";

/** The newest creation or modification in the data; unknown dates are never the newest. */
export function newestDate(models: Pick<ModelColumns, "length" | "createdAt" | "lastModified">): number {
  let newest = 0;
  for (let i = 0; i < models.length; i++) {
    const created = models.createdAt[i] as number;
    const modified = models.lastModified[i] as number; // NaN when unknown: never the newest
    if (created > newest) newest = created;
    if (modified > newest) newest = modified;
  }
  return newest;
}

/**
 * Leeway before a date counts as "after the run": clocks of the Hub and the runner differ by
 * seconds, and the Date header counts whole seconds. A model is named only past this.
 */
export const FUTURE_LEEWAY_MS = 5 * 60_000;

export interface FutureDated {
  count: number;
  /** Up to three, in dataset order: id and the date it claims (its later of creation and modification). */
  examples: Array<{ id: string; date: string }>;
}

export interface SnapshotDecision {
  snapshotMs: number;
  /** Models that claim a date after the run: kept byte for byte, counted and named. */
  future: FutureDated;
}

/**
 * The latest moment the run can vouch for: the run's clock, or the Hub's `Date` (plus the second
 * it rounds down) when that is earlier — a Hub "as of" a day describes that day.
 */
export function runBound(nowMs: number, hubDateMs: number | undefined): number {
  return hubDateMs === undefined || Number.isNaN(hubDateMs) ? nowMs : Math.min(nowMs, hubDateMs + 999);
}

export function decideSnapshot(table: ModelTable, boundMs: number): SnapshotDecision {
  const columns = table.columns();
  const future: FutureDated = { count: 0, examples: [] };
  for (let i = 0; i < columns.length; i++) {
    const created = columns.createdAt[i] as number;
    const modified = columns.lastModified[i] as number;
    const claimed = modified > created ? modified : created;
    if (claimed > boundMs + FUTURE_LEEWAY_MS) {
      future.count++;
      if (future.examples.length < 3) future.examples.push({ id: table.id(i), date: iso(claimed) });
    }
  }
  return { snapshotMs: Math.min(newestDate(columns), boundMs), future };
}

/**
 * The snapshot of a dataset read from its files: the manifest's, else (a dataset written before
 * the manifest kept it) its newest date bounded by the clock.
 */
export function storedSnapshot(manifestSnapshot: string | undefined, newestMs: number, nowMs: number): number {
  const stored = manifestSnapshot === undefined ? Number.NaN : Date.parse(manifestSnapshot);
  return Number.isNaN(stored) ? Math.min(newestMs, nowMs) : stored;
}
