import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isoDay
} from "./chunk-H5AMLHLL.js";
import {
  tagSetLabel,
  tagsOf
} from "./chunk-3SYKNIM3.js";

// src/specs/common.ts
var FONT_FAMILY = "DejaVu Sans";
var WIDTH = 860;
var HEIGHT = 460;
var fmt = (n) => n.toLocaleString("en-US");
function config() {
  return {
    font: FONT_FAMILY,
    aria: false,
    background: "white",
    title: { fontSize: 17, subtitleFontSize: 12, subtitleColor: "#444", anchor: "start", offset: 12 },
    axis: { labelFontSize: 11, titleFontSize: 12, gridColor: "#e6e6e6" },
    legend: { labelFontSize: 11, titleFontSize: 12 },
    view: { stroke: "#ccc" }
  };
}
function chartFrame(context, title, notes) {
  return { $schema: "https://vega.github.io/schema/vega-lite/v6.json", config: config(), width: WIDTH, height: HEIGHT, title: header(context, title, notes) };
}
function waitingSpec(frame, text) {
  return {
    ...frame,
    data: { values: [{ text }] },
    mark: { type: "text", fontSize: 15, lineBreak: "\n", lineHeight: 22, color: "#444", align: "center", baseline: "middle", x: { expr: "width / 2" }, y: { expr: "height / 2" } },
    encoding: { text: { field: "text", type: "nominal" } }
  };
}
function header(context, title, notes) {
  return { text: `${title} (${context.task})`, subtitle: [`Hugging Face Hub snapshot ${context.snapshot} \xB7 ${fmt(context.models)} models`, ...notes] };
}
var COUNT_LABEL = "datum.value >= 1e6 ? format(datum.value / 1e6, '~g') + 'M' : datum.value >= 1e3 ? format(datum.value / 1e3, '~g') + 'k' : format(datum.value, '~g')";
var BYTES_LABEL = "datum.value >= 1e12 ? format(datum.value / 1e12, '~g') + ' TB' : datum.value >= 1e9 ? format(datum.value / 1e9, '~g') + ' GB' : datum.value >= 1e6 ? format(datum.value / 1e6, '~g') + ' MB' : datum.value >= 1e3 ? format(datum.value / 1e3, '~g') + ' kB' : datum.value + ' B'";
function decades(lo, hi) {
  const out = [];
  for (let v = lo; v <= hi * 1.0001; v *= 10) out.push(v);
  return out;
}
function chartContext(models, task, snapshotMs) {
  return { task: tagSetLabel(task), tags: tagsOf(task), snapshot: isoDay(snapshotMs), snapshotMs, models: models.length };
}

export {
  FONT_FAMILY,
  WIDTH,
  HEIGHT,
  fmt,
  config,
  chartFrame,
  waitingSpec,
  header,
  COUNT_LABEL,
  BYTES_LABEL,
  decades,
  chartContext
};
