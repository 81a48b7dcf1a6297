/**
 * What every chart spec shares, for the PNGs (src/charts/) and the site (src/site/) alike:
 * size, fonts, titles, number labels. Specs are pure functions of the analysis.
 */
import type { TopLevelSpec } from "vega-lite";
import { isoDay } from "../analysis/weekly.ts";
import { tagSetLabel, tagsOf } from "../pipeline-tags.ts";
import type { ModelColumns } from "../dataset/table.ts";

/** The font the PNGs are drawn with (bundled); a browser falls back to its sans-serif. */
export const FONT_FAMILY = "DejaVu Sans";
export const WIDTH = 860;
export const HEIGHT = 460;
export const fmt = (n: number) => n.toLocaleString("en-US");

export interface Context {
  /** The tracked tags as a title names them (`text-generation`, or several separated by commas). */
  task: string;
  /** The tracked tags themselves, in the set's canonical order. */
  tags: readonly string[];
  /** The snapshot's day, YYYY-MM-DD, and its moment. */
  snapshot: string;
  snapshotMs: number;
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

/** What every chart spec opens with: schema, config, the standard size, the title with its notes. */
export function chartFrame(context: Context, title: string, notes: string[]) {
  return { $schema: "https://vega.github.io/schema/vega-lite/v6.json", config: config(), width: WIDTH, height: HEIGHT, title: header(context, title, notes) };
}

/** A chart that says, in a line or two, why there is nothing to draw yet, in the frame it will have. */
export function waitingSpec(frame: ReturnType<typeof chartFrame>, text: string): TopLevelSpec {
  return {
    ...frame,
    data: { values: [{ text }] },
    mark: { type: "text", fontSize: 15, lineBreak: "\n", lineHeight: 22, color: "#444", align: "center", baseline: "middle", x: { expr: "width / 2" }, y: { expr: "height / 2" } },
    encoding: { text: { field: "text", type: "nominal" } },
  } as TopLevelSpec;
}

export function header(context: Context, title: string, notes: string[]): { text: string; subtitle: string[] } {
  return { text: `${title} (${context.task})`, subtitle: [`Hugging Face Hub snapshot ${context.snapshot} · ${fmt(context.models)} models`, ...notes] };
}

export const COUNT_LABEL = "datum.value >= 1e6 ? format(datum.value / 1e6, '~g') + 'M' : datum.value >= 1e3 ? format(datum.value / 1e3, '~g') + 'k' : format(datum.value, '~g')";

export const BYTES_LABEL =
  "datum.value >= 1e12 ? format(datum.value / 1e12, '~g') + ' TB' : datum.value >= 1e9 ? format(datum.value / 1e9, '~g') + ' GB' : " +
  "datum.value >= 1e6 ? format(datum.value / 1e6, '~g') + ' MB' : datum.value >= 1e3 ? format(datum.value / 1e3, '~g') + ' kB' : datum.value + ' B'";

export function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let v = lo; v <= hi * 1.0001; v *= 10) out.push(v);
  return out;
}

export function chartContext(models: ModelColumns, task: string, snapshotMs: number): Context {
  return { task: tagSetLabel(task), tags: tagsOf(task), snapshot: isoDay(snapshotMs), snapshotMs, models: models.length };
}
