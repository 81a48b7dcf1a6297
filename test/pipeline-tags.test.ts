/**
 * Several pipeline tags, one catalogue (issue 37), through the bundled CLI and action against a
 * stand-in Hub that tags models as the Hub tags LLMs since 2025: families whose root is
 * image-text-to-text with text-generation derivatives, models with no tag (in no listing), a
 * model whose tag changes between two weeks, and one listed under two tags in one harvest.
 * Every expectation is computed here from the stand-in's models, apart from the product's code.
 */
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetDir } from "../src/dataset/store.ts";
import { runBundledAction } from "./support/action-run.ts";
import { Catalogue, LLM_TAG_MIX, VL_ROOT, type HubModel } from "./support/catalogue.ts";
import { isolatedDist, runNode, type CliResult } from "./support/cli.ts";
import { expectedLineage, hubWeek, snapshot, tempDir } from "./support/fixtures.ts";
import { startGitHub } from "./support/github-server.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { readWithPython } from "./support/python-csv.ts";

const SIZE = 4000;
const LLM = ["text-generation", "image-text-to-text", "any-to-any"];
/** The set as the manifest and history spell it: text-generation first, the rest in code-unit order. */
const LLM_KEY = "text-generation,any-to-any,image-text-to-text";
const WEEK_1 = "2026-11-12T12:00:00.000Z";
const WEEK_2 = "2026-11-19T12:00:00.000Z";
const WEEK_3 = "2026-11-26T12:00:00.000Z";

let dist: string;
let hub: HubServer;
let catalogue: Catalogue;

beforeAll(async () => {
  dist = await isolatedDist();
  catalogue = new Catalogue({ size: SIZE, seed: 37, fromMonth: "2026-06", now: WEEK_1, tagMix: LLM_TAG_MIX });
  hub = await startHub({ catalogue });
});
afterAll(() => hub.close());

function cli(args: string[]): Promise<CliResult> {
  return runNode(join(dist, "cli.js"), [...args, "--endpoint", hub.url, "--enrich-budget", "0"], { cwd: dist });
}

/** The models the Hub lists under `tags` now, by id, with the tag each is listed under. */
function listed(tags: readonly string[]): Map<string, { model: HubModel; tag: string }> {
  const out = new Map<string, { model: HubModel; tag: string }>();
  for (let i = 0; i < SIZE; i++) {
    if (catalogue.deleted.has(i)) continue;
    const tag = catalogue.tagOf(i);
    if (tags.includes(tag)) out.set(catalogue.idOf(i), { model: catalogue.item(i), tag });
  }
  return out;
}

/** Each id's Pipeline Tag in the dataset, read with Python's csv module. */
function datasetTags(dataDir: string): Map<string, string> {
  const { header, rows } = readWithPython(datasetDir(dataDir));
  expect(header.at(-1)).toBe("Pipeline Tag");
  const byId = new Map<string, string>();
  for (const row of rows) {
    expect(byId.has(row[0] as string), `${row[0]} once`).toBe(false);
    byId.set(row[0] as string, row.at(-1) as string);
  }
  return byId;
}

async function json(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
}

function historyRows(text: string): Array<Record<string, string>> {
  return parse(text, { columns: true }) as Array<Record<string, string>>;
}

