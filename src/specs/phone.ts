/**
 * A chart laid out for a phone, from its desktop spec: the width of a phone's column, text at its
 * designed size, titles and axis titles broken into lines, legends under the plot in columns,
 * fewer ticks, vertical labels on crowded band axes. The data are the desktop spec's own, so the
 * phone chart costs no second pass over the models. Measured before (Chromium, 360 px): desktop
 * layouts scaled into the column drew their text 4–5 px high.
 *
 * A spec may say what a phone needs instead of a field: inline data that carry `<field>Phone`
 * beside `<field>` are drawn with it on a phone (a shorter label, another position).
 */
import { HEIGHT } from "./common.ts";

/** The page's column at 360 px (the body's padding is 20 px a side): a phone chart fills it at scale 1. */
export const PHONE_WIDTH = 320;
/** The page's layout switches to phone charts at this viewport width and below (CSS px). */
export const PHONE_MAX_VIEWPORT = 520;
/** The plot's height on a phone, for a desktop plot of HEIGHT. */
const PHONE_PLOT_HEIGHT = 240;
/** The smallest text on a phone chart (CSS px): at 320 px screens, scaled to 280 px, still over 9. */
const TEXT = 11;
const TITLE = 15;

type Node = Record<string, unknown>;

/** Text broken into lines of at most `chars` characters, at spaces (a longer word keeps its line). */
export function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Characters a line of `px`-high text holds in `width` px: DejaVu Sans (the PNGs' font, one of the
 * widest sans-serifs) averages about 0.6 em a character, a bold title 0.66; a phone's own sans is
 * narrower, so a line broken here fits there too.
 */
const charsIn = (width: number, px: number, bold = false) => Math.floor(width / (px * (bold ? 0.66 : 0.6)));

const lines = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : []);

function phoneTitle(title: unknown): unknown {
  if (!title || typeof title !== "object") return title;
  const t = title as { text?: unknown; subtitle?: unknown };
  return {
    ...t,
    text: lines(t.text).flatMap((l) => wrap(l, charsIn(PHONE_WIDTH, TITLE, true))),
    subtitle: lines(t.subtitle).flatMap((l) => wrap(l, charsIn(PHONE_WIDTH, TEXT))),
  };
}

const LEGEND_CHANNELS = ["color", "fill", "stroke", "size", "shape", "opacity"];

/** A legend under the plot: labels in one column (two when short), a colour bar across. */
function phoneLegend(legend: unknown, labels: readonly string[]): unknown {
  if (legend === null) return null;
  const base = (legend ?? {}) as Node;
  if (base.type === "gradient" || labels.length === 0) {
    return { ...base, orient: "bottom", direction: "horizontal", gradientLength: PHONE_WIDTH - 120, titleOrient: "left" };
  }
  const longest = Math.max(...labels.map((l) => l.length));
  // A legend under the plot starts at the plot's left edge, past the y axis: its labels have the rest.
  return { ...base, orient: "bottom", direction: "horizontal", columns: longest <= 16 ? 2 : 1, labelLimit: PHONE_WIDTH - 90 };
}

/** An axis for a phone: fewer ticks where the axis chooses them, vertical labels on a band axis. */
function phoneAxis(axis: unknown, type: unknown, channel: "x" | "y"): unknown {
  if (axis === null) return null;
  const out: Node = { ...((axis ?? {}) as Node) };
  if (out.values === undefined && out.tickCount === undefined && type === "quantitative") out.tickCount = channel === "x" ? 4 : 5;
  if (typeof out.tickCount === "number" && out.tickCount > 5) out.tickCount = 5;
  if (channel === "x" && (type === "ordinal" || type === "nominal")) {
    out.labelAngle = -90;
    out.labelOverlap = "parity";
  }
  if (typeof out.labelLimit === "number" && out.labelLimit > PHONE_WIDTH / 2) out.labelLimit = Math.round(PHONE_WIDTH * 0.45);
  if (typeof out.labelFontSize === "number" && out.labelFontSize < TEXT) out.labelFontSize = TEXT;
  return out;
}

/** The labels a legend will show: its scale's domain, where the spec names it. */
function legendLabels(encoding: Node): string[] {
  const domain = (encoding.scale as Node | undefined)?.domain;
  return Array.isArray(domain) && domain.every((d) => typeof d === "string") ? (domain as string[]) : [];
}

/** Inline data's rows, when the node has them. */
const rowsOf = (node: Node): Node[] | undefined => {
  const values = (node.data as Node | undefined)?.values;
  return Array.isArray(values) ? (values as Node[]) : undefined;
};

