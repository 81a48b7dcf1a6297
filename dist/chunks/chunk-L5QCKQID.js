import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BudgetSpent,
  HubClient,
  HubError,
  TokenRefused,
  TransientFault,
  hubErrorText,
  isRefusedToken,
  readJson,
  refused
} from "./chunk-SGT3IHLK.js";
import {
  ObjectIdMap,
  PreviousDataset,
  carryPreviousDownloads
} from "./chunk-R5MTLCP2.js";
import {
  TREND_DIMENSIONS,
  analysisOfRecords,
  readTrends,
  renderOutputs,
  withTrendRows,
  writeTrends
} from "./chunk-OSAWH76Q.js";
import {
  CLI_TERMS,
  isHubId
} from "./chunk-INJNKERU.js";
import {
  HUB_SOURCE,
  historyPath,
  readHistory,
  withRow,
  writeHistory
} from "./chunk-QCAYDPGW.js";
import {
  CATEGORIES,
  LineageTable,
  Top,
  families,
  popularityClass,
  quoted,
  round
} from "./chunk-W7Y2WGML.js";
import {
  isoDay,
  snapshotAge
} from "./chunk-H5AMLHLL.js";
import {
  releaseMemory
} from "./chunk-JHKNDRDF.js";
import {
  INDEX_FILE,
  MANIFEST_FILE,
  datasetDir,
  forEachDatasetFile,
  legacyTag,
  parseIndex,
  readDataset,
  readIndex,
  readManifest,
  writeDataset
} from "./chunk-AY7CEEFQ.js";
import {
  DatasetFormatError,
  DatasetOrder,
  EMPTY_TEXT_CODE,
  ModelTable,
  RELATION_ORDER,
  csvToRecords,
  iso
} from "./chunk-LEP5OP7O.js";
import {
  DEFAULT_TAG,
  RELATIONS,
  compareIds,
  isPlaceholderDate,
  tagSetLabel,
  tagsOf
} from "./chunk-3SYKNIM3.js";

// src/dataset/snapshot.ts
function newestDate(models) {
  let newest = 0;
  for (let i = 0; i < models.length; i++) {
    const created = models.createdAt[i];
    const modified = models.lastModified[i];
    if (created > newest) newest = created;
    if (modified > newest) newest = modified;
  }
  return newest;
}
var FUTURE_LEEWAY_MS = 5 * 6e4;
function runBound(nowMs, hubDateMs) {
  return hubDateMs === void 0 || Number.isNaN(hubDateMs) ? nowMs : Math.min(nowMs, hubDateMs + 999);
}
function decideSnapshot(table, boundMs) {
  const columns = table.columns();
  const future = { count: 0, examples: [] };
  for (let i = 0; i < columns.length; i++) {
    const created = columns.createdAt[i];
    const modified = columns.lastModified[i];
    const claimed = modified > created ? modified : created;
    if (claimed > boundMs + FUTURE_LEEWAY_MS) {
      future.count++;
      if (future.examples.length < 3) future.examples.push({ id: table.id(i), date: iso(claimed) });
    }
  }
  return { snapshotMs: Math.min(newestDate(columns), boundMs), future };
}
function storedSnapshot(manifestSnapshot, newestMs, nowMs) {
  const stored = manifestSnapshot === void 0 ? Number.NaN : Date.parse(manifestSnapshot);
  return Number.isNaN(stored) ? Math.min(newestMs, nowMs) : stored;
}

// src/analysis/quality.ts
var ROLLBACK_SHARE = 0.05;
var PARTIAL_SHARE = 0.5;
var QUALITY_RULES = `A week in which more than ${ROLLBACK_SHARE * 100}% of the models it shares with the last trusted week count fewer all-time downloads is a rollback (the Hub's counters went down and came back later): its Quality says rollback and its downloads since the previous snapshot are empty; the next trusted week's are taken against the last trusted week, over the models in both, and Days Since Previous spans that gap, so nothing is counted twice and nothing is lost. A missing week is spanned the same way. An archive week with under ${PARTIAL_SHARE * 100}% of the previous usable week's tracked models is partial and gets no row. A model's count below its previous one never adds negative downloads.`;
function baselineOf(previousSnapshot, rows) {
  const previous = rows.find((row) => row.Snapshot === previousSnapshot);
  if (previous?.Quality !== "rollback") return { previousRolledBack: false, snapshot: previousSnapshot };
  const trusted = rows.filter((row) => row.Snapshot < previousSnapshot && row.Quality !== "rollback").at(-1);
  return { previousRolledBack: true, snapshot: trusted?.Snapshot ?? previousSnapshot };
}
function baselineCount(before, baseline) {
  return baseline.previousRolledBack ? before.allTimePrevious : before.allTime;
}
function judgeWeek(shared, lower) {
  return shared > 0 && lower / shared > ROLLBACK_SHARE ? "rollback" : "ok";
}
function isPartialWeek(models, previousUsableModels) {
  return previousUsableModels !== void 0 && models < PARTIAL_SHARE * previousUsableModels;
}

