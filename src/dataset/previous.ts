import { iso } from "./csv.ts";
import { StringIndex } from "./key-set.ts";
import type { ModelRecord } from "./record.ts";
import { resized, type ModelTable } from "./table.ts";

/**
 * The previous dataset, kept compactly (a slot per model in number arrays, no object per model)
 * since it sits beside the new listing: the storage cache of the enrichment, and the other side
 * of every "since the previous snapshot" number.
 */
export class PreviousDataset {
  readonly #ids: string[] = [];
  readonly #slots: StringIndex;
  #lastModified: Float64Array;
  #usedStorage: Float64Array;
  #downloadsAllTime: Float64Array;
  #downloads: Float64Array;
  #downloadsAllTimePrevious: Float64Array;
  /** The pipeline tags it tracked (its manifest's set); undefined when unknown. */
  tags: readonly string[] | undefined = undefined;
  /** Its newest creation or modification (unbounded: dates from the future included). */
  newestMs = 0;
  /** The moment the previous dataset describes: its manifest's snapshot, set by the reader; else the newest date. */
  #snapshotMs: number | undefined;

  get snapshotMs(): number {
    return this.#snapshotMs ?? this.newestMs;
  }

  set snapshotMs(ms: number) {
    this.#snapshotMs = ms;
  }

  /** `expected`: how many models it will hold (its index says), so that nothing grows or is copied. */
  constructor(expected = 0) {
    const capacity = Math.max(1024, expected);
    this.#slots = new StringIndex((slot) => this.#ids[slot] as string, expected);
    this.#lastModified = new Float64Array(capacity);
    this.#usedStorage = new Float64Array(capacity);
    this.#downloadsAllTime = new Float64Array(capacity);
    this.#downloads = new Float64Array(capacity);
    this.#downloadsAllTimePrevious = new Float64Array(capacity);
  }

  add(record: Pick<ModelRecord, "id" | "lastModified" | "usedStorage" | "downloadsAllTime" | "downloads" | "createdAt" | "downloadsAllTimePrevious">): void {
    const slot = this.#ids.length;
    if (slot === this.#downloads.length) this.#grow();
    this.#ids.push(record.id);
    this.#slots.add(slot);
    this.#lastModified[slot] = record.lastModified ?? Number.NaN;
    this.#usedStorage[slot] = record.usedStorage ?? Number.NaN;
    this.#downloadsAllTime[slot] = record.downloadsAllTime ?? Number.NaN;
    this.#downloads[slot] = record.downloads;
    this.#downloadsAllTimePrevious[slot] = record.downloadsAllTimePrevious ?? Number.NaN;
    if (record.createdAt > this.newestMs) this.newestMs = record.createdAt;
    if (record.lastModified !== null && record.lastModified > this.newestMs) this.newestMs = record.lastModified;
  }

  #grow(): void {
    const grown = (old: Float64Array) => resized(old, Math.ceil(old.length * 1.5));
    this.#lastModified = grown(this.#lastModified);
    this.#usedStorage = grown(this.#usedStorage);
    this.#downloadsAllTime = grown(this.#downloadsAllTime);
    this.#downloads = grown(this.#downloads);
    this.#downloadsAllTimePrevious = grown(this.#downloadsAllTimePrevious);
  }

  /** Its own string for `id` (equal, not the same object), or undefined when it has no such model. */
  knownId(id: string): string | undefined {
    const slot = this.#slots.get(id);
    return slot === -1 ? undefined : this.#ids[slot];
  }

  has(id: string): boolean {
    return this.#slots.get(id) !== -1;
  }

  get size(): number {
    return this.#slots.size;
  }

  /** The stored storage if the model's repository has not changed since (same Last Modified). */
  unchanged(id: string, lastModified: number | null): number | null {
    const slot = this.#slots.get(id);
    if (slot === -1) return null;
    const storage = this.#usedStorage[slot] as number;
    const before = this.#lastModified[slot] as number;
    const same = lastModified === null ? Number.isNaN(before) : before === lastModified;
    return same && !Number.isNaN(storage) ? storage : null;
  }

  /** The ids of its `n` models with the most 30-day downloads (ties by id), most downloaded first. */
  topByDownloads(n: number): string[] {
    const top: Array<{ id: string; downloads: number }> = [];
    for (let slot = 0; slot < this.#ids.length; slot++) {
      const id = this.#ids[slot] as string;
      const downloads = this.#downloads[slot] as number;
      const worst = top.at(-1);
      if (top.length === n && worst && (downloads < worst.downloads || (downloads === worst.downloads && id > worst.id))) continue;
      let k = top.length;
      while (k > 0 && ((top[k - 1] as { downloads: number }).downloads < downloads || ((top[k - 1] as { downloads: number }).downloads === downloads && (top[k - 1] as { id: string }).id > id))) k--;
      top.splice(k, 0, { id, downloads });
      if (top.length > n) top.pop();
    }
    return top.map((t) => t.id);
  }

  /** All-time and 30-day downloads then, and its own previous all-time; undefined for a model that was not in it. */
  downloadsOf(id: string): { allTime: number | null; last30Days: number; allTimePrevious: number | null } | undefined {
    const slot = this.#slots.get(id);
    if (slot === -1) return undefined;
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
 * Each model's all-time downloads at the previous trusted snapshot, from the previous dataset: its
 * all-time downloads when that dataset is of an earlier date and trusted; when it is of the same
 * date (a rerun), or its counters rolled back (`previousRolledBack`, analysis/quality.ts), what it
 * already said of the snapshot before. Returns how many models have one.
 */
export function carryPreviousDownloads(records: ModelTable, previous: PreviousDataset, snapshotMs: number, previousRolledBack = false): number {
  if (previous.size === 0) return 0;
  const sameDay = previousRolledBack || iso(previous.snapshotMs).slice(0, 10) === iso(snapshotMs).slice(0, 10);
  let known = 0;
  for (let i = 0; i < records.length; i++) {
    const before = previous.downloadsOf(records.id(i));
    const then = before ? (sameDay ? before.allTimePrevious : before.allTime) : null;
    records.setDownloadsAllTimePrevious(i, then);
    if (then !== null) known++;
  }
  return known;
}