/** A field's phone values in place of its own, in the encoding and in a scale's explicit domain. */
function usePhoneField(enc: Node, rows: Node[] | undefined): void {
  const field = enc.field;
  if (typeof field !== "string" || !rows?.some((row) => `${field}Phone` in row)) return;
  const phoneOf = new Map(rows.map((row) => [row[field], row[`${field}Phone`]]));
  enc.field = `${field}Phone`;
  const scale = enc.scale as Node | undefined;
  if (scale && Array.isArray(scale.domain)) enc.scale = { ...scale, domain: scale.domain.map((d) => (phoneOf.has(d) ? phoneOf.get(d) : d)) };
}

function phoneEncoding(encoding: Node, rows: Node[] | undefined, plot: Plot): Node {
  const out: Node = {};
  for (const [channel, value] of Object.entries(encoding)) {
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      out[channel] = value;
      continue;
    }
    const enc: Node = { ...(value as Node) };
    usePhoneField(enc, rows);
    // A vertical position given in pixels (a bar down to the plot's bottom) moves with the plot's height.
    if ((channel === "y" || channel === "y2") && typeof enc.value === "number") enc.value = Math.round((enc.value * plot.height) / plot.desktop);
    if ((channel === "x" || channel === "y") && "field" in enc) {
      enc.axis = phoneAxis(enc.axis, enc.type, channel);
      // The axis title in lines as long as its side of the plot.
      if (typeof enc.title === "string") enc.title = wrap(enc.title, charsIn(channel === "x" ? plot.width : plot.height, TEXT));
    }
    if (LEGEND_CHANNELS.includes(channel) && "field" in enc) enc.legend = phoneLegend(enc.legend, legendLabels(enc));
    out[channel] = enc;
  }
  return out;
}

/** A text mark's size at least the phone's smallest, its line breaks honoured. */
function phoneMark(mark: unknown): unknown {
  if (!mark || typeof mark !== "object") return mark;
  const m = mark as Node;
  if (m.type !== "text") return m;
  return { ...m, lineBreak: "\n", fontSize: Math.max(TEXT, typeof m.fontSize === "number" ? m.fontSize : TEXT) };
}

const isBandX = (node: Node) => {
  const x = (node.encoding as Node | undefined)?.x as Node | undefined;
  return x?.type === "ordinal" || x?.type === "nominal";
};

/** The phone's plot (width, height) and the desktop plot's height it replaces. */
interface Plot {
  width: number;
  height: number;
  desktop: number;
}

function phoneNode(node: Node, plot: Plot, inherited: Node[] | undefined): Node | undefined {
  const rows = rowsOf(node) ?? inherited;
  // Numbers printed over each bar of a crowded band axis cannot fit a phone's bands: the tooltip gives them.
  if ((node.mark as Node | undefined)?.type === "text" && isBandX(node)) return undefined;
  const out: Node = { ...node };
  if (node.mark !== undefined) out.mark = phoneMark(node.mark);
  if (node.encoding) out.encoding = phoneEncoding(node.encoding as Node, rows, plot);
  if (Array.isArray(node.layer)) out.layer = (node.layer as Node[]).map((layer) => phoneNode(layer, plot, rows)).filter((layer) => layer !== undefined);
  return out;
}

/** The phone layout of a chart's vega-lite spec (a new spec; the desktop one is left as it is). */
export function phoneLayout<T>(spec: T): T {
  const desktop = spec as unknown as Node;
  const config = (desktop.config ?? {}) as Node;
  // A spec drawn for a phone already (`usermeta.layout`, the families) keeps its height.
  const ownHeight = (desktop.usermeta as Node | undefined)?.layout === "phone";
  const height = typeof desktop.height === "number" ? (ownHeight ? desktop.height : Math.round((desktop.height * PHONE_PLOT_HEIGHT) / HEIGHT)) : PHONE_PLOT_HEIGHT;
  // Room for the axes beside the plot: about a fifth of the width each side where there are two.
  const plot: Plot = { width: PHONE_WIDTH - 90, height, desktop: typeof desktop.height === "number" && !ownHeight ? desktop.height : height };
  const phone = phoneNode(desktop, plot, undefined) as Node;
  return {
    ...phone,
    width: PHONE_WIDTH,
    height,
    // The whole chart, axes and legends included, is the column's width.
    autosize: { type: "fit-x", contains: "padding" },
    padding: 4,
    title: phoneTitle(desktop.title),
    config: {
      ...config,
      title: { ...((config.title as Node) ?? {}), fontSize: TITLE, subtitleFontSize: TEXT, subtitleLineHeight: 14, lineHeight: 18, offset: 8 },
      axis: { ...((config.axis as Node) ?? {}), labelFontSize: TEXT, titleFontSize: TEXT, titlePadding: 4 },
      legend: { ...((config.legend as Node) ?? {}), labelFontSize: TEXT, titleFontSize: TEXT, symbolSize: 80, rowPadding: 3 },
    },
  } as T;
}
