/**
 * The study's four charts, drawn truthfully at 700k models: log and symlog axes so that
 * zeros and heavy tails both show, points painted as pixels, the Hub's quirks stated on
 * the chart. Every spec is a pure function of the records.
 */
import type { TopLevelSpec } from "vega-lite";
import { CLASSES, downloadBins, popularityClasses } from "../analysis/popularity.ts";
import { CHATGPT_RELEASE, SIX_MONTHS_AFTER } from "../analysis/findings.ts";
import { isoDay, snapshotOf, weeklySeries } from "../analysis/weekly.ts";
import { PLACEHOLDER_CREATED_AT, SPACES_CAP, type ModelStats } from "../dataset/record.ts";
import { colourTable, createRaster, DotPainter, normaliser, rasterToDataUrl, VIRIDIS, type ScaleKind } from "./raster.ts";
import { FONT_FAMILY, ZOOM } from "./render.ts";

export const WIDTH = 860;
export const HEIGHT = 460;
export const fmt = (n: number) => n.toLocaleString("en-US");

export interface Context {
  task: string;
  snapshot: string;
  models: number;
}

export function config() {
  return {
    font: FONT_FAMILY,
    aria: false,
    background: "white",
    title: { fontSize: 17, subtitleFontSize: 12, subtitleColor: "#444", anchor: "start" as const, offset: 12 },
    axis: { labelFontSize: 11, titleFontSize: 12, gridColor: "#e6e6e6" },
    legend: { labelFontSize: 11, titleFontSize: 12 },
    view: { stroke: "#ccc" },
  };
}

export function header(context: Context, title: string, notes: string[]): { text: string; subtitle: string[] } {
  return { text: `${title} (${context.task})`, subtitle: [`Hugging Face Hub snapshot ${context.snapshot} · ${fmt(context.models)} models`, ...notes] };
}

export function weeklySpec(records: readonly ModelStats[], context: Context): TopLevelSpec {
  const series = weeklySeries(records, Date.parse(context.snapshot));
  const notes = [
    `${fmt(series.placeholder)} models carry the Hub's placeholder creation date 2022-03-02: they start the cumulative line and are in no week.`,
  ];
  if (series.partialWeek) notes.push(`The current week (ending Monday ${series.partialWeek.week}, ${fmt(series.partialWeek.count)} models so far) is partial and not drawn.`);
  const values = series.weeks.map((w) => ({ week: w.weekMs, count: w.count, cumulative: w.cumulative }));
  const weeklyTop = 10 ** Math.ceil(Math.log10(Math.max(10, ...series.weeks.map((w) => w.count))));
  const x = { field: "week", type: "temporal" as const, scale: { type: "utc" as const }, title: "Week (weeks end on Monday, UTC)", axis: { format: "%Y", tickCount: { interval: "year" as const } } };
  const markers = [
    { date: CHATGPT_RELEASE, label: "ChatGPT released (2022-11-30)", top: 4 },
    { date: SIX_MONTHS_AFTER, label: "six months later (2023-05-30)", top: 22 },
  ];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: config(),
    width: WIDTH,
    height: HEIGHT,
    title: header(context, "Models created per week, and in total", notes),
    layer: [
      {
        data: { values },
        mark: { type: "area", color: "#4c78a8", opacity: 0.35, interpolate: "step-before", line: { color: "#4c78a8", strokeWidth: 1.5 } },
        // Symlog: the early weeks (tens of models) and today's (thousands) both read; zero weeks still show.
        encoding: {
          x,
          y: {
            field: "count",
            type: "quantitative",
            // One series: nothing to stack (vega-lite stacks areas by default, which a symlog scale rejects).
            stack: null,
            title: "Models created per week (symlog)",
            scale: { type: "symlog", constant: 1, domain: [0, weeklyTop] },
            axis: { titleColor: "#4c78a8", values: decades(1, weeklyTop).flatMap((v) => (v === 1 ? [0, 1] : [v / 2, v])).filter((v) => v <= weeklyTop), labelExpr: COUNT_LABEL },
          },
        },
      },
      {
        data: { values },
        mark: { type: "line", color: "#e45756", strokeWidth: 2.5 },
        encoding: {
          x,
          y: { field: "cumulative", type: "quantitative", title: "Models in total (cumulative)", axis: { orient: "right", titleColor: "#e45756", format: "~s" } },
        },
      },
      {
        data: { values: markers },
        layer: [
          { mark: { type: "rule", strokeDash: [6, 4], color: "#333", strokeWidth: 1.2 }, encoding: { x: { field: "date", type: "temporal" } } },
          {
            mark: { type: "text", align: "left", baseline: "top", dx: 4, fontSize: 11, color: "#333" },
            encoding: { x: { field: "date", type: "temporal" }, y: { field: "top", type: "quantitative", scale: null }, text: { field: "label" } },
          },
        ],
      },
    ],
    resolve: { scale: { y: "independent" } },
  } as TopLevelSpec;
}

