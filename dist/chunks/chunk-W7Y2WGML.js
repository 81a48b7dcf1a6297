import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  creationQuarters,
  isDatedCreation,
  isoDay,
  quarterOf,
  valuesByGroup,
  weeklySeries
} from "./chunk-H5AMLHLL.js";
import {
  RELATION_ORDER,
  monthOf
} from "./chunk-LEP5OP7O.js";
import {
  PLACEHOLDER_LABEL,
  compareIds,
  isPlaceholderDate,
  tagSetLabel,
  tagsOf
} from "./chunk-3SYKNIM3.js";

// src/escape.ts
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var SHORT_ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function codePoint(c) {
  return SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function quoted(text, max = 80) {
  const short = [...text].length > max ? `${[...text].slice(0, max - 1).join("")}\u2026` : text;
  return `"${short.replace(/["\\]/g, (c) => `\\${c}`).replace(CONTROLS, codePoint)}"`;
}
var MARKDOWN_SPECIAL = /[\\`*_[\]|~<>&]/g;
var MARKDOWN_ENTITIES = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };
function markdownText(text) {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, " ").replace(CONTROLS, codePoint).replace(MARKDOWN_SPECIAL, (c) => MARKDOWN_ENTITIES[c] ?? `\\${c}`);
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function logLine(message) {
  return message.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, codePoint).replace(/##\[/g, "##\\[").replace(/^(\s*)::/gm, "$1\\::");
}

// src/analysis/trend-findings.ts
var DAY = 864e5;
var TOP_KEYS = 5;
var POINT = 0.02;
var round = (x) => x === null ? null : Math.round(x * 1e6) / 1e6;
function trendFindings(history, trends) {
  const snapshots = [...new Set(trends.map((r) => r.snapshot))].sort();
  const snapshot = snapshots.at(-1);
  if (snapshot === void 0) return void 0;
  const bound = new Date(Date.parse(snapshot) - 364 * DAY).toISOString().slice(0, 10);
  const yearAgo = snapshots.filter((s) => s <= bound).at(-1) ?? null;
  const first = snapshots[0];
  const shareOf = (dimension, at2, key) => at2 === null ? null : trends.find((r) => r.snapshot === at2 && r.dimension === dimension && r.key === key)?.downloadShare ?? (trends.some((r) => r.snapshot === at2 && r.dimension === dimension) ? 0 : null);
  const firstOf = (dimension) => snapshots.find((at2) => trends.some((r) => r.snapshot === at2 && r.dimension === dimension)) ?? null;
  const keysOf = (dimension) => trends.filter((r) => r.snapshot === snapshot && r.dimension === dimension && r.key !== "(other)" && r.downloadShare !== null).slice(0, TOP_KEYS).map((r) => {
    const then2 = shareOf(dimension, yearAgo, r.key);
    const firstShare = shareOf(dimension, firstOf(dimension), r.key);
    const now2 = r.downloadShare;
    return { key: r.key, now: now2, yearAgo: then2, first: firstShare, changeYear: then2 === null ? null : round(now2 - then2), changeSinceFirst: firstShare === null ? null : round(now2 - firstShare) };
  });
  const row = (at2) => at2 === null ? void 0 : history.find((h) => h.Snapshot === at2);
  const point = (at2) => {
    const h = row(at2);
    return h ? { snapshot: h.Snapshot, top10: h["Top 10 Models Share"], top1Percent: h["Top 1% Models Share"], gini: h["Gini 30 Days"] } : null;
  };
  const now = point(snapshot) ?? { snapshot, top10: null, top1Percent: null, gini: null };
  const then = point(yearAgo);
  const top10Change = then?.top10 != null && now.top10 !== null ? now.top10 - then.top10 : null;
  const authors = keysOf("author");
  const bases = keysOf("base");
  const relations = keysOf("relation");
  const leaderChange = authors.reduce((sum, k) => sum === null || k.changeYear === null ? null : sum + k.changeYear, 0);
  const qwen = shareOf("base", snapshot, "Qwen");
  const derivatives = trends.some((r) => r.snapshot === snapshot && r.dimension === "relation") ? 1 - (shareOf("relation", snapshot, "original") ?? 0) : null;
  const windows = "30-day windows overlap from one week to the next, so consecutive weeks share most of their downloads; weeks whose all-time counters rolled back are marked in history.csv (Quality), and their 30-day figures stand.";
  return {
    snapshot,
    yearAgo,
    first,
    weeks: snapshots.length,
    author: {
      first: firstOf("author"),
      verdict: leaderChange === null || authors.length === 0 ? "inconclusive" : leaderChange <= -POINT ? "supported" : leaderChange >= POINT ? "not supported" : "inconclusive",
      keys: authors,
      published: `Longpre et al. 2025 ("Economies of Open Intelligence", weekly since February 2025, all models of the Hub): US industry's share of downloads is falling while unaffiliated and Chinese developers rise. Here: whether this week's five largest authors together hold less than 52 weeks earlier (by two points or more).`,
      caveat: `Authors are namespaces, not countries or kinds of organisation. ${windows}`
    },
    base: {
      first: firstOf("base"),
      verdict: qwen === null ? "inconclusive" : qwen >= 0.2 ? "supported" : qwen < 0.1 ? "not supported" : "inconclusive",
      keys: bases,
      published: "Model Pulse (daily, 1.6M models, text and vision-language models): Qwen's base models take about 30% of downloads. Here: the share of the Qwen namespace's families (supported from 20%, not below 10%).",
      caveat: `A family's base is the namespace of its root (first parents walked back); a root outside the snapshot counts as itself, and weeks before the archive's files name parents (baseModels, January 2025) have no base rows. ${windows}`
    },
    relation: {
      first: firstOf("relation"),
      verdict: derivatives === null ? "inconclusive" : Math.abs(derivatives - 0.43) <= 0.1 ? "supported" : "not supported",
      keys: relations,
      published: "Model Pulse: derivatives (fine-tunes, adapters, quantizations, merges) take 43% of all model downloads. Here: every relation but original, within ten points of it.",
      caveat: `Relations come from the cards' base_model tags: a model that names no parent counts as original, and one that names a parent without a relation as unspecified. Weeks without baseModels in the archive have no relation rows: unknown is not original. ${windows}`
    },
    concentration: {
      verdict: top10Change === null ? "inconclusive" : top10Change <= -POINT ? "supported" : top10Change >= POINT ? "not supported" : "inconclusive",
      now,
      yearAgo: then,
      published: "Model Pulse: the 10 most downloaded models' share of downloads fell from 33.7% to 22.0% between September 2025 and September 2026, over all models. Here: the top 10's share of these tags now against 52 weeks earlier (a fall of two points or more supports it).",
      caveat: `Over these tags only, not the whole Hub: a narrower catalogue is more concentrated. ${windows}`
    },
    untaggedDerivatives: untaggedFinding(history),
    method: "From trends.csv and history.csv: shares of each snapshot's 30-day downloads; the snapshot 52 weeks back is the nearest at least 364 days before the newest. Changes are differences of shares (0.05 is five points).",
    caveat: windows
  };
}
function untaggedFinding(history) {
  const week = history.filter((h) => h.Source.startsWith("archive:") && h["Untagged Derivatives"] !== null).at(-1);
  const count = week?.["Untagged Derivatives"] ?? null;
  const trackedModels = week?.Models ?? null;
  return {
    verdict: "descriptive",
    snapshot: week?.Snapshot ?? null,
    count,
    trackedModels,
    share: count === null || !trackedModels ? null : round(count / trackedModels),
    published: "None: no public source counts the models a tag-based listing misses (many GGUF quantizations, Unsloth uploads, PEFT adapters before PEFT 0.16 write no pipeline tag).",
    caveat: week === void 0 ? "No archive week with baseModels in this dataset: only a backfill can count them (a listing by tag cannot see them)." : "Counted in the archive's file of that week: models with no pipeline tag whose first parents, through untagged models only, lead to a model of these tags. A chain that reaches another tag, a parent not in the file or a loop does not count. Live weeks cannot count them."
  };
}
var pct = (x) => x === null ? "\u2013" : `${(x * 100).toFixed(1)}%`;
var points = (x) => x === null ? "\u2013" : Math.abs(x) < 5e-4 ? "0.0 pts" : `${x > 0 ? "+" : "\u2212"}${Math.abs(x * 100).toFixed(1)} pts`;
var gini = (x) => x === null ? "\u2013" : x.toFixed(3);
function trendsMarkdown(t, text) {
  const table = (title, d) => [
    `### ${title}: ${d.verdict}`,
    "",
    `| key | share now | ${t.yearAgo ?? "52 weeks earlier (none yet)"} | change | ${d.first ?? "first"} | change |`,
    "|---|---|---|---|---|---|",
    ...d.keys.map((k) => `| ${text(k.key)} | ${pct(k.now)} | ${pct(k.yearAgo)} | ${points(k.changeYear)} | ${pct(k.first)} | ${points(k.changeSinceFirst)} |`),
    "",
    `_Published:_ ${d.published} _Caveat:_ ${d.caveat}`,
    ""
  ];
  const c = t.concentration;
  return [
    `## Over the weeks: ${t.weeks} snapshots, ${t.first} to ${t.snapshot}`,
    "",
    ...table("Who leads (authors)", t.author),
    ...table("Whose base models", t.base),
    ...table("What is derived (relations)", t.relation),
    `### How concentrated: ${c.verdict}`,
    "",
    "| | top 10 models | top 1% | Gini |",
    "|---|---|---|---|",
    `| ${c.now.snapshot} | ${pct(c.now.top10)} | ${pct(c.now.top1Percent)} | ${gini(c.now.gini)} |`,
    ...c.yearAgo ? [`| ${c.yearAgo.snapshot} | ${pct(c.yearAgo.top10)} | ${pct(c.yearAgo.top1Percent)} | ${gini(c.yearAgo.gini)} |`] : [],
    "",
    `_Published:_ ${c.published} _Caveat:_ ${c.caveat}`,
    "",
    `### What the tags miss: ${t.untaggedDerivatives.verdict}`,
    "",
    t.untaggedDerivatives.snapshot === null ? "No count yet." : `${t.untaggedDerivatives.count?.toLocaleString("en-US")} models with no pipeline tag derive from these tags' ${t.untaggedDerivatives.trackedModels?.toLocaleString("en-US")} models in the archive week of ${t.untaggedDerivatives.snapshot}: ${pct(t.untaggedDerivatives.share)} more than the tags show.`,
    "",
    `_Published:_ ${t.untaggedDerivatives.published} _Caveat:_ ${t.untaggedDerivatives.caveat}`,
    "",
    `_Method:_ ${t.method}`,
    ""
  ];
}

