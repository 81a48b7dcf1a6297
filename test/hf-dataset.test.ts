/**
 * Each snapshot on the Hugging Face Hub too, through the bundled action against the stand-in
 * write API (support/hub-datasets.ts): two weekly runs make exactly two snapshot commits and two
 * tags; each tag serves its own week (read back as users do: @huggingface/hub's download
 * functions at the tag, DuckDB and hyparquet, hyparquet over HTTP ranges from the resolve URL);
 * the card's YAML holds to the viewer's rules; a rerun adds nothing; failed uploads and a lost
 * commit answer still make one commit; a refused token is one clear line and the next run heals.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { downloadFile } from "@huggingface/hub";
import { asyncBufferFromUrl } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { parse } from "yaml";
import { datasetDir } from "../src/dataset/store.ts";
import { runBundledAction } from "./support/action-run.ts";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist } from "./support/cli.ts";
import { hubWeek, tempDir } from "./support/fixtures.ts";
import { startGitHub, type GitHubServer } from "./support/github-server.ts";
import { HubDatasets } from "./support/hub-datasets.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { duckdbRows, hyparquetRows } from "./support/parquet-rows.ts";
import { readWithPython } from "./support/python-csv.ts";

const WRITE_TOKEN = "hf_WriteToken0123456789abc";
const READ_TOKEN = "hf_ReadOnlyToken0123456789";
const REPO = "acme/hf-trends";
const PARQUET = "huggingface_models_data.parquet";
const SPLIT_NAME = /^\w+(\.\w+)*$/;
const SIZE_CATEGORIES = ["n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M"];

let dist: string;
let hub: HubServer;
let datasets: HubDatasets;
let catalogue: Catalogue;
const HIDDEN = 120;

/** The week before: the newest models do not exist yet. */
function weekOne(): void {
  hubWeek(hub, "2026-11-12T12:00:00.000Z", Array.from({ length: HIDDEN }, (_, i) => i));
}
/** A week later: the newest models, one commit dated a week on. */
function weekTwo(): void {
  hubWeek(hub, "2026-11-19T12:00:00.000Z", []);
  catalogue.touch(HIDDEN + 5, { lastModified: "2026-11-19T09:00:00.000Z" });
}

beforeAll(async () => {
  dist = await isolatedDist();
  catalogue = new Catalogue({ size: 2500, seed: 51, fromMonth: "2026-04", now: "2026-11-12T12:00:00.000Z" });
  datasets = new HubDatasets();
  datasets.writeTokens.add(WRITE_TOKEN);
  datasets.readTokens.add(READ_TOKEN);
  hub = await startHub({ catalogue, datasets });
});
afterAll(() => hub?.close());

const run = (github: GitHubServer, workspace: string, inputs: Record<string, string> = {}) =>
  runBundledAction({
    dist, github, workspace, githubToken: "ghs_HfDataset0123456789",
    inputs: { "hf-endpoint": hub.url, "enrich-budget": "30", "hf-dataset": REPO, "hf-dataset-token": WRITE_TOKEN, ...inputs },
  });

