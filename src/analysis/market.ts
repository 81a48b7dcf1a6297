/**
 * The findings researchers compute once, by hand, recomputed every week from the table while its
 * text columns are still there: how concentrated downloads are, how the size of new models moves
 * against the size of what is downloaded, which formats new models come in, and whether gating
 * slows adoption. Each names the published figure it compares with. Pure: equal data, equal output.
 */
import type { ModelTable } from "../dataset/table.ts";
import { at, largestValue, median, round, rowsWhere, Top, weightedMedian } from "./stats.ts";
import { creationQuarters, valuesByGroup } from "./weekly.ts";

const DAY = 86_400_000;
/** The authors whose share of downloads the Hub's own statistics report. */
export const TOP_AUTHORS = 50;
/** Formats named in the findings: the most common libraries in the data (the rest are "other"). */
export const TOP_LIBRARIES = 6;

/** Where the Lorenz curve is sampled: every 5% to 90%, then finer where downloads concentrate. */
export const LORENZ_POINTS = [...Array.from({ length: 19 }, (_, k) => k * 0.05), ...Array.from({ length: 9 }, (_, k) => 0.91 + k * 0.01), 0.995, 0.999, 1];

/** A parameter count for people: 135M, 7.6B; n/a when unknown. */
export function formatParameters(n: number | null): string {
  return n === null ? "n/a" : n >= 1e9 ? `${(n / 1e9).toFixed(1)}B` : `${Math.round(n / 1e6)}M`;
}

export const PARAMETER_BANDS = [
  { band: "< 1B", min: 0, max: 1e9 },
  { band: "1–10B", min: 1e9, max: 1e10 },
  { band: "10–100B", min: 1e10, max: 1e11 },
  { band: "≥ 100B", min: 1e11, max: Number.POSITIVE_INFINITY },
] as const;

export interface Concentration {
  models: number;
  zeroShare: number;
  /** Of all downloads, the share of the ⌈n/100⌉ and ⌈n/10⌉ most downloaded models. */
  top1PercentShare: number;
  top10PercentShare: number;
  gini: number;
  /** The 50 authors with the most of these downloads, and their share. */
  top50AuthorsShare: number;
  topAuthors: Array<{ author: string; downloads: number }>;
  /** The Lorenz curve: the share of downloads held by the least downloaded share of models, at LORENZ_POINTS. */
  lorenz: Array<{ models: number; downloads: number }>;
}

export interface MarketInsights {
  concentration: {
    verdict: "descriptive";
    last30Days: Concentration;
    /** Over the models whose all-time downloads are known. */
    allTime: Concentration;
    method: string;
    caveat: string;
  };
  sizeOverTime: {
    verdict: "descriptive";
    /** Models with a parameter count (safetensors), of all. */
    coverage: number;
    quarters: Array<{
      quarter: string;
      models: number;
      withParameters: number;
      medianParameters: number | null;
      /** The median parameter count of a download: each model weighted by its 30-day downloads. */
      downloadWeightedMedian: number | null;
      bands: Record<(typeof PARAMETER_BANDS)[number]["band"], number>;
    }>;
    method: string;
    caveat: string;
  };
  formats: {
    verdict: "descriptive";
    libraries: string[];
    quarters: Array<{ quarter: string; models: number; shares: Record<string, number> }>;
    method: string;
    caveat: string;
  };
  gating: {
    verdict: "descriptive";
    gatedAuto: number;
    gatedManual: number;
    share: number;
    quarters: Array<{ quarter: string; gated: number; ungated: number; gatedMedianPerDay: number | null; ungatedMedianPerDay: number | null }>;
    method: string;
    caveat: string;
  };
}

/** The Gini coefficient of non-negative values sorted ascending (0: all equal; near 1: one holds all). */
function giniOfSorted(ascending: Float64Array, total: number): number {
  const n = ascending.length;
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (i + 1) * (ascending[i] as number);
  return n === 0 || total === 0 ? 0 : (2 * weighted) / (n * total) - (n + 1) / n;
}

/**
 * The authors with the most downloads, summed per author code in a typed array (a Map a model
 * and a sort of every author cost ≈ 0.6 s at 700k); names are looked up only for contenders.
 */
function topAuthors(values: Float64Array, authors: Uint32Array, name: (code: number) => string): Array<{ author: string; downloads: number }> {
  const maxCode = largestValue(authors);
  const sums = new Float64Array(maxCode + 1);
  const isAuthor = new Uint8Array(maxCode + 1);
  for (let i = 0; i < authors.length; i++) {
    const code = authors[i] as number;
    sums[code] = (sums[code] as number) + (values[i] as number);
    isAuthor[code] = 1;
  }
  const top = new Top<{ id: string; downloads: number }>(TOP_AUTHORS);
  for (let code = 0; code <= maxCode; code++) {
    if (!isAuthor[code]) continue;
    const downloads = sums[code] as number;
    const worst = top.items.at(-1);
    if (top.items.length === TOP_AUTHORS && worst && downloads < worst.score) continue;
    top.offer({ id: name(code), downloads }, downloads);
  }
  return top.items.map(({ item }) => ({ author: item.id, downloads: item.downloads }));
}

