/**
 * How a snapshot's 30-day downloads are shared: by author, by the namespace of the family's root
 * (whose base models the ecosystem builds on), by relation, library, size and pipeline tag, one
 * tidy row per key (`data/trends.csv`); and how concentrated they are (history.csv's share and
 * Gini columns). Computed the same way for every snapshot, live or from the archive, so that a
 * series of weeks answers what papers computed once.
 */
import { EMPTY_TEXT_CODE, RELATION_ORDER, type ModelTable } from "../dataset/table.ts";
import { TREND_DIMENSIONS, type TrendDimension, type TrendRow } from "../dataset/trends.ts";
import { families, LineageTable, type Families } from "./lineage.ts";

/** The keys kept by name before the rest become `(other)`; undefined: every key. */
const KEPT: Record<TrendDimension, number | undefined> = { author: 20, base: 20, relation: undefined, library: 10, size: undefined, "pipeline tag": undefined };
export const OTHER = "(other)";
export const NO_LIBRARY = "(none)";

/** history.csv's concentration columns, each over the snapshot's 30-day downloads, 6 decimals. */
export interface Concentration {
  "Top 10 Models Share": number | null;
  "Top 1% Models Share": number | null;
  "Top 50 Authors Share": number | null;
  "Gini 30 Days": number | null;
  "Zero Downloads Share": number | null;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The part of a model id before its first `/`, or the whole id. */
export function namespaceOf(id: string): string {
  const slash = id.indexOf("/");
  return slash === -1 ? id : id.slice(0, slash);
}

const RELATION_KEYS = ["original", "unspecified", "finetune", "adapter", "quantized", "merge"] as const;
const RELATION_CODE = { "": 1, finetune: 2, adapter: 3, quantized: 4, merge: 5 } as const;
const SIZE_KEYS = ["< 1B", "1–10B", "10–100B", "≥ 100B", "unknown"] as const;

/** The index in SIZE_KEYS of a model's parameters (NaN: unknown). */
function sizeCode(parameters: number): number {
  return Number.isNaN(parameters) ? 4 : parameters < 1e9 ? 0 : parameters < 1e10 ? 1 : parameters < 1e11 ? 2 : 3;
}

/** Each model's size as its index in SIZE_KEYS. */
function sizeCodes(parameters: Float64Array): Uint32Array {
  const code = new Uint32Array(parameters.length);
  for (let i = 0; i < parameters.length; i++) code[i] = sizeCode(parameters[i] as number);
  return code;
}

/** Each model's relation as its index in RELATION_KEYS: `original` without a Base Model, `unspecified` with one and no Relation. */
function relationCodes(records: ModelTable): Uint32Array {
  const key = RELATION_ORDER.map((r) => RELATION_CODE[r]);
  const baseModel = records.textCodes().baseModel;
  const relation = records.relationCodes();
  const code = new Uint32Array(records.length);
  for (let i = 0; i < code.length; i++) code[i] = baseModel[i] === EMPTY_TEXT_CODE ? 0 : (key[relation[i] as number] as number);
  return code;
}

/**
 * Each model's base: the namespace code of its family's root. A root in the snapshot has its
 * namespace's code already; a root outside it (a parent not listed) is looked up once.
 */
function baseCodes(walked: Families, authors: Namespaces): Uint32Array {
  const root = walked.root;
  const outside = new Int32Array(walked.missingRoots).fill(-1);
  const code = new Uint32Array(root.length);
  for (let i = 0; i < root.length; i++) {
    const r = root[i] as number;
    if (r >= 0) code[i] = authors.code[r] as number;
    else {
      const k = -1 - r;
      let c = outside[k] as number;
      if (c < 0) outside[k] = c = authors.codeOf(namespaceOf(walked.rootName(r)));
      code[i] = c;
    }
  }
  return code;
}

/** Each model's key of one dimension as a code, and each code's key. */
interface Coded {
  code: Uint32Array;
  keyOf: (code: number) => string;
  /** Codes are below this. */
  codes: number;
  /** Whether two codes can share a key (then they are summed as one). */
  shared?: boolean;
}

/**
 * Each model's namespace as a code: the table's text code of that string. The table's author is
 * the namespace for nearly every model, so an id that starts with its author and a slash takes
 * the author's code with no string made; another id is cut at its first slash and looked up, and
 * a namespace that is no text of the table gets a code past the table's.
 */
type Namespaces = Coded & { codeOf: (namespace: string) => number };

function namespaces(records: ModelTable): Namespaces {
  const n = records.length;
  const authors = records.textCodes().author;
  const base = records.textCodeCount;
  const extra: string[] = [];
  const extraIndex = new Map<string, number>();
  const codeOf = (namespace: string): number => {
    let c = records.textCodeOf(namespace) ?? extraIndex.get(namespace);
    if (c === undefined) {
      extraIndex.set(namespace, (c = base + extra.length));
      extra.push(namespace);
    }
    return c;
  };
  const code = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const id = records.id(i);
    const a = authors[i] as number;
    const name = records.text(a);
    if (name !== "" && id.length > name.length && id.charCodeAt(name.length) === 47 && id.startsWith(name)) {
      code[i] = a;
      continue;
    }
    code[i] = codeOf(namespaceOf(id));
  }
  return {
    code,
    codeOf,
    keyOf: (c) => (c < base ? records.text(c) : (extra[c - base] as string)),
    // Read when the codes are summed: codeOf may have given more since.
    get codes() {
      return base + extra.length;
    },
  };
}

