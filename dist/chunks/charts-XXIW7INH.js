import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DotPainter,
  VIRIDIS,
  ZOOM,
  colourTable,
  createRaster,
  normaliser,
  renderChart
} from "./chunk-C6XJXVSR.js";
import {
  classesSpec,
  concentrationSpec,
  familiesSpec,
  lorenzSpec,
  relationsSpec,
  shareSpec,
  sizesSpec,
  snapshotsSpec,
  tagsSpec,
  weeklyDownloadsSpec,
  weeklySpec
} from "./chunk-76XHLEZT.js";
import {
  BYTES_LABEL,
  HEIGHT,
  WIDTH,
  chartContext,
  config,
  decades,
  fmt,
  header
} from "./chunk-FORYZD3Y.js";
import {
  CHART_FILES
} from "./chunk-4CBWZWGY.js";
import {
  select
} from "./chunk-W7Y2WGML.js";
import {
  isDatedCreation
} from "./chunk-H5AMLHLL.js";
import "./chunk-LEP5OP7O.js";
import {
  SPACES_CAP
} from "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";

// src/charts/index.ts
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/charts/charts.ts
function jitter(index) {
  let z = Math.imul(index ^ 1540483477, 668265261);
  z ^= z >>> 15;
  return ((z >>> 0) / 4294967296 - 0.5) * 0.7;
}
function likesDomain(models) {
  const p = models.length ? select(models.likes.slice(), Math.floor(0.995 * (models.length - 1))) : 0;
  return [0, Math.max(10, 10 ** Math.ceil(Math.log10(Math.max(1, p))))];
}
function scatterChart(models, point, axes, title) {
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
    const c = Math.max(0, Math.min(1, toColour(models.likes[i])));
    painter.paint(toX(at[0]) * w, (1 - toY(at[1])) * h, table[Math.round(c * 255)]);
    drawn++;
  }
  const axis = (a, field) => ({
    field,
    type: a.kind === "utc" ? "temporal" : "quantitative",
    title: a.title,
    scale: { type: a.kind, domain: a.domain, nice: false, ...a.kind === "symlog" ? { constant: 1, zero: false } : {} },
    axis: { ...a.values ? { values: a.values } : {}, ...a.labelExpr ? { labelExpr: a.labelExpr } : {}, ...a.kind === "utc" ? { format: "%Y", tickCount: { interval: "year" } } : {} }
  });
  const likeTicks = [0, 1, 10, 100, 1e3, 1e4, 1e5].filter((v) => v <= likes[1]);
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
        legend: { type: "gradient", values: likeTicks, gradientLength: HEIGHT - 40, format: "~s" }
      }
    }
  };
  return { spec, overlay: raster };
}
function storageChart(models, context) {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  let known = 0;
  for (const storage of models.usedStorage) {
    if (!(storage > 0)) continue;
    known++;
    if (storage < min) min = storage;
    if (storage > max) max = storage;
  }
  const lo = known ? 10 ** Math.floor(Math.log10(min)) : 1e6;
  const hi = known ? 10 ** Math.ceil(Math.log10(max)) : 1e12;
  const share = models.length ? (100 * known / models.length).toFixed(1) : "0";
  return scatterChart(
    models,
    (i, at) => {
      const storage = models.usedStorage[i];
      if (!(storage > 0)) return false;
      at[0] = storage;
      at[1] = models.spaces[i] + jitter(i);
      return true;
    },
    {
      x: { kind: "log", domain: [lo, hi], title: "Used storage (bytes, all revisions; log scale)", values: decades(lo, hi), labelExpr: BYTES_LABEL },
      y: { kind: "symlog", domain: [-0.5, SPACES_CAP + 0.5], title: "Spaces using the model (symlog)", values: [0, 1, 2, 5, 10, 20, 50, 100] }
    },
    header(context, "Used storage vs. Spaces, coloured by likes", [
      `Storage known for ${fmt(known)} of ${fmt(models.length)} models (${share}%), learned most-downloaded first.`,
      `The Hub caps Spaces at ${SPACES_CAP}: the top row means ${SPACES_CAP} or more. Spaces jittered by up to \xB10.35.`
    ])
  );
}
function downloadsChart(models, context) {
  let first = Number.POSITIVE_INFINITY;
  let maxDownloads = 1;
  let undated = 0;
  for (let i = 0; i < models.length; i++) {
    const createdAt = models.createdAt[i];
    if (!isDatedCreation(createdAt, context.snapshotMs)) {
      undated++;
      continue;
    }
    if (createdAt < first) first = createdAt;
    if (models.downloads[i] > maxDownloads) maxDownloads = models.downloads[i];
  }
  const snapshot = Date.parse(context.snapshot) + 864e5;
  const start = Number.isFinite(first) ? Date.UTC(new Date(first).getUTCFullYear(), new Date(first).getUTCMonth(), 1) : snapshot - 365 * 864e5;
  const top = 10 ** Math.ceil(Math.log10(maxDownloads + 1));
  return scatterChart(
    models,
    (i, at) => {
      const createdAt = models.createdAt[i];
      if (!isDatedCreation(createdAt, context.snapshotMs)) return false;
      const downloads = models.downloads[i];
      at[0] = createdAt;
      at[1] = downloads + (downloads < 10 ? jitter(i) : 0);
      return true;
    },
    {
      x: { kind: "utc", domain: [start, snapshot], title: "Created (UTC)" },
      y: { kind: "symlog", domain: [-0.5, top], title: "Downloads in the last 30 days (symlog)", values: [0, ...decades(1, top)], labelExpr: "format(datum.value, '~s')" }
    },
    header(context, "Downloads vs. creation date, coloured by likes", [
      `Downloads count the last 30 days only, which favours recent models. Counts under 10 jittered by up to \xB10.35.`,
      `${fmt(undated)} models on the placeholder creation date 2022-03-02 (or dated after the snapshot) are not drawn.`
    ])
  );
}

