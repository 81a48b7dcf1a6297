/**
 * vega-lite spec → vega view (no DOM, no canvas) → SVG → resvg (wasm) → pixels → PNG, with the
 * bundled DejaVu fonts. Same spec and data give the same bytes on any OS and time zone.
 */
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { encodePng, freeNow, layOver, shrunk, type Raster } from "./raster.ts";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { loadAsset } from "./assets.ts";
import { FONT_FAMILY } from "../specs/common.ts";
import { FontMetrics } from "./font.ts";

/** PNG pixels per SVG unit: crisp on high-density screens and in READMEs. */
export const ZOOM = 2;

let ready: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

/** initWasm may run once per process (a second call throws); fonts are read once. */
function prepare(): Promise<{ regular: Buffer; bold: Buffer }> {
  ready ??= (async () => {
    await initWasm(loadAsset("resvg.wasm"));
    const regular = loadAsset("DejaVuSans.ttf");
    const bold = loadAsset("DejaVuSans-Bold.ttf");
    const regularMetrics = new FontMetrics(regular);
    const boldMetrics = new FontMetrics(bold);
    // Exported at run time (from vega-scenegraph) though vega's typings omit it.
    const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
    metrics.width = (item, text) => {
      const size = item.fontSize ?? 11;
      const isBold = item.fontWeight === "bold" || Number(item.fontWeight) >= 600;
      const value = text == null ? "" : String(text).trim();
      return (isBold ? boldMetrics : regularMetrics).width(value, size);
    };
    return { regular, bold };
  })();
  return ready;
}

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}

/** Where vega's and vega-lite's own warnings go: the caller's log, never the console. */
export type ChartWarn = (message: string) => void;

function vegaLogger(warn: ChartWarn) {
  return vega.logger(vega.Warn, undefined, (_method, level, args) => warn(`chart renderer ${level.toLowerCase()}: ${args.map(String).join(" ")}`));
}

/**
 * A chart to draw: its spec and, where points are too many for SVG, their pixels (at ZOOM×, the
 * plot area's size) to lay over the plot area once resvg has drawn the rest.
 */
export interface Chart {
  spec: TopLevelSpec;
  overlay?: Raster | undefined;
}

/** The SVG vega draws for a spec, and where its plot area begins in it. */
async function draw(spec: TopLevelSpec, warn: ChartWarn): Promise<{ svg: string; origin: [number, number] }> {
  await prepare();
  const logger = vegaLogger(warn);
  const { spec: vgSpec } = compile(spec, { logger });
  const view = new vega.View(vega.parse(vgSpec), { renderer: "none", logger });
  try {
    const svg = await view.toSVG();
    // origin() is the plot's offset inside the padding, which the SVG adds around everything.
    const [x, y] = view.origin() as [number, number];
    const padding = view.padding() as { left: number; top: number };
    return { svg, origin: [x + padding.left, y + padding.top] };
  } finally {
    view.finalize();
  }
}

/** The SVG vega draws for a vega-lite spec. */
export async function specToSvg(spec: TopLevelSpec, warn: ChartWarn = () => {}): Promise<string> {
  return (await draw(spec, warn)).svg;
}

/** The SVG's pixels at `zoom`, on white. (Encoding them here, not in wasm, is faster and smaller.) */
async function rasterise(svg: string, zoom: number): Promise<Raster> {
  const { regular, bold } = await prepare();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: zoom },
    background: "white",
    font: { fontBuffers: [regular, bold], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY, loadSystemFonts: false },
  });
  const image = resvg.render();
  try {
    return { width: image.width, height: image.height, data: image.pixels };
  } finally {
    image.free();
    resvg.free();
  }
}

/**
 * The chart at 2× (the committed PNG) and, when asked, at 1× too (the site's light first view):
 * one SVG for both. The chart's overlay is used up (its memory given back).
 */
export async function renderChart(chart: Chart, warn: ChartWarn | undefined, preview: boolean): Promise<{ png: Uint8Array; preview: Uint8Array | undefined }> {
  const { svg, origin } = await draw(chart.spec, warn ?? (() => {}));
  const at = async (zoom: number, overlay: Raster | undefined) => {
    const pixels = await rasterise(svg, zoom);
    if (overlay) layOver(pixels, overlay, Math.round(origin[0] * zoom), Math.round(origin[1] * zoom));
    freeNow(overlay?.data);
    return encodePixels(pixels);
  };
  const small = preview && chart.overlay ? shrunk(chart.overlay, ZOOM) : undefined;
  const png = await at(ZOOM, chart.overlay);
  return { png, preview: preview ? await at(1, small) : undefined };
}

/** The PNG of pixels no one else holds, their memory given back at once (see freeNow). */
async function encodePixels(pixels: Raster): Promise<Uint8Array> {
  try {
    return await encodePng(pixels);
  } finally {
    freeNow(pixels.data);
  }
}

/** A spec drawn as a PNG at `zoom` pixels per SVG unit (the site's phone layouts, at 2×). */
export async function drawSpec(spec: TopLevelSpec, zoom: number, warn: ChartWarn = () => {}): Promise<Uint8Array> {
  const { svg } = await draw(spec, warn);
  return encodePixels(await rasterise(svg, zoom));
}
