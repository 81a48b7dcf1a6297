/**
 * How LLMs evolve, week by week (issue 45): after two refreshes a week apart over several tags,
 * every row of `data/trends.csv` and every concentration column of `history.csv` equals a pandas
 * recomputation from that snapshot's dataset CSV files, with the rules written out again here
 * (namespaces, family roots by first parents, the order of keys, `(other)`, shares to 6 decimals,
 * the Gini coefficient). The file loads in pandas and DuckDB, and an older history.csv is read.
 */
import { execFileSync } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readHistory, HISTORY_COLUMNS } from "../src/dataset/history.ts";
import { Catalogue, LLM_TAG_MIX } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { hubWeek, tempDir } from "./support/fixtures.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { pythonWithPandas } from "./support/python-csv.ts";
import { docBlocks } from "./support/readme.ts";

const TAGS = "text-generation,image-text-to-text,any-to-any";
let hub: HubServer;
let dist: string;
let dir: string;
/** Each snapshot's dataset folder, copied as the refresh left it. */
const snapshots: Array<{ snapshot: string; dataset: string }> = [];

/** The rules of issue 45, again, in pandas: the trends rows and the concentration of one dataset. */
const RECOMPUTE = String.raw`
import json, math, os, sys, csv
import pandas as pd
d = sys.argv[1]
files = [r["file"] for r in csv.DictReader(open(os.path.join(d, "index.csv"), newline="", encoding="utf-8"))]
df = pd.concat([pd.read_csv(os.path.join(d, f), dtype=str, keep_default_na=False) for f in files], ignore_index=True)
dl = df["Downloads"].astype("int64")
total = int(dl.sum())
ns = lambda i: i.split("/", 1)[0]
ids = list(df["Model ID"])
present = set(ids)
first = [b.split(";")[0] if b else "" for b in df["Base Model"]]
parent = dict(zip(ids, first))
def root(i):
    seen = [i]
    cur = i
    while True:
        p = parent.get(cur, "")
        if p == "":
            return cur
        if p not in present:
            return p
        if p in seen:
            return cur
        seen.append(p)
        cur = p
def band(p):
    if p == "": return "unknown"
    p = int(p)
    return "< 1B" if p < 1e9 else "1–10B" if p < 1e10 else "10–100B" if p < 1e11 else "≥ 100B"
keys = {
    "author": [ns(i) for i in ids],
    "base": [ns(root(i)) for i in ids],
    "relation": ["original" if b == "" else (r if r else "unspecified") for b, r in zip(df["Base Model"], df["Relation"])],
    "library": [l if l else "(none)" for l in df["Library"]],
    "size": [band(p) for p in df["Parameters"]],
    "pipeline tag": list(df["Pipeline Tag"]),
}
kept = {"author": 20, "base": 20, "library": 10}
rows = []
for dim in ["author", "base", "relation", "library", "size", "pipeline tag"]:
    g = pd.DataFrame({"k": keys[dim], "d": dl}).groupby("k").agg(m=("d", "size"), d=("d", "sum")).reset_index()
    g = sorted(g.itertuples(index=False), key=lambda t: (-t.d, -t.m, t.k.encode("utf-16-be")))
    n = kept.get(dim)
    named, rest = (g, []) if n is None or len(g) <= n else (g[:n], g[n:])
    for t in named: rows.append([dim, t.k, int(t.m), int(t.d)])
    if rest: rows.append([dim, "(other)", int(sum(t.m for t in rest)), int(sum(t.d for t in rest))])
share = lambda x: None if total == 0 else round(x / total, 6)
x = sorted(int(v) for v in dl)
n = len(x)
top = lambda k: sum(x[n - k:]) if k else 0
authors = sorted(pd.DataFrame({"a": keys["author"], "d": dl}).groupby("a")["d"].sum().tolist())
gini = None if total == 0 else round(sum((2 * (i + 1) - n - 1) * v for i, v in enumerate(x)) / (n * total), 6)
json.dump({
    "rows": [r + [share(r[3])] for r in rows],
    "concentration": {
        "Top 10 Models Share": share(top(10)),
        "Top 1% Models Share": share(top(math.ceil(n / 100))),
        "Top 50 Authors Share": share(sum(authors[-50:])),
        "Gini 30 Days": gini,
        "Zero Downloads Share": round(sum(1 for v in x if v == 0) / n, 6),
    },
}, sys.stdout, ensure_ascii=False)
`;