// src/analysis/history.ts
var DAY = 864e5;
var TOP = 20;
var RISER_MIN_DOWNLOADS = 1e3;
var TURNOVER_TOP = 100;
var CATEGORY_OF = { "": "unspecified", finetune: "finetune", adapter: "adapter", quantized: "quantized", merge: "merge" };
function category(records, i) {
  return records.baseModel(i) === "" ? "original" : CATEGORY_OF[records.relation(i)];
}
var NEW_COLUMN = {
  original: "New Original",
  finetune: "New Finetune",
  adapter: "New Adapter",
  quantized: "New Quantized",
  merge: "New Merge",
  unspecified: "New Unspecified"
};
function addedTags(task, previous) {
  const before = previous?.tags;
  return new Set(before ? tagsOf(task).filter((tag) => !before.includes(tag)) : []);
}
function isNewModel(tag, createdAt, added, previousSnapshotMs) {
  return !(added.has(tag) && createdAt <= previousSnapshotMs);
}
function countNewModels(records, previous, task) {
  const added = addedTags(task, previous);
  let count2 = 0;
  for (let i = 0; i < records.length; i++) {
    if (!previous.has(records.id(i)) && isNewModel(records.pipelineTag(i), records.createdAt(i), added, previous.snapshotMs)) count2++;
  }
  return count2;
}
function nextHistory(records, previous, rows, snapshotMs, from) {
  const snapshot = isoDay(snapshotMs);
  const against = previous && previous.size > 0 && isoDay(previous.snapshotMs) !== snapshot ? previous : void 0;
  const baseline = against && baselineOf(isoDay(against.snapshotMs), rows);
  const added = addedTags(from.task, against);
  let joined = 0;
  const daysBetween = (then) => Math.round((Date.parse(snapshot) - Date.parse(then)) / DAY);
  const days = baseline ? daysBetween(baseline.snapshot) : null;
  const row = { Snapshot: snapshot, "Pipeline Tags": from.task, Source: from.source ?? HUB_SOURCE, Quality: "ok" };
  let downloads30 = 0;
  let downloadsAllTime = 0;
  let allTimeKnown = 0;
  let storageKnown = 0;
  const classes = { "Not Popular": 0, Popular: 0, "Very Popular": 0 };
  const fresh = { original: 0, finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 };
  let inBoth = 0;
  let since = 0;
  let shared = 0;
  let lower = 0;
  let withDownloads = 0;
  const topDownloaded = new Top(TOP);
  const topRisers = new Top(TOP);
  const top30Days = new Top(TURNOVER_TOP);
  const columns = records.columns();
  for (let i = 0; i < records.length; i++) {
    const downloads = columns.downloads[i];
    const allTime = columns.downloadsAllTime[i];
    downloads30 += downloads;
    if (!Number.isNaN(allTime)) {
      downloadsAllTime += allTime;
      allTimeKnown++;
    }
    if (!Number.isNaN(columns.usedStorage[i])) storageKnown++;
    classes[popularityClass(downloads)]++;
    if (!against || !baseline) continue;
    const id = records.id(i);
    top30Days.offer({ id }, downloads);
    const before = against.downloadsOf(id);
    if (!before) {
      if (isNewModel(records.pipelineTag(i), records.createdAt(i), added, against.snapshotMs)) fresh[category(records, i)]++;
      else joined++;
      continue;
    }
    inBoth++;
    const then = baselineCount(before, baseline);
    if (then === null || Number.isNaN(allTime)) continue;
    shared++;
    if (allTime < then) lower++;
    const between = Math.max(0, allTime - then);
    since += between;
    if (between === 0) continue;
    withDownloads++;
    topDownloaded.offer({ id, downloads: between }, between);
    if (between >= RISER_MIN_DOWNLOADS && days !== null && days > 0) {
      const ratio = between * 30 / days / Math.max(1, before.last30Days);
      topRisers.offer({ id, downloads: between, previousDownloads30Days: before.last30Days, ratio: round(ratio, 2) }, ratio);
    }
  }
  const quality = judgeWeek(shared, lower);
  const trusted = quality === "ok";
  Object.assign(row, {
    Models: records.length,
    "Downloads 30 Days": downloads30,
    // An archive week before the Hub kept all-time counts has none: empty, not zero.
    "Downloads All Time": allTimeKnown > 0 || records.length === 0 ? downloadsAllTime : null,
    "Storage Known": from.storage === false ? null : storageKnown,
    "Not Popular": classes["Not Popular"],
    Popular: classes.Popular,
    "Very Popular": classes["Very Popular"],
    Quality: quality,
    ...from.concentration,
    "Untagged Derivatives": from.untaggedDerivatives ?? null
  });
  const newModels = CATEGORIES.reduce((sum, c) => sum + fresh[c], 0);
  const sinceColumns = ["New Models", "Removed Models", "Downloads Since Previous", "Days Since Previous", ...CATEGORIES.map((c) => NEW_COLUMN[c])];
  if (against) {
    Object.assign(row, {
      "New Models": newModels,
      "Removed Models": against.size - inBoth,
      // No true figure across a rollback; none either where no model has counts at both ends.
      "Downloads Since Previous": trusted && shared > 0 ? since : null,
      "Days Since Previous": trusted ? days : daysBetween(isoDay(against.snapshotMs))
    });
    for (const c of CATEGORIES) row[NEW_COLUMN[c]] = from.lineage === false ? null : fresh[c];
  } else {
    const kept = rows.find((r) => r.Snapshot === snapshot);
    for (const column of sinceColumns) row[column] = kept ? kept[column] : null;
    if (kept) row.Quality = kept.Quality;
  }
  return {
    row,
    since: against && {
      previousSnapshot: baseline.snapshot,
      snapshot,
      days,
      quality,
      models: records.length,
      newModels,
      joinedModels: joined,
      removedModels: against.size - inBoth,
      downloadsSincePrevious: trusted && shared > 0 ? since : null,
      modelsWithDownloads: trusted ? withDownloads : 0,
      topDownloaded: trusted ? topDownloaded.items.map(({ item }) => ({ ...item, days })) : [],
      topRisers: trusted ? topRisers.items.map(({ item }) => item) : [],
      top100Retained: (() => {
        const before = new Set(against.topByDownloads(TURNOVER_TOP));
        return top30Days.items.filter(({ item }) => before.has(item.id)).length;
      })(),
      method: `Downloads between two snapshots: a model's all-time downloads now minus then (never below zero), for models in both; after a week whose counters rolled back, then is the last trusted snapshot, and in such a week there are none (see Quality in data/README.md). Risers: models with at least ${RISER_MIN_DOWNLOADS.toLocaleString("en-US")} downloads in between, ranked by those downloads scaled to 30 days over the 30-day downloads the previous snapshot recorded (at least 1): how many times faster than before they are downloaded now. Turnover: of the ${TURNOVER_TOP} models with the most 30-day downloads now, those among the previous snapshot's ${TURNOVER_TOP} (ties by id).`
    }
  };
}