function concentration(values: Float64Array, authors: Uint32Array, name: (code: number) => string): Concentration {
  const n = values.length;
  const ascending = Float64Array.from(values).sort();
  let total = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const v = ascending[i] as number;
    total += v;
    if (v === 0) zeros++;
  }
  const sumOfTop = (k: number) => {
    let s = 0;
    for (let i = Math.max(0, n - k); i < n; i++) s += ascending[i] as number;
    return s;
  };
  const top = topAuthors(values, authors, name);
  const lorenz: Concentration["lorenz"] = [];
  let cumulative = 0;
  let i = 0;
  for (const point of LORENZ_POINTS) {
    const upTo = Math.round(n * point);
    for (; i < upTo; i++) cumulative += ascending[i] as number; // the least downloaded first
    lorenz.push({ models: round(point, 4) as number, downloads: round(total ? cumulative / total : 0, 4) as number });
  }
  const share = (s: number) => round(total ? s / total : 0, 4) as number;
  return {
    models: n,
    zeroShare: round(n ? zeros / n : 0, 4) as number,
    top1PercentShare: share(sumOfTop(Math.ceil(n / 100))),
    top10PercentShare: share(sumOfTop(Math.ceil(n / 10))),
    gini: round(giniOfSorted(ascending, total), 4) as number,
    top50AuthorsShare: share(top.reduce((s, a) => s + a.downloads, 0)),
    topAuthors: top.slice(0, 10),
    lorenz,
  };
}

