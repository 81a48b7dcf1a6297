/**
 * The CLI's guard rails, as strong as the action's, and met before anything is listed: an old Node
 * is told which Node to install by dist/cli.js itself (a real older Node binary runs it), and
 * private models never go to a public repository or a public Hugging Face dataset.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { tempDir } from "./support/fixtures.ts";
import { startGitHub } from "./support/github-server.ts";
import { HubDatasets } from "./support/hub-datasets.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";

const WRITE_TOKEN = "hf_GuardWriter0123456789ab";
let hub: HubServer;
let datasets: HubDatasets;
let dist: string;

beforeAll(async () => {
  datasets = new HubDatasets();
  datasets.writeTokens.add(WRITE_TOKEN);
  hub = await startHub({ catalogue: new Catalogue({ size: 300, seed: 8, fromMonth: "2026-09" }), datasets });
  dist = await isolatedDist();
});
afterAll(() => hub?.close());

/**
 * A Node older than 24: HF_TRENDS_OLD_NODE (.ci/run sets it to the machine's own Node, or installs
 * Node 20 from the npm registry), else the machine's /usr/bin/node when it is older.
 */
function olderNode(): string | undefined {
  for (const candidate of [process.env.HF_TRENDS_OLD_NODE, "/usr/bin/node"]) {
    if (!candidate || !existsSync(candidate)) continue;
    const major = Number(execFileSync(candidate, ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" }));
    if (major < 24) return candidate;
  }
  return undefined;
}

describe("on a Node older than 24", () => {
  const node = olderNode();

  it("CI has an older Node to try (HF_TRENDS_OLD_NODE)", () => {
    if (process.env.CI) expect(node, "set HF_TRENDS_OLD_NODE to a Node 20 binary (.ci/run does)").toBeDefined();
  });

  it.runIf(node !== undefined)("dist/cli.js refresh ends at once with one line naming Node 24, and the Hub sees no request", async () => {
    const before = hub.stats.requests;
    const dir = await tempDir("hf-trends-old-node-");
    const run = await runNode(join(dist, "cli.js"), ["refresh", "--endpoint", hub.url, "--data-dir", join(dir, "data"), "--charts-dir", join(dir, "charts")], { node });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^hf-trends needs Node\.js 24 or newer; this is Node\.js \d+\.\d+\.\d+\. Install Node\.js 24 from https:\/\/nodejs\.org\/en\/download \(or: nvm install 24\)/);
    expect(run.stdout).toBe("");
    expect(hub.stats.requests).toBe(before);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.runIf(node !== undefined)("the action's dist/index.js says the same, in its own name", async () => {
    const run = await runNode(join(dist, "index.js"), [], { node, env: { "INPUT_HF-ENDPOINT": hub.url } });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^hf-model-trends needs Node\.js 24 or newer; this is Node\.js \d+/);
  });
});

describe("private models and public destinations, at the terminal", () => {
  it("--include-private --commit to a public repository writes and commits nothing, lists nothing, and says why", async () => {
    const github = await startGitHub();
    try {
      const dir = await tempDir("hf-trends-private-");
      const before = { lists: hub.stats.listRequests, head: github.head() };
      const run = await runNode(
        join(dist, "cli.js"),
        ["refresh", "--endpoint", hub.url, "--data-dir", join(dir, "data"), "--charts-dir", join(dir, "charts"), "--include-private", "--commit", "--repo", `${github.owner}/${github.repo}`],
        { env: { GITHUB_TOKEN: "ghs_GuardRail0123456789", GITHUB_API_URL: github.url, HF_TOKEN: "hf_PrivateSeer0123456789" } },
      );
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split("\n").at(-1)).toBe(
        "hf-trends: --include-private keeps private models, but octo/trends is public: everything committed or shown there is public. Remove --include-private (private models are then left out), or commit to a private repository. Nothing was written.",
      );
      expect(hub.stats.listRequests).toBe(before.lists);
      expect(github.head()).toBe(before.head);
      expect(readdirSync(dir)).toEqual([]);

      // The same run to a private repository goes ahead.
      github.isPrivate = true;
      const allowed = await runNode(
        join(dist, "cli.js"),
        ["refresh", "--endpoint", hub.url, "--include-private", "--commit", "--repo", `${github.owner}/${github.repo}`, "--enrich-budget", "0"],
        { env: { GITHUB_TOKEN: "ghs_GuardRail0123456789", GITHUB_API_URL: github.url }, cwd: dir },
      );
      expect(allowed.code, allowed.stderr).toBe(0);
      expect(github.head()).not.toBe(before.head);
    } finally {
      await github.close();
    }
  });

  it("--include-private --hf-dataset to a public Hugging Face dataset is refused before the listing; a new one would be made private", async () => {
    const created = await fetch(`${hub.url}/api/repos/create`, {
      method: "POST",
      headers: { authorization: `Bearer ${WRITE_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "open", organization: "acme", type: "dataset", private: false }),
    });
    expect(created.status).toBe(200);
    const dir = await tempDir("hf-trends-private-hf-");
    const lists = hub.stats.listRequests;
    const run = await runNode(
      join(dist, "cli.js"),
      ["refresh", "--endpoint", hub.url, "--data-dir", join(dir, "data"), "--charts-dir", join(dir, "charts"), "--include-private", "--hf-dataset", "acme/open"],
      { env: { HF_DATASET_TOKEN: WRITE_TOKEN } },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("hf-trends: --include-private keeps private models, but the Hugging Face dataset acme/open is public. Remove --include-private");
    expect(run.stderr).toContain("Nothing was written.");
    expect(hub.stats.listRequests).toBe(lists);
    expect(readdirSync(dir)).toEqual([]);
    expect(datasets.repos.get("acme/open")?.commits).toHaveLength(1);
  });
});
