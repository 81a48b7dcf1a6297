import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { ownString } from "./own-string.ts";
import { COLUMNS, COLUMNS_V1, COLUMNS_V2, RELATIONS, type Gated, type ModelRecord, type Relation } from "./record.ts";
import type { ModelTable } from "./table.ts";
import { DatasetFormatError } from "./errors.ts";

export { DatasetFormatError } from "./errors.ts";

const DAY_MS = 86_400_000;

/** ISO-8601 UTC with milliseconds, as Date#toISOString gives it; empty for null. (The CSV writer writes dates itself.) */
export function iso(ms: number | null): string {
  return ms === null ? "" : new Date(ms).toISOString();
}

/** A value no RFC 4180 writer would quote, and no spreadsheet would read as a formula. */
const PLAIN = /^[^",\r\n=+\-@\t][^",\r\n]*$|^$/;
const STRINGIFY_OPTIONS = { record_delimiter: "\n", quoted_match: /^[=+\-@\t]|[\r\n]/ } as const;

/**
 * One field: plain values as they are (ids, numbers, dates: nearly every field), anything
 * else quoted by csv-stringify (commas, quotes doubled, line breaks, leading formula signs).
 */
function csvField(value: string): string {
  if (PLAIN.test(value)) return value;
  return stringify([[value]], STRINGIFY_OPTIONS).slice(0, -1);
}

/** Bytes of a CSV piece: a file is written in pieces of about this size. */
const PIECE_BYTES = 1 << 20;
/** Room a row needs beyond its texts (6 bytes a UTF-16 unit at most, quoted): 13 numbers, dates and flags of at most 24 bytes each, and commas. */
const ROW_FIXED_BYTES = 512;
const COMMA = 44;
const NEWLINE = 10;
const ascii = (text: string) => Buffer.from(text, "latin1");
const TRUE = ascii("true");
const FALSE = ascii("false");
const GATED_BYTES: Record<Gated, Buffer> = { false: FALSE, auto: ascii("auto"), manual: ascii("manual") };
const HEADER = ascii(`${COLUMNS.join(",")}\n`);
const RELATION_BYTES = Object.fromEntries(["", ...RELATIONS].map((r) => [r, ascii(r)])) as Record<Relation, Buffer>;

/**
 * Writes the CSV of a table's rows straight into byte buffers: no string a row, ASCII text
 * copied a character at a time, numbers and dates written digit by digit.
 * The bytes are exactly those of joining `csvField`, `String(n)` and `iso` with commas (the
 * tests hold it to hand-written lines and to the fields joined one by one); at 700k models
 * ≈ 100 MB/s against ≈ 13 for a string a row. The field calls are written out one by one
 * rather than looped over a list of columns, so that no closure runs for each field of each row.
 * One buffer serves every piece: a piece is a view of it, valid until the next is taken (a fresh
 * megabyte a piece cost ≈ 40 ms a 100k harvest in allocation and page faults).
 */
export class CsvEncoder {
  #buffer = Buffer.allocUnsafe(PIECE_BYTES);
  #at = 0;
  readonly #days = new Map<number, Buffer>();

  /** The bytes written since the last call: a view that the next bytes written overwrite. */
  take(): Buffer {
    const piece = this.#buffer.subarray(0, this.#at);
    this.#at = 0;
    return piece;
  }

  get size(): number {
    return this.#at;
  }

