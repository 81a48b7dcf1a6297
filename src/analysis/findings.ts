/**
 * The study's claims, recomputed as numbers on every refresh, each with a verdict and its
 * caveat. Pure: equal data gives equal output (no clock), so unchanged data commits nothing.
 */
import { markdownText as md } from "../escape.ts";
import { trendsMarkdown, type TrendFindings } from "./trend-findings.ts";
import { isPlaceholderDate, PLACEHOLDER_LABEL } from "../dataset/record.ts";
import type { ModelColumns } from "../dataset/table.ts";
import type { SincePrevious } from "./history.ts";
import { CATEGORIES, DERIVATIVE_CATEGORIES, type LineageInsights } from "./lineage.ts";
import { popularityClasses, type ClassCount } from "./popularity.ts";
import { formatParameters, PARAMETER_BANDS, type MarketInsights } from "./market.ts";
import { at, averageRanks, mean, median, round, rowsWhere, slope, spearman, spearmanOfRanks, withRankingSpace } from "./stats.ts";
import type { TagMix } from "./tags.ts";
import { tagSetLabel, tagsOf } from "../pipeline-tags.ts";
import { creationQuarters, isoDay, valuesByGroup, weeklySeries, type CreationQuarters, type WeekPoint, type WeeklySeries } from "./weekly.ts";

/** The findings' files, beside the dataset. */
export const INSIGHTS_JSON = "insights.json";
export const INSIGHTS_MD = "insights.md";

export type Verdict = "supported" | "not supported" | "inconclusive" | "descriptive";

export const CHATGPT_RELEASE = Date.parse("2022-11-30T00:00:00.000Z");
/** ChatGPT's release plus six months: the study's "surge". */
export const SIX_MONTHS_AFTER = Date.parse("2023-05-30T00:00:00.000Z");
const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** Weeks on each side of a candidate week in the change-point search. */
export const CHANGE_POINT_WINDOW = 12;

export interface Insights {
  snapshot: string;
  totals: { models: number; newLast7Days: number; newLast30Days: number; placeholderDate: number; storageKnown: number; storageCoverage: number };
  creationSurge: {
    verdict: Verdict;
    meanWeeklyBefore: number | null;
    meanWeeklyAfter: number | null;
    meanWeeklyMonths6to12: number | null;
    ratioAfterToBefore: number | null;
    ratioMonths6to12ToBefore: number | null;
    ratioMonths6to12ToAfter: number | null;
    fastestAcceleration: { week: string; slopeBefore: number; slopeAfter: number } | null;
    method: string;
    caveat: string;
  };
  smallerMorePopular: {
    verdict: Verdict;
    coverage: number;
    modelsWithStorage: number;
    spearmanStorage: { downloads: number | null; likes: number | null; spaces: number | null };
    modelsWithParameters: number;
    spearmanParameters: { downloads: number | null; likes: number | null; spaces: number | null };
    sizeBands: Array<{ band: string; models: number; medianDownloads: number | null; meanDownloads: number | null }>;
    caveat: string;
  };
  recentDownloadedMore: {
    verdict: Verdict;
    spearmanCreatedAtDownloads: number | null;
    quarters: Array<{ quarter: string; models: number; medianDownloads: number | null; meanDownloads: number | null }>;
    caveat: string;
    /** The fair measure: all-time downloads per day since creation, which no window favours. */
    perDay: {
      verdict: Verdict;
      spearmanCreatedAtPerDay: number | null;
      quarters: Array<{ quarter: string; models: number; medianPerDay: number | null; meanPerDay: number | null }>;
      method: string;
    };
  };
  popularityClasses: { verdict: Verdict; classes: ClassCount[]; caveat: string };
  lineage: LineageInsights;
  concentration: MarketInsights["concentration"];
  sizeOverTime: MarketInsights["sizeOverTime"];
  formats: MarketInsights["formats"];
  gating: MarketInsights["gating"];
  /** Models, downloads and new models by pipeline tag; present when several tags are tracked. */
  pipelineTags?: TagMix;
  /** What changed since the previous snapshot; absent on the first. */
  sincePrevious?: SincePrevious;
  /** Shares and concentration over the weeks (trends.csv); absent until it has a row of this snapshot. */
  trends?: TrendFindings;
}

