/**
 * How a snapshot's 30-day downloads are shared: by author, by the namespace of the family's root
 * (whose base models the ecosystem builds on), by relation, library, size and pipeline tag, one
 * tidy row per key (`data/trends.csv`); and how concentrated they are (history.csv's share and
 * Gini columns). Computed the same way for every snapshot, live or from the archive, so that a
 * series of weeks answers what papers computed once.
 */
import type { ModelTable } from "../dataset/table.ts";
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

export const SHARE_DIGITS = 6;
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The part of a model id before its first `/`, or the whole id. */
export function namespaceOf(id: string): string {
  const slash = id.indexOf("/");
  return slash === -1 ? id : id.slice(0, slash);
}

/** `< 1B`, `1–10B`, `10–100B`, `≥ 100B` by parameters, or `unknown`. */
export function sizeBand(parameters: number | null): string {
  if (parameters === null) return "unknown";
  if (parameters < 1e9) return "< 1B";
  if (parameters < 1e10) return "1–10B";
  if (parameters < 1e11) return "10–100B";
  return "≥ 100B";
}

const RELATION_KEY = { "": "unspecified", finetune: "finetune", adapter: "adapter", quantized: "quantized", merge: "merge" } as const;

/**
 * The snapshot's rows: for each dimension, its keys ordered by 30-day downloads (descending), then
 * models (descending), then the key (code units); the first N by name and the rest as `(other)`
 * where the dimension keeps N. Without lineage (an archive file with no `baseModels`), no `base`
 * and no `relation` rows: unknown is not `original`.
 */
export function trendRows(records: ModelTable, snapshot: string, lineageKnown: boolean): TrendRow[] {
  const n = records.length;
  const columns = records.columns();
  const libraries = records.textCodes().library;
  let total = 0;
  for (let i = 0; i < n; i++) total += records.downloads(i);
  const keyOf: Partial<Record<TrendDimension, (i: number) => string>> = {
    author: (i) => namespaceOf(records.id(i)),
    library: (i) => records.text(libraries[i] as number) || NO_LIBRARY,
    size: (i) => sizeBand(nullable(columns.parameters[i] as number)),
    "pipeline tag": (i) => records.pipelineTag(i),
  };
  if (lineageKnown) {
    const walked = families(LineageTable.of(records));
    // A root's namespace once per root, not a string per model.
    const namespaces = new Map<number, string>();
    keyOf.base = (i) => {
      const root = walked.root[i] as number;
      let namespace = namespaces.get(root);
      if (namespace === undefined) namespaces.set(root, (namespace = namespaceOf(walked.rootName(root))));
      return namespace;
    };
    keyOf.relation = (i) => (records.baseModel(i) === "" ? "original" : RELATION_KEY[records.relation(i)]);
  }
  const rows: TrendRow[] = [];
  for (const dimension of TREND_DIMENSIONS) {
    const of = keyOf[dimension];
    if (!of) continue;
    const groups = new Map<string, { models: number; downloads: number }>();
    for (let i = 0; i < n; i++) {
      const key = of(i);
      const group = groups.get(key);
      if (group) {
        group.models++;
        group.downloads += records.downloads(i);
      } else groups.set(key, { models: 1, downloads: records.downloads(i) });
    }
    const ordered = [...groups].sort(([ka, a], [kb, b]) => b.downloads - a.downloads || b.models - a.models || (ka < kb ? -1 : ka > kb ? 1 : 0));
    const kept = KEPT[dimension];
    const named = kept === undefined || ordered.length <= kept ? ordered : ordered.slice(0, kept);
    const rest = ordered.slice(named.length);
    const share = (downloads: number) => (total === 0 ? null : round6(downloads / total));
    for (const [key, g] of named) rows.push({ snapshot, dimension, key, models: g.models, downloads30Days: g.downloads, downloadShare: share(g.downloads) });
    if (rest.length > 0) {
      const other = rest.reduce((sum, [, g]) => ({ models: sum.models + g.models, downloads: sum.downloads + g.downloads }), { models: 0, downloads: 0 });
      rows.push({ snapshot, dimension, key: OTHER, models: other.models, downloads30Days: other.downloads, downloadShare: share(other.downloads) });
    }
  }
  return rows;
}

/** The table's parameters column holds NaN where Parameters is empty. */
function nullable(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

/** How concentrated the snapshot's 30-day downloads are (see Concentration). */
export function concentration(records: ModelTable): Concentration {
  const n = records.length;
  const x = new Float64Array(n);
  let total = 0;
  let zero = 0;
  const byAuthor = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const d = records.downloads(i);
    x[i] = d;
    total += d;
    if (d === 0) zero++;
    const author = namespaceOf(records.id(i));
    byAuthor.set(author, (byAuthor.get(author) ?? 0) + d);
  }
  x.sort();
  const topSum = (values: Float64Array | number[], k: number) => {
    let sum = 0;
    for (let j = values.length - 1; j >= Math.max(0, values.length - k); j--) sum += values[j] as number;
    return sum;
  };
  const authors = Float64Array.from(byAuthor.values()).sort();
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (2 * (i + 1) - n - 1) * (x[i] as number);
  const share = (part: number) => (total === 0 ? null : round6(part / total));
  return {
    "Top 10 Models Share": share(topSum(x, 10)),
    "Top 1% Models Share": share(topSum(x, Math.ceil(n / 100))),
    "Top 50 Authors Share": share(topSum(authors, 50)),
    "Gini 30 Days": total === 0 ? null : round6(weighted / (n * total)),
    "Zero Downloads Share": n === 0 ? null : round6(zero / n),
  };
}
