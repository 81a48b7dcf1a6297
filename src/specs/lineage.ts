/** The lineage charts: new models per month by relation, and the largest families by relation. */
import type { TopLevelSpec } from "vega-lite";
import { CATEGORIES, DERIVATIVE_CATEGORIES, type Category, type LineageSummary } from "../analysis/lineage.ts";
import { config, fmt, header, HEIGHT, WIDTH, type Context } from "./common.ts";

/** One colour per category, original in grey so that the derivatives stand out. */
const CATEGORY_COLOURS: Record<Category, string> = {
  original: "#b8b8b8",
  finetune: "#4c78a8",
  adapter: "#72b7b2",
  quantized: "#f58518",
  merge: "#b279a2",
  unspecified: "#9d755d",
};

const LABELS: Record<Category, string> = {
  original: "original (no parent)",
  finetune: "fine-tune",
  adapter: "adapter",
  quantized: "quantized",
  merge: "merge",
  unspecified: "parent named, relation unspecified",
};

export function relationsSpec(lineage: LineageSummary, context: Context): TopLevelSpec {
  const values = lineage.months.flatMap((m) =>
    CATEGORIES.map((category, order) => ({ month: `${m.month}-01`, category: LABELS[category], order, count: m[category] })),
  );
  const last = lineage.months.at(-1)?.month;
  const share = lineage.insights.derivativeShare;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: config(),
    width: WIDTH,
    height: HEIGHT,
    title: header(context, "New models per month, by relation to their parent", [
      `From the Hub's base_model tags: ${(share * 100).toFixed(1)}% of all models name a parent. Relation from the first typed tag.`,
      ...(last ? [`The last month (${last}) is partial. Placeholder-dated models are in no month.`] : []),
    ]),
    data: { values },
    mark: { type: "bar", width: { band: 0.9 } },
    encoding: {
      x: { field: "month", type: "temporal", timeUnit: "utcyearmonth", scale: { type: "utc" }, title: "Month created (UTC)", axis: { format: "%Y", tickCount: { interval: "year" } } },
      y: { field: "count", type: "quantitative", stack: "zero", title: "Models created", axis: { format: ",d" } },
      color: {
        field: "category",
        type: "nominal",
        title: "Relation",
        scale: { domain: CATEGORIES.map((c) => LABELS[c]), range: CATEGORIES.map((c) => CATEGORY_COLOURS[c]) },
        legend: { orient: "top-left", labelLimit: 300 },
      },
      order: { field: "order", type: "quantitative" },
    },
  } as TopLevelSpec;
}

/**
 * The largest families as bars by relation. On a phone (`layout: "phone"`) each family's root is
 * written above its bar, across the column, instead of beside it: beside it, ids of 30 characters
 * left the bars a sixth of a phone's width.
 */
export function familiesSpec(lineage: LineageSummary, context: Context, layout: "desktop" | "phone" = "desktop"): TopLevelSpec {
  const families = lineage.insights.largestFamilies;
  // With several tags tracked, a root of another tag than the first (text-generation) is marked: its family is counted across tags.
  const tags = context.tags;
  const otherTag = (f: (typeof families)[number]) => tags.length > 1 && f.rootTag !== null && f.rootTag !== tags[0];
  const label = (f: (typeof families)[number]) => (!f.rootInDataset ? `${f.root} *` : otherTag(f) ? `${f.root} †` : f.root);
  const order = families.map(label);
  const values = families.flatMap((f) =>
    DERIVATIVE_CATEGORIES.map((category, k) => ({ root: label(f), category: LABELS[category], order: k, count: f.byRelation[category] })),
  );
  const totals = families.map((f) => ({ root: label(f), derivatives: f.derivatives, text: `${fmt(f.derivatives)} · ${(f.shareOfRecentNew * 100).toFixed(1)}% of new`, textPhone: fmt(f.derivatives) }));
  const phone = layout === "phone";
  const y = { field: "root", type: "nominal" as const, sort: order, title: null, axis: phone ? null : { labelLimit: 330, labelFontSize: 11 } };
  /** On a phone: a row a family, its root's id on the upper half, its bar on the lower. */
  const ROW = 34;
  const rootsAbove = phone
    ? [{ data: { values: totals }, mark: { type: "text", align: "left", baseline: "bottom", dy: -4, fontSize: 11, color: "#222", limit: 300 }, encoding: { y, x: { datum: 0, type: "quantitative" }, text: { field: "root", type: "nominal" } } }]
    : [];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: config(),
    width: WIDTH - 260,
    height: phone ? Math.max(200, families.length * ROW) : Math.max(HEIGHT, families.length * 24),
    ...(phone ? { usermeta: { layout: "phone" } } : {}),
    title: header(context, `The ${families.length} largest model families`, [
      "Family: first parents walked back to a model with no parent. Bars: derivatives (the root not counted), by relation.",
      `* root outside this dataset (a base of an untracked pipeline tag, or not on the Hub). Label: derivatives · share of the models created in ${lineage.insights.recentQuarters.join(" and ")}.`,
      ...(families.some(otherTag) ? [`† root tagged ${tags.slice(1).join(" or ")}: the family is counted across the tracked tags, root included.`] : []),
    ]),
    layer: [
      {
        data: { values },
        mark: { type: "bar", height: { band: phone ? 0.4 : 0.8 }, ...(phone ? { yOffset: 7 } : {}) },
        encoding: {
          y,
          // Room right of the longest bar for its label ("1,234 · 5.6% of new"): without it the label was cut.
          x: { field: "count", type: "quantitative", stack: "zero", title: "Derivatives", axis: { format: ",d" }, scale: { domainMax: Math.ceil(Math.max(1, ...families.map((f) => f.derivatives)) * 1.3) } },
          color: {
            field: "category",
            type: "nominal",
            title: "Relation",
            scale: { domain: DERIVATIVE_CATEGORIES.map((c) => LABELS[c]), range: DERIVATIVE_CATEGORIES.map((c) => CATEGORY_COLOURS[c]) },
            legend: { orient: "bottom-right", labelLimit: 300 },
          },
          order: { field: "order", type: "quantitative" },
        },
      },
      {
        data: { values: totals },
        mark: { type: "text", align: "left", dx: 4, fontSize: 10, color: "#333", ...(phone ? { yOffset: 7 } : {}) },
        encoding: { y, x: { field: "derivatives", type: "quantitative" }, text: { field: "text", type: "nominal" } },
      },
      ...rootsAbove,
    ],
  } as TopLevelSpec;
}
