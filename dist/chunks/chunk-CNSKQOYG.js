import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/dataset/record.ts
var RELATIONS = ["finetune", "adapter", "quantized", "merge"];
function statsOf(r) {
  return {
    createdAt: r.createdAt,
    lastModified: r.lastModified,
    downloads: r.downloads,
    downloadsAllTime: r.downloadsAllTime,
    likes: r.likes,
    spaces: r.spaces,
    usedStorage: r.usedStorage,
    parameters: r.parameters
  };
}
var COLUMNS = [
  "Model ID",
  "Author",
  "Likes",
  "Downloads",
  "Created At",
  "Private",
  "Gated",
  "Library",
  "Used Storage",
  "Spaces",
  "Last Modified",
  "Downloads All Time",
  "Parameters",
  "Base Model",
  "Relation",
  "License",
  "Downloads All Time Previous"
];
var COLUMNS_V1 = COLUMNS.slice(0, 13);
var PLACEHOLDER_CREATED_AT = Date.parse("2022-03-02T23:29:04.000Z");
var SPACES_CAP = 100;
function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/analysis/weekly.ts
var DAY = 864e5;
function weekEnding(ms) {
  const day = Math.floor(ms / DAY) * DAY;
  const weekday = new Date(day).getUTCDay();
  return day + (1 - weekday + 7) % 7 * DAY;
}
function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function snapshotOf(records) {
  let newest = 0;
  for (const r of records) {
    if (r.createdAt > newest) newest = r.createdAt;
    if (r.lastModified !== null && r.lastModified > newest) newest = r.lastModified;
  }
  return newest;
}
function weeklySeries(records, snapshotMs) {
  const counts = /* @__PURE__ */ new Map();
  let placeholder = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const r of records) {
    if (r.createdAt === PLACEHOLDER_CREATED_AT) {
      placeholder++;
      continue;
    }
    const week = weekEnding(r.createdAt);
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
  return { weeks, placeholder, partialWeek };
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

// src/analysis/stats.ts
function median(values) {
  if (values.length === 0) return null;
  const sorted = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) sorted[i] = values[i];
  sorted.sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function mean(values) {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
var sortedBuffer = new Float64Array(0);
var groupBuffer = new Float64Array(0);
function averageRanks(values) {
  const n = values.length;
  if (sortedBuffer.length < n) {
    sortedBuffer = new Float64Array(n);
    groupBuffer = new Float64Array(n);
  }
  const sorted = sortedBuffer.subarray(0, n);
  const groupRank = groupBuffer;
  for (let i = 0; i < n; i++) sorted[i] = values[i];
  sorted.sort();
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sorted[end] === sorted[start]) end++;
    groupRank[start] = (start + 1 + end) / 2;
    start = end;
  }
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) ranks[i] = groupRank[bound(sorted, values[i], false)];
  return ranks;
}
function bound(sorted, v, after) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    const x = sorted[mid];
    if (x < v || after && x === v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function spearman(x, y) {
  if (x.length !== y.length) throw new Error("spearman needs two series of equal length");
  if (x.length < 3) return null;
  return pearson(averageRanks(x), averageRanks(y));
}
function spearmanOfRanks(xRanks, yRanks) {
  return xRanks.length < 3 ? null : pearson(xRanks, yRanks);
}
function pearson(x, y) {
  const n = x.length;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i];
    sy += y[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}
function slope(y) {
  const n = y.length;
  const mx = (n - 1) / 2;
  let my = 0;
  for (const v of y) my += v;
  my /= n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (i - mx) * (y[i] - my);
    den += (i - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
function round(value, digits = 4) {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor || 0;
}
var Top = class {
  items = [];
  size;
  constructor(size) {
    this.size = size;
  }
  offer(item, score) {
    const worst = this.items.at(-1);
    if (this.items.length === this.size && worst && (score < worst.score || score === worst.score && item.id > worst.item.id)) return;
    let k = this.items.length;
    while (k > 0) {
      const above = this.items[k - 1];
      if (above.score > score || above.score === score && above.item.id < item.id) break;
      k--;
    }
    this.items.splice(k, 0, { item, score });
    if (this.items.length > this.size) this.items.pop();
  }
};

// src/analysis/lineage.ts
var CATEGORIES = ["original", "finetune", "adapter", "quantized", "merge", "unspecified"];
var DERIVATIVE_CATEGORIES = CATEGORIES.slice(1);
var CATEGORY_CODE = { "": 5, finetune: 1, adapter: 2, quantized: 3, merge: 4 };
var LineageTable = class {
  ids = [];
  firstParents = [];
  categories = [];
  licenses = [];
  downloads = [];
  createdAt = [];
  add(r) {
    const semicolon = r.baseModel.indexOf(";");
    const first = semicolon === -1 ? r.baseModel : r.baseModel.slice(0, semicolon);
    this.ids.push(r.id);
    this.firstParents.push(first);
    this.categories.push(first === "" ? 0 : CATEGORY_CODE[r.relation]);
    this.licenses.push(r.license);
    this.downloads.push(r.downloads);
    this.createdAt.push(r.createdAt);
  }
  get size() {
    return this.ids.length;
  }
};
function families(table) {
  const n = table.size;
  const index = /* @__PURE__ */ new Map();
  for (let i = 0; i < n; i++) index.set(table.ids[i], i);
  const NONE = -1;
  const MISSING = -2;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = table.firstParents[i];
    parent[i] = p === "" ? NONE : index.get(p) ?? MISSING;
  }
  index.clear();
  const rootOf = new Array(n);
  const settled = new Array(n);
  const mark = new Int32Array(n).fill(-1);
  const path = [];
  for (let start = 0; start < n; start++) {
    if (settled[start] !== void 0) {
      rootOf[start] = settled[start];
      continue;
    }
    path.length = 0;
    let current = start;
    let root;
    let exact = true;
    for (; ; ) {
      const known = settled[current];
      if (known !== void 0) {
        root = known;
        break;
      }
      mark[current] = start;
      path.push(current);
      const p = parent[current];
      if (p === NONE) {
        root = table.ids[current];
        break;
      }
      if (p === MISSING) {
        root = table.firstParents[current];
        break;
      }
      if (mark[p] === start) {
        root = table.ids[current];
        exact = false;
        break;
      }
      current = p;
    }
    rootOf[start] = root;
    if (exact) for (const node of path) settled[node] = root;
  }
  const parentIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) parentIndex[i] = Math.max(parent[i], -1);
  return { rootOf, parentIndex };
}
var zeroCounts = () => ({ original: 0, finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 });
function top(counts, n, make) {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, n).map(([key, count]) => make(key, count));
}
function computeLineage(table, snapshotMs, largest = 20) {
  const n = table.size;
  const { rootOf, parentIndex } = families(table);
  const byQuarter = /* @__PURE__ */ new Map();
  const byMonth = /* @__PURE__ */ new Map();
  const recentQuarters = [quarterOf(snapshotMs), quarterOf(Date.UTC(new Date(snapshotMs).getUTCFullYear(), new Date(snapshotMs).getUTCMonth() - 3, 1))];
  const recent = new Set(recentQuarters);
  let recentNew = 0;
  let derivatives = 0;
  const familyOf = /* @__PURE__ */ new Map();
  const licenseCounts = /* @__PURE__ */ new Map();
  const changes = /* @__PURE__ */ new Map();
  let comparable = 0;
  let differing = 0;
  for (let i = 0; i < n; i++) {
    const category = CATEGORIES[table.categories[i]];
    const created = table.createdAt[i];
    const id = table.ids[i];
    const root = rootOf[i];
    let family = familyOf.get(root);
    if (!family) {
      family = { derivatives: 0, byRelation: { finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 }, downloads: 0, recent: 0, rootInDataset: false };
      familyOf.set(root, family);
    }
    family.downloads += table.downloads[i];
    if (root === id) family.rootInDataset = true;
    else {
      family.derivatives++;
      family.byRelation[category]++;
    }
    if (category !== "original") derivatives++;
    if (created !== PLACEHOLDER_CREATED_AT) {
      const quarter = quarterOf(created);
      let q = byQuarter.get(quarter);
      if (!q) byQuarter.set(quarter, q = zeroCounts());
      q[category]++;
      const month = new Date(created).toISOString().slice(0, 7);
      let m = byMonth.get(month);
      if (!m) byMonth.set(month, m = zeroCounts());
      m[category]++;
      if (recent.has(quarter)) {
        recentNew++;
        family.recent++;
      }
    }
    const license = table.licenses[i];
    licenseCounts.set(license, (licenseCounts.get(license) ?? 0) + 1);
    const p = parentIndex[i];
    if (category !== "original" && p >= 0 && license !== "" && table.licenses[p] !== "") {
      comparable++;
      const from = table.licenses[p];
      if (from !== license) {
        differing++;
        const key = `${from}\0${license}`;
        changes.set(key, (changes.get(key) ?? 0) + 1);
      }
    }
  }
  const none = licenseCounts.get("") ?? 0;
  licenseCounts.delete("");
  const familyRows = [...familyOf].filter(([, f]) => f.derivatives > 0).sort((a, b) => b[1].derivatives - a[1].derivatives || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, largest).map(([root, f]) => ({
    root,
    rootInDataset: f.rootInDataset,
    derivatives: f.derivatives,
    byRelation: f.byRelation,
    downloads: f.downloads,
    shareOfRecentNew: round(recentNew ? f.recent / recentNew : 0, 4)
  }));
  const tops = new Map(familyRows.map((f) => [f.root, new Top(10)]));
  for (let i = 0; i < n; i++) {
    const topOf = tops.get(rootOf[i]);
    if (topOf) topOf.offer({ id: table.ids[i], downloads: table.downloads[i], category: CATEGORIES[table.categories[i]] }, table.downloads[i]);
  }
  const familyTop = Object.fromEntries([...tops].map(([root, t]) => [root, t.items.map(({ item }) => item)]));
  const quarters2 = [...byQuarter.keys()].sort().map((quarter) => {
    const counts = byQuarter.get(quarter);
    const models = CATEGORIES.reduce((sum, c) => sum + counts[c], 0);
    return { quarter, models, ...counts, derivativeShare: round(models ? (models - counts.original) / models : 0, 4) };
  });
  const months = [...byMonth.keys()].sort().map((month) => ({ month, ...byMonth.get(month) }));
  return {
    months,
    familyTop,
    insights: {
      verdict: "descriptive",
      models: n,
      derivatives,
      derivativeShare: round(n ? derivatives / n : 0, 4),
      quarters: quarters2,
      recentQuarters: [...recentQuarters].sort(),
      largestFamilies: familyRows,
      licenses: {
        top: top(licenseCounts, 10, (license, models) => ({ license, models, share: round(models / n, 4) })),
        none: { models: none, share: round(n ? none / n : 0, 4) },
        comparable,
        differing,
        driftShare: round(comparable ? differing / comparable : null, 4),
        topChanges: top(changes, 10, (key, models) => {
          const [from, to] = key.split("\0");
          return { from, to, models };
        })
      },
      method: "Parents from the Hub's base_model tags (Base Model, first parent first). A model with no parent is an original; a derivative's relation is its first typed tag (finetune, adapter, quantized, merge), or unspecified when its card names a parent without one. Family: walk first parents to a model with no parent; a parent missing from the dataset (often a base model of another pipeline tag) is itself the root; a walk that comes back to a model it visited stops at the last model before the repeat. Family size counts derivatives (models other than the root); downloads are 30-day downloads of all its models. Licence drift compares a derivative's licence tag with its first parent's, where both are in the dataset and tagged.",
      caveat: "Tags are what model cards say: parents and relations are self-reported and often missing, so derivatives are under-counted and 'original' includes undeclared derivatives. Families whose root lies outside the dataset count only the members in it. Placeholder-dated models are in no quarter or month."
    }
  };
}

