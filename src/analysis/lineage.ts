/**
 * Where models come from: each model's family (found by walking first parents), new models by
 * relation over time, the largest families, and how licences change from parent to child.
 * Pure: equal data gives equal output.
 */
import { PLACEHOLDER_CREATED_AT, type ModelRecord, type Relation } from "../dataset/record.ts";
import { monthOf } from "../dataset/store.ts";
import { round, Top } from "./stats.ts";
import { quarterOf } from "./weekly.ts";

/** How a model came to be: no parent, a typed relation, or a parent named without a relation. */
export const CATEGORIES = ["original", "finetune", "adapter", "quantized", "merge", "unspecified"] as const;
export type Category = (typeof CATEGORIES)[number];
export type DerivativeCategory = Exclude<Category, "original">;
export const DERIVATIVE_CATEGORIES = CATEGORIES.slice(1) as DerivativeCategory[];

const CATEGORY_CODE: Record<Relation, number> = { "": 5, finetune: 1, adapter: 2, quantized: 3, merge: 4 };

/** What lineage reads of each model, column by column (no object per model). */
export class LineageTable {
  readonly ids: string[] = [];
  readonly firstParents: string[] = [];
  readonly categories: number[] = [];
  readonly licenses: string[] = [];
  readonly downloads: number[] = [];
  readonly createdAt: number[] = [];

  add(r: Pick<ModelRecord, "id" | "baseModel" | "relation" | "license" | "downloads" | "createdAt">): void {
    const semicolon = r.baseModel.indexOf(";");
    const first = semicolon === -1 ? r.baseModel : r.baseModel.slice(0, semicolon);
    this.ids.push(r.id);
    this.firstParents.push(first);
    this.categories.push(first === "" ? 0 : CATEGORY_CODE[r.relation]);
    this.licenses.push(r.license);
    this.downloads.push(r.downloads);
    this.createdAt.push(r.createdAt);
  }

  get size(): number {
    return this.ids.length;
  }
}

export interface Families {
  /** Per model, its family's root: the root's id. */
  rootOf: string[];
  /** Per model, the index of its first parent in the table; -1 when it has none or the parent is not in the dataset. */
  parentIndex: Int32Array;
}

/**
 * Each model's family: walk first parents until a model with no parent (the root); a parent
 * missing from the dataset is itself the root; a walk whose next parent it has already visited
 * stops, and the family is the last model reached before the repeat. Never loops.
 */
export function families(table: LineageTable): Families {
  const n = table.size;
  const NONE = -1;
  const MISSING = -2;
  // Only the ids named as a parent need an index (a fraction of all ids: a small map, one pass).
  const index = new Map<string, number>();
  for (const p of table.firstParents) if (p !== "") index.set(p, MISSING);
  for (let i = 0; i < n; i++) {
    const id = table.ids[i] as string;
    if (index.get(id) === MISSING) index.set(id, i);
  }
  // Parent per model: an index, NONE (no parent) or MISSING (named, not in the dataset).
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = table.firstParents[i] as string;
    parent[i] = p === "" ? NONE : (index.get(p) as number);
  }
  index.clear();
  const rootOf = new Array<string>(n);
  // Roots reached by walks that met no repeat hold for every model on the walk.
  const settled = new Array<string | undefined>(n);
  const mark = new Int32Array(n).fill(-1);
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    if (settled[start] !== undefined) {
      rootOf[start] = settled[start] as string;
      continue;
    }
    path.length = 0;
    let current = start;
    let root: string;
    let exact = true;
    for (;;) {
      const known = settled[current];
      if (known !== undefined) {
        root = known;
        break;
      }
      mark[current] = start;
      path.push(current);
      const p = parent[current] as number;
      if (p === NONE) {
        root = table.ids[current] as string;
        break;
      }
      if (p === MISSING) {
        root = table.firstParents[current] as string;
        break;
      }
      if (mark[p] === start) {
        // A repeat: the family is the last model reached before it. From another start the walk
        // may stop elsewhere, so nothing on this path is settled but the start.
        root = table.ids[current] as string;
        exact = false;
        break;
      }
      current = p;
    }
    rootOf[start] = root;
    if (exact) for (const node of path) settled[node] = root;
  }
  const parentIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) parentIndex[i] = Math.max(parent[i] as number, -1);
  return { rootOf, parentIndex };
}

