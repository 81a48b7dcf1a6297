import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  COUNT_LABEL,
  HEIGHT,
  WIDTH,
  chartFrame,
  config,
  decades,
  fmt,
  header,
  waitingSpec
} from "./chunk-FORYZD3Y.js";
import {
  CATEGORIES,
  CHATGPT_RELEASE,
  CLASSES,
  DERIVATIVE_CATEGORIES,
  PARAMETER_BANDS,
  SIX_MONTHS_AFTER,
  downloadBins,
  formatParameters,
  popularityClasses
} from "./chunk-W7Y2WGML.js";
import {
  weeklySeries
} from "./chunk-H5AMLHLL.js";

// src/specs/history.ts
var LABEL = "datum.value === 0 ? '0' : format(datum.value, '~s')";
var TICK_EACH = 16;
function dateTime(day) {
  const [year, month, date] = day.split("-").map(Number);
  return { year, month, date, utc: true };
}
function timeAxis(rows) {
  const each = rows.length <= TICK_EACH;
  return {
    field: "snapshot",
    type: "temporal",
    scale: { type: "utc", padding: 24 },
    title: "Snapshot (UTC)",
    axis: each ? { format: "%Y-%m-%d", labelAngle: -30, values: rows.map((r) => dateTime(r.Snapshot)), grid: false } : { format: "%Y-%m", labelAngle: -30, tickCount: 10, grid: false }
  };
}
var barWidth = (n) => Math.max(2, Math.min(14, Math.floor(WIDTH * 0.6 / Math.max(1, n))));
var perWeek = (r) => r.Quality === "rollback" || r["Downloads Since Previous"] === null || !r["Days Since Previous"] ? null : Math.round(r["Downloads Since Previous"] * 7 / r["Days Since Previous"]);
var origin = (r) => r.Source.startsWith("archive:") ? "from the archive" : "listed live";
function snapshotsSpec(rows, context) {
  const archive = rows.filter((r) => r.Source.startsWith("archive:")).length;
  const rolledBack = rows.filter((r) => r.Quality === "rollback").length;
  const base = chartFrame(context, "The catalogue across weekly snapshots", [
    "Line: models in each snapshot. Bars: downloads a week since the snapshot before: all-time downloads",
    "now minus then, over the days between, times seven (a missing week makes no spike).",
    ...archive > 0 ? [`Hollow points: ${archive} weeks from the Hub's public weekly archive (backfilled); filled: weeks listed live.`] : [],
    ...rolledBack > 0 ? [`Red marks: ${rolledBack} ${rolledBack === 1 ? "week" : "weeks"} whose all-time counters rolled back: no downloads counted there; the week after spans back to the last trusted one.`] : []
  ]);
  if (rows.length < 2) return waitingSpec(base, `One snapshot so far (${rows[0]?.Snapshot ?? context.snapshot}).
The next refresh adds the second point, and the first downloads between snapshots.`);
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
            encoding: { x, y: { field: "since", type: "quantitative", title: "Downloads a week since the previous snapshot", axis: { titleColor: "#f58518", labelExpr: LABEL } } }
          },
          // Only where a week rolled back: an empty layer leaves its scales an infinite extent (a warning, and no axis labels in a browser).
          ...rolledBack > 0 ? [{
            transform: [{ filter: "datum.rollback !== null" }],
            mark: { type: "tick", color: "#d62728", thickness: 4, size: 22 },
            encoding: { x, y: { field: "rollback", type: "quantitative", title: "Downloads a week since the previous snapshot" } }
          }] : []
        ]
      },
      {
        mark: { type: "line", color: "#4c78a8", strokeWidth: 2.5 },
        encoding: { x, y: { field: "models", type: "quantitative", title: "Models", scale: { zero: false }, axis: { orient: "right", titleColor: "#4c78a8", labelExpr: LABEL, grid: false } } }
      },
      {
        mark: { type: "point", color: "#4c78a8", size: rows.length > 60 ? 14 : 40, strokeWidth: 1.5 },
        encoding: {
          x,
          y: { field: "models", type: "quantitative", scale: { zero: false }, axis: null },
          fill: { field: "origin", type: "nominal", scale: { domain: ["listed live", "from the archive"], range: ["#4c78a8", "white"] }, legend: archive > 0 ? { title: null, orient: "top-left" } : null }
        }
      }
    ],
    resolve: { scale: { y: "independent" } }
  };
}
function weeklyDownloadsSpec(rows, context) {
  const measured = rows.filter((r) => r["Downloads Since Previous"] !== null && (r["Days Since Previous"] ?? 0) > 0 || r.Quality === "rollback");
  const base = chartFrame(context, "Real downloads per week", [
    "All-time downloads now minus at the previous trusted snapshot, over the days between, times seven: what the 30-day window cannot show.",
    "Red marks: weeks whose counters rolled back (no figure); the bar after them spans the gap. The Hub kept all-time counts from 2025-02-27."
  ]);
  if (measured.filter((r) => r.Quality !== "rollback").length === 0) {
    return waitingSpec(base, "No downloads between two snapshots yet.\nThey need two snapshots with all-time counts (a refresh a week later, or a backfill).");
  }
  const values = measured.map((r) => ({
    snapshot: r.Snapshot,
    perWeek: perWeek(r),
    rollback: r.Quality === "rollback" ? 0 : null,
    origin: origin(r)
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
          color: { field: "origin", type: "nominal", scale: { domain: ["listed live", "from the archive"], range: ["#4c78a8", "#9ecae9"] }, legend: { title: null, orient: "top-left" } }
        }
      },
      ...measured.some((r) => r.Quality === "rollback") ? [{
        transform: [{ filter: "datum.rollback !== null" }],
        mark: { type: "tick", color: "#d62728", thickness: 4, size: 22 },
        encoding: { x, y: { field: "rollback", type: "quantitative", title: "Downloads per week" } }
      }] : []
    ]
  };
}