// src/charts/index.ts
async function renderCharts(input, chartsDir, warn, previewDir) {
  await mkdir(chartsDir, { recursive: true });
  if (previewDir) await mkdir(previewDir, { recursive: true });
  const models = input.stats;
  const context = chartContext(models, input.task, input.snapshotMs);
  const charts = [
    [CHART_FILES.weekly, () => ({ spec: weeklySpec(models, context) })],
    [CHART_FILES.storage, () => storageChart(models, context)],
    [CHART_FILES.downloads, () => downloadsChart(models, context)],
    [CHART_FILES.classes, () => ({ spec: classesSpec(models, context) })],
    [CHART_FILES.relations, () => ({ spec: relationsSpec(input.lineage, context) })],
    [CHART_FILES.families, () => ({ spec: familiesSpec(input.lineage, context) })],
    [CHART_FILES.snapshots, () => ({ spec: snapshotsSpec(input.history, context) })],
    [CHART_FILES.lorenz, () => ({ spec: lorenzSpec(input.market.concentration, context) })],
    [CHART_FILES.sizes, () => ({ spec: sizesSpec(input.market.sizeOverTime, context) })],
    [CHART_FILES.weeklyDownloads, () => ({ spec: weeklyDownloadsSpec(input.history, context) })],
    [CHART_FILES.shareByAuthor, () => ({ spec: shareSpec("author", input.trends, input.history, context) })],
    [CHART_FILES.shareByBase, () => ({ spec: shareSpec("base", input.trends, input.history, context) })],
    [CHART_FILES.concentrationOverTime, () => ({ spec: concentrationSpec(input.history, context) })],
    ...input.tagMix ? [[CHART_FILES.tags, () => ({ spec: tagsSpec(input.tagMix, context) })]] : []
  ];
  for (const file of Object.values(CHART_FILES)) if (!charts.some(([drawn]) => drawn === file)) await rm(join(chartsDir, file), { force: true });
  const written = [];
  for (const [file, chart] of charts) {
    const { png, preview } = await renderChart(chart(), warn, previewDir !== void 0);
    if (preview && previewDir) await writeFile(join(previewDir, file), preview);
    const path = join(chartsDir, file);
    await writeFile(`${path}.tmp-${process.pid}`, png);
    await rename(`${path}.tmp-${process.pid}`, path);
    written.push(path);
  }
  return written;
}
export {
  CHART_FILES,
  renderCharts
};
