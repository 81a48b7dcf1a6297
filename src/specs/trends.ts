/**
 * How LLMs evolve across the weeks (issue 45): whose downloads they are (the 8 largest authors, or
 * base namespaces, of the newest week, and the rest) and how concentrated they are, over every
 * snapshot. Weeks from the archive are marked by a strip along the top, and a week whose
 * counters rolled back is marked (its 30-day figures stand; its all-time ones do not).
 */
import type { TopLevelSpec } from "vega-lite";
import type { HistoryRow } from "../dataset/history.ts";
import type { TrendRow } from "../dataset/trends.ts";
import { chartFrame, waitingSpec, type Context } from "./common.ts";

/** Keys drawn by name: the newest week's largest; every other key is "the rest". */
export const SHARE_KEYS = 8;
const REST = "the rest";
const PERCENT = "format(datum.value, '.0%')";
const DAY = 86_400_000;

/** The archive's span (a strip along the top) and the rollback weeks (red rules): what every chart over weeks marks. */
function weekMarks(rows: readonly HistoryRow[]) {
  const archive = rows.filter((r) => r.Source.startsWith("archive:")).map((r) => r.Snapshot);
  const rollbacks = rows.filter((r) => r.Quality === "rollback").map((r) => ({ snapshot: r.Snapshot }));
  const notes = [
    ...(archive.length === 0
      ? []
      : archive.length === rows.length
        ? [`Grey strip along the top: all ${archive.length} weeks are from the Hub's public weekly archive (backfilled); none was listed live yet.`]
        : [`Grey strip along the top: ${archive.length} weeks from the Hub's public weekly archive (backfilled); the other ${rows.length - archive.length} were listed live.`]),
    ...(rollbacks.length > 0 ? [`Red lines: ${rollbacks.length} ${rollbacks.length === 1 ? "week" : "weeks"} whose all-time counters rolled back (30-day figures are unaffected).`] : []),
    "30-day windows overlap from one week to the next: a week's change is a change of rolling sums.",
  ];
  // Drawn over the data: a stacked area would hide anything beneath it.
  const layers = [
    ...(archive.length > 0
      ? [{
          data: { values: [{ from: archive[0], to: isoPlus(archive.at(-1) as string, 3) }] },
          mark: { type: "rect", color: "#888888" },
          encoding: { x: { field: "from", type: "temporal" }, x2: { field: "to" }, y: { value: 0 }, y2: { value: 7 } },
        }]
      : []),
    ...(rollbacks.length > 0
      ? [{ data: { values: rollbacks }, mark: { type: "rule", color: "#d62728", strokeWidth: 2, opacity: 0.85 }, encoding: { x: { field: "snapshot", type: "temporal" } } }]
      : []),
  ];
  return { notes, layers };
}

function isoPlus(day: string, days: number): string {
  return new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);
}

const timeAxis = { field: "snapshot", type: "temporal" as const, scale: { type: "utc" as const }, title: "Snapshot (UTC)", axis: { format: "%Y-%m", labelAngle: -30, tickCount: 10, grid: false } };

