import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, type CliResult } from "./support/cli.ts";
import { startGitHub, type GitHubServer } from "./support/github-server.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { runBundledAction, type ActionRun } from "./support/action-run.ts";

const HF_TOKEN = "hf_ActionSecret0123456789";
const GITHUB_TOKEN = "ghs_GitHubSecret0123456789";
let hub: HubServer;
let dist: string;

beforeAll(async () => {
  hub = await startHub({ catalogue: new Catalogue({ size: 1500, seed: 5, fromMonth: "2026-09" }), quota: { requests: 200, windowSeconds: 1 } });
  dist = await isolatedDist();
});
afterAll(() => hub.close());

/** Every action run's stdout in this file: the annotations it shows are checked for CLI wording at the end. */
const allRuns: string[] = [];

/** Runs the bundled action with this file's Hub and tokens. */
async function runAction(github: GitHubServer, workspace: string, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runBundledAction({
    dist, github, workspace, githubToken: GITHUB_TOKEN, extraEnv,
    // mode refresh, named as the two-cron workflow of 1.x names it: these runs refresh on one day (auto: test/auto-mode.test.ts).
    inputs: { "hf-token": HF_TOKEN, "hf-endpoint": hub.url, "enrich-budget": "5000", "enrich-minutes": "5", mode: "refresh", ...inputs },
  });
  allRuns.push(run.stdout);
  return run;
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
      "dataset-path": "data/huggingface_models_data", "parquet-path": "data/huggingface_models_data.parquet",
      "release-tag": `snapshot-${JSON.parse(github.git(["show", `${sha}:data/insights.json`])).snapshot}`,
      "release-url": expect.stringMatching(/\/octo\/trends\/releases\/tag\/snapshot-\d{4}-\d\d-\d\d$/),
      "hf-dataset-url": "", // no hf-dataset: nothing published there
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

  it("a second weekly refresh commits history.csv with two rows", async () => {
    // Four days on (the Hub's clock too): a snapshot is never dated after the run, so the week stays in the past.
    hub.setClock("2026-11-30T12:00:00.000Z");
    hub.catalogue.touch(7, { lastModified: "2026-11-30T08:00:00.000Z", downloadsAllTime: hub.catalogue.item(7).downloadsAllTime + 5000 });
    const run = await runAction(github, workspace);
    expect(run.code).toBe(0);
    const history = github.git(["show", `${github.branch}:data/history.csv`]).split("\n");
    expect(history).toHaveLength(3);
    expect(history[1]).toMatch(/^2026-11-26,1500,,,/);
    expect(history[2]).toMatch(/^2026-11-30,1500,0,0,/);
    expect(github.git(["show", "--name-only", "--format=", github.branch]).split("\n")).toContain("data/history.csv");
    expect(run.summary).toContain("**Since the previous snapshot** (2026-11-26, 4 days before)");
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
    expect(run.stdout).toMatch(/::error::list page 1 was refused by the Hub: HTTP 400: "Invalid pipeline_tag"/);
    expect(github.head()).toBe(head);
    expectNoSecrets(run);
  });
});

/** Every file of the branch's tree with its text, for "appears nowhere" assertions. */
function committedText(github: GitHubServer): string {
  const files = github.git(["ls-tree", "-r", "--name-only", github.branch]).split("\n").filter((f) => !f.endsWith(".png"));
  return files.map((f) => `${f}\n${github.git(["show", `${github.branch}:${f}`])}`).join("\n");
}