/** Which models the findings cover: the tracked tags, and how the catalogue splits over them. */
export interface FindingsScope {
  task: string;
  tagMix?: TagMix | undefined;
}

/** "Covers the models of text-generation." or of several tags as one catalogue: what each caveat opens with. */
export function scopeSentence(task: string): string {
  const tags = tagsOf(task);
  return tags.length === 1 ? `Covers the models of the ${tags[0]} pipeline tag.` : `Covers the models of ${tags.length} pipeline tags as one catalogue: ${tags.join(", ")}.`;
}

const GB = 1e9;
export const SIZE_BANDS = [
  { band: "< 1 GB", min: 0, max: GB },
  { band: "1–10 GB", min: GB, max: 10 * GB },
  { band: "10–100 GB", min: 10 * GB, max: 100 * GB },
  { band: "≥ 100 GB", min: 100 * GB, max: Number.POSITIVE_INFINITY },
];

function meanOfWeeks(weeks: readonly WeekPoint[], from: number, to: number): number | null {
  return mean(weeks.filter((w) => w.weekMs > from && w.weekMs <= to).map((w) => w.count));
}

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

/**
 * The week after which growth sped up most: it maximises the least-squares slope of
 * log(1 + weekly count) over the 12 weeks after it minus the slope over the 12 weeks up to it.
 */
export function fastestAcceleration(weeks: readonly WeekPoint[]): { week: string; slopeBefore: number; slopeAfter: number } | null {
  const logs = weeks.map((w) => Math.log1p(w.count));
  let best: { week: string; slopeBefore: number; slopeAfter: number } | null = null;
  let bestGain = Number.NEGATIVE_INFINITY;
  for (let i = CHANGE_POINT_WINDOW - 1; i + CHANGE_POINT_WINDOW < logs.length; i++) {
    const before = slope(logs.slice(i - CHANGE_POINT_WINDOW + 1, i + 1));
    const after = slope(logs.slice(i + 1, i + 1 + CHANGE_POINT_WINDOW));
    if (after - before > bestGain) {
      bestGain = after - before;
      best = { week: (weeks[i] as WeekPoint).week, slopeBefore: round(before) as number, slopeAfter: round(after) as number };
    }
  }
  return best;
}

function creationSurge(series: WeeklySeries): Insights["creationSurge"] {
  const weeks = series.weeks;
  const before = meanOfWeeks(weeks, CHATGPT_RELEASE - 26 * WEEK, CHATGPT_RELEASE);
  const after = meanOfWeeks(weeks, CHATGPT_RELEASE, CHATGPT_RELEASE + 26 * WEEK);
  const later = meanOfWeeks(weeks, CHATGPT_RELEASE + 26 * WEEK, CHATGPT_RELEASE + 52 * WEEK);
  const laterToAfter = ratio(later, after);
  const laterToBefore = ratio(later, before);
  let verdict: Verdict = "inconclusive";
  if (laterToAfter !== null && laterToBefore !== null) {
    if (laterToAfter >= 1.25 && laterToBefore >= 2) verdict = "supported";
    else if (laterToAfter < 1) verdict = "not supported";
  }
  return {
    verdict,
    meanWeeklyBefore: round(before, 2),
    meanWeeklyAfter: round(after, 2),
    meanWeeklyMonths6to12: round(later, 2),
    ratioAfterToBefore: round(ratio(after, before), 3),
    ratioMonths6to12ToBefore: round(laterToBefore, 3),
    ratioMonths6to12ToAfter: round(laterToAfter, 3),
    fastestAcceleration: fastestAcceleration(weeks),
    method:
      "Mean models created per W-MON week in the 26 weeks before 2022-11-30, the 26 weeks after, and weeks 26–52 after. " +
      "Supported when weeks 26–52 average ≥ 1.25× the first 26 weeks after and ≥ 2× the 26 weeks before; not supported when below the first 26 weeks after. " +
      `Fastest acceleration: the week maximising the least-squares slope of log(1 + weekly count) over the ${CHANGE_POINT_WINDOW} weeks after it minus that over the ${CHANGE_POINT_WINDOW} weeks up to it.`,
    caveat:
      "Counts are of models that still exist: the Hub deletes thousands of repositories a week, so older weeks are survivors only. " +
      `Models on the legacy import's placeholder stamp (${PLACEHOLDER_LABEL}) are in no week.`,
  };
}

