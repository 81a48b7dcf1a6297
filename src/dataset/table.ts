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
/** The relations in the order of `relationCodes()`. */
export const RELATION_ORDER: readonly Relation[] = ["", ...RELATIONS];
const RELATION_CODE = Object.fromEntries(RELATION_ORDER.map((r, i) => [r, i])) as Record<Relation, number>;

/** The empty string's code in every table's pool (textCodes). */
export const EMPTY_TEXT_CODE = 0;

/** Strings kept once, named by their position. */
class StringPool {
  readonly #index = new Map<string, number>([["", EMPTY_TEXT_CODE]]);
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

  /** The code of a string in the pool, without adding it; undefined when it is not there. */
  find(value: string): number | undefined {
    return this.#index.get(value);
  }

  get size(): number {
    return this.#strings.length;
  }
}

/** The numeric fields, each a Float64Array column (null is NaN). */
const NUMBER_FIELDS = ["createdAt", "lastModified", "downloads", "downloadsAllTime", "downloadsAllTimePrevious", "likes", "spaces", "usedStorage", "parameters"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
/** The repeated-text fields, each a column of string-pool codes. */
const TEXT_FIELDS = ["author", "library", "baseModel", "license", "pipelineTag"] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/**
 * Each model's numbers, a typed array a field, in the table's order: what findings, charts and
 * the site read. NaN where the dataset has no value (storage unknown, no safetensors, …); spaces
 * is the length of the Hub's `spaces` list, which the Hub caps at 100.
 */
export type ModelColumns = { readonly length: number } & { readonly [F in NumberField]: Float64Array };

/** A column of `capacity` rows holding the first `used` rows of `old`: how columns grow (and shrink). */
export function resized<T extends Float64Array | Uint32Array | Uint8Array>(old: T, capacity: number, used = old.length): T {
  const next = new (old.constructor as new (length: number) => T)(capacity);
  next.set(old.subarray(0, Math.min(used, capacity)));
  return next;
}

/** One value per field name, made by `make`. */
function fields<F extends string, T>(names: readonly F[], make: (field: F) => T): Record<F, T> {
  return Object.fromEntries(names.map((f) => [f, make(f)])) as Record<F, T>;
}

/** null is NaN in a column: no count, date or size is ever NaN. */
export const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);
const orNaN = (value: number | null): number => (value === null ? Number.NaN : value);

export class ModelTable implements Iterable<ModelRecord> {
  #length = 0;
  #capacity: number;
  #pool = new StringPool();
  #ids: string[] = [];
  #numbers: Record<NumberField, Float64Array>;
  #texts: Record<TextField, Uint32Array>;
  /** private (bit 0), gated (bits 1–2), relation (bits 3–5). */
  #flags: Uint8Array;
  #changes = 0;

  constructor(capacity = 1024) {
    this.#capacity = Math.max(16, capacity);
    const n = this.#capacity;
    this.#numbers = fields(NUMBER_FIELDS, () => new Float64Array(n));
    this.#texts = fields(TEXT_FIELDS, () => new Uint32Array(n));
    this.#flags = new Uint8Array(n);
  }

  static of(records: Iterable<ModelRecord>, capacity?: number): ModelTable {
    const table = new ModelTable(capacity);
    for (const r of records) table.push(r);
    return table;
  }

  get length(): number {
    return this.#length;
  }

  /** Counts the changes of rows and their order (push, set, reorder, clear): equal counts, same rows in the same order. */
  get changes(): number {
    return this.#changes;
  }

  /** Room for `total` rows, so that a run that knows its size does not grow (and copy) its columns. */
  reserve(total: number): void {
    if (total > this.#capacity) this.#grow(total);
  }

  #grow(capacity: number): void {
    const n = this.#length;
    this.#numbers = fields(NUMBER_FIELDS, (f) => resized(this.#numbers[f], capacity, n));
    this.#texts = fields(TEXT_FIELDS, (f) => resized(this.#texts[f], capacity, n));
    this.#flags = resized(this.#flags, capacity, n);
    this.#capacity = capacity;
  }

