/** New models by quarter and pipeline tag, when several tags are tracked: how much of the growth has moved to multimodal models. */
import type { TopLevelSpec } from "vega-lite";
import type { TagMix } from "../analysis/tags.ts";
import { chartFrame, COUNT_LABEL, type Context } from "./common.ts";

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
/** One colour a tag, in the set's order (text-generation first: the study's blue). */
const TAG_COLOURS = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#b279a2", "#9d755d", "#72b7b2", "#eeca3b"];

export function tagsSpec(mix: TagMix, context: Context): TopLevelSpec {
  const tags = mix.tags.map((t) => t.tag);
  const values = mix.quarters.flatMap((q) => tags.map((tag, order) => ({ quarter: q.quarter, tag, order, models: q.byTag[tag] ?? 0 })));
  const last = mix.quarters.at(-2) ?? mix.quarters.at(-1);
  const lastShares = last ? tags.filter((tag) => tag !== tags[0]).map((tag) => `${tag} ${pct(last.models ? (last.byTag[tag] ?? 0) / last.models : 0)}`) : [];
  return {
    ...chartFrame(context, "New models by quarter and pipeline tag", [
      `Share of 30-day downloads: ${mix.tags.map((t) => `${t.tag} ${pct(t.downloadsShare)}`).join(", ")}.`,
      ...(last ? [`${last.quarter}, the last whole quarter: ${lastShares.join(", ")} of its new models.`] : []),
    ]),
    data: { values },
    mark: { type: "bar", width: { band: 0.85 } },
    encoding: {
      x: { field: "quarter", type: "ordinal", title: "Quarter created", axis: { labelAngle: -45, labelExpr: "slice(datum.value, 5) === 'Q1' ? datum.value : slice(datum.value, 5)" } },
      y: { field: "models", type: "quantitative", stack: "zero", title: "New models", axis: { labelExpr: COUNT_LABEL } },
      color: { field: "tag", type: "nominal", title: "Pipeline tag", scale: { domain: tags, range: TAG_COLOURS.slice(0, tags.length) }, legend: { orient: "top-left" } },
      order: { field: "order", type: "quantitative" },
    },
  } as TopLevelSpec;
}