/** Spearman's rho of a size measure with downloads, likes and spaces, each series ranked once. */
function correlations(models: ModelColumns, size: Float64Array) {
  const rows = rowsWhere(models.length, (i) => !Number.isNaN(size[i]));
  const sizes = averageRanks(at(size, rows));
  const rho = (value: Float64Array) => round(spearmanOfRanks(sizes, averageRanks(at(value, rows))));
  return {
    models: rows.length,
    rho: { downloads: rho(models.downloads), likes: rho(models.likes), spaces: rho(models.spaces) },
  };
}

function smallerMorePopular(models: ModelColumns): Insights["smallerMorePopular"] {
  const storage = correlations(models, models.usedStorage);
  const parameters = correlations(models, models.parameters);
  const coverage = models.length ? storage.models / models.length : 0;
  const sizeBands = SIZE_BANDS.map((band) => {
    const downloads: number[] = [];
    for (let i = 0; i < models.length; i++) {
      const bytes = models.usedStorage[i] as number; // NaN (unknown) is in no band
      if (bytes >= band.min && bytes < band.max) downloads.push(models.downloads[i] as number);
    }
    return { band: band.band, models: downloads.length, medianDownloads: median(downloads), meanDownloads: round(mean(downloads), 2) };
  });
  const rho = storage.rho.downloads;
  let verdict: Verdict = "inconclusive";
  if (coverage >= 0.1 && storage.models >= 100 && rho !== null) {
    if (rho <= -0.1) verdict = "supported";
    else if (rho >= 0.1) verdict = "not supported";
  }
  return {
    verdict,
    coverage: round(coverage) as number,
    modelsWithStorage: storage.models,
    spearmanStorage: storage.rho,
    modelsWithParameters: parameters.models,
    spearmanParameters: parameters.rho,
    sizeBands,
    caveat:
      "Verdict from Spearman's ρ between used storage and 30-day downloads: supported at ρ ≤ −0.1, not supported at ρ ≥ 0.1, " +
      "inconclusive between or when storage is known for under 10% of models. Storage is learned most-downloaded first, so partial " +
      "coverage over-represents popular models; used storage counts every revision and every file (several quantisations inflate it). " +
      "Spaces are capped at 100.",
  };
}

/** All-time downloads per day since creation (at least one day), by creation quarter, with a verdict of its own. */
function perDay(models: ModelColumns, snapshot: number, quarters: CreationQuarters): Insights["recentDownloadedMore"]["perDay"] {
  const rows = rowsWhere(models.length, (i) => (quarters.of[i] as number) >= 0 && !Number.isNaN(models.downloadsAllTime[i]));
  const rateOf = (i: number) => (models.downloadsAllTime[i] as number) / Math.max(1, (snapshot - (models.createdAt[i] as number)) / DAY);
  const rates = Float64Array.from(rows, rateOf);
  const byQuarter = valuesByGroup(quarters.of, quarters.labels.length, rateOf);
  const perQuarter = quarters.labels.flatMap((quarter, q) => {
    const rates = byQuarter.of(q);
    return rates.length ? [{ quarter, models: rates.length, medianPerDay: round(median(rates), 3), meanPerDay: round(mean(rates), 3) }] : [];
  });
  const rho = round(spearman(at(models.createdAt, rows), rates));
  return {
    verdict: rho === null ? "inconclusive" : rho >= 0.1 ? "supported" : rho <= -0.1 ? "not supported" : "inconclusive",
    spearmanCreatedAtPerDay: rho,
    quarters: perQuarter,
    method:
      "All-time downloads divided by the days since creation (at least one), so that no window favours new or old models; " +
      "verdict from Spearman's ρ between creation date and that rate (supported at ρ ≥ 0.1, not supported at ρ ≤ −0.1). " +
      "Models without all-time downloads or on the placeholder date are left out.",
  };
}