export interface FamilyRow {
  root: string;
  /** Whether the root itself is a model of this dataset (a base of another pipeline tag is not). */
  rootInDataset: boolean;
  derivatives: number;
  byRelation: Record<DerivativeCategory, number>;
  /** 30-day downloads of all its models in the dataset, the root's included. */
  downloads: number;
  /** Its share of the models created in the last two quarters. */
  shareOfRecentNew: number;
}

export interface LineageInsights {
  verdict: "descriptive";
  models: number;
  derivatives: number;
  derivativeShare: number;
  quarters: Array<{ quarter: string; models: number; derivativeShare: number } & Record<Category, number>>;
  /** The two quarters whose new models the families' shares are of (the current one partial). */
  recentQuarters: string[];
  largestFamilies: FamilyRow[];
  licenses: {
    top: Array<{ license: string; models: number; share: number }>;
    none: { models: number; share: number };
    /** Derivatives whose first parent is in the dataset, both with a licence tag. */
    comparable: number;
    differing: number;
    driftShare: number | null;
    topChanges: Array<{ from: string; to: string; models: number }>;
  };
  method: string;
  caveat: string;
}

export interface LineageSummary {
  insights: LineageInsights;
  /** The most downloaded models of each of the largest families (for the site's family view). */
  familyTop: Record<string, Array<{ id: string; downloads: number; category: Category }>>;
  /** New models per creation month by category, oldest first (for the chart). */
  months: Array<{ month: string } & Record<Category, number>>;
}

const zeroCounts = (): Record<Category, number> => ({ original: 0, finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 });

function top<T>(counts: Map<string, number>, n: number, make: (key: string, count: number) => T): T[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, n).map(([key, count]) => make(key, count));
}

