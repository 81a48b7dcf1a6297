/**
 * Where models come from: each model's family (found by walking first parents), new models by
 * relation over time, the largest families, and how licences change from parent to child.
 * Pure: equal data gives equal output.
 */
import { compareIds, type ModelRecord, type Relation } from "../dataset/record.ts";
import { monthOf } from "../dataset/dataset-order.ts";
import { RELATION_ORDER, type ModelTable } from "../dataset/table.ts";
import { NameIndex } from "./name-index.ts";
import { largestValue, round, Top } from "./stats.ts";
import type { TagColumn } from "./tags.ts";
import { isDatedCreation, quarterOf } from "./weekly.ts";

/** How a model came to be: no parent, a typed relation, or a parent named without a relation. */
export const CATEGORIES = ["original", "finetune", "adapter", "quantized", "merge", "unspecified"] as const;
export type Category = (typeof CATEGORIES)[number];
export type DerivativeCategory = Exclude<Category, "original">;
export const DERIVATIVE_CATEGORIES = CATEGORIES.slice(1) as DerivativeCategory[];

const CATEGORY_CODE: Record<Relation, number> = { "": 5, finetune: 1, adapter: 2, quantized: 3, merge: 4 };

/** The parents a Base Model names, in order (`a;b` names two). */
function parentsOf(baseModel: string): string[] {
  if (baseModel === "") return [];
  return baseModel.includes(";") ? baseModel.split(";").filter((p) => p !== "") : [baseModel];
}

/** The columns lineage starts from: texts as codes into `text`, in any numbering. */
interface LineageSource {
  ids: readonly string[];
  baseModels: ArrayLike<number>;
  /** Per model, CATEGORY_CODE of its relation (what a model with a parent is). */
  relations: ArrayLike<number>;
  licenses: ArrayLike<number>;
  text: (code: number) => string;
  downloads: ArrayLike<number>;
  createdAt: ArrayLike<number>;
}

/** What lineage reads of each model, column by column (no object per model, no string per model but its id). */
export class LineageTable {
  readonly ids: readonly string[];
  /** Every id named as a parent (first or not), once each: a parent's number is its position. */
  readonly parentNames: readonly string[];
  /** Per model, its first parent's number; -1 when it names none. */
  readonly firstParent: Int32Array;
  /** Per parent number, the model with that id; -1 when it is not in the dataset. */
  readonly parentModel: Int32Array;
  /** Per model, 1 when another model (any of its parents) names it: it has children in the dataset. */
  readonly hasChildren: Uint8Array;
  /** Index into CATEGORIES. */
  readonly categories: Uint8Array;
  /** Per model, its licence as a number (equal licences, equal numbers; 0 is none). */
  readonly licenses: Uint32Array;
  readonly licenseNames: readonly string[];
  readonly downloads: ArrayLike<number>;
  readonly createdAt: ArrayLike<number>;
  /** Each model's pipeline tag (the families report their roots'), when known. */
  readonly tags: TagColumn | undefined;

