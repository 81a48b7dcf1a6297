import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isPlaceholderDate
} from "./chunk-3SYKNIM3.js";

// src/analysis/weekly.ts
var DAY = 864e5;
function weekEnding(ms) {
  const day = Math.floor(ms / DAY);
  const weekday = ((day + 4) % 7 + 7) % 7;
  return (day + (1 - weekday + 7) % 7) * DAY;
}
function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function isDatedCreation(createdAt, snapshotMs) {
  return createdAt <= snapshotMs && !isPlaceholderDate(createdAt);
}
var DEFAULT_MAX_SNAPSHOT_AGE_DAYS = 8;
function snapshotAge(snapshot, nowMs) {
  return { snapshot, days: Math.floor((Date.parse(isoDay(nowMs)) - Date.parse(snapshot)) / 864e5) };
}
function weeklySeries(models, snapshotMs) {
  const counts = /* @__PURE__ */ new Map();
  let placeholder = 0;
  let afterSnapshot = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < models.length; i++) {
    const createdAt = models.createdAt[i];
    if (isPlaceholderDate(createdAt)) {
      placeholder++;
      continue;
    }
    if (createdAt > snapshotMs) {
      afterSnapshot++;
      continue;
    }
    const week = weekEnding(createdAt);
    counts.set(week, (counts.get(week) ?? 0) + 1);
    if (week < first) first = week;
    if (week > last) last = week;
  }
  const weeks = [];
  let cumulative = placeholder;
  let partialWeek = null;
  const snapshotWeek = weekEnding(snapshotMs);
  const snapshotComplete = snapshotMs >= snapshotWeek + DAY - 1;
  for (let week = first; week <= last; week += 7 * DAY) {
    const count = counts.get(week) ?? 0;
    if (week >= snapshotWeek && !snapshotComplete) {
      partialWeek = { week: isoDay(week), count };
      continue;
    }
    cumulative += count;
    weeks.push({ week: isoDay(week), weekMs: week, count, cumulative });
  }
  return { weeks, placeholder, afterSnapshot, partialWeek };
}
var quarters = /* @__PURE__ */ new Map();
function quarterOf(ms) {
  const day = Math.floor(ms / DAY);
  let quarter = quarters.get(day);
  if (quarter === void 0) {
    const d = new Date(day * DAY);
    quarters.set(day, quarter = `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`);
  }
  return quarter;
}
function creationQuarters(createdAt, snapshotMs) {
  const n = createdAt.length;
  const of = new Int32Array(n);
  const indexOf = /* @__PURE__ */ new Map();
  const labels = [];
  let lastDay = Number.NaN;
  let lastIndex = -1;
  for (let i = 0; i < n; i++) {
    const ms = createdAt[i];
    if (!isDatedCreation(ms, snapshotMs)) {
      of[i] = -1;
      continue;
    }
    const day = Math.floor(ms / DAY);
    if (day !== lastDay) {
      const label = quarterOf(ms);
      let k = indexOf.get(label);
      if (k === void 0) indexOf.set(label, k = labels.push(label) - 1);
      lastDay = day;
      lastIndex = k;
    }
    of[i] = lastIndex;
  }
  const order = labels.map((_, k) => k).sort((a, b) => labels[a] < labels[b] ? -1 : 1);
  const rank = new Int32Array(labels.length);
  order.forEach((k, r) => rank[k] = r);
  for (let i = 0; i < n; i++) if (of[i] >= 0) of[i] = rank[of[i]];
  return { labels: order.map((k) => labels[k]), of };
}
function valuesByGroup(group, groups, valueOf) {
  const start = new Uint32Array(groups + 1);
  for (let i = 0; i < group.length; i++) {
    const g = group[i];
    if (g >= 0 && !Number.isNaN(valueOf(i))) start[g + 1] = start[g + 1] + 1;
  }
  for (let g = 0; g < groups; g++) start[g + 1] = start[g + 1] + start[g];
  const next = start.slice(0, groups);
  const values = new Float64Array(start[groups]);
  for (let i = 0; i < group.length; i++) {
    const g = group[i];
    if (g < 0) continue;
    const v = valueOf(i);
    if (Number.isNaN(v)) continue;
    values[next[g]] = v;
    next[g] = next[g] + 1;
  }
  return { of: (g) => values.subarray(start[g], start[g + 1]) };
}

export {
  isoDay,
  isDatedCreation,
  DEFAULT_MAX_SNAPSHOT_AGE_DAYS,
  snapshotAge,
  weeklySeries,
  quarterOf,
  creationQuarters,
  valuesByGroup
};
