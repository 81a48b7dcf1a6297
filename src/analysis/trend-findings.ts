/**
 * The findings over weeks (insights.json `trends`): who leads, whose base models, what is
 * derived, and how concentrated downloads are — now, 52 weeks earlier and at the first snapshot —
 * each beside the figure a paper or article published once, and its scope.
 */
import type { HistoryRow } from "../dataset/history.ts";
import type { TrendRow } from "../dataset/trends.ts";
/** As findings.ts's Verdict (which imports this module, so it is not imported back). */
type Verdict = "supported" | "not supported" | "inconclusive" | "descriptive";

export interface KeyShares {
  key: string;
  /** Shares of the snapshot's 30-day downloads: now, 52 weeks earlier, at the first snapshot (null where the key or the week has none). */
  now: number;
  yearAgo: number | null;
  first: number | null;
  /** Now minus then, in shares (0.05 is five points). */
  changeYear: number | null;
  changeSinceFirst: number | null;
}

export interface DimensionTrend {
  verdict: Verdict;
  /** The first snapshot with rows of this dimension (weeks before the archive names parents have no base or relation rows). */
  first: string | null;
  keys: KeyShares[];
  published: string;
  caveat: string;
}

export interface ConcentrationPoint {
  snapshot: string;
  top10: number | null;
  top1Percent: number | null;
  gini: number | null;
}

export interface TrendFindings {
  snapshot: string;
  /** The nearest snapshot at least 52 weeks before, and the first; null when there is none. */
  yearAgo: string | null;
  first: string;
  weeks: number;
  author: DimensionTrend;
  base: DimensionTrend;
  relation: DimensionTrend;
  concentration: { verdict: Verdict; now: ConcentrationPoint; yearAgo: ConcentrationPoint | null; published: string; caveat: string };
  untaggedDerivatives: UntaggedFinding;
  method: string;
  caveat: string;
}

/** Derivatives no listing by tag sees, in the newest archive week that could count them. */
export interface UntaggedFinding {
  verdict: Verdict;
  /** That week (null when no archive week names parents). */
  snapshot: string | null;
  count: number | null;
  trackedModels: number | null;
  /** count over trackedModels, to 6 decimals. */
  share: number | null;
  published: string;
  caveat: string;
}

const DAY = 86_400_000;
const TOP_KEYS = 5;
const POINT = 0.02;

const round = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);