/** A dimension whose key is a text column's; the empty text is `empty`, which the column may also hold. */
function textColumn(records: ModelTable, codes: Uint32Array, empty: string): Coded {
  return { code: codes, keyOf: (c) => records.text(c) || empty, codes: records.textCodeCount, shared: empty !== "" };
}

interface KeyGroup {
  key: string;
  models: number;
  downloads: number;
}

/** Downloads descending, then models descending, then the key in code-unit order. */
const byOrder = (a: KeyGroup, b: KeyGroup): number => b.downloads - a.downloads || b.models - a.models || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Models and downloads per code. A function of its own, apart from the cold code around it: the
 * loop is optimized once and every dimension after the first runs it so (inline, each
 * dimension's loop started slow again after the rest of orderedKeys deoptimized it).
 */
function sumByCode(code: Uint32Array, codes: number, downloads: Float64Array): { models: Float64Array; sums: Float64Array } {
  const models = new Float64Array(codes);
  const sums = new Float64Array(codes);
  for (let i = 0; i < downloads.length; i++) {
    const c = code[i] as number;
    models[c] = (models[c] as number) + 1;
    sums[c] = (sums[c] as number) + (downloads[i] as number);
  }
  return { models, sums };
}

type Ordered = { named: KeyGroup[]; rest: { count: number; models: number; downloads: number } };

/** One dimension's keys in order: all of them, or the first `kept` and the sum of the rest. */
function orderedKeys(dim: Coded, downloads: Float64Array, kept: number | undefined): Ordered {
  const { models, sums } = sumByCode(dim.code, dim.codes, downloads);
  if (kept !== undefined && !dim.shared) return firstCodes(dim, models, sums, kept);
  let groups: KeyGroup[] = [];
  for (let c = 0; c < dim.codes; c++) if (models[c] !== 0) groups.push({ key: dim.keyOf(c), models: models[c] as number, downloads: sums[c] as number });
  if (dim.shared) {
    const merged = new Map<string, KeyGroup>();
    for (const g of groups) {
      const into = merged.get(g.key);
      if (into) {
        into.models += g.models;
        into.downloads += g.downloads;
      } else merged.set(g.key, g);
    }
    groups = [...merged.values()];
  }
  groups.sort(byOrder);
  if (kept === undefined || groups.length <= kept) return { named: groups, rest: { count: 0, models: 0, downloads: 0 } };
  const named = groups.slice(0, kept);
  const rest = { count: groups.length - kept, models: 0, downloads: 0 };
  for (const g of groups.slice(kept)) {
    rest.models += g.models;
    rest.downloads += g.downloads;
  }
  return { named, rest };
}

/**
 * The first `kept` keys of a dimension whose codes are its keys (an author dimension has tens of
 * thousands, and 20 are named), picked in one pass over the codes: an object and a string for the
 * named only, a key read only to break a tie.
 */
function firstCodes(dim: Coded, models: Float64Array, sums: Float64Array, kept: number): Ordered {
  const before = (a: number, b: number): boolean => {
    const da = sums[a] as number;
    const db = sums[b] as number;
    if (da !== db) return da > db;
    const ma = models[a] as number;
    const mb = models[b] as number;
    return ma !== mb ? ma > mb : dim.keyOf(a) < dim.keyOf(b);
  };
  const top: number[] = [];
  const rest = { count: 0, models: 0, downloads: 0 };
  for (let c = 0; c < dim.codes; c++) {
    if (models[c] === 0) continue;
    rest.count++;
    rest.models += models[c] as number;
    rest.downloads += sums[c] as number;
    if (top.length === kept && !before(c, top[kept - 1] as number)) continue;
    let at = top.length;
    while (at > 0 && before(c, top[at - 1] as number)) at--;
    top.splice(at, 0, c);
    if (top.length > kept) top.pop();
  }
  const named = top.map((c) => ({ key: dim.keyOf(c), models: models[c] as number, downloads: sums[c] as number }));
  for (const g of named) {
    rest.count--;
    rest.models -= g.models;
    rest.downloads -= g.downloads;
  }
  return { named, rest };
}

/**
 * The snapshot's rows: for each dimension, its keys ordered by 30-day downloads (descending), then
 * models (descending), then the key (code units); the first N by name and the rest as `(other)`
 * where the dimension keeps N. Without lineage (an archive file with no `baseModels`), no `base`
 * and no `relation` rows: unknown is not `original`. Every model's key is a code in a typed
 * array, summed code by code: no string or map lookup per model (a 700k refresh pays this weekly).
 */
function trendRows(records: ModelTable, snapshot: string, lineageKnown: boolean, authors: Namespaces): TrendRow[] {
  const n = records.length;
  const columns = records.columns();
  const texts = records.textCodes();
  const downloads = columns.downloads;
  let total = 0;
  for (let i = 0; i < n; i++) total += downloads[i] as number;
  const coded: Partial<Record<TrendDimension, Coded>> = {
    author: authors,
    library: textColumn(records, texts.library, NO_LIBRARY),
    size: { code: sizeCodes(columns.parameters), keyOf: (c) => SIZE_KEYS[c] as string, codes: SIZE_KEYS.length },
    "pipeline tag": textColumn(records, texts.pipelineTag, ""),
  };
  if (lineageKnown) {
    coded.base = { code: baseCodes(families(LineageTable.of(records)), authors), keyOf: authors.keyOf, codes: authors.codes };
    coded.relation = { code: relationCodes(records), keyOf: (c) => RELATION_KEYS[c] as string, codes: RELATION_KEYS.length };
  }
  const rows: TrendRow[] = [];
  const share = (d: number) => (total === 0 ? null : round6(d / total));
  for (const dimension of TREND_DIMENSIONS) {
    const dim = coded[dimension];
    if (!dim) continue;
    const { named, rest } = orderedKeys(dim, downloads, KEPT[dimension]);
    for (const g of named) rows.push({ snapshot, dimension, key: g.key, models: g.models, downloads30Days: g.downloads, downloadShare: share(g.downloads) });
    if (rest.count > 0) rows.push({ snapshot, dimension, key: OTHER, models: rest.models, downloads30Days: rest.downloads, downloadShare: share(rest.downloads) });
  }
  return rows;
}

/** How concentrated the snapshot's 30-day downloads are (see Concentration). */
function concentration(records: ModelTable, authors: Namespaces): Concentration {
  const n = records.length;
  const downloads = records.columns().downloads;
  const x = Float64Array.from(downloads);
  let total = 0;
  let zero = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] as number;
    total += d;
    if (d === 0) zero++;
  }
  const byAuthor = new Float64Array(authors.codes);
  for (let i = 0; i < n; i++) byAuthor[authors.code[i] as number] = (byAuthor[authors.code[i] as number] as number) + (downloads[i] as number);
  x.sort();
  byAuthor.sort();
  const topSum = (values: Float64Array, k: number) => {
    let sum = 0;
    for (let j = values.length - 1; j >= Math.max(0, values.length - k); j--) sum += values[j] as number;
    return sum;
  };
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (2 * (i + 1) - n - 1) * (x[i] as number);
  const share = (part: number) => (total === 0 ? null : round6(part / total));
  return {
    "Top 10 Models Share": share(topSum(x, 10)),
    "Top 1% Models Share": share(topSum(x, Math.ceil(n / 100))),
    "Top 50 Authors Share": share(topSum(byAuthor, 50)),
    "Gini 30 Days": total === 0 ? null : round6(weighted / (n * total)),
    "Zero Downloads Share": n === 0 ? null : round6(zero / n),
  };
}

/**
 * A snapshot's trends.csv rows and history.csv's concentration columns, over one coding of its
 * namespaces (both need it). Two steps, so that a refresh takes the concentration for its history
 * row while the previous dataset is in memory, and the rows once it is let go.
 */
export class SnapshotShares {
  readonly #records: ModelTable;
  readonly #authors: Namespaces;

  constructor(records: ModelTable) {
    this.#records = records;
    this.#authors = namespaces(records);
  }

  concentration(): Concentration {
    return concentration(this.#records, this.#authors);
  }

  rows(snapshot: string, lineageKnown: boolean): TrendRow[] {
    return trendRows(this.#records, snapshot, lineageKnown, this.#authors);
  }
}
