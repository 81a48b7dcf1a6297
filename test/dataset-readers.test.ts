/**
 * The dataset as its readers load it: the pandas and DuckDB loaders of docs/dataset.md, run verbatim on a
 * checkout-like folder (the raw-URL loaders with their URL pointed at that folder).
 */
import { join } from "node:path";
import { DuckDBInstance, DuckDBTimestampTZValue } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COLUMNS } from "../src/dataset/record.ts";
import { datasetDir } from "../src/dataset/store.ts";
import { harvest } from "../src/pipeline.ts";
import { Catalogue, NASTY_LIBRARIES } from "./support/catalogue.ts";
import { FAST_CLIENT, memoryLogger, tempDir } from "./support/fixtures.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { pythonWithPandas, readWithPandas, readWithPython } from "./support/python-csv.ts";
import { docBlocks, RAW_BASE } from "./support/readme.ts";

const INTEGER_COLUMNS = new Set(["Likes", "Downloads", "Used Storage", "Spaces", "Downloads All Time", "Parameters", "Downloads All Time Previous"]);
const DATE_COLUMNS = new Set(["Created At", "Last Modified"]);

let server: HubServer;
let checkout: string;
let expected: { header: string[]; rows: string[][] };

beforeAll(async () => {
  // A small dataset (a --max-models sample, a rare pipeline tag) is where type sniffing goes
  // wrong: two months, no gated model, storage known for a few, CSV-hostile libraries, and
  // authors that look like a missing value or a number.
  const size = 80;
  const catalogue = new Catalogue({ size, seed: 11, fromMonth: "2026-10" });
  for (let i = 0; i < size; i++) catalogue.touch(i, { gated: false });
  NASTY_LIBRARIES.forEach((library, k) => catalogue.touch(k, { library_name: library }));
  catalogue.touch(20, { author: "NA", library_name: "None" });
  catalogue.touch(21, { author: "1234" });
  server = await startHub({ catalogue });
  checkout = await tempDir("hf-trends-checkout-");
  await harvest(
    { endpoint: server.url, task: "text-generation", dataDir: join(checkout, "data"), enrichBudget: 5, enrichMinutes: 1, client: FAST_CLIENT },
    memoryLogger(),
  );
  expected = readWithPython(datasetDir(join(checkout, "data")));
});
afterAll(() => server.close());

/** docs/dataset.md's loader for a language: the local one, or the raw-URL one aimed at the checkout. */
function loader(language: "python" | "sql", which: "local" | "raw"): string {
  const blocks = docBlocks(language, ["docs/dataset.md"]).map((b) => b.text);
  // The dataset's loaders (trends.csv's are test/trends.test.ts's).
  const text = which === "local" ? blocks.find((t) => !t.includes(RAW_BASE) && !t.includes("trends.csv")) : blocks.find((t) => t.includes(RAW_BASE));
  expect(text, `docs/dataset.md has a ${which} ${language} loader`).toBeDefined();
  return (text as string).split(RAW_BASE).join(`${checkout}/`);
}

describe("DuckDB, with the loaders of docs/dataset.md", () => {
  it.each(["local", "raw"] as const)("the %s loader returns every row, typed: integers, timestamps, NULL for empty, 'NA' as a string", async (which) => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run(`SET file_search_path = '${checkout}'`);
      const statements = loader("sql", which);
      const result = await connection.runAndReadAll(statements);
      expect(result.columnNames()).toEqual([...COLUMNS]);
      const types = result.columnTypes().map(String);
      const rows = result.getRows();
      expect(rows).toHaveLength(expected.rows.length);
      // Row order across files is DuckDB's to choose: compare by Model ID.
      const byId = new Map(expected.rows.map((row) => [row[0], row]));
      for (const row of rows) {
        const want = byId.get(row[0] as string) as string[];
        expect(want, `row ${String(row[0])}`).toBeDefined();
        COLUMNS.forEach((column, c) => {
          const value = row[c];
          const text = want[c] as string;
          if (text === "") return void expect(value, `${column} of ${String(row[0])}`).toBeNull();
          if (INTEGER_COLUMNS.has(column)) {
            expect(types[c], column).toBe("BIGINT");
            expect(value, column).toBe(BigInt(text));
          } else if (DATE_COLUMNS.has(column)) {
            expect(types[c], column).toMatch(/^TIMESTAMP/);
            expect(Number((value as DuckDBTimestampTZValue).micros / 1000n), column).toBe(Date.parse(text));
          } else if (column === "Private") {
            expect(String(value), column).toBe(text);
          } else {
            expect(types[c], column).toBe("VARCHAR");
            expect(value, column).toBe(text);
          }
        });
      }
      const authors = new Set(rows.map((row) => row[1]));
      expect(authors).toContain("NA");
      expect(authors).toContain("1234");
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

describe("pandas, with the loaders of docs/dataset.md", () => {
  // CI installs Debian's python3-pandas (.ci/run); elsewhere the test runs where pandas is found.
  it.runIf(process.env.CI || pythonWithPandas()).each(["local", "raw"] as const)("the %s loader reads every value as written", (which) => {
    const python = pythonWithPandas();
    expect(python, "pandas is needed: apt-get install python3-pandas").toBeDefined();
    const frame = readWithPandas(python as string, checkout, loader("python", which));
    expect(Object.keys(frame)).toEqual(expected.header);
    // pandas reads the files in index (= sorted) order, as the dataset lists them.
    expected.header.forEach((column, c) => expect(frame[column], column).toEqual(expected.rows.map((row) => (row[c] === "" ? null : row[c]))));
    expect(frame.Library).toContain("None");
    expect(frame.Author).toContain("NA");
  });
});