export function computeMarket(table: ModelTable, snapshotMs: number): MarketInsights {
  const columns = table.columns();
  const codes = table.textCodes();
  const n = table.length;
  const name = (code: number) => table.text(code);

  // Concentration over every model (30-day), and over the models with all-time downloads known.
  const knownAllTime = rowsWhere(n, (i) => !Number.isNaN(columns.downloadsAllTime[i]));
  const allTime = at(columns.downloadsAllTime, knownAllTime);
  const allTimeAuthors = Uint32Array.from(knownAllTime, (i) => codes.author[i] as number);

  // Per creation quarter: parameters, formats, gating, gathered by quarter in typed arrays.
  const { labels: ordered, of: quarterOfRow } = creationQuarters(columns.createdAt, snapshotMs);
  const quarterCount = ordered.length;
  const libraryCounts = new Map<number, number>();
  const modelsByQuarter = new Uint32Array(quarterCount);
  const gatedRow = new Uint8Array(n);
  let withParameters = 0;
  let gatedAuto = 0;
  let gatedManual = 0;
  for (let i = 0; i < n; i++) {
    const library = codes.library[i] as number;
    libraryCounts.set(library, (libraryCounts.get(library) ?? 0) + 1);
    const gated = table.gated(i);
    if (gated === "auto") gatedAuto++;
    else if (gated === "manual") gatedManual++;
    gatedRow[i] = gated === "false" ? 0 : 1;
    if (!Number.isNaN(columns.parameters[i])) withParameters++;
    const q = quarterOfRow[i] as number;
    if (q >= 0) modelsByQuarter[q] = (modelsByQuarter[q] as number) + 1;
  }
  const named = [...libraryCounts].filter(([code]) => name(code) !== "").sort((a, b) => b[1] - a[1] || (name(a[0]) < name(b[0]) ? -1 : 1)).slice(0, TOP_LIBRARIES).map(([code]) => code);
  const emptyCode = [...libraryCounts.keys()].find((code) => name(code) === "");
  // Per quarter and library column: the named libraries, then none (the rest is what is left).
  const libraryColumn = new Map<number, number>(named.map((code, k) => [code, k]));
  if (emptyCode !== undefined) libraryColumn.set(emptyCode, named.length);
  const libraryWidth = named.length + 1;
  const libraryByQuarter = new Uint32Array(quarterCount * libraryWidth);
  for (let i = 0; i < n; i++) {
    const q = quarterOfRow[i] as number;
    const column = q < 0 ? undefined : libraryColumn.get(codes.library[i] as number);
    if (column !== undefined) libraryByQuarter[q * libraryWidth + column] = (libraryByQuarter[q * libraryWidth + column] as number) + 1;
  }
  const params = valuesByGroup(quarterOfRow, quarterCount, (i) => columns.parameters[i] as number);
  const paramWeights = valuesByGroup(quarterOfRow, quarterCount, (i) => (Number.isNaN(columns.parameters[i]) ? Number.NaN : (columns.downloads[i] as number)));
  const perDay = (i: number) => (columns.downloadsAllTime[i] as number) / Math.max(1, (snapshotMs - (columns.createdAt[i] as number)) / DAY);
  const gatedRates = valuesByGroup(quarterOfRow, quarterCount, (i) => (gatedRow[i] === 1 ? perDay(i) : Number.NaN));
  const ungatedRates = valuesByGroup(quarterOfRow, quarterCount, (i) => (gatedRow[i] === 0 ? perDay(i) : Number.NaN));

  return {
    concentration: {
      verdict: "descriptive",
      last30Days: concentration(columns.downloads, codes.author, name),
      allTime: concentration(allTime, allTimeAuthors, name),
      method:
        "Shares of all downloads: models with none; the ⌈n/100⌉ and ⌈n/10⌉ most downloaded models; the 50 authors with the most. " +
        "Gini coefficient over every model (0: equal, 1: one model holds all). Compare: Osborne et al. 2024 (over 70% of models never downloaded; " +
        "1% of models take 99% of downloads); Hugging Face's model statistics of October 2025 (the top 50 entities hold 80% of downloads); " +
        "Longpre et al. 2025 (Gini and HHI of downloads over time).",
      caveat:
        "The Hub counts a download for every GET or HEAD of a model's query file (every .gguf file counts), without de-duplicating users or CI: " +
        "quantized and full models are not the same unit, and a busy CI job looks like a popular model. 30-day downloads are a rolling window; " +
        "all-time downloads cover the models that report them.",
    },
    sizeOverTime: {
      verdict: "descriptive",
      coverage: round(n ? withParameters / n : 0, 4) as number,
      quarters: ordered.map((quarter, q) => {
        const counts = params.of(q);
        const bands = Object.fromEntries(PARAMETER_BANDS.map((b) => [b.band, round(counts.length ? counts.filter((p) => p >= b.min && p < b.max).length / counts.length : 0, 4)])) as MarketInsights["sizeOverTime"]["quarters"][number]["bands"];
        return { quarter, models: modelsByQuarter[q] as number, withParameters: counts.length, medianParameters: median(counts), downloadWeightedMedian: weightedMedian(counts, paramWeights.of(q)), bands };
      }),
      method:
        "Per creation quarter, over the models with a parameter count: the median, and the median of what is downloaded (each model weighted by " +
        "its 30-day downloads), with the shares under 1B, 1–10B, 10–100B and from 100B. Compare: Longpre et al. 2025 (the mean size of new models " +
        "up 17× while the median of what is downloaded barely moved); Hugging Face's statistics of October 2025 (92% of downloads to models under 1B).",
      caveat:
        "Parameters come from safetensors files at the top of a repository: GGUF-only repositories, adapters and .bin weights have none, " +
        "so quantized models are mostly missing here. Coverage is stated.",
    },
    formats: {
      verdict: "descriptive",
      libraries: [...named.map(name), "other", "none"],
      quarters: ordered.map((quarter, q) => {
        const models = modelsByQuarter[q] as number;
        const shares: Record<string, number> = {};
        let namedCount = 0;
        named.forEach((code, k) => {
          const count = libraryByQuarter[q * libraryWidth + k] as number;
          namedCount += count;
          shares[name(code)] = round(count / models, 4) as number;
        });
        const none = libraryByQuarter[q * libraryWidth + named.length] as number;
        shares.other = round((models - namedCount - none) / models, 4) as number;
        shares.none = round(none / models, 4) as number;
        return { quarter, models, shares };
      }),
      method: `The share of each creation quarter's new models by library (the card's library_name): the ${TOP_LIBRARIES} most common in the data by name (GGUF, MLX, adapters via PEFT, …), the rest as other, none where the card names no library.`,
      caveat: "The library is what the card says (free text, set by the uploader); a GGUF or MLX repository may name transformers, or nothing.",
    },
    gating: {
      verdict: "descriptive",
      gatedAuto,
      gatedManual,
      share: round(n ? (gatedAuto + gatedManual) / n : 0, 4) as number,
      quarters: ordered.map((quarter, q) => {
        const gated = gatedRates.of(q);
        const ungated = ungatedRates.of(q);
        return { quarter, gated: gated.length, ungated: ungated.length, gatedMedianPerDay: round(median(gated), 3), ungatedMedianPerDay: round(median(ungated), 3) };
      }),
      method:
        "Gated models (auto or manual approval) against ungated ones, within creation quarters so that age does not decide: the median of all-time " +
        "downloads per day since creation. No study we know of measures it.",
      caveat:
        "Gating clusters in large organisations, whose models are downloaded more for other reasons; within a quarter the groups still differ in who made them.",
    },
  };
}