interface ScatterAxis {
  kind: ScaleKind | "utc";
  domain: [number, number];
  title: string;
  values?: number[];
  labelExpr?: string;
}

/** Integer values (spaces, low download counts) spread by up to ±0.35 so stacked points show. */
function jitter(index: number): number {
  let z = Math.imul(index ^ 0x5bd1e995, 0x27d4eb2d);
  z ^= z >>> 15;
  return ((z >>> 0) / 4294967296 - 0.5) * 0.7;
}

function likesDomain(records: readonly ModelStats[]): [number, number] {
  const likes = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) likes[i] = (records[i] as ModelStats).likes;
  likes.sort();
  const p = likes[Math.floor(0.995 * (likes.length - 1))] ?? 0;
  return [0, Math.max(10, 10 ** Math.ceil(Math.log10(Math.max(1, p))))];
}

/** A scatter whose points are pixels under vega's axes, titles and colour bar. */
function scatterSpec(
  records: readonly ModelStats[],
  /** Writes a model's x and y into `at` and returns true, or returns false to leave it out. */
  point: (r: ModelStats, i: number, at: Float64Array) => boolean,
  axes: { x: ScatterAxis; y: ScatterAxis },
  title: { text: string; subtitle: string[] },
): TopLevelSpec {
  const w = WIDTH * ZOOM;
  const h = HEIGHT * ZOOM;
  const raster = createRaster(w, h);
  const toX = normaliser(axes.x.kind === "utc" ? "linear" : axes.x.kind, axes.x.domain);
  const toY = normaliser(axes.y.kind === "utc" ? "linear" : axes.y.kind, axes.y.domain);
  const likes = likesDomain(records);
  const toColour = normaliser("symlog", likes);
  const table = colourTable(VIRIDIS);
  const painter = new DotPainter(raster, 1.1 * ZOOM, 0.55);
  let drawn = 0;
  const at = new Float64Array(2);
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as ModelStats;
    if (!point(r, i, at)) continue;
    const c = Math.max(0, Math.min(1, toColour(r.likes)));
    painter.paint(toX(at[0] as number) * w, (1 - toY(at[1] as number)) * h, table[Math.round(c * 255)] as [number, number, number]);
    drawn++;
  }
  const axis = (a: ScatterAxis, field: string) => ({
    field,
    type: a.kind === "utc" ? ("temporal" as const) : ("quantitative" as const),
    title: a.title,
    scale: { type: a.kind, domain: a.domain, nice: false, ...(a.kind === "symlog" ? { constant: 1, zero: false } : {}) },
    axis: { ...(a.values ? { values: a.values } : {}), ...(a.labelExpr ? { labelExpr: a.labelExpr } : {}), ...(a.kind === "utc" ? { format: "%Y", tickCount: { interval: "year" } } : {}) },
  });
  const likeTicks = [0, 1, 10, 100, 1000, 10_000, 100_000].filter((v) => v <= likes[1]);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: config(),
    width: WIDTH,
    height: HEIGHT,
    title: { ...title, subtitle: [...title.subtitle, `${fmt(drawn)} points, one per model; colour: likes (symlog, clamped at ${fmt(likes[1])}).`] },
    layer: [
      {
        data: { values: [{ x: axes.x.domain[0], y: axes.y.domain[1], url: rasterToDataUrl(raster) }] },
        mark: { type: "image", width: WIDTH, height: HEIGHT, aspect: false, align: "left", baseline: "top" },
        encoding: { x: { field: "x", type: axes.x.kind === "utc" ? "temporal" : "quantitative" }, y: { field: "y", type: "quantitative" }, url: { field: "url" } },
      },
      {
        // Invisible corner points carry the scales and the colour bar.
        data: { values: [{ x: axes.x.domain[0], y: axes.y.domain[0], likes: likes[0] }, { x: axes.x.domain[1], y: axes.y.domain[1], likes: likes[1] }] },
        mark: { type: "point", opacity: 0 },
        encoding: {
          x: axis(axes.x, "x"),
          y: axis(axes.y, "y"),
          color: {
            field: "likes",
            type: "quantitative",
            title: "Likes",
            scale: { type: "symlog", constant: 1, domain: likes, range: VIRIDIS, interpolate: "rgb", clamp: true },
            legend: { type: "gradient", values: likeTicks, gradientLength: HEIGHT - 40, format: "~s" },
          },
        },
      },
    ],
  } as TopLevelSpec;
}

