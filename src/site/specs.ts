/**
 * The site's charts: the same specs as the PNGs, made interactive (tooltips that name what is
 * under the cursor, zoom and pan on time axes, legends that filter), and the two scatters as a
 * density of every model plus hoverable points for the models people look for.
 */
import type { TopLevelSpec } from "vega-lite";
import type { AnalysisInput } from "../analysis/input.ts";
import { SPACES_CAP } from "../dataset/record.ts";
import { isDatedCreation } from "../analysis/weekly.ts";
import { chartFrame, waitingSpec, type Context } from "../specs/common.ts";
import { snapshotsSpec, weeklyDownloadsSpec } from "../specs/history.ts";
import { concentrationSpec, shareSpec } from "../specs/trends.ts";
import { familiesSpec, relationsSpec } from "../specs/lineage.ts";
import { lorenzSpec, sizesSpec } from "../specs/market.ts";
import { classesSpec, weeklySpec } from "../specs/study.ts";
import { tagsSpec } from "../specs/tags.ts";
import { phoneLayout } from "../specs/phone.ts";

/** Models drawn as hoverable points on each scatter: the most downloaded and the most liked. */
export const POINTS_PER_SCATTER = 1500;

type Spec = Record<string, unknown>;

/** A vega-lite spec as a plain object, to add interaction to. */
const asSpec = (spec: TopLevelSpec): Spec => spec as unknown as Spec;

/** Tooltips on every mark of a spec (vega-lite shows the encoded fields). */
function withTooltips(spec: Spec): Spec {
  const mark = (m: unknown) => (typeof m === "string" ? { type: m, tooltip: true } : { ...(m as Spec), tooltip: true });
  const visit = (node: Spec): Spec => {
    const out: Spec = { ...node };
    if (out.mark !== undefined && (out.mark as Spec).type !== "text" && out.mark !== "text") out.mark = mark(out.mark);
    if (Array.isArray(out.layer)) out.layer = (out.layer as Spec[]).map(visit);
    return out;
  };
  return visit(spec);
}

/** Zoom and pan on the x axis (drag, wheel), on the first layer of a layered spec or the spec itself. */
function withZoom(spec: Spec): Spec {
  const zoom = { name: "zoom", select: { type: "interval", encodings: ["x"] }, bind: "scales" };
  // A chart still waiting for data (a line of text, no x axis) has nothing to zoom.
  const hasX = (node: Spec) => Boolean(((node.encoding as Spec | undefined)?.x as Spec | undefined)?.field);
  if (Array.isArray(spec.layer)) {
    if (!hasX((spec.layer as Spec[])[0] as Spec)) return spec;
    const [first, ...rest] = spec.layer as Spec[];
    return { ...spec, layer: [{ ...first, params: [zoom] }, ...rest] };
  }
  if (!hasX(spec)) return spec;
  return { ...spec, params: [...((spec.params as unknown[]) ?? []), zoom] };
}

/** A legend that filters: clicking a category keeps it bright and fades the others. */
function withLegendFilter(spec: Spec, field: string): Spec {
  const encoding = spec.encoding as Spec;
  return {
    ...spec,
    params: [...((spec.params as unknown[]) ?? []), { name: "pick", select: { type: "point", fields: [field] }, bind: "legend" }],
    encoding: { ...encoding, opacity: { condition: { param: "pick", value: 1 }, value: 0.15 } },
  };
}

/**
 * The browser has no DejaVu: let it use its own sans-serif. The chart keeps the spec's own width
 * (its labels fit it); style.css scales the drawn SVG to the column, as the image is scaled, so a
 * phone shows it whole. Laid out to a phone's 280 px instead, titles and labels ran off the chart.
 */
function browserFonts(spec: Spec): Spec {
  return { ...spec, config: { ...(spec.config as Spec), font: "system-ui, sans-serif" } };
}

interface Axis {
  field: "x" | "y";
  title: string;
  labelExpr: string;
  temporal?: boolean;
  /** Ticks at round values (in the axis' log-transformed units). */
  values?: number[];
}