// src/specs/lineage.ts
var CATEGORY_COLOURS = {
  original: "#b8b8b8",
  finetune: "#4c78a8",
  adapter: "#72b7b2",
  quantized: "#f58518",
  merge: "#b279a2",
  unspecified: "#9d755d"
};
var LABELS = {
  original: "original (no parent)",
  finetune: "fine-tune",
  adapter: "adapter",
  quantized: "quantized",
  merge: "merge",
  unspecified: "parent named, relation unspecified"
};
function relationsSpec(lineage, context) {
  const values = lineage.months.flatMap(
    (m) => CATEGORIES.map((category, order) => ({ month: `${m.month}-01`, category: LABELS[category], order, count: m[category] }))
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
      ...last ? [`The last month (${last}) is partial. Placeholder-dated models are in no month.`] : []
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
        legend: { orient: "top-left", labelLimit: 300 }
      },
      order: { field: "order", type: "quantitative" }
    }
  };
}
function familiesSpec(lineage, context, layout = "desktop") {
  const families = lineage.insights.largestFamilies;
  const tags = context.tags;
  const otherTag = (f) => tags.length > 1 && f.rootTag !== null && f.rootTag !== tags[0];
  const label = (f) => !f.rootInDataset ? `${f.root} *` : otherTag(f) ? `${f.root} \u2020` : f.root;
  const order = families.map(label);
  const values = families.flatMap(
    (f) => DERIVATIVE_CATEGORIES.map((category, k) => ({ root: label(f), category: LABELS[category], order: k, count: f.byRelation[category] }))
  );
  const totals = families.map((f) => ({ root: label(f), derivatives: f.derivatives, text: `${fmt(f.derivatives)} \xB7 ${(f.shareOfRecentNew * 100).toFixed(1)}% of new`, textPhone: fmt(f.derivatives) }));
  const phone = layout === "phone";
  const y = { field: "root", type: "nominal", sort: order, title: null, axis: phone ? null : { labelLimit: 330, labelFontSize: 11 } };
  const ROW = 34;
  const rootsAbove = phone ? [{ data: { values: totals }, mark: { type: "text", align: "left", baseline: "bottom", dy: -4, fontSize: 11, color: "#222", limit: 300 }, encoding: { y, x: { datum: 0, type: "quantitative" }, text: { field: "root", type: "nominal" } } }] : [];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: config(),
    width: WIDTH - 260,
    height: phone ? Math.max(200, families.length * ROW) : Math.max(HEIGHT, families.length * 24),
    ...phone ? { usermeta: { layout: "phone" } } : {},
    title: header(context, `The ${families.length} largest model families`, [
      "Family: first parents walked back to a model with no parent. Bars: derivatives (the root not counted), by relation.",
      `* root outside this dataset (a base of an untracked pipeline tag, or not on the Hub). Label: derivatives \xB7 share of the models created in ${lineage.insights.recentQuarters.join(" and ")}.`,
      ...families.some(otherTag) ? [`\u2020 root tagged ${tags.slice(1).join(" or ")}: the family is counted across the tracked tags, root included.`] : []
    ]),
    layer: [
      {
        data: { values },
        mark: { type: "bar", height: { band: phone ? 0.4 : 0.8 }, ...phone ? { yOffset: 7 } : {} },
        encoding: {
          y,
          // Room right of the longest bar for its label ("1,234 · 5.6% of new"): without it the label was cut.
          x: { field: "count", type: "quantitative", stack: "zero", title: "Derivatives", axis: { format: ",d" }, scale: { domainMax: Math.ceil(Math.max(1, ...families.map((f) => f.derivatives)) * 1.3) } },
          color: {
            field: "category",
            type: "nominal",
            title: "Relation",
            scale: { domain: DERIVATIVE_CATEGORIES.map((c) => LABELS[c]), range: DERIVATIVE_CATEGORIES.map((c) => CATEGORY_COLOURS[c]) },
            legend: { orient: "bottom-right", labelLimit: 300 }
          },
          order: { field: "order", type: "quantitative" }
        }
      },
      {
        data: { values: totals },
        mark: { type: "text", align: "left", dx: 4, fontSize: 10, color: "#333", ...phone ? { yOffset: 7 } : {} },
        encoding: { y, x: { field: "derivatives", type: "quantitative" }, text: { field: "text", type: "nominal" } }
      },
      ...rootsAbove
    ]
  };
}