/** Every lineage number of the findings and charts, from the table and the snapshot moment. */
export function computeLineage(table: LineageTable, snapshotMs: number, largest = 20): LineageSummary {
  const n = table.size;
  const { rootOf, parentIndex } = families(table);
  const byQuarter = new Map<string, Record<Category, number>>();
  const byMonth = new Map<string, Record<Category, number>>();
  const recentQuarters = [quarterOf(snapshotMs), quarterOf(Date.UTC(new Date(snapshotMs).getUTCFullYear(), new Date(snapshotMs).getUTCMonth() - 3, 1))];
  const recent = new Set(recentQuarters);
  let recentNew = 0;
  let derivatives = 0;
  interface Family { derivatives: number; byRelation: Record<DerivativeCategory, number>; downloads: number; recent: number; rootInDataset: boolean }
  const familyOf = new Map<string, Family>();
  const licenseCounts = new Map<string, number>();
  const changes = new Map<string, number>();
  let comparable = 0;
  let differing = 0;
  for (let i = 0; i < n; i++) {
    const category = CATEGORIES[table.categories[i] as number] as Category;
    const created = table.createdAt[i] as number;
    const id = table.ids[i] as string;
    const root = rootOf[i] as string;
    let family = familyOf.get(root);
    if (!family) {
      family = { derivatives: 0, byRelation: { finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 }, downloads: 0, recent: 0, rootInDataset: false };
      familyOf.set(root, family);
    }
    family.downloads += table.downloads[i] as number;
    if (root === id) family.rootInDataset = true;
    else {
      // Only a model with a parent can be another's family member: `category` is a derivative's.
      family.derivatives++;
      family.byRelation[category as DerivativeCategory]++;
    }
    if (category !== "original") derivatives++;
    if (created !== PLACEHOLDER_CREATED_AT) {
      const quarter = quarterOf(created);
      let q = byQuarter.get(quarter);
      if (!q) byQuarter.set(quarter, (q = zeroCounts()));
      q[category]++;
      const month = monthOf(created);
      let m = byMonth.get(month);
      if (!m) byMonth.set(month, (m = zeroCounts()));
      m[category]++;
      if (recent.has(quarter)) {
        recentNew++;
        family.recent++;
      }
    }
    const license = table.licenses[i] as string;
    licenseCounts.set(license, (licenseCounts.get(license) ?? 0) + 1);
    const p = parentIndex[i] as number;
    if (category !== "original" && p >= 0 && license !== "" && table.licenses[p] !== "") {
      comparable++;
      const from = table.licenses[p] as string;
      if (from !== license) {
        differing++;
        const key = `${from}\u0000${license}`;
        changes.set(key, (changes.get(key) ?? 0) + 1);
      }
    }
  }
  const none = licenseCounts.get("") ?? 0;
  licenseCounts.delete("");
  const familyRows = [...familyOf]
    .filter(([, f]) => f.derivatives > 0)
    .sort((a, b) => b[1].derivatives - a[1].derivatives || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, largest)
    .map(([root, f]): FamilyRow => ({
      root,
      rootInDataset: f.rootInDataset,
      derivatives: f.derivatives,
      byRelation: f.byRelation,
      downloads: f.downloads,
      shareOfRecentNew: round(recentNew ? f.recent / recentNew : 0, 4) as number,
    }));
  const tops = new Map(familyRows.map((f) => [f.root, new Top<{ id: string; downloads: number; category: Category }>(10)]));
  for (let i = 0; i < n; i++) {
    const topOf = tops.get(rootOf[i] as string);
    if (topOf) topOf.offer({ id: table.ids[i] as string, downloads: table.downloads[i] as number, category: CATEGORIES[table.categories[i] as number] as Category }, table.downloads[i] as number);
  }
  const familyTop = Object.fromEntries([...tops].map(([root, t]) => [root, t.items.map(({ item }) => item)]));
  const quarters = [...byQuarter.keys()].sort().map((quarter) => {
    const counts = byQuarter.get(quarter) as Record<Category, number>;
    const models = CATEGORIES.reduce((sum, c) => sum + counts[c], 0);
    return { quarter, models, ...counts, derivativeShare: round(models ? (models - counts.original) / models : 0, 4) as number };
  });
  const months = [...byMonth.keys()].sort().map((month) => ({ month, ...(byMonth.get(month) as Record<Category, number>) }));
  return {
    months,
    familyTop,
    insights: {
      verdict: "descriptive",
      models: n,
      derivatives,
      derivativeShare: round(n ? derivatives / n : 0, 4) as number,
      quarters,
      recentQuarters: [...recentQuarters].sort(),
      largestFamilies: familyRows,
      licenses: {
        top: top(licenseCounts, 10, (license, models) => ({ license, models, share: round(models / n, 4) as number })),
        none: { models: none, share: round(n ? none / n : 0, 4) as number },
        comparable,
        differing,
        driftShare: round(comparable ? differing / comparable : null, 4),
        topChanges: top(changes, 10, (key, models) => {
          const [from, to] = key.split("\u0000") as [string, string];
          return { from, to, models };
        }),
      },
      method:
        "Parents from the Hub's base_model tags (Base Model, first parent first). A model with no parent is an original; a derivative's " +
        "relation is its first typed tag (finetune, adapter, quantized, merge), or unspecified when its card names a parent without one. " +
        "Family: walk first parents to a model with no parent; a parent missing from the dataset (often a base model of another pipeline " +
        "tag) is itself the root; a walk that comes back to a model it visited stops at the last model before the repeat. Family size " +
        "counts derivatives (models other than the root); downloads are 30-day downloads of all its models. Licence drift compares a " +
        "derivative's licence tag with its first parent's, where both are in the dataset and tagged.",
      caveat:
        "Tags are what model cards say: parents and relations are self-reported and often missing, so derivatives are under-counted " +
        "and 'original' includes undeclared derivatives. Families whose root lies outside the dataset count only the members in it. " +
        "Placeholder-dated models are in no quarter or month.",
    },
  };
}
