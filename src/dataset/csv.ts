import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { COLUMNS, type Gated, type ModelRecord } from "./record.ts";

function iso(ms: number | null): string {
  return ms === null ? "" : new Date(ms).toISOString();
}

function optional(value: number | null): string {
  return value === null ? "" : String(value);
}

export function toRow(record: ModelRecord): string[] {
  return [
    record.id,
    record.author,
    String(record.likes),
    String(record.downloads),
    iso(record.createdAt),
    record.private ? "true" : "false",
    record.gated,
    record.library,
    optional(record.usedStorage),
    String(record.spaces),
    iso(record.lastModified),
    optional(record.downloadsAllTime),
    optional(record.parameters),
  ];
}

/** RFC 4180: CRLF-free, quotes only where needed, `"` doubled; the header first. */
export function recordsToCsv(records: readonly ModelRecord[]): string {
  return stringify([[...COLUMNS], ...records.map(toRow)], { record_delimiter: "\n", quoted_match: /^[=+\-@\t]|[\r\n]/ });
}

export class DatasetFormatError extends Error {
  override readonly name = "DatasetFormatError";
}

function integer(text: string, column: string, where: string): number {
  if (!/^\d+$/.test(text)) throw new DatasetFormatError(`${where}: "${column}" must be a whole number, got "${text}"`);
  return Number(text);
}

function optionalInteger(text: string, column: string, where: string): number | null {
  return text === "" ? null : integer(text, column, where);
}

function date(text: string, column: string, where: string): number {
  const ms = Date.parse(text);
  if (!/^\d{4}-\d\d-\d\dT/.test(text) || Number.isNaN(ms)) {
    throw new DatasetFormatError(`${where}: "${column}" must be an ISO-8601 date, got "${text}"`);
  }
  return ms;
}

/** Parses a dataset file written by `recordsToCsv` (or by hand, if it keeps the columns). */
export function csvToRecords(text: string, file: string): ModelRecord[] {
  const rows = parse(text, { relax_column_count: false, skip_empty_lines: true }) as string[][];
  const header = rows[0];
  if (!header || COLUMNS.some((column, i) => header[i] !== column)) {
    throw new DatasetFormatError(
      `${file}: the header must start with ${COLUMNS.join(", ")}; found ${header?.join(", ") ?? "nothing"}. ` +
        "Restore the file from git or delete the dataset folder to harvest afresh.",
    );
  }
  const records: ModelRecord[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    const where = `${file} row ${r + 1}`;
    const [id, author, likes, downloads, createdAt, priv, gated, library, usedStorage, spaces, lastModified, allTime, parameters] =
      row as [string, string, string, string, string, string, string, string, string, string, string, string, string];
    if (gated !== "false" && gated !== "auto" && gated !== "manual") {
      throw new DatasetFormatError(`${where}: "Gated" must be false, auto or manual, got "${gated}"`);
    }
    records.push({
      id,
      author,
      likes: integer(likes, "Likes", where),
      downloads: integer(downloads, "Downloads", where),
      createdAt: date(createdAt, "Created At", where),
      private: priv === "true",
      gated: gated as Gated,
      library,
      usedStorage: optionalInteger(usedStorage, "Used Storage", where),
      spaces: integer(spaces, "Spaces", where),
      lastModified: lastModified === "" ? null : date(lastModified, "Last Modified", where),
      downloadsAllTime: optionalInteger(allTime, "Downloads All Time", where),
      parameters: optionalInteger(parameters, "Parameters", where),
    });
  }
  return records;
}