  /** Makes room for `bytes` more: false when the current piece must be taken first. */
  fits(bytes: number): boolean {
    if (this.#at + bytes <= this.#buffer.length) return true;
    if (this.#at > 0) return false;
    this.#buffer = Buffer.allocUnsafe(bytes); // one row larger than a piece: a piece of its own
    return true;
  }

  bytes(bytes: Buffer): void {
    const buffer = this.#buffer;
    let at = this.#at;
    // Fields are short: a loop beats a native copy's call.
    if (bytes.length > 32) bytes.copy(buffer, at);
    else for (let i = 0; i < bytes.length; i++) buffer[at + i] = bytes[i] as number;
    this.#at = at + bytes.length;
  }

  /** A text field: ASCII that needs no quotes byte by byte (nearly every value), anything else through `csvField`. */
  string(text: string): void {
    const buffer = this.#buffer;
    const at = this.#at;
    const first = text.charCodeAt(0);
    let plain = first !== 61 && first !== 43 && first !== 45 && first !== 64 && first !== 9; // = + - @ tab
    for (let i = 0; plain && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128 || c === 34 || c === 44 || c === 13 || c === 10) plain = false;
      else buffer[at + i] = c;
    }
    this.#at = plain ? at + text.length : at + buffer.write(csvField(text), at, "utf8");
  }

  byte(code: number): void {
    this.#buffer[this.#at++] = code;
  }

  /** A count as `String(n)` writes it; empty for NaN (null). */
  number(n: number): void {
    if (Number.isNaN(n)) return;
    if (!(n >= 0 && n < 1e15 && Number.isInteger(n))) {
      this.#at += this.#buffer.write(String(n), this.#at, "latin1");
      return;
    }
    const high = Math.floor(n / 1e8);
    if (high === 0) this.#digits(n, 0);
    else {
      this.#digits(high, 0);
      this.#digits(n - high * 1e8, 8);
    }
  }

  /** `n` (below 2^31) in decimal, padded with zeros to `width` digits. */
  #digits(n: number, width: number): void {
    let count = 1;
    for (let rest = n; rest >= 10; rest = (rest / 10) | 0) count++;
    if (count < width) count = width;
    const buffer = this.#buffer;
    let at = this.#at + count;
    this.#at = at;
    for (let i = 0; i < count; i++) {
      const tenth = (n / 10) | 0;
      buffer[--at] = 48 + n - tenth * 10;
      n = tenth;
    }
  }

  /** A date as `iso` writes it; empty for NaN (null). */
  date(ms: number): void {
    if (Number.isNaN(ms)) return;
    const day = Math.floor(ms / DAY_MS);
    let prefix = this.#days.get(day);
    if (prefix === undefined) {
      const text = new Date(day * DAY_MS).toISOString().slice(0, 11);
      if (text.length !== 11) {
        this.#at += this.#buffer.write(iso(ms), this.#at, "latin1"); // years beyond 9999 or before 0
        return;
      }
      this.#days.set(day, (prefix = ascii(text)));
    }
    this.bytes(prefix);
    let rest = ms - day * DAY_MS;
    const h = Math.floor(rest / 3_600_000);
    rest -= h * 3_600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const sec = Math.floor(rest / 1000);
    this.#digits(h, 2);
    this.byte(58);
    this.#digits(m, 2);
    this.byte(58);
    this.#digits(sec, 2);
    this.byte(46);
    this.#digits(rest - sec * 1000, 3);
    this.byte(90);
  }
}

/**
 * RFC 4180 with `\n` line ends, the header first, of rows `start` to `end` of a table, in pieces
 * of about a megabyte: joined, they are the file; written one by one, no file's whole text is
 * ever in memory. Each piece is only valid until the next is asked for (they share the
 * encoder's buffer; several files may share one encoder): write it, or copy it, first.
 */