// src/analysis/trends.ts
var KEPT = { author: 20, base: 20, relation: void 0, library: 10, size: void 0, "pipeline tag": void 0 };
var OTHER = "(other)";
var NO_LIBRARY = "(none)";
var round6 = (x) => Math.round(x * 1e6) / 1e6;
function namespaceOf(id) {
  const slash = id.indexOf("/");
  return slash === -1 ? id : id.slice(0, slash);
}
var RELATION_KEYS = ["original", "unspecified", "finetune", "adapter", "quantized", "merge"];
var RELATION_CODE = { "": 1, finetune: 2, adapter: 3, quantized: 4, merge: 5 };
var SIZE_KEYS = ["< 1B", "1\u201310B", "10\u2013100B", "\u2265 100B", "unknown"];
function sizeCode(parameters2) {
  return Number.isNaN(parameters2) ? 4 : parameters2 < 1e9 ? 0 : parameters2 < 1e10 ? 1 : parameters2 < 1e11 ? 2 : 3;
}
function sizeCodes(parameters2) {
  const code = new Uint32Array(parameters2.length);
  for (let i = 0; i < parameters2.length; i++) code[i] = sizeCode(parameters2[i]);
  return code;
}
function relationCodes(records) {
  const key = RELATION_ORDER.map((r) => RELATION_CODE[r]);
  const baseModel = records.textCodes().baseModel;
  const relation = records.relationCodes();
  const code = new Uint32Array(records.length);
  for (let i = 0; i < code.length; i++) code[i] = baseModel[i] === EMPTY_TEXT_CODE ? 0 : key[relation[i]];
  return code;
}
function baseCodes(walked, authors) {
  const root = walked.root;
  const outside = new Int32Array(walked.missingRoots).fill(-1);
  const code = new Uint32Array(root.length);
  for (let i = 0; i < root.length; i++) {
    const r = root[i];
    if (r >= 0) code[i] = authors.code[r];
    else {
      const k = -1 - r;
      let c = outside[k];
      if (c < 0) outside[k] = c = authors.codeOf(namespaceOf(walked.rootName(r)));
      code[i] = c;
    }
  }
  return code;
}
function namespaces(records) {
  const n = records.length;
  const authors = records.textCodes().author;
  const base = records.textCodeCount;
  const extra = [];
  const extraIndex = /* @__PURE__ */ new Map();
  const codeOf = (namespace) => {
    let c = records.textCodeOf(namespace) ?? extraIndex.get(namespace);
    if (c === void 0) {
      extraIndex.set(namespace, c = base + extra.length);
      extra.push(namespace);
    }
    return c;
  };
  const code = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const id = records.id(i);
    const a = authors[i];
    const name = records.text(a);
    if (name !== "" && id.length > name.length && id.charCodeAt(name.length) === 47 && id.startsWith(name)) {
      code[i] = a;
      continue;
    }
    code[i] = codeOf(namespaceOf(id));
  }
  return {
    code,
    codeOf,
    keyOf: (c) => c < base ? records.text(c) : extra[c - base],
    // Read when the codes are summed: codeOf may have given more since.
    get codes() {
      return base + extra.length;
    }
  };
}
function textColumn(records, codes, empty) {
  return { code: codes, keyOf: (c) => records.text(c) || empty, codes: records.textCodeCount, shared: empty !== "" };
}
var byOrder = (a, b) => b.downloads - a.downloads || b.models - a.models || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
function sumByCode(code, codes, downloads) {
  const models = new Float64Array(codes);
  const sums = new Float64Array(codes);
  for (let i = 0; i < downloads.length; i++) {
    const c = code[i];
    models[c] = models[c] + 1;
    sums[c] = sums[c] + downloads[i];
  }
  return { models, sums };
}
function orderedKeys(dim, downloads, kept) {
  const { models, sums } = sumByCode(dim.code, dim.codes, downloads);
  if (kept !== void 0 && !dim.shared) return firstCodes(dim, models, sums, kept);
  let groups = [];
  for (let c = 0; c < dim.codes; c++) if (models[c] !== 0) groups.push({ key: dim.keyOf(c), models: models[c], downloads: sums[c] });
  if (dim.shared) {
    const merged = /* @__PURE__ */ new Map();
    for (const g of groups) {
      const into = merged.get(g.key);
      if (into) {
        into.models += g.models;
        into.downloads += g.downloads;
      } else merged.set(g.key, g);
    }
    groups = [...merged.values()];
  }
  groups.sort(byOrder);
  if (kept === void 0 || groups.length <= kept) return { named: groups, rest: { count: 0, models: 0, downloads: 0 } };
  const named = groups.slice(0, kept);
  const rest = { count: groups.length - kept, models: 0, downloads: 0 };
  for (const g of groups.slice(kept)) {
    rest.models += g.models;
    rest.downloads += g.downloads;
  }
  return { named, rest };
}
function firstCodes(dim, models, sums, kept) {
  const before = (a, b) => {
    const da = sums[a];
    const db = sums[b];
    if (da !== db) return da > db;
    const ma = models[a];
    const mb = models[b];
    return ma !== mb ? ma > mb : dim.keyOf(a) < dim.keyOf(b);
  };
  const top = [];
  const rest = { count: 0, models: 0, downloads: 0 };
  for (let c = 0; c < dim.codes; c++) {
    if (models[c] === 0) continue;
    rest.count++;
    rest.models += models[c];
    rest.downloads += sums[c];
    if (top.length === kept && !before(c, top[kept - 1])) continue;
    let at = top.length;
    while (at > 0 && before(c, top[at - 1])) at--;
    top.splice(at, 0, c);
    if (top.length > kept) top.pop();
  }
  const named = top.map((c) => ({ key: dim.keyOf(c), models: models[c], downloads: sums[c] }));
  for (const g of named) {
    rest.count--;
    rest.models -= g.models;
    rest.downloads -= g.downloads;
  }
  return { named, rest };
}
function trendRows(records, snapshot, lineageKnown, authors) {
  const n = records.length;
  const columns = records.columns();
  const texts = records.textCodes();
  const downloads = columns.downloads;
  let total = 0;
  for (let i = 0; i < n; i++) total += downloads[i];
  const coded = {
    author: authors,
    library: textColumn(records, texts.library, NO_LIBRARY),
    size: { code: sizeCodes(columns.parameters), keyOf: (c) => SIZE_KEYS[c], codes: SIZE_KEYS.length },
    "pipeline tag": textColumn(records, texts.pipelineTag, "")
  };
  if (lineageKnown) {
    coded.base = { code: baseCodes(families(LineageTable.of(records)), authors), keyOf: authors.keyOf, codes: authors.codes };
    coded.relation = { code: relationCodes(records), keyOf: (c) => RELATION_KEYS[c], codes: RELATION_KEYS.length };
  }
  const rows = [];
  const share = (d) => total === 0 ? null : round6(d / total);
  for (const dimension of TREND_DIMENSIONS) {
    const dim = coded[dimension];
    if (!dim) continue;
    const { named, rest } = orderedKeys(dim, downloads, KEPT[dimension]);
    for (const g of named) rows.push({ snapshot, dimension, key: g.key, models: g.models, downloads30Days: g.downloads, downloadShare: share(g.downloads) });
    if (rest.count > 0) rows.push({ snapshot, dimension, key: OTHER, models: rest.models, downloads30Days: rest.downloads, downloadShare: share(rest.downloads) });
  }
  return rows;
}
function concentration(records, authors) {
  const n = records.length;
  const downloads = records.columns().downloads;
  const x = Float64Array.from(downloads);
  let total = 0;
  let zero = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i];
    total += d;
    if (d === 0) zero++;
  }
  const byAuthor = new Float64Array(authors.codes);
  for (let i = 0; i < n; i++) byAuthor[authors.code[i]] = byAuthor[authors.code[i]] + downloads[i];
  x.sort();
  byAuthor.sort();
  const topSum = (values, k) => {
    let sum = 0;
    for (let j = values.length - 1; j >= Math.max(0, values.length - k); j--) sum += values[j];
    return sum;
  };
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (2 * (i + 1) - n - 1) * x[i];
  const share = (part) => total === 0 ? null : round6(part / total);
  return {
    "Top 10 Models Share": share(topSum(x, 10)),
    "Top 1% Models Share": share(topSum(x, Math.ceil(n / 100))),
    "Top 50 Authors Share": share(topSum(byAuthor, 50)),
    "Gini 30 Days": total === 0 ? null : round6(weighted / (n * total)),
    "Zero Downloads Share": n === 0 ? null : round6(zero / n)
  };
}
var SnapshotShares = class {
  #records;
  #authors;
  constructor(records) {
    this.#records = records;
    this.#authors = namespaces(records);
  }
  concentration() {
    return concentration(this.#records, this.#authors);
  }
  rows(snapshot, lineageKnown) {
    return trendRows(this.#records, snapshot, lineageKnown, this.#authors);
  }
};

// src/dataset/git-history.ts
import { execFile } from "node:child_process";
import { relative, resolve } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(cwd, args) {
  const { stdout } = await run("git", args, { cwd, maxBuffer: 1 << 30, encoding: "utf8" });
  return stdout;
}
async function* datasetsInGit(dataDir) {
  const cwd = resolve(dataDir, "..");
  let top;
  try {
    top = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch (error) {
    throw new Error(`${cwd} is not in a git repository: --from-git reads the dataset's past commits (${error.message.split("\n")[0]})`, { cause: error });
  }
  if ((await git(top, ["rev-parse", "--is-shallow-repository"])).trim() === "true") {
    throw new Error("this checkout is shallow and holds no past commits: fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)");
  }
  const folder = relative(top, resolve(datasetDir(dataDir))).split("\\").join("/");
  const commits = (await git(top, ["log", "--format=%H %ct", "--reverse", "--", folder])).split("\n").filter(Boolean);
  for (const line of commits) {
    const [commit = "", seconds = "0"] = line.split(" ");
    const committedMs = Number(seconds) * 1e3;
    try {
      const show2 = (file) => git(top, ["show", `${commit}:${folder}/${file}`]);
      const manifest = JSON.parse(await show2(MANIFEST_FILE));
      if (!manifest.complete) {
        yield { commit, records: void 0, problem: "a partial (--max-models) dataset", snapshotMs: Number.NaN };
        continue;
      }
      const records = new ModelTable();
      for (const { file } of parseIndex(await show2(INDEX_FILE), `${commit.slice(0, 12)}:${folder}/${INDEX_FILE}`)) {
        const name = `${commit.slice(0, 12)}:${folder}/${file}`;
        for (const record of csvToRecords(await show2(file), name, "", legacyTag(manifest))) records.push(record);
      }
      yield { commit, records, snapshotMs: storedSnapshot(manifest.snapshot, newestDate(records.columns()), committedMs), pipelineTag: manifest.pipelineTag, source: manifest.source };
    } catch (error) {
      const problem = error instanceof DatasetFormatError ? error.message : error.message.split("\n")[0] ?? String(error);
      yield { commit, records: void 0, problem, snapshotMs: Number.NaN };
    }
  }
}

// src/hub/schema.ts
var LIST_EXPAND = [
  "author",
  "createdAt",
  "lastModified",
  "downloads",
  "downloadsAllTime",
  "likes",
  "private",
  "gated",
  "library_name",
  "spaces",
  "safetensors",
  "tags"
];
var Malformed = class extends Error {
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function present(item, key) {
  const value = item[key];
  return value === null ? void 0 : value;
}
function requiredString(item, key) {
  const value = present(item, key);
  if (typeof value !== "string" || value === "") throw new Malformed(`${key} must be a non-empty string, got ${show(value)}`);
  return value;
}
function count(item, key, fallback) {
  const value = present(item, key);
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new Malformed(`${key} must be a non-negative integer, got ${show(value)}`);
  }
  return value;
}
function date(item, key) {
  const value = present(item, key);
  if (value === void 0) return null;
  const ms = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new Malformed(`${key} must be an ISO-8601 date, got ${show(value)}`);
  return ms;
}
function bool(item, key) {
  const value = present(item, key);
  if (value === void 0) return false;
  if (typeof value !== "boolean") throw new Malformed(`${key} must be a boolean, got ${show(value)}`);
  return value;
}
function gated(item) {
  const value = present(item, "gated");
  if (value === void 0 || value === false) return "false";
  if (value === "auto" || value === "manual") return value;
  throw new Malformed(`gated must be false, "auto" or "manual", got ${show(value)}`);
}
function spaces(item) {
  const value = present(item, "spaces");
  if (value === void 0) return 0;
  if (!Array.isArray(value)) throw new Malformed(`spaces must be an array, got ${show(value)}`);
  return value.length;
}
function parameters(item) {
  const value = present(item, "safetensors");
  if (value === void 0) return null;
  if (!isObject(value)) throw new Malformed(`safetensors must be an object, got ${show(value)}`);
  return count(value, "total", null);
}
function library(item) {
  const value = present(item, "library_name");
  if (value === void 0) return "";
  if (typeof value !== "string") throw new Malformed(`library_name must be a string, got ${show(value)}`);
  return value;
}
var NO_LINEAGE = { baseModel: "", relation: "", license: "" };
function lineageOfTags(tags2) {
  let parents;
  let relation = "";
  let license = "";
  for (const tag of tags2) {
    if (tag.startsWith("base_model:")) {
      let parent = tag.slice(11);
      const colon = parent.indexOf(":");
      if (colon > 0) {
        const kind = parent.slice(0, colon);
        if (RELATIONS.includes(kind)) {
          if (relation === "") relation = kind;
          parent = parent.slice(colon + 1);
        }
      }
      if (parent === "") continue;
      parents ??= [];
      if (!parents.includes(parent)) parents.push(parent);
    } else if (license === "" && tag.startsWith("license:")) {
      license = tag.slice(8);
    }
  }
  if (!parents && relation === "" && license === "") return NO_LINEAGE;
  return { baseModel: parents ? parents.join(";") : "", relation, license };
}
function tags(item) {
  const value = present(item, "tags");
  if (value === void 0) return NO_LINEAGE;
  if (!Array.isArray(value) || value.some((t) => typeof t !== "string")) throw new Malformed(`tags must be an array of strings, got ${show(value)}`);
  return lineageOfTags(value);
}
function show(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
function parseModelItem(raw, pipelineTag = "") {
  if (!isObject(raw)) return { ok: false, id: "?", problem: `item is not an object: ${show(raw)}`, invalidId: false };
  const id = typeof raw.id === "string" ? raw.id : "?";
  try {
    const key = requiredString(raw, "_id");
    requiredString(raw, "id");
    if (!isHubId(id)) return { ok: false, id, problem: "not an id the Hub issues", invalidId: true };
    const createdAt = date(raw, "createdAt");
    if (createdAt === null) throw new Malformed("createdAt is missing");
    const authorValue = present(raw, "author");
    if (authorValue !== void 0 && typeof authorValue !== "string") {
      throw new Malformed(`author must be a string, got ${show(authorValue)}`);
    }
    const slash = id.indexOf("/");
    const author = authorValue ?? (slash > 0 ? id.slice(0, slash) : "");
    const record = {
      id,
      author,
      likes: count(raw, "likes", 0),
      downloads: count(raw, "downloads", 0),
      createdAt,
      private: bool(raw, "private"),
      gated: gated(raw),
      library: library(raw),
      usedStorage: count(raw, "usedStorage", null),
      spaces: spaces(raw),
      lastModified: date(raw, "lastModified"),
      downloadsAllTime: count(raw, "downloadsAllTime", null),
      parameters: parameters(raw),
      ...tags(raw),
      downloadsAllTimePrevious: null,
      pipelineTag
    };
    return { ok: true, key, record };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, id, problem: error.message, invalidId: false };
    throw error;
  }
}

// src/hub/enrich.ts
function carryForwardStorage(records, previous) {
  if (previous.size === 0) return 0;
  let carried = 0;
  for (let i = 0; i < records.length; i++) {
    if (records.usedStorage(i) !== null) continue;
    const storage = previous.unchanged(records.id(i), records.lastModified(i));
    if (storage !== null) {
      records.setUsedStorage(i, storage);
      carried++;
    }
  }
  return carried;
}
function enrichmentQueue(records) {
  let unknown = 0;
  for (let i = 0; i < records.length; i++) if (isWanted(records, i)) unknown++;
  const queue = new Uint32Array(unknown);
  for (let i = 0, k = 0; i < records.length; i++) if (isWanted(records, i)) queue[k++] = i;
  return queue.sort((a, b) => records.downloads(b) - records.downloads(a) || records.createdAt(b) - records.createdAt(a) || compareIds(records.id(a), records.id(b)));
}
function isWanted(records, i) {
  return records.usedStorage(i) === null && isHubId(records.id(i));
}
function anyWanted(records) {
  for (let i = 0; i < records.length; i++) if (isWanted(records, i)) return true;
  return false;
}
function storageUrl(endpoint, id) {
  return `${endpoint}/api/models/${id.split("/").map(encodeURIComponent).join("/")}?expand=usedStorage&expand=lastModified&expand=createdAt`;
}
async function enrichStorage(client, records, options) {
  const sending = options.budget > 0 && options.minutes > 0;
  const queue = sending ? enrichmentQueue(records) : new Uint32Array(0);
  const started = Date.now();
  const deadline = started + options.minutes * 6e4;
  const report = { learned: 0, gone: 0, failed: 0, requests: 0, stoppedBy: "done" };
  const requestsBefore = client.requests;
  const retriesBefore = client.retries;
  const rateLimitedBefore = client.rateLimited;
  client.requestBudget = options.budget;
  let next = 0;
  let done = 0;
  let fatal;
  const worker = async () => {
    while (next < queue.length && report.stoppedBy === "done" && !fatal) {
      if (Date.now() >= deadline) {
        report.stoppedBy = "time";
        return;
      }
      const row = queue[next++];
      const id = records.id(row);
      try {
        const outcome = await fetchStorage(client, id, records.createdAt(row));
        if (outcome === "gone") report.gone++;
        else {
          records.setUsedStorage(row, outcome);
          report.learned++;
        }
      } catch (error) {
        if (error instanceof BudgetSpent) {
          report.stoppedBy = "budget";
          return;
        }
        if (error instanceof TokenRefused) {
          fatal = error;
          return;
        }
        report.failed++;
        options.onFailure?.(id, error);
      }
      done++;
      options.onProgress?.({ done, queued: queue.length });
    }
  };
  try {
    if (sending) {
      await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, queue.length) }, worker));
    } else if (anyWanted(records)) {
      report.stoppedBy = options.budget <= 0 ? "budget" : "time";
    }
  } finally {
    client.requestBudget = void 0;
  }
  if (fatal) throw fatal;
  let known = 0;
  for (let i = 0; i < records.length; i++) if (records.usedStorage(i) !== null) known++;
  return {
    ...report,
    requests: client.requests - requestsBefore,
    retries: client.retries - retriesBefore,
    rateLimited: client.rateLimited - rateLimitedBefore,
    backlog: records.length - known,
    known,
    total: records.length,
    seconds: (Date.now() - started) / 1e3
  };
}
async function fetchStorage(client, id, createdAt) {
  const url = storageUrl(client.endpoint, id);
  return client.withRetries(`storage of ${id}`, url, async () => {
    const page = await client.open(url);
    if (page.status === 401) {
      if (isRefusedToken(await hubErrorText(page))) throw new TokenRefused(url);
      return "gone";
    }
    if (page.status === 404) {
      await page.response.body?.cancel();
      return "gone";
    }
    if (page.status !== 200) throw await refused(`storage of ${id}`, url, page);
    const body = await readJson(page);
    const other = body && typeof body === "object" ? answeredFor(body, id, createdAt) : void 0;
    if (other !== void 0) throw new Error(`the Hub answered for another repository (${JSON.stringify(other).slice(0, 140)}): a 307 to a different model is not this one's storage`);
    const bytes = body && typeof body === "object" ? body.usedStorage : void 0;
    if (typeof bytes !== "number" || !Number.isSafeInteger(bytes) || bytes < 0) {
      throw new Error(`the Hub answered no usedStorage for ${id}`);
    }
    return bytes;
  });
}
function answeredFor(body, id, createdAt) {
  const answered = typeof body.id === "string" ? body.id : void 0;
  const created = typeof body.createdAt === "string" ? Date.parse(body.createdAt) : Number.NaN;
  if (Number.isNaN(created)) return void 0;
  if (created !== createdAt) return answered ?? "?";
  if (!isPlaceholderDate(createdAt) || answered === void 0) return void 0;
  const a = answered.toLowerCase();
  const b = id.toLowerCase();
  return a === b || !b.includes("/") && a.endsWith(`/${b}`) ? void 0 : answered;
}

