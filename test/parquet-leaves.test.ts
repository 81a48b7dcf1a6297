/**
 * The archive's leaf reader (src/hub/parquet-leaves.ts) against files of two independent writers:
 * DuckDB (data pages v1 and v2, nulls, a struct with a list of structs, timestamps) and
 * hyparquet-writer (many small pages a chunk, a dictionary). What it hands over for the rows
 * asked for must equal what DuckDB itself reads back from the same file.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { parquetMetadata } from "hyparquet";
import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import { compressors } from "hyparquet-compressors";
import { describe, expect, it } from "vitest";
import { leafChunks, readLeaf } from "../src/hub/parquet-leaves.ts";
import { tempDir } from "./support/fixtures.ts";

const ROWS = 2500;
const GROUP = 1000;
const SQL = `SELECT
  CASE WHEN i % 97 = 0 THEN NULL ELSE 'org' || (i % 13) || '/model-' || i || '-ü' END AS id,
  CASE i % 4 WHEN 0 THEN 'text-generation' WHEN 1 THEN 'image-text-to-text' WHEN 2 THEN NULL ELSE 'fill-mask' END AS pipeline_tag,
  TIMESTAMP '2024-01-01 00:00:00' + to_microseconds(i * 3600 * 1000000 + i) AS createdAt,
  CASE WHEN i % 7 = 0 THEN NULL ELSE i * 1000 END::BIGINT AS downloads,
  CASE WHEN i % 5 = 0 THEN NULL
       WHEN i % 5 = 1 THEN {'models': [], 'relation': NULL}
       WHEN i % 5 = 2 THEN {'models': NULL, 'relation': 'finetune'}
       ELSE {'models': [{'_id': 'x' || i, 'id': 'base/p' || i}, {'_id': 'y' || i, 'id': CASE WHEN i % 2 = 0 THEN NULL ELSE 'base/q' || i END}], 'relation': 'quantized'} END AS baseModels
FROM range(${ROWS}) t(i) ORDER BY i`;

/** What DuckDB reads back, row by row in file order. */
async function duckRows(path: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT id, pipeline_tag, epoch_us(createdAt) AS created, downloads, [m.id FOR m IN baseModels.models IF m.id IS NOT NULL] AS parents, baseModels.relation AS relation FROM read_parquet('${path}')`,
    );
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
  }
}

async function duckFile(version: "V1" | "V2"): Promise<string> {
  const path = join(await tempDir("leaves-"), `duck-${version}.parquet`);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(`COPY (${SQL}) TO '${path}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${GROUP}, PARQUET_VERSION ${version})`);
  } finally {
    connection.closeSync();
  }
  return path;
}

/** Every leaf value the reader hands over for the rows `pick` chooses, by row of the file. */
function readAll(bytes: Uint8Array, path: string, pick: (row: number) => boolean): Map<number, unknown[]> {
  const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const out = new Map<number, unknown[]>();
  let groupStart = 0;
  for (let g = 0; g < metadata.row_groups.length; g++) {
    const rows = Number(metadata.row_groups[g]?.num_rows);
    const [chunk] = leafChunks(metadata, g, (p) => p === path);
    if (!chunk) throw new Error(`no leaf ${path}`);
    // Slots count the rows asked for in this group, as the archive reader counts its tracked rows.
    const slots = new Int32Array(rows).fill(-1);
    const rowOfSlot: number[] = [];
    for (let r = 0; r < rows; r++) if (pick(groupStart + r)) slots[r] = rowOfSlot.push(groupStart + r) - 1;
    const seen = readLeaf(bytes.subarray(chunk.start, chunk.end), chunk, { compressors, parsers: { timestampFromMicroseconds: (v: bigint) => Number(v) } }, slots, (slot, value) => {
      const row = rowOfSlot[slot] as number;
      out.set(row, [...(out.get(row) ?? []), value]);
    });
    expect(seen).toBe(rows);
    groupStart += rows;
  }
  return out;
}

describe("the archive's leaf reader", () => {
  for (const version of ["V1", "V2"] as const) {
    it(`hands over exactly DuckDB's values for the rows asked for (DuckDB, data pages ${version})`, async () => {
      const path = await duckFile(version);
      const bytes = new Uint8Array(await readFile(path));
      const truth = await duckRows(path);
      const pick = (row: number) => row % 3 !== 1;
      const leaf = (name: string) => readAll(bytes, name, pick);
      const [ids, tags, created, downloads, parents, relations] = ["id", "pipeline_tag", "createdAt", "downloads", "baseModels.models.list.element.id", "baseModels.relation"].map(leaf) as Map<number, unknown[]>[];
      let asked = 0;
      for (const [row, expected] of truth.entries()) {
        if (!pick(row)) {
          for (const column of [ids, tags, created, downloads, parents, relations]) expect(column?.has(row)).toBe(false);
          continue;
        }
        asked++;
        const one = (column: Map<number, unknown[]> | undefined) => column?.get(row)?.[0] ?? null;
        expect(one(ids)).toBe(expected.id);
        expect(one(tags)).toBe(expected.pipeline_tag);
        expect(one(created)).toBe(Number(expected.created));
        expect(one(downloads) === null ? null : Number(one(downloads))).toBe(expected.downloads === null ? null : Number(expected.downloads));
        expect(parents?.get(row) ?? []).toEqual(expected.parents ?? []);
        expect(one(relations)).toBe(expected.relation);
      }
      expect(asked).toBeGreaterThan(1600);
    });
  }

  it("reads a chunk of many small pages and its dictionary (hyparquet-writer)", async () => {
    const authors = Array.from({ length: ROWS }, (_, i) => (i % 11 === 0 ? null : `author-${i % 17}`));
    const ids = Array.from({ length: ROWS }, (_, i) => `org/name-${i}`);
    const likes = Array.from({ length: ROWS }, (_, i) => (i % 9 === 0 ? null : BigInt(i * 3)));
    const sink = new ByteWriter();
    const writer = new ParquetWriter({
      writer: sink,
      schema: [
        { name: "root", num_children: 3 },
        { name: "id", type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "REQUIRED" },
        { name: "author", type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" },
        { name: "likes", type: "INT64", repetition_type: "OPTIONAL" },
      ],
    });
    writer.write({ columnData: [{ name: "id", data: ids }, { name: "author", data: authors }, { name: "likes", data: likes }], rowGroupSize: GROUP, pageSize: 256 });
    writer.finish();
    const bytes = new Uint8Array(sink.getBuffer());
    const metadata = parquetMetadata(sink.getBuffer());
    const pagesOfFirstChunk = Number(metadata.row_groups[0]?.columns[0]?.meta_data?.total_compressed_size) / 256;
    expect(pagesOfFirstChunk).toBeGreaterThan(10);
    const pick = (row: number) => row % 4 === 0;
    const got = (name: string) => readAll(bytes, name, pick);
    const [gotIds, gotAuthors, gotLikes] = ["id", "author", "likes"].map(got) as Map<number, unknown[]>[];
    for (let row = 0; row < ROWS; row++) {
      if (!pick(row)) continue;
      expect(gotIds?.get(row)).toEqual([ids[row]]);
      expect(gotAuthors?.get(row)?.[0] ?? null).toBe(authors[row]);
      expect(gotLikes?.get(row)?.[0] ?? null).toBe(likes[row] ?? null);
    }
  });
});
