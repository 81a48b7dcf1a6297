import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetDir } from "../src/dataset/store.ts";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { snapshot, tempDir } from "./support/fixtures.ts";
import { startGitHub } from "./support/github-server.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";

const TOKEN = "hf_TestSecretToken1234567890";
let dist: string;
let server: HubServer;

beforeAll(async () => {
  dist = await isolatedDist();
  server = await startHub({ catalogue: new Catalogue({ size: 3000 }), quota: { requests: 50, windowSeconds: 1 } });
});
afterAll(() => server.close());

describe("hf-trends CLI (bundled, no node_modules)", () => {
  it("harvests with HF_TOKEN sent as a Bearer token and never printed", async () => {
    const dataDir = await tempDir();
    server.options.faults = { rate: 0.2, kinds: ["500", "cut-mid-body"] };
    const result = await runNode(join(dist, "cli.js"), ["harvest", "--endpoint", server.url, "--data-dir", dataDir, "--enrich-budget", "20"], {
      env: { HF_TOKEN: TOKEN },
      cwd: dist,
    });
    server.options.faults = undefined;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^3000 models/);
    expect(server.stats.authorizations).toEqual(new Set([`Bearer ${TOKEN}`]));
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
    expect((await readdir(datasetDir(dataDir))).length).toBeGreaterThan(10);
  });

  it("fails with a one-line reason and no token, even when the token is on the command line", async () => {
    server.options.forced = [{ status: 401, error: "Invalid credentials in Authorization header" }];
    const result = await runNode(join(dist, "cli.js"), ["harvest", "--endpoint", server.url, "--data-dir", await tempDir(), "--token", TOKEN], {
      cwd: dist,
    });
    expect(result.code).toBe(1);
    const lastLine = result.stderr.trim().split("\n").at(-1);
    expect(lastLine).toMatch(/^hf-trends: the Hub refused the token in HF_TOKEN \/ --token: it is expired, revoked or mistyped; create a read token at https:\/\/huggingface.co\/settings\/tokens/);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it("rejects bad usage with exit status 2", async () => {
    const bad = await runNode(join(dist, "cli.js"), ["harvest", "--max-models", "ten"], { cwd: dist });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('hf-trends: --max-models takes a whole number, got "ten"\n');
    const help = await runNode(join(dist, "cli.js"), ["--help"], { cwd: dist });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: hf-trends <command>");
  });

  it("leaves the previous dataset byte-identical when killed mid-harvest", async () => {
    const dataDir = await tempDir();
    const first = await runNode(join(dist, "cli.js"), ["harvest", "--endpoint", server.url, "--data-dir", dataDir, "--enrich-budget", "0"], { cwd: dist });
    expect(first.code).toBe(0);
    const before = await snapshot(dataDir);
    server.options.latency = { headersMs: 150, bodyMs: 20 };
    let killed = false;
    const run = runNode(join(dist, "cli.js"), ["harvest", "--endpoint", server.url, "--data-dir", dataDir, "--enrich-budget", "0"], {
      cwd: dist,
      onStderr: (text) => {
        if (!killed && text.includes("list:")) {
          killed = true;
          run.kill("SIGKILL");
        }
      },
    });
    const result = await run;
    server.options.latency = undefined;
    expect(killed).toBe(true);
    expect(result.code).toBeNull();
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it("commits the refresh outputs to GitHub with --commit, outside Actions", async () => {
    const github = await startGitHub();
    // Two months of models: few files, so the throttled writes (one a second, as GitHub asks) stay few.
    const small = await startHub({ catalogue: new Catalogue({ size: 400, fromMonth: "2026-10" }) });
    try {
      const workspace = await tempDir("hf-trends-checkout-");
      const base = github.head();
      const args = ["refresh", "--endpoint", small.url, "--enrich-budget", "1000", "--commit", "--repo", `${github.owner}/${github.repo}`];
      const env = { GITHUB_TOKEN: "ghp_CliSecret0123456789", GITHUB_API_URL: github.url };
      const run = await runNode(join(dist, "cli.js"), args, { cwd: workspace, env });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^committed [0-9a-f]{40}$/m);
      expect(github.git(["rev-list", "--count", `${base}..main`])).toBe("1");
      expect(github.git(["show", "--name-only", "--format=", "main"])).toContain("data/huggingface_models_data/index.csv");
      expect(run.stdout + run.stderr).not.toContain("ghp_CliSecret0123456789");
      const again = await runNode(join(dist, "cli.js"), args, { cwd: workspace, env });
      expect(again.stdout).toContain("nothing changed: no commit");
    } finally {
      await Promise.all([github.close(), small.close()]);
    }
  });
});
