/**
 * Settings that reach requests, paths and messages are checked before any work: a pipeline tag
 * with a line break (it would add commit trailers) or a branch git would refuse stops the run at
 * once, through the bundled CLI and action; branch names are held to git's own check-ref-format.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { branchProblem, refPath } from "../src/settings.ts";
import { runBundledAction } from "./support/action-run.ts";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { tempDir } from "./support/fixtures.ts";
import { startGitHub } from "./support/github-server.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";

let dist: string;
let hub: HubServer;
beforeAll(async () => {
  dist = await isolatedDist();
  hub = await startHub({ catalogue: new Catalogue({ size: 100, seed: 3 }) });
});
afterAll(() => hub.close());

describe("the pipeline tag", () => {
  it.each(["text-generation\nCo-authored-by: someone <x@example.invalid>", "Text-Generation", "../data", "-x", ""])("%j stops the CLI with exit 2 before any request", async (tag) => {
    const before = hub.stats.requests;
    const run = await runNode(join(dist, "cli.js"), ["harvest", `--task=${tag}`, "--endpoint", hub.url, "--data-dir", await tempDir()], { cwd: dist });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/is not one the Hub uses: a tag is lower-case letters, digits and hyphens, such as text-generation \(--task text-generation\)/);
    expect(hub.stats.requests).toBe(before);
  });

  it("stops the action with the input's name, and no commit", async () => {
    const github = await startGitHub();
    try {
      const head = github.head();
      const run = await runBundledAction({
        dist, github, workspace: await tempDir("hf-trends-workspace-"), githubToken: "ghs_Settings0123456789",
        inputs: { "hf-endpoint": hub.url, "pipeline-tag": "text-generation\nSigned-off-by: x" },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::the pipeline tag .* is not one the Hub uses.*\(the input pipeline-tag: text-generation\)/);
      expect(github.head()).toBe(head);
    } finally {
      await github.close();
    }
  });
});

describe("the branch", () => {
  const names = ["main", "feature/x", "release-1.2", "a..b", "a b", "a~1", "x^", "a:b", "a?", "a*", "a[b", "a\\b", "/a", "a/", "a//b", ".a", "a/.b", "a.lock", "a/b.lock/c", "a.", "a@{b", "-a", "ü/ö", "a\tb", "tab\u007f"];

  it("is checked by git's own rules (git check-ref-format --branch)", () => {
    for (const name of names) {
      let gitAllows = true;
      try {
        execFileSync("git", ["check-ref-format", "--branch", name], { stdio: "ignore" });
      } catch {
        gitAllows = false;
      }
      expect(branchProblem(name) === undefined, name).toBe(gitAllows);
    }
    // git's --branch reads "@" as the current branch; as a name it is refused (check-ref-format rule 9).
    expect(branchProblem("@")).toBeDefined();
  });

  it("is encoded part by part in API paths", () => {
    expect(refPath("feature/x")).toBe("feature/x");
    expect(refPath("ü/#1")).toBe("%C3%BC/%231");
  });

  it("a bad one stops the CLI before any request", async () => {
    const before = hub.stats.requests;
    const run = await runNode(join(dist, "cli.js"), ["refresh", "--branch", "main..evil", "--endpoint", hub.url, "--data-dir", await tempDir()], { cwd: dist });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the branch "main\.\.evil" is not a name git allows \(it holds \.\.\): give a branch such as main \(--branch main\)/);
    expect(hub.stats.requests).toBe(before);
  });
});