function recentDownloadedMore(models: ModelColumns, snapshot: number): Insights["recentDownloadedMore"] {
  const creation = creationQuarters(models.createdAt, snapshot);
  const dated = rowsWhere(models.length, (i) => (creation.of[i] as number) >= 0);
  const byQuarter = valuesByGroup(creation.of, creation.labels.length, (i) => models.downloads[i] as number);
  const quarters = creation.labels.map((quarter, q) => {
    const downloads = byQuarter.of(q);
    return { quarter, models: downloads.length, medianDownloads: median(downloads), meanDownloads: round(mean(downloads), 2) };
  });
  const rho = round(spearman(at(models.createdAt, dated), at(models.downloads, dated)));
  const verdict: Verdict = rho === null ? "inconclusive" : rho >= 0.1 ? "supported" : rho <= -0.1 ? "not supported" : "inconclusive";
  return {
    verdict,
    spearmanCreatedAtDownloads: rho,
    quarters,
    caveat:
      "`downloads` counts only the last 30 days, which favours recent models by construction; all-time downloads favour old ones. " +
      "Verdict from Spearman's ρ between creation date and 30-day downloads (supported at ρ ≥ 0.1). Placeholder-dated models are left out.",
    perDay: perDay(models, snapshot, creation),
  };
}

/** The findings of a snapshot: `snapshot` is its moment, as the harvest decided it (never after the run). */
export function computeInsights(models: ModelColumns, lineage: LineageInsights, market: MarketInsights, snapshot: number, sincePrevious: SincePrevious | undefined, scope: FindingsScope): Insights {
  const insights = withRankingSpace(models.length, () => insightsOf(models, lineage, market, snapshot, sincePrevious));
  if (scope.tagMix) insights.pipelineTags = scope.tagMix;
  return scoped(insights, scopeSentence(scope.task));
}

/** Each finding's caveat opens with which tags it covers. */
function scoped(insights: Insights, scope: string): Insights {
  const out = { ...insights } as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) {
    if (typeof value === "object" && value !== null && typeof (value as { caveat?: unknown }).caveat === "string") {
      out[key] = { ...value, caveat: `${scope} ${(value as { caveat: string }).caveat}` };
    }
  }
  return out as unknown as Insights;
}

function insightsOf(models: ModelColumns, lineage: LineageInsights, market: MarketInsights, snapshot: number, sincePrevious?: SincePrevious): Insights {
  const series = weeklySeries(models, snapshot);
  let newLast7Days = 0;
  let newLast30Days = 0;
  let placeholder = 0;
  let storageKnown = 0;
  for (let i = 0; i < models.length; i++) {
    const createdAt = models.createdAt[i] as number;
    if (createdAt > snapshot - 7 * DAY && createdAt <= snapshot) newLast7Days++;
    if (createdAt > snapshot - 30 * DAY && createdAt <= snapshot) newLast30Days++;
    if (isPlaceholderDate(createdAt)) placeholder++;
    if (!Number.isNaN(models.usedStorage[i])) storageKnown++;
  }
  return {
    snapshot: isoDay(snapshot),
    totals: {
      models: models.length,
      newLast7Days,
      newLast30Days,
      placeholderDate: placeholder,
      storageKnown,
      storageCoverage: round(models.length ? storageKnown / models.length : 0) as number,
    },
    creationSurge: creationSurge(series),
    smallerMorePopular: smallerMorePopular(models),
    recentDownloadedMore: recentDownloadedMore(models, snapshot),
    popularityClasses: {
      verdict: "descriptive",
      classes: popularityClasses(models).map((c) => ({ ...c, share: round(c.share) as number })),
      caveat: "Classes by 30-day downloads: Not Popular < 40, Popular 40–999, Very Popular ≥ 1000.",
    },
    lineage,
    ...market,
    ...(sincePrevious ? { sincePrevious } : {}),
  };
}

