/**
 * Every model of a snapshot, column by column: numbers in typed arrays, repeated text (authors,
 * libraries, licences, parents) as indices into one string pool, ids as the only strings per
 * model. A 17-field object per model cost ≈ 440 bytes of heap; a row here costs ≈ 150.
 * Rows are handed out as fresh `ModelRecord`s that die young; the few fields a run changes
 * after listing have setters.
 */
import { ownString } from "./own-string.ts";
import { RELATIONS, type Gated, type ModelRecord, type Relation } from "./record.ts";

const GATED: readonly Gated[] = ["false", "auto", "manual"];
const GATED_CODE: Record<Gated, number> = { false: 0, auto: 1, manual: 2 };
const RELATION_OF: readonly Relation[] = ["", ...RELATIONS];
const RELATION_CODE = Object.fromEntries(RELATION_OF.map((r, i) => [r, i])) as Record<Relation, number>;

/** Strings kept once, named by their position. */
class StringPool {
  readonly #index = new Map<string, number>([["", 0]]);
  readonly #strings: string[] = [""];

  code(value: string): number {
    let code = this.#index.get(value);
    if (code === undefined) {
      code = this.#strings.length;
      const own = ownString(value);
      this.#strings.push(own);
      this.#index.set(own, code);
    }
    return code;
  }

  at(code: number): string {
    return this.#strings[code] as string;
  }
}

type NumberColumn = Float64Array;

/**
 * Each model's numbers, a typed array a field, in the table's order: what findings, charts and
 * the site read. NaN where the dataset has no value (storage unknown, no safetensors, …).
 */
export interface ModelColumns {
  readonly length: number;
  readonly createdAt: Float64Array;
  readonly lastModified: Float64Array;
  readonly downloads: Float64Array;
  readonly downloadsAllTime: Float64Array;
  readonly downloadsAllTimePrevious: Float64Array;
  readonly likes: Float64Array;
  /** Length of the Hub's `spaces` list, which the Hub caps at 100. */
  readonly spaces: Float64Array;
  readonly usedStorage: Float64Array;
  readonly parameters: Float64Array;
}

/** A column of `capacity` rows holding the first `used` rows of `old`: how columns grow (and shrink). */
export function resized<T extends Float64Array | Uint32Array | Uint8Array>(old: T, capacity: number, used = old.length): T {
  const next = new (old.constructor as new (length: number) => T)(capacity);
  next.set(old.subarray(0, Math.min(used, capacity)));
  return next;
}

/** null is NaN in a column: no count, date or size is ever NaN. */
const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);
const orNaN = (value: number | null): number => (value === null ? Number.NaN : value);

export class ModelTable implements Iterable<ModelRecord> {
  #length = 0;
  #capacity: number;
  #pool = new StringPool();
  #ids: string[] = [];
  #likes: NumberColumn;
  #downloads: NumberColumn;
  #createdAt: NumberColumn;
  #lastModified: NumberColumn;
  #usedStorage: NumberColumn;
  #downloadsAllTime: NumberColumn;
  #parameters: NumberColumn;
  #downloadsAllTimePrevious: NumberColumn;
  #author: Uint32Array;
  #library: Uint32Array;
  #baseModel: Uint32Array;
  #license: Uint32Array;
  /** private (bit 0), gated (bits 1–2), relation (bits 3–5). */
  #flags: Uint8Array;
  #spaces: NumberColumn;

  constructor(capacity = 1024) {
    this.#capacity = Math.max(16, capacity);
    const n = this.#capacity;
    this.#likes = new Float64Array(n);
    this.#downloads = new Float64Array(n);
    this.#createdAt = new Float64Array(n);
    this.#lastModified = new Float64Array(n);
    this.#usedStorage = new Float64Array(n);
    this.#downloadsAllTime = new Float64Array(n);
    this.#parameters = new Float64Array(n);
    this.#downloadsAllTimePrevious = new Float64Array(n);
    this.#author = new Uint32Array(n);
    this.#library = new Uint32Array(n);
    this.#baseModel = new Uint32Array(n);
    this.#license = new Uint32Array(n);
    this.#flags = new Uint8Array(n);
    this.#spaces = new Float64Array(n);
  }