const COUNT_LABEL = "datum.value >= 1e6 ? format(datum.value / 1e6, '~g') + 'M' : datum.value >= 1e3 ? format(datum.value / 1e3, '~g') + 'k' : format(datum.value, '~g')";

const BYTES_LABEL =
  "datum.value >= 1e12 ? format(datum.value / 1e12, '~g') + ' TB' : datum.value >= 1e9 ? format(datum.value / 1e9, '~g') + ' GB' : " +
  "datum.value >= 1e6 ? format(datum.value / 1e6, '~g') + ' MB' : datum.value >= 1e3 ? format(datum.value / 1e3, '~g') + ' kB' : datum.value + ' B'";

function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let v = lo; v <= hi * 1.0001; v *= 10) out.push(v);
  return out;
}

export function storageSpec(records: readonly ModelStats[], context: Context): TopLevelSpec {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  let known = 0;
  for (const r of records) {
    if (r.usedStorage === null || r.usedStorage <= 0) continue;
    known++;
    if (r.usedStorage < min) min = r.usedStorage;
    if (r.usedStorage > max) max = r.usedStorage;
  }
  const lo = known ? 10 ** Math.floor(Math.log10(min)) : 1e6;
  const hi = known ? 10 ** Math.ceil(Math.log10(max)) : 1e12;
  const share = records.length ? ((100 * known) / records.length).toFixed(1) : "0";
  return scatterSpec(
    records,
    (r, i, at) => {
      if (r.usedStorage === null || r.usedStorage <= 0) return false;
      at[0] = r.usedStorage;
      at[1] = r.spaces + jitter(i);
      return true;
    },
    {
      x: { kind: "log", domain: [lo, hi], title: "Used storage (bytes, all revisions; log scale)", values: decades(lo, hi), labelExpr: BYTES_LABEL },
      y: { kind: "symlog", domain: [-0.5, SPACES_CAP + 0.5], title: "Spaces using the model (symlog)", values: [0, 1, 2, 5, 10, 20, 50, 100] },
    },
    header(context, "Used storage vs. Spaces, coloured by likes", [
      `Storage known for ${fmt(known)} of ${fmt(records.length)} models (${share}%), learned most-downloaded first.`,
      `The Hub caps Spaces at ${SPACES_CAP}: the top row means ${SPACES_CAP} or more. Spaces jittered by up to ±0.35.`,
    ]),
  );
}