// src/specs/market.ts
var pct = (share) => `${(share * 100).toFixed(1)}%`;
function lorenzSpec(concentration, context) {
  const series = [
    { name: "30-day downloads", c: concentration.last30Days },
    { name: "all-time downloads", c: concentration.allTime }
  ];
  const values = series.flatMap(({ name, c }) => c.lorenz.map((p) => ({ series: name, models: p.models, downloads: p.downloads })));
  const d30 = concentration.last30Days;
  return {
    ...chartFrame(context, "How concentrated downloads are (Lorenz curve)", [
      `${pct(d30.zeroShare)} of models had no download in 30 days; the top 1% took ${pct(d30.top1PercentShare)} of downloads, the top 10% ${pct(d30.top10PercentShare)}; Gini ${d30.gini.toFixed(3)}.`,
      "The diagonal is every model downloaded alike; the further a curve bows below it, the more a few models take."
    ]),
    layer: [
      {
        data: { values: [{ models: 0, downloads: 0 }, { models: 1, downloads: 1 }] },
        mark: { type: "line", color: "#999", strokeDash: [4, 4] },
        encoding: { x: { field: "models", type: "quantitative" }, y: { field: "downloads", type: "quantitative" } }
      },
      {
        data: { values },
        mark: { type: "area", fillOpacity: 0.25, line: { strokeWidth: 2.5 }, interpolate: "linear" },
        encoding: {
          x: { field: "models", type: "quantitative", title: "Share of models, least downloaded first", axis: { format: "%" }, scale: { domain: [0, 1] } },
          y: { field: "downloads", type: "quantitative", title: "Share of downloads they hold", axis: { format: "%" }, scale: { domain: [0, 1] }, stack: null },
          color: { field: "series", type: "nominal", title: null, scale: { domain: series.map((s) => s.name), range: ["#4c78a8", "#f58518"] }, legend: { orient: "top-left" } }
        }
      }
    ]
  };
}
function sizesSpec(size, context) {
  const quarters = size.quarters.filter((q) => q.withParameters > 0);
  const values = quarters.flatMap((q) => PARAMETER_BANDS.map((b, order) => ({ quarter: q.quarter, band: b.band, order, share: q.bands[b.band] })));
  const last = quarters.at(-1);
  return {
    ...chartFrame(context, "The size of new models, by quarter created", [
      `Share of each quarter's new models with a parameter count (known for ${pct(size.coverage)} of all: safetensors at the top of the repository).`,
      ...last ? [`Latest quarter (${last.quarter}, partial): median ${formatParameters(last.medianParameters)}; the median of what is downloaded ${formatParameters(last.downloadWeightedMedian)}.`] : []
    ]),
    data: { values },
    mark: { type: "bar", width: { band: 0.85 } },
    encoding: {
      x: { field: "quarter", type: "ordinal", title: "Quarter created", axis: { labelAngle: -45, labelExpr: "slice(datum.value, 5) === 'Q1' ? datum.value : slice(datum.value, 5)" } },
      y: { field: "share", type: "quantitative", stack: "normalize", title: "Share of the quarter's new models", axis: { format: "%" } },
      color: { field: "band", type: "nominal", title: "Parameters", scale: { domain: PARAMETER_BANDS.map((b) => b.band), range: ["#72b7b2", "#4c78a8", "#f58518", "#e45756"] }, legend: { orient: "top" } },
      order: { field: "order", type: "quantitative" }
    }
  };
}