// src/analysis/popularity.ts
var CLASSES = [
  { name: "Not Popular", min: 0, max: 39, label: "< 40 downloads" },
  { name: "Popular", min: 40, max: 999, label: "40\u2013999 downloads" },
  { name: "Very Popular", min: 1e3, max: Number.POSITIVE_INFINITY, label: "\u2265 1000 downloads" }
];
function popularityClass(downloads) {
  return downloads < 40 ? "Not Popular" : downloads < 1e3 ? "Popular" : "Very Popular";
}
function popularityClasses(records) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of records) {
    const c = popularityClass(r.downloads);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return CLASSES.map((c) => {
    const count = counts.get(c.name) ?? 0;
    return { name: c.name, label: c.label, count, share: records.length ? count / records.length : 0 };
  });
}
function downloadBins(maxDownloads) {
  const bins = [{ lower: 0, upper: 1, label: "0" }];
  let lower = 1;
  const steps = [2, 4, 10];
  let decade = 1;
  while (lower <= maxDownloads) {
    for (const step of steps) {
      const upper = decade * step;
      if (upper <= lower) continue;
      bins.push({ lower, upper, label: binLabel(lower, upper) });
      lower = upper;
      if (lower > maxDownloads) break;
    }
    decade *= 10;
  }
  return bins;
}
function binLabel(lower, upper) {
  if (upper - lower === 1) return String(lower);
  return upper <= 1e3 ? `${lower}\u2013${upper - 1}` : `${compact(lower)}\u2013${compact(upper)}`;
}
function compact(n) {
  if (n >= 1e9) return `${trim(n / 1e9)}B`;
  if (n >= 1e6) return `${trim(n / 1e6)}M`;
  if (n >= 1e3) return `${trim(n / 1e3)}k`;
  return String(n);
}
function trim(x) {
  return x >= 100 ? x.toFixed(0) : Number(x.toPrecision(3)).toString();
}

