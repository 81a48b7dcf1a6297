/**
 * A snapshot's Parquet read by two independent readers, DuckDB and hyparquet, each row turned into
 * the dataset's CSV fields: what a test compares with the CSV as Python's csv module reads it.
 */
import { DuckDBInstance, DuckDBTimestampTZValue } from "@duckdb/node-api";
import { parquetReadObjects, type AsyncBuffer } from "hyparquet";
import { COLUMNS } from "../../src/dataset/record.ts";

const TIMES = new Set(["Created At", "Last Modified"]);

/** A value as the CSV writes it: what each reader's typed value must equal. */
export function asCsv(column: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (TIMES.has(column)) {
    const ms = value instanceof Date ? value.getTime() : value instanceof DuckDBTimestampTZValue ? Number(value.micros / 1000n) : Number.NaN;
    return new Date(ms).toISOString();
  }
  return String(value);
}

/** DuckDB's rows of a local Parquet file: the dataset's columns as CSV fields, and each row's Snapshot. */
export async function duckdbRows(path: string): Promise<{ rows: string[][]; snapshots: Set<string>; columns: string[]; types: string[] }> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const result = await connection.runAndReadAll(`SELECT * FROM read_parquet('${path.replace(/'/g, "''")}')`);
    const rows = result.getRows();
    return {
      rows: rows.map((row) => COLUMNS.map((column, c) => asCsv(column, row[c]))),
      snapshots: new Set(rows.map((row) => String(row[COLUMNS.length]))),
      columns: result.columnNames(),
      types: result.columnTypes().map(String),
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** hyparquet's rows of a file (bytes, or ranges over HTTP): the dataset's columns as CSV fields, and each row's Snapshot. */
export async function hyparquetRows(file: ArrayBuffer | AsyncBuffer): Promise<{ rows: string[][]; snapshots: Set<string>; objects: Array<Record<string, unknown>> }> {
  const objects = (await parquetReadObjects({ file })) as Array<Record<string, unknown>>;
  return {
    rows: objects.map((object) => COLUMNS.map((column) => asCsv(column, object[column]))),
    snapshots: new Set(objects.map((o) => (o.Snapshot instanceof Date ? o.Snapshot.toISOString().slice(0, 10) : String(o.Snapshot)))),
    objects,
  };
}
