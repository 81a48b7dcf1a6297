import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readDataFile,
  writeWhole
} from "./chunk-AY7CEEFQ.js";
import {
  DatasetFormatError,
  parseCsv,
  restoreFix
} from "./chunk-LEP5OP7O.js";

// src/dataset/archive-weeks.ts
import { join } from "node:path";
var ARCHIVE_WEEKS_FILE = "archive-weeks.csv";
var HEADER = "Week,Snapshot,Rows,Tracked,Status,Source";
function archiveWeeksPath(dataDir) {
  return join(dataDir, ARCHIVE_WEEKS_FILE);
}
async function readArchiveWeeks(dataDir) {
  const path = archiveWeeksPath(dataDir);
  const text = await readDataFile(path, dataDir);
  if (text === void 0) return [];
  const fail = (problem, line) => new DatasetFormatError(problem, { file: path, line, fix: restoreFix(path) });
  const weeks = [];
  parseCsv(text, (fields, line) => {
    if (line === 1) {
      if (fields.join(",") !== HEADER) throw fail(`the header must be ${HEADER}`, line);
      return;
    }
    const [week = "", snapshot = "", rows = "", tracked = "", status = "", source = ""] = fields;
    if (fields.length !== 6 || !/^\d{4}-\d\d-\d\d$/.test(week) || !/^(\d{4}-\d\d-\d\d)?$/.test(snapshot) || !/^\d+$/.test(rows) || !/^\d+$/.test(tracked) || status !== "usable" && status !== "partial" || !source.startsWith("archive:")) {
      throw fail(`expected Week (YYYY-MM-DD), Snapshot, Rows, Tracked, Status (usable or partial), Source (archive:owner/name); found ${JSON.stringify(fields.join(","))}`, line);
    }
    weeks.push({ week, snapshot, rows: Number(rows), tracked: Number(tracked), status, source });
  });
  return weeks;
}
async function writeArchiveWeeks(dataDir, weeks) {
  const sorted = [...weeks].sort((a, b) => a.week < b.week ? -1 : a.week > b.week ? 1 : 0);
  const lines = [HEADER, ...sorted.map((w) => [w.week, w.snapshot, w.rows, w.tracked, w.status, w.source].join(","))];
  const path = archiveWeeksPath(dataDir);
  await writeWhole(path, `${lines.join("\n")}
`);
}

export {
  archiveWeeksPath,
  readArchiveWeeks,
  writeArchiveWeeks
};
