/**
 * One GitHub release per weekly snapshot, made by the bundled action after its data commit, on a
 * stand-in of GitHub's Releases API backed by a real git repository (uploads at the `upload_url`
 * it returns, on another host). A rerun, an enrich run, a dry run and `release: false` make none;
 * a failed upload is retried, then fails clearly and leaves the data commit in place; the next
 * run adds what is missing.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartFiles } from "../src/specs/files.ts";
import { runBundledAction, type ActionRun } from "./support/action-run.ts";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist } from "./support/cli.ts";
import { startGitHub, type GitHubServer } from "./support/github-server.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";

const PARQUET = "huggingface_models_data.parquet";
const ASSETS = [PARQUET, "insights.json", "insights.md", ...chartFiles(false)].sort();

let hub: HubServer;
let dist: string;

beforeAll(async () => {
  hub = await startHub({ catalogue: new Catalogue({ size: 1500, seed: 5, fromMonth: "2026-09" }) });
  dist = await isolatedDist();
});
afterAll(() => hub?.close());

function step(github: GitHubServer, workspace: string) {
  return (inputs: Record<string, string> = {}): Promise<ActionRun> =>
    runBundledAction({ dist, github, workspace, githubToken: "ghs_Release0123456789", inputs: { "hf-endpoint": hub.url, "enrich-budget": "20", mode: "refresh", ...inputs } });
}

async function fetchBytes(url: string): Promise<Buffer> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe("snapshot releases by the bundled action", () => {
  let github: GitHubServer;
  let workspace: string;
  let run: ReturnType<typeof step>;
  let first: ActionRun;

  beforeAll(async () => {
    github = await startGitHub();
    workspace = await mkdtemp(join(tmpdir(), "hf-trends-workspace-"));
    run = step(github, workspace);
    github.failUploads = 2; // the uploads host fails twice: retried
    first = await run();
  });
  afterAll(() => github?.close());

  it("makes exactly one release, tagged at the data commit, with every asset uploaded to the upload_url host", async () => {
    expect(first.code).toBe(0);
    expect(github.releases).toHaveLength(1);
    const release = github.releases[0]!;
    const snapshot = JSON.parse(await readFile(join(workspace, "data", "insights.json"), "utf8")).snapshot as string;
    expect(release.tag_name).toBe(`snapshot-${snapshot}`);
    expect(first.outputs["release-tag"]).toBe(release.tag_name);
    expect(github.git(["rev-parse", `refs/tags/${release.tag_name}^{commit}`])).toBe(first.outputs["commit-sha"]);
    expect(github.head()).toBe(first.outputs["commit-sha"]);
    expect(release.assets.map((a) => a.name).sort()).toEqual(ASSETS);
    expect(github.stats.requests.filter((r) => r.path.startsWith("uploads:")).length).toBe(ASSETS.length + 2);
    expect(release.body).toContain(`https://github.example/octo/trends/releases/latest/download/${PARQUET}`);
    expect(release.body).toContain(`https://github.example/octo/trends/releases/download/${release.tag_name}/${PARQUET}`);
    expect(release.body).toMatch(/read_parquet\(/);
    expect(release.body).toMatch(/pl\.read_parquet\(/);
    // The findings researchers compute, in the notes: concentration, fertility, size.
    expect(release.body).toMatch(/- Concentration: \d+\.\d% of models had no download in 30 days; the top 1% took \d+\.\d% of downloads \(Gini 0\.\d{3}\)/);
    expect(release.body).toMatch(/- Derivatives with children of their own: finetune \d+\.\d%, quantized \d+\.\d%, adapter \d+\.\d%/);
    expect(release.body).toMatch(/- New models of \d{4}-Q\d: median (\d+\.\dB|\d+M) parameters/);
    expect(first.summary).toContain(`Released [\`${release.tag_name}\`]`);
  });

  it("serves the Parquet at releases/latest/download, the same bytes the run wrote, one row per model", async () => {
    const latest = await fetchBytes(`${github.url}/octo/trends/releases/latest/download/${PARQUET}`);
    const pinned = await fetchBytes(`${github.url}/octo/trends/releases/download/${github.releases[0]!.tag_name}/${PARQUET}`);
    const written = await readFile(join(workspace, "data", PARQUET));
    expect(latest.equals(written)).toBe(true);
    expect(pinned.equals(written)).toBe(true);
    const rows = await parquetReadObjects({ file: latest.buffer.slice(latest.byteOffset, latest.byteOffset + latest.byteLength) as ArrayBuffer });
    expect(rows).toHaveLength(Number(first.outputs.models));
    // Not committed: the branch holds the CSV dataset, never the binary.
    expect(github.git(["ls-tree", "-r", "--name-only", github.branch])).not.toContain(".parquet");
  });

  it("makes no release on a rerun over the same snapshot, an enrich run, a dry run or with release: false", async () => {
    const rerun = await run();
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain("its notes and assets stay as they are");
    for (const inputs of [{ mode: "enrich" }, { "dry-run": "true" }, { release: "false" }] as Array<Record<string, string>>) {
      const other = await run(inputs);
      expect(other.code, JSON.stringify(inputs)).toBe(0);
      expect(other.outputs["release-tag"], JSON.stringify(inputs)).toBe("");
    }
    expect(github.releases).toHaveLength(1);
    expect(github.releases[0]!.assets).toHaveLength(ASSETS.length);
  });
});

describe("a release whose upload keeps failing", () => {
  it("retries, fails with a clear error, keeps the data commit, and the next run adds the missing assets", async () => {
    const github = await startGitHub();
    try {
      const workspace = await mkdtemp(join(tmpdir(), "hf-trends-workspace-"));
      const run = step(github, workspace);
      const base = github.head();
      github.failUploads = 1000;
      const failed = await run();
      expect(failed.code).toBe(1);
      expect(failed.stdout).toMatch(/::error::uploading [\w.-]+ \(\d+ bytes\) to the release snapshot-\d{4}-\d\d-\d\d failed with HTTP 502 after retries: .*The data commit stays as it is; run the workflow again/);
      // Retried: every attempt of the first asset reached the uploads host.
      expect(github.stats.requests.filter((r) => r.path.startsWith("uploads:")).length).toBeGreaterThan(1);
      const dataCommit = github.head();
      expect(dataCommit).not.toBe(base);
      expect(github.git(["ls-tree", "-r", "--name-only", github.branch])).toContain("data/insights.json");
      expect(github.releases).toHaveLength(1);
      expect(github.releases[0]!.assets).toHaveLength(0);

      github.failUploads = 0;
      const again = await run();
      expect(again.code).toBe(0);
      expect(github.releases).toHaveLength(1);
      expect(github.releases[0]!.assets.map((a) => a.name).sort()).toEqual(ASSETS);
      expect(github.git(["rev-parse", `refs/tags/${github.releases[0]!.tag_name}^{commit}`])).toBe(dataCommit);
    } finally {
      await github.close();
    }
  });
});