// src/analysis/findings.ts
var CHATGPT_RELEASE = Date.parse("2022-11-30T00:00:00.000Z");
var SIX_MONTHS_AFTER = Date.parse("2023-05-30T00:00:00.000Z");
var DAY2 = 864e5;
var WEEK = 7 * DAY2;
var CHANGE_POINT_WINDOW = 12;
var GB = 1e9;
var SIZE_BANDS = [
  { band: "< 1 GB", min: 0, max: GB },
  { band: "1\u201310 GB", min: GB, max: 10 * GB },
  { band: "10\u2013100 GB", min: 10 * GB, max: 100 * GB },
  { band: "\u2265 100 GB", min: 100 * GB, max: Number.POSITIVE_INFINITY }
];
function meanOfWeeks(weeks, from, to) {
  return mean(weeks.filter((w) => w.weekMs > from && w.weekMs <= to).map((w) => w.count));
}
function ratio(a, b) {
  return a === null || b === null || b === 0 ? null : a / b;
}
function fastestAcceleration(weeks) {
  const logs = weeks.map((w) => Math.log1p(w.count));
  let best = null;
  let bestGain = Number.NEGATIVE_INFINITY;
  for (let i = CHANGE_POINT_WINDOW - 1; i + CHANGE_POINT_WINDOW < logs.length; i++) {
    const before = slope(logs.slice(i - CHANGE_POINT_WINDOW + 1, i + 1));
    const after = slope(logs.slice(i + 1, i + 1 + CHANGE_POINT_WINDOW));
    if (after - before > bestGain) {
      bestGain = after - before;
      best = { week: weeks[i].week, slopeBefore: round(before), slopeAfter: round(after) };
    }
  }
  return best;
}
function creationSurge(series) {
  const weeks = series.weeks;
  const before = meanOfWeeks(weeks, CHATGPT_RELEASE - 26 * WEEK, CHATGPT_RELEASE);
  const after = meanOfWeeks(weeks, CHATGPT_RELEASE, CHATGPT_RELEASE + 26 * WEEK);
  const later = meanOfWeeks(weeks, CHATGPT_RELEASE + 26 * WEEK, CHATGPT_RELEASE + 52 * WEEK);
  const laterToAfter = ratio(later, after);
  const laterToBefore = ratio(later, before);
  let verdict = "inconclusive";
  if (laterToAfter !== null && laterToBefore !== null) {
    if (laterToAfter >= 1.25 && laterToBefore >= 2) verdict = "supported";
    else if (laterToAfter < 1) verdict = "not supported";
  }
  return {
    verdict,
    meanWeeklyBefore: round(before, 2),
    meanWeeklyAfter: round(after, 2),
    meanWeeklyMonths6to12: round(later, 2),
    ratioAfterToBefore: round(ratio(after, before), 3),
    ratioMonths6to12ToBefore: round(laterToBefore, 3),
    ratioMonths6to12ToAfter: round(laterToAfter, 3),
    fastestAcceleration: fastestAcceleration(weeks),
    method: `Mean models created per W-MON week in the 26 weeks before 2022-11-30, the 26 weeks after, and weeks 26\u201352 after. Supported when weeks 26\u201352 average \u2265 1.25\xD7 the first 26 weeks after and \u2265 2\xD7 the 26 weeks before; not supported when below the first 26 weeks after. Fastest acceleration: the week maximising the least-squares slope of log(1 + weekly count) over the ${CHANGE_POINT_WINDOW} weeks after it minus that over the ${CHANGE_POINT_WINDOW} weeks up to it.`,
    caveat: "Counts are of models that still exist: the Hub deletes thousands of repositories a week, so older weeks are survivors only. Models on the placeholder date 2022-03-02T23:29:04Z are in no week."
  };
}
function column(rows, value) {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = value(rows[i]);
  return out;
}
function correlations(records, size) {
  const rows = records.filter((r) => size(r) !== null);
  const sizes = averageRanks(column(rows, (r) => size(r)));
  const rho = (value) => round(spearmanOfRanks(sizes, averageRanks(column(rows, value))));
  return {
    models: rows.length,
    rho: { downloads: rho((r) => r.downloads), likes: rho((r) => r.likes), spaces: rho((r) => r.spaces) }
  };
}
function smallerMorePopular(records) {
  const storage = correlations(records, (r) => r.usedStorage);
  const parameters = correlations(records, (r) => r.parameters);
  const coverage = records.length ? storage.models / records.length : 0;
  const sizeBands = SIZE_BANDS.map((band) => {
    const downloads = records.filter((r) => r.usedStorage !== null && r.usedStorage >= band.min && r.usedStorage < band.max).map((r) => r.downloads);
    return { band: band.band, models: downloads.length, medianDownloads: median(downloads), meanDownloads: round(mean(downloads), 2) };
  });
  const rho = storage.rho.downloads;
  let verdict = "inconclusive";
  if (coverage >= 0.1 && storage.models >= 100 && rho !== null) {
    if (rho <= -0.1) verdict = "supported";
    else if (rho >= 0.1) verdict = "not supported";
  }
  return {
    verdict,
    coverage: round(coverage),
    modelsWithStorage: storage.models,
    spearmanStorage: storage.rho,
    modelsWithParameters: parameters.models,
    spearmanParameters: parameters.rho,
    sizeBands,
    caveat: "Verdict from Spearman's \u03C1 between used storage and 30-day downloads: supported at \u03C1 \u2264 \u22120.1, not supported at \u03C1 \u2265 0.1, inconclusive between or when storage is known for under 10% of models. Storage is learned most-downloaded first, so partial coverage over-represents popular models; used storage counts every revision and every file (several quantisations inflate it). Spaces are capped at 100."
  };
}
function perDay(records, snapshot) {
  const rows = records.filter((r) => r.createdAt !== PLACEHOLDER_CREATED_AT && r.downloadsAllTime !== null);
  const rate = (r) => r.downloadsAllTime / Math.max(1, (snapshot - r.createdAt) / DAY2);
  const byQuarter = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const q = quarterOf(r.createdAt);
    let list = byQuarter.get(q);
    if (!list) byQuarter.set(q, list = []);
    list.push(rate(r));
  }
  const quarters2 = [...byQuarter.keys()].sort().map((quarter) => {
    const rates = byQuarter.get(quarter);
    return { quarter, models: rates.length, medianPerDay: round(median(rates), 3), meanPerDay: round(mean(rates), 3) };
  });
  const rho = round(spearman(column(rows, (r) => r.createdAt), column(rows, rate)));
  return {
    verdict: rho === null ? "inconclusive" : rho >= 0.1 ? "supported" : rho <= -0.1 ? "not supported" : "inconclusive",
    spearmanCreatedAtPerDay: rho,
    quarters: quarters2,
    method: "All-time downloads divided by the days since creation (at least one), so that no window favours new or old models; verdict from Spearman's \u03C1 between creation date and that rate (supported at \u03C1 \u2265 0.1, not supported at \u03C1 \u2264 \u22120.1). Models without all-time downloads or on the placeholder date are left out."
  };
}
function recentDownloadedMore(records, snapshot) {
  const dated = records.filter((r) => r.createdAt !== PLACEHOLDER_CREATED_AT);
  const byQuarter = /* @__PURE__ */ new Map();
  for (const r of dated) {
    const q = quarterOf(r.createdAt);
    let list = byQuarter.get(q);
    if (!list) byQuarter.set(q, list = []);
    list.push(r.downloads);
  }
  const quarters2 = [...byQuarter.keys()].sort().map((quarter) => {
    const downloads = byQuarter.get(quarter);
    return { quarter, models: downloads.length, medianDownloads: median(downloads), meanDownloads: round(mean(downloads), 2) };
  });
  const rho = round(spearman(column(dated, (r) => r.createdAt), column(dated, (r) => r.downloads)));
  const verdict = rho === null ? "inconclusive" : rho >= 0.1 ? "supported" : rho <= -0.1 ? "not supported" : "inconclusive";
  return {
    verdict,
    spearmanCreatedAtDownloads: rho,
    quarters: quarters2,
    caveat: "`downloads` counts only the last 30 days, which favours recent models by construction; all-time downloads favour old ones. Verdict from Spearman's \u03C1 between creation date and 30-day downloads (supported at \u03C1 \u2265 0.1). Placeholder-dated models are left out.",
    perDay: perDay(records, snapshot)
  };
}
function computeInsights(records, lineage, sincePrevious) {
  const snapshot = snapshotOf(records);
  const series = weeklySeries(records, snapshot);
  let newLast7Days = 0;
  let newLast30Days = 0;
  let placeholder = 0;
  let storageKnown = 0;
  for (const r of records) {
    if (r.createdAt > snapshot - 7 * DAY2) newLast7Days++;
    if (r.createdAt > snapshot - 30 * DAY2) newLast30Days++;
    if (r.createdAt === PLACEHOLDER_CREATED_AT) placeholder++;
    if (r.usedStorage !== null) storageKnown++;
  }
  return {
    snapshot: isoDay(snapshot),
    totals: {
      models: records.length,
      newLast7Days,
      newLast30Days,
      placeholderDate: placeholder,
      storageKnown,
      storageCoverage: round(records.length ? storageKnown / records.length : 0)
    },
    creationSurge: creationSurge(series),
    smallerMorePopular: smallerMorePopular(records),
    recentDownloadedMore: recentDownloadedMore(records, snapshot),
    popularityClasses: {
      verdict: "descriptive",
      classes: popularityClasses(records).map((c) => ({ ...c, share: round(c.share) })),
      caveat: "Classes by 30-day downloads: Not Popular < 40, Popular 40\u2013999, Very Popular \u2265 1000."
    },
    lineage,
    ...sincePrevious ? { sincePrevious } : {}
  };
}
var fmt = (n, digits = 2) => n === null ? "n/a" : n.toLocaleString("en-US", { maximumFractionDigits: digits });
var pct = (share) => `${(share * 100).toFixed(1)}%`;
function insightsMarkdown(insights, task) {
  const { totals, creationSurge: surge, smallerMorePopular: small, recentDownloadedMore: recent } = insights;
  const lines = [
    `# Findings: ${task} models on the Hugging Face Hub`,
    "",
    `Snapshot ${insights.snapshot}: **${fmt(totals.models)} models**; ${fmt(totals.newLast7Days)} new in the last 7 days, ${fmt(totals.newLast30Days)} in the last 30; ${fmt(totals.placeholderDate)} on the placeholder creation date; storage known for ${fmt(totals.storageKnown)} (${pct(totals.storageCoverage)}).`,
    "",
    `## Creation surge six months after ChatGPT: ${surge.verdict}`,
    "",
    "| period | mean models per week | ratio to the 26 weeks before |",
    "|---|---|---|",
    `| 26 weeks before 2022-11-30 | ${fmt(surge.meanWeeklyBefore)} | 1 |`,
    `| 26 weeks after | ${fmt(surge.meanWeeklyAfter)} | ${fmt(surge.ratioAfterToBefore)} |`,
    `| weeks 26\u201352 after | ${fmt(surge.meanWeeklyMonths6to12)} | ${fmt(surge.ratioMonths6to12ToBefore)} |`,
    "",
    surge.fastestAcceleration ? `Growth accelerated most after the week ending ${surge.fastestAcceleration.week} (slope of log weekly creations ${surge.fastestAcceleration.slopeBefore} \u2192 ${surge.fastestAcceleration.slopeAfter} per week).` : "Too few weeks to locate an acceleration.",
    "",
    `_Method:_ ${surge.method} _Caveat:_ ${surge.caveat}`,
    "",
    `## Smaller models are more popular: ${small.verdict}`,
    "",
    `Storage known for ${fmt(small.modelsWithStorage)} models (${pct(small.coverage)}); parameters for ${fmt(small.modelsWithParameters)}.`,
    "",
    "| Spearman \u03C1 with | downloads | likes | spaces |",
    "|---|---|---|---|",
    `| used storage | ${fmt(small.spearmanStorage.downloads, 3)} | ${fmt(small.spearmanStorage.likes, 3)} | ${fmt(small.spearmanStorage.spaces, 3)} |`,
    `| parameters | ${fmt(small.spearmanParameters.downloads, 3)} | ${fmt(small.spearmanParameters.likes, 3)} | ${fmt(small.spearmanParameters.spaces, 3)} |`,
    "",
    "| used storage | models | median downloads | mean downloads |",
    "|---|---|---|---|",
    ...small.sizeBands.map((b) => `| ${b.band} | ${fmt(b.models)} | ${fmt(b.medianDownloads)} | ${fmt(b.meanDownloads)} |`),
    "",
    `_Caveat:_ ${small.caveat}`,
    "",
    `## Recent models are downloaded more: ${recent.verdict}`,
    "",
    `Spearman \u03C1 between creation date and 30-day downloads: ${fmt(recent.spearmanCreatedAtDownloads, 3)}.`,
    "",
    "| created | models | median downloads | mean downloads |",
    "|---|---|---|---|",
    ...recent.quarters.map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${fmt(q.medianDownloads)} | ${fmt(q.meanDownloads)} |`),
    "",
    `_Caveat:_ ${recent.caveat}`,
    "",
    `### The fair measure, downloads per day since creation: ${recent.perDay.verdict}`,
    "",
    `Spearman \u03C1 between creation date and all-time downloads per day: ${fmt(recent.perDay.spearmanCreatedAtPerDay, 3)}.`,
    "",
    "| created | models | median per day | mean per day |",
    "|---|---|---|---|",
    ...recent.perDay.quarters.map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${fmt(q.medianPerDay, 3)} | ${fmt(q.meanPerDay, 3)} |`),
    "",
    `_Method:_ ${recent.perDay.method}`,
    "",
    ...sincePreviousMarkdown(insights.sincePrevious),
    "## Popularity classes",
    "",
    "| class | downloads (30 days) | models | share |",
    "|---|---|---|---|",
    ...insights.popularityClasses.classes.map((c) => `| ${c.name} | ${c.label} | ${fmt(c.count)} | ${pct(c.share)} |`),
    "",
    ...lineageMarkdown(insights.lineage)
  ];
  return lines.join("\n");
}
function lineageMarkdown(lineage) {
  const { licenses } = lineage;
  const shown = lineage.quarters.slice(-8);
  return [
    `## Where new models come from: ${lineage.verdict}`,
    "",
    `${fmt(lineage.derivatives)} of ${fmt(lineage.models)} models (${pct(lineage.derivativeShare)}) name a parent model.`,
    "",
    `| created | models | ${CATEGORIES.join(" | ")} | derivatives |`,
    `|---|---|${CATEGORIES.map(() => "---").join("|")}|---|`,
    ...shown.map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${CATEGORIES.map((c) => fmt(q[c])).join(" | ")} | ${pct(q.derivativeShare)} |`),
    "",
    `## The largest model families`,
    "",
    `Share of new models: of those created in ${lineage.recentQuarters.join(" and ")}.`,
    "",
    `| family root | derivatives | ${DERIVATIVE_CATEGORIES.join(" | ")} | 30-day downloads | share of new models |`,
    `|---|---|${DERIVATIVE_CATEGORIES.map(() => "---").join("|")}|---|---|`,
    ...lineage.largestFamilies.map(
      (f) => `| ${f.root}${f.rootInDataset ? "" : " (not in the dataset)"} | ${fmt(f.derivatives)} | ${DERIVATIVE_CATEGORIES.map((c) => fmt(f.byRelation[c])).join(" | ")} | ${fmt(f.downloads)} | ${pct(f.shareOfRecentNew)} |`
    ),
    "",
    "## Licences",
    "",
    `No licence tag: ${fmt(licenses.none.models)} models (${pct(licenses.none.share)}). Licence drift: ${licenses.driftShare === null ? "n/a" : pct(licenses.driftShare)} of ${fmt(licenses.comparable)} derivatives whose first parent is in the dataset carry another licence than that parent.`,
    "",
    "| licence | models | share |",
    "|---|---|---|",
    ...licenses.top.map((l) => `| ${l.license} | ${fmt(l.models)} | ${pct(l.share)} |`),
    "",
    "| parent's licence \u2192 derivative's | derivatives |",
    "|---|---|",
    ...licenses.topChanges.map((c) => `| ${c.from} \u2192 ${c.to} | ${fmt(c.models)} |`),
    "",
    `_Method:_ ${lineage.method} _Caveat:_ ${lineage.caveat}`,
    ""
  ];
}
function sincePreviousMarkdown(since) {
  if (!since) return ["## Since the previous snapshot", "", "This is the first snapshot: the next refresh measures what changes.", ""];
  return [
    `## Since the previous snapshot (${since.previousSnapshot}, ${since.days} days before)`,
    "",
    ...sinceLines(since).map((line) => `- ${line}`),
    "",
    "| most downloaded in between | downloads | days |",
    "|---|---|---|",
    ...since.topDownloaded.map((m) => `| ${m.id} | ${fmt(m.downloads)} | ${m.days} |`),
    "",
    "| fastest risers | downloads in between | 30-day downloads before | times faster |",
    "|---|---|---|---|",
    ...since.topRisers.map((m) => `| ${m.id} | ${fmt(m.downloads)} | ${fmt(m.previousDownloads30Days)} | ${fmt(m.ratio)} |`),
    "",
    `_Method:_ ${since.method}`,
    ""
  ];
}
function sinceLines(since) {
  return [
    `${fmt(since.newModels)} new models, ${fmt(since.removedModels)} removed: ${fmt(since.models)} now.`,
    `${fmt(since.downloadsSincePrevious)} downloads in between (all-time downloads now minus then), ${fmt(since.modelsWithDownloads)} models downloaded at least once.`,
    ...since.topDownloaded[0] ? [`Most downloaded: ${since.topDownloaded[0].id} (${fmt(since.topDownloaded[0].downloads)}).`] : []
  ];
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  RELATIONS,
  statsOf,
  COLUMNS,
  COLUMNS_V1,
  PLACEHOLDER_CREATED_AT,
  SPACES_CAP,
  compareIds,
  round,
  Top,
  isoDay,
  snapshotOf,
  weeklySeries,
  CATEGORIES,
  DERIVATIVE_CATEGORIES,
  LineageTable,
  computeLineage,
  CLASSES,
  popularityClass,
  popularityClasses,
  downloadBins,
  CHATGPT_RELEASE,
  SIX_MONTHS_AFTER,
  computeInsights,
  insightsMarkdown,
  sinceLines
};