/** The card's front matter, parsed strictly, held to the dataset viewer's rules; the paths its configs name, as globs. */
function checkCard(card: string, files: string[]): { latest: string; history: string; trends: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(card);
  expect(match, "front matter").not.toBeNull();
  const meta = parse(match?.[1] ?? "", { strict: true, uniqueKeys: true }) as {
    license: string; license_name?: string; pretty_name: string; tags: string[]; size_categories: string[];
    configs: Array<{ config_name: string; default?: boolean; data_files: Array<{ split: string; path: string }> }>;
  };
  expect(meta.license).toBe("other");
  expect(meta.license_name).toMatch(/^[a-z0-9-]+$/);
  expect(meta.pretty_name.length).toBeGreaterThan(10);
  expect(meta.tags).toContain("tabular");
  expect(meta.size_categories.every((c) => SIZE_CATEGORIES.includes(c))).toBe(true);
  expect(meta.configs.map((c) => c.config_name)).toEqual(["latest", "history", "trends"]);
  expect(meta.configs.filter((c) => c.default)).toHaveLength(1);
  const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.]/g, "\\.").replace(/\*/g, "[^/]*")}$`);
  for (const config of meta.configs) {
    expect(config.data_files.length).toBeLessThanOrEqual(30);
    for (const { split, path } of config.data_files) {
      expect(split).toMatch(SPLIT_NAME);
      expect(files.filter((f) => glob(path).test(f)).length, `${config.config_name}: ${path}`).toBeGreaterThan(0);
    }
  }
  const path = (name: string) => meta.configs.find((c) => c.config_name === name)?.data_files[0]?.path as string;
  return { latest: path("latest"), history: path("history"), trends: path("trends") };
}

/** What a reader gets at a tag: the card and the default config's Parquet, through @huggingface/hub. */
async function readAtTag(tag: string) {
  const repo = { type: "dataset" as const, name: REPO };
  const files = [...(datasets.filesAt(REPO, tag)?.keys() ?? [])];
  const cardBlob = await downloadFile({ repo, path: "README.md", revision: tag, hubUrl: hub.url, accessToken: READ_TOKEN });
  const paths = checkCard(await (cardBlob as Blob).text(), files);
  const blob = await downloadFile({ repo, path: paths.latest, revision: tag, hubUrl: hub.url, accessToken: READ_TOKEN });
  const bytes = new Uint8Array(await (blob as Blob).arrayBuffer());
  const local = join(await tempDir(), PARQUET);
  await writeFile(local, bytes);
  return { paths, bytes, local, files };
}

describe("the snapshot on the Hugging Face Hub", () => {
  let github: GitHubServer;
  let workspace: string;
  const weeks: Array<{ tag: string; csv: string[][]; bytes: Uint8Array }> = [];
  beforeAll(async () => {
    github = await startGitHub();
    workspace = await tempDir("hf-trends-workspace-");
  });
  afterAll(() => github?.close());

  it("two weekly runs: two snapshot commits and two tags, each tag's default config its own week's Parquet, equal to that week's CSV", { timeout: 240_000 }, async () => {
    for (const week of [weekOne, weekTwo]) {
      week();
      const result = await run(github, workspace);
      expect(result.code, result.stdout).toBe(0);
      const tag = result.outputs["release-tag"] as string;
      expect(tag).toMatch(/^snapshot-2026-11-\d\d$/);
      expect(result.outputs["hf-dataset-url"]).toBe(`${hub.url}/datasets/${REPO}/tree/${tag}`);
      expect(result.summary).toContain(`Published to the Hugging Face Hub: [acme/hf-trends at \`${tag}\`](${hub.url}/datasets/${REPO}/tree/${tag})`);
      expect(result.summary).toContain(`([dataset viewer](${hub.url}/datasets/${REPO}/viewer))`);
      expect(github.latestRelease()?.body).toContain(`hf://datasets/${REPO}@${tag}/data/snapshots/${tag.slice(9)}/${PARQUET}`);
      const csv = readWithPython(datasetDir(join(workspace, "data"))).rows;
      const read = await readAtTag(tag);
      expect(read.paths.latest).toBe(`data/snapshots/${tag.slice(9)}/${PARQUET}`);
      const duck = await duckdbRows(read.local);
      expect(duck.rows).toEqual(csv);
      expect(duck.snapshots).toEqual(new Set([tag.slice(9)]));
      // hyparquet over HTTP ranges from the resolve URL, as a browser or a notebook reads it.
      const remote = await asyncBufferFromUrl({ url: `${hub.url}/datasets/${REPO}/resolve/${tag}/${read.paths.latest}`, requestInit: { headers: { authorization: `Bearer ${READ_TOKEN}` } } });
      const ranged = await hyparquetRows(remote);
      expect(ranged.rows).toEqual(csv);
      expect(ranged.snapshots).toEqual(new Set([tag.slice(9)]));
      weeks.push({ tag, csv, bytes: read.bytes });
      // The trends config: the repository's trends.csv as the run wrote it, every week so far.
      expect(read.paths.trends).toBe("data/trends.csv");
      const trendsBlob = await downloadFile({ repo: { type: "dataset", name: REPO }, path: read.paths.trends, revision: tag, hubUrl: hub.url, accessToken: READ_TOKEN });
      const trends = await (trendsBlob as Blob).text();
      expect(trends).toBe(await readFile(join(workspace, "data", "trends.csv"), "utf8"));
      expect(new Set((parseCsv(trends, { from_line: 2 }) as string[][]).map((row) => row[0]))).toEqual(new Set(weeks.map((w) => w.tag.slice(9))));
    }
    const repo = datasets.repos.get(REPO);
    expect(repo?.commits.map((c) => c.summary)).toEqual(["initial commit", expect.stringMatching(/^Snapshot 2026-11-12: /), expect.stringMatching(/^Snapshot 2026-11-19: /)]);
    expect([...(repo?.tags.keys() ?? [])]).toEqual(weeks.map((w) => w.tag));
    // The first week's tag still serves the first week's bytes; the history config covers both weeks.
    const first = await readAtTag(weeks[0]?.tag as string);
    expect(Buffer.from(first.bytes).equals(Buffer.from(weeks[0]?.bytes as Uint8Array))).toBe(true);
    const second = await readAtTag(weeks[1]?.tag as string);
    const history = second.files.filter((f) => /^data\/snapshots\/[^/]*\/huggingface_models_data\.parquet$/.test(f));
    expect(history).toEqual(weeks.map((w) => `data/snapshots/${w.tag.slice(9)}/${PARQUET}`));
    // The token never reached the uploads host.
    expect(datasets.stats.uploadAuthorizations).toEqual([]);
  });

  it("a rerun over a published snapshot adds no commit and no tag", { timeout: 120_000 }, async () => {
    const commits = datasets.stats.commits;
    const result = await run(github, workspace);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain(`${REPO} already has ${weeks[1]?.tag}`);
    expect(datasets.stats.commits).toBe(commits);
    expect(datasets.repos.get(REPO)?.tags.size).toBe(2);
  });
});

