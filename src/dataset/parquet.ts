/**
 * The whole snapshot as one typed Parquet file, beside the CSV dataset (and never committed: a
 * binary that changes every week would grow the repository by its size each time). The columns
 * are the dataset's, in its order and spelling, with real types: text for ids and names, 64-bit
 * integers for counts and bytes, UTC timestamps, a boolean for Private; null where the CSV has an
 * empty field. Rows in the dataset's order (creation month, then id), so the statistics of
 * `Created At` let a reader over HTTP skip the row groups a query does not need. A last column,
 * `Snapshot` (a DATE), names the snapshot on every row, so that every week's file shares one schema
 * and the weeks concatenate into one table (the Hugging Face dataset's history config).
 */
import { mkdir, readFile, rename, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { ParquetWriter } from "hyparquet-writer";
import { fileWriter } from "hyparquet-writer/src/node.js";
import { parquetMetadata, parquetRead } from "hyparquet";
import { releaseMemory } from "../memory.ts";
import { PreviousDataset } from "./previous.ts";
import { COLUMNS, type Column } from "./record.ts";
import { parquetPath } from "./parquet-file.ts";
import { orNull, type ModelTable } from "./table.ts";

/**
 * Rows per row group: ≈1.7 MB each at the Hub's shape, so a query over HTTP that needs a few months
 * reads a few groups; and one group's columns at a time keep the write's memory small (100,000 cost
 * ≈25 MB more at the peak of a 700k refresh). Pages of 256 kB, for the same reason.
 */
export const PARQUET_ROW_GROUP = 50_000;

/** The column after the dataset's: the snapshot's date, the same on every row of a file. */
export const SNAPSHOT_COLUMN = "Snapshot";
const PARQUET_COLUMNS = [...COLUMNS, SNAPSHOT_COLUMN] as const;
type ParquetColumn = (typeof PARQUET_COLUMNS)[number];
const DAY_MS = 86_400_000;

type Kind = "text" | "int" | "time" | "bool";

const KINDS: Record<Column, Kind> = {
  "Model ID": "text", Author: "text", Likes: "int", Downloads: "int", "Created At": "time", Private: "bool", Gated: "text",
  Library: "text", "Used Storage": "int", Spaces: "int", "Last Modified": "time", "Downloads All Time": "int", Parameters: "int",
  "Base Model": "text", Relation: "text", License: "text", "Downloads All Time Previous": "int", "Pipeline Tag": "text",
};

/**
 * Integers and timestamps delta-packed: mostly zeros, or dates in creation order, they pack to a
 * few bits a value (and the writer takes them as plain numbers, no bigint a value). Ids, unique and
 * sorted, share their owner's prefix: delta byte arrays store it once. Owners, libraries, licences,
 * relations, gating and pipeline tags have few values: dictionaries. The base model is left to the writer, which
 * keeps a dictionary wherever it at least halves the size.
 */
const ENCODINGS: Record<Column, "DELTA_BINARY_PACKED" | "DELTA_BYTE_ARRAY" | "RLE_DICTIONARY" | undefined> = {
  "Model ID": "DELTA_BYTE_ARRAY", Author: "RLE_DICTIONARY", Likes: "DELTA_BINARY_PACKED", Downloads: "DELTA_BINARY_PACKED",
  "Created At": "DELTA_BINARY_PACKED", Private: undefined, Gated: "RLE_DICTIONARY", Library: "RLE_DICTIONARY",
  "Used Storage": "DELTA_BINARY_PACKED", Spaces: "DELTA_BINARY_PACKED", "Last Modified": "DELTA_BINARY_PACKED",
  "Downloads All Time": "DELTA_BINARY_PACKED", Parameters: "DELTA_BINARY_PACKED", "Base Model": undefined, Relation: "RLE_DICTIONARY",
  License: "RLE_DICTIONARY", "Downloads All Time Previous": "DELTA_BINARY_PACKED", "Pipeline Tag": "RLE_DICTIONARY",
};

type Value = string | number | boolean | null;

/** Every column's values for rows `start` to `end`: the dataset's, then the snapshot's day (days since 1970, as DATE stores it). */
function rowGroupValues(table: ModelTable, start: number, end: number, snapshotMs: number): Record<ParquetColumn, Value[]> {
  return { ...columnValues(table, start, end), [SNAPSHOT_COLUMN]: new Array<number>(end - start).fill(Math.floor(snapshotMs / DAY_MS)) };
}

/**
 * Rows `start` to `end` of each column, read straight from the table's columns (no record a
 * row): empty text is null, as an empty CSV field is; so is a missing number (NaN in the table).
 */
function columnValues(table: ModelTable, start: number, end: number): Record<Column, Value[]> {
  const n = table.columns();
  const t = table.textCodes();
  const length = end - start;
  const each = <T extends Value>(value: (i: number) => T): T[] => {
    const values = new Array<T>(length);
    for (let i = start; i < end; i++) values[i - start] = value(i);
    return values;
  };
  const number = (column: Float64Array) => each((i) => orNull(column[i] as number));
  const text = (codes: Uint32Array) => each((i) => table.text(codes[i] as number) || null);
  return {
    "Model ID": each((i) => table.id(i)), Author: text(t.author), Likes: number(n.likes), Downloads: number(n.downloads),
    "Created At": number(n.createdAt), Private: each((i) => table.isPrivate(i)), Gated: each((i) => table.gated(i)),
    Library: text(t.library), "Used Storage": number(n.usedStorage), Spaces: number(n.spaces), "Last Modified": number(n.lastModified),
    "Downloads All Time": number(n.downloadsAllTime), Parameters: number(n.parameters), "Base Model": text(t.baseModel),
    Relation: each((i) => table.relation(i) || null), License: text(t.license), "Downloads All Time Previous": number(n.downloadsAllTimePrevious),
    "Pipeline Tag": text(t.pipelineTag),
  };
}

/** The Parquet schema: UTC millisecond timestamps (readers show a time zone-aware timestamp), UTF-8 text, INT64 counts. */
function schema() {
  const element = (name: Column) => {
    const repetition_type = name === "Model ID" ? ("REQUIRED" as const) : ("OPTIONAL" as const);
    switch (KINDS[name]) {
      case "text":
        return { name, type: "BYTE_ARRAY" as const, converted_type: "UTF8" as const, logical_type: { type: "STRING" as const }, repetition_type };
      case "int":
        return { name, type: "INT64" as const, repetition_type };
      case "time":
        return { name, type: "INT64" as const, converted_type: "TIMESTAMP_MILLIS" as const, logical_type: { type: "TIMESTAMP" as const, isAdjustedToUTC: true, unit: "MILLIS" as const }, repetition_type };
      case "bool":
        return { name, type: "BOOLEAN" as const, repetition_type };
    }
  };
  const snapshot = { name: SNAPSHOT_COLUMN, type: "INT32" as const, converted_type: "DATE" as const, logical_type: { type: "DATE" as const }, repetition_type: "REQUIRED" as const };
  return [{ name: "root", num_children: PARQUET_COLUMNS.length }, ...COLUMNS.map(element), snapshot];
}

/**
 * Writes the table as `<dataDir>/huggingface_models_data.parquet`: aside, then renamed over the
 * old one. One row group is built at a time, so memory stays a row group's columns, not the
 * snapshot's. Snappy: every Parquet reader has it, it is built into the writer (no wasm, no
 * native code in dist/), and it is fast; zstd would be ≈20% smaller but needs a codec shipped
 * beside the bundle.
 */
export async function writeParquet(dataDir: string, table: ModelTable, snapshotMs: number): Promise<{ path: string; bytes: number }> {
  return writeParquetFile(parquetPath(dataDir), table, snapshotMs);
}

/** The same at any path (a backfilled week's own file). */
export async function writeParquetFile(path: string, table: ModelTable, snapshotMs: number): Promise<{ path: string; bytes: number }> {
  await mkdir(dirname(path), { recursive: true });
  const staging = `${path}.tmp-${process.pid}`;
  try {
    const writer = new ParquetWriter({ writer: fileWriter(staging), schema: schema(), codec: "SNAPPY", statistics: true, createdBy: "hf-model-trends" });
    for (let start = 0; start < table.length; start += PARQUET_ROW_GROUP) {
      const columns = rowGroupValues(table, start, Math.min(start + PARQUET_ROW_GROUP, table.length), snapshotMs);
      // Page indexes (column and offset) let a reader such as the Hub's dataset viewer seek within a row group.
      const columnData = PARQUET_COLUMNS.map((name) => ({ name, data: columns[name], encoding: name === SNAPSHOT_COLUMN ? ("RLE_DICTIONARY" as const) : ENCODINGS[name], columnIndex: true }));
      await writer.write({ columnData, rowGroupSize: PARQUET_ROW_GROUP, pageSize: 256 * 1024 });
      releaseMemory();
    }
    writer.finish();
    await rename(staging, path);
  } catch (error) {
    await rm(staging, { force: true });
    throw error;
  }
  return { path, bytes: (await stat(path)).size };
}

/**
 * A snapshot's Parquet (a backfilled week's, in the local folder) read back as the previous
 * dataset of the week after it: ids, dates and counts only.
 */
export async function readParquetPrevious(path: string): Promise<PreviousDataset> {
  const bytes = await readFile(path);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const previous = new PreviousDataset(Number(metadata.num_rows));
  const columns = ["Model ID", "Created At", "Last Modified", "Downloads", "Downloads All Time", "Downloads All Time Previous", "Used Storage", SNAPSHOT_COLUMN] as const;
  const data = new Map<string, unknown[]>();
  await parquetRead({
    file,
    metadata,
    columns: [...columns],
    parsers: { timestampFromMilliseconds: (v: bigint) => Number(v), dateFromDays: (d: number) => d * DAY_MS },
    onChunk: (chunk) => {
      const into = data.get(chunk.columnName) ?? [];
      for (let r = chunk.rowStart; r < chunk.rowEnd; r++) into[r] = (chunk.columnData as ArrayLike<unknown>)[r - chunk.rowStart];
      data.set(chunk.columnName, into);
    },
  });
  const get = (name: (typeof columns)[number]) => data.get(name) ?? [];
  const [ids, created, modified, downloads, allTime, allTimePrevious, storage, snapshot] = columns.map(get) as unknown[][];
  const n = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
  for (let i = 0; i < (ids as unknown[]).length; i++) {
    previous.add({
      id: ids?.[i] as string,
      createdAt: n(created?.[i]) ?? 0,
      lastModified: n(modified?.[i]),
      downloads: n(downloads?.[i]) ?? 0,
      downloadsAllTime: n(allTime?.[i]),
      downloadsAllTimePrevious: n(allTimePrevious?.[i]),
      usedStorage: n(storage?.[i]),
    });
  }
  previous.snapshotMs = n(snapshot?.[0]) ?? previous.newestMs;
  return previous;
}
