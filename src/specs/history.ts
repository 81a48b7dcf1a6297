/** The catalogue across snapshots: models in each, and real downloads between consecutive ones. */
import type { TopLevelSpec } from "vega-lite";
import type { HistoryRow } from "../dataset/history.ts";
import { config, header, HEIGHT, WIDTH, type Context } from "./common.ts";

export function snapshotsSpec(rows: readonly HistoryRow[], context: Context): TopLevelSpec {
  const frame = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: config(),
    width: WIDTH,
    height: HEIGHT,
    title: header(context, "The catalogue across weekly snapshots", [
      "Line: models in each snapshot. Bars: downloads between a snapshot and the one before (all-time downloads now minus then).",
    ]),
  };
  if (rows.length < 2) {
    const only = rows[0]?.Snapshot ?? context.snapshot;
    return {
      ...frame,
      // Two short lines: one long one was wider than the chart and was cut at both ends.
      data: { values: [{ text: `One snapshot so far (${only}).\nThe next refresh adds the second point, and the first downloads between snapshots.` }] },
      mark: { type: "text", fontSize: 15, lineBreak: "\n", lineHeight: 22, color: "#444", align: "center", baseline: "middle", x: { expr: "width / 2" }, y: { expr: "height / 2" } },
      encoding: { text: { field: "text", type: "nominal" } },
    } as TopLevelSpec;
  }
  const values = rows.map((r) => ({ snapshot: r.Snapshot, models: r.Models, since: r["Downloads Since Previous"] }));
  // Ticks at the snapshots only; padding keeps the first and last bars inside the plot.
  const x = {
    field: "snapshot",
    type: "temporal" as const,
    scale: { type: "utc" as const, padding: 24 },
    title: "Snapshot (UTC)",
    axis: { format: "%Y-%m-%d", labelAngle: -30, values: rows.map((r) => Date.parse(r.Snapshot)), grid: false },
  };
  const labelExpr = "datum.value === 0 ? '0' : format(datum.value, '~s')";
  return {
    ...frame,
    data: { values },
    layer: [
      {
        mark: { type: "bar", color: "#f58518", fillOpacity: 0.7, width: 14 },
        encoding: { x, y: { field: "since", type: "quantitative", title: "Downloads since the previous snapshot", axis: { titleColor: "#f58518", labelExpr } } },
      },
      {
        mark: { type: "line", color: "#4c78a8", strokeWidth: 2.5, point: { filled: true, size: 40 } },
        encoding: { x, y: { field: "models", type: "quantitative", title: "Models", scale: { zero: false }, axis: { orient: "right", titleColor: "#4c78a8", labelExpr, grid: false } } },
      },
    ],
    resolve: { scale: { y: "independent" } },
  } as TopLevelSpec;
}