describe("one catalogue over several pipeline tags", () => {
  let dataDir: string;
  let run: CliResult;
  const twice = { index: -1, to: "any-to-any", lastModified: "2026-11-12T11:00:00.000Z" };

  beforeAll(async () => {
    hubWeek(hub, WEEK_1, []);
    // One model listed under two tags in this harvest (its card changed while the chains ran): the newer card says any-to-any.
    twice.index = Array.from({ length: SIZE }, (_, i) => i).find((i) => catalogue.tagOf(i) === "text-generation" && i > 100) as number;
    catalogue.touch(twice.index, { alsoListed: { tag: twice.to, lastModified: twice.lastModified } });
    dataDir = await tempDir();
    // Order, spacing and a repeat do not matter: the set does.
    run = await cli(["refresh", "--task", "any-to-any, text-generation,image-text-to-text,text-generation", "--data-dir", dataDir, "--charts-dir", join(dataDir, "charts")]);
  });

  it("writes exactly the union, each model once, with the tag of its listing", async () => {
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    const expected = listed(LLM);
    const tags = datasetTags(dataDir);
    expect(tags.size).toBe(expected.size);
    const untagged = Array.from({ length: SIZE }, (_, i) => i).filter((i) => catalogue.tagOf(i) === "");
    expect(untagged.length).toBeGreaterThan(50); // models with no pipeline tag are in no listing
    for (const i of untagged) expect(tags.has(catalogue.idOf(i))).toBe(false);
    const twiceId = catalogue.idOf(twice.index);
    for (const [id, { tag }] of expected) expect(tags.get(id), id).toBe(id === twiceId ? twice.to : tag);
    expect(new Set(tags.values())).toEqual(new Set(LLM));
    expect((await json(join(datasetDir(dataDir), "manifest.json"))).pipelineTag).toBe(LLM_KEY);
    expect(run.stderr).toMatch(/listed by tag: text-generation \d+ in \d+ pages?, any-to-any \d+ in \d+ pages?, image-text-to-text \d+ in \d+ pages?; 1 model listed under two tags .* kept once, with the tag of the newer card/);
  });

  it("counts each tag's models and downloads in insights.json and insights.md", async () => {
    const insights = await json(join(dataDir, "insights.json"));
    expect(insights.pipelineTag).toBe(LLM_KEY);
    const expected = listed(LLM);
    const twiceId = catalogue.idOf(twice.index);
    const tagOf = (id: string, tag: string) => (id === twiceId ? twice.to : tag);
    const mix = insights.pipelineTags as { tags: Array<{ tag: string; models: number; downloads30Days: number }> };
    expect(mix.tags.map((t) => t.tag)).toEqual(LLM_KEY.split(","));
    for (const t of mix.tags) {
      const mine = [...expected].filter(([id, e]) => tagOf(id, e.tag) === t.tag);
      expect(t.models, t.tag).toBe(mine.length);
      expect(t.downloads30Days, t.tag).toBe(mine.reduce((sum, [, e]) => sum + e.model.downloads, 0));
    }
    const md = await readFile(join(dataDir, "insights.md"), "utf8");
    expect(md).toMatch(/^# Findings: text-generation, any-to-any, image-text-to-text models on the Hugging Face Hub/);
    expect(md).toContain("## The catalogue by pipeline tag");
    expect((insights.creationSurge as { caveat: string }).caveat).toMatch(/^Covers the models of 3 pipeline tags as one catalogue: text-generation, any-to-any, image-text-to-text\./);
    expect((insights.lineage as { caveat: string }).caveat).toMatch(/^Covers the models of 3 pipeline tags/);
  });

  it("counts a family whose root is image-text-to-text whole, root included, across tags", async () => {
    const insights = await json(join(dataDir, "insights.json"));
    const families = (insights.lineage as { largestFamilies: Array<{ root: string; rootTag: string | null; rootInDataset: boolean; derivatives: number }> }).largestFamilies;
    const vl = families.find((f) => f.root === VL_ROOT);
    // Independently: walk each listed model's first parent up to a model with no parent, or out of the dataset.
    const models = listed(LLM);
    const firstParent = new Map([...models].map(([id, { model }]) => [id, (expectedLineage(model.tags)[0].split(";")[0] as string) || undefined]));
    const rootOf = (id: string): string => {
      const seen = new Set<string>();
      let at = id;
      for (;;) {
        const parent = firstParent.get(at);
        if (parent === undefined) return at; // no parent: the root
        if (!models.has(parent)) return parent; // a parent outside the dataset is the root
        if (seen.has(parent) || parent === at) return at;
        seen.add(at);
        at = parent;
      }
    };
    const derivatives = [...models.keys()].filter((id) => id !== VL_ROOT && rootOf(id) === VL_ROOT);
    expect(derivatives.length).toBeGreaterThan(20);
    expect(derivatives.some((id) => models.get(id)?.tag === "text-generation")).toBe(true);
    expect(vl).toMatchObject({ rootInDataset: true, rootTag: "image-text-to-text", derivatives: derivatives.length });
  });

  it("draws the new models by tag, and names the tags in every chart's title", async () => {
    const { stat } = await import("node:fs/promises");
    expect((await stat(join(dataDir, "charts", "new_models_by_pipeline_tag.png"))).size).toBeGreaterThan(10_000);
  });

  it("names the llm preset as the same set", async () => {
    const sample = await tempDir();
    const result = await cli(["harvest", "--task", "llm", "--max-models", "50", "--data-dir", sample]);
    expect(result.code).toBe(0);
    expect((await json(join(datasetDir(sample), "manifest.json"))).pipelineTag).toBe(LLM_KEY);
  });

  it("checks every name, and stops at a bad one before any request", async () => {
    const before = hub.stats.requests;
    const result = await cli(["harvest", "--task", "text-generation,Image-Text-To-Text", "--data-dir", await tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the pipeline tag "Image-Text-To-Text" is not one the Hub uses/);
    expect(hub.stats.requests).toBe(before);
  });

  it("gives a valid tag with no models zero models, not an error", async () => {
    const other = await tempDir();
    const result = await cli(["refresh", "--task", "text-generation,text-to-audio", "--data-dir", other, "--charts-dir", join(other, "charts")]);
    expect(result.code).toBe(0);
    const mix = (await json(join(other, "insights.json"))).pipelineTags as { tags: Array<{ tag: string; models: number }> };
    expect(mix.tags).toEqual([expect.objectContaining({ tag: "text-generation", models: listed(["text-generation"]).size }), expect.objectContaining({ tag: "text-to-audio", models: 0 })]);
  });

  it("fails the run when one tag's listing fails, and writes nothing", async () => {
    const other = await tempDir();
    hub.options.refuseTag = "any-to-any";
    try {
      const result = await cli(["refresh", "--task", "llm", "--data-dir", other, "--charts-dir", join(other, "charts")]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n").at(-1)).toMatch(/^hf-trends: any-to-any list page 1 was refused by the Hub: HTTP 400: "Invalid pipeline_tag \\"any-to-any\\""/);
      expect((await snapshot(other)).size).toBe(0);
    } finally {
      hub.options.refuseTag = undefined;
    }
  });
});

describe("a dataset whose tags change from week to week", () => {
  let dataDir: string;
  const runs: CliResult[] = [];
  let week1: Map<string, { model: HubModel; tag: string }>;
  let week2: Map<string, { model: HubModel; tag: string }>;
  let week3: Map<string, { model: HubModel; tag: string }>;
  let moved: { between: number; out: number; untagged: number };
  let rows: Array<Record<string, string>>;
  let previousSnapshot: string;

  beforeAll(async () => {
    dataDir = await tempDir();
    const refresh = async (task: string) => {
      const result = await cli(["refresh", "--task", task, "--data-dir", dataDir, "--charts-dir", join(dataDir, "charts")]);
      runs.push(result);
      return result;
    };
    // Week 1: text-generation alone; the newest 200 models do not exist yet.
    hubWeek(hub, WEEK_1, Array.from({ length: 200 }, (_, i) => i));
    week1 = listed(["text-generation"]);
    await refresh("text-generation");
    previousSnapshot = (await json(join(datasetDir(dataDir), "manifest.json"))).snapshot as string;
    // A commit dated in the week moves the snapshot's date on (the newest date in the data).
    const anchor = Array.from({ length: SIZE }, (_, i) => i).find((i) => i > 2000 && catalogue.tagOf(i) === "text-generation") as number;
    // Week 2: the LLM tags added; 100 new models.
    hubWeek(hub, WEEK_2, Array.from({ length: 100 }, (_, i) => i));
    catalogue.touch(anchor, { lastModified: "2026-11-19T09:00:00.000Z" });
    week2 = listed(LLM);
    await refresh("llm");
    // Week 3: 100 more; two deleted; one card moves between two tracked tags, one out of the set, one loses its tag.
    const tagged = (tag: string) => Array.from({ length: SIZE }, (_, i) => i).filter((i) => i >= 300 && catalogue.tagOf(i) === tag);
    moved = { between: tagged("image-text-to-text")[0] as number, out: tagged("text-generation")[0] as number, untagged: tagged("any-to-any")[0] as number };
    hubWeek(hub, WEEK_3, [1000, 1001]);
    catalogue.touch(anchor, { lastModified: "2026-11-26T09:00:00.000Z" });
    catalogue.touch(moved.between, { pipeline_tag: "text-generation" });
    catalogue.touch(moved.out, { pipeline_tag: "text2text-generation" });
    catalogue.touch(moved.untagged, { pipeline_tag: undefined });
    week3 = listed(LLM);
    await refresh("llm");
    rows = historyRows(await readFile(join(dataDir, "history.csv"), "utf8"));
  });

  it("records each row's tag set", () => {
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(rows.map((r) => r["Pipeline Tags"])).toEqual(["text-generation", LLM_KEY, LLM_KEY]);
  });

  it("does not count the added tags' existing models as new", () => {
    const before = Date.parse(previousSnapshot);
    const fresh = [...week2].filter(([id, { model, tag }]) => !week1.has(id) && (tag === "text-generation" || Date.parse(model.createdAt) > before));
    const joined = [...week2].filter(([id]) => !week1.has(id)).length - fresh.length;
    expect(joined).toBeGreaterThan(300); // the image-text-to-text and any-to-any models already there
    expect(rows[1]?.["New Models"]).toBe(String(fresh.length));
    expect(rows[1]?.["Removed Models"]).toBe("0");
    expect(runs[1]?.stderr).toMatch(/tracking "any-to-any", "image-text-to-text" from this snapshot on: .* are not counted as new/);
  });

  it("counts new and removed models exactly over the union a week later", () => {
    const fresh = [...week3.keys()].filter((id) => !week2.has(id));
    const removed = [...week2.keys()].filter((id) => !week3.has(id));
    expect(removed).toEqual(expect.arrayContaining([catalogue.idOf(moved.out), catalogue.idOf(moved.untagged)]));
    expect(week3.has(catalogue.idOf(moved.between)) && week2.has(catalogue.idOf(moved.between))).toBe(true); // neither new nor removed
    expect(fresh.length).toBeGreaterThan(50);
    expect(rows[2]?.["New Models"]).toBe(String(fresh.length));
    expect(rows[2]?.["Removed Models"]).toBe(String(removed.length));
    expect(datasetTags(dataDir).get(catalogue.idOf(moved.between))).toBe("text-generation");
  });

  it("refuses to drop a tag unasked, naming it; drops it with --allow-shrink", async () => {
    const before = await snapshot(dataDir);
    const refused = await cli(["refresh", "--task", "text-generation,any-to-any", "--data-dir", dataDir, "--charts-dir", join(dataDir, "charts")]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n").at(-1)).toMatch(/drops "image-text-to-text", and its models would be removed: nothing was written\. To drop it, run again with --allow-shrink/);
    expect(await snapshot(dataDir)).toEqual(before);
    const dropped = await cli(["refresh", "--task", "text-generation,any-to-any", "--allow-shrink", "--data-dir", dataDir, "--charts-dir", join(dataDir, "charts")]);
    expect(dropped.code, dropped.stderr).toBe(0);
    expect(new Set(datasetTags(dataDir).values())).toEqual(new Set(["text-generation", "any-to-any"]));
  });
});

describe("the bundled action over several tags", () => {
  it("commits the union with its Pipeline Tag column and the tags chart, and says each tag's count in the summary", async () => {
    hubWeek(hub, WEEK_1, []);
    const github = await startGitHub();
    try {
      const run = await runBundledAction({
        dist, github, workspace: await tempDir("hf-trends-workspace-"), githubToken: "ghs_Tags0123456789",
        inputs: { "hf-endpoint": hub.url, "pipeline-tag": "llm", "enrich-budget": "0", release: "false" },
      });
      expect(run.stdout).not.toContain("::error::");
      expect(run.code).toBe(0);
      const files = github.git(["show", "--name-only", "--format=", github.branch]).split("\n");
      expect(files).toContain("charts/new_models_by_pipeline_tag.png");
      const manifest = JSON.parse(github.git(["show", `${github.branch}:data/huggingface_models_data/manifest.json`])) as { pipelineTag: string };
      expect(manifest.pipelineTag).toBe(LLM_KEY);
      expect(github.git(["log", "-1", "--format=%s", github.branch])).toMatch(new RegExp(`^Refresh ${LLM_KEY}: ${listed(LLM).size} models`));
      expect(run.summary).toMatch(/^# Hugging Face Hub: text-generation, any-to-any, image-text-to-text \(refresh\)/);
      expect(run.summary).toMatch(/\| by pipeline tag \| text-generation [\d,]+ \([\d.]+%\), any-to-any [\d,]+ \([\d.]+%\), image-text-to-text [\d,]+ \([\d.]+%\) \|/);
      expect(run.summary).toContain("/charts/new_models_by_pipeline_tag.png)");
    } finally {
      await github.close();
    }
  });
});
