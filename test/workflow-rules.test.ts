/**
 * The workflows users copy hold no more power than they use: zizmor's rules (see
 * support/workflow-rules.ts) over every workflow file, every snippet of the README and docs/, and Dependabot's
 * configuration; and the same rules catch what version 1.0.0 shipped (test/fixtures/*-1.0.0.yml).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/cli.ts";
import { docBlocks } from "./support/readme.ts";
import { dependabotFindings, workflowFindings } from "./support/workflow-rules.ts";

const workflows = readdirSync(join(ROOT, ".github/workflows"))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ where: `.github/workflows/${f}`, text: readFileSync(join(ROOT, ".github/workflows", f), "utf8") }));
/** Snippets of README.md and docs/ that are workflows or jobs (a CITATION.cff example is neither). */
const snippets = docBlocks("ya?ml")
  .filter((b) => /^jobs:/m.test(b.text))
  .map((b) => ({ where: b.where, text: b.text }));
const fixture = (name: string) => readFileSync(join(ROOT, "test/fixtures", name), "utf8");

describe("workflows and snippets, by zizmor's rules", () => {
  it("has files and snippets to check", () => {
    expect(workflows.map((w) => w.where).sort()).toEqual([".github/workflows/ci.yml", ".github/workflows/refresh.yml", ".github/workflows/release.yml"]);
    expect(snippets.length).toBeGreaterThanOrEqual(3);
  });

  it.each([...workflows, ...snippets])("$where: least permissions, no persisted credentials, no template in run:, no cache on a tag push", ({ text, where }) => {
    expect(workflowFindings(text, where)).toEqual([]);
  });

  it("Dependabot waits a week before taking any release", () => {
    expect(dependabotFindings(readFileSync(join(ROOT, ".github/dependabot.yml"), "utf8"), "dependabot.yml")).toEqual([]);
  });

  it("each checkout of this repository's workflows keeps no credentials, and the one job that writes says so", () => {
    for (const { text, where } of [...workflows, ...snippets]) {
      for (const m of text.matchAll(/persist-credentials:\s*(\S+)/g)) expect(m[1], where).toBe("false");
    }
  });
});

describe("the rules can fail", () => {
  it("on version 1.0.0's refresh.yml: workflow-level write, a checkout that keeps its token, outputs spliced into run:", () => {
    const rules = workflowFindings(fixture("refresh-1.0.0.yml"), "refresh.yml").map((f) => f.rule);
    expect(rules).toContain("excessive-permissions");
    expect(rules).toContain("undocumented-permissions");
    expect(rules).toContain("artipacked");
    expect(rules).toContain("template-injection");
  });

  it("on version 1.0.0's release.yml (a cache on a tag push) and dependabot.yml (no cooldown)", () => {
    expect(workflowFindings(fixture("release-1.0.0.yml"), "release.yml").map((f) => f.rule)).toContain("cache-poisoning");
    expect(dependabotFindings(fixture("dependabot-1.0.0.yml"), "dependabot.yml").map((f) => f.rule)).toEqual(["dependabot-cooldown", "dependabot-cooldown"]);
  });

  it("on a snippet with persist-credentials: true and no reason, or a write without one", () => {
    const job = (lines: string) => `jobs:\n  x:\n    runs-on: ubuntu-latest\n    permissions:\n${lines}\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n        with:\n          persist-credentials: true\n`;
    expect(workflowFindings(job("      contents: write"), "x").map((f) => f.rule)).toEqual(["undocumented-permissions", "artipacked"]);
    expect(workflowFindings(job("      contents: write # the commit").replace("persist-credentials: true", "persist-credentials: true # pushes the tag"), "x")).toEqual([]);
  });
});