// src/hub/list.ts
var PAGE_SIZE = 1e3;
var PAGES_AHEAD = 2;
var MAX_PAGES_WITHOUT_NEW_MODELS = 3;
var MAX_MODELS_WITHOUT_CLUE = 2e7;
function listUrl(endpoint, task) {
  const params = new URLSearchParams({ pipeline_tag: task, sort: "createdAt", limit: String(PAGE_SIZE) });
  for (const field of LIST_EXPAND) params.append("expand", field);
  return `${endpoint}/api/models?${params}`;
}
function nextLink(header) {
  if (!header) return void 0;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/s.exec(part);
    if (!match) continue;
    for (const param of (match[2] ?? "").split(";")) {
      const rel = /^\s*rel\s*=\s*(?:"([^"]*)"|([^\s"]+))\s*$/i.exec(param);
      if (rel && (rel[1] ?? rel[2] ?? "").toLowerCase().split(/\s+/).includes("next")) return match[1];
    }
  }
  return void 0;
}
var MAX_RESERVED = 25e5;
function runawayLimit(totalCount2, previousModels) {
  if (totalCount2 !== void 0) return Math.ceil(totalCount2 * 1.5) + PAGE_SIZE;
  if (previousModels !== void 0) return previousModels * 3 + 1e4;
  return MAX_MODELS_WITHOUT_CLUE;
}
function badNextLink(next, current, requested) {
  const earlier = requested.get(next);
  if (earlier !== void 0) return `its next link repeats the URL of page ${earlier} (a cursor loop)`;
  const cursor = new URL(next).searchParams.get("cursor");
  if (cursor !== null && cursor === new URL(current).searchParams.get("cursor")) return "its next link carries the same cursor again (the cursor stopped advancing)";
  return void 0;
}
var Listing = class {
  records;
  /** Each `_id` seen, with its row (-1: a private model left out). */
  seen = new ObjectIdMap();
  malformed = { count: 0, examples: [] };
  invalidIds = { count: 0, examples: [] };
  duplicates = 0;
  retagged = 0;
  privateModels = 0;
  pages = 0;
  truncated = false;
  /** Set when a chain failed: the others stop at their next page. */
  failed = false;
  limit;
  #order;
  options;
  constructor(options) {
    this.options = options;
    this.records = new ModelTable(Math.min(options.maxModels ?? options.previousModels ?? 0, MAX_RESERVED));
    this.limit = options.maxModels ?? Number.POSITIVE_INFINITY;
    this.#order = new Map(options.tasks.map((tag, i) => [tag, i]));
  }
  get full() {
    return this.records.length >= this.limit;
  }
  /** Takes one item of a page of `tag`'s chain; true when it was a model this chain had not brought before. */
  take(raw, tag) {
    const result = parseModelItem(raw, tag);
    if (!result.ok) {
      const report = result.invalidId ? this.invalidIds : this.malformed;
      report.count++;
      if (report.examples.length < 5) report.examples.push({ id: result.id, problem: result.problem });
      return false;
    }
    const known = this.options.knownId?.(result.record.id);
    if (known !== void 0) result.record.id = known;
    const leftOut = result.record.private && !this.options.includePrivate;
    const row = this.seen.putIfAbsent(result.key, leftOut ? -1 : this.records.length);
    if (row !== void 0) {
      if (row < 0 || this.records.pipelineTag(row) === tag) {
        this.duplicates++;
        return false;
      }
      this.retagged++;
      if (this.#newer(result.record, row)) this.records.set(row, result.record);
      return true;
    }
    if (result.record.private) this.privateModels++;
    if (!leftOut) this.records.push(result.record);
    return true;
  }
  /** Whether `record` describes a later state of the model than row `row` (see ListResult.retagged). */
  #newer(record, row) {
    const then = this.records.lastModified(row) ?? Number.NEGATIVE_INFINITY;
    const now = record.lastModified ?? Number.NEGATIVE_INFINITY;
    if (now !== then) return now > then;
    return (this.#order.get(record.pipelineTag) ?? 0) < (this.#order.get(this.records.pipelineTag(row)) ?? 0);
  }
};
async function listModels(client, options) {
  const listing = new Listing(options);
  let chains;
  try {
    chains = await Promise.all(
      options.tasks.map(
        (tag) => listChain(client, tag, listing).catch((error) => {
          listing.failed = true;
          throw error;
        })
      )
    );
  } catch (error) {
    listing.failed = true;
    throw error;
  }
  const complete = !listing.truncated && chains.every((chain) => chain.complete);
  return {
    records: listing.records,
    pages: listing.pages,
    duplicates: listing.duplicates,
    retagged: listing.retagged,
    byTag: chains.map(({ tag, pages, models }) => ({ tag, pages, models })),
    malformed: listing.malformed,
    invalidIds: listing.invalidIds,
    privateModels: listing.privateModels,
    complete
  };
}
async function listChain(client, tag, listing) {
  const options = listing.options;
  const records = listing.records;
  let pages = 0;
  let brought = 0;
  let url = listUrl(client.endpoint, tag);
  const requested = /* @__PURE__ */ new Map();
  const ahead = /* @__PURE__ */ new Map();
  const prefetch = (target, from) => {
    if (ahead.has(target) || ahead.size >= PAGES_AHEAD || listing.failed || records.length + PAGE_SIZE * (ahead.size + 1) >= listing.limit) return;
    const opened = client.open(target);
    ahead.set(target, opened);
    opened.then(
      (page) => {
        if (page.status !== 200 || listing.failed) return;
        const link = nextLink(page.headers.get("link"));
        if (link === void 0) return;
        let following;
        try {
          following = client.onEndpoint(new URL(link, target).toString(), target);
        } catch {
          return;
        }
        if (badNextLink(following, target, requested) === void 0 && following !== from) prefetch(following, target);
      },
      () => {
      }
      // handled when the page's turn comes
    );
  };
  let pagesWithoutNew = 0;
  let runaway;
  const name = options.tasks.length > 1 ? `${tag} list page` : "list page";
  const fail = (page, url2, problem) => new HubError(`${name} ${page}: ${problem}; stopped after ${page} pages and ${records.length} models, nothing written: ${url2}`, { url: url2, attempts: 1 });
  while (url !== void 0 && !listing.full && !listing.failed) {
    const pageUrl = url;
    const pageNumber = pages + 1;
    const what = `${name} ${pageNumber}`;
    requested.set(new URL(pageUrl).toString(), pageNumber);
    let next;
    let linkRead = false;
    const items = await client.withRetries(what, pageUrl, async () => {
      const pending = ahead.get(pageUrl) ?? client.open(pageUrl);
      ahead.delete(pageUrl);
      const page = await pending;
      if (page.status !== 200) throw await refused(what, pageUrl, page);
      if (!linkRead) {
        linkRead = true;
        next = nextLink(page.headers.get("link"));
        if (next !== void 0) {
          next = client.onEndpoint(new URL(next, pageUrl).toString(), pageUrl);
          const problem = badNextLink(next, pageUrl, requested);
          if (problem) throw fail(pageNumber, pageUrl, problem);
        }
        if (runaway === void 0) {
          const total = totalCount(page.headers);
          runaway = runawayLimit(total, options.previousModels);
          if (total !== void 0) records.reserve(Math.min(records.length + total + PAGE_SIZE, listing.limit, MAX_RESERVED));
        }
        if (next !== void 0) prefetch(next, pageUrl);
      }
      const body = await readJson(page);
      if (!Array.isArray(body)) throw new TransientFault("page is not a JSON array", page.status);
      return body;
    });
    if (listing.failed) break;
    pages++;
    listing.pages++;
    let fresh = 0;
    for (const raw of items) {
      if (listing.take(raw, tag)) fresh++;
      if (listing.full) {
        listing.truncated ||= raw !== items[items.length - 1] || next !== void 0;
        break;
      }
    }
    brought += fresh;
    options.onPage?.({ pages: listing.pages, models: records.length, records, more: next !== void 0 });
    pagesWithoutNew = fresh > 0 ? 0 : pagesWithoutNew + 1;
    if (next !== void 0 && pagesWithoutNew >= MAX_PAGES_WITHOUT_NEW_MODELS) {
      throw fail(pages, pageUrl, `${pagesWithoutNew} pages in a row brought no new model, yet the Hub still sends a next link`);
    }
    if (next !== void 0 && brought > (runaway ?? Number.POSITIVE_INFINITY)) {
      throw fail(pages, pageUrl, `the listing passed ${runaway} models, far more than the catalogue can hold (see docs/harvest.md, "How the harvest works")`);
    }
    url = next;
  }
  for (const opened of ahead.values()) opened.then((page) => page.response.body?.cancel(), () => {
  });
  return { tag, pages, models: brought, complete: url === void 0 };
}
function totalCount(headers) {
  const value = headers.get("x-total-count");
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : void 0;
}

// src/progress.ts
var Progress = class {
  #sink;
  #label;
  #started = Date.now();
  #intervalMs;
  #lastPrinted = 0;
  #live = false;
  constructor(sink, label, intervalMs = 1e4) {
    this.#sink = sink;
    this.#label = label;
    this.#intervalMs = intervalMs;
  }
  update(state, force = false) {
    const now = Date.now();
    if (this.#sink.isTTY) {
      if (!force && now - this.#lastPrinted < 100) return;
      this.#lastPrinted = now;
      this.#sink.write(`\r\x1B[2K${this.#line(state, now)}`);
      this.#live = true;
    } else if (force || now - this.#lastPrinted >= this.#intervalMs) {
      this.#lastPrinted = now;
      this.#sink.write(`${this.#line(state, now)}
`);
    }
  }
  /** Ends the live line so that following output starts on a fresh line. */
  finish(state) {
    this.update(state, true);
    if (this.#live) this.#sink.write("\n");
  }
  #line(state, now) {
    const seconds = (now - this.#started) / 1e3;
    const rate = seconds > 0 ? state.done / seconds : 0;
    const parts = [`${this.#label}: ${state.done.toLocaleString("en-US")}${state.total ? `/${state.total.toLocaleString("en-US")}` : ""} ${state.unit}`];
    parts.push(`${Math.round(rate).toLocaleString("en-US")} ${state.unit}/s`);
    if (state.detail) parts.push(state.detail);
    parts.push(`elapsed ${clock(seconds)}`);
    if (state.total && rate > 0 && state.done < state.total) parts.push(`ETA ${clock((state.total - state.done) / rate)}`);
    return parts.join(" \xB7 ");
  }
};
function clock(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const rest = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, "0")}m` : `${m}m${String(rest).padStart(2, "0")}s`;
}

// src/tracked-tags.ts
var TagsDropped = class extends Error {
  name = "TagsDropped";
};
function checkTagChange(manifest, task, options) {
  if (!manifest) return [];
  const before = tagsOf(manifest.pipelineTag);
  const now = tagsOf(task);
  const dropped = before.filter((tag) => !now.includes(tag));
  if (dropped.length > 0 && !options.allowShrink) {
    const them = dropped.length === 1 ? "its" : "their";
    throw new TagsDropped(
      `the dataset tracks ${tagSetLabel(manifest.pipelineTag)}; tracking ${tagSetLabel(task)} drops ${dropped.map((t) => quoted(t)).join(", ")}, and ${them} models would be removed: nothing was written. To drop ${dropped.length === 1 ? "it" : "them"}, run again with ${options.terms.set("allow-shrink")}; to track ${tagSetLabel(task)} apart, give it a folder of its own (${options.terms.set("data-dir", `data/${now.find((tag) => !before.includes(tag)) ?? now[0]}`)})`
    );
  }
  return now.filter((tag) => !before.includes(tag));
}
function byTagLine(listed) {
  const parts = listed.byTag.map((t) => `${t.tag} ${t.models} in ${t.pages} ${t.pages === 1 ? "page" : "pages"}`);
  const retagged = listed.retagged > 0 ? `; ${listed.retagged} ${listed.retagged === 1 ? "model" : "models"} listed under two tags (a card changed its tag during the run) kept once, with the tag of the newer card` : "";
  return `listed by tag: ${parts.join(", ")}${retagged}`;
}

// src/pipeline.ts
var PipelineError = class extends Error {
  name = "PipelineError";
};
var SHRINK_LIMIT = 0.9;
var RETRY_LINES_PER_PHASE = 3;
var RetryNotices = class {
  #shown = 0;
  #log;
  constructor(log) {
    this.#log = log;
  }
  /** A new phase shows its own first few. */
  nextPhase() {
    this.#shown = 0;
  }
  event(event) {
    if (event.type === "mirror") {
      this.#log.info(`${event.endpoint} is a mirror: its links name ${event.canonical}, so they are followed on ${event.endpoint} with the same path and query; nothing is sent to ${event.canonical}`);
      return;
    }
    if (this.#shown >= RETRY_LINES_PER_PHASE) return;
    this.#shown++;
    const more = this.#shown === RETRY_LINES_PER_PHASE ? " (further retries in this phase are counted, not shown)" : "";
    this.#log.info(
      event.type === "retry" ? `retrying ${event.what} in ${(event.delayMs / 1e3).toFixed(1)} s (attempt ${event.attempt} failed: ${event.reason})${more}` : event.bare ? `rate limited on ${event.what} without RateLimit headers (the CDN in front of the Hub): backing off ${(event.delayMs / 1e3).toFixed(0)} s${more}` : `rate limited on ${event.what}: waiting ${(event.delayMs / 1e3).toFixed(0)} s for the window to reset${more}`
    );
  }
};
function createClient(options, log) {
  const notices = new RetryNotices(log);
  const client = new HubClient({
    endpoint: options.endpoint,
    token: options.token,
    onEvent: (event) => notices.event(event),
    ...options.client
  });
  return { client, notices };
}
async function writeSnapshotParquet(dataDir, records, snapshotMs, log) {
  const started = performance.now();
  const { writeParquet } = await import("./parquet-RMGUXAQH.js");
  const parquet = await writeParquet(dataDir, records, snapshotMs);
  log.info(`wrote ${parquet.path} (${(parquet.bytes / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - started) / 1e3).toFixed(1)} s`);
}
function invalidIdsLine(report) {
  const examples = report.examples.slice(0, 3).map((e) => quoted(e.id, 60)).join(", ");
  return `${report.count} ${report.count === 1 ? "model" : "models"} with ids the Hub does not issue ${report.count === 1 ? "was" : "were"} left out, e.g. ${examples}`;
}
function retryCounts(retries, rateLimited) {
  return `${retries} ${retries === 1 ? "retry" : "retries"}, ${rateLimited} rate-limit ${rateLimited === 1 ? "wait" : "waits"}`;
}
async function harvest(options, log) {
  const started = Date.now();
  const terms = options.terms ?? CLI_TERMS;
  const manifest = await readManifest(options.dataDir);
  const partial = options.maxModels !== void 0;
  const added = checkTagChange(manifest, options.task, { allowShrink: options.allowShrink, terms });
  if (partial && manifest?.complete) {
    throw new PipelineError(
      `--max-models makes a partial dataset and ${options.dataDir} holds a full one; write the sample elsewhere with --data-dir`
    );
  }
  const { client, notices } = createClient(options, log);
  const previousIndex = await readIndex(options.dataDir);
  const previousModels = previousIndex?.reduce((sum, file) => sum + file.rows, 0);
  let previous = await readPrevious(options.dataDir, previousModels);
  previous.snapshotMs = storedSnapshot(manifest?.snapshot, previous.newestMs, started);
  previous.tags = manifest && tagsOf(manifest.pipelineTag);
  const history = partial ? void 0 : withoutFutureRows(await readHistory(options.dataDir), started, log);
  const listStarted = Date.now();
  let order;
  const listed = await log.group("List models", async () => {
    const progress = new Progress(log.progress, "list");
    const detail = (pages) => `pages ${pages} \xB7 ${retryCounts(client.retries, client.rateLimited)}`;
    const total = options.maxModels ?? previousModels;
    const result = await listModels(client, {
      tasks: tagsOf(options.task),
      maxModels: options.maxModels,
      previousModels,
      includePrivate: options.includePrivate,
      knownId: (id) => previous.knownId(id),
      onPage: (p) => {
        progress.update({ unit: "models", done: p.models, total, detail: detail(p.pages) });
        (order ??= new DatasetOrder(p.records)).sortNewRows();
        if (p.pages % 100 === 0 && p.more) releaseMemory();
      }
    });
    progress.finish({ unit: "models", done: result.records.length, total, detail: detail(result.pages) });
    return result;
  });
  const listSeconds = (Date.now() - listStarted) / 1e3;
  log.info(`listed ${listed.records.length} models in ${listed.pages} pages in ${listSeconds.toFixed(1)} s (${retryCounts(client.retries, client.rateLimited)})`);
  if (listed.byTag.length > 1) log.info(byTagLine(listed));
  reportPrivate(listed.privateModels, options, log);
  if (listed.malformed.count > 0) {
    const examples = listed.malformed.examples.map((e) => `${quoted(e.id)}: ${e.problem}`).join("; ");
    log.warn(`skipped ${listed.malformed.count} malformed model(s) from the Hub, e.g. ${examples}`);
  }
  if (listed.invalidIds.count > 0) log.warn(invalidIdsLine(listed.invalidIds));
  const records = (order ?? new DatasetOrder(listed.records)).finish();
  const decided = decideSnapshot(records, runBound(Date.now(), client.hubDateMs));
  let snapshotMs = decided.snapshotMs;
  const lastRow = history?.at(-1);
  if (lastRow && isoDay(snapshotMs) < lastRow.Snapshot) {
    log.warn(`the data's newest date, ${isoDay(snapshotMs)}, is before the latest snapshot in history.csv, ${lastRow.Snapshot}: this snapshot is dated ${lastRow.Snapshot} and replaces that row`);
    snapshotMs = Date.parse(lastRow.Snapshot);
  }
  if (decided.future.count > 0) log.warn(futureLine(decided.future, snapshotMs));
  if (!partial && manifest?.complete && previousModels !== void 0 && records.length < SHRINK_LIMIT * previousModels && !options.allowShrink) {
    throw new PipelineError(
      `the Hub listed ${records.length} models, fewer than ${SHRINK_LIMIT * 100}% of the ${previousModels} in the previous dataset; nothing was written. If the catalogue really shrank, run again with ${terms.set("allow-shrink")}`
    );
  }
  notices.nextPhase();
  const storage = await runEnrichment(client, records, previous, options, log);
  carryPreviousDownloads(records, previous, snapshotMs, history !== void 0 && baselineOf(isoDay(previous.snapshotMs), history).previousRolledBack);
  const newModels = countNewModels(records, previous, options.task);
  if (added.length > 0 && manifest) log.info(`tracking ${added.map((t) => quoted(t)).join(", ")} from this snapshot on: ${tagSetLabel(options.task)} in all; their models created by ${isoDay(previous.snapshotMs)} join the dataset and are not counted as new`);
  const shares = history && new SnapshotShares(records);
  const next = history && shares && nextHistory(records, previous, history, snapshotMs, { task: options.task, concentration: shares.concentration() });
  previous = new PreviousDataset();
  releaseMemory();
  const writeStarted = performance.now();
  const dataset = await writeDataset(options.dataDir, records, {
    pipelineTag: options.task,
    complete: listed.complete,
    models: records.length,
    snapshot: iso(snapshotMs)
  });
  log.info(writtenLine(dataset, (performance.now() - writeStarted) / 1e3));
  if (history && next && shares) {
    await writeHistory(options.dataDir, withRow(history, next.row));
    await writeTrends(options.dataDir, withTrendRows(await readTrends(options.dataDir), next.row.Snapshot, shares.rows(next.row.Snapshot, true)));
  }
  return {
    since: next?.since,
    models: records.length,
    previousModels,
    newModels,
    pages: listed.pages,
    requests: client.requests,
    retries: client.retries,
    rateLimited: client.rateLimited,
    duplicates: listed.duplicates,
    malformed: listed.malformed,
    invalidIds: listed.invalidIds,
    privateModels: listed.privateModels,
    complete: listed.complete,
    storage,
    dataset,
    seconds: (Date.now() - started) / 1e3,
    listSeconds,
    records,
    snapshotMs,
    future: decided.future
  };
}
function futureLine(future, snapshotMs) {
  const examples = future.examples.map((e) => `${quoted(e.id, 80)} (${e.date})`).join(", ");
  const one = future.count === 1;
  return `${future.count} ${one ? "model claims" : "models claim"} a date after this run, kept as the Hub sent ${one ? "it" : "them"}; the snapshot is dated ${isoDay(snapshotMs)}, not by ${one ? "it" : "them"}: ${examples}`;
}
function withoutFutureRows(rows, nowMs, log) {
  const today = isoDay(nowMs);
  const future = rows.filter((row) => row.Snapshot > today);
  if (future.length === 0) return rows;
  log.warn(`history.csv: left out ${future.length} row(s) dated after this run (${future.map((r) => r.Snapshot).join(", ")}), written when a model's future date was taken for the snapshot's; the repository's git history keeps them`);
  return rows.filter((row) => row.Snapshot <= today);
}
function writtenLine(dataset, seconds) {
  const mb = dataset.files.reduce((sum, file) => sum + file.bytes, 0) / 1e6;
  return `wrote ${dataset.rows} models (${mb.toFixed(1)} MB of CSV) in ${dataset.files.length} files to ${dataset.dir} in ${seconds.toFixed(1)} s (${Math.round(mb / Math.max(seconds, 1e-3))} MB/s)`;
}
function reportPrivate(count2, options, log) {
  if (count2 === 0) return;
  const terms = options.terms ?? CLI_TERMS;
  if (options.includePrivate) {
    log.warn(`the dataset contains ${count2} private model(s) (${terms.set("include-private")}): keep the repository it goes to private`);
  } else {
    log.info(`left out ${count2} private model(s): the token can see them, but they are never published (${terms.set("include-private")} keeps them, for a private repository)`);
  }
}
async function readPrevious(dataDir, models) {
  const previous = new PreviousDataset(models);
  await forEachDatasetFile(dataDir, (records) => {
    for (const record of records) previous.add(record);
  });
  return previous;
}
async function runEnrichment(client, records, previous, options, log) {
  const carried = carryForwardStorage(records, previous);
  return log.group("Enrich storage", async () => {
    const progress = new Progress(log.progress, "storage");
    const retriesBefore = client.retries;
    const waitsBefore = client.rateLimited;
    const detail = () => retryCounts(client.retries - retriesBefore, client.rateLimited - waitsBefore);
    const report = await enrichStorage(client, records, {
      budget: options.enrichBudget,
      minutes: options.enrichMinutes,
      onProgress: (p) => progress.update({ unit: "models", done: p.done, total: Math.min(p.queued, options.enrichBudget), detail: detail() }),
      onFailure: (id, error) => log.info(`storage of ${quoted(id)} stays unknown: ${error instanceof Error ? error.message : String(error)}`)
    });
    const full = { ...report, carried };
    progress.finish({ unit: "models", done: report.learned + report.gone + report.failed, detail: detail() });
    log.info(storageLine(full));
    return full;
  });
}
function storageLine(report) {
  const share = report.total > 0 ? (100 * report.known / report.total).toFixed(1) : "0.0";
  return `storage known for ${report.known} of ${report.total} models (${share}%): ${report.carried} carried forward, ${report.learned} learned in ${report.requests} requests (${retryCounts(report.retries, report.rateLimited)}) over ${report.seconds.toFixed(1)} s, ${report.gone} gone, ${report.failed} failed; backlog ${report.backlog} (stopped: ${report.stoppedBy})`;
}
async function enrichBacklog(options, log) {
  const manifest = await readManifest(options.dataDir);
  const stored = await readDataset(options.dataDir);
  if (!manifest || !stored) {
    throw new PipelineError(`no dataset in ${options.dataDir}: ${(options.terms ?? CLI_TERMS).firstRun}`);
  }
  const records = options.includePrivate ? stored : stored.filter((i) => !stored.isPrivate(i));
  const snapshotMs = storedSnapshot(manifest.snapshot, newestDate(stored.columns()), Date.now());
  let privateModels = stored.length - records.length;
  if (options.includePrivate) {
    for (let i = 0; i < records.length; i++) if (records.isPrivate(i)) privateModels++;
  }
  reportPrivate(privateModels, options, log);
  const history = await readHistory(options.dataDir);
  const { client } = createClient(options, log);
  const storage = await runEnrichment(client, records, new PreviousDataset(), options, log);
  const dataset = await writeDataset(options.dataDir, records, { ...manifest, models: records.length, snapshot: iso(snapshotMs) });
  await writeSnapshotParquet(options.dataDir, records, snapshotMs, log);
  const current = history.find((row) => row.Snapshot === isoDay(snapshotMs));
  if (current && current["Storage Known"] !== storage.known) {
    await writeHistory(options.dataDir, withRow(history, { ...current, "Storage Known": storage.known }));
  }
  return { storage, dataset, models: records.length, privateModels, records, snapshotMs, task: manifest.pipelineTag };
}
async function latestSnapshot(dataDir, nowMs) {
  const last = (await readHistory(dataDir)).filter((row) => row.Snapshot <= isoDay(nowMs)).at(-1);
  if (last) return last.Snapshot;
  const manifest = await readManifest(dataDir);
  if (manifest?.snapshot) return isoDay(Date.parse(manifest.snapshot));
  const stored = await readDataset(dataDir);
  return stored && stored.length > 0 ? isoDay(storedSnapshot(void 0, newestDate(stored.columns()), nowMs)) : void 0;
}
var WEEKLY_REFRESH_DAYS = 7;
async function planDailyRun(dataDir, maxAgeDays, nowMs) {
  if (!await readManifest(dataDir)) return { mode: "refresh", reason: "no-dataset" };
  const snapshot = await latestSnapshot(dataDir, nowMs);
  const age = snapshot === void 0 ? void 0 : snapshotAge(snapshot, nowMs);
  return age && age.days > maxAgeDays ? { mode: "refresh", reason: "stale", age, maxAgeDays } : { mode: "enrich", age };
}
async function planAutoRun(dataDir, nowMs) {
  if (!await readManifest(dataDir)) return { mode: "refresh", reason: "no-dataset" };
  const snapshot = await latestSnapshot(dataDir, nowMs);
  if (snapshot === void 0) return { mode: "refresh", reason: "no-dataset" };
  const age = snapshotAge(snapshot, nowMs);
  return age.days >= WEEKLY_REFRESH_DAYS ? { mode: "refresh", reason: "weekly", age } : { mode: "enrich", age };
}
function planLine(requested, plan) {
  if (plan.mode === "refresh" && plan.reason === "no-dataset") return `mode: ${requested}, but the repository has no dataset yet: this first run does a full refresh instead`;
  if (plan.mode === "refresh" && plan.reason === "stale") return staleLine(plan.age, plan.maxAgeDays);
  if (plan.mode === "refresh") return `mode: auto: the latest snapshot, ${plan.age.snapshot}, is ${plan.age.days} days old (${WEEKLY_REFRESH_DAYS} or more): this run is the weekly full refresh`;
  const due = plan.age ? `; the next full refresh is due on ${isoDay(Date.parse(plan.age.snapshot) + WEEKLY_REFRESH_DAYS * 864e5)}` : "";
  return `mode: ${requested}: the latest snapshot${plan.age ? `, ${plan.age.snapshot}, is ${plan.age.days} ${plan.age.days === 1 ? "day" : "days"} old` : " is recent"}: this run learns storage only${requested === "auto" ? due : ""}`;
}
function staleLine(age, maxAgeDays) {
  return `the latest snapshot, ${age.snapshot}, is ${age.days} days old (more than ${maxAgeDays}): refreshing instead of working the storage backlog alone`;
}
async function refresh(options, log) {
  const report = await harvest(options, log);
  await writeSnapshotParquet(options.dataDir, report.records, report.snapshotMs, log);
  releaseMemory();
  const input = await analysisOfRecords(report.records, options.dataDir, { task: options.task, snapshotMs: report.snapshotMs, keepIds: Boolean(options.siteDir), since: report.since });
  const outputs = await log.group(
    "Charts and findings",
    () => renderOutputs(input, { dataDir: options.dataDir, chartsDir: options.chartsDir, siteDir: options.siteDir, maxSnapshotAgeDays: options.maxSnapshotAgeDays, siteLinks: options.siteLinks }, log)
  );
  return { ...report, outputs };
}
async function rebuildHistory(dataDir, log) {
  const kept = async (read2, file) => read2().catch((error) => {
    if (!(error instanceof DatasetFormatError)) throw error;
    log.warn(`${file} does not parse (${error.message}): it is rebuilt from the commits alone`);
    return [];
  });
  let rows = await kept(() => readHistory(dataDir), "history.csv");
  let trends = await kept(() => readTrends(dataDir), "trends.csv");
  let previous;
  let read = 0;
  for await (const past of datasetsInGit(dataDir)) {
    if (!past.records) {
      log.info(`skipped commit ${past.commit.slice(0, 12)}: ${past.problem}`);
      continue;
    }
    read++;
    if (past.source?.startsWith("archive:")) {
    } else {
      const shares = new SnapshotShares(past.records);
      const row = nextHistory(past.records, previous, rows, past.snapshotMs, { task: past.pipelineTag ?? DEFAULT_TAG, concentration: shares.concentration() }).row;
      rows = withRow(rows, row);
      trends = withTrendRows(trends, row.Snapshot, shares.rows(row.Snapshot, true));
    }
    previous = new PreviousDataset(past.records.length);
    for (const record of past.records) previous.add(record);
    previous.snapshotMs = past.snapshotMs;
    previous.tags = tagsOf(past.pipelineTag ?? DEFAULT_TAG);
  }
  if (read === 0) throw new PipelineError(`no commit holds a readable dataset in ${dataDir}: nothing to rebuild history from`);
  await writeHistory(dataDir, rows);
  await writeTrends(dataDir, trends);
  log.info(`rebuilt ${rows.length} snapshot rows from ${read} dataset commits into ${historyPath(dataDir)}`);
  return rows;
}

export {
  newestDate,
  decideSnapshot,
  storedSnapshot,
  baselineOf,
  isPartialWeek,
  nextHistory,
  SnapshotShares,
  nextLink,
  createClient,
  writeSnapshotParquet,
  invalidIdsLine,
  harvest,
  futureLine,
  storageLine,
  enrichBacklog,
  planDailyRun,
  planAutoRun,
  planLine,
  refresh,
  rebuildHistory
};