/** A number for people: "n/a" for none, and a tiny negative that rounds to zero prints "0", not "-0". */
const fmt = (n: number | null, digits = 2): string => (n === null ? "n/a" : n.toLocaleString("en-US", { maximumFractionDigits: digits }).replace(/^-(0(\.0*)?)$/, "$1"));
const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** The findings for people; the job summary reuses it. */
export function insightsMarkdown(insights: Insights, task: string): string {
  const { totals, creationSurge: surge, smallerMorePopular: small, recentDownloadedMore: recent } = insights;
  const lines = [
    `# Findings: ${md(tagSetLabel(task))} models on the Hugging Face Hub`,
    "",
    `Snapshot ${insights.snapshot}: **${fmt(totals.models)} models**; ${fmt(totals.newLast7Days)} new in the last 7 days, ` +
      `${fmt(totals.newLast30Days)} in the last 30; ${fmt(totals.placeholderDate)} on the placeholder creation date; ` +
      `storage known for ${fmt(totals.storageKnown)} (${pct(totals.storageCoverage)}).`,
    "",
    ...(insights.pipelineTags ? [`By pipeline tag: ${tagCountsLine(insights.pipelineTags)}.`, ""] : []),
    `## Creation surge six months after ChatGPT: ${surge.verdict}`,
    "",
    "| period | mean models per week | ratio to the 26 weeks before |",
    "|---|---|---|",
    `| 26 weeks before 2022-11-30 | ${fmt(surge.meanWeeklyBefore)} | 1 |`,
    `| 26 weeks after | ${fmt(surge.meanWeeklyAfter)} | ${fmt(surge.ratioAfterToBefore)} |`,
    `| weeks 26–52 after | ${fmt(surge.meanWeeklyMonths6to12)} | ${fmt(surge.ratioMonths6to12ToBefore)} |`,
    "",
    surge.fastestAcceleration
      ? `Growth accelerated most after the week ending ${surge.fastestAcceleration.week} (slope of log weekly creations ${surge.fastestAcceleration.slopeBefore} → ${surge.fastestAcceleration.slopeAfter} per week).`
      : "Too few weeks to locate an acceleration.",
    "",
    `_Method:_ ${surge.method} _Caveat:_ ${surge.caveat}`,
    "",
    `## Smaller models are more popular: ${small.verdict}`,
    "",
    `Storage known for ${fmt(small.modelsWithStorage)} models (${pct(small.coverage)}); parameters for ${fmt(small.modelsWithParameters)}.`,
    "",
    "| Spearman ρ with | downloads | likes | spaces |",
    "|---|---|---|---|",
    `| used storage | ${fmt(small.spearmanStorage.downloads, 3)} | ${fmt(small.spearmanStorage.likes, 3)} | ${fmt(small.spearmanStorage.spaces, 3)} |`,
    `| parameters | ${fmt(small.spearmanParameters.downloads, 3)} | ${fmt(small.spearmanParameters.likes, 3)} | ${fmt(small.spearmanParameters.spaces, 3)} |`,
    "",
    "| used storage | models | median downloads | mean downloads |",
    "|---|---|---|---|",
    ...small.sizeBands.map((b) => `| ${b.band} | ${fmt(b.models)} | ${fmt(b.medianDownloads)} | ${fmt(b.meanDownloads)} |`),
    "",
    `_Caveat:_ ${small.caveat}`,
    "",
    `## Recent models are downloaded more: ${recent.verdict}`,
    "",
    `Spearman ρ between creation date and 30-day downloads: ${fmt(recent.spearmanCreatedAtDownloads, 3)}.`,
    "",
    "| created | models | median downloads | mean downloads |",
    "|---|---|---|---|",
    ...recent.quarters.map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${fmt(q.medianDownloads)} | ${fmt(q.meanDownloads)} |`),
    "",
    `_Caveat:_ ${recent.caveat}`,
    "",
    `### The fair measure, downloads per day since creation: ${recent.perDay.verdict}`,
    "",
    `Spearman ρ between creation date and all-time downloads per day: ${fmt(recent.perDay.spearmanCreatedAtPerDay, 3)}.`,
    "",
    "| created | models | median per day | mean per day |",
    "|---|---|---|---|",
    ...recent.perDay.quarters.map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${fmt(q.medianPerDay, 3)} | ${fmt(q.meanPerDay, 3)} |`),
    "",
    `_Method:_ ${recent.perDay.method}`,
    "",
    ...sincePreviousMarkdown(insights.sincePrevious),
    "## Popularity classes",
    "",
    "| class | downloads (30 days) | models | share |",
    "|---|---|---|---|",
    ...insights.popularityClasses.classes.map((c) => `| ${c.name} | ${c.label} | ${fmt(c.count)} | ${pct(c.share)} |`),
    "",
    `_Caveat:_ ${insights.popularityClasses.caveat}`,
    "",
    ...(insights.pipelineTags ? tagsMarkdown(insights.pipelineTags) : []),
    ...concentrationMarkdown(insights.concentration),
    ...lineageMarkdown(insights.lineage),
    ...structureMarkdown(insights.lineage.structure),
    ...sizeMarkdown(insights.sizeOverTime),
    ...formatsMarkdown(insights.formats),
    ...gatingMarkdown(insights.gating),
    ...(insights.trends ? trendsMarkdown(insights.trends, md) : []),
  ];
  return lines.join("\n");
}

/** "text-generation 700,000 (84.0%), image-text-to-text 90,000 (10.8%)": each tag's models, for a headline. */
export function tagCountsLine(mix: TagMix): string {
  return mix.tags.map((t) => `${md(t.tag)} ${fmt(t.models)} (${pct(t.share)})`).join(", ");
}

function tagsMarkdown(mix: TagMix): string[] {
  const tags = mix.tags.map((t) => t.tag);
  return [
    `## The catalogue by pipeline tag: ${mix.verdict}`,
    "",
    "| pipeline tag | models | share | 30-day downloads | share of downloads |",
    "|---|---|---|---|---|",
    ...mix.tags.map((t) => `| ${md(t.tag)} | ${fmt(t.models)} | ${pct(t.share)} | ${fmt(t.downloads30Days)} | ${pct(t.downloadsShare)} |`),
    "",
    `| created | new models | ${tags.map(md).join(" | ")} |`,
    `|---|---|${tags.map(() => "---").join("|")}|`,
    ...mix.quarters.slice(-SHOWN_QUARTERS).map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${tags.map((tag) => `${fmt(q.byTag[tag] ?? 0)} (${pct(q.models ? (q.byTag[tag] ?? 0) / q.models : 0)})`).join(" | ")} |`),
    "",
    `_Method:_ ${mix.method} _Caveat:_ ${mix.caveat}`,
    "",
  ];
}

/** Quarterly tables show the last eight quarters (insights.json has them all). */
const SHOWN_QUARTERS = 8;

function concentrationMarkdown(c: Insights["concentration"]): string[] {
  const row = (label: string, get: (x: Insights["concentration"]["last30Days"]) => string) => `| ${label} | ${get(c.last30Days)} | ${get(c.allTime)} |`;
  return [
    `## How concentrated downloads are: ${c.verdict}`,
    "",
    "| measure | 30-day downloads | all-time downloads |",
    "|---|---|---|",
    row("models counted", (x) => fmt(x.models)),
    row("models with none", (x) => pct(x.zeroShare)),
    row("share of the top 1% of models", (x) => pct(x.top1PercentShare)),
    row("share of the top 10% of models", (x) => pct(x.top10PercentShare)),
    row("Gini coefficient", (x) => fmt(x.gini, 3)),
    row("share of the 50 most downloaded authors", (x) => pct(x.top50AuthorsShare)),
    "",
    `Most downloaded authors (30 days): ${c.last30Days.topAuthors.map((a) => `${md(a.author)} (${fmt(a.downloads)})`).join(", ") || "none"}.`,
    "",
    `_Method:_ ${c.method} _Caveat:_ ${c.caveat}`,
    "",
  ];
}

