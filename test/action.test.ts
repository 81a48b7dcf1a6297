import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, runNode, type CliResult } from "./support/cli.ts";
import { startGitHub, type GitHubServer } from "./support/github-server.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { stepInputs } from "./support/runner.ts";

const HF_TOKEN = "hf_ActionSecret0123456789";
const GITHUB_TOKEN = "ghs_GitHubSecret0123456789";
let hub: HubServer;
let dist: string;

beforeAll(async () => {
  hub = await startHub({ catalogue: new Catalogue({ size: 1500, seed: 5, fromMonth: "2026-09" }), quota: { requests: 200, windowSeconds: 1 } });
  dist = await isolatedDist();
});
afterAll(() => hub.close());

interface ActionRun extends CliResult {
  outputs: Record<string, string>;
  summary: string;
}

/** Runs the bundled action as the runner does: INPUT_* and GITHUB_* variables, files for outputs and summary. */
async function runAction(github: GitHubServer, workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const scratch = await mkdtemp(join(tmpdir(), "hf-trends-runner-"));
  const outputFile = join(scratch, "output");
  const summaryFile = join(scratch, "summary");
  await writeFile(outputFile, "");
  await writeFile(summaryFile, "");
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: "https://github.example", GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: scratch,
    ...stepInputs({ "hf-token": HF_TOKEN, "hf-endpoint": hub.url, "enrich-budget": "5000", "enrich-minutes": "5", ...inputs }, { githubToken: GITHUB_TOKEN }),
  };
  const result = await runNode(join(dist, "index.js"), [], { env, cwd: workspace });
  const outputs: Record<string, string> = {};
  for (const m of (await readFile(outputFile, "utf8")).matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1] as string] = m[3] as string;
  return { ...result, outputs, summary: await readFile(summaryFile, "utf8") };
}

/** `::add-mask::` is how the action tells the runner what to hide: the runner consumes it and never shows it. */
function expectNoSecrets(run: CliResult & { summary: string }): void {
  const shown = (run.stdout + run.stderr + run.summary).replace(/^::add-mask::.*$/gm, "");
  for (const secret of [HF_TOKEN, GITHUB_TOKEN]) expect(shown).not.toContain(secret);
  expect(run.stdout).toContain(`::add-mask::${HF_TOKEN}`);
}

