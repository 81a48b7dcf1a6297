// The dataset's bytes are what every reader and every git diff sees: the writer that encodes rows
// straight into buffers must give exactly the lines a person would write from the rules
// (RFC 4180, `\n`, formula signs quoted, integers as JavaScript prints them, ISO dates with milliseconds).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COLUMNS, type ModelRecord } from "../src/dataset/record.ts";
import { writeDataset } from "../src/dataset/store.ts";
import { ModelTable } from "../src/dataset/table.ts";
import { tempDir } from "./support/fixtures.ts";

const base: ModelRecord = {
  id: "org/model",
  author: "org",
  likes: 0,
  downloads: 0,
  createdAt: Date.UTC(2024, 4, 6, 7, 8, 9, 5),
  private: false,
  gated: "false",
  library: "",
  usedStorage: null,
  spaces: 0,
  lastModified: null,
  downloadsAllTime: null,
  parameters: null,
  baseModel: "",
  relation: "",
  license: "",
  downloadsAllTimePrevious: null,
  pipelineTag: "text-generation",
};

async function written(records: ModelRecord[]): Promise<string> {
  const dir = await tempDir();
  const dataset = await writeDataset(dir, ModelTable.of(records), { pipelineTag: "text-generation", complete: true, models: records.length });
  expect(dataset.files).toHaveLength(1);
  const file = dataset.files[0]!;
  const bytes = await readFile(join(dataset.dir, file.file));
  expect(bytes.length).toBe(file.bytes); // the index counts the bytes written
  return bytes.toString("utf8");
}

describe("the dataset's CSV bytes", () => {
  it("are the lines the rules give, for plain, hostile and extreme values", async () => {
    const text = await written([
      { ...base, id: "a/plain", likes: 7, downloads: 123456789, spaces: 100, lastModified: Date.UTC(2024, 4, 31, 23, 59, 59, 999), library: "transformers" },
      {
        ...base,
        id: "b/quoted",
        author: '=cmd|" /C calc"!A0',
        library: "-lib",
        license: "Ünïcödé, 許可",
        baseModel: 'x/"y";z/w\nnext',
        relation: "merge",
        gated: "manual",
        private: true,
      },
      {
        ...base,
        id: "c/big",
        downloads: 2 ** 53 - 1,
        usedStorage: 1e15, // past the digit writer's fast path
        downloadsAllTime: 100_000_000,
        parameters: 1_000_000_007,
        downloadsAllTimePrevious: 0,
        gated: "auto",
        license: "@risky\ttab",
        createdAt: Date.UTC(2024, 4, 1, 0, 0, 0, 0),
      },
      { ...base, id: "d/tiny", likes: 9, downloads: 10, parameters: 99_999_999, usedStorage: 12_345_678_901, license: "+plus", library: "a,b", pipelineTag: "image-text-to-text" },
    ]);
    expect(text.split("\n")).toEqual([
      COLUMNS.join(","),
      "a/plain,org,7,123456789,2024-05-06T07:08:09.005Z,false,false,transformers,,100,2024-05-31T23:59:59.999Z,,,,,,,text-generation",
      'b/quoted,"=cmd|"" /C calc""!A0",0,0,2024-05-06T07:08:09.005Z,true,manual,"-lib",,0,,,,"x/""y"";z/w',
      'next",merge,"Ünïcödé, 許可",,text-generation',
      "c/big,org,0,9007199254740991,2024-05-01T00:00:00.000Z,false,auto,,1000000000000000,0,,100000000,1000000007,,,\"@risky\ttab\",0,text-generation",
      'd/tiny,org,9,10,2024-05-06T07:08:09.005Z,false,false,"a,b",12345678901,0,,,99999999,,,"+plus",,image-text-to-text',
      "",
    ]);
  });

  it("equal the fields joined one by one, over many random rows and a file of several pieces", async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const count = (digits: number) => Math.floor(random() * 10 ** Math.ceil(random() * digits));
    const texts = ["", "transformers", "a,b", '"q"', "=x", "ü", "x\ny", "mit"];
    const pick = () => texts[Math.floor(random() * texts.length)] as string;
    const records = Array.from({ length: 15_000 }, (_, i): ModelRecord => ({
      ...base,
      id: `o${i % 13}/m-${i}-${"x".repeat(i % 90)}`,
      author: pick(),
      likes: count(6),
      downloads: count(12),
      createdAt: Date.UTC(2024, 4, 1) + Math.floor(random() * 30 * 86_400_000),
      library: pick(),
      usedStorage: random() < 0.5 ? null : count(14),
      spaces: count(2),
      lastModified: random() < 0.3 ? null : Date.UTC(2025, 0, 1) + Math.floor(random() * 1e10),
      downloadsAllTime: random() < 0.3 ? null : count(10),
      parameters: random() < 0.3 ? null : count(12),
      baseModel: pick(),
      license: pick(),
      downloadsAllTimePrevious: random() < 0.5 ? null : count(9),
      pipelineTag: ["text-generation", "any-to-any"][i % 2] as string,
    }));
    const field = (value: string) => (/^[=+\-@\t]|[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
    const n = (value: number | null) => (value === null ? "" : String(value));
    const date = (ms: number | null) => (ms === null ? "" : new Date(ms).toISOString());
    const line = (r: ModelRecord) =>
      [field(r.id), field(r.author), n(r.likes), n(r.downloads), date(r.createdAt), String(r.private), r.gated, field(r.library), n(r.usedStorage), n(r.spaces),
        date(r.lastModified), n(r.downloadsAllTime), n(r.parameters), field(r.baseModel), r.relation, field(r.license), n(r.downloadsAllTimePrevious), field(r.pipelineTag)].join(",");
    // One month: the dataset's order is the ids' code-unit order.
    const ordered = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const text = await written(records);
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 2 ** 20); // more than one piece
    expect(text).toBe(`${[COLUMNS.join(","), ...ordered.map(line)].join("\n")}\n`);
  });
});
