/**
 * The snapshot's Parquet as its readers load it: DuckDB and hyparquet (two independent readers)
 * each read it equal to the CSV dataset row for row (the CSV read by Python's own csv module), with
 * real types, a few row groups with statistics, dictionary-encoded low-cardinality text, and at
 * most a quarter of the CSV's bytes.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { parquetMetadata } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARQUET_ROW_GROUP, writeParquet } from "../src/dataset/parquet.ts";
import { parquetPath } from "../src/dataset/parquet-file.ts";
import { COLUMNS } from "../src/dataset/record.ts";
import { datasetDir } from "../src/dataset/store.ts";
import { harvest } from "../src/pipeline.ts";
import { Catalogue, NASTY_LIBRARIES } from "./support/catalogue.ts";
import { FAST_CLIENT, memoryLogger, tempDir } from "./support/fixtures.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { duckdbRows, hyparquetRows } from "./support/parquet-rows.ts";
import { readWithPython } from "./support/python-csv.ts";

const INTEGERS = new Set(["Likes", "Downloads", "Used Storage", "Spaces", "Downloads All Time", "Parameters", "Downloads All Time Previous"]);
const TIMES = new Set(["Created At", "Last Modified"]);

let server: HubServer;
let dataDir: string;
let csv: { header: string[]; rows: string[][] };
let snapshotDay: string;
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
  snapshotDay = new Date(harvested.snapshotMs).toISOString().slice(0, 10);
  await writeParquet(dataDir, harvested.records, harvested.snapshotMs);
  csv = readWithPython(datasetDir(dataDir));
}, 300_000);
afterAll(() => server?.close());

describe("the snapshot's Parquet", () => {
  it("reads in DuckDB equal to the CSV, row for row, with typed columns", async () => {
    const read = await duckdbRows(parquetPath(dataDir));
    // The dataset's columns, then the snapshot's date on every row (a DATE).
    expect(read.columns).toEqual([...COLUMNS, "Snapshot"]);
    expect(read.types[COLUMNS.length]).toBe("DATE");
    expect(read.snapshots).toEqual(new Set([snapshotDay]));
    COLUMNS.forEach((column, c) => {
      const want = INTEGERS.has(column) ? "BIGINT" : TIMES.has(column) ? "TIMESTAMP WITH TIME ZONE" : column === "Private" ? "BOOLEAN" : "VARCHAR";
      expect(read.types[c], column).toBe(want);
    });
    expect(read.rows.length).toBe(csv.rows.length);
    expect(read.rows).toEqual(csv.rows);
  });

  it("reads in hyparquet equal to the CSV, row for row", async () => {
    const bytes = await readFile(parquetPath(dataDir));
    const { rows, snapshots, objects } = await hyparquetRows(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(rows).toEqual(csv.rows);
    expect(snapshots).toEqual(new Set([snapshotDay]));
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
    // Page indexes (column and offset), for readers that seek within a row group (the Hub's viewer).
    const modelId = metadata.row_groups[0]?.columns.find((c) => c.meta_data?.path_in_schema[0] === "Model ID");
    expect(modelId?.column_index_offset).toBeDefined();
    expect(modelId?.offset_index_offset).toBeDefined();
    let csvBytes = 0;
    for (const name of await readdir(datasetDir(dataDir))) if (name.endsWith(".csv") && name !== "index.csv") csvBytes += (await stat(join(datasetDir(dataDir), name))).size;
    expect(bytes.byteLength / csvBytes).toBeLessThanOrEqual(0.25);
  });
});
