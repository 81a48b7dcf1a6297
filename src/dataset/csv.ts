import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { intern } from "./intern.ts";
import { COLUMNS, type ModelRecord } from "./record.ts";

const DAY_MS = 86_400_000;
const dayPrefixes = new Map<number, string>();

/** ISO-8601 UTC with milliseconds, as Date#toISOString gives it, with the date part cached per day. */
export function iso(ms: number | null): string {
  if (ms === null) return "";
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    if (prefix.length !== 11) return new Date(ms).toISOString(); // years beyond 9999 or before 0
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  const milli = rest - sec * 1000;
  return `${prefix}${pad2(h)}:${pad2(m)}:${pad2(sec)}.${milli < 10 ? "00" : milli < 100 ? "0" : ""}${milli}Z`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function optional(value: number | null): string {
  return value === null ? "" : String(value);
}

/** A value no RFC 4180 writer would quote, and no spreadsheet would read as a formula. */
const PLAIN = /^[^",\r\n=+\-@\t][^",\r\n]*$|^$/;
const STRINGIFY_OPTIONS = { record_delimiter: "\n", quoted_match: /^[=+\-@\t]|[\r\n]/ } as const;

/**
 * One field: plain values as they are (ids, numbers, dates: nearly every field), anything
 * else quoted by csv-stringify (commas, quotes doubled, line breaks, leading formula signs).
 */
export function csvField(value: string): string {
  if (PLAIN.test(value)) return value;
  return stringify([[value]], STRINGIFY_OPTIONS).slice(0, -1);
}

/** One record as a CSV line. Only the free-text fields can need quoting; the rest are plain by construction. */
function toLine(r: ModelRecord): string {
  return (
    `${csvField(r.id)},${csvField(r.author)},${r.likes},${r.downloads},${iso(r.createdAt)},${r.private},${r.gated},` +
    `${csvField(r.library)},${optional(r.usedStorage)},${r.spaces},${iso(r.lastModified)},${optional(r.downloadsAllTime)},${optional(r.parameters)}`
  );
}

/**
 * RFC 4180 with `\n` line ends, the header first, in pieces of a few thousand lines: joined,
 * they are the file; written one by one, no file's whole text is ever in memory.
 */
export function* recordsToCsv(records: readonly ModelRecord[], linesPerPiece = 2000): Generator<string> {
  let lines = [COLUMNS.join(",")];
  for (const record of records) {
    lines.push(toLine(record));
    if (lines.length >= linesPerPiece) {
      yield `${lines.join("\n")}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join("\n")}\n`;
}

/**
 * Calls `onRow` for each row of a CSV text, one at a time (so a row's strings die young).
 * Lines without a quote character are split on commas directly (RFC 4180 puts quotes only
 * inside quoted fields); a record with quotes, which may span lines, goes to csv-parse whole.
 */
export function parseCsv(text: string, onRow: (row: string[]) => void): void {
  // Lines are cut one at a time (not split up front) so that each dies young.
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let line = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (!line.includes('"')) {
      if (line !== "") onRow(line.split(","));
      start = end + 1;
      continue;
    }
    // A quoted record may span lines: extend it until its quotes balance.
    while (countQuotes(line) % 2 === 1 && end < text.length) {
      const next = text.indexOf("\n", end + 1);
      end = next === -1 ? text.length : next;
      line = text.slice(start, end);
    }
    for (const row of parse(line, { relax_quotes: false }) as string[][]) onRow(row);
    start = end + 1;
  }
}

function countQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n++;
  return n;
}

export class DatasetFormatError extends Error {
  override readonly name = "DatasetFormatError";
}

/** Where a value came from, built only when there is something to report. */
type Where = () => string;

function integer(text: string, column: string, where: Where): number {
  if (!/^\d+$/.test(text)) throw new DatasetFormatError(`${where()}: "${column}" must be a whole number, got "${text}"`);
  return Number(text);
}

function optionalInteger(text: string, column: string, where: Where): number | null {
  return text === "" ? null : integer(text, column, where);
}

const dayStarts = new Map<number, number>();

/** Digits at [from, to) of `text` as a number, or NaN when any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/** `YYYY-MM-DDTHH:MM:SS.mmmZ`, the layout `iso` writes, read without allocating; NaN otherwise. */
function fastIso(text: string): number {
  if (text.length !== 24 || text[4] !== "-" || text[7] !== "-" || text[10] !== "T" || text[13] !== ":" || text[16] !== ":" || text[19] !== "." || text[23] !== "Z") {
    return Number.NaN;
  }
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  const h = digits(text, 11, 13);
  const mi = digits(text, 14, 16);
  const sec = digits(text, 17, 19);
  const ms = digits(text, 20, 23);
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && sec < 60)) return Number.NaN;
  const key = y * 10000 + mo * 100 + d;
  let start = dayStarts.get(key);
  if (start === undefined) dayStarts.set(key, (start = Date.UTC(y, mo - 1, d)));
  return start + h * 3_600_000 + mi * 60_000 + sec * 1000 + ms;
}

function date(text: string, column: string, where: Where): number {
  // The dataset's own layout is read without Date.parse, which was most of the cost of reading.
  const fast = fastIso(text);
  if (!Number.isNaN(fast)) return fast;
  const ms = Date.parse(text);
  if (!/^\d{4}-\d\d-\d\dT/.test(text) || Number.isNaN(ms)) {
    throw new DatasetFormatError(`${where()}: "${column}" must be an ISO-8601 date, got "${text}"`);
  }
  return ms;
}

/** Parses a dataset file written by `recordsToCsv` (or by hand, if it keeps the columns). */
export function csvToRecords(text: string, file: string): ModelRecord[] {
  const records: ModelRecord[] = [];
  let r = 0;
  parseCsv(text, (row) => {
    r++;
    if (r === 1) {
      if (COLUMNS.some((column, i) => row[i] !== column)) {
        throw new DatasetFormatError(
          `${file}: the header must start with ${COLUMNS.join(", ")}; found ${row.join(", ")}. ` +
            "Restore the file from git or delete the dataset folder to harvest afresh.",
        );
      }
      return;
    }
    const line = r;
    const where = () => `${file} row ${line}`;
    if (row.length !== COLUMNS.length) {
      throw new DatasetFormatError(`${where()}: expected ${COLUMNS.length} fields, found ${row.length}; restore the file from git`);
    }
    const [id, author, likes, downloads, createdAt, priv, gated, library, usedStorage, spaces, lastModified, allTime, parameters] =
      row as [string, string, string, string, string, string, string, string, string, string, string, string, string];
    if (gated !== "false" && gated !== "auto" && gated !== "manual") {
      throw new DatasetFormatError(`${where()}: "Gated" must be false, auto or manual, got "${gated}"`);
    }
    records.push({
      id,
      author: intern(author),
      likes: integer(likes, "Likes", where),
      downloads: integer(downloads, "Downloads", where),
      createdAt: date(createdAt, "Created At", where),
      private: priv === "true",
      gated,
      library: intern(library),
      usedStorage: optionalInteger(usedStorage, "Used Storage", where),
      spaces: integer(spaces, "Spaces", where),
      lastModified: lastModified === "" ? null : date(lastModified, "Last Modified", where),
      downloadsAllTime: optionalInteger(allTime, "Downloads All Time", where),
      parameters: optionalInteger(parameters, "Parameters", where),
    });
  });
  if (r === 0) throw new DatasetFormatError(`${file} is empty: restore it from git or delete the dataset folder to harvest afresh`);
  return records;
}