describe("private models (a token that can see them)", () => {
  const SECRET_IDS = ["org/m-2-secret", "org/m-7-secret"];
  let privateHub: HubServer;
  let savedHub: HubServer;

  beforeAll(async () => {
    const catalogue = new Catalogue({ size: 800, seed: 12, fromMonth: "2026-10" });
    catalogue.touch(2, { id: SECRET_IDS[0], author: "org", private: true, downloads: 123_456 });
    catalogue.touch(7, { id: SECRET_IDS[1], author: "org", private: true });
    privateHub = await startHub({ catalogue });
    savedHub = hub;
    hub = privateHub;
  });
  afterAll(async () => {
    hub = savedHub;
    await privateHub.close();
  });

  it("leaves them out of every committed file, the summary, the outputs and the log, and says how many", async () => {
    const github = await startGitHub();
    try {
      const run = await runAction(github, await mkdtemp(join(tmpdir(), "hf-trends-workspace-")));
      expect(run.code).toBe(0);
      expect(run.outputs.models).toBe("798");
      expect(run.stdout).toContain("left out 2 private model(s)");
      expect(run.summary).toContain("Left out 2 private model(s)");
      const shown = [committedText(github), run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join("\n");
      for (const id of SECRET_IDS) expect(shown).not.toContain(id);
      expect(shown).not.toContain("-secret");
      // Never sent to the storage phase either.
      for (const id of SECRET_IDS) expect(privateHub.stats.singleById.get(id)).toBeUndefined();
      // The Private column stays, false on every row.
      const month = github.git(["show", `${github.branch}:data/huggingface_models_data/huggingface_models_data-2026-11.csv`]);
      expect(month.split("\n")[0]).toContain(",Private,");
      expect(month).not.toMatch(/,true,(false|auto|manual),/);
    } finally {
      await github.close();
    }
  });

  it("keeps them with include-private in a private repository, and warns", async () => {
    const github = await startGitHub();
    github.isPrivate = true;
    try {
      const run = await runAction(github, await mkdtemp(join(tmpdir(), "hf-trends-workspace-")), { "include-private": "true" });
      expect(run.code).toBe(0);
      expect(run.outputs.models).toBe("800");
      expect(run.stdout).toMatch(/::warning::the dataset contains 2 private model\(s\) \(the input include-private: true\)/);
      expect(run.summary).toContain("This dataset contains 2 private model(s)");
      for (const id of SECRET_IDS) expect(committedText(github)).toContain(id);
    } finally {
      await github.close();
    }
  });

  it("refuses include-private for a public repository before writing anything, naming the input (event payload, then the API)", async () => {
    const github = await startGitHub();
    try {
      const scratch = await mkdtemp(join(tmpdir(), "hf-trends-event-"));
      const event = join(scratch, "event.json");
      // The payload says public even though the API would say private: the payload is the first word.
      github.isPrivate = true;
      await writeFile(event, JSON.stringify({ repository: { full_name: `${github.owner}/${github.repo}`, private: false } }));
      for (const extraEnv of [{ GITHUB_EVENT_PATH: event }, {}] as Array<Record<string, string>>) {
        if (!("GITHUB_EVENT_PATH" in extraEnv)) github.isPrivate = false;
        const workspace = await mkdtemp(join(tmpdir(), "hf-trends-workspace-"));
        const head = github.head();
        const listBefore = privateHub.stats.listRequests;
        const run = await runAction(github, workspace, { "include-private": "true" }, extraEnv);
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/::error::the input include-private: true keeps private models, but octo\/trends is public.*Nothing was written/);
        expect(await readdir(workspace)).toEqual([]);
        expect(privateHub.stats.listRequests).toBe(listBefore);
        expect(github.head()).toBe(head);
      }
    } finally {
      await github.close();
    }
  });
});

describe("a new repository's first week", () => {
  it("mode: enrich with no dataset does the first refresh: green, one commit with dataset, charts and findings", async () => {
    const github = await startGitHub();
    try {
      const base = github.head() as string;
      const run = await runAction(github, await mkdtemp(join(tmpdir(), "hf-trends-workspace-")), { mode: "enrich" });
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain("::error::");
      expect(run.stdout).toContain("this first run does a full refresh instead");
      expect(github.git(["rev-list", `${base}..${github.branch}`]).split("\n")).toHaveLength(1);
      const files = github.git(["show", "--name-only", "--format=", github.branch]).split("\n");
      expect(files).toEqual(expect.arrayContaining([
        "data/huggingface_models_data/manifest.json", "data/insights.json", "data/insights.md", "charts/weekly_and_cumulative_models.png",
      ]));
      expect(run.summary).toContain("this `enrich` run did the first full refresh instead");
      expect(run.summary).toContain("**This is the first snapshot.**");
    } finally {
      await github.close();
    }
  });

  it("advice in the action's terms: a shrink, a dropped tag, a refused token", async () => {
    const github = await startGitHub();
    const workspace = await mkdtemp(join(tmpdir(), "hf-trends-workspace-"));
    try {
      expect((await runAction(github, workspace, { commit: "false" })).code).toBe(0);
      for (let i = 0; i < 400; i++) hub.catalogue.deleted.add(1000 + i);
      const shrunk = await runAction(github, workspace, { commit: "false" });
      hub.catalogue.deleted.clear();
      expect(shrunk.code).toBe(1);
      expect(shrunk.stdout).toMatch(/::error::the Hub listed \d+ models, fewer than 90%.*run again with the input allow-shrink: true/);
      const otherTag = await runAction(github, workspace, { commit: "false", "pipeline-tag": "text2text-generation" });
      expect(otherTag.stdout).toMatch(
        /::error::the dataset tracks text-generation; tracking text2text-generation drops "text-generation", and its models would be removed: nothing was written\. To drop it, run again with the input allow-shrink: true; to track text2text-generation apart, give it a folder of its own \(the input data-dir: data\/text2text-generation\)/,
      );
      hub.options.forced = [{ status: 401, error: "Invalid credentials in Authorization header" }];
      const refused = await runAction(github, workspace, { commit: "false" });
      expect(refused.stdout).toMatch(/::error::the Hub refused the token in hf-token \(the secret it reads\): it is expired, revoked or mistyped; create a read token at https:\/\/huggingface.co\/settings\/tokens and update the secret/);
    } finally {
      await github.close();
    }
  });
});

describe("wording", () => {
  it("no ::error:: or ::warning:: the action showed in these tests names a CLI flag or command", () => {
    const annotations = allRuns.flatMap((out) => out.split("\n").filter((l) => /^::(error|warning)\b/.test(l)));
    expect(annotations.length).toBeGreaterThan(3);
    for (const line of annotations) {
      expect(line, line).not.toMatch(/(^|[\s(])--[a-z]/);
      expect(line, line).not.toMatch(/hf-trends (refresh|harvest|enrich|charts)/);
    }
  });
});