  static of(records: Iterable<ModelRecord>, capacity?: number): ModelTable {
    const table = new ModelTable(capacity);
    for (const r of records) table.push(r);
    return table;
  }

  get length(): number {
    return this.#length;
  }

  /** Room for `total` rows, so that a run that knows its size does not grow (and copy) its columns. */
  reserve(total: number): void {
    if (total > this.#capacity) this.#grow(total);
  }

  #grow(capacity: number): void {
    const n = this.#length;
    const f64 = (old: Float64Array) => resized(old, capacity, n);
    const u32 = (old: Uint32Array) => resized(old, capacity, n);
    const u8 = (old: Uint8Array) => resized(old, capacity, n);
    this.#likes = f64(this.#likes);
    this.#downloads = f64(this.#downloads);
    this.#createdAt = f64(this.#createdAt);
    this.#lastModified = f64(this.#lastModified);
    this.#usedStorage = f64(this.#usedStorage);
    this.#downloadsAllTime = f64(this.#downloadsAllTime);
    this.#parameters = f64(this.#parameters);
    this.#downloadsAllTimePrevious = f64(this.#downloadsAllTimePrevious);
    this.#author = u32(this.#author);
    this.#library = u32(this.#library);
    this.#baseModel = u32(this.#baseModel);
    this.#license = u32(this.#license);
    this.#flags = u8(this.#flags);
    this.#spaces = f64(this.#spaces);
    this.#capacity = capacity;
  }