/** The trends finding, or undefined while trends.csv holds no row for the newest snapshot. */
export function trendFindings(history: readonly HistoryRow[], trends: readonly TrendRow[]): TrendFindings | undefined {
  const snapshots = [...new Set(trends.map((r) => r.snapshot))].sort();
  const snapshot = snapshots.at(-1);
  if (snapshot === undefined) return undefined;
  const bound = new Date(Date.parse(snapshot) - 364 * DAY).toISOString().slice(0, 10);
  const yearAgo = snapshots.filter((s) => s <= bound).at(-1) ?? null;
  const first = snapshots[0] as string;
  const shareOf = (dimension: TrendRow["dimension"], at: string | null, key: string) =>
    at === null ? null : trends.find((r) => r.snapshot === at && r.dimension === dimension && r.key === key)?.downloadShare ?? (trends.some((r) => r.snapshot === at && r.dimension === dimension) ? 0 : null);
  const firstOf = (dimension: TrendRow["dimension"]) => snapshots.find((at) => trends.some((r) => r.snapshot === at && r.dimension === dimension)) ?? null;
  const keysOf = (dimension: TrendRow["dimension"]): KeyShares[] =>
    trends
      .filter((r) => r.snapshot === snapshot && r.dimension === dimension && r.key !== "(other)" && r.downloadShare !== null)
      .slice(0, TOP_KEYS)
      .map((r) => {
        const then = shareOf(dimension, yearAgo, r.key);
        const firstShare = shareOf(dimension, firstOf(dimension), r.key);
        const now = r.downloadShare as number;
        return { key: r.key, now, yearAgo: then, first: firstShare, changeYear: then === null ? null : round(now - then), changeSinceFirst: firstShare === null ? null : round(now - firstShare) };
      });
  const row = (at: string | null) => (at === null ? undefined : history.find((h) => h.Snapshot === at));
  const point = (at: string | null): ConcentrationPoint | null => {
    const h = row(at);
    return h ? { snapshot: h.Snapshot, top10: h["Top 10 Models Share"], top1Percent: h["Top 1% Models Share"], gini: h["Gini 30 Days"] } : null;
  };
  const now = point(snapshot) ?? { snapshot, top10: null, top1Percent: null, gini: null };
  const then = point(yearAgo);
  const top10Change = then?.top10 != null && now.top10 !== null ? now.top10 - then.top10 : null;

  const authors = keysOf("author");
  const bases = keysOf("base");
  const relations = keysOf("relation");
  const leaderChange = authors.reduce<number | null>((sum, k) => (sum === null || k.changeYear === null ? null : sum + k.changeYear), 0);
  const qwen = shareOf("base", snapshot, "Qwen");
  const derivatives = trends.some((r) => r.snapshot === snapshot && r.dimension === "relation") ? 1 - (shareOf("relation", snapshot, "original") ?? 0) : null;
  const windows = "30-day windows overlap from one week to the next, so consecutive weeks share most of their downloads; weeks whose all-time counters rolled back are marked in history.csv (Quality), and their 30-day figures stand.";
  return {
    snapshot,
    yearAgo,
    first,
    weeks: snapshots.length,
    author: {
      first: firstOf("author"),
      verdict: leaderChange === null || authors.length === 0 ? "inconclusive" : leaderChange <= -POINT ? "supported" : leaderChange >= POINT ? "not supported" : "inconclusive",
      keys: authors,
      published: "Longpre et al. 2025 (\"Economies of Open Intelligence\", weekly since February 2025, all models of the Hub): US industry's share of downloads is falling while unaffiliated and Chinese developers rise. Here: whether this week's five largest authors together hold less than 52 weeks earlier (by two points or more).",
      caveat: `Authors are namespaces, not countries or kinds of organisation. ${windows}`,
    },
    base: {
      first: firstOf("base"),
      verdict: qwen === null ? "inconclusive" : qwen >= 0.2 ? "supported" : qwen < 0.1 ? "not supported" : "inconclusive",
      keys: bases,
      published: "Model Pulse (daily, 1.6M models, text and vision-language models): Qwen's base models take about 30% of downloads. Here: the share of the Qwen namespace's families (supported from 20%, not below 10%).",
      caveat: `A family's base is the namespace of its root (first parents walked back); a root outside the snapshot counts as itself, and weeks before the archive's files name parents (baseModels, January 2025) have no base rows. ${windows}`,
    },
    relation: {
      first: firstOf("relation"),
      verdict: derivatives === null ? "inconclusive" : Math.abs(derivatives - 0.43) <= 0.1 ? "supported" : "not supported",
      keys: relations,
      published: "Model Pulse: derivatives (fine-tunes, adapters, quantizations, merges) take 43% of all model downloads. Here: every relation but original, within ten points of it.",
      caveat: `Relations come from the cards' base_model tags: a model that names no parent counts as original, and one that names a parent without a relation as unspecified. Weeks without baseModels in the archive have no relation rows: unknown is not original. ${windows}`,
    },
    concentration: {
      verdict: top10Change === null ? "inconclusive" : top10Change <= -POINT ? "supported" : top10Change >= POINT ? "not supported" : "inconclusive",
      now,
      yearAgo: then,
      published: "Model Pulse: the 10 most downloaded models' share of downloads fell from 33.7% to 22.0% between September 2025 and September 2026, over all models. Here: the top 10's share of these tags now against 52 weeks earlier (a fall of two points or more supports it).",
      caveat: `Over these tags only, not the whole Hub: a narrower catalogue is more concentrated. ${windows}`,
    },
    untaggedDerivatives: untaggedFinding(history),
    method: "From trends.csv and history.csv: shares of each snapshot's 30-day downloads; the snapshot 52 weeks back is the nearest at least 364 days before the newest. Changes are differences of shares (0.05 is five points).",
    caveat: windows,
  };
}