function structureMarkdown(s: LineageInsights["structure"]): string[] {
  const relations = ["finetune", "quantized", "adapter", "merge"] as const;
  return [
    "## Which derivatives have children, and how deep families go",
    "",
    "| relation | models | with children in the dataset | share |",
    "|---|---|---|---|",
    ...relations.map((r) => `| ${r} | ${fmt(s.fertility[r].models)} | ${fmt(s.fertility[r].withChildren)} | ${pct(s.fertility[r].share)} |`),
    "",
    `Families with a derivative: ${fmt(s.depth.families)}; generations: median ${fmt(s.depth.median)}, 99th percentile ${fmt(s.depth.p99)}, ` +
      `deepest ${fmt(s.depth.deepest)}${s.depth.chain.length ? ` (${s.depth.chain.slice(0, 12).map(md).join(" ← ")}${s.depth.chain.length > 12 ? " ← …" : ""})` : ""}.`,
    "",
    "| family root | models created in the last 30 days |",
    "|---|---|",
    ...s.gainedLast30Days.map((g) => `| ${md(g.root)} | ${fmt(g.newModels)} |`),
    "",
    `_Method:_ ${s.method} _Caveat:_ ${s.caveat}`,
    "",
  ];
}

function sizeMarkdown(s: Insights["sizeOverTime"]): string[] {
  const bands = PARAMETER_BANDS.map((b) => b.band);
  return [
    `## The size of new models, and of what is downloaded: ${s.verdict}`,
    "",
    `Parameter counts known for ${pct(s.coverage)} of models.`,
    "",
    `| created | models | with parameters | median | median of what is downloaded | ${bands.join(" | ")} |`,
    `|---|---|---|---|---|${bands.map(() => "---").join("|")}|`,
    ...s.quarters.slice(-SHOWN_QUARTERS).map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${fmt(q.withParameters)} | ${formatParameters(q.medianParameters)} | ${formatParameters(q.downloadWeightedMedian)} | ${bands.map((b) => pct(q.bands[b])).join(" | ")} |`),
    "",
    `_Method:_ ${s.method} _Caveat:_ ${s.caveat}`,
    "",
  ];
}

function formatsMarkdown(f: Insights["formats"]): string[] {
  return [
    `## The formats of new models: ${f.verdict}`,
    "",
    `| created | models | ${f.libraries.map(md).join(" | ")} |`,
    `|---|---|${f.libraries.map(() => "---").join("|")}|`,
    ...f.quarters.slice(-SHOWN_QUARTERS).map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${f.libraries.map((l) => pct(q.shares[l] ?? 0)).join(" | ")} |`),
    "",
    `_Method:_ ${f.method} _Caveat:_ ${f.caveat}`,
    "",
  ];
}

function gatingMarkdown(g: Insights["gating"]): string[] {
  return [
    `## Gating and adoption: ${g.verdict}`,
    "",
    `Gated: ${fmt(g.gatedAuto + g.gatedManual)} models (${pct(g.share)}; ${fmt(g.gatedAuto)} with automatic approval, ${fmt(g.gatedManual)} with manual).`,
    "",
    "| created | gated | ungated | gated: median downloads per day | ungated: median downloads per day |",
    "|---|---|---|---|---|",
    ...g.quarters.slice(-SHOWN_QUARTERS).map((q) => `| ${q.quarter} | ${fmt(q.gated)} | ${fmt(q.ungated)} | ${fmt(q.gatedMedianPerDay, 3)} | ${fmt(q.ungatedMedianPerDay, 3)} |`),
    "",
    `_Method:_ ${g.method} _Caveat:_ ${g.caveat}`,
    "",
  ];
}

