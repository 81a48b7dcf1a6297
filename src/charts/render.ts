/**
 * vega-lite spec → vega view (no DOM, no canvas) → SVG → resvg (wasm) → PNG, with the
 * bundled DejaVu fonts. Same spec and data give the same bytes on any OS and time zone.
 */
import { initWasm, Resvg } from "@resvg/resvg-wasm";
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

/** The SVG vega draws for a vega-lite spec. */
export async function specToSvg(spec: TopLevelSpec, warn: ChartWarn = () => {}): Promise<string> {
  await prepare();
  const logger = vegaLogger(warn);
  const { spec: vgSpec } = compile(spec, { logger });
  const view = new vega.View(vega.parse(vgSpec), { renderer: "none", logger });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A PNG of the SVG, at 2× zoom by default (sharp when printed or on a high-density screen). */
export async function svgToPng(svg: string, zoom = ZOOM): Promise<Uint8Array> {
  const { regular, bold } = await prepare();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: zoom },
    background: "white",
    font: { fontBuffers: [regular, bold], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY, loadSystemFonts: false },
  });
  const image = resvg.render();
  try {
    return image.asPng();
  } finally {
    image.free();
    resvg.free();
  }
}

/** The chart at 2× (the committed PNG) and, when asked, at 1× too (the site's light first view): one SVG for both. */
export async function renderSpecSizes(spec: TopLevelSpec, warn: ChartWarn | undefined, preview: boolean): Promise<{ png: Uint8Array; preview: Uint8Array | undefined }> {
  const svg = await specToSvg(spec, warn);
  return { png: await svgToPng(svg), preview: preview ? await svgToPng(svg, 1) : undefined };
}