beforeAll(async () => {
  const catalogue = new Catalogue({ size: 3000, seed: 45, fromMonth: "2026-03", now: "2026-11-12T12:00:00.000Z", tagMix: LLM_TAG_MIX });
  hub = await startHub({ catalogue });
  dist = await isolatedDist();
  dir = await tempDir("hf-trends-trends-");
  for (const day of ["2026-11-12", "2026-11-19"]) {
    hubWeek(hub, `${day}T12:00:00.000Z`, []);
    catalogue.touch(11, { lastModified: `${day}T08:00:00.000Z`, downloads: day === "2026-11-12" ? 5 : 5000 });
    const run = await runNode(join(dist, "cli.js"), ["refresh", "--task", TAGS, "--endpoint", hub.url, "--data-dir", join(dir, "data"), "--charts-dir", join(dir, "charts"), "--enrich-budget", "0"], { now: `${day}T13:00:00.000Z` });
    if (run.code !== 0) throw new Error(run.stderr);
    const copy = join(dir, `dataset-${day}`);
    await cp(join(dir, "data", "huggingface_models_data"), copy, { recursive: true });
    snapshots.push({ snapshot: day, dataset: copy });
  }
});
afterAll(() => hub?.close());

describe("trends.csv and the concentration columns of live weeks", () => {
  const python = pythonWithPandas();

  it.runIf(python !== undefined || process.env.CI)("equal a pandas recomputation from each snapshot's dataset", async () => {
    const text = await readFile(join(dir, "data", "trends.csv"), "utf8");
    const parsed = JSON.parse(execFileSync(python ?? "python3", ["-c", "import pandas as pd, sys, json; df = pd.read_csv(sys.argv[1], dtype={'Key': str}, keep_default_na=False); print(json.dumps(df.astype(str).values.tolist()))", join(dir, "data", "trends.csv")], { encoding: "utf8" })) as string[][];
    expect(text.split("\n")[0]).toBe("Snapshot,Dimension,Key,Models,Downloads 30 Days,Download Share");
    const history = await readHistory(join(dir, "data"));
    expect(history.map((r) => r.Snapshot)).toEqual(snapshots.map((s) => s.snapshot));
    for (const { snapshot, dataset } of snapshots) {
      const expected = JSON.parse(execFileSync(python ?? "python3", ["-c", RECOMPUTE, dataset], { encoding: "utf8", maxBuffer: 1 << 28 })) as {
        rows: Array<[string, string, number, number, number | null]>;
        concentration: Record<string, number | null>;
      };
      const ours = parsed.filter((r) => r[0] === snapshot);
      expect(ours.map((r) => [r[1], r[2], Number(r[3]), Number(r[4])])).toEqual(expected.rows.map((r) => r.slice(0, 4)));
      ours.forEach((r, k) => {
        const want = expected.rows[k]?.[4];
        if (want === null) expect(r[5]).toBe("");
        else expect(Math.abs(Number(r[5]) - (want as number))).toBeLessThanOrEqual(1e-6);
      });
      // Within a snapshot and dimension, Models sums to the snapshot's models.
      const row = history.find((h) => h.Snapshot === snapshot);
      for (const dimension of new Set(ours.map((r) => r[1]))) {
        expect(ours.filter((r) => r[1] === dimension).reduce((sum, r) => sum + Number(r[3]), 0)).toBe(row?.Models);
      }
      for (const [column, value] of Object.entries(expected.concentration)) {
        const got = row?.[column as keyof typeof row] as number | null;
        if (value === null) expect(got).toBeNull();
        else expect(Math.abs((got as number) - value), `${snapshot} ${column}`).toBeLessThanOrEqual(1e-6);
      }
      expect(row?.["Untagged Derivatives"]).toBeNull();
    }
    // Every dimension is there for a live week, with the three tags.
    expect(new Set(parsed.map((r) => r[1]))).toEqual(new Set(["author", "base", "relation", "library", "size", "pipeline tag"]));
    expect(parsed.filter((r) => r[1] === "pipeline tag" && r[0] === "2026-11-19").map((r) => r[2]).sort()).toEqual(TAGS.split(",").sort());
  });

  it("loads with docs/dataset.md's own pandas and DuckDB lines, typed", async () => {
    const [pandasLine = "", sqlLine = ""] = [docBlocks("python", ["docs/dataset.md"]), docBlocks("sql", ["docs/dataset.md"])].map((blocks) => blocks.find((b) => b.text.includes("trends.csv"))?.text ?? "");
    const script = `${pandasLine}\nimport json; print(json.dumps({"n": len(trends), "snapshot": str(trends["Snapshot"].dtype), "share": str(trends["Download Share"].dtype), "models": str(trends["Models"].dtype)}))`;
    const loaded = JSON.parse(execFileSync(python ?? "python3", ["-c", script], { cwd: dir, encoding: "utf8" })) as Record<string, string | number>;
    // Keys are the Hub's text: some hold quoted commas and line breaks, so rows are counted by a CSV parser.
    const lines = (parse(await readFile(join(dir, "data", "trends.csv"), "utf8"), { from_line: 2 }) as string[][]).length;
    expect(loaded).toEqual({ n: lines, snapshot: "datetime64[ns]", share: "float64", models: "int64" });
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const sql = sqlLine.replace("'data/trends.csv'", `'${join(dir, "data", "trends.csv")}'`).replace(/;\s*$/, "");
    const reader = await connection.runAndReadAll(`SELECT "Dimension", count(*) AS n, sum("Download Share") AS s, typeof(any_value("Snapshot")) AS t FROM (${sql}) WHERE "Snapshot" = DATE '2026-11-19' GROUP BY 1 ORDER BY 1`);
    const rows = reader.getRowObjectsJson() as Array<{ Dimension: string; n: string; s: number; t: string }>;
    expect(rows.map((r) => r.Dimension)).toEqual(["author", "base", "library", "pipeline tag", "relation", "size"]);
    for (const r of rows) {
      expect(Math.abs(Number(r.s) - 1)).toBeLessThan(1e-4);
      expect(r.t).toBe("DATE");
    }
  });

  it("the findings' trends: the newest week's five largest keys with their shares as trends.csv has them, concentration now, and no year-ago week yet", async () => {
    const insights = JSON.parse(await readFile(join(dir, "data", "insights.json"), "utf8")) as { trends: { snapshot: string; yearAgo: string | null; first: string; author: { keys: Array<{ key: string; now: number; first: number | null }>; caveat: string; published: string }; concentration: { now: { top10: number } }; caveat: string } };
    const trends = parse(await readFile(join(dir, "data", "trends.csv"), "utf8"), { from_line: 2 }) as string[][];
    const t = insights.trends;
    expect(t.snapshot).toBe("2026-11-19");
    expect(t.first).toBe("2026-11-12");
    expect(t.yearAgo).toBeNull();
    expect(t.author.keys.map((k) => [k.key, k.now])).toEqual(trends.filter((r) => r[0] === "2026-11-19" && r[1] === "author").slice(0, 5).map((r) => [r[2], Number(r[5])]));
    expect(t.author.published).toContain("Longpre et al. 2025");
    expect(t.caveat).toMatch(/^Covers the models of 3 pipeline tags/);
    const history = await readHistory(join(dir, "data"));
    expect(t.concentration.now.top10).toBe(history.at(-1)?.["Top 10 Models Share"]);
    expect(await readFile(join(dir, "data", "insights.md"), "utf8")).toContain("## Over the weeks: 2 snapshots, 2026-11-12 to 2026-11-19");
  });

  it("reads a history.csv of 2.0.0 (without the new columns) and writes them empty until recomputed", async () => {
    const older = await tempDir("hf-trends-older-");
    const text = await readFile(join(dir, "data", "history.csv"), "utf8");
    // The last six fields of each row off (the tag set before them is quoted, with its commas).
    const header = HISTORY_COLUMNS.slice(0, 21).join(",");
    const rows = text.trim().split("\n").slice(1).map((line) => line.replace(/(,[^,]*){6}$/, ""));
    await writeFile(join(older, "history.csv"), `${[header, ...rows].join("\n")}\n`);
    const read = await readHistory(older);
    expect(read).toHaveLength(2);
    for (const row of read) for (const column of HISTORY_COLUMNS.slice(21)) expect(row[column as keyof typeof row]).toBeNull();
  });
});