  push(r: ModelRecord): void {
    if (this.#length === this.#capacity) this.#grow(Math.ceil(this.#capacity * 1.5));
    const i = this.#length++;
    this.#changes++;
    this.#ids.push(r.id);
    this.#put(i, r);
  }

  /** Puts `r` in row `i`'s place (a model listed twice keeps one row). */
  set(i: number, r: ModelRecord): void {
    if (i >= this.#length) throw new RangeError(`set: row ${i} of ${this.#length}`);
    this.#changes++;
    this.#ids[i] = r.id;
    this.#put(i, r);
  }

  #put(i: number, r: ModelRecord): void {
    for (const f of NUMBER_FIELDS) this.#numbers[f][i] = orNaN(r[f]);
    for (const f of TEXT_FIELDS) this.#texts[f][i] = this.#pool.code(r[f]);
    this.#flags[i] = (r.private ? 1 : 0) | (GATED_CODE[r.gated] << 1) | (RELATION_CODE[r.relation] << 3);
  }

  /** Row `i` as a record of its own: changing it changes nothing here. */
  row(i: number): ModelRecord {
    const flags = this.#flags[i] as number;
    const numbers = this.#numbers;
    const texts = this.#texts;
    const pool = this.#pool;
    return {
      id: this.#ids[i] as string,
      author: pool.at(texts.author[i] as number),
      likes: numbers.likes[i] as number,
      downloads: numbers.downloads[i] as number,
      createdAt: numbers.createdAt[i] as number,
      private: (flags & 1) === 1,
      gated: GATED[(flags >> 1) & 3] as Gated,
      library: pool.at(texts.library[i] as number),
      usedStorage: orNull(numbers.usedStorage[i] as number),
      spaces: numbers.spaces[i] as number,
      lastModified: orNull(numbers.lastModified[i] as number),
      downloadsAllTime: orNull(numbers.downloadsAllTime[i] as number),
      parameters: orNull(numbers.parameters[i] as number),
      baseModel: pool.at(texts.baseModel[i] as number),
      relation: RELATION_ORDER[(flags >> 3) & 7] as Relation,
      license: pool.at(texts.license[i] as number),
      downloadsAllTimePrevious: orNull(numbers.downloadsAllTimePrevious[i] as number),
      pipelineTag: pool.at(texts.pipelineTag[i] as number),
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
    return this.#numbers.createdAt[i] as number;
  }
  lastModified(i: number): number | null {
    return orNull(this.#numbers.lastModified[i] as number);
  }
  downloads(i: number): number {
    return this.#numbers.downloads[i] as number;
  }
  usedStorage(i: number): number | null {
    return orNull(this.#numbers.usedStorage[i] as number);
  }
  baseModel(i: number): string {
    return this.#pool.at(this.#texts.baseModel[i] as number);
  }
  relation(i: number): Relation {
    return RELATION_ORDER[((this.#flags[i] as number) >> 3) & 7] as Relation;
  }
  license(i: number): string {
    return this.#pool.at(this.#texts.license[i] as number);
  }
  pipelineTag(i: number): string {
    return this.#pool.at(this.#texts.pipelineTag[i] as number);
  }
  isPrivate(i: number): boolean {
    return ((this.#flags[i] as number) & 1) === 1;
  }
  /** Each row's relation as its index in RELATION_ORDER (one pass, no string each). */
  relationCodes(): Uint8Array {
    const codes = new Uint8Array(this.#length);
    for (let i = 0; i < this.#length; i++) codes[i] = ((this.#flags[i] as number) >> 3) & 7;
    return codes;
  }

  gated(i: number): Gated {
    return GATED[((this.#flags[i] as number) >> 1) & 3] as Gated;
  }

  /**
   * The repeated-text columns as codes into the table's string pool (views trimmed to its rows),
   * for the writers that read whole columns; `text(code)` is the code's string.
   */
  textCodes(): { readonly [F in TextField]: Uint32Array } {
    const n = this.#length;
    return fields(TEXT_FIELDS, (f) => this.#texts[f].subarray(0, n));
  }
  text(code: number): string {
    return this.#pool.at(code);
  }
  /** The code `text` answers `value` for, when the pool holds it. */
  textCodeOf(value: string): number | undefined {
    return this.#pool.find(value);
  }
  /** Codes are below this. */
  get textCodeCount(): number {
    return this.#pool.size;
  }

  setUsedStorage(i: number, bytes: number | null): void {
    this.#numbers.usedStorage[i] = orNaN(bytes);
  }
  setDownloadsAllTimePrevious(i: number, downloads: number | null): void {
    this.#numbers.downloadsAllTimePrevious[i] = orNaN(downloads);
  }

  /**
   * The numeric columns, as views of the table's own storage trimmed to its rows: they see
   * later changes, and outlive `clear()`, which lets the text go.
   */
  columns(): ModelColumns {
    const n = this.#length;
    return { length: n, ...fields(NUMBER_FIELDS, (f) => this.#numbers[f].subarray(0, n)) };
  }

  /** The ids, in the table's order (the table's own array: not to be changed). */
  ids(): readonly string[] {
    return this.#ids;
  }

  /** Lets the columns go (the caller is done with the rows); the table is empty after. */
  clear(): void {
    this.#changes++;
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
   * Puts row `order[k]` at position k, column by column: each column is copied aside once and
   * gathered back, so that reordering 2M rows needs one column's copy, not the table's. (Cycle by
   * cycle in place, one generic loop over every kind of column, took 45 ms at 100k rows.)
   */
  reorder(order: Uint32Array): void {
    const n = this.#length;
    if (order.length !== n) throw new Error(`reorder: ${order.length} positions for ${n} rows`);
    this.#changes++;
    const ids = this.#ids;
    const before = ids.slice(0, n);
    for (let k = 0; k < n; k++) ids[k] = before[order[k] as number] as string;
    const numbers = new Float64Array(n);
    for (const f of NUMBER_FIELDS) {
      const column = this.#numbers[f];
      numbers.set(column.subarray(0, n));
      for (let k = 0; k < n; k++) column[k] = numbers[order[k] as number] as number;
    }
    const texts = new Uint32Array(n);
    for (const f of TEXT_FIELDS) {
      const column = this.#texts[f];
      texts.set(column.subarray(0, n));
      for (let k = 0; k < n; k++) column[k] = texts[order[k] as number] as number;
    }
    const flags = this.#flags.slice(0, n);
    for (let k = 0; k < n; k++) this.#flags[k] = flags[order[k] as number] as number;
  }
}