describe("the bundled action against a real git repository", () => {
  let github: GitHubServer;
  let workspace: string;
  let first: ActionRun;
  let base: string;

  beforeAll(async () => {
    github = await startGitHub();
    workspace = await mkdtemp(join(tmpdir(), "hf-trends-workspace-"));
    base = github.head() as string;
    first = await runAction(github, workspace);
  });
  afterAll(() => github.close());

  it("commits the dataset, charts and findings as exactly one verified commit, and sets every output", () => {
    expect(first.stdout).not.toContain("::error::");
    expect(first.code).toBe(0);
    expect(github.git(["rev-list", `${base}..${github.branch}`]).split("\n")).toHaveLength(1);
    const files = github.git(["show", "--name-only", "--format=", github.branch]).split("\n");
    expect(files).toEqual(expect.arrayContaining([
      "data/huggingface_models_data/index.csv", "data/huggingface_models_data/manifest.json",
      "data/huggingface_models_data/huggingface_models_data-2026-09.csv", "data/insights.json", "data/insights.md",
      "charts/weekly_and_cumulative_models.png", "charts/used_storage_vs_spaces_colored_by_likes.png",
      "charts/downloads_vs_created_at_colored_by_likes.png", "charts/model_downloads.png",
    ]));
    expect(github.git(["show", `${github.branch}:README.md`])).toBe("# trends");
    expect(github.git(["log", "-1", "--format=%s|%an", github.branch])).toBe(
      "Refresh text-generation: 1500 models (1500 new), storage known for 100.0%|github-actions[bot]",
    );
    const sha = github.head();
    expect(first.outputs).toEqual({
      models: "1500", "new-models": "1500", "storage-coverage": "1.0000", changed: "true", "commit-sha": sha, verified: "true",
      "dataset-path": "data/huggingface_models_data",
    });
    expect(first.summary).toContain(`https://github.example/octo/trends/raw/${sha}/charts/model_downloads.png`);
    expect(first.summary).toContain("## Creation surge six months after ChatGPT");
    expect(first.stdout).toContain("::group::List models");
    expectNoSecrets(first);
    expect(github.stats.tokens).toEqual(new Set([GITHUB_TOKEN]));
    expect(hub.stats.authorizations).toContain(`Bearer ${HF_TOKEN}`);
  });

  it("makes no commit when a second run finds the same data", async () => {
    const head = github.head();
    const writes = github.stats.requests.filter((r) => r.method !== "GET").length;
    const second = await runAction(github, workspace);
    expect(second.code).toBe(0);
    expect(github.head()).toBe(head);
    expect(github.stats.requests.filter((r) => r.method !== "GET").length).toBe(writes);
    expect(second.outputs.changed).toBe("false");
    expect(second.outputs["commit-sha"]).toBe("");
    expect(second.summary).toContain("Nothing changed: no commit.");
    expectNoSecrets(second);
  });

  it("rebuilds its commit on top of a push that lands between its read and its ref update", async () => {
    hub.catalogue.touch(3, { likes: 4242, lastModified: "2026-11-26T10:00:00.000Z" });
    let foreign = "";
    github.beforeRefUpdate = () => {
      foreign = github.pushOther("NOTES.md", "pushed meanwhile\n", "Someone else's push");
    };
    const before = github.head() as string;
    const run = await runAction(github, workspace);
    expect(run.code).toBe(0);
    expect(github.stats.refUpdates.rejected).toBe(1);
    const history = github.git(["rev-list", "--first-parent", `${before}..${github.branch}`]).split("\n");
    expect(history).toEqual([run.outputs["commit-sha"], foreign]);
    expect(github.git(["show", `${github.branch}:NOTES.md`])).toBe("pushed meanwhile");
    const changed = github.git(["show", "--name-only", "--format=", github.branch]).split("\n");
    expect(changed).toContain("data/huggingface_models_data/huggingface_models_data-2026-11.csv");
    expect(changed).not.toContain("NOTES.md");
    expect(run.stdout).toContain("moved while committing");
  });

  it("removes dataset files the layout no longer produces, in the same commit", async () => {
    const stale = "data/huggingface_models_data/huggingface_models_data-2019-01.csv";
    github.pushOther(stale, "Model ID\n", "A file from an older layout");
    const run = await runAction(github, workspace);
    expect(run.code).toBe(0);
    expect(run.outputs.changed).toBe("true");
    expect(github.git(["show", "--name-status", "--format=", github.branch])).toBe(`D\t${stale}`);
  });

  it("works the storage backlog in enrich mode without listing the Hub", async () => {
    const listBefore = hub.stats.listRequests;
    const run = await runAction(github, workspace, { mode: "enrich" });
    expect(run.code).toBe(0);
    expect(hub.stats.listRequests).toBe(listBefore);
    expect(run.stdout).toContain("::group::Enrich storage");
    expect(run.outputs.models).toBe("1500");
    expect(run.outputs.changed).toBe("false");
    expect(run.summary).toContain("(enrich)");
  });

  it("fails with GitHub's reason, and retries nothing, when a branch rule refuses the update", async () => {
    const head = github.head();
    hub.catalogue.touch(5, { likes: 777, lastModified: "2026-11-26T10:30:00.000Z" });
    github.protectedBranch = true;
    const rejectedBefore = github.stats.refUpdates.rejected;
    const run = await runAction(github, workspace);
    github.protectedBranch = false;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::GitHub refused to move main: Changes must be made through a pull request.*Nothing was committed/);
    expect(github.stats.refUpdates.rejected - rejectedBefore).toBe(1);
    expect(github.head()).toBe(head);
  });

  it("commits nothing when the harvest fails, and says why", async () => {
    const head = github.head();
    hub.options.forced = [{ status: 400, error: "Invalid pipeline_tag" }];
    const run = await runAction(github, workspace);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::list page 1 was refused by the Hub: HTTP 400: Invalid pipeline_tag/);
    expect(github.head()).toBe(head);
    expectNoSecrets(run);
  });
});