/** The shares of 30-day downloads of one dimension's largest keys, over every snapshot, stacked. */
export function shareSpec(dimension: "author" | "base", trends: readonly TrendRow[], history: readonly HistoryRow[], context: Context): TopLevelSpec {
  const what = dimension === "author" ? "author" : "base model namespace";
  const rows = trends.filter((r) => r.dimension === dimension && r.downloadShare !== null);
  const snapshots = [...new Set(rows.map((r) => r.snapshot))];
  const marks = weekMarks(history.filter((h) => snapshots.includes(h.Snapshot)));
  // Weeks with rows but none of this dimension: an archive file without baseModels has no base rows.
  const unknownLineage = new Set(trends.filter((r) => r.dimension === "author" && !snapshots.includes(r.snapshot)).map((r) => r.snapshot)).size;
  const base = chartFrame(context, `Share of 30-day downloads by ${what}`, [
    dimension === "author"
      ? `The ${SHARE_KEYS} authors (the namespace of the model id) with the most downloads in the newest week; every other author is "${REST}".`
      : `The ${SHARE_KEYS} namespaces whose base models (family roots, by first parents) have the most downloads in the newest week; "${REST}" holds the others.`,
    ...(unknownLineage > 0 ? [`Left out: ${unknownLineage} ${unknownLineage === 1 ? "week" : "weeks"} whose archive file names no parents (no lineage is known there).`] : []),
    ...marks.notes,
  ]);
  if (snapshots.length < 2) return waitingSpec(base, `One snapshot so far.\nShares over time need a second week (the next refresh, or a backfill).`);
  const newest = snapshots.at(-1) as string;
  const keys = rows.filter((r) => r.snapshot === newest && r.key !== "(other)").slice(0, SHARE_KEYS).map((r) => r.key);
  const values: Array<{ snapshot: string; key: string; share: number; order: number }> = [];
  for (const snapshot of snapshots) {
    let named = 0;
    for (const [order, key] of keys.entries()) {
      const share = rows.find((r) => r.snapshot === snapshot && r.key === key)?.downloadShare ?? 0;
      named += share;
      values.push({ snapshot, key, share, order });
    }
    values.push({ snapshot, key: REST, share: Math.max(0, 1 - named), order: keys.length });
  }
  return {
    ...base,
    layer: [
      {
        data: { values },
        // No line over the areas: its legend symbol stopped resvg (a wasm "unreachable") in the phone layout.
        mark: { type: "area" },
        encoding: {
          x: timeAxis,
          y: { field: "share", type: "quantitative", stack: "zero", title: "Share of 30-day downloads", scale: { domain: [0, 1] }, axis: { labelExpr: PERCENT } },
          color: { field: "key", type: "nominal", sort: [...keys, REST], scale: { domain: [...keys, REST], range: ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac"] }, legend: { title: dimension === "author" ? "Author" : "Base namespace", orient: "right" } },
          order: { field: "order", type: "quantitative" },
          tooltip: [{ field: "snapshot", type: "temporal", format: "%Y-%m-%d" }, { field: "key", type: "nominal" }, { field: "share", type: "quantitative", format: ".1%" }],
        },
      },
      ...marks.layers,
    ],
  } as TopLevelSpec;
}

/** The top 10 models' share, the top 1%'s share and the Gini coefficient of 30-day downloads, over every snapshot. */
export function concentrationSpec(history: readonly HistoryRow[], context: Context): TopLevelSpec {
  const measured = history.filter((r) => r["Gini 30 Days"] !== null);
  const marks = weekMarks(measured);
  const base = chartFrame(context, "How concentrated downloads are, week by week", [
    "Lines: the 10 most downloaded models' share of 30-day downloads, the top 1%'s share, and the Gini coefficient (0: equal; 1: one model takes all).",
    ...marks.notes,
  ]);
  if (measured.length < 2) return waitingSpec(base, "Fewer than two snapshots with these columns.\nThe next refresh adds one; a backfill and history --from-git fill the past weeks.");
  const MEASURES = [["Top 10 Models Share", "top 10 models' share"], ["Top 1% Models Share", "top 1%'s share"], ["Gini 30 Days", "Gini coefficient"]] as const;
  const values = measured.flatMap((r) => MEASURES.map(([column, measure]) => ({ snapshot: r.Snapshot, measure, value: r[column], origin: r.Source.startsWith("archive:") ? "from the archive" : "listed live" })));
  return {
    ...base,
    layer: [
      {
        data: { values },
        layer: [
          { mark: { type: "line", strokeWidth: 2 } },
          { mark: { type: "point", size: measured.length > 60 ? 10 : 30, filled: true } },
        ],
        encoding: {
          x: timeAxis,
          y: { field: "value", type: "quantitative", title: "Share of downloads (0–1), or Gini", scale: { domain: [0, 1] }, axis: { labelExpr: "format(datum.value, '.1f')" } },
          color: { field: "measure", type: "nominal", sort: MEASURES.map(([, m]) => m), scale: { domain: MEASURES.map(([, m]) => m), range: ["#e45756", "#f58518", "#4c78a8"] }, legend: { title: null, orient: "bottom" } },
          tooltip: [{ field: "snapshot", type: "temporal", format: "%Y-%m-%d" }, { field: "measure", type: "nominal" }, { field: "value", type: "quantitative", format: ".3f" }, { field: "origin", type: "nominal" }],
        },
      },
      ...marks.layers,
    ],
  } as TopLevelSpec;
}