  push(r: ModelRecord): void {
    if (this.#length === this.#capacity) this.#grow(Math.ceil(this.#capacity * 1.5));
    const i = this.#length++;
    const pool = this.#pool;
    this.#ids.push(r.id);
    this.#likes[i] = r.likes;
    this.#downloads[i] = r.downloads;
    this.#createdAt[i] = r.createdAt;
    this.#lastModified[i] = orNaN(r.lastModified);
    this.#usedStorage[i] = orNaN(r.usedStorage);
    this.#downloadsAllTime[i] = orNaN(r.downloadsAllTime);
    this.#parameters[i] = orNaN(r.parameters);
    this.#downloadsAllTimePrevious[i] = orNaN(r.downloadsAllTimePrevious);
    this.#author[i] = pool.code(r.author);
    this.#library[i] = pool.code(r.library);
    this.#baseModel[i] = pool.code(r.baseModel);
    this.#license[i] = pool.code(r.license);
    this.#flags[i] = (r.private ? 1 : 0) | (GATED_CODE[r.gated] << 1) | (RELATION_CODE[r.relation] << 3);
    this.#spaces[i] = r.spaces;
  }

  /** Row `i` as a record of its own: changing it changes nothing here. */
  row(i: number): ModelRecord {
    const flags = this.#flags[i] as number;
    return {
      id: this.#ids[i] as string,
      author: this.#pool.at(this.#author[i] as number),
      likes: this.#likes[i] as number,
      downloads: this.#downloads[i] as number,
      createdAt: this.#createdAt[i] as number,
      private: (flags & 1) === 1,
      gated: GATED[(flags >> 1) & 3] as Gated,
      library: this.#pool.at(this.#library[i] as number),
      usedStorage: orNull(this.#usedStorage[i] as number),
      spaces: this.#spaces[i] as number,
      lastModified: orNull(this.#lastModified[i] as number),
      downloadsAllTime: orNull(this.#downloadsAllTime[i] as number),
      parameters: orNull(this.#parameters[i] as number),
      baseModel: this.#pool.at(this.#baseModel[i] as number),
      relation: RELATION_OF[(flags >> 3) & 7] as Relation,
      license: this.#pool.at(this.#license[i] as number),
      downloadsAllTimePrevious: orNull(this.#downloadsAllTimePrevious[i] as number),
    };
  }

  /** Rows `start` to `end` (exclusive), one fresh record at a time. */
  *rows(start = 0, end = this.#length): Generator<ModelRecord> {
    for (let i = start; i < end; i++) yield this.row(i);
  }

  [Symbol.iterator](): Generator<ModelRecord> {
    return this.rows();
  }

  id(i: number): string {
    return this.#ids[i] as string;
  }
  createdAt(i: number): number {
    return this.#createdAt[i] as number;
  }
  lastModified(i: number): number | null {
    return orNull(this.#lastModified[i] as number);
  }
  downloads(i: number): number {
    return this.#downloads[i] as number;
  }
  usedStorage(i: number): number | null {
    return orNull(this.#usedStorage[i] as number);
  }
  baseModel(i: number): string {
    return this.#pool.at(this.#baseModel[i] as number);
  }
  relation(i: number): Relation {
    return RELATION_OF[((this.#flags[i] as number) >> 3) & 7] as Relation;
  }
  license(i: number): string {
    return this.#pool.at(this.#license[i] as number);
  }
  isPrivate(i: number): boolean {
    return ((this.#flags[i] as number) & 1) === 1;
  }

  setUsedStorage(i: number, bytes: number | null): void {
    this.#usedStorage[i] = orNaN(bytes);
  }
  setDownloadsAllTimePrevious(i: number, downloads: number | null): void {
    this.#downloadsAllTimePrevious[i] = orNaN(downloads);
  }

  /**
   * The numeric columns, as views of the table's own storage trimmed to its rows: they see
   * later changes, and outlive `clear()`, which lets the text go.
   */
  columns(): ModelColumns {
    const n = this.#length;
    const trim = (column: Float64Array) => column.subarray(0, n);
    return {
      length: n,
      createdAt: trim(this.#createdAt),
      lastModified: trim(this.#lastModified),
      downloads: trim(this.#downloads),
      downloadsAllTime: trim(this.#downloadsAllTime),
      downloadsAllTimePrevious: trim(this.#downloadsAllTimePrevious),
      likes: trim(this.#likes),
      spaces: trim(this.#spaces),
      usedStorage: trim(this.#usedStorage),
      parameters: trim(this.#parameters),
    };
  }

  /** The ids, in the table's order (the table's own array: not to be changed). */
  ids(): readonly string[] {
    return this.#ids;
  }

  /** Lets the columns go (the caller is done with the rows); the table is empty after. */
  clear(): void {
    this.#length = 0;
    this.#ids = [];
    this.#pool = new StringPool();
    this.#grow(16);
  }

  /** The rows for which `keep` holds, in their order, as a new table. */
  filter(keep: (i: number) => boolean): ModelTable {
    const kept = new ModelTable(this.#length);
    for (let i = 0; i < this.#length; i++) if (keep(i)) kept.push(this.row(i));
    return kept;
  }

  /**
   * Puts row `order[k]` at position k, in place, column by column (cycle by cycle), so that
   * reordering 2M rows needs no second copy of the table.
   */
  reorder(order: Uint32Array): void {
    const n = this.#length;
    if (order.length !== n) throw new Error(`reorder: ${order.length} positions for ${n} rows`);
    const done = new Uint8Array(n);
    const permute = <T extends { [k: number]: unknown }>(column: T): void => {
      done.fill(0);
      for (let start = 0; start < n; start++) {
        if (done[start]) continue;
        const first = column[start];
        let k = start;
        for (;;) {
          done[k] = 1;
          const from = order[k] as number;
          if (from === start) {
            column[k] = first;
            break;
          }
          column[k] = column[from] as T[number];
          k = from;
        }
      }
    };
    permute(this.#ids);
    permute(this.#likes);
    permute(this.#downloads);
    permute(this.#createdAt);
    permute(this.#lastModified);
    permute(this.#usedStorage);
    permute(this.#downloadsAllTime);
    permute(this.#parameters);
    permute(this.#downloadsAllTimePrevious);
    permute(this.#author);
    permute(this.#library);
    permute(this.#baseModel);
    permute(this.#license);
    permute(this.#flags);
    permute(this.#spaces);
  }
}