/** Lineage in a few tables: new models by relation per quarter (the last eight), the largest families, licences. */
function lineageMarkdown(lineage: LineageInsights): string[] {
  const { licenses } = lineage;
  const shown = lineage.quarters.slice(-8);
  return [
    `## Where new models come from: ${lineage.verdict}`,
    "",
    `${fmt(lineage.derivatives)} of ${fmt(lineage.models)} models (${pct(lineage.derivativeShare)}) name a parent model.`,
    "",
    `| created | models | ${CATEGORIES.join(" | ")} | derivatives |`,
    `|---|---|${CATEGORIES.map(() => "---").join("|")}|---|`,
    ...shown.map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${CATEGORIES.map((c) => fmt(q[c])).join(" | ")} | ${pct(q.derivativeShare)} |`),
    "",
    `## The largest model families`,
    "",
    `Share of new models: of those created in ${lineage.recentQuarters.join(" and ")}.`,
    "",
    `| family root | derivatives | ${DERIVATIVE_CATEGORIES.join(" | ")} | 30-day downloads | share of new models |`,
    `|---|---|${DERIVATIVE_CATEGORIES.map(() => "---").join("|")}|---|---|`,
    ...lineage.largestFamilies.map(
      (f) =>
        `| ${md(f.root)}${f.rootInDataset ? "" : " (not in the dataset)"} | ${fmt(f.derivatives)} | ${DERIVATIVE_CATEGORIES.map((c) => fmt(f.byRelation[c])).join(" | ")} | ${fmt(f.downloads)} | ${pct(f.shareOfRecentNew)} |`,
    ),
    "",
    "## Licences",
    "",
    `No licence tag: ${fmt(licenses.none.models)} models (${pct(licenses.none.share)}). ` +
      `Licence drift: ${licenses.driftShare === null ? "n/a" : pct(licenses.driftShare)} of ${fmt(licenses.comparable)} derivatives ` +
      "whose first parent is in the dataset carry another licence than that parent.",
    "",
    "| licence | models | share |",
    "|---|---|---|",
    ...licenses.top.map((l) => `| ${md(l.license)} | ${fmt(l.models)} | ${pct(l.share)} |`),
    "",
    "| parent's licence → derivative's | derivatives |",
    "|---|---|",
    ...licenses.topChanges.map((c) => `| ${md(c.from)} → ${md(c.to)} | ${fmt(c.models)} |`),
    "",
    `_Method:_ ${lineage.method} _Caveat:_ ${lineage.caveat}`,
    "",
  ];
}

