/**
 * Snapshots over time: two refreshes a week apart against a stand-in whose catalogue moves on
 * (models created and deleted, all-time downloads grow), exact history rows and top-20 numbers,
 * byte-identical reruns, a corrupt history refused, and history rebuilt from git commits.
 */
import { execFileSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RISER_MIN_DOWNLOADS } from "../src/analysis/history.ts";
import { datasetDir } from "../src/dataset/store.ts";
import { harvest, type HarvestOptions } from "../src/pipeline.ts";
import { Catalogue, type HubModel } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { expectedLineage, FAST_CLIENT, hubWeek, memoryLogger, snapshot, tempDir } from "./support/fixtures.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { readWithPython } from "./support/python-csv.ts";

const SIZE = 3000;
const HIDDEN = 150; // the newest models, created "during the week"
/** The first week's moment: every week of these tests lies before the run's clock, which bounds a snapshot. */
const NOW = "2026-11-12T12:00:00.000Z";
let hub: HubServer;
let catalogue: Catalogue;

/** The week before: the newest models do not exist yet. */
function weekOne(): void {
  hubWeek(hub, NOW, Array.from({ length: HIDDEN }, (_, i) => i));
}

/** A week later: new models, some deleted, all-time downloads up, one commit dated a week on (the Hub's clock too). */
function weekTwo(): void {
  hubWeek(hub, "2026-11-19T12:00:00.000Z", [400, 401, 1500, 2999]);
  for (let i = HIDDEN; i < SIZE; i += 7) {
    const m = catalogue.item(i);
    catalogue.touch(i, { downloadsAllTime: m.downloadsAllTime + ((i * 37) % 5000) });
  }
  catalogue.touch(HIDDEN + 3, { lastModified: "2026-11-19T09:00:00.000Z" });
}

beforeAll(async () => {
  catalogue = new Catalogue({ size: SIZE, seed: 31, fromMonth: "2026-06", now: NOW });
  hub = await startHub({ catalogue });
});
afterAll(() => hub.close());

function options(dataDir: string): HarvestOptions {
  return { endpoint: hub.url, task: "text-generation", dataDir, enrichBudget: 0, enrichMinutes: 1, client: FAST_CLIENT };
}

/** The visible models as the Hub serves them, and the snapshot date derived from them (independently of the product). */
function visible(): HubModel[] {
  const out: HubModel[] = [];
  for (let i = 0; i < SIZE; i++) if (!catalogue.deleted.has(i)) out.push(catalogue.item(i));
  return out;
}

function snapshotDate(models: readonly HubModel[]): string {
  let newest = "";
  for (const m of models) for (const d of [m.createdAt, m.lastModified]) if (d > newest) newest = d;
  return newest.slice(0, 10);
}

function category(m: HubModel): string {
  const [parents, relation] = expectedLineage(m.tags);
  return parents === "" ? "Original" : relation === "" ? "Unspecified" : relation[0]?.toUpperCase() + relation.slice(1);
}

function csv(text: string): Array<Record<string, string>> {
  const [header, ...lines] = text.trim().split("\n");
  const names = (header as string).split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, k) => [names[k], v])));
}