// src/specs/study.ts
function weeklySpec(models, context) {
  const series = weeklySeries(models, context.snapshotMs);
  const notes = [
    `${fmt(series.placeholder)} models carry the Hub's placeholder creation date 2022-03-02: they start the cumulative line and are in no week.`
  ];
  if (series.afterSnapshot > 0) notes.push(`${fmt(series.afterSnapshot)} models claim a creation after the snapshot: they are in no week.`);
  if (series.partialWeek) notes.push(`The current week (ending Monday ${series.partialWeek.week}, ${fmt(series.partialWeek.count)} models so far) is partial and not drawn.`);
  const values = series.weeks.map((w) => ({ week: w.weekMs, count: w.count, cumulative: w.cumulative }));
  const weeklyTop = 10 ** Math.ceil(Math.log10(Math.max(10, ...series.weeks.map((w) => w.count))));
  const x = { field: "week", type: "temporal", scale: { type: "utc" }, title: "Week (weeks end on Monday, UTC)", axis: { format: "%Y", tickCount: { interval: "year" } } };
  const markers = [
    // On a phone (specs/phone.ts): short labels in two lines, one under the other (the dates are close there).
    { date: CHATGPT_RELEASE, label: "ChatGPT released (2022-11-30)", top: 4, labelPhone: "ChatGPT\n2022-11-30", topPhone: 4 },
    { date: SIX_MONTHS_AFTER, label: "six months later (2023-05-30)", top: 22, labelPhone: "+6 months\n2023-05-30", topPhone: 38 }
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
            axis: { titleColor: "#4c78a8", values: decades(1, weeklyTop).flatMap((v) => v === 1 ? [0, 1] : [v / 2, v]).filter((v) => v <= weeklyTop), labelExpr: COUNT_LABEL }
          }
        }
      },
      {
        data: { values },
        mark: { type: "line", color: "#e45756", strokeWidth: 2.5 },
        encoding: {
          x,
          y: { field: "cumulative", type: "quantitative", title: "Models in total (cumulative)", axis: { orient: "right", titleColor: "#e45756", format: "~s" } }
        }
      },
      {
        data: { values: markers },
        layer: [
          { mark: { type: "rule", strokeDash: [6, 4], color: "#333", strokeWidth: 1.2 }, encoding: { x: { field: "date", type: "temporal" } } },
          {
            mark: { type: "text", align: "left", baseline: "top", dx: 4, fontSize: 11, color: "#333" },
            encoding: { x: { field: "date", type: "temporal" }, y: { field: "top", type: "quantitative", scale: null }, text: { field: "label" } }
          }
        ]
      }
    ],
    resolve: { scale: { y: "independent" } }
  };
}
var CLASS_COLOURS = ["#8c8c8c", "#f58518", "#54a24b"];
function classesSpec(models, context) {
  let maxDownloads = 0;
  for (const downloads of models.downloads) if (downloads > maxDownloads) maxDownloads = downloads;
  const bins = downloadBins(maxDownloads);
  const counts = new Array(bins.length).fill(0);
  for (const downloads of models.downloads) {
    let k = 0;
    while (k + 1 < bins.length && downloads >= bins[k + 1].lower) k++;
    counts[k] = counts[k] + 1;
  }
  const classes = popularityClasses(models);
  const legendLabel = (name) => {
    const c = classes.find((x2) => x2.name === name);
    return `${c.name} (${c.label}): ${fmt(c.count)} (${(100 * c.share).toFixed(1)}%)`;
  };
  const phoneLabel = (name) => legendLabel(name).replace(" downloads)", ")");
  const values = bins.map((bin, k) => {
    const name = CLASSES.find((c) => bin.lower >= c.min && bin.lower <= c.max)?.name ?? "Very Popular";
    return { bin: bin.label, count: counts[k], class: legendLabel(name), classPhone: phoneLabel(name) };
  }).filter((v) => v.count > 0);
  const order = values.map((v) => v.bin);
  const maxCount = Math.max(1, ...values.map((v) => v.count));
  const x = { field: "bin", type: "ordinal", sort: order, title: "Downloads in the last 30 days", axis: { labelAngle: -45 } };
  const y = { field: "count", type: "quantitative", title: "Models (log scale)", scale: { type: "log", domain: [0.7, 10 ** Math.ceil(Math.log10(maxCount * 1.5))] }, axis: { format: "~s", values: decades(1, 10 ** Math.ceil(Math.log10(maxCount * 1.5))) } };
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
            legend: { orient: "top-right", labelLimit: 400 }
          }
        }
      },
      {
        mark: { type: "text", dy: -7, fontSize: 10, color: "#333" },
        encoding: { x, y, text: { field: "count", type: "quantitative", format: "," } }
      }
    ]
  };
}

