/**
 * The snapshot's Parquet as its readers load it: DuckDB and hyparquet (two independent readers)
 * each read it equal to the CSV dataset row for row (the CSV read by Python's own csv module), with
 * real types, a few row groups with statistics, dictionary-encoded low-cardinality text, and at
 * most a quarter of the CSV's bytes.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { DuckDBInstance, DuckDBTimestampTZValue } from "@duckdb/node-api";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parquetPath, PARQUET_ROW_GROUP, writeParquet } from "../src/dataset/parquet.ts";
import { COLUMNS } from "../src/dataset/record.ts";
import { datasetDir } from "../src/dataset/store.ts";
import { harvest } from "../src/pipeline.ts";
import { Catalogue, NASTY_LIBRARIES } from "./support/catalogue.ts";
import { FAST_CLIENT, memoryLogger, tempDir } from "./support/fixtures.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { readWithPython } from "./support/python-csv.ts";

const INTEGERS = new Set(["Likes", "Downloads", "Used Storage", "Spaces", "Downloads All Time", "Parameters", "Downloads All Time Previous"]);
const TIMES = new Set(["Created At", "Last Modified"]);

let server: HubServer;
let dataDir: string;
let csv: { header: string[]; rows: string[][] };
const SIZE = 230_000;

beforeAll(async () => {
  // More than two row groups; CSV-hostile libraries; authors that look like a missing value or a number.
  const catalogue = new Catalogue({ size: SIZE, seed: 41, nastyShare: 0.01 });
  NASTY_LIBRARIES.forEach((library, k) => catalogue.touch(k, { library_name: library }));
  catalogue.touch(20, { author: "NA", library_name: "None" });
  catalogue.touch(21, { author: "1234" });
  server = await startHub({ catalogue });
  dataDir = join(await tempDir("hf-trends-parquet-"), "data");
  const harvested = await harvest({ endpoint: server.url, task: "text-generation", dataDir, enrichBudget: 2000, enrichMinutes: 1, client: FAST_CLIENT }, memoryLogger());
  await writeParquet(dataDir, harvested.records);
  csv = readWithPython(datasetDir(dataDir));
}, 300_000);
afterAll(() => server?.close());

/** A value as the CSV writes it: what each reader's typed value must equal. */
function asCsv(column: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (TIMES.has(column)) {
    const ms = value instanceof Date ? value.getTime() : value instanceof DuckDBTimestampTZValue ? Number(value.micros / 1000n) : Number.NaN;
    return new Date(ms).toISOString();
  }
  return String(value);
}

describe("the snapshot's Parquet", () => {
  it("reads in DuckDB equal to the CSV, row for row, with typed columns", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const result = await connection.runAndReadAll(`SELECT * FROM read_parquet('${parquetPath(dataDir)}')`);
      expect(result.columnNames()).toEqual([...COLUMNS]);
      const types = Object.fromEntries(result.columnNames().map((name, c) => [name, String(result.columnTypes()[c])]));
      for (const column of COLUMNS) {
        const want = INTEGERS.has(column) ? "BIGINT" : TIMES.has(column) ? "TIMESTAMP WITH TIME ZONE" : column === "Private" ? "BOOLEAN" : "VARCHAR";
        expect(types[column], column).toBe(want);
      }
      const rows = result.getRows().map((row) => COLUMNS.map((column, c) => asCsv(column, row[c])));
      expect(rows.length).toBe(csv.rows.length);
      expect(rows).toEqual(csv.rows);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("reads in hyparquet equal to the CSV, row for row", async () => {
    const bytes = await readFile(parquetPath(dataDir));
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const objects = (await parquetReadObjects({ file })) as Array<Record<string, unknown>>;
    const rows = objects.map((object) => COLUMNS.map((column) => asCsv(column, object[column])));
    expect(rows).toEqual(csv.rows);
    expect(objects.map((o) => o.Author)).toContain("NA");
    expect(objects.map((o) => o.Author)).toContain("1234");
    expect(typeof objects[0]?.Likes).toBe("bigint");
    expect(objects[0]?.["Created At"]).toBeInstanceOf(Date);
  });

  it("has row groups of 50,000 models with statistics, dictionaries for low-cardinality text, and at most a quarter of the CSV's bytes", async () => {
    const bytes = await readFile(parquetPath(dataDir));
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const groups = Math.ceil(SIZE / PARQUET_ROW_GROUP);
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([...Array.from({ length: groups - 1 }, () => PARQUET_ROW_GROUP), SIZE - (groups - 1) * PARQUET_ROW_GROUP]);
    const chunk = (group: number, name: string) => metadata.row_groups[group]?.columns.find((c) => c.meta_data?.path_in_schema.join(".") === name)?.meta_data;
    // Rows in creation order: each row group's Created At range lets a reader skip it.
    const created = metadata.row_groups.map((_, g) => chunk(g, "Created At")?.statistics);
    for (const statistics of created) expect(statistics?.min_value).toBeDefined();
    for (const name of ["Author", "Library", "License", "Relation", "Gated"]) expect(chunk(0, name)?.encodings, name).toContain("RLE_DICTIONARY");
    expect(chunk(0, "Model ID")?.codec).toBe("SNAPPY");
    let csvBytes = 0;
    for (const name of await readdir(datasetDir(dataDir))) if (name.endsWith(".csv") && name !== "index.csv") csvBytes += (await stat(join(datasetDir(dataDir), name))).size;
    expect(bytes.byteLength / csvBytes).toBeLessThanOrEqual(0.25);
  });
});