/** Every model as a density of cells, with the top models as points that name themselves. */
function densitySpec(
  input: AnalysisInput,
  context: Context,
  title: string,
  notes: string[],
  coordinates: (i: number) => [number, number] | undefined,
  cell: [number, number],
  axes: [Axis, Axis],
): Spec {
  const { stats, ids } = input;
  const cells = new Map<string, number>();
  const candidates: number[] = [];
  for (let i = 0; i < stats.length; i++) {
    const at = coordinates(i);
    if (!at) continue;
    const key = `${Math.floor(at[0] / cell[0])},${Math.floor(at[1] / cell[1])}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    candidates.push(i);
  }
  // Nothing to draw yet (no storage learned): say so, rather than scales with no extent (a renderer warning in every run's log).
  if (candidates.length === 0) return asSpec(waitingSpec(chartFrame(context, title, notes), "No model to draw here yet."));
  const density = [...cells]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, models]) => {
      const [cx, cy] = key.split(",").map(Number) as [number, number];
      return { x: cx * cell[0], x2: (cx + 1) * cell[0], y: cy * cell[1], y2: (cy + 1) * cell[1], models };
    });
  const rank = (score: (i: number) => number) => [...candidates].sort((a, b) => score(b) - score(a) || a - b).slice(0, POINTS_PER_SCATTER / 2);
  const chosen = [...new Set([...rank((i) => stats.downloads[i] as number), ...rank((i) => stats.likes[i] as number)])].sort((a, b) => a - b);
  const points = chosen.map((i) => {
    const [x, y] = coordinates(i) as [number, number];
    return { x, y, model: ids?.[i] ?? "", downloads: stats.downloads[i], likes: stats.likes[i], created: new Date(stats.createdAt[i] as number).toISOString().slice(0, 10) };
  });
  const axisOf = (a: Axis) => (a.temporal ? { format: "%Y", tickCount: { interval: "year" } } : { labelExpr: a.labelExpr, ...(a.values ? { values: a.values } : {}) });
  const xEnc = (field: string) => ({ field, type: axes[0].temporal ? "temporal" : "quantitative", scale: axes[0].temporal ? { type: "utc" } : { zero: false }, title: axes[0].title, axis: axisOf(axes[0]) });
  const yEnc = (field: string) => ({ field, type: "quantitative", scale: { zero: false }, title: axes[1].title, axis: axisOf(axes[1]) });
  return {
    // Short lines: a line wider than the plot runs past the chart when the chart is scaled to a phone.
    ...chartFrame(context, title, [...notes, "Cells: every model (colour: how many, log scale).", `Points: the ${points.length} most downloaded and most liked; hover one to see which.`]),
    layer: [
      {
        data: { values: density },
        mark: { type: "rect", tooltip: true },
        encoding: {
          x: xEnc("x"), x2: { field: "x2" }, y: yEnc("y"), y2: { field: "y2" },
          color: { field: "models", type: "quantitative", title: "Models", scale: { type: "log", scheme: "greys" } },
        },
      },
      {
        data: { values: points },
        params: axes[0].temporal ? [{ name: "zoom", select: { type: "interval", encodings: ["x"] }, bind: "scales" }] : [],
        mark: { type: "point", filled: true, size: 28, color: "#e45756", opacity: 0.8 },
        encoding: {
          x: xEnc("x"), y: yEnc("y"),
          tooltip: [{ field: "model", title: "Model" }, { field: "downloads", title: "30-day downloads", format: "," }, { field: "likes", title: "Likes", format: "," }, { field: "created", title: "Created" }],
        },
      },
    ],
  };
}

/** Labels of a log10(1 + v) axis, as the round v they stand for. */
const LOG_LABEL = "format(round(pow(10, datum.value) - 1), '~s')";
/** Ticks of a log10(1 + v) axis at 0 and round v. */
const logTicks = (values: number[]) => values.map((v) => Math.log10(1 + v));

/** Every chart of the site, by name, as vega-lite specs with their data inline. */
export function siteSpecs(input: AnalysisInput, context: Context): Record<string, TopLevelSpec> {
  const { stats } = input;
  const specs: Record<string, Spec> = {
    weekly: withZoom(withTooltips(asSpec(weeklySpec(stats, context)))),
    storage: densitySpec(
      input,
      context,
      "Used storage vs Spaces",
      [`Storage known for ${stats.usedStorage.filter((bytes) => !Number.isNaN(bytes)).length.toLocaleString("en-US")} models. Spaces are capped at ${SPACES_CAP}.`],
      (i) => {
        const bytes = stats.usedStorage[i] as number;
        return bytes > 0 ? [Math.log10(bytes), Math.log10(1 + (stats.spaces[i] as number))] : undefined; // NaN: unknown
      },
      [0.1, 0.1],
      [
        { field: "x", title: "Used storage (bytes, log scale)", labelExpr: "format(pow(10, datum.value), '.0s') + 'B'", values: [5, 6, 7, 8, 9, 10, 11, 12, 13] },
        { field: "y", title: "Spaces using the model (log scale)", labelExpr: LOG_LABEL, values: logTicks([0, 1, 2, 5, 10, 20, 50, 100]) },
      ],
    ),
    downloads: densitySpec(
      input,
      context,
      "30-day downloads vs creation date",
      ["Placeholder-dated models (and any dated after the snapshot) are left out."],
      (i) => {
        const createdAt = stats.createdAt[i] as number;
        return isDatedCreation(createdAt, context.snapshotMs) ? [createdAt, Math.log10(1 + (stats.downloads[i] as number))] : undefined;
      },
      [14 * 86_400_000, 0.125],
      [
        { field: "x", title: "Created (UTC)", labelExpr: "", temporal: true },
        { field: "y", title: "Downloads in the last 30 days (log scale)", labelExpr: LOG_LABEL, values: logTicks([0, 1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7]) },
      ],
    ),
    classes: withTooltips(asSpec(classesSpec(stats, context))),
    relations: withZoom(withLegendFilter(withTooltips(asSpec(relationsSpec(input.lineage, context))), "category")),
    families: familiesSite(input, context, "desktop"),
    snapshots: withTooltips(asSpec(snapshotsSpec(input.history, context))),
    lorenz: withTooltips(asSpec(lorenzSpec(input.market.concentration, context))),
    sizes: withTooltips(asSpec(sizesSpec(input.market.sizeOverTime, context))),
    weeklyDownloads: withZoom(withTooltips(asSpec(weeklyDownloadsSpec(input.history, context)))),
    // Layered over the week marks, with tooltips of their own.
    shareByAuthor: asSpec(shareSpec("author", input.trends, input.history, context)),
    shareByBase: asSpec(shareSpec("base", input.trends, input.history, context)),
    concentrationOverTime: asSpec(concentrationSpec(input.history, context)),
    ...(input.tagMix ? { tags: withLegendFilter(withTooltips(asSpec(tagsSpec(input.tagMix, context))), "tag") } : {}),
  };
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, browserFonts(spec) as unknown as TopLevelSpec]));
}

/** The families chart as the site shows it, in either layout (siteSpecs and phoneSpecs agree on its wrapping). */
function familiesSite(input: AnalysisInput, context: Context, layout: "desktop" | "phone"): Spec {
  return withTooltips(asSpec(familiesSpec(input.lineage, context, layout)));
}

/**
 * The same charts laid out for a phone (src/specs/phone.ts): the same data, drawn for the column;
 * the families, whose labels need another arrangement there, drawn again for it.
 */
export function phoneSpecs(input: AnalysisInput, context: Context, specs: Record<string, TopLevelSpec>): Record<string, TopLevelSpec> {
  const phone: Record<string, TopLevelSpec> = { ...specs };
  if (phone.families) phone.families = browserFonts(familiesSite(input, context, "phone")) as unknown as TopLevelSpec;
  return Object.fromEntries(Object.entries(phone).map(([name, spec]) => [name, phoneLayout(spec)]));
}