export function* tableToCsv(table: ModelTable, start = 0, end = table.length, out = new CsvEncoder()): Generator<Buffer> {
  const n = table.columns();
  const t = table.textCodes();
  out.bytes(HEADER);
  for (let i = start; i < end; i++) {
    const id = table.id(i);
    const author = table.text(t.author[i] as number);
    const library = table.text(t.library[i] as number);
    const baseModel = table.text(t.baseModel[i] as number);
    const license = table.text(t.license[i] as number);
    const pipelineTag = table.text(t.pipelineTag[i] as number);
    const bytes = ROW_FIXED_BYTES + 6 * (id.length + author.length + library.length + baseModel.length + license.length + pipelineTag.length);
    if (!out.fits(bytes)) {
      yield out.take();
      out.fits(bytes);
    }
    out.string(id);
    out.byte(COMMA);
    out.string(author);
    out.byte(COMMA);
    out.number(n.likes[i] as number);
    out.byte(COMMA);
    out.number(n.downloads[i] as number);
    out.byte(COMMA);
    out.date(n.createdAt[i] as number);
    out.byte(COMMA);
    out.bytes(table.isPrivate(i) ? TRUE : FALSE);
    out.byte(COMMA);
    out.bytes(GATED_BYTES[table.gated(i)]);
    out.byte(COMMA);
    out.string(library);
    out.byte(COMMA);
    out.number(n.usedStorage[i] as number);
    out.byte(COMMA);
    out.number(n.spaces[i] as number);
    out.byte(COMMA);
    out.date(n.lastModified[i] as number);
    out.byte(COMMA);
    out.number(n.downloadsAllTime[i] as number);
    out.byte(COMMA);
    out.number(n.parameters[i] as number);
    out.byte(COMMA);
    out.string(baseModel);
    out.byte(COMMA);
    out.bytes(RELATION_BYTES[table.relation(i)]);
    out.byte(COMMA);
    out.string(license);
    out.byte(COMMA);
    out.number(n.downloadsAllTimePrevious[i] as number);
    out.byte(COMMA);
    out.string(pipelineTag);
    out.byte(NEWLINE);
  }
  if (out.size > 0) yield out.take();
}

/** A CSV text that does not parse: the line where the bad record starts, and what is wrong. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/**
 * Calls `onRow` for each row of a CSV text, one at a time (so a row's strings die young), with
 * the line the row starts on. Lines without a quote character are split on commas directly
 * (RFC 4180 puts quotes only inside quoted fields); a record with quotes, which may span lines,
 * goes to csv-parse whole.
 */
export function parseCsv(text: string, onRow: (row: string[], line: number) => void): void {
  // Lines are cut one at a time (not split up front) so that each dies young.
  let start = 0;
  let lineNumber = 1;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let line = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (!line.includes('"')) {
      if (line !== "") onRow(line.split(","), lineNumber);
      start = end + 1;
      lineNumber++;
      continue;
    }
    // A quoted record may span lines: extend it until its quotes balance.
    let spanned = 1;
    while (countQuotes(line) % 2 === 1 && end < text.length) {
      const next = text.indexOf("\n", end + 1);
      end = next === -1 ? text.length : next;
      line = text.slice(start, end);
      spanned++;
    }
    let rows: string[][];
    try {
      rows = parse(line, { relax_quotes: false }) as string[][];
    } catch (error) {
      // Quotes that do not balance pull the following lines in: the fault is where the quote opened.
      const problem = spanned > 1 ? `a quoted field opens on this line and does not close where it should (it runs on over ${spanned} lines)` : csvProblem(error);
      throw new CsvSyntaxError(problem, lineNumber);
    }
    for (const row of rows) onRow(row, lineNumber);
    start = end + 1;
    lineNumber += spanned;
  }
}

/** csv-parse's error in a few words a person fixing the file can act on. */
function csvProblem(error: unknown): string {
  const e = error as { code?: string; field?: number; message?: string };
  switch (e.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field opens on this line and is never closed";
    case "INVALID_OPENING_QUOTE":
      return `a quote inside an unquoted field${e.field === undefined ? "" : ` (field ${e.field + 1})`}`;
    case "CSV_INVALID_CLOSING_QUOTE":
      return "a quoted field is followed by other characters instead of a comma";
    default:
      return `not valid CSV (${e.message ?? String(error)})`;
  }
}

function countQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/** What went wrong in one field; the caller adds where. */
class FieldError extends Error {}

function integer(text: string, column: string): number {
  if (!/^\d+$/.test(text)) throw new FieldError(`"${column}" must be a whole number, got "${text}"`);
  return Number(text);
}

