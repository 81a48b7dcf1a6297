/**
 * How a snapshot's 30-day downloads are shared: by author, by the namespace of the family's root
 * (whose base models the ecosystem builds on), by relation, library, size and pipeline tag, one
 * tidy row per key (`data/trends.csv`); and how concentrated they are (history.csv's share and
 * Gini columns). Computed the same way for every snapshot, live or from the archive, so that a
 * series of weeks answers what papers computed once.
 */
import { EMPTY_TEXT_CODE, type ModelTable } from "../dataset/table.ts";
import { TREND_DIMENSIONS, type TrendDimension, type TrendRow } from "../dataset/trends.ts";
import { families, LineageTable } from "./lineage.ts";

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
function namespaces(records: ModelTable): Coded & { codeOf: (namespace: string) => number } {
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
 * One dimension's keys in order: all of them, or the first `kept` and the sum of the rest. The
 * first are picked in one pass (an author dimension has tens of thousands of keys, and only 20 are
 * named).
 */
function orderedKeys(dim: Coded, downloads: Float64Array, kept: number | undefined): { named: KeyGroup[]; rest: { count: number; models: number; downloads: number } } {
  const n = downloads.length;
  const models = new Float64Array(dim.codes);
  const sums = new Float64Array(dim.codes);
  const code = dim.code;
  for (let i = 0; i < n; i++) {
    const c = code[i] as number;
    models[c] = (models[c] as number) + 1;
    sums[c] = (sums[c] as number) + (downloads[i] as number);
  }
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
  if (kept === undefined || groups.length <= kept) return { named: groups.sort(byOrder), rest: { count: 0, models: 0, downloads: 0 } };
  const named: KeyGroup[] = [];
  for (const g of groups) {
    if (named.length === kept && byOrder(g, named[kept - 1] as KeyGroup) >= 0) continue;
    let at = named.length;
    while (at > 0 && byOrder(g, named[at - 1] as KeyGroup) < 0) at--;
    named.splice(at, 0, g);
    if (named.length > kept) named.pop();
  }
  let restModels = 0;
  let restDownloads = 0;
  for (const g of groups) {
    restModels += g.models;
    restDownloads += g.downloads;
  }
  for (const g of named) {
    restModels -= g.models;
    restDownloads -= g.downloads;
  }
  return { named, rest: { count: groups.length - named.length, models: restModels, downloads: restDownloads } };
}

/**
 * The snapshot's rows: for each dimension, its keys ordered by 30-day downloads (descending), then
 * models (descending), then the key (code units); the first N by name and the rest as `(other)`
 * where the dimension keeps N. Without lineage (an archive file with no `baseModels`), no `base`
 * and no `relation` rows: unknown is not `original`. Every model's key is a code in a typed
 * array, summed code by code: no string or map lookup per model (a 700k refresh pays this weekly).
 */
export function trendRows(records: ModelTable, snapshot: string, lineageKnown: boolean): TrendRow[] {
  const n = records.length;
  const columns = records.columns();
  const texts = records.textCodes();
  const downloads = columns.downloads;
  let total = 0;
  for (let i = 0; i < n; i++) total += downloads[i] as number;
  const size = new Uint32Array(n);
  for (let i = 0; i < n; i++) size[i] = sizeCode(columns.parameters[i] as number);
  const coded: Partial<Record<TrendDimension, Coded>> = {
    author: namespaces(records),
    library: textColumn(records, texts.library, NO_LIBRARY),
    size: { code: size, keyOf: (c) => SIZE_KEYS[c] as string, codes: SIZE_KEYS.length },
    "pipeline tag": textColumn(records, texts.pipelineTag, ""),
  };
  if (lineageKnown) {
    const walked = families(LineageTable.of(records));
    // A root in the snapshot has its namespace's code already; a root outside it (a parent not
    // listed) is looked up once.
    const author = coded.author as ReturnType<typeof namespaces>;
    const outside = new Int32Array(walked.missingRoots).fill(-1);
    const base = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const root = walked.root[i] as number;
      if (root >= 0) base[i] = author.code[root] as number;
      else {
        const k = -1 - root;
        let c = outside[k] as number;
        if (c < 0) outside[k] = c = author.codeOf(namespaceOf(walked.rootName(root)));
        base[i] = c;
      }
    }
    coded.base = { code: base, keyOf: author.keyOf, codes: author.codes };
    const relation = new Uint32Array(n);
    for (let i = 0; i < n; i++) relation[i] = texts.baseModel[i] === EMPTY_TEXT_CODE ? 0 : RELATION_CODE[records.relation(i)];
    coded.relation = { code: relation, keyOf: (c) => RELATION_KEYS[c] as string, codes: RELATION_KEYS.length };
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
export function concentration(records: ModelTable): Concentration {
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
  const authors = namespaces(records);
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
