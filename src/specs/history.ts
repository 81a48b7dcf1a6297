/**
 * The catalogue across snapshots (models in each, real downloads between consecutive ones) and the
 * real downloads per week since the Hub kept all-time counts. Archive weeks (a backfill) and live
 * weeks are told apart, and a week whose counters rolled back is marked, never drawn as a figure.
 */
import type { TopLevelSpec } from "vega-lite";
import type { HistoryRow } from "../dataset/history.ts";
import { chartFrame, waitingSpec, WIDTH, type Context } from "./common.ts";

const LABEL = "datum.value === 0 ? '0' : format(datum.value, '~s')";
/** Up to this many snapshots, a tick at each; past it, the axis picks its own. */
const TICK_EACH = 16;

/**
 * A day as vega-lite's DateTime (UTC). A timestamp compiles to `datetime(ms)`, which vega's
 * expression interpreter (the site's, under its CSP) reads as a year: the browser drew no tick.
 */
function dateTime(day: string) {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return { year, month, date, utc: true };
}

function timeAxis(rows: readonly HistoryRow[]) {
  const each = rows.length <= TICK_EACH;
  return {
    field: "snapshot",
    type: "temporal" as const,
    scale: { type: "utc" as const, padding: 24 },
    title: "Snapshot (UTC)",
    axis: each ? { format: "%Y-%m-%d", labelAngle: -30, values: rows.map((r) => dateTime(r.Snapshot)), grid: false } : { format: "%Y-%m", labelAngle: -30, tickCount: 10, grid: false },
  };
}

const barWidth = (n: number) => Math.max(2, Math.min(14, Math.floor((WIDTH * 0.6) / Math.max(1, n))));
/**
 * Downloads since the previous trusted snapshot, a week's worth: after a missing, partial or rolled
 * back week one interval spans two weeks, which drawn whole stands out as a false spike.
 */
const perWeek = (r: HistoryRow): number | null =>
  r.Quality === "rollback" || r["Downloads Since Previous"] === null || !r["Days Since Previous"] ? null : Math.round((r["Downloads Since Previous"] * 7) / r["Days Since Previous"]);
const origin = (r: HistoryRow) => (r.Source.startsWith("archive:") ? "from the archive" : "listed live");

export function snapshotsSpec(rows: readonly HistoryRow[], context: Context): TopLevelSpec {
  const archive = rows.filter((r) => r.Source.startsWith("archive:")).length;
  const rolledBack = rows.filter((r) => r.Quality === "rollback").length;
  const base = chartFrame(context, "The catalogue across weekly snapshots", [
    "Line: models in each snapshot. Bars: downloads a week since the snapshot before: all-time downloads",
    "now minus then, over the days between, times seven (a missing week makes no spike).",
    ...(archive > 0 ? [`Hollow points: ${archive} weeks from the Hub's public weekly archive (backfilled); filled: weeks listed live.`] : []),
    ...(rolledBack > 0 ? [`Red marks: ${rolledBack} ${rolledBack === 1 ? "week" : "weeks"} whose all-time counters rolled back: no downloads counted there; the week after spans back to the last trusted one.`] : []),
  ]);
  // Two short lines: one long one was wider than the chart and was cut at both ends.
  if (rows.length < 2) return waitingSpec(base, `One snapshot so far (${rows[0]?.Snapshot ?? context.snapshot}).\nThe next refresh adds the second point, and the first downloads between snapshots.`);
  const values = rows.map((r) => ({ snapshot: r.Snapshot, models: r.Models, since: perWeek(r), origin: origin(r), rollback: r.Quality === "rollback" ? 0 : null }));
  const x = timeAxis(rows);
  return {
    ...base,
    data: { values },
    layer: [
      {
        // The bars and the rollback marks share the downloads' scale (a mark at zero where no figure is).
        layer: [
          {
            mark: { type: "bar", color: "#f58518", fillOpacity: 0.7, width: barWidth(rows.length) },
            encoding: { x, y: { field: "since", type: "quantitative", title: "Downloads a week since the previous snapshot", axis: { titleColor: "#f58518", labelExpr: LABEL } } },
          },
          // Only where a week rolled back: an empty layer leaves its scales an infinite extent (a warning, and no axis labels in a browser).
          ...(rolledBack > 0
            ? [{
                transform: [{ filter: "datum.rollback !== null" }],
                mark: { type: "tick", color: "#d62728", thickness: 4, size: 22 },
                encoding: { x, y: { field: "rollback", type: "quantitative", title: "Downloads a week since the previous snapshot" } },
              }]
            : []),
        ],
      },
      {
        mark: { type: "line", color: "#4c78a8", strokeWidth: 2.5 },
        encoding: { x, y: { field: "models", type: "quantitative", title: "Models", scale: { zero: false }, axis: { orient: "right", titleColor: "#4c78a8", labelExpr: LABEL, grid: false } } },
      },
      {
        mark: { type: "point", color: "#4c78a8", size: rows.length > 60 ? 14 : 40, strokeWidth: 1.5 },
        encoding: {
          x,
          y: { field: "models", type: "quantitative", scale: { zero: false }, axis: null },
          fill: { field: "origin", type: "nominal", scale: { domain: ["listed live", "from the archive"], range: ["#4c78a8", "white"] }, legend: archive > 0 ? { title: null, orient: "top-left" } : null },
        },
      },
    ],
    resolve: { scale: { y: "independent" } },
  } as TopLevelSpec;
}

/** Real downloads a week of the tracked catalogue: downloads since the previous snapshot over its days, times seven. */
export function weeklyDownloadsSpec(rows: readonly HistoryRow[], context: Context): TopLevelSpec {
  const measured = rows.filter((r) => (r["Downloads Since Previous"] !== null && (r["Days Since Previous"] ?? 0) > 0) || r.Quality === "rollback");
  const base = chartFrame(context, "Real downloads per week", [
    "All-time downloads now minus at the previous trusted snapshot, over the days between, times seven: what the 30-day window cannot show.",
    "Red marks: weeks whose counters rolled back (no figure); the bar after them spans the gap. The Hub kept all-time counts from 2025-02-27.",
  ]);
  if (measured.filter((r) => r.Quality !== "rollback").length === 0) {
    return waitingSpec(base, "No downloads between two snapshots yet.\nThey need two snapshots with all-time counts (a refresh a week later, or a backfill).");
  }
  const values = measured.map((r) => ({
    snapshot: r.Snapshot,
    perWeek: perWeek(r),
    rollback: r.Quality === "rollback" ? 0 : null,
    origin: origin(r),
  }));
  const x = timeAxis(measured);
  return {
    ...base,
    data: { values },
    layer: [
      {
        mark: { type: "bar", fillOpacity: 0.8, width: barWidth(measured.length) },
        encoding: {
          x,
          y: { field: "perWeek", type: "quantitative", title: "Downloads per week", axis: { labelExpr: LABEL } },
          color: { field: "origin", type: "nominal", scale: { domain: ["listed live", "from the archive"], range: ["#4c78a8", "#9ecae9"] }, legend: { title: null, orient: "top-left" } },
        },
      },
      ...(measured.some((r) => r.Quality === "rollback")
        ? [{
            transform: [{ filter: "datum.rollback !== null" }],
            mark: { type: "tick", color: "#d62728", thickness: 4, size: 22 },
            encoding: { x, y: { field: "rollback", type: "quantitative", title: "Downloads per week" } },
          }]
        : []),
    ],
  } as TopLevelSpec;
}