function optionalInteger(text: string, column: string): number | null {
  return text === "" ? null : integer(text, column);
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

function date(text: string, column: string): number {
  // The dataset's own layout is read without Date.parse, which was most of the cost of reading.
  const fast = fastIso(text);
  if (!Number.isNaN(fast)) return fast;
  const ms = Date.parse(text);
  if (!/^\d{4}-\d\d-\d\dT/.test(text) || Number.isNaN(ms)) {
    throw new FieldError(`"${column}" must be an ISO-8601 date, got "${text}"`);
  }
  return ms;
}

/** The layouts a dataset file may have, newest first: older ones read with the columns they lack empty. */
const LAYOUTS = [COLUMNS, COLUMNS_V2, COLUMNS_V1] as const;

/**
 * Parses a dataset file written by `tableToCsv` (or by hand, if it keeps the columns). `path`
 * names the file in errors; `fix` says how to repair it. `pipelineTag`: the tag of a file written
 * before the `Pipeline Tag` column (its manifest's one tag); undefined where no file may lack it.
 */
export function csvToRecords(text: string, path: string, fix: string, pipelineTag?: string): ModelRecord[] {
  const records: ModelRecord[] = [];
  let rows = 0;
  let width: number = COLUMNS.length;
  const fail = (problem: string, line?: number) => new DatasetFormatError(problem, { file: path, line, fix });
  try {
    parseCsv(text, (row, line) => {
      rows++;
      if (rows === 1) {
        // This layout, or an older one (v1.0.0: no lineage columns; v1.x: no Pipeline Tag), read as having none.
        const layout = LAYOUTS.find((columns) => columns.length === row.length && columns.every((column, i) => row[i] === column));
        if (!layout) throw fail(`the header is not this dataset's: it must be ${COLUMNS.join(",")}; found ${row.join(",")}`, line);
        width = layout.length;
        if (width < COLUMNS.length && pipelineTag === undefined) {
          throw fail(`the file has no "Pipeline Tag" column, and the dataset tracks several tags, so which tag each model has is unknown`, line);
        }
        return;
      }
      if (row.length !== width) throw fail(`expected ${width} fields, found ${row.length}`, line);
      const [id, author, likes, downloads, createdAt, priv, gated, library, usedStorage, spaces, lastModified, allTime, parameters, baseModel = "", relation = "", license = "", allTimePrevious = "", tag = pipelineTag as string] =
        row as [string, string, string, string, string, string, string, string, string, string, string, string, string, string?, string?, string?, string?, string?];
      try {
        if (gated !== "false" && gated !== "auto" && gated !== "manual") throw new FieldError(`"Gated" must be false, auto or manual, got "${gated}"`);
        if (priv !== "true" && priv !== "false") throw new FieldError(`"Private" must be true or false, got "${priv}"`);
        if (relation !== "" && !(RELATIONS as readonly string[]).includes(relation)) {
          throw new FieldError(`"Relation" must be empty or one of ${RELATIONS.join(", ")}, got "${relation}"`);
        }
        records.push({
          id: ownString(id), // kept for the whole run: not a view of this file's text
          author,
          likes: integer(likes, "Likes"),
          downloads: integer(downloads, "Downloads"),
          createdAt: date(createdAt, "Created At"),
          private: priv === "true",
          gated,
          library,
          usedStorage: optionalInteger(usedStorage, "Used Storage"),
          spaces: integer(spaces, "Spaces"),
          lastModified: lastModified === "" ? null : date(lastModified, "Last Modified"),
          downloadsAllTime: optionalInteger(allTime, "Downloads All Time"),
          parameters: optionalInteger(parameters, "Parameters"),
          baseModel: baseModel,
          relation: relation as Relation,
          license,
          downloadsAllTimePrevious: optionalInteger(allTimePrevious, "Downloads All Time Previous"),
          pipelineTag: tag,
        });
      } catch (error) {
        if (error instanceof FieldError) throw fail(error.message, line);
        throw error;
      }
    });
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw fail(error.message, error.line);
    throw error;
  }
  if (rows === 0) throw fail("the file is empty (not even a header)");
  return records;
}
