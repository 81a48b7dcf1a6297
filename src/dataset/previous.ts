import { iso } from "./csv.ts";
import type { ModelRecord } from "./record.ts";
import type { ModelTable } from "./table.ts";

/**
 * The previous dataset, kept compactly (a slot per model in number arrays, no object per model)
 * since it sits beside the new listing: the storage cache of the enrichment, and the other side
 * of every "since the previous snapshot" number.
 */
export class PreviousDataset {
  readonly #slots = new Map<string, number>();
  readonly #lastModified: number[] = [];
  readonly #usedStorage: number[] = [];
  readonly #downloadsAllTime: number[] = [];
  readonly #downloads: number[] = [];
  readonly #downloadsAllTimePrevious: number[] = [];
  /** The moment the previous dataset describes: its newest creation or modification. */
  snapshotMs = 0;

  add(record: Pick<ModelRecord, "id" | "lastModified" | "usedStorage" | "downloadsAllTime" | "downloads" | "createdAt" | "downloadsAllTimePrevious">): void {
    this.#slots.set(record.id, this.#lastModified.length);
    this.#lastModified.push(record.lastModified ?? Number.NaN);
    this.#usedStorage.push(record.usedStorage ?? Number.NaN);
    this.#downloadsAllTime.push(record.downloadsAllTime ?? Number.NaN);
    this.#downloads.push(record.downloads);
    this.#downloadsAllTimePrevious.push(record.downloadsAllTimePrevious ?? Number.NaN);
    if (record.createdAt > this.snapshotMs) this.snapshotMs = record.createdAt;
    if (record.lastModified !== null && record.lastModified > this.snapshotMs) this.snapshotMs = record.lastModified;
  }

  has(id: string): boolean {
    return this.#slots.has(id);
  }

  get size(): number {
    return this.#slots.size;
  }

  /** The stored storage if the model's repository has not changed since (same Last Modified). */
  unchanged(id: string, lastModified: number | null): number | null {
    const slot = this.#slots.get(id);
    if (slot === undefined) return null;
    const storage = this.#usedStorage[slot] as number;
    const before = this.#lastModified[slot] as number;
    const same = lastModified === null ? Number.isNaN(before) : before === lastModified;
    return same && !Number.isNaN(storage) ? storage : null;
  }

  /** All-time and 30-day downloads then, and its own previous all-time; undefined for a model that was not in it. */
  downloadsOf(id: string): { allTime: number | null; last30Days: number; allTimePrevious: number | null } | undefined {
    const slot = this.#slots.get(id);
    if (slot === undefined) return undefined;
    const allTime = this.#downloadsAllTime[slot] as number;
    const allTimePrevious = this.#downloadsAllTimePrevious[slot] as number;
    return {
      allTime: Number.isNaN(allTime) ? null : allTime,
      last30Days: this.#downloads[slot] as number,
      allTimePrevious: Number.isNaN(allTimePrevious) ? null : allTimePrevious,
    };
  }
}

/**
 * Each model's all-time downloads at the previous snapshot, from the previous dataset: its
 * all-time downloads when that dataset is of an earlier date; when it is of the same date (a
 * rerun), what it already said of the snapshot before. Returns how many models have one.
 */
export function carryPreviousDownloads(records: ModelTable, previous: PreviousDataset, snapshotMs: number): number {
  if (previous.size === 0) return 0;
  const sameDay = iso(previous.snapshotMs).slice(0, 10) === iso(snapshotMs).slice(0, 10);
  let known = 0;
  for (let i = 0; i < records.length; i++) {
    const before = previous.downloadsOf(records.id(i));
    const then = before ? (sameDay ? before.allTimePrevious : before.allTime) : null;
    records.setDownloadsAllTimePrevious(i, then);
    if (then !== null) known++;
  }
  return known;
}