/** What changed since the previous snapshot: a few lines, then the top downloads and risers. */
export function sincePreviousMarkdown(since: SincePrevious | undefined): string[] {
  if (!since) return ["## Since the previous snapshot", "", "This is the first snapshot: the next refresh measures what changes.", ""];
  return [
    `## Since the previous snapshot (${since.previousSnapshot}, ${since.days} days before)`,
    "",
    ...sinceLines(since).map((line) => `- ${line}`),
    "",
    "| most downloaded in between | downloads | days |",
    "|---|---|---|",
    ...since.topDownloaded.map((m) => `| ${md(m.id)} | ${fmt(m.downloads)} | ${m.days} |`),
    "",
    "| fastest risers | downloads in between | 30-day downloads before | times faster |",
    "|---|---|---|---|",
    ...since.topRisers.map((m) => `| ${md(m.id)} | ${fmt(m.downloads)} | ${fmt(m.previousDownloads30Days)} | ${fmt(m.ratio)} |`),
    "",
    `_Method:_ ${since.method}`,
    "",
  ];
}

/** The headline changes, for the findings and the job summary. */
export function sinceLines(since: SincePrevious): string[] {
  return [
    `${fmt(since.newModels)} new models, ${fmt(since.removedModels)} removed: ${fmt(since.models)} now.`,
    since.quality === "rollback"
      ? "The Hub's all-time counters went down for many models this week (a rollback): no downloads in between are counted; the next trusted snapshot counts them from the last trusted one."
      : `${fmt(since.downloadsSincePrevious)} downloads in between (all-time downloads now minus then), ` + `${fmt(since.modelsWithDownloads)} models downloaded at least once.`,
    ...(since.topDownloaded[0] ? [`Most downloaded: ${md(since.topDownloaded[0].id)} (${fmt(since.topDownloaded[0].downloads)}).`] : []),
    // Findings written before turnover was measured carry no count: then no line.
    ...(typeof since.top100Retained === "number" ? [`Of the 100 most downloaded models (30 days), ${fmt(since.top100Retained)} were among the previous snapshot's 100.`] : []),
  ];
}