  private constructor(source: LineageSource, tags?: TagColumn) {
    this.tags = tags;
    const n = source.ids.length;
    this.ids = source.ids;
    this.downloads = source.downloads;
    this.createdAt = source.createdAt;
    // Each distinct Base Model text is read once: its parents get numbers, the first kept per code.
    const parentNumbers = new Map<string, number>();
    const parentNames: string[] = [];
    const numberOf = (name: string) => {
      let k = parentNumbers.get(name);
      if (k === undefined) {
        parentNumbers.set(name, (k = parentNames.length));
        parentNames.push(name);
      }
      return k;
    };
    const UNREAD = -2;
    const firstOfCode = new Int32Array(largestValue(source.baseModels) + 1).fill(UNREAD);
    this.firstParent = new Int32Array(n);
    this.categories = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const code = source.baseModels[i] as number;
      let first = firstOfCode[code] as number;
      if (first === UNREAD) {
        const parents = parentsOf(source.text(code));
        for (const parent of parents) numberOf(parent);
        firstOfCode[code] = first = parents.length ? numberOf(parents[0] as string) : -1;
      }
      this.firstParent[i] = first;
      this.categories[i] = first === -1 ? 0 : (source.relations[i] as number);
    }
    this.parentNames = parentNames;
    // Which models are named as parents: one pass over the ids through an index of the names alone.
    const names = new NameIndex(parentNames);
    this.parentModel = new Int32Array(parentNames.length).fill(-1);
    this.hasChildren = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const k = names.find(source.ids[i] as string);
      if (k === -1) continue;
      this.hasChildren[i] = 1;
      if (this.parentModel[k] === -1) this.parentModel[k] = i;
    }
    // Licences renumbered densely, so that counting them needs no map.
    const licenseOf = new Int32Array(largestValue(source.licenses) + 1).fill(UNREAD);
    const licenseNames = [""];
    this.licenses = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const code = source.licenses[i] as number;
      let local = licenseOf[code] as number;
      if (local === UNREAD) {
        const name = source.text(code);
        licenseOf[code] = local = name === "" ? 0 : licenseNames.push(name) - 1;
      }
      this.licenses[i] = local;
    }
    this.licenseNames = licenseNames;
  }

  /** The lineage columns of a whole table: its ids and numbers shared, not copied. */
  static of(models: ModelTable, tags?: TagColumn): LineageTable {
    const codes = models.textCodes();
    const n = models.length;
    const categoryOf = RELATION_ORDER.map((r) => CATEGORY_CODE[r]);
    const relationCodes = models.relationCodes();
    const relations = new Uint8Array(n);
    for (let i = 0; i < n; i++) relations[i] = categoryOf[relationCodes[i] as number] as number;
    const { downloads, createdAt } = models.columns();
    return new LineageTable({ ids: models.ids(), baseModels: codes.baseModel, relations, licenses: codes.license, text: (code) => models.text(code), downloads, createdAt }, tags);
  }

  /** The same from records (small sets: tests, examples). */
  static ofRecords(records: ReadonlyArray<Pick<ModelRecord, "id" | "baseModel" | "relation" | "license" | "downloads" | "createdAt">>): LineageTable {
    const texts: string[] = [];
    const codes = new Map<string, number>();
    const code = (text: string) => codes.get(text) ?? (codes.set(text, texts.length), texts.push(text) - 1);
    return new LineageTable({
      ids: records.map((r) => r.id),
      baseModels: records.map((r) => code(r.baseModel)),
      relations: records.map((r) => CATEGORY_CODE[r.relation]),
      licenses: records.map((r) => code(r.license)),
      text: (c) => texts[c] as string,
      downloads: records.map((r) => r.downloads),
      createdAt: records.map((r) => r.createdAt),
    });
  }

  get size(): number {
    return this.ids.length;
  }
}

export interface Families {
  /**
   * Per model, its family's root as a number: a model's index (the root is in the dataset), or
   * -1 - k for parent number k, named but missing from it (see rootName).
   */
  root: Int32Array;
  /** The id a root number stands for. */
  rootName(root: number): string;
  /** How many root numbers below zero there can be (one per parent number, most of them in the dataset). */
  missingRoots: number;
  /** Per model, its family's root: the root's id. */
  readonly rootOf: string[];
  /** Per model, the index of its first parent in the table; -1 when it has none or the parent is not in the dataset. */
  parentIndex: Int32Array;
}

/**
 * Each model's family: walk first parents until a model with no parent (the root); a parent
 * missing from the dataset is itself the root; a walk whose next parent it has already visited
 * stops, and the family is the last model reached before the repeat. Never loops. Roots are
 * numbers in typed arrays: at 700k models an array of strings made by `new Array(n)` is a slow
 * dictionary, and a root's name is needed only for the few families reported.
 */
export function families(table: LineageTable): Families {
  const n = table.size;
  const NONE = -1;
  // Parent per model: an index, NONE, or a parent missing from the dataset as -2 - k (k: its parent number).
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = table.firstParent[i] as number;
    if (k === -1) parent[i] = NONE;
    else {
      const at = table.parentModel[k] as number;
      parent[i] = at === -1 ? -2 - k : at;
    }
  }
  const UNSETTLED = 0x7fffffff;
  const root = new Int32Array(n);
  // A root found holds for every model on the walk but those on a cycle.
  const settled = new Int32Array(n).fill(UNSETTLED);
  const mark = new Int32Array(n).fill(-1);
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    if (settled[start] !== UNSETTLED) {
      root[start] = settled[start] as number;
      continue;
    }
    path.length = 0;
    let current = start;
    let found: number;
    /** Where the cycle begins on the path; the whole path when the walk met none. */
    let cycleAt = Number.POSITIVE_INFINITY;
    for (;;) {
      const known = settled[current] as number;
      if (known !== UNSETTLED) {
        found = known;
        break;
      }
      mark[current] = start;
      path.push(current);
      const p = parent[current] as number;
      if (p === NONE) {
        found = current;
        break;
      }
      if (p < NONE) {
        found = -1 - (-2 - p); // the missing parent number k = -2 - p is root -1 - k
        break;
      }
      if (mark[p] === start) {
        // A repeat: the family is the last model reached before it. A walk from a model on the
        // cycle stops elsewhere, so only the models leading into it (before p) are settled: every
        // walk from them enters the cycle at p too. (Settling them keeps the walks linear.)
        found = current;
        cycleAt = path.indexOf(p);
        break;
      }
      current = p;
    }
    root[start] = found;
    for (let k = 0; k < Math.min(cycleAt, path.length); k++) settled[path[k] as number] = found;
  }
  const parentIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) parentIndex[i] = Math.max(parent[i] as number, -1);
  const rootName = (r: number) => (r >= 0 ? (table.ids[r] as string) : (table.parentNames[-1 - r] as string));
  return {
    root,
    rootName,
    missingRoots: table.parentNames.length,
    get rootOf() {
      return Array.from(root, rootName);
    },
    parentIndex,
  };
}