// src/specs/tags.ts
var pct2 = (share) => `${(share * 100).toFixed(1)}%`;
var TAG_COLOURS = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#b279a2", "#9d755d", "#72b7b2", "#eeca3b"];
function tagsSpec(mix, context) {
  const tags = mix.tags.map((t) => t.tag);
  const values = mix.quarters.flatMap((q) => tags.map((tag, order) => ({ quarter: q.quarter, tag, order, models: q.byTag[tag] ?? 0 })));
  const last = mix.quarters.at(-2) ?? mix.quarters.at(-1);
  const lastShares = last ? tags.filter((tag) => tag !== tags[0]).map((tag) => `${tag} ${pct2(last.models ? (last.byTag[tag] ?? 0) / last.models : 0)}`) : [];
  return {
    ...chartFrame(context, "New models by quarter and pipeline tag", [
      `Share of 30-day downloads: ${mix.tags.map((t) => `${t.tag} ${pct2(t.downloadsShare)}`).join(", ")}.`,
      ...last ? [`${last.quarter}, the last whole quarter: ${lastShares.join(", ")} of its new models.`] : []
    ]),
    data: { values },
    mark: { type: "bar", width: { band: 0.85 } },
    encoding: {
      x: { field: "quarter", type: "ordinal", title: "Quarter created", axis: { labelAngle: -45, labelExpr: "slice(datum.value, 5) === 'Q1' ? datum.value : slice(datum.value, 5)" } },
      y: { field: "models", type: "quantitative", stack: "zero", title: "New models", axis: { labelExpr: COUNT_LABEL } },
      color: { field: "tag", type: "nominal", title: "Pipeline tag", scale: { domain: tags, range: TAG_COLOURS.slice(0, tags.length) }, legend: { orient: "top-left" } },
      order: { field: "order", type: "quantitative" }
    }
  };
}