// src/analysis/name-index.ts
var NameIndex = class {
  #names;
  /** Slot → name number + 1; 0 is empty. */
  #slots;
  /** Slot → the name's hash: most names that share a slot differ in it, so few strings are compared. */
  #hashes;
  #mask;
  constructor(names) {
    this.#names = names;
    let size = 16;
    while (size < names.length * 2) size *= 2;
    this.#slots = new Int32Array(size);
    this.#hashes = new Int32Array(size);
    this.#mask = size - 1;
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      if (this.find(name) !== -1) continue;
      const h = hashOf(name);
      let slot = h & this.#mask;
      while (this.#slots[slot] !== 0) slot = slot + 1 & this.#mask;
      this.#slots[slot] = k + 1;
      this.#hashes[slot] = h;
    }
  }
  /** The name's number, or -1 when it is not one of them. */
  find(text) {
    const h = hashOf(text);
    for (let slot = h & this.#mask; ; slot = slot + 1 & this.#mask) {
      const entry = this.#slots[slot];
      if (entry === 0) return -1;
      if (this.#hashes[slot] === h && this.#names[entry - 1] === text) return entry - 1;
    }
  }
};
var P = 16777619;
function hashOf(text) {
  const n = text.length;
  const mid = n >> 1;
  let h = Math.imul(2166136261 ^ n, P);
  h = Math.imul(h ^ text.charCodeAt(0), P);
  h = Math.imul(h ^ text.charCodeAt(1), P);
  h = Math.imul(h ^ text.charCodeAt(n >> 2), P);
  h = Math.imul(h ^ text.charCodeAt(mid), P);
  h = Math.imul(h ^ text.charCodeAt(mid + 1), P);
  h = Math.imul(h ^ text.charCodeAt(3 * n >> 2), P);
  h = Math.imul(h ^ text.charCodeAt(n - 4), P);
  h = Math.imul(h ^ text.charCodeAt(n - 3), P);
  h = Math.imul(h ^ text.charCodeAt(n - 2), P);
  h = Math.imul(h ^ text.charCodeAt(n - 1), P);
  return h ^ h >>> 15;
}

// src/analysis/stats.ts
function rowsWhere(length, keep) {
  const rows = new Uint32Array(length);
  let kept = 0;
  for (let i = 0; i < length; i++) if (keep(i)) rows[kept++] = i;
  return rows.slice(0, kept);
}
function at(column, rows) {
  const out = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = column[rows[k]];
  return out;
}
function largestValue(values) {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}
function median(values) {
  const n = values.length;
  if (n === 0) return null;
  const work = Float64Array.from(values);
  const upper = select(work, n >> 1);
  if (n % 2 === 1) return upper;
  let lower = work[0];
  for (let i = 1; i < n >> 1; i++) if (work[i] > lower) lower = work[i];
  return (lower + upper) / 2;
}
function select(a, k) {
  let lo = 0;
  let hi = a.length - 1;
  for (let round3 = 0; hi > lo; round3++) {
    if (round3 === 64) {
      a.subarray(lo, hi + 1).sort();
      break;
    }
    const x = a[lo];
    const y = a[lo + hi >>> 1];
    const z = a[hi];
    const pivot = x < y ? y < z ? y : x < z ? z : x : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}
function weightedMedian(values, weights) {
  const n = values.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i];
  if (total === 0) return null;
  const v = Float64Array.from(values);
  const w = Float64Array.from(weights);
  const half = total / 2;
  let lo = 0;
  let hi = n - 1;
  let below = 0;
  while (hi > lo) {
    const pivot = v[lo + hi >>> 1];
    let lt = lo;
    let gt = hi;
    for (let i = lo; i <= gt; ) {
      const value = v[i];
      if (value < pivot) swap(v, w, i++, lt++);
      else if (value > pivot) swap(v, w, i, gt--);
      else i++;
    }
    let smaller = below;
    for (let i = lo; i < lt; i++) smaller += w[i];
    let equal = 0;
    for (let i = lt; i <= gt; i++) equal += w[i];
    if (smaller >= half) hi = lt - 1;
    else if (smaller + equal >= half) return pivot;
    else {
      below = smaller + equal;
      lo = gt + 1;
    }
  }
  return v[lo];
}
function swap(v, w, i, j) {
  const value = v[i];
  v[i] = v[j];
  v[j] = value;
  const weight = w[i];
  w[i] = w[j];
  w[j] = weight;
}
function mean(values) {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}
var lent;
function withRankingSpace(n, work) {
  const outer = lent;
  lent = new Uint32Array(6 * n);
  try {
    return work();
  } finally {
    lent = outer;
  }
}
function averageRanks(values) {
  const n = values.length;
  const scratch = lent !== void 0 && lent.length >= 6 * n ? lent : new Uint32Array(6 * n);
  let hi = scratch.subarray(0, n);
  let lo = scratch.subarray(n, 2 * n);
  let at2 = scratch.subarray(2 * n, 3 * n);
  const word = new Float64Array(1);
  const bits = new Uint32Array(word.buffer);
  for (let i = 0; i < n; i++) {
    word[0] = values[i] + 0;
    const h = bits[1];
    const negative = h >>> 31 === 1;
    hi[i] = negative ? ~h >>> 0 : (h | 2147483648) >>> 0;
    lo[i] = negative ? ~bits[0] >>> 0 : bits[0];
    at2[i] = i;
  }
  let hi2 = scratch.subarray(3 * n, 4 * n);
  let lo2 = scratch.subarray(4 * n, 5 * n);
  let at22 = scratch.subarray(5 * n, 6 * n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const shift = pass % 2 === 0 ? 0 : 16;
    const source = pass < 2 ? lo : hi;
    counts.fill(0);
    for (let k = 0; k < n; k++) {
      const digit = source[k] >>> shift & 65535;
      counts[digit] = counts[digit] + 1;
    }
    if (n > 0 && counts[source[0] >>> shift & 65535] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const digit = source[k] >>> shift & 65535;
      const to = counts[digit];
      counts[digit] = to + 1;
      hi2[to] = hi[k];
      lo2[to] = lo[k];
      at22[to] = at2[k];
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [at2, at22] = [at22, at2];
  }
  const ranks = new Float64Array(n);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && hi[end] === hi[start] && lo[end] === lo[start]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[at2[k]] = rank;
    start = end;
  }
  return ranks;
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
function round2(value, digits = 4) {
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
function parentsOf(baseModel) {
  if (baseModel === "") return [];
  return baseModel.includes(";") ? baseModel.split(";").filter((p) => p !== "") : [baseModel];
}
var LineageTable = class _LineageTable {
  ids;
  /** Every id named as a parent (first or not), once each: a parent's number is its position. */
  parentNames;
  /** Per model, its first parent's number; -1 when it names none. */
  firstParent;
  /** Per parent number, the model with that id; -1 when it is not in the dataset. */
  parentModel;
  /** Per model, 1 when another model (any of its parents) names it: it has children in the dataset. */
  hasChildren;
  /** Index into CATEGORIES. */
  categories;
  /** Per model, its licence as a number (equal licences, equal numbers; 0 is none). */
  licenses;
  licenseNames;
  downloads;
  createdAt;
  /** Each model's pipeline tag (the families report their roots'), when known. */
  tags;
  constructor(source, tags) {
    this.tags = tags;
    const n = source.ids.length;
    this.ids = source.ids;
    this.downloads = source.downloads;
    this.createdAt = source.createdAt;
    const parentNumbers = /* @__PURE__ */ new Map();
    const parentNames = [];
    const numberOf = (name) => {
      let k = parentNumbers.get(name);
      if (k === void 0) {
        parentNumbers.set(name, k = parentNames.length);
        parentNames.push(name);
      }
      return k;
    };
    const UNREAD = -2;
    const firstOfCode = new Int32Array(largestValue(source.baseModels) + 1).fill(UNREAD);
    this.firstParent = new Int32Array(n);
    this.categories = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const code = source.baseModels[i];
      let first = firstOfCode[code];
      if (first === UNREAD) {
        const parents = parentsOf(source.text(code));
        for (const parent of parents) numberOf(parent);
        firstOfCode[code] = first = parents.length ? numberOf(parents[0]) : -1;
      }
      this.firstParent[i] = first;
      this.categories[i] = first === -1 ? 0 : source.relations[i];
    }
    this.parentNames = parentNames;
    const names = new NameIndex(parentNames);
    this.parentModel = new Int32Array(parentNames.length).fill(-1);
    this.hasChildren = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const k = names.find(source.ids[i]);
      if (k === -1) continue;
      this.hasChildren[i] = 1;
      if (this.parentModel[k] === -1) this.parentModel[k] = i;
    }
    const licenseOf = new Int32Array(largestValue(source.licenses) + 1).fill(UNREAD);
    const licenseNames = [""];
    this.licenses = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const code = source.licenses[i];
      let local = licenseOf[code];
      if (local === UNREAD) {
        const name = source.text(code);
        licenseOf[code] = local = name === "" ? 0 : licenseNames.push(name) - 1;
      }
      this.licenses[i] = local;
    }
    this.licenseNames = licenseNames;
  }
  /** The lineage columns of a whole table: its ids and numbers shared, not copied. */
  static of(models, tags) {
    const codes = models.textCodes();
    const n = models.length;
    const categoryOf = RELATION_ORDER.map((r) => CATEGORY_CODE[r]);
    const relationCodes = models.relationCodes();
    const relations = new Uint8Array(n);
    for (let i = 0; i < n; i++) relations[i] = categoryOf[relationCodes[i]];
    const { downloads, createdAt } = models.columns();
    return new _LineageTable({ ids: models.ids(), baseModels: codes.baseModel, relations, licenses: codes.license, text: (code) => models.text(code), downloads, createdAt }, tags);
  }
  /** The same from records (small sets: tests, examples). */
  static ofRecords(records) {
    const texts = [];
    const codes = /* @__PURE__ */ new Map();
    const code = (text) => codes.get(text) ?? (codes.set(text, texts.length), texts.push(text) - 1);
    return new _LineageTable({
      ids: records.map((r) => r.id),
      baseModels: records.map((r) => code(r.baseModel)),
      relations: records.map((r) => CATEGORY_CODE[r.relation]),
      licenses: records.map((r) => code(r.license)),
      text: (c) => texts[c],
      downloads: records.map((r) => r.downloads),
      createdAt: records.map((r) => r.createdAt)
    });
  }
  get size() {
    return this.ids.length;
  }
};
function families(table) {
  const n = table.size;
  const NONE = -1;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = table.firstParent[i];
    if (k === -1) parent[i] = NONE;
    else {
      const at2 = table.parentModel[k];
      parent[i] = at2 === -1 ? -2 - k : at2;
    }
  }
  const UNSETTLED = 2147483647;
  const root = new Int32Array(n);
  const settled = new Int32Array(n).fill(UNSETTLED);
  const mark = new Int32Array(n).fill(-1);
  const path = [];
  for (let start = 0; start < n; start++) {
    if (settled[start] !== UNSETTLED) {
      root[start] = settled[start];
      continue;
    }
    path.length = 0;
    let current = start;
    let found;
    let cycleAt = Number.POSITIVE_INFINITY;
    for (; ; ) {
      const known = settled[current];
      if (known !== UNSETTLED) {
        found = known;
        break;
      }
      mark[current] = start;
      path.push(current);
      const p = parent[current];
      if (p === NONE) {
        found = current;
        break;
      }
      if (p < NONE) {
        found = -1 - (-2 - p);
        break;
      }
      if (mark[p] === start) {
        found = current;
        cycleAt = path.indexOf(p);
        break;
      }
      current = p;
    }
    root[start] = found;
    for (let k = 0; k < Math.min(cycleAt, path.length); k++) settled[path[k]] = found;
  }
  const parentIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) parentIndex[i] = Math.max(parent[i], -1);
  const rootName = (r) => r >= 0 ? table.ids[r] : table.parentNames[-1 - r];
  return {
    root,
    rootName,
    missingRoots: table.parentNames.length,
    get rootOf() {
      return Array.from(root, rootName);
    },
    parentIndex
  };
}
var DAY_MS = 864e5;
var zeroCounts = () => ({ original: 0, finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 });
function top(counts, n, make) {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, n).map(([key, count]) => make(key, count));
}
function computeLineage(table, snapshotMs, largest = 20) {
  const n = table.size;
  const { root: rootOf, rootName, parentIndex, missingRoots } = families(table);
  const byQuarter = /* @__PURE__ */ new Map();
  const byMonth = /* @__PURE__ */ new Map();
  const recentQuarters = [quarterOf(snapshotMs), quarterOf(Date.UTC(new Date(snapshotMs).getUTCFullYear(), new Date(snapshotMs).getUTCMonth() - 3, 1))];
  const recent = new Set(recentQuarters);
  let recentNew = 0;
  let derivatives = 0;
  const slotOf = (root) => root >= 0 ? root : n - 1 - root;
  const familyDerivatives = new Uint32Array(n + missingRoots);
  const byDay = /* @__PURE__ */ new Map();
  const licenseCounts = new Uint32Array(table.licenseNames.length);
  const changes = /* @__PURE__ */ new Map();
  let comparable = 0;
  let differing = 0;
  for (let i = 0; i < n; i++) {
    const category = CATEGORIES[table.categories[i]];
    const created = table.createdAt[i];
    const root = rootOf[i];
    if (root !== i) {
      const slot = slotOf(root);
      familyDerivatives[slot] = familyDerivatives[slot] + 1;
    }
    if (category !== "original") derivatives++;
    if (isDatedCreation(created, snapshotMs)) {
      const day = Math.floor(created / DAY_MS);
      let counts2 = byDay.get(day);
      if (!counts2) {
        const quarter = quarterOf(created);
        const month = monthOf(created);
        if (!byQuarter.has(quarter)) byQuarter.set(quarter, zeroCounts());
        if (!byMonth.has(month)) byMonth.set(month, zeroCounts());
        byDay.set(day, counts2 = { quarter: byQuarter.get(quarter), month: byMonth.get(month), recent: recent.has(quarter) });
      }
      counts2.quarter[category]++;
      counts2.month[category]++;
      if (counts2.recent) recentNew++;
    }
    const license = table.licenses[i];
    licenseCounts[license] = licenseCounts[license] + 1;
    const p = parentIndex[i];
    if (category !== "original" && p >= 0 && license !== 0 && table.licenses[p] !== 0) {
      comparable++;
      const from = table.licenses[p];
      if (from !== license) {
        differing++;
        const key = from * table.licenseNames.length + license;
        changes.set(key, (changes.get(key) ?? 0) + 1);
      }
    }
  }
  const none = licenseCounts[0];
  const licenseName = (code) => table.licenseNames[code];
  const named = /* @__PURE__ */ new Map();
  for (let code = 1; code < licenseCounts.length; code++) named.set(licenseName(code), licenseCounts[code]);
  const changed = /* @__PURE__ */ new Map();
  for (const [key, models] of changes) changed.set(`${licenseName(Math.floor(key / table.licenseNames.length))}\0${licenseName(key % table.licenseNames.length)}`, models);
  const counts = familyDerivatives.slice().sort();
  const threshold = Math.max(1, counts[counts.length - largest] ?? 1);
  const largestRoots = [];
  for (let slot = 0; slot < familyDerivatives.length; slot++) {
    if (familyDerivatives[slot] >= threshold) largestRoots.push(slot < n ? slot : n - 1 - slot);
  }
  largestRoots.sort((a, b) => familyDerivatives[slotOf(b)] - familyDerivatives[slotOf(a)] || compareIds(rootName(a), rootName(b)));
  largestRoots.length = Math.min(largestRoots.length, largest);
  const chosen = new Map(largestRoots.map((root) => [root, { byRelation: { finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 }, downloads: 0, recent: 0, top: new Top(10) }]));
  for (let i = 0; i < n; i++) {
    const root = rootOf[i];
    const family = chosen.get(root);
    if (!family) continue;
    const category = CATEGORIES[table.categories[i]];
    const downloads = table.downloads[i];
    const created = table.createdAt[i];
    family.downloads += downloads;
    if (root !== i) family.byRelation[category]++;
    if (isDatedCreation(created, snapshotMs) && byDay.get(Math.floor(created / DAY_MS))?.recent) family.recent++;
    family.top.offer({ id: table.ids[i], downloads, category }, downloads);
  }
  const familyRows = largestRoots.map((root) => {
    const f = chosen.get(root);
    return {
      root: rootName(root),
      rootInDataset: root >= 0,
      rootTag: root >= 0 && table.tags ? table.tags.names[table.tags.of[root]] ?? null : null,
      derivatives: familyDerivatives[slotOf(root)],
      byRelation: f.byRelation,
      downloads: f.downloads,
      shareOfRecentNew: round2(recentNew ? f.recent / recentNew : 0, 4)
    };
  });
  const familyTop = Object.fromEntries([...chosen].map(([root, f]) => [rootName(root), f.top.items.map(({ item }) => item)]));
  const structure = lineageStructure(table, { root: rootOf, rootName, parentIndex, slotOf, familyDerivatives }, snapshotMs);
  const quarters = [...byQuarter.keys()].sort().map((quarter) => {
    const counts2 = byQuarter.get(quarter);
    const models = CATEGORIES.reduce((sum, c) => sum + counts2[c], 0);
    return { quarter, models, ...counts2, derivativeShare: round2(models ? (models - counts2.original) / models : 0, 4) };
  });
  const months = [...byMonth.keys()].sort().map((month) => ({ month, ...byMonth.get(month) }));
  return {
    months,
    familyTop,
    insights: {
      verdict: "descriptive",
      models: n,
      derivatives,
      derivativeShare: round2(n ? derivatives / n : 0, 4),
      quarters,
      recentQuarters: [...recentQuarters].sort(),
      largestFamilies: familyRows,
      structure,
      licenses: {
        top: top(named, 10, (license, models) => ({ license, models, share: round2(models / n, 4) })),
        none: { models: none, share: round2(n ? none / n : 0, 4) },
        comparable,
        differing,
        driftShare: round2(comparable ? differing / comparable : null, 4),
        topChanges: top(changed, 10, (key, models) => {
          const [from, to] = key.split("\0");
          return { from, to, models };
        })
      },
      method: "Parents from the Hub's base_model tags (Base Model, first parent first). A model with no parent is an original; a derivative's relation is its first typed tag (finetune, adapter, quantized, merge), or unspecified when its card names a parent without one. Family: walk first parents to a model with no parent; a parent missing from the dataset (often a base model of another pipeline tag) is itself the root; a walk that comes back to a model it visited stops at the last model before the repeat. Family size counts derivatives (models other than the root); downloads are 30-day downloads of all its models. Licence drift compares a derivative's licence tag with its first parent's, where both are in the dataset and tagged.",
      caveat: "Tags are what model cards say: parents and relations are self-reported and often missing, so derivatives are under-counted and 'original' includes undeclared derivatives. Families whose root lies outside the dataset count only the members in it. Placeholder-dated models are in no quarter or month."
    }
  };
}
function quantile(sorted, q) {
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
function lineageStructure(table, walked, snapshotMs) {
  const n = table.size;
  const { root, rootName, parentIndex, slotOf, familyDerivatives } = walked;
  const relations = ["finetune", "adapter", "quantized", "merge"];
  const fertility = Object.fromEntries(relations.map((r) => [r, { models: 0, withChildren: 0, share: 0 }]));
  const UNKNOWN = -1;
  const RESOLVING = -2;
  const generation = new Int32Array(n).fill(UNKNOWN);
  const path = [];
  for (let start = 0; start < n; start++) {
    if (generation[start] !== UNKNOWN) continue;
    path.length = 0;
    let current = start;
    let base;
    for (; ; ) {
      const known = generation[current];
      if (known >= 0) {
        base = known;
        break;
      }
      if (known === RESOLVING) {
        base = -1;
        break;
      }
      generation[current] = RESOLVING;
      path.push(current);
      const p = parentIndex[current];
      if (p < 0) {
        base = table.firstParent[current] === -1 ? -1 : 0;
        break;
      }
      current = p;
    }
    for (let k = path.length - 1; k >= 0; k--) generation[path[k]] = ++base;
  }
  const familyDepth = new Int32Array(familyDerivatives.length);
  const deepestOf = new Int32Array(familyDerivatives.length).fill(-1);
  const newByFamily = new Uint32Array(familyDerivatives.length);
  const since = snapshotMs - 30 * 864e5;
  for (let i = 0; i < n; i++) {
    const category = CATEGORIES[table.categories[i]];
    if (category !== "original" && category !== "unspecified") {
      const f = fertility[category];
      f.models++;
      if (table.hasChildren[i] === 1) f.withChildren++;
    }
    const slot = slotOf(root[i]);
    if (generation[i] > familyDepth[slot] || deepestOf[slot] === -1) {
      familyDepth[slot] = generation[i];
      deepestOf[slot] = i;
    }
    const created = table.createdAt[i];
    if (created > since && isDatedCreation(created, snapshotMs)) newByFamily[slot] = newByFamily[slot] + 1;
  }
  for (const r of relations) fertility[r].share = round2(fertility[r].models ? fertility[r].withChildren / fertility[r].models : 0, 4);
  const depths = [];
  let deepestSlot = -1;
  for (let slot = 0; slot < familyDerivatives.length; slot++) {
    if (familyDerivatives[slot] === 0) continue;
    depths.push(familyDepth[slot]);
    if (deepestSlot === -1 || familyDepth[slot] > familyDepth[deepestSlot]) deepestSlot = slot;
  }
  const sorted = Uint32Array.from(depths).sort();
  const chain = [];
  const seen = /* @__PURE__ */ new Set();
  for (let i = deepestSlot === -1 ? -1 : deepestOf[deepestSlot]; i >= 0 && !seen.has(i); i = parentIndex[i]) {
    seen.add(i);
    chain.push(table.ids[i]);
    if (parentIndex[i] < 0 && table.firstParent[i] !== -1) chain.push(table.parentNames[table.firstParent[i]]);
  }
  const gained = [];
  const gainedTop = new Top(10);
  for (let slot = 0; slot < newByFamily.length; slot++) {
    const count = newByFamily[slot];
    if (count > 0) gainedTop.offer({ id: rootName(slot < n ? slot : n - 1 - slot), newModels: count }, count);
  }
  for (const { item } of gainedTop.items) gained.push({ root: item.id, newModels: item.newModels });
  return {
    fertility,
    depth: { families: depths.length, median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), deepest: deepestSlot === -1 ? 0 : familyDepth[deepestSlot], chain },
    gainedLast30Days: gained,
    method: "Fertility: the share of a relation's models named as a parent (any of them, not only the first) by another model of the dataset. Depth: generations along first parents within each family with a derivative; median, 99th percentile (nearest rank) and the deepest, with its chain from the deepest model up. Compare: Laufer, Oderinwale & Kleinberg 2025 (of fine-tunes 7.9% have children of their own, of quantized models 0.95%, of adapters 0.19%; 19.8% of fine-tune edges change licence: see the licence drift above).",
    caveat: "Children are counted within this pipeline tag only: a fine-tune whose children are of another tag (an image-text model, say) counts as childless, so fertility is a lower bound; the published shares are over the whole Hub."
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
function popularityClasses(models) {
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < models.length; i++) {
    const c = popularityClass(models.downloads[i]);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return CLASSES.map((c) => {
    const count = counts.get(c.name) ?? 0;
    return { name: c.name, label: c.label, count, share: models.length ? count / models.length : 0 };
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

// src/analysis/market.ts
var DAY2 = 864e5;
var TOP_AUTHORS = 50;
var TOP_LIBRARIES = 6;
var LORENZ_POINTS = [...Array.from({ length: 19 }, (_, k) => k * 0.05), ...Array.from({ length: 9 }, (_, k) => 0.91 + k * 0.01), 0.995, 0.999, 1];
function formatParameters(n) {
  return n === null ? "n/a" : n >= 1e9 ? `${(n / 1e9).toFixed(1)}B` : `${Math.round(n / 1e6)}M`;
}
var PARAMETER_BANDS = [
  { band: "< 1B", min: 0, max: 1e9 },
  { band: "1\u201310B", min: 1e9, max: 1e10 },
  { band: "10\u2013100B", min: 1e10, max: 1e11 },
  { band: "\u2265 100B", min: 1e11, max: Number.POSITIVE_INFINITY }
];
function giniOfSorted(ascending, total) {
  const n = ascending.length;
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (i + 1) * ascending[i];
  return n === 0 || total === 0 ? 0 : 2 * weighted / (n * total) - (n + 1) / n;
}
function topAuthors(values, authors, name) {
  const maxCode = largestValue(authors);
  const sums = new Float64Array(maxCode + 1);
  const isAuthor = new Uint8Array(maxCode + 1);
  for (let i = 0; i < authors.length; i++) {
    const code = authors[i];
    sums[code] = sums[code] + values[i];
    isAuthor[code] = 1;
  }
  const top2 = new Top(TOP_AUTHORS);
  for (let code = 0; code <= maxCode; code++) {
    if (!isAuthor[code]) continue;
    const downloads = sums[code];
    const worst = top2.items.at(-1);
    if (top2.items.length === TOP_AUTHORS && worst && downloads < worst.score) continue;
    top2.offer({ id: name(code), downloads }, downloads);
  }
  return top2.items.map(({ item }) => ({ author: item.id, downloads: item.downloads }));
}
function concentration(values, authors, name) {
  const n = values.length;
  const ascending = Float64Array.from(values).sort();
  let total = 0;
  let zeros = 0;
  for (let i2 = 0; i2 < n; i2++) {
    const v = ascending[i2];
    total += v;
    if (v === 0) zeros++;
  }
  const sumOfTop = (k) => {
    let s = 0;
    for (let i2 = Math.max(0, n - k); i2 < n; i2++) s += ascending[i2];
    return s;
  };
  const top2 = topAuthors(values, authors, name);
  const lorenz = [];
  let cumulative = 0;
  let i = 0;
  for (const point of LORENZ_POINTS) {
    const upTo = Math.round(n * point);
    for (; i < upTo; i++) cumulative += ascending[i];
    lorenz.push({ models: round2(point, 4), downloads: round2(total ? cumulative / total : 0, 4) });
  }
  const share = (s) => round2(total ? s / total : 0, 4);
  return {
    models: n,
    zeroShare: round2(n ? zeros / n : 0, 4),
    top1PercentShare: share(sumOfTop(Math.ceil(n / 100))),
    top10PercentShare: share(sumOfTop(Math.ceil(n / 10))),
    gini: round2(giniOfSorted(ascending, total), 4),
    top50AuthorsShare: share(top2.reduce((s, a) => s + a.downloads, 0)),
    topAuthors: top2.slice(0, 10),
    lorenz
  };
}
function computeMarket(table, snapshotMs) {
  const columns = table.columns();
  const codes = table.textCodes();
  const n = table.length;
  const name = (code) => table.text(code);
  const knownAllTime = rowsWhere(n, (i) => !Number.isNaN(columns.downloadsAllTime[i]));
  const allTime = at(columns.downloadsAllTime, knownAllTime);
  const allTimeAuthors = Uint32Array.from(knownAllTime, (i) => codes.author[i]);
  const { labels: ordered, of: quarterOfRow } = creationQuarters(columns.createdAt, snapshotMs);
  const quarterCount = ordered.length;
  const libraryCounts = /* @__PURE__ */ new Map();
  const modelsByQuarter = new Uint32Array(quarterCount);
  const gatedRow = new Uint8Array(n);
  let withParameters = 0;
  let gatedAuto = 0;
  let gatedManual = 0;
  for (let i = 0; i < n; i++) {
    const library = codes.library[i];
    libraryCounts.set(library, (libraryCounts.get(library) ?? 0) + 1);
    const gated = table.gated(i);
    if (gated === "auto") gatedAuto++;
    else if (gated === "manual") gatedManual++;
    gatedRow[i] = gated === "false" ? 0 : 1;
    if (!Number.isNaN(columns.parameters[i])) withParameters++;
    const q = quarterOfRow[i];
    if (q >= 0) modelsByQuarter[q] = modelsByQuarter[q] + 1;
  }
  const named = [...libraryCounts].filter(([code]) => name(code) !== "").sort((a, b) => b[1] - a[1] || (name(a[0]) < name(b[0]) ? -1 : 1)).slice(0, TOP_LIBRARIES).map(([code]) => code);
  const emptyCode = [...libraryCounts.keys()].find((code) => name(code) === "");
  const libraryColumn = new Map(named.map((code, k) => [code, k]));
  if (emptyCode !== void 0) libraryColumn.set(emptyCode, named.length);
  const libraryWidth = named.length + 1;
  const libraryByQuarter = new Uint32Array(quarterCount * libraryWidth);
  for (let i = 0; i < n; i++) {
    const q = quarterOfRow[i];
    const column = q < 0 ? void 0 : libraryColumn.get(codes.library[i]);
    if (column !== void 0) libraryByQuarter[q * libraryWidth + column] = libraryByQuarter[q * libraryWidth + column] + 1;
  }
  const params = valuesByGroup(quarterOfRow, quarterCount, (i) => columns.parameters[i]);
  const paramWeights = valuesByGroup(quarterOfRow, quarterCount, (i) => Number.isNaN(columns.parameters[i]) ? Number.NaN : columns.downloads[i]);
  const perDay2 = (i) => columns.downloadsAllTime[i] / Math.max(1, (snapshotMs - columns.createdAt[i]) / DAY2);
  const gatedRates = valuesByGroup(quarterOfRow, quarterCount, (i) => gatedRow[i] === 1 ? perDay2(i) : Number.NaN);
  const ungatedRates = valuesByGroup(quarterOfRow, quarterCount, (i) => gatedRow[i] === 0 ? perDay2(i) : Number.NaN);
  return {
    concentration: {
      verdict: "descriptive",
      last30Days: concentration(columns.downloads, codes.author, name),
      allTime: concentration(allTime, allTimeAuthors, name),
      method: "Shares of all downloads: models with none; the \u2308n/100\u2309 and \u2308n/10\u2309 most downloaded models; the 50 authors with the most. Gini coefficient over every model (0: equal, 1: one model holds all). Compare: Osborne et al. 2024 (over 70% of models never downloaded; 1% of models take 99% of downloads); Hugging Face's model statistics of October 2025 (the top 50 entities hold 80% of downloads); Longpre et al. 2025 (Gini and HHI of downloads over time).",
      caveat: "The Hub counts a download for every GET or HEAD of a model's query file (every .gguf file counts), without de-duplicating users or CI: quantized and full models are not the same unit, and a busy CI job looks like a popular model. 30-day downloads are a rolling window; all-time downloads cover the models that report them."
    },
    sizeOverTime: {
      verdict: "descriptive",
      coverage: round2(n ? withParameters / n : 0, 4),
      quarters: ordered.map((quarter, q) => {
        const counts = params.of(q);
        const bands = Object.fromEntries(PARAMETER_BANDS.map((b) => [b.band, round2(counts.length ? counts.filter((p) => p >= b.min && p < b.max).length / counts.length : 0, 4)]));
        return { quarter, models: modelsByQuarter[q], withParameters: counts.length, medianParameters: median(counts), downloadWeightedMedian: weightedMedian(counts, paramWeights.of(q)), bands };
      }),
      method: "Per creation quarter, over the models with a parameter count: the median, and the median of what is downloaded (each model weighted by its 30-day downloads), with the shares under 1B, 1\u201310B, 10\u2013100B and from 100B. Compare: Longpre et al. 2025 (the mean size of new models up 17\xD7 while the median of what is downloaded barely moved); Hugging Face's statistics of October 2025 (92% of downloads to models under 1B).",
      caveat: "Parameters come from safetensors files at the top of a repository: GGUF-only repositories, adapters and .bin weights have none, so quantized models are mostly missing here. Coverage is stated."
    },
    formats: {
      verdict: "descriptive",
      libraries: [...named.map(name), "other", "none"],
      quarters: ordered.map((quarter, q) => {
        const models = modelsByQuarter[q];
        const shares = {};
        let namedCount = 0;
        named.forEach((code, k) => {
          const count = libraryByQuarter[q * libraryWidth + k];
          namedCount += count;
          shares[name(code)] = round2(count / models, 4);
        });
        const none = libraryByQuarter[q * libraryWidth + named.length];
        shares.other = round2((models - namedCount - none) / models, 4);
        shares.none = round2(none / models, 4);
        return { quarter, models, shares };
      }),
      method: `The share of each creation quarter's new models by library (the card's library_name): the ${TOP_LIBRARIES} most common in the data by name (GGUF, MLX, adapters via PEFT, \u2026), the rest as other, none where the card names no library.`,
      caveat: "The library is what the card says (free text, set by the uploader); a GGUF or MLX repository may name transformers, or nothing."
    },
    gating: {
      verdict: "descriptive",
      gatedAuto,
      gatedManual,
      share: round2(n ? (gatedAuto + gatedManual) / n : 0, 4),
      quarters: ordered.map((quarter, q) => {
        const gated = gatedRates.of(q);
        const ungated = ungatedRates.of(q);
        return { quarter, gated: gated.length, ungated: ungated.length, gatedMedianPerDay: round2(median(gated), 3), ungatedMedianPerDay: round2(median(ungated), 3) };
      }),
      method: "Gated models (auto or manual approval) against ungated ones, within creation quarters so that age does not decide: the median of all-time downloads per day since creation. No study we know of measures it.",
      caveat: "Gating clusters in large organisations, whose models are downloaded more for other reasons; within a quarter the groups still differ in who made them."
    }
  };
}

// src/analysis/findings.ts
var INSIGHTS_JSON = "insights.json";
var INSIGHTS_MD = "insights.md";
var CHATGPT_RELEASE = Date.parse("2022-11-30T00:00:00.000Z");
var SIX_MONTHS_AFTER = Date.parse("2023-05-30T00:00:00.000Z");
var DAY3 = 864e5;
var WEEK = 7 * DAY3;
var CHANGE_POINT_WINDOW = 12;
function scopeSentence(task) {
  const tags = tagsOf(task);
  return tags.length === 1 ? `Covers the models of the ${tags[0]} pipeline tag.` : `Covers the models of ${tags.length} pipeline tags as one catalogue: ${tags.join(", ")}.`;
}
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
      best = { week: weeks[i].week, slopeBefore: round2(before), slopeAfter: round2(after) };
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
    meanWeeklyBefore: round2(before, 2),
    meanWeeklyAfter: round2(after, 2),
    meanWeeklyMonths6to12: round2(later, 2),
    ratioAfterToBefore: round2(ratio(after, before), 3),
    ratioMonths6to12ToBefore: round2(laterToBefore, 3),
    ratioMonths6to12ToAfter: round2(laterToAfter, 3),
    fastestAcceleration: fastestAcceleration(weeks),
    method: `Mean models created per W-MON week in the 26 weeks before 2022-11-30, the 26 weeks after, and weeks 26\u201352 after. Supported when weeks 26\u201352 average \u2265 1.25\xD7 the first 26 weeks after and \u2265 2\xD7 the 26 weeks before; not supported when below the first 26 weeks after. Fastest acceleration: the week maximising the least-squares slope of log(1 + weekly count) over the ${CHANGE_POINT_WINDOW} weeks after it minus that over the ${CHANGE_POINT_WINDOW} weeks up to it.`,
    caveat: `Counts are of models that still exist: the Hub deletes thousands of repositories a week, so older weeks are survivors only. Models on the legacy import's placeholder stamp (${PLACEHOLDER_LABEL}) are in no week.`
  };
}
function correlations(models, size) {
  const rows = rowsWhere(models.length, (i) => !Number.isNaN(size[i]));
  const sizes = averageRanks(at(size, rows));
  const rho = (value) => round2(spearmanOfRanks(sizes, averageRanks(at(value, rows))));
  return {
    models: rows.length,
    rho: { downloads: rho(models.downloads), likes: rho(models.likes), spaces: rho(models.spaces) }
  };
}
function smallerMorePopular(models) {
  const storage = correlations(models, models.usedStorage);
  const parameters = correlations(models, models.parameters);
  const coverage = models.length ? storage.models / models.length : 0;
  const sizeBands = SIZE_BANDS.map((band) => {
    const downloads = [];
    for (let i = 0; i < models.length; i++) {
      const bytes = models.usedStorage[i];
      if (bytes >= band.min && bytes < band.max) downloads.push(models.downloads[i]);
    }
    return { band: band.band, models: downloads.length, medianDownloads: median(downloads), meanDownloads: round2(mean(downloads), 2) };
  });
  const rho = storage.rho.downloads;
  let verdict = "inconclusive";
  if (coverage >= 0.1 && storage.models >= 100 && rho !== null) {
    if (rho <= -0.1) verdict = "supported";
    else if (rho >= 0.1) verdict = "not supported";
  }
  return {
    verdict,
    coverage: round2(coverage),
    modelsWithStorage: storage.models,
    spearmanStorage: storage.rho,
    modelsWithParameters: parameters.models,
    spearmanParameters: parameters.rho,
    sizeBands,
    caveat: "Verdict from Spearman's \u03C1 between used storage and 30-day downloads: supported at \u03C1 \u2264 \u22120.1, not supported at \u03C1 \u2265 0.1, inconclusive between or when storage is known for under 10% of models. Storage is learned most-downloaded first, so partial coverage over-represents popular models; used storage counts every revision and every file (several quantisations inflate it). Spaces are capped at 100."
  };
}
function perDay(models, snapshot, quarters) {
  const rows = rowsWhere(models.length, (i) => quarters.of[i] >= 0 && !Number.isNaN(models.downloadsAllTime[i]));
  const rateOf = (i) => models.downloadsAllTime[i] / Math.max(1, (snapshot - models.createdAt[i]) / DAY3);
  const rates = Float64Array.from(rows, rateOf);
  const byQuarter = valuesByGroup(quarters.of, quarters.labels.length, rateOf);
  const perQuarter = quarters.labels.flatMap((quarter, q) => {
    const rates2 = byQuarter.of(q);
    return rates2.length ? [{ quarter, models: rates2.length, medianPerDay: round2(median(rates2), 3), meanPerDay: round2(mean(rates2), 3) }] : [];
  });
  const rho = round2(spearman(at(models.createdAt, rows), rates));
  return {
    verdict: rho === null ? "inconclusive" : rho >= 0.1 ? "supported" : rho <= -0.1 ? "not supported" : "inconclusive",
    spearmanCreatedAtPerDay: rho,
    quarters: perQuarter,
    method: "All-time downloads divided by the days since creation (at least one), so that no window favours new or old models; verdict from Spearman's \u03C1 between creation date and that rate (supported at \u03C1 \u2265 0.1, not supported at \u03C1 \u2264 \u22120.1). Models without all-time downloads or on the placeholder date are left out."
  };
}
function recentDownloadedMore(models, snapshot) {
  const creation = creationQuarters(models.createdAt, snapshot);
  const dated = rowsWhere(models.length, (i) => creation.of[i] >= 0);
  const byQuarter = valuesByGroup(creation.of, creation.labels.length, (i) => models.downloads[i]);
  const quarters = creation.labels.map((quarter, q) => {
    const downloads = byQuarter.of(q);
    return { quarter, models: downloads.length, medianDownloads: median(downloads), meanDownloads: round2(mean(downloads), 2) };
  });
  const rho = round2(spearman(at(models.createdAt, dated), at(models.downloads, dated)));
  const verdict = rho === null ? "inconclusive" : rho >= 0.1 ? "supported" : rho <= -0.1 ? "not supported" : "inconclusive";
  return {
    verdict,
    spearmanCreatedAtDownloads: rho,
    quarters,
    caveat: "`downloads` counts only the last 30 days, which favours recent models by construction; all-time downloads favour old ones. Verdict from Spearman's \u03C1 between creation date and 30-day downloads (supported at \u03C1 \u2265 0.1). Placeholder-dated models are left out.",
    perDay: perDay(models, snapshot, creation)
  };
}
function computeInsights(models, lineage, market, snapshot, sincePrevious, scope) {
  const insights = withRankingSpace(models.length, () => insightsOf(models, lineage, market, snapshot, sincePrevious));
  if (scope.tagMix) insights.pipelineTags = scope.tagMix;
  return scoped(insights, scopeSentence(scope.task));
}
function scoped(insights, scope) {
  const out = { ...insights };
  for (const [key, value] of Object.entries(out)) {
    if (typeof value === "object" && value !== null && typeof value.caveat === "string") {
      out[key] = { ...value, caveat: `${scope} ${value.caveat}` };
    }
  }
  return out;
}
function insightsOf(models, lineage, market, snapshot, sincePrevious) {
  const series = weeklySeries(models, snapshot);
  let newLast7Days = 0;
  let newLast30Days = 0;
  let placeholder = 0;
  let storageKnown = 0;
  for (let i = 0; i < models.length; i++) {
    const createdAt = models.createdAt[i];
    if (createdAt > snapshot - 7 * DAY3 && createdAt <= snapshot) newLast7Days++;
    if (createdAt > snapshot - 30 * DAY3 && createdAt <= snapshot) newLast30Days++;
    if (isPlaceholderDate(createdAt)) placeholder++;
    if (!Number.isNaN(models.usedStorage[i])) storageKnown++;
  }
  return {
    snapshot: isoDay(snapshot),
    totals: {
      models: models.length,
      newLast7Days,
      newLast30Days,
      placeholderDate: placeholder,
      storageKnown,
      storageCoverage: round2(models.length ? storageKnown / models.length : 0)
    },
    creationSurge: creationSurge(series),
    smallerMorePopular: smallerMorePopular(models),
    recentDownloadedMore: recentDownloadedMore(models, snapshot),
    popularityClasses: {
      verdict: "descriptive",
      classes: popularityClasses(models).map((c) => ({ ...c, share: round2(c.share) })),
      caveat: "Classes by 30-day downloads: Not Popular < 40, Popular 40\u2013999, Very Popular \u2265 1000."
    },
    lineage,
    ...market,
    ...sincePrevious ? { sincePrevious } : {}
  };
}
var fmt = (n, digits = 2) => n === null ? "n/a" : n.toLocaleString("en-US", { maximumFractionDigits: digits }).replace(/^-(0(\.0*)?)$/, "$1");
var pct2 = (share) => `${(share * 100).toFixed(1)}%`;
function insightsMarkdown(insights, task) {
  const { totals, creationSurge: surge, smallerMorePopular: small, recentDownloadedMore: recent } = insights;
  const lines = [
    `# Findings: ${markdownText(tagSetLabel(task))} models on the Hugging Face Hub`,
    "",
    `Snapshot ${insights.snapshot}: **${fmt(totals.models)} models**; ${fmt(totals.newLast7Days)} new in the last 7 days, ${fmt(totals.newLast30Days)} in the last 30; ${fmt(totals.placeholderDate)} on the placeholder creation date; storage known for ${fmt(totals.storageKnown)} (${pct2(totals.storageCoverage)}).`,
    "",
    ...insights.pipelineTags ? [`By pipeline tag: ${tagCountsLine(insights.pipelineTags)}.`, ""] : [],
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
    `Storage known for ${fmt(small.modelsWithStorage)} models (${pct2(small.coverage)}); parameters for ${fmt(small.modelsWithParameters)}.`,
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
    ...insights.popularityClasses.classes.map((c) => `| ${c.name} | ${c.label} | ${fmt(c.count)} | ${pct2(c.share)} |`),
    "",
    `_Caveat:_ ${insights.popularityClasses.caveat}`,
    "",
    ...insights.pipelineTags ? tagsMarkdown(insights.pipelineTags) : [],
    ...concentrationMarkdown(insights.concentration),
    ...lineageMarkdown(insights.lineage),
    ...structureMarkdown(insights.lineage.structure),
    ...sizeMarkdown(insights.sizeOverTime),
    ...formatsMarkdown(insights.formats),
    ...gatingMarkdown(insights.gating),
    ...insights.trends ? trendsMarkdown(insights.trends, markdownText) : []
  ];
  return lines.join("\n");
}
function tagCountsLine(mix) {
  return mix.tags.map((t) => `${markdownText(t.tag)} ${fmt(t.models)} (${pct2(t.share)})`).join(", ");
}
function tagsMarkdown(mix) {
  const tags = mix.tags.map((t) => t.tag);
  return [
    `## The catalogue by pipeline tag: ${mix.verdict}`,
    "",
    "| pipeline tag | models | share | 30-day downloads | share of downloads |",
    "|---|---|---|---|---|",
    ...mix.tags.map((t) => `| ${markdownText(t.tag)} | ${fmt(t.models)} | ${pct2(t.share)} | ${fmt(t.downloads30Days)} | ${pct2(t.downloadsShare)} |`),
    "",
    `| created | new models | ${tags.map(markdownText).join(" | ")} |`,
    `|---|---|${tags.map(() => "---").join("|")}|`,
    ...mix.quarters.slice(-SHOWN_QUARTERS).map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${tags.map((tag) => `${fmt(q.byTag[tag] ?? 0)} (${pct2(q.models ? (q.byTag[tag] ?? 0) / q.models : 0)})`).join(" | ")} |`),
    "",
    `_Method:_ ${mix.method} _Caveat:_ ${mix.caveat}`,
    ""
  ];
}
var SHOWN_QUARTERS = 8;
function concentrationMarkdown(c) {
  const row = (label, get) => `| ${label} | ${get(c.last30Days)} | ${get(c.allTime)} |`;
  return [
    `## How concentrated downloads are: ${c.verdict}`,
    "",
    "| measure | 30-day downloads | all-time downloads |",
    "|---|---|---|",
    row("models counted", (x) => fmt(x.models)),
    row("models with none", (x) => pct2(x.zeroShare)),
    row("share of the top 1% of models", (x) => pct2(x.top1PercentShare)),
    row("share of the top 10% of models", (x) => pct2(x.top10PercentShare)),
    row("Gini coefficient", (x) => fmt(x.gini, 3)),
    row("share of the 50 most downloaded authors", (x) => pct2(x.top50AuthorsShare)),
    "",
    `Most downloaded authors (30 days): ${c.last30Days.topAuthors.map((a) => `${markdownText(a.author)} (${fmt(a.downloads)})`).join(", ") || "none"}.`,
    "",
    `_Method:_ ${c.method} _Caveat:_ ${c.caveat}`,
    ""
  ];
}
function structureMarkdown(s) {
  const relations = ["finetune", "quantized", "adapter", "merge"];
  return [
    "## Which derivatives have children, and how deep families go",
    "",
    "| relation | models | with children in the dataset | share |",
    "|---|---|---|---|",
    ...relations.map((r) => `| ${r} | ${fmt(s.fertility[r].models)} | ${fmt(s.fertility[r].withChildren)} | ${pct2(s.fertility[r].share)} |`),
    "",
    `Families with a derivative: ${fmt(s.depth.families)}; generations: median ${fmt(s.depth.median)}, 99th percentile ${fmt(s.depth.p99)}, deepest ${fmt(s.depth.deepest)}${s.depth.chain.length ? ` (${s.depth.chain.slice(0, 12).map(markdownText).join(" \u2190 ")}${s.depth.chain.length > 12 ? " \u2190 \u2026" : ""})` : ""}.`,
    "",
    "| family root | models created in the last 30 days |",
    "|---|---|",
    ...s.gainedLast30Days.map((g) => `| ${markdownText(g.root)} | ${fmt(g.newModels)} |`),
    "",
    `_Method:_ ${s.method} _Caveat:_ ${s.caveat}`,
    ""
  ];
}
function sizeMarkdown(s) {
  const bands = PARAMETER_BANDS.map((b) => b.band);
  return [
    `## The size of new models, and of what is downloaded: ${s.verdict}`,
    "",
    `Parameter counts known for ${pct2(s.coverage)} of models.`,
    "",
    `| created | models | with parameters | median | median of what is downloaded | ${bands.join(" | ")} |`,
    `|---|---|---|---|---|${bands.map(() => "---").join("|")}|`,
    ...s.quarters.slice(-SHOWN_QUARTERS).map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${fmt(q.withParameters)} | ${formatParameters(q.medianParameters)} | ${formatParameters(q.downloadWeightedMedian)} | ${bands.map((b) => pct2(q.bands[b])).join(" | ")} |`),
    "",
    `_Method:_ ${s.method} _Caveat:_ ${s.caveat}`,
    ""
  ];
}
function formatsMarkdown(f) {
  return [
    `## The formats of new models: ${f.verdict}`,
    "",
    `| created | models | ${f.libraries.map(markdownText).join(" | ")} |`,
    `|---|---|${f.libraries.map(() => "---").join("|")}|`,
    ...f.quarters.slice(-SHOWN_QUARTERS).map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${f.libraries.map((l) => pct2(q.shares[l] ?? 0)).join(" | ")} |`),
    "",
    `_Method:_ ${f.method} _Caveat:_ ${f.caveat}`,
    ""
  ];
}
function gatingMarkdown(g) {
  return [
    `## Gating and adoption: ${g.verdict}`,
    "",
    `Gated: ${fmt(g.gatedAuto + g.gatedManual)} models (${pct2(g.share)}; ${fmt(g.gatedAuto)} with automatic approval, ${fmt(g.gatedManual)} with manual).`,
    "",
    "| created | gated | ungated | gated: median downloads per day | ungated: median downloads per day |",
    "|---|---|---|---|---|",
    ...g.quarters.slice(-SHOWN_QUARTERS).map((q) => `| ${q.quarter} | ${fmt(q.gated)} | ${fmt(q.ungated)} | ${fmt(q.gatedMedianPerDay, 3)} | ${fmt(q.ungatedMedianPerDay, 3)} |`),
    "",
    `_Method:_ ${g.method} _Caveat:_ ${g.caveat}`,
    ""
  ];
}
function lineageMarkdown(lineage) {
  const { licenses } = lineage;
  const shown = lineage.quarters.slice(-8);
  return [
    `## Where new models come from: ${lineage.verdict}`,
    "",
    `${fmt(lineage.derivatives)} of ${fmt(lineage.models)} models (${pct2(lineage.derivativeShare)}) name a parent model.`,
    "",
    `| created | models | ${CATEGORIES.join(" | ")} | derivatives |`,
    `|---|---|${CATEGORIES.map(() => "---").join("|")}|---|`,
    ...shown.map((q) => `| ${q.quarter} | ${fmt(q.models)} | ${CATEGORIES.map((c) => fmt(q[c])).join(" | ")} | ${pct2(q.derivativeShare)} |`),
    "",
    `## The largest model families`,
    "",
    `Share of new models: of those created in ${lineage.recentQuarters.join(" and ")}.`,
    "",
    `| family root | derivatives | ${DERIVATIVE_CATEGORIES.join(" | ")} | 30-day downloads | share of new models |`,
    `|---|---|${DERIVATIVE_CATEGORIES.map(() => "---").join("|")}|---|---|`,
    ...lineage.largestFamilies.map(
      (f) => `| ${markdownText(f.root)}${f.rootInDataset ? "" : " (not in the dataset)"} | ${fmt(f.derivatives)} | ${DERIVATIVE_CATEGORIES.map((c) => fmt(f.byRelation[c])).join(" | ")} | ${fmt(f.downloads)} | ${pct2(f.shareOfRecentNew)} |`
    ),
    "",
    "## Licences",
    "",
    `No licence tag: ${fmt(licenses.none.models)} models (${pct2(licenses.none.share)}). Licence drift: ${licenses.driftShare === null ? "n/a" : pct2(licenses.driftShare)} of ${fmt(licenses.comparable)} derivatives whose first parent is in the dataset carry another licence than that parent.`,
    "",
    "| licence | models | share |",
    "|---|---|---|",
    ...licenses.top.map((l) => `| ${markdownText(l.license)} | ${fmt(l.models)} | ${pct2(l.share)} |`),
    "",
    "| parent's licence \u2192 derivative's | derivatives |",
    "|---|---|",
    ...licenses.topChanges.map((c) => `| ${markdownText(c.from)} \u2192 ${markdownText(c.to)} | ${fmt(c.models)} |`),
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
    ...since.topDownloaded.map((m) => `| ${markdownText(m.id)} | ${fmt(m.downloads)} | ${m.days} |`),
    "",
    "| fastest risers | downloads in between | 30-day downloads before | times faster |",
    "|---|---|---|---|",
    ...since.topRisers.map((m) => `| ${markdownText(m.id)} | ${fmt(m.downloads)} | ${fmt(m.previousDownloads30Days)} | ${fmt(m.ratio)} |`),
    "",
    `_Method:_ ${since.method}`,
    ""
  ];
}
function sinceLines(since) {
  return [
    `${fmt(since.newModels)} new models, ${fmt(since.removedModels)} removed: ${fmt(since.models)} now.`,
    since.quality === "rollback" ? "The Hub's all-time counters went down for many models this week (a rollback): no downloads in between are counted; the next trusted snapshot counts them from the last trusted one." : `${fmt(since.downloadsSincePrevious)} downloads in between (all-time downloads now minus then), ${fmt(since.modelsWithDownloads)} models downloaded at least once.`,
    ...since.topDownloaded[0] ? [`Most downloaded: ${markdownText(since.topDownloaded[0].id)} (${fmt(since.topDownloaded[0].downloads)}).`] : [],
    // Findings written before turnover was measured carry no count: then no line.
    ...typeof since.top100Retained === "number" ? [`Of the 100 most downloaded models (30 days), ${fmt(since.top100Retained)} were among the previous snapshot's 100.`] : []
  ];
}

export {
  quoted,
  markdownText,
  escapeHtml,
  logLine,
  trendFindings,
  select,
  round2 as round,
  Top,
  CATEGORIES,
  DERIVATIVE_CATEGORIES,
  LineageTable,
  families,
  computeLineage,
  CLASSES,
  popularityClass,
  popularityClasses,
  downloadBins,
  formatParameters,
  PARAMETER_BANDS,
  computeMarket,
  INSIGHTS_JSON,
  INSIGHTS_MD,
  CHATGPT_RELEASE,
  SIX_MONTHS_AFTER,
  scopeSentence,
  computeInsights,
  insightsMarkdown,
  tagCountsLine,
  sinceLines
};
