/**
 * The dataset's own order (creation month, then Model ID in code-unit order), in which reading
 * the files gives a table and in which charts draw their points. A harvest can reach it in steps:
 * each page's rows sorted among themselves as they arrive, while the next page is on its way, and
 * the sorted pages merged at the end (a month's rows come from the two or three pages that list
 * it, newest first). The end result never depends on the steps: any rows not sorted before, or
 * changed since, are merged as runs of their own.
 */
import { iso } from "./csv.ts";
import { compareIds } from "./record.ts";
import type { ModelTable } from "./table.ts";

const monthsByDay = new Map<number, string>();

/** One file per UTC creation month keeps files small and a week's changes local. Cached per day: no garbage per model. */
export function monthOf(ms: number): string {
  const day = Math.floor(ms / 86_400_000);
  let month = monthsByDay.get(day);
  if (month === undefined) monthsByDay.set(day, (month = iso(ms).slice(0, 7)));
  return month;
}

const monthKeysByDay = new Map<number, number>();

/** A month as a number that sorts as the month's name does (2024-03 → 202403). Cached per day, as monthOf. */
function monthKey(ms: number): number {
  const day = Math.floor(ms / 86_400_000);
  let key = monthKeysByDay.get(day);
  if (key === undefined) {
    const month = monthOf(ms);
    monthKeysByDay.set(day, (key = Number(month.slice(0, 4)) * 100 + Number(month.slice(5, 7))));
  }
  return key;
}

/** Each table put in dataset order, with its count of changes then. */
const orderedAt = new WeakMap<ModelTable, number>();

/** Whether row a comes after row b: later month, or the same month and a later id. */
function after(ids: readonly string[], months: Int32Array, a: number, b: number): boolean {
  const ma = months[a] as number;
  const mb = months[b] as number;
  return ma > mb || (ma === mb && compareIds(ids[a] as string, ids[b] as string) > 0);
}

/**
 * Sorts `rows[start, end)` by month and id, stably: the runs already in order are found and
 * merged pairwise (a natural merge sort), so that a range made of a few sorted pages costs a few
 * comparisons a row, and any other range what a merge sort costs.
 */
function sortRange(rows: Uint32Array, start: number, end: number, ids: readonly string[], months: Int32Array, spare: Uint32Array): void {
  let bounds = [start];
  for (let k = start + 1; k < end; k++) if (after(ids, months, rows[k - 1] as number, rows[k] as number)) bounds.push(k);
  bounds.push(end);
  let from = rows;
  let to = spare;
  while (bounds.length > 2) {
    const merged = [start];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r] as number;
      const mid = bounds[r + 1] as number;
      const hi = r + 2 < bounds.length ? (bounds[r + 2] as number) : mid;
      let i = lo;
      let j = mid;
      let out = lo;
      // Stable: on a tie the left run's row goes first.
      while (i < mid && j < hi) to[out++] = after(ids, months, from[i] as number, from[j] as number) ? (from[j++] as number) : (from[i++] as number);
      while (i < mid) to[out++] = from[i++] as number;
      while (j < hi) to[out++] = from[j++] as number;
      merged.push(hi);
    }
    bounds = merged;
    [from, to] = [to, from];
  }
  if (from !== rows) rows.set(from.subarray(start, end), start);
}

/** A table's way to dataset order, page by page (see the module's comment). */
export class DatasetOrder {
  readonly #table: ModelTable;
  /** Rows [0, #sorted) in the order their pages were sorted to. */
  #rows = new Uint32Array(0);
  #months = new Int32Array(0);
  #spare = new Uint32Array(0);
  #sorted = 0;

  constructor(table: ModelTable) {
    this.#table = table;
  }

  /** Sorts the rows added since the last call among themselves (a page just taken). */
  sortNewRows(): void {
    const table = this.#table;
    const start = this.#sorted;
    const end = table.length;
    if (end <= start) return;
    this.#reserve(end);
    for (let i = start; i < end; i++) {
      this.#rows[i] = i;
      this.#months[i] = monthKey(table.createdAt(i));
    }
    sortRange(this.#rows, start, end, table.ids(), this.#months, this.#spare);
    this.#sorted = end;
  }

  /** Puts the table in dataset order, in place, and returns it. */
  finish(): ModelTable {
    const table = this.#table;
    if (orderedAt.get(table) !== table.changes) {
      const n = table.length;
      this.#reserve(n);
      const ids = table.ids();
      // Months again for every row: a row may have changed since its page was sorted.
      const months = this.#months;
      for (let i = 0; i < n; i++) months[i] = monthKey(table.createdAt(i));
      let ordered = true;
      for (let i = 1; i < n && ordered; i++) ordered = !after(ids, months, i - 1, i);
      if (!ordered) this.#merge();
      orderedAt.set(table, table.changes);
    }
    // Done: its arrays (12 bytes a row) are let go, though the order object may live on.
    this.#sorted = 0;
    this.#rows = new Uint32Array(0);
    this.#months = new Int32Array(0);
    this.#spare = new Uint32Array(0);
    return table;
  }

  /** Reorders the table: pages merged, month by month. */
  #merge(): void {
    const table = this.#table;
    const n = table.length;
    const ids = table.ids();
    const months = this.#months;
    // Rows go to their month's place (a few dozen months, counted), pages in the order they were
    // sorted to and the rest in table order; each month is then merged.
    for (let i = this.#sorted; i < n; i++) this.#rows[i] = i;
    const rows = this.#rows.subarray(0, n);
    const sizes = new Map<number, number>();
    for (let i = 0; i < n; i++) sizes.set(months[i] as number, (sizes.get(months[i] as number) ?? 0) + 1);
    const next = new Map<number, number>();
    let at = 0;
    for (const month of [...sizes.keys()].sort((a, b) => a - b)) {
      next.set(month, at);
      at += sizes.get(month) as number;
    }
    const starts = new Map(next);
    const order = new Uint32Array(n);
    for (const row of rows) {
      const place = next.get(months[row] as number) as number;
      order[place] = row;
      next.set(months[row] as number, place + 1);
    }
    for (const [month, start] of starts) sortRange(order, start, next.get(month) as number, ids, months, this.#spare);
    table.reorder(order);
  }

  #reserve(n: number): void {
    if (n <= this.#rows.length) return;
    const capacity = Math.max(n, Math.ceil(this.#rows.length * 1.5));
    const rows = new Uint32Array(capacity);
    rows.set(this.#rows.subarray(0, this.#sorted));
    this.#rows = rows;
    const months = new Int32Array(capacity);
    months.set(this.#months.subarray(0, this.#sorted));
    this.#months = months;
    this.#spare = new Uint32Array(capacity);
  }
}

/**
 * Puts the table in the dataset's own order, in place, as reading the dataset gives it. Charts
 * draw points in this order, so a chart is the same whether its models come from a fresh listing
 * or from the files.
 */
export function putInDatasetOrder(table: ModelTable): ModelTable {
  return new DatasetOrder(table).finish();
}
