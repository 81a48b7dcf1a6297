/**
 * The study's two scatters for the PNGs, drawn truthfully at 700k models: log and symlog axes
 * so that zeros and heavy tails both show, points painted as pixels, the Hub's quirks stated on
 * the chart. Every spec is a pure function of the models' columns. (The other charts' specs are in src/specs/.)
 */
import type { TopLevelSpec } from "vega-lite";
import { SPACES_CAP } from "../dataset/record.ts";
import { select } from "../analysis/stats.ts";
import { isDatedCreation } from "../analysis/weekly.ts";
import type { ModelColumns } from "../dataset/table.ts";
import { BYTES_LABEL, config, decades, fmt, header, HEIGHT, WIDTH, type Context } from "../specs/common.ts";
import { colourTable, createRaster, DotPainter, normaliser, VIRIDIS, type ScaleKind } from "./raster.ts";
import { ZOOM, type Chart } from "./render.ts";

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

function likesDomain(models: ModelColumns): [number, number] {
  const p = models.length ? select(models.likes.slice(), Math.floor(0.995 * (models.length - 1))) : 0;
  return [0, Math.max(10, 10 ** Math.ceil(Math.log10(Math.max(1, p))))];
}

/** A scatter whose points are pixels laid over the plot area of vega's axes, titles and colour bar. */
function scatterChart(
  models: ModelColumns,
  /** Writes model i's x and y into `at` and returns true, or returns false to leave it out. */
  point: (i: number, at: Float64Array) => boolean,
  axes: { x: ScatterAxis; y: ScatterAxis },
  title: { text: string; subtitle: string[] },
): Chart {
  const w = WIDTH * ZOOM;
  const h = HEIGHT * ZOOM;
  const raster = createRaster(w, h);
  const toX = normaliser(axes.x.kind === "utc" ? "linear" : axes.x.kind, axes.x.domain);
  const toY = normaliser(axes.y.kind === "utc" ? "linear" : axes.y.kind, axes.y.domain);
  const likes = likesDomain(models);
  const toColour = normaliser("symlog", likes);
  const table = colourTable(VIRIDIS);
  const painter = new DotPainter(raster, 1.1 * ZOOM, 0.55);
  let drawn = 0;
  const at = new Float64Array(2);
  for (let i = 0; i < models.length; i++) {
    if (!point(i, at)) continue;
    const c = Math.max(0, Math.min(1, toColour(models.likes[i] as number)));
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
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: config(),
    width: WIDTH,
    height: HEIGHT,
    title: { ...title, subtitle: [...title.subtitle, `${fmt(drawn)} points, one per model; colour: likes (symlog, clamped at ${fmt(likes[1])}).`] },
    // Invisible corner points carry the scales and the colour bar; the points themselves are the overlay.
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
  } as TopLevelSpec;
  return { spec, overlay: raster };
}

export function storageChart(models: ModelColumns, context: Context): Chart {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  let known = 0;
  for (const storage of models.usedStorage) {
    if (!(storage > 0)) continue; // unknown (NaN) or empty
    known++;
    if (storage < min) min = storage;
    if (storage > max) max = storage;
  }
  const lo = known ? 10 ** Math.floor(Math.log10(min)) : 1e6;
  const hi = known ? 10 ** Math.ceil(Math.log10(max)) : 1e12;
  const share = models.length ? ((100 * known) / models.length).toFixed(1) : "0";
  return scatterChart(
    models,
    (i, at) => {
      const storage = models.usedStorage[i] as number;
      if (!(storage > 0)) return false;
      at[0] = storage;
      at[1] = (models.spaces[i] as number) + jitter(i);
      return true;
    },
    {
      x: { kind: "log", domain: [lo, hi], title: "Used storage (bytes, all revisions; log scale)", values: decades(lo, hi), labelExpr: BYTES_LABEL },
      y: { kind: "symlog", domain: [-0.5, SPACES_CAP + 0.5], title: "Spaces using the model (symlog)", values: [0, 1, 2, 5, 10, 20, 50, 100] },
    },
    header(context, "Used storage vs. Spaces, coloured by likes", [
      `Storage known for ${fmt(known)} of ${fmt(models.length)} models (${share}%), learned most-downloaded first.`,
      `The Hub caps Spaces at ${SPACES_CAP}: the top row means ${SPACES_CAP} or more. Spaces jittered by up to ±0.35.`,
    ]),
  );
}

export function downloadsChart(models: ModelColumns, context: Context): Chart {
  let first = Number.POSITIVE_INFINITY;
  let maxDownloads = 1;
  let undated = 0;
  for (let i = 0; i < models.length; i++) {
    const createdAt = models.createdAt[i] as number;
    if (!isDatedCreation(createdAt, context.snapshotMs)) {
      undated++;
      continue;
    }
    if (createdAt < first) first = createdAt;
    if ((models.downloads[i] as number) > maxDownloads) maxDownloads = models.downloads[i] as number;
  }
  const snapshot = Date.parse(context.snapshot) + 86_400_000;
  const start = Number.isFinite(first) ? Date.UTC(new Date(first).getUTCFullYear(), new Date(first).getUTCMonth(), 1) : snapshot - 365 * 86_400_000;
  const top = 10 ** Math.ceil(Math.log10(maxDownloads + 1));
  return scatterChart(
    models,
    (i, at) => {
      const createdAt = models.createdAt[i] as number;
      if (!isDatedCreation(createdAt, context.snapshotMs)) return false;
      const downloads = models.downloads[i] as number;
      at[0] = createdAt;
      at[1] = downloads + (downloads < 10 ? jitter(i) : 0);
      return true;
    },
    {
      x: { kind: "utc", domain: [start, snapshot], title: "Created (UTC)" },
      y: { kind: "symlog", domain: [-0.5, top], title: "Downloads in the last 30 days (symlog)", values: [0, ...decades(1, top)], labelExpr: "format(datum.value, '~s')" },
    },
    header(context, "Downloads vs. creation date, coloured by likes", [
      `Downloads count the last 30 days only, which favours recent models. Counts under 10 jittered by up to ±0.35.`,
      `${fmt(undated)} models on the placeholder creation date 2022-03-02 (or dated after the snapshot) are not drawn.`,
    ]),
  );
}