export function downloadsSpec(records: readonly ModelStats[], context: Context): TopLevelSpec {
  let first = Number.POSITIVE_INFINITY;
  let maxDownloads = 1;
  let placeholder = 0;
  for (const r of records) {
    if (r.createdAt === PLACEHOLDER_CREATED_AT) {
      placeholder++;
      continue;
    }
    if (r.createdAt < first) first = r.createdAt;
    if (r.downloads > maxDownloads) maxDownloads = r.downloads;
  }
  const snapshot = Date.parse(context.snapshot) + 86_400_000;
  const start = Number.isFinite(first) ? Date.UTC(new Date(first).getUTCFullYear(), new Date(first).getUTCMonth(), 1) : snapshot - 365 * 86_400_000;
  const top = 10 ** Math.ceil(Math.log10(maxDownloads + 1));
  return scatterSpec(
    records,
    (r, i, at) => {
      if (r.createdAt === PLACEHOLDER_CREATED_AT) return false;
      at[0] = r.createdAt;
      at[1] = r.downloads + (r.downloads < 10 ? jitter(i) : 0);
      return true;
    },
    {
      x: { kind: "utc", domain: [start, snapshot], title: "Created (UTC)" },
      y: { kind: "symlog", domain: [-0.5, top], title: "Downloads in the last 30 days (symlog)", values: [0, ...decades(1, top)], labelExpr: "format(datum.value, '~s')" },
    },
    header(context, "Downloads vs. creation date, coloured by likes", [
      `Downloads count the last 30 days only, which favours recent models. Counts under 10 jittered by up to ±0.35.`,
      `${fmt(placeholder)} models on the placeholder creation date 2022-03-02 are not drawn.`,
    ]),
  );
}

const CLASS_COLOURS = ["#8c8c8c", "#f58518", "#54a24b"];

export function classesSpec(records: readonly ModelStats[], context: Context): TopLevelSpec {
  let maxDownloads = 0;
  for (const r of records) if (r.downloads > maxDownloads) maxDownloads = r.downloads;
  const bins = downloadBins(maxDownloads);
  const counts = new Array<number>(bins.length).fill(0);
  for (const r of records) {
    let k = 0;
    while (k + 1 < bins.length && r.downloads >= (bins[k + 1] as { lower: number }).lower) k++;
    counts[k] = (counts[k] as number) + 1;
  }
  const classes = popularityClasses(records);
  const legendLabel = (name: string) => {
    const c = classes.find((x) => x.name === name) as (typeof classes)[number];
    return `${c.name} (${c.label}): ${fmt(c.count)} (${(100 * c.share).toFixed(1)}%)`;
  };
  const values = bins
    .map((bin, k) => ({ bin: bin.label, count: counts[k] as number, class: legendLabel(CLASSES.find((c) => bin.lower >= c.min && bin.lower <= c.max)?.name ?? "Very Popular") }))
    .filter((v) => v.count > 0);
  const order = values.map((v) => v.bin);
  const maxCount = Math.max(1, ...values.map((v) => v.count));
  const x = { field: "bin", type: "ordinal" as const, sort: order, title: "Downloads in the last 30 days", axis: { labelAngle: -45 } };
  const y = { field: "count", type: "quantitative" as const, title: "Models (log scale)", scale: { type: "log" as const, domain: [0.7, 10 ** Math.ceil(Math.log10(maxCount * 1.5))] }, axis: { format: "~s", values: decades(1, 10 ** Math.ceil(Math.log10(maxCount * 1.5))) } };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: config(),
    width: WIDTH,
    height: HEIGHT,
    title: header(context, "Models by 30-day downloads", ["Bins on a 1-2-4 logarithmic ladder; the count axis is logarithmic. Zero-download models are the first bar."]),
    data: { values },
    layer: [
      {
        mark: { type: "bar", width: { band: 0.85 } },
        encoding: {
          x,
          y: { ...y, stack: null },
          // Log scales have no zero: bars rise from the bottom of the plot.
          y2: { value: HEIGHT },
          color: {
            field: "class",
            type: "nominal",
            title: "Popularity class",
            scale: { domain: CLASSES.map((c) => legendLabel(c.name)), range: CLASS_COLOURS },
            legend: { orient: "top-right", labelLimit: 400 },
          },
        },
      },
      {
        mark: { type: "text", dy: -7, fontSize: 10, color: "#333" },
        encoding: { x, y, text: { field: "count", type: "quantitative", format: "," } },
      },
    ],
  } as TopLevelSpec;
}

export function chartContext(records: readonly ModelStats[], task: string): Context {
  return { task, snapshot: isoDay(snapshotOf(records)), models: records.length };
}