/** The newest archive week with a count of untagged derivatives, against its tracked models. */
function untaggedFinding(history: readonly HistoryRow[]): UntaggedFinding {
  const week = history.filter((h) => h.Source.startsWith("archive:") && h["Untagged Derivatives"] !== null).at(-1);
  const count = week?.["Untagged Derivatives"] ?? null;
  const trackedModels = week?.Models ?? null;
  return {
    verdict: "descriptive",
    snapshot: week?.Snapshot ?? null,
    count,
    trackedModels,
    share: count === null || !trackedModels ? null : round(count / trackedModels),
    published: "None: no public source counts the models a tag-based listing misses (many GGUF quantizations, Unsloth uploads, PEFT adapters before PEFT 0.16 write no pipeline tag).",
    caveat:
      week === undefined
        ? "No archive week with baseModels in this dataset: only a backfill can count them (a listing by tag cannot see them)."
        : "Counted in the archive's file of that week: models with no pipeline tag whose first parents, through untagged models only, lead to a model of these tags. A chain that reaches another tag, a parent not in the file or a loop does not count. Live weeks cannot count them.",
  };
}

const pct = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(1)}%`);
const points = (x: number | null) => (x === null ? "–" : Math.abs(x) < 0.0005 ? "0.0 pts" : `${x > 0 ? "+" : "−"}${Math.abs(x * 100).toFixed(1)} pts`);
const gini = (x: number | null) => (x === null ? "–" : x.toFixed(3));

/** The trends section of insights.md; `text` escapes the Hub's text for markdown. */
export function trendsMarkdown(t: TrendFindings, text: (s: string) => string): string[] {
  const table = (title: string, d: DimensionTrend) => [
    `### ${title}: ${d.verdict}`,
    "",
    `| key | share now | ${t.yearAgo ?? "52 weeks earlier (none yet)"} | change | ${d.first ?? "first"} | change |`,
    "|---|---|---|---|---|---|",
    ...d.keys.map((k) => `| ${text(k.key)} | ${pct(k.now)} | ${pct(k.yearAgo)} | ${points(k.changeYear)} | ${pct(k.first)} | ${points(k.changeSinceFirst)} |`),
    "",
    `_Published:_ ${d.published} _Caveat:_ ${d.caveat}`,
    "",
  ];
  const c = t.concentration;
  return [
    `## Over the weeks: ${t.weeks} snapshots, ${t.first} to ${t.snapshot}`,
    "",
    ...table("Who leads (authors)", t.author),
    ...table("Whose base models", t.base),
    ...table("What is derived (relations)", t.relation),
    `### How concentrated: ${c.verdict}`,
    "",
    "| | top 10 models | top 1% | Gini |",
    "|---|---|---|---|",
    `| ${c.now.snapshot} | ${pct(c.now.top10)} | ${pct(c.now.top1Percent)} | ${gini(c.now.gini)} |`,
    ...(c.yearAgo ? [`| ${c.yearAgo.snapshot} | ${pct(c.yearAgo.top10)} | ${pct(c.yearAgo.top1Percent)} | ${gini(c.yearAgo.gini)} |`] : []),
    "",
    `_Published:_ ${c.published} _Caveat:_ ${c.caveat}`,
    "",
    `### What the tags miss: ${t.untaggedDerivatives.verdict}`,
    "",
    t.untaggedDerivatives.snapshot === null
      ? "No count yet."
      : `${t.untaggedDerivatives.count?.toLocaleString("en-US")} models with no pipeline tag derive from these tags' ${t.untaggedDerivatives.trackedModels?.toLocaleString("en-US")} models in the archive week of ${t.untaggedDerivatives.snapshot}: ${pct(t.untaggedDerivatives.share)} more than the tags show.`,
    "",
    `_Published:_ ${t.untaggedDerivatives.published} _Caveat:_ ${t.untaggedDerivatives.caveat}`,
    "",
    `_Method:_ ${t.method}`,
    "",
  ];
}
