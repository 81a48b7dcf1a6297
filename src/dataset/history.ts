/**
 * `history.csv`: one row per snapshot, oldest first. A refresh over a snapshot date already in
 * the file replaces that row, so a rerun over the same Hub data writes the same bytes. Rows are
 * never lost: a file that does not parse fails the run before anything is written.
 */
import { join } from "node:path";
import { DatasetFormatError, restoreFix } from "./errors.ts";
import { parseCsv } from "./csv.ts";
import { readDataFile, readManifest, writeWhole } from "./store.ts";
import { DEFAULT_TAG } from "../pipeline-tags.ts";

export const HISTORY_FILE = "history.csv";

export const HISTORY_COLUMNS = [
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
  "Untagged Derivatives",
] as const;

/** The layout of releases 1.0–1.1: its rows read as the dataset's one tag, listed live, trusted. */
const HISTORY_COLUMNS_V1 = HISTORY_COLUMNS.slice(0, 18);
/** The layout of releases 1.2–2.0: no concentration, no untagged derivatives (empty until backfill and history --from-git add them). */
const HISTORY_COLUMNS_V2 = HISTORY_COLUMNS.slice(0, 21);
/** The new models by relation: empty for a week whose file names no parents. */
export const NEW_RELATION_COLUMNS = ["New Original", "New Finetune", "New Adapter", "New Quantized", "New Merge", "New Unspecified"] as const;
/** The columns a row of an older layout has no value for. */
export const CONCENTRATION_COLUMNS = HISTORY_COLUMNS.slice(21, 26);

/** Where a week's numbers come from: the Hub's list API, or a week of a public archive of it. */
export const HUB_SOURCE = "hub";
export const archiveSource = (repo: string) => `archive:${repo}`;

/** The columns that hold text, not numbers. */
const TEXT_COLUMNS = ["Snapshot", "Pipeline Tags", "Source", "Quality"] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];
const TEXT_FORMS: Record<Exclude<TextColumn, "Snapshot">, { form: RegExp; says: string }> = {
  "Pipeline Tags": { form: /^[a-z0-9][a-z0-9-]*(,[a-z0-9][a-z0-9-]*)*$/, says: "pipeline tags separated by commas" },
  Source: { form: /^(hub|archive:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)$/, says: "hub or archive:owner/name" },
  Quality: { form: /^(ok|rollback)$/, says: "ok or rollback" },
};

export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];
/**
 * One snapshot's numbers; null where there is no value (the first row's "since previous" columns,
 * what an archive week cannot give). `Pipeline Tags`: the tracked set then, as the manifest names it
 * (pipeline-tags.ts); `Source`: `hub` or `archive:<owner/name>`; `Quality`: `ok` or `rollback`
 * (analysis/quality.ts).
 */
export type HistoryRow = { Snapshot: string; "Pipeline Tags": string; Source: string; Quality: "ok" | "rollback" } & Record<Exclude<HistoryColumn, TextColumn>, number | null>;

export function historyPath(dataDir: string): string {
  return join(dataDir, HISTORY_FILE);
}

/** The rows of `history.csv` in `dataDir`, oldest first; empty when there is no file yet. */
export async function readHistory(dataDir: string): Promise<HistoryRow[]> {
  const path = historyPath(dataDir);
  const text = await readDataFile(path, dataDir);
  if (text === undefined) return [];
  const fail = (problem: string, line: number) =>
    new DatasetFormatError(problem, { file: path, line, fix: `${restoreFix(path)} (or \`hf-trends history --from-git\` rebuilds it from the dataset's commits)` });
  const rows: HistoryRow[] = [];
  let previous = "";
  let columns: readonly HistoryColumn[] = HISTORY_COLUMNS;
  // Rows written before the column: the dataset's tag (a dataset then tracked one, and the run that
  // first tracks several rewrites this file in the new layout).
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
    const snapshot = fields[0] as string;
    if (!/^\d{4}-\d\d-\d\d$/.test(snapshot)) throw fail(`"Snapshot" must be a date YYYY-MM-DD, got "${snapshot}"`, line);
    if (snapshot <= previous) throw fail(`snapshots must be in order, each once; ${snapshot} comes after ${previous}`, line);
    previous = snapshot;
    const row = { Snapshot: snapshot, "Pipeline Tags": tags, Source: HUB_SOURCE, Quality: "ok" } as HistoryRow;
    for (const column of HISTORY_COLUMNS.slice(columns.length)) (row as Record<string, unknown>)[column] = null;
    columns.forEach((column, c) => {
      if (column === "Snapshot") return;
      const value = fields[c] as string;
      if (column in TEXT_FORMS) {
        const { form, says } = TEXT_FORMS[column as keyof typeof TEXT_FORMS];
        if (!form.test(value)) throw fail(`"${column}" must be ${says}, got "${value}"`, line);
        (row as Record<string, unknown>)[column] = value;
        return;
      }
      if (value !== "" && !/^\d+(\.\d+)?$/.test(value)) throw fail(`"${column}" must be a number or empty, got "${value}"`, line);
      (row as Record<string, unknown>)[column] = value === "" ? null : Number(value);
    });
    rows.push(row);
  });
  return rows;
}

/** The rows with `row` in its place: replacing the row of the same snapshot, else in date order. */
export function withRow(rows: readonly HistoryRow[], row: HistoryRow): HistoryRow[] {
  return [...rows.filter((r) => r.Snapshot !== row.Snapshot), row].sort((a, b) => (a.Snapshot < b.Snapshot ? -1 : a.Snapshot > b.Snapshot ? 1 : 0));
}

export function historyToCsv(rows: readonly HistoryRow[]): string {
  const lines = [HISTORY_COLUMNS.join(",")];
  const field = (row: HistoryRow, c: HistoryColumn): string => {
    const value = row[c];
    if (value === null) return "";
    // A set of several tags holds commas: quoted, as RFC 4180 has it.
    return typeof value === "string" && value.includes(",") ? `"${value}"` : String(value);
  };
  for (const row of rows) lines.push(HISTORY_COLUMNS.map((c) => field(row, c)).join(","));
  return `${lines.join("\n")}\n`;
}

export async function writeHistory(dataDir: string, rows: readonly HistoryRow[]): Promise<void> {
  const path = historyPath(dataDir);
  await writeWhole(path, historyToCsv(rows));
}
