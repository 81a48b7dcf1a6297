/** The study's weekly chart and download classes, as vega-lite specs. */
import type { TopLevelSpec } from "vega-lite";
import { CHATGPT_RELEASE, SIX_MONTHS_AFTER } from "../analysis/findings.ts";
import { CLASSES, downloadBins, popularityClasses } from "../analysis/popularity.ts";
import { weeklySeries } from "../analysis/weekly.ts";
import type { ModelColumns } from "../dataset/table.ts";
import { config, COUNT_LABEL, decades, fmt, header, HEIGHT, WIDTH, type Context } from "./common.ts";

export function weeklySpec(models: ModelColumns, context: Context): TopLevelSpec {
  const series = weeklySeries(models, context.snapshotMs);
  const notes = [
    `${fmt(series.placeholder)} models carry the Hub's placeholder creation date 2022-03-02: they start the cumulative line and are in no week.`,
  ];
  if (series.afterSnapshot > 0) notes.push(`${fmt(series.afterSnapshot)} models claim a creation after the snapshot: they are in no week.`);
  if (series.partialWeek) notes.push(`The current week (ending Monday ${series.partialWeek.week}, ${fmt(series.partialWeek.count)} models so far) is partial and not drawn.`);
  const values = series.weeks.map((w) => ({ week: w.weekMs, count: w.count, cumulative: w.cumulative }));
  const weeklyTop = 10 ** Math.ceil(Math.log10(Math.max(10, ...series.weeks.map((w) => w.count))));
  const x = { field: "week", type: "temporal" as const, scale: { type: "utc" as const }, title: "Week (weeks end on Monday, UTC)", axis: { format: "%Y", tickCount: { interval: "year" as const } } };
  const markers = [
    // On a phone (specs/phone.ts): short labels in two lines, one under the other (the dates are close there).
    { date: CHATGPT_RELEASE, label: "ChatGPT released (2022-11-30)", top: 4, labelPhone: "ChatGPT\n2022-11-30", topPhone: 4 },
    { date: SIX_MONTHS_AFTER, label: "six months later (2023-05-30)", top: 22, labelPhone: "+6 months\n2023-05-30", topPhone: 38 },
  ];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: config(),
    width: WIDTH,
    height: HEIGHT,
    title: header(context, "Models created per week, and in total", notes),
    layer: [
      {
        data: { values },
        mark: { type: "area", color: "#4c78a8", fillOpacity: 0.35, interpolate: "step-before", line: { color: "#4c78a8", strokeWidth: 1.5 } },
        // Symlog: the early weeks (tens of models) and today's (thousands) both read; zero weeks still show.
        encoding: {
          x,
          y: {
            field: "count",
            type: "quantitative",
            // One series: nothing to stack (vega-lite stacks areas by default, which a symlog scale rejects).
            stack: null,
            title: "Models created per week (symlog)",
            scale: { type: "symlog", constant: 1, domain: [0, weeklyTop] },
            axis: { titleColor: "#4c78a8", values: decades(1, weeklyTop).flatMap((v) => (v === 1 ? [0, 1] : [v / 2, v])).filter((v) => v <= weeklyTop), labelExpr: COUNT_LABEL },
          },
        },
      },
      {
        data: { values },
        mark: { type: "line", color: "#e45756", strokeWidth: 2.5 },
        encoding: {
          x,
          y: { field: "cumulative", type: "quantitative", title: "Models in total (cumulative)", axis: { orient: "right", titleColor: "#e45756", format: "~s" } },
        },
      },
      {
        data: { values: markers },
        layer: [
          { mark: { type: "rule", strokeDash: [6, 4], color: "#333", strokeWidth: 1.2 }, encoding: { x: { field: "date", type: "temporal" } } },
          {
            mark: { type: "text", align: "left", baseline: "top", dx: 4, fontSize: 11, color: "#333" },
            encoding: { x: { field: "date", type: "temporal" }, y: { field: "top", type: "quantitative", scale: null }, text: { field: "label" } },
          },
        ],
      },
    ],
    resolve: { scale: { y: "independent" } },
  } as TopLevelSpec;
}

const CLASS_COLOURS = ["#8c8c8c", "#f58518", "#54a24b"];

export function classesSpec(models: ModelColumns, context: Context): TopLevelSpec {
  let maxDownloads = 0;
  for (const downloads of models.downloads) if (downloads > maxDownloads) maxDownloads = downloads;
  const bins = downloadBins(maxDownloads);
  const counts = new Array<number>(bins.length).fill(0);
  for (const downloads of models.downloads) {
    let k = 0;
    while (k + 1 < bins.length && downloads >= (bins[k + 1] as { lower: number }).lower) k++;
    counts[k] = (counts[k] as number) + 1;
  }
  const classes = popularityClasses(models);
  const legendLabel = (name: string) => {
    const c = classes.find((x) => x.name === name) as (typeof classes)[number];
    return `${c.name} (${c.label}): ${fmt(c.count)} (${(100 * c.share).toFixed(1)}%)`;
  };
  // On a phone (specs/phone.ts) the legend's labels are shorter: the thresholds without "downloads".
  const phoneLabel = (name: string) => legendLabel(name).replace(" downloads)", ")");
  const values = bins
    .map((bin, k) => {
      const name = CLASSES.find((c) => bin.lower >= c.min && bin.lower <= c.max)?.name ?? "Very Popular";
      return { bin: bin.label, count: counts[k] as number, class: legendLabel(name), classPhone: phoneLabel(name) };
    })
    .filter((v) => v.count > 0);
  const order = values.map((v) => v.bin);
  const maxCount = Math.max(1, ...values.map((v) => v.count));
  const x = { field: "bin", type: "ordinal" as const, sort: order, title: "Downloads in the last 30 days", axis: { labelAngle: -45 } };
  const y = { field: "count", type: "quantitative" as const, title: "Models (log scale)", scale: { type: "log" as const, domain: [0.7, 10 ** Math.ceil(Math.log10(maxCount * 1.5))] }, axis: { format: "~s", values: decades(1, 10 ** Math.ceil(Math.log10(maxCount * 1.5))) } };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: config(),
    width: WIDTH,
    height: HEIGHT,
    title: header(context, "Models by 30-day downloads", ["Bins on a 1-2-4 logarithmic ladder; the count axis is logarithmic. Zero-download models are the first bar."]),
    data: { values },
    layer: [
      {
        mark: { type: "bar", width: { band: 0.85 } },
        encoding: {
          x,
          y: { ...y, stack: null },
          // Log scales have no zero: bars rise from the bottom of the plot.
          y2: { value: HEIGHT },
          color: {
            field: "class",
            type: "nominal",
            title: "Popularity class",
            scale: { domain: CLASSES.map((c) => legendLabel(c.name)), range: CLASS_COLOURS },
            legend: { orient: "top-right", labelLimit: 400 },
          },
        },
      },
      {
        mark: { type: "text", dy: -7, fontSize: 10, color: "#333" },
        encoding: { x, y, text: { field: "count", type: "quantitative", format: "," } },
      },
    ],
  } as TopLevelSpec;
}

