/** How concentrated downloads are (a Lorenz curve) and the size of new models by quarter, as vega-lite specs. */
import type { TopLevelSpec } from "vega-lite";
import { formatParameters, PARAMETER_BANDS, type MarketInsights } from "../analysis/market.ts";
import { chartFrame, type Context } from "./common.ts";

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

export function lorenzSpec(concentration: MarketInsights["concentration"], context: Context): TopLevelSpec {
  const series = [
    { name: "30-day downloads", c: concentration.last30Days },
    { name: "all-time downloads", c: concentration.allTime },
  ];
  const values = series.flatMap(({ name, c }) => c.lorenz.map((p) => ({ series: name, models: p.models, downloads: p.downloads })));
  const d30 = concentration.last30Days;
  return {
    ...chartFrame(context, "How concentrated downloads are (Lorenz curve)", [
      `${pct(d30.zeroShare)} of models had no download in 30 days; the top 1% took ${pct(d30.top1PercentShare)} of downloads, the top 10% ${pct(d30.top10PercentShare)}; Gini ${d30.gini.toFixed(3)}.`,
      "The diagonal is every model downloaded alike; the further a curve bows below it, the more a few models take.",
    ]),
    layer: [
      {
        data: { values: [{ models: 0, downloads: 0 }, { models: 1, downloads: 1 }] },
        mark: { type: "line", color: "#999", strokeDash: [4, 4] },
        encoding: { x: { field: "models", type: "quantitative" }, y: { field: "downloads", type: "quantitative" } },
      },
      {
        data: { values },
        mark: { type: "area", fillOpacity: 0.25, line: { strokeWidth: 2.5 }, interpolate: "linear" },
        encoding: {
          x: { field: "models", type: "quantitative", title: "Share of models, least downloaded first", axis: { format: "%" }, scale: { domain: [0, 1] } },
          y: { field: "downloads", type: "quantitative", title: "Share of downloads they hold", axis: { format: "%" }, scale: { domain: [0, 1] }, stack: null },
          color: { field: "series", type: "nominal", title: null, scale: { domain: series.map((s) => s.name), range: ["#4c78a8", "#f58518"] }, legend: { orient: "top-left" } },
        },
      },
    ],
  } as TopLevelSpec;
}

export function sizesSpec(size: MarketInsights["sizeOverTime"], context: Context): TopLevelSpec {
  const quarters = size.quarters.filter((q) => q.withParameters > 0);
  const values = quarters.flatMap((q) => PARAMETER_BANDS.map((b, order) => ({ quarter: q.quarter, band: b.band, order, share: q.bands[b.band] })));
  const last = quarters.at(-1);
  return {
    ...chartFrame(context, "The size of new models, by quarter created", [
      `Share of each quarter's new models with a parameter count (known for ${pct(size.coverage)} of all: safetensors at the top of the repository).`,
      ...(last ? [`Latest quarter (${last.quarter}, partial): median ${formatParameters(last.medianParameters)}; the median of what is downloaded ${formatParameters(last.downloadWeightedMedian)}.`] : []),
    ]),
    data: { values },
    mark: { type: "bar", width: { band: 0.85 } },
    encoding: {
      x: { field: "quarter", type: "ordinal", title: "Quarter created", axis: { labelAngle: -45, labelExpr: "slice(datum.value, 5) === 'Q1' ? datum.value : slice(datum.value, 5)" } },
      y: { field: "share", type: "quantitative", stack: "normalize", title: "Share of the quarter's new models", axis: { format: "%" } },
      color: { field: "band", type: "nominal", title: "Parameters", scale: { domain: PARAMETER_BANDS.map((b) => b.band), range: ["#72b7b2", "#4c78a8", "#f58518", "#e45756"] }, legend: { orient: "top" } },
      order: { field: "order", type: "quantitative" },
    },
  } as TopLevelSpec;
}
