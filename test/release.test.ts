/** The release workflow's step, rehearsed: `scripts/release.mjs --dry-run` on this repository. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runNode } from "./support/cli.ts";
import { parseStrictYaml } from "./support/runner.ts";

const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

function release(args: string[]) {
  return runNode(join(ROOT, "scripts/release.mjs"), args, { cwd: ROOT });
}

describe("releases", () => {
  it("a tag of package.json's version: notes from CHANGELOG.md, the release created, the major tag moved (dry run)", async () => {
    const run = await release(["--tag", `v${VERSION}`, "--sha", "1234567890abcdef1234567890abcdef12345678", "--dry-run"]);
    expect(run.code, run.stderr).toBe(0);
    const notes = /--- notes ---\n([\s\S]*?)\n--- end of notes ---/.exec(run.stdout)?.[1] ?? "";
    const changelog = readFileSync(join(ROOT, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain(`## [${VERSION}]`);
    expect(notes.length).toBeGreaterThan(200);
    expect(changelog).toContain(notes);
    expect(notes).not.toContain("## [");
    const major = `v${VERSION.split(".")[0]}`;
    expect(run.stdout).toMatch(new RegExp(`^dry run: gh release create v${VERSION} --verify-tag --title v${VERSION} --notes-file \\S+notes.md$`, "m"));
    // The major tag moves through the API (no push credentials in the checkout): updated, or created on a major's first release.
    expect(run.stdout).toContain(`dry run: gh api --method PATCH repos/OWNER/REPO/git/refs/tags/${major} -f sha=1234567890abcdef1234567890abcdef12345678 -F force=true\n`);
    expect(run.stdout).toContain(`dry run: gh api --method POST repos/OWNER/REPO/git/refs -f ref=refs/tags/${major} -f sha=1234567890abcdef1234567890abcdef12345678\n`);
    // The version's own tag is made at the commit, through the API, before the release that verifies it.
    const tagged = run.stdout.indexOf(`dry run: gh api --method POST repos/OWNER/REPO/git/refs -f ref=refs/tags/v${VERSION} -f sha=1234567890abcdef1234567890abcdef12345678\n`);
    expect(tagged).toBeGreaterThan(-1);
    expect(tagged).toBeLessThan(run.stdout.indexOf("dry run: gh release create"));
    expect(run.stdout).not.toMatch(/git push/);
  });

  it("refuses a tag that is not package.json's version, or not a version", async () => {
    const other = await release(["--tag", "v99.0.0", "--dry-run"]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(`package.json says ${VERSION}, the tag says 99.0.0`);
    const bad = await release(["--tag", "latest", "--dry-run"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('the tag must look like v1.2.3, got "latest"');
  });

  it("the workflow runs when a version lands on main, with the least permissions: read, and contents: write only for the release job", () => {
    const workflow = parseStrictYaml(readFileSync(join(ROOT, ".github/workflows/release.yml"), "utf8"), "release.yml") as {
      on: { push: { branches: string[]; paths: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { needs?: string; permissions?: Record<string, string>; steps: Array<{ run?: string }> }>;
    };
    expect(workflow.on.push.branches).toEqual(["main"]);
    expect(workflow.on.push.paths).toEqual(["package.json"]);
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.verify?.permissions).toBeUndefined();
    expect(workflow.jobs.release?.permissions).toEqual({ contents: "write" });
    expect(workflow.jobs.release?.needs).toBe("verify");
    expect(workflow.jobs.verify?.steps.some((s) => s.run === "npm test")).toBe(true);
    expect(workflow.jobs.release?.steps.some((s) => s.run?.includes("node scripts/release.mjs --tag"))).toBe(true);
  });

  it("dependabot keeps the action pins and npm dependencies current, weekly", () => {
    const config = parseStrictYaml(readFileSync(join(ROOT, ".github/dependabot.yml"), "utf8"), "dependabot.yml") as {
      version: number;
      updates: Array<{ "package-ecosystem": string; schedule: { interval: string }; groups?: Record<string, { "dependency-type"?: string }> }>;
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u["package-ecosystem"]).sort()).toEqual(["github-actions", "npm"]);
    for (const update of config.updates) expect(update.schedule.interval).toBe("weekly");
    const npm = config.updates.find((u) => u["package-ecosystem"] === "npm");
    expect(Object.values(npm?.groups ?? {}).map((g) => g["dependency-type"])).toContain("development");
  });
});
