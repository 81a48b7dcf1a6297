/**
 * `archive-weeks.csv` beside history.csv: every archive week a backfill has read, usable (a
 * history row) or partial (no row), so that a backfill stopped after N weeks continues at week
 * N+1 and a rerun reads nothing it has read. Committed with the history: a runner keeps nothing.
 */
import { join } from "node:path";
import { parseCsv } from "./csv.ts";
import { DatasetFormatError, restoreFix } from "./errors.ts";
import { readDataFile, writeWhole } from "./store.ts";

export const ARCHIVE_WEEKS_FILE = "archive-weeks.csv";
const HEADER = "Week,Snapshot,Rows,Tracked,Status,Source";

export interface ArchiveWeekDone {
  /** The archive folder's date (the week's start). */
  week: string;
  /** The snapshot's date (the newest date of its tracked models); empty for a partial week. */
  snapshot: string;
  rows: number;
  tracked: number;
  status: "usable" | "partial";
  /** archive:<owner/name>. */
  source: string;
}

export function archiveWeeksPath(dataDir: string): string {
  return join(dataDir, ARCHIVE_WEEKS_FILE);
}

export async function readArchiveWeeks(dataDir: string): Promise<ArchiveWeekDone[]> {
  const path = archiveWeeksPath(dataDir);
  const text = await readDataFile(path, dataDir);
  if (text === undefined) return [];
  const fail = (problem: string, line: number) => new DatasetFormatError(problem, { file: path, line, fix: restoreFix(path) });
  const weeks: ArchiveWeekDone[] = [];
  parseCsv(text, (fields, line) => {
    if (line === 1) {
      if (fields.join(",") !== HEADER) throw fail(`the header must be ${HEADER}`, line);
      return;
    }
    const [week = "", snapshot = "", rows = "", tracked = "", status = "", source = ""] = fields;
    if (fields.length !== 6 || !/^\d{4}-\d\d-\d\d$/.test(week) || !/^(\d{4}-\d\d-\d\d)?$/.test(snapshot) || !/^\d+$/.test(rows) || !/^\d+$/.test(tracked) || (status !== "usable" && status !== "partial") || !source.startsWith("archive:")) {
      throw fail(`expected Week (YYYY-MM-DD), Snapshot, Rows, Tracked, Status (usable or partial), Source (archive:owner/name); found ${JSON.stringify(fields.join(","))}`, line);
    }
    weeks.push({ week, snapshot, rows: Number(rows), tracked: Number(tracked), status, source });
  });
  return weeks;
}

export async function writeArchiveWeeks(dataDir: string, weeks: readonly ArchiveWeekDone[]): Promise<void> {
  const sorted = [...weeks].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
  const lines = [HEADER, ...sorted.map((w) => [w.week, w.snapshot, w.rows, w.tracked, w.status, w.source].join(","))];
  const path = archiveWeeksPath(dataDir);
  await writeWhole(path, `${lines.join("\n")}\n`);
}