describe("faults while publishing", () => {
  it("two failed uploads and one lost commit answer: still exactly one commit, tagged", { timeout: 120_000 }, async () => {
    const github = await startGitHub();
    try {
      weekOne();
      datasets.failUploads = 2;
      datasets.loseCommitAnswers = 1;
      const result = await run(github, await tempDir("hf-trends-workspace-"), { "hf-dataset": "acme/faults" });
      expect(result.code, result.stdout).toBe(0);
      expect(result.stdout).toMatch(/the commit's answer was lost .* but it landed/);
      const repo = datasets.repos.get("acme/faults");
      expect(repo?.commits).toHaveLength(2);
      expect([...(repo?.tags.keys() ?? [])]).toEqual(["snapshot-2026-11-12"]);
      expect(datasets.failUploads).toBe(0);
    } finally {
      await github.close();
    }
  });

  it("a token without write access: one clear line naming hf-dataset-token; the GitHub commit and release stay; the next run publishes", { timeout: 180_000 }, async () => {
    const github = await startGitHub();
    try {
      weekOne();
      const workspace = await tempDir("hf-trends-workspace-");
      const refused = await run(github, workspace, { "hf-dataset": "acme/refused", "hf-dataset-token": READ_TOKEN });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/::error::the token in hf-dataset-token \(default: hf-token\) cannot write to acme\/refused \(the Hub: "You don't have the rights/);
      // The runner masks what ::add-mask:: names; no other line may carry the token.
      expect(refused.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")).join("\n")).not.toContain(READ_TOKEN);
      expect(github.latestRelease()?.tag_name).toBe("snapshot-2026-11-12");
      const invalid = await run(github, workspace, { "hf-dataset": "acme/refused", "hf-dataset-token": "hf_Expired0123456789" });
      expect(invalid.code).toBe(1);
      expect(invalid.stdout).toMatch(/::error::the Hub refused the token in hf-dataset-token \(default: hf-token\) for acme\/refused: it is expired, revoked or mistyped/);
      // A daily run heals it: the snapshot whose tag is missing is published.
      const daily = await run(github, workspace, { "hf-dataset": "acme/refused", mode: "enrich" });
      expect(daily.code, daily.stdout).toBe(0);
      expect([...(datasets.repos.get("acme/refused")?.tags.keys() ?? [])]).toEqual(["snapshot-2026-11-12"]);
    } finally {
      await github.close();
    }
  });
});

describe("a dataset that keeps private models", () => {
  it("is published to a private repository only: created private, and an existing public one refused before anything is sent", async () => {
    const { publishSnapshotToHub } = await import("../src/publish/hf-dataset.ts");
    const { memoryLogger } = await import("./support/fixtures.ts");
    const parquet = join(await tempDir(), PARQUET);
    await writeFile(parquet, Buffer.from("PAR1 not a real file, but bytes to send PAR1"));
    const target = (repo: string) => ({ repo, token: WRITE_TOKEN, endpoint: hub.url, keepsPrivate: true, backoffBaseMs: 5 });
    const snapshot = { task: "text-generation", snapshot: "2026-11-12", models: 1, parquet };
    const made = await publishSnapshotToHub(target("acme/private-trends"), snapshot, memoryLogger());
    expect(made.created).toBe(true);
    expect(datasets.repos.get("acme/private-trends")?.private).toBe(true);
    // A public repository of that name already: refused, nothing committed there.
    await publishSnapshotToHub({ ...target("acme/public-trends"), keepsPrivate: false }, { ...snapshot, snapshot: "2026-11-05" }, memoryLogger());
    const commits = datasets.repos.get("acme/public-trends")?.commits.length;
    await expect(publishSnapshotToHub(target("acme/public-trends"), snapshot, memoryLogger())).rejects.toThrow(/acme\/public-trends is public on the Hub, and this dataset keeps private models/);
    expect(datasets.repos.get("acme/public-trends")?.commits.length).toBe(commits);
  });
});