describe("history across two weekly refreshes", () => {
  let dataDir: string;
  let first: HubModel[];
  let second: HubModel[];

  beforeAll(async () => {
    dataDir = await tempDir();
    weekOne();
    first = visible();
    await harvest(options(dataDir), memoryLogger());
    weekTwo();
    second = visible();
    await harvest(options(dataDir), memoryLogger());
  });

  it("writes exact rows, oldest first; the first row has no 'since previous'", async () => {
    const rows = csv(await readFile(join(dataDir, "history.csv"), "utf8"));
    expect(rows).toHaveLength(2);
    // The concentration columns (test/trends.test.ts checks their values) aside: the rest to the letter.
    const NEW = ["Top 10 Models Share", "Top 1% Models Share", "Top 50 Authors Share", "Gini 30 Days", "Zero Downloads Share", "Untagged Derivatives"];
    for (const row of rows) expect(Object.keys(row).slice(-NEW.length)).toEqual(NEW);
    const [a, b] = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !NEW.includes(k)))) as [Record<string, string>, Record<string, string>];
    const sum = (models: HubModel[], f: (m: HubModel) => number) => models.reduce((s, m) => s + f(m), 0);
    const classes = (models: HubModel[]) => [models.filter((m) => m.downloads < 40).length, models.filter((m) => m.downloads >= 40 && m.downloads < 1000).length, models.filter((m) => m.downloads >= 1000).length].map(String);
    expect(a).toEqual({
      Snapshot: snapshotDate(first), Models: String(first.length), "New Models": "", "Removed Models": "",
      "Downloads 30 Days": String(sum(first, (m) => m.downloads)), "Downloads All Time": String(sum(first, (m) => m.downloadsAllTime)),
      "Downloads Since Previous": "", "Days Since Previous": "", "Storage Known": "0",
      "Not Popular": classes(first)[0], Popular: classes(first)[1], "Very Popular": classes(first)[2],
      "New Original": "", "New Finetune": "", "New Adapter": "", "New Quantized": "", "New Merge": "", "New Unspecified": "",
      "Pipeline Tags": "text-generation", Source: "hub", Quality: "ok",
    });
    const before = new Map(first.map((m) => [m.id, m]));
    const fresh = second.filter((m) => !before.has(m.id));
    const common = second.filter((m) => before.has(m.id));
    const between = (m: HubModel) => Math.max(0, m.downloadsAllTime - (before.get(m.id) as HubModel).downloadsAllTime);
    const days = (Date.parse(snapshotDate(second)) - Date.parse(snapshotDate(first))) / 86_400_000;
    expect(days).toBe(7);
    const newBy = (name: string) => String(fresh.filter((m) => category(m) === name).length);
    expect(b).toEqual({
      Snapshot: snapshotDate(second), Models: String(second.length), "New Models": String(HIDDEN), "Removed Models": "4",
      "Downloads 30 Days": String(sum(second, (m) => m.downloads)), "Downloads All Time": String(sum(second, (m) => m.downloadsAllTime)),
      "Downloads Since Previous": String(sum(common, between)), "Days Since Previous": "7", "Storage Known": "0",
      "Not Popular": classes(second)[0], Popular: classes(second)[1], "Very Popular": classes(second)[2],
      "New Original": newBy("Original"), "New Finetune": newBy("Finetune"), "New Adapter": newBy("Adapter"),
      "New Quantized": newBy("Quantized"), "New Merge": newBy("Merge"), "New Unspecified": newBy("Unspecified"),
      "Pipeline Tags": "text-generation", Source: "hub", Quality: "ok",
    });
    expect(Number(b["New Original"]) + Number(b["New Finetune"]) + Number(b["New Quantized"])).toBeGreaterThan(0);
  });

  it("keeps each model's all-time downloads at the previous snapshot in the dataset (empty for new models)", async () => {
    const { header, rows } = readWithPython(datasetDir(dataDir));
    const column = header.indexOf("Downloads All Time Previous");
    expect(column).toBe(header.length - 2); // before Pipeline Tag, the last
    const before = new Map(first.map((m) => [m.id, m]));
    const byId = new Map(rows.map((row) => [row[0], row[column]]));
    for (const m of second) expect(byId.get(m.id), m.id).toBe(before.has(m.id) ? String((before.get(m.id) as HubModel).downloadsAllTime) : "");
  });

  it("finds the exact top 20 downloaded and risers since the previous snapshot", async () => {
    const { analysisOfRecords, renderOutputs } = await import("../src/outputs.ts");
    const { readDataset } = await import("../src/dataset/store.ts");
    const before = new Map(first.map((m) => [m.id, m]));
    const rows = second.filter((m) => before.has(m.id)).map((m) => ({ m, between: Math.max(0, m.downloadsAllTime - (before.get(m.id) as HubModel).downloadsAllTime) }));
    const order = (a: { id: string; score: number }, b: { id: string; score: number }) => b.score - a.score || (a.id < b.id ? -1 : 1);
    const topDownloaded = rows.filter((r) => r.between > 0).map((r) => ({ id: r.m.id, score: r.between })).sort(order).slice(0, 20);
    const risers = rows
      .filter((r) => r.between >= RISER_MIN_DOWNLOADS)
      .map((r) => ({ id: r.m.id, score: (r.between * 30) / 7 / Math.max(1, (before.get(r.m.id) as HubModel).downloads) }))
      .sort(order)
      .slice(0, 20);
    // The since-previous numbers are measured by the refresh itself: run the second week once more, through refresh's path.
    const scratch = await tempDir();
    weekOne();
    await harvest(options(scratch), memoryLogger());
    weekTwo();
    const report = await harvest(options(scratch), memoryLogger());
    const since = report.since;
    expect(since?.topDownloaded.map((m) => [m.id, m.downloads, m.days])).toEqual(topDownloaded.map((m) => [m.id, m.score, 7]));
    expect(since?.topRisers.map((m) => m.id)).toEqual(risers.map((m) => m.id));
    expect(since?.topRisers.map((m) => m.ratio)).toEqual(risers.map((m) => Math.round(m.score * 100) / 100));
    expect(since?.modelsWithDownloads).toBe(rows.filter((r) => r.between > 0).length);
    // Turnover: of this week's 100 most downloaded (30 days; ties by id), those among last week's 100.
    const top100 = (models: HubModel[]) => models.map((m) => ({ id: m.id, score: m.downloads })).sort(order).slice(0, 100).map((m) => m.id);
    const lastWeek = new Set(top100(first));
    expect(since?.top100Retained).toBe(top100(second).filter((id) => lastWeek.has(id)).length);
    // And the findings and summary lines carry them.
    const outputs = await renderOutputs(await analysisOfRecords(report.records, scratch, { task: "text-generation", snapshotMs: report.snapshotMs, since }), { dataDir: scratch, chartsDir: join(scratch, "charts") }, memoryLogger());
    expect(outputs.findings.sincePrevious?.newModels).toBe(HIDDEN);
    expect(outputs.markdown).toContain(`## Since the previous snapshot (${snapshotDate(first)}, 7 days before)`);
    expect(outputs.markdown).toContain(`| ${topDownloaded[0]?.id} | ${topDownloaded[0]?.score.toLocaleString("en-US")} | 7 |`);
    expect((await readDataset(scratch))?.length).toBe(second.length);
  });

  it("a rerun over the same Hub data leaves history.csv byte-identical", async () => {
    const before = await readFile(join(dataDir, "history.csv"));
    await harvest(options(dataDir), memoryLogger());
    expect(await readFile(join(dataDir, "history.csv"))).toEqual(before);
  });

  it("a corrupt history file fails the run before anything is written, naming the line", async () => {
    const path = join(dataDir, "history.csv");
    const good = await readFile(path, "utf8");
    await writeFile(path, good.replace(/\n(\d{4}-\d\d-\d\d),(\d+)/, "\n$1,lots"));
    const before = await snapshot(dataDir);
    const listBefore = hub.stats.listRequests;
    await expect(harvest(options(dataDir), memoryLogger())).rejects.toThrow(/history.csv:2: "Models" must be a number or empty, got "lots"\. To fix: `git checkout -- /);
    expect(await snapshot(dataDir)).toEqual(before);
    expect(hub.stats.listRequests).toBe(listBefore);
    await writeFile(path, good);
  });
});

describe("hf-trends history --from-git", () => {
  it("rebuilds from three dataset commits the same rows as running live", async () => {
    const dist = await isolatedDist();
    const repo = await tempDir("hf-trends-repo-");
    const git = (...args: string[]) =>
      execFileSync("git", args, {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.invalid", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.invalid" },
      }).toString();
    git("init", "--quiet", "--initial-branch", "main");
    const refresh = async () => {
      const run = await runNode(join(dist, "cli.js"), ["refresh", "--endpoint", hub.url, "--data-dir", "data", "--charts-dir", "charts", "--enrich-budget", "40"], { cwd: repo });
      expect(run.code, run.stderr).toBe(0);
      git("add", "data");
      git("commit", "--quiet", "-m", "refresh");
    };
    weekOne();
    await refresh();
    weekTwo();
    await refresh();
    catalogue.touch(HIDDEN + 4, { lastModified: "2026-11-26T09:00:00.000Z" });
    hub.setClock("2026-11-26T12:00:00.000Z");
    catalogue.deleted.add(700);
    await refresh();
    const live = await readFile(join(repo, "data/history.csv"), "utf8");
    expect(live.trim().split("\n")).toHaveLength(4);
    await rm(join(repo, "data/history.csv"));
    const rebuilt = await runNode(join(dist, "cli.js"), ["history", "--from-git", "--data-dir", "data"], { cwd: repo });
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toContain("3 snapshots in data/history.csv");
    expect(await readFile(join(repo, "data/history.csv"), "utf8")).toBe(live);
  });
});
