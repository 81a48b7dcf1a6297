import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readDataFile,
  readManifest,
  writeWhole
} from "./chunk-AY7CEEFQ.js";
import {
  DatasetFormatError,
  parseCsv,
  restoreFix
} from "./chunk-LEP5OP7O.js";
import {
  DEFAULT_TAG
} from "./chunk-3SYKNIM3.js";

// src/dataset/history.ts
import { join } from "node:path";
var HISTORY_FILE = "history.csv";
var HISTORY_COLUMNS = [
  "Snapshot",
  "Models",
  "New Models",
  "Removed Models",
  "Downloads 30 Days",
  "Downloads All Time",
  "Downloads Since Previous",
  "Days Since Previous",
  "Storage Known",
  "Not Popular",
  "Popular",
  "Very Popular",
  "New Original",
  "New Finetune",
  "New Adapter",
  "New Quantized",
  "New Merge",
  "New Unspecified",
  "Pipeline Tags",
  "Source",
  "Quality",
  "Top 10 Models Share",
  "Top 1% Models Share",
  "Top 50 Authors Share",
  "Gini 30 Days",
  "Zero Downloads Share",
  "Untagged Derivatives"
];
var HISTORY_COLUMNS_V1 = HISTORY_COLUMNS.slice(0, 18);
var HISTORY_COLUMNS_V2 = HISTORY_COLUMNS.slice(0, 21);
var NEW_RELATION_COLUMNS = ["New Original", "New Finetune", "New Adapter", "New Quantized", "New Merge", "New Unspecified"];
var CONCENTRATION_COLUMNS = HISTORY_COLUMNS.slice(21, 26);
var HUB_SOURCE = "hub";
var archiveSource = (repo) => `archive:${repo}`;
var TEXT_FORMS = {
  "Pipeline Tags": { form: /^[a-z0-9][a-z0-9-]*(,[a-z0-9][a-z0-9-]*)*$/, says: "pipeline tags separated by commas" },
  Source: { form: /^(hub|archive:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)$/, says: "hub or archive:owner/name" },
  Quality: { form: /^(ok|rollback)$/, says: "ok or rollback" }
};
function historyPath(dataDir) {
  return join(dataDir, HISTORY_FILE);
}
async function readHistory(dataDir) {
  const path = historyPath(dataDir);
  const text = await readDataFile(path, dataDir);
  if (text === void 0) return [];
  const fail = (problem, line) => new DatasetFormatError(problem, { file: path, line, fix: `${restoreFix(path)} (or \`hf-trends history --from-git\` rebuilds it from the dataset's commits)` });
  const rows = [];
  let previous = "";
  let columns = HISTORY_COLUMNS;
  const tags = (await readManifest(dataDir))?.pipelineTag ?? DEFAULT_TAG;
  parseCsv(text, (fields, line) => {
    if (line === 1) {
      const header = fields.join(",");
      if (header === HISTORY_COLUMNS_V1.join(",")) columns = HISTORY_COLUMNS_V1;
      else if (header === HISTORY_COLUMNS_V2.join(",")) columns = HISTORY_COLUMNS_V2;
      else if (header !== HISTORY_COLUMNS.join(",")) throw fail(`the header must be ${HISTORY_COLUMNS.join(",")}`, line);
      return;
    }
    if (fields.length !== columns.length) throw fail(`expected ${columns.length} fields, found ${fields.length}`, line);
    const snapshot = fields[0];
    if (!/^\d{4}-\d\d-\d\d$/.test(snapshot)) throw fail(`"Snapshot" must be a date YYYY-MM-DD, got "${snapshot}"`, line);
    if (snapshot <= previous) throw fail(`snapshots must be in order, each once; ${snapshot} comes after ${previous}`, line);
    previous = snapshot;
    const row = { Snapshot: snapshot, "Pipeline Tags": tags, Source: HUB_SOURCE, Quality: "ok" };
    for (const column of HISTORY_COLUMNS.slice(columns.length)) row[column] = null;
    columns.forEach((column, c) => {
      if (column === "Snapshot") return;
      const value = fields[c];
      if (column in TEXT_FORMS) {
        const { form, says } = TEXT_FORMS[column];
        if (!form.test(value)) throw fail(`"${column}" must be ${says}, got "${value}"`, line);
        row[column] = value;
        return;
      }
      if (value !== "" && !/^\d+(\.\d+)?$/.test(value)) throw fail(`"${column}" must be a number or empty, got "${value}"`, line);
      row[column] = value === "" ? null : Number(value);
    });
    rows.push(row);
  });
  return rows;
}
function withRow(rows, row) {
  return [...rows.filter((r) => r.Snapshot !== row.Snapshot), row].sort((a, b) => a.Snapshot < b.Snapshot ? -1 : a.Snapshot > b.Snapshot ? 1 : 0);
}
function historyToCsv(rows) {
  const lines = [HISTORY_COLUMNS.join(",")];
  const field = (row, c) => {
    const value = row[c];
    if (value === null) return "";
    return typeof value === "string" && value.includes(",") ? `"${value}"` : String(value);
  };
  for (const row of rows) lines.push(HISTORY_COLUMNS.map((c) => field(row, c)).join(","));
  return `${lines.join("\n")}
`;
}
async function writeHistory(dataDir, rows) {
  const path = historyPath(dataDir);
  await writeWhole(path, historyToCsv(rows));
}

export {
  NEW_RELATION_COLUMNS,
  HUB_SOURCE,
  archiveSource,
  historyPath,
  readHistory,
  withRow,
  writeHistory
};