export interface FamilyRow {
  root: string;
  /** Whether the root itself is a model of this dataset (a base of an untracked pipeline tag is not). */
  rootInDataset: boolean;
  /** The root's pipeline tag when it is in the dataset (with several tags tracked, a family is counted across them); null otherwise. */
  rootTag: string | null;
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
  structure: LineageStructure;
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

/** Lineage's structure: which derivatives have children of their own, how deep families go, which grew. */
export interface LineageStructure {
  /** Per relation: models of it, those named as a parent by another model in the dataset, and the share. */
  fertility: Record<"finetune" | "adapter" | "quantized" | "merge", { models: number; withChildren: number; share: number }>;
  /** Generations of the families with at least one derivative (a root with no parent is generation 0; a parent outside the dataset counts as one). */
  depth: { families: number; median: number | null; p99: number | null; deepest: number; chain: string[] };
  /** The families that gained the most models created in the 30 days up to the snapshot. */
  gainedLast30Days: Array<{ root: string; newModels: number }>;
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

const DAY_MS = 86_400_000;

const zeroCounts = (): Record<Category, number> => ({ original: 0, finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 });

function top<T>(counts: Map<string, number>, n: number, make: (key: string, count: number) => T): T[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, n).map(([key, count]) => make(key, count));
}

/** Every lineage number of the findings and charts, from the table and the snapshot moment. */
export function computeLineage(table: LineageTable, snapshotMs: number, largest = 20): LineageSummary {
  const n = table.size;
  const { root: rootOf, rootName, parentIndex, missingRoots } = families(table);
  const byQuarter = new Map<string, Record<Category, number>>();
  const byMonth = new Map<string, Record<Category, number>>();
  const recentQuarters = [quarterOf(snapshotMs), quarterOf(Date.UTC(new Date(snapshotMs).getUTCFullYear(), new Date(snapshotMs).getUTCMonth() - 3, 1))];
  const recent = new Set(recentQuarters);
  let recentNew = 0;
  let derivatives = 0;
  // Derivatives per family, by root slot (a model's index, or n + k for the k-th missing root): a
  // million families at 2M models, so no object each; the rest is summed for the largest only.
  const slotOf = (root: number) => (root >= 0 ? root : n - 1 - root);
  const familyDerivatives = new Uint32Array(n + missingRoots);
  const byDay = new Map<number, { quarter: Record<Category, number>; month: Record<Category, number>; recent: boolean }>();
  const licenseCounts = new Uint32Array(table.licenseNames.length);
  const changes = new Map<number, number>();
  let comparable = 0;
  let differing = 0;
  for (let i = 0; i < n; i++) {
    const category = CATEGORIES[table.categories[i] as number] as Category;
    const created = table.createdAt[i] as number;
    const root = rootOf[i] as number;
    if (root !== i) {
      const slot = slotOf(root);
      familyDerivatives[slot] = (familyDerivatives[slot] as number) + 1;
    }
    if (category !== "original") derivatives++;
    if (isDatedCreation(created, snapshotMs)) {
      // A creation day's quarter and month counts, found once per day rather than once per model.
      const day = Math.floor(created / DAY_MS);
      let counts = byDay.get(day);
      if (!counts) {
        const quarter = quarterOf(created);
        const month = monthOf(created);
        if (!byQuarter.has(quarter)) byQuarter.set(quarter, zeroCounts());
        if (!byMonth.has(month)) byMonth.set(month, zeroCounts());
        byDay.set(day, (counts = { quarter: byQuarter.get(quarter) as Record<Category, number>, month: byMonth.get(month) as Record<Category, number>, recent: recent.has(quarter) }));
      }
      counts.quarter[category]++;
      counts.month[category]++;
      if (counts.recent) recentNew++;
    }
    const license = table.licenses[i] as number;
    licenseCounts[license] = (licenseCounts[license] as number) + 1;
    const p = parentIndex[i] as number;
    if (category !== "original" && p >= 0 && license !== 0 && table.licenses[p] !== 0) {
      comparable++;
      const from = table.licenses[p] as number;
      if (from !== license) {
        differing++;
        const key = from * table.licenseNames.length + license;
        changes.set(key, (changes.get(key) ?? 0) + 1);
      }
    }
  }
  const none = licenseCounts[0] as number;
  const licenseName = (code: number) => table.licenseNames[code] as string;
  const named = new Map<string, number>();
  for (let code = 1; code < licenseCounts.length; code++) named.set(licenseName(code), licenseCounts[code] as number);
  const changed = new Map<string, number>();
  for (const [key, models] of changes) changed.set(`${licenseName(Math.floor(key / table.licenseNames.length))}\u0000${licenseName(key % table.licenseNames.length)}`, models);
  // The largest families: those with at least the 20th largest derivative count, then by name.
  const counts = familyDerivatives.slice().sort();
  const threshold = Math.max(1, counts[counts.length - largest] ?? 1);
  const largestRoots: number[] = [];
  for (let slot = 0; slot < familyDerivatives.length; slot++) {
    if ((familyDerivatives[slot] as number) >= threshold) largestRoots.push(slot < n ? slot : n - 1 - slot);
  }
  largestRoots.sort((a, b) => (familyDerivatives[slotOf(b)] as number) - (familyDerivatives[slotOf(a)] as number) || compareIds(rootName(a), rootName(b)));
  largestRoots.length = Math.min(largestRoots.length, largest);
  interface Family { byRelation: Record<DerivativeCategory, number>; downloads: number; recent: number; top: Top<{ id: string; downloads: number; category: Category }> }
  const chosen = new Map<number, Family>(largestRoots.map((root) => [root, { byRelation: { finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 }, downloads: 0, recent: 0, top: new Top(10) }]));
  for (let i = 0; i < n; i++) {
    const root = rootOf[i] as number;
    const family = chosen.get(root);
    if (!family) continue;
    const category = CATEGORIES[table.categories[i] as number] as Category;
    const downloads = table.downloads[i] as number;
    const created = table.createdAt[i] as number;
    family.downloads += downloads;
    // Only a model with a parent can be another's family member: `category` is a derivative's.
    if (root !== i) family.byRelation[category as DerivativeCategory]++;
    if (isDatedCreation(created, snapshotMs) && byDay.get(Math.floor(created / DAY_MS))?.recent) family.recent++;
    family.top.offer({ id: table.ids[i] as string, downloads, category }, downloads);
  }
  const familyRows = largestRoots.map((root): FamilyRow => {
    const f = chosen.get(root) as Family;
    return {
      root: rootName(root),
      rootInDataset: root >= 0,
      rootTag: root >= 0 && table.tags ? (table.tags.names[table.tags.of[root] as number] ?? null) : null,
      derivatives: familyDerivatives[slotOf(root)] as number,
      byRelation: f.byRelation,
      downloads: f.downloads,
      shareOfRecentNew: round(recentNew ? f.recent / recentNew : 0, 4) as number,
    };
  });
  const familyTop = Object.fromEntries([...chosen].map(([root, f]) => [rootName(root), f.top.items.map(({ item }) => item)]));
  const structure = lineageStructure(table, { root: rootOf, rootName, parentIndex, slotOf, familyDerivatives }, snapshotMs);
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
      structure,
      licenses: {
        top: top(named, 10, (license, models) => ({ license, models, share: round(models / n, 4) as number })),
        none: { models: none, share: round(n ? none / n : 0, 4) as number },
        comparable,
        differing,
        driftShare: round(comparable ? differing / comparable : null, 4),
        topChanges: top(changed, 10, (key, models) => {
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

/** The value at quantile q of sorted values (nearest rank). */
function quantile(sorted: Uint32Array, q: number): number | null {
  return sorted.length === 0 ? null : (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number);
}

/**
 * Fertility, depth and growth of families, from the walks already made. A model's generation: 0
 * with no parent, 1 when its first parent is outside the dataset, its parent's plus one otherwise;
 * a walk that meets a model it is still resolving (a cycle) counts that model as generation 0.
 */
function lineageStructure(
  table: LineageTable,
  walked: { root: Int32Array; rootName: (root: number) => string; parentIndex: Int32Array; slotOf: (root: number) => number; familyDerivatives: Uint32Array },
  snapshotMs: number,
): LineageStructure {
  const n = table.size;
  const { root, rootName, parentIndex, slotOf, familyDerivatives } = walked;
  const relations = ["finetune", "adapter", "quantized", "merge"] as const;
  const fertility = Object.fromEntries(relations.map((r) => [r, { models: 0, withChildren: 0, share: 0 }])) as LineageStructure["fertility"];
  const UNKNOWN = -1;
  const RESOLVING = -2;
  const generation = new Int32Array(n).fill(UNKNOWN);
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    if (generation[start] !== UNKNOWN) continue;
    path.length = 0;
    let current = start;
    let base: number;
    for (;;) {
      const known = generation[current] as number;
      if (known >= 0) {
        base = known;
        break;
      }
      if (known === RESOLVING) {
        base = -1; // the cycle's model becomes generation 0 below
        break;
      }
      generation[current] = RESOLVING;
      path.push(current);
      const p = parentIndex[current] as number;
      if (p < 0) {
        base = table.firstParent[current] === -1 ? -1 : 0;
        break;
      }
      current = p;
    }
    for (let k = path.length - 1; k >= 0; k--) generation[path[k] as number] = ++base;
  }
  const familyDepth = new Int32Array(familyDerivatives.length);
  const deepestOf = new Int32Array(familyDerivatives.length).fill(-1);
  const newByFamily = new Uint32Array(familyDerivatives.length);
  const since = snapshotMs - 30 * 86_400_000;
  for (let i = 0; i < n; i++) {
    const category = CATEGORIES[table.categories[i] as number] as Category;
    if (category !== "original" && category !== "unspecified") {
      const f = fertility[category];
      f.models++;
      if (table.hasChildren[i] === 1) f.withChildren++;
    }
    const slot = slotOf(root[i] as number);
    if ((generation[i] as number) > (familyDepth[slot] as number) || deepestOf[slot] === -1) {
      familyDepth[slot] = generation[i] as number;
      deepestOf[slot] = i;
    }
    const created = table.createdAt[i] as number;
    if (created > since && isDatedCreation(created, snapshotMs)) newByFamily[slot] = (newByFamily[slot] as number) + 1;
  }
  for (const r of relations) fertility[r].share = round(fertility[r].models ? fertility[r].withChildren / fertility[r].models : 0, 4) as number;
  const depths: number[] = [];
  let deepestSlot = -1;
  for (let slot = 0; slot < familyDerivatives.length; slot++) {
    if ((familyDerivatives[slot] as number) === 0) continue;
    depths.push(familyDepth[slot] as number);
    if (deepestSlot === -1 || (familyDepth[slot] as number) > (familyDepth[deepestSlot] as number)) deepestSlot = slot;
  }
  const sorted = Uint32Array.from(depths).sort();
  // The deepest family's chain: from its deepest model up its first parents (a parent outside the dataset last).
  const chain: string[] = [];
  const seen = new Set<number>();
  for (let i = deepestSlot === -1 ? -1 : (deepestOf[deepestSlot] as number); i >= 0 && !seen.has(i); i = parentIndex[i] as number) {
    seen.add(i);
    chain.push(table.ids[i] as string);
    if ((parentIndex[i] as number) < 0 && table.firstParent[i] !== -1) chain.push(table.parentNames[table.firstParent[i] as number] as string);
  }
  const gained: LineageStructure["gainedLast30Days"] = [];
  const gainedTop = new Top<{ id: string; newModels: number }>(10);
  for (let slot = 0; slot < newByFamily.length; slot++) {
    const count = newByFamily[slot] as number;
    if (count > 0) gainedTop.offer({ id: rootName(slot < n ? slot : n - 1 - slot), newModels: count }, count);
  }
  for (const { item } of gainedTop.items) gained.push({ root: item.id, newModels: item.newModels });
  return {
    fertility,
    depth: { families: depths.length, median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), deepest: deepestSlot === -1 ? 0 : (familyDepth[deepestSlot] as number), chain },
    gainedLast30Days: gained,
    method:
      "Fertility: the share of a relation's models named as a parent (any of them, not only the first) by another model of the dataset. " +
      "Depth: generations along first parents within each family with a derivative; median, 99th percentile (nearest rank) and the deepest, with its chain from the deepest model up. " +
      "Compare: Laufer, Oderinwale & Kleinberg 2025 (of fine-tunes 7.9% have children of their own, of quantized models 0.95%, of adapters 0.19%; " +
      "19.8% of fine-tune edges change licence: see the licence drift above).",
    caveat:
      "Children are counted within this pipeline tag only: a fine-tune whose children are of another tag (an image-text model, say) counts as childless, " +
      "so fertility is a lower bound; the published shares are over the whole Hub.",
  };
}
