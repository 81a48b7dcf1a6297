/**
 * The findings researchers compute, recomputed independently: pandas reads the dataset of a
 * refresh by the bundled CLI and finds each number of insights.json — the share of models with no
 * 30-day download, the top 1%'s share, the Gini coefficient, the top 50 authors' share of all-time
 * downloads, the three fertility shares and each quarter's median parameter count.
 */
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { tempDir } from "./support/fixtures.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { pythonWithPandas } from "./support/python-csv.ts";

const python = pythonWithPandas();
let hub: HubServer;
let data: string;

beforeAll(async () => {
  if (!python && !process.env.CI) return;
  hub = await startHub({ catalogue: new Catalogue({ size: 12_000, seed: 61 }) });
  const dist = await isolatedDist();
  const dir = await tempDir();
  data = join(dir, "data");
  const run = await runNode(join(dist, "cli.js"), ["refresh", "--endpoint", hub.url, "--data-dir", data, "--charts-dir", join(dir, "charts"), "--enrich-budget", "0"], { cwd: dist });
  expect(run.code, run.stderr).toBe(0);
}, 180_000);
afterAll(() => hub?.close());

/** What pandas finds, computed from the CSV files as a researcher would (docs/dataset.md's loader: every value as text first). */
const SCRIPT = String.raw`
import glob, json, math, os, sys
import pandas as pd
data = sys.argv[1]
snapshot = pd.Timestamp(json.load(open(os.path.join(data, "huggingface_models_data", "manifest.json")))["snapshot"])
files = sorted(glob.glob(os.path.join(data, "huggingface_models_data", "huggingface_models_data-*.csv")))
df = pd.concat([pd.read_csv(f, dtype=str, keep_default_na=False) for f in files], ignore_index=True)
d30 = df["Downloads"].astype("int64")
alltime = pd.to_numeric(df["Downloads All Time"].replace("", None))
n = len(df)
out = {"models": n}
out["zeroShare"] = float((d30 == 0).mean())
desc = d30.sort_values(ascending=False)
out["top1PercentShare"] = float(desc.head(math.ceil(n / 100)).sum() / desc.sum())
asc = d30.sort_values().to_numpy(dtype="float64")
i = pd.Series(range(1, n + 1), dtype="float64").to_numpy()
out["gini"] = float(2 * (i * asc).sum() / (n * asc.sum()) - (n + 1) / n)
known = df[alltime.notna()].assign(all=alltime[alltime.notna()])
out["top50AuthorsShare"] = float(known.groupby("Author")["all"].sum().nlargest(50).sum() / known["all"].sum())
parents = set(p for s in df["Base Model"] if s for p in s.split(";") if p)
out["fertility"] = {r: float(df.loc[df["Relation"] == r, "Model ID"].isin(parents).mean()) for r in ["finetune", "quantized", "adapter"]}
created = pd.to_datetime(df["Created At"], utc=True)
placeholder = (created >= pd.Timestamp("2022-03-02T23:29:04Z")) & (created < pd.Timestamp("2022-03-02T23:29:06Z"))
dated = df[~placeholder & (created <= snapshot) & (df["Parameters"] != "")]
quarters = created[dated.index].dt.tz_localize(None).dt.to_period("Q").astype(str).str.replace("Q", "-Q")
out["medianParameters"] = {q: float(v) for q, v in dated["Parameters"].astype("int64").groupby(quarters).median().items()}
json.dump(out, sys.stdout)
`;

describe("the findings, recomputed in pandas", () => {
  it.runIf(process.env.CI || python)("finds every number of insights.json", async () => {
    const insights = JSON.parse(await readFile(join(data, "insights.json"), "utf8"));
    const pandas = JSON.parse(execFileSync(python ?? "python3", ["-c", SCRIPT, data], { encoding: "utf8", maxBuffer: 1 << 28 }));
    const c = insights.concentration.last30Days;
    expect(c.models).toBe(pandas.models);
    // insights.json rounds shares to four decimals.
    expect(c.zeroShare).toBeCloseTo(pandas.zeroShare, 4);
    expect(c.top1PercentShare).toBeCloseTo(pandas.top1PercentShare, 4);
    expect(c.gini).toBeCloseTo(pandas.gini, 4);
    expect(insights.concentration.allTime.top50AuthorsShare).toBeCloseTo(pandas.top50AuthorsShare, 4);
    for (const relation of ["finetune", "quantized", "adapter"]) {
      expect(insights.lineage.structure.fertility[relation].share, relation).toBeCloseTo(pandas.fertility[relation], 4);
    }
    const medians = Object.fromEntries(insights.sizeOverTime.quarters.filter((q: { withParameters: number }) => q.withParameters > 0).map((q: { quarter: string; medianParameters: number }) => [q.quarter, q.medianParameters]));
    expect(Object.keys(medians).length).toBeGreaterThan(10);
    expect(medians).toEqual(pandas.medianParameters);
  });
});
