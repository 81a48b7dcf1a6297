/** On a Node older than package.json's engines, the npm scripts stop at once with one line that says what to install. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/cli.ts";

/** The machine's own Node (20 on CI's machines), when it is older than 24. */
const OLD_NODE = "/usr/bin/node";
const oldMajor = existsSync(OLD_NODE) ? Number(execFileSync(OLD_NODE, ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" })) : 24;

describe("the Node version check", () => {
  it("is silent on this Node", () => {
    const run = spawnSync(process.execPath, ["scripts/require-node.mjs"], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
  });

  it.runIf(oldMajor < 24)("stops `npm run demo` on an old Node with one line naming both versions and where to get Node 24", () => {
    const run = spawnSync("npm", ["run", "-s", "demo"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, PATH: `/usr/bin:${process.env.PATH}` } });
    expect(run.status).not.toBe(0);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`needs Node\\.js 24 or newer .*this is Node\\.js ${oldMajor}\\.\\d+\\.\\d+\\. Install Node\\.js 24 from https://nodejs\\.org`));
    expect(run.stdout).not.toContain("ERR_UNKNOWN_FILE_EXTENSION");
  });
});