// src/specs/trends.ts
var SHARE_KEYS = 8;
var REST = "the rest";
var PERCENT = "format(datum.value, '.0%')";
var DAY = 864e5;
function weekMarks(rows) {
  const archive = rows.filter((r) => r.Source.startsWith("archive:")).map((r) => r.Snapshot);
  const rollbacks = rows.filter((r) => r.Quality === "rollback").map((r) => ({ snapshot: r.Snapshot }));
  const notes = [
    ...archive.length === 0 ? [] : archive.length === rows.length ? [`Grey strip along the top: all ${archive.length} weeks are from the Hub's public weekly archive (backfilled); none was listed live yet.`] : [`Grey strip along the top: ${archive.length} weeks from the Hub's public weekly archive (backfilled); the other ${rows.length - archive.length} were listed live.`],
    ...rollbacks.length > 0 ? [`Red lines: ${rollbacks.length} ${rollbacks.length === 1 ? "week" : "weeks"} whose all-time counters rolled back (30-day figures are unaffected).`] : [],
    "30-day windows overlap from one week to the next: a week's change is a change of rolling sums."
  ];
  const layers = [
    ...archive.length > 0 ? [{
      data: { values: [{ from: archive[0], to: isoPlus(archive.at(-1), 3) }] },
      mark: { type: "rect", color: "#888888" },
      encoding: { x: { field: "from", type: "temporal" }, x2: { field: "to" }, y: { value: 0 }, y2: { value: 7 } }
    }] : [],
    ...rollbacks.length > 0 ? [{ data: { values: rollbacks }, mark: { type: "rule", color: "#d62728", strokeWidth: 2, opacity: 0.85 }, encoding: { x: { field: "snapshot", type: "temporal" } } }] : []
  ];
  return { notes, layers };
}
function isoPlus(day, days) {
  return new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);
}
var timeAxis2 = { field: "snapshot", type: "temporal", scale: { type: "utc" }, title: "Snapshot (UTC)", axis: { format: "%Y-%m", labelAngle: -30, tickCount: 10, grid: false } };
function shareSpec(dimension, trends, history, context) {
  const what = dimension === "author" ? "author" : "base model namespace";
  const rows = trends.filter((r) => r.dimension === dimension && r.downloadShare !== null);
  const snapshots = [...new Set(rows.map((r) => r.snapshot))];
  const marks = weekMarks(history.filter((h) => snapshots.includes(h.Snapshot)));
  const unknownLineage = new Set(trends.filter((r) => r.dimension === "author" && !snapshots.includes(r.snapshot)).map((r) => r.snapshot)).size;
  const base = chartFrame(context, `Share of 30-day downloads by ${what}`, [
    dimension === "author" ? `The ${SHARE_KEYS} authors (the namespace of the model id) with the most downloads in the newest week; every other author is "${REST}".` : `The ${SHARE_KEYS} namespaces whose base models (family roots, by first parents) have the most downloads in the newest week; "${REST}" holds the others.`,
    ...unknownLineage > 0 ? [`Left out: ${unknownLineage} ${unknownLineage === 1 ? "week" : "weeks"} whose archive file names no parents (no lineage is known there).`] : [],
    ...marks.notes
  ]);
  if (snapshots.length < 2) return waitingSpec(base, `One snapshot so far.
Shares over time need a second week (the next refresh, or a backfill).`);
  const newest = snapshots.at(-1);
  const keys = rows.filter((r) => r.snapshot === newest && r.key !== "(other)").slice(0, SHARE_KEYS).map((r) => r.key);
  const values = [];
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
          x: timeAxis2,
          y: { field: "share", type: "quantitative", stack: "zero", title: "Share of 30-day downloads", scale: { domain: [0, 1] }, axis: { labelExpr: PERCENT } },
          color: { field: "key", type: "nominal", sort: [...keys, REST], scale: { domain: [...keys, REST], range: ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac"] }, legend: { title: dimension === "author" ? "Author" : "Base namespace", orient: "right" } },
          order: { field: "order", type: "quantitative" },
          tooltip: [{ field: "snapshot", type: "temporal", format: "%Y-%m-%d" }, { field: "key", type: "nominal" }, { field: "share", type: "quantitative", format: ".1%" }]
        }
      },
      ...marks.layers
    ]
  };
}
function concentrationSpec(history, context) {
  const measured = history.filter((r) => r["Gini 30 Days"] !== null);
  const marks = weekMarks(measured);
  const base = chartFrame(context, "How concentrated downloads are, week by week", [
    "Lines: the 10 most downloaded models' share of 30-day downloads, the top 1%'s share, and the Gini coefficient (0: equal; 1: one model takes all).",
    ...marks.notes
  ]);
  if (measured.length < 2) return waitingSpec(base, "Fewer than two snapshots with these columns.\nThe next refresh adds one; a backfill and history --from-git fill the past weeks.");
  const MEASURES = [["Top 10 Models Share", "top 10 models' share"], ["Top 1% Models Share", "top 1%'s share"], ["Gini 30 Days", "Gini coefficient"]];
  const values = measured.flatMap((r) => MEASURES.map(([column, measure]) => ({ snapshot: r.Snapshot, measure, value: r[column], origin: r.Source.startsWith("archive:") ? "from the archive" : "listed live" })));
  return {
    ...base,
    layer: [
      {
        data: { values },
        layer: [
          { mark: { type: "line", strokeWidth: 2 } },
          { mark: { type: "point", size: measured.length > 60 ? 10 : 30, filled: true } }
        ],
        encoding: {
          x: timeAxis2,
          y: { field: "value", type: "quantitative", title: "Share of downloads (0\u20131), or Gini", scale: { domain: [0, 1] }, axis: { labelExpr: "format(datum.value, '.1f')" } },
          color: { field: "measure", type: "nominal", sort: MEASURES.map(([, m]) => m), scale: { domain: MEASURES.map(([, m]) => m), range: ["#e45756", "#f58518", "#4c78a8"] }, legend: { title: null, orient: "bottom" } },
          tooltip: [{ field: "snapshot", type: "temporal", format: "%Y-%m-%d" }, { field: "measure", type: "nominal" }, { field: "value", type: "quantitative", format: ".3f" }, { field: "origin", type: "nominal" }]
        }
      },
      ...marks.layers
    ]
  };
}

export {
  snapshotsSpec,
  weeklyDownloadsSpec,
  relationsSpec,
  familiesSpec,
  lorenzSpec,
  sizesSpec,
  weeklySpec,
  classesSpec,
  tagsSpec,
  shareSpec,
  concentrationSpec
};
