/**
 * Releases that match what is on main: package.json, `hf-trends --version`, the changelog's newest
 * section, CITATION.cff and every pin comment in the README and docs/ name one version; nothing
 * waits under [Unreleased] with a version already cut; every version the docs or the code name
 * exists in the changelog; and the package installs onto PATH from its own tarball.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { isolatedDist, ROOT, runNode } from "./support/cli.ts";
import { tempDir } from "./support/fixtures.ts";
import { DOC_FILES } from "./support/readme.ts";

const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const CHANGELOG = readFileSync(join(ROOT, "CHANGELOG.md"), "utf8");
const SECTIONS = [...CHANGELOG.matchAll(/^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d\d-\d\d)$/gm)].map((m) => ({ version: m[1] as string, date: m[2] as string }));

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), ending) : e.name.endsWith(ending) ? [join(dir, e.name)] : []));
}

describe("one version everywhere", () => {
  it("package.json, hf-trends --version, the newest changelog section and CITATION.cff agree", async () => {
    expect(SECTIONS[0]?.version).toBe(VERSION);
    const run = await runNode(join(await isolatedDist(), "cli.js"), ["--version"]);
    expect(run.stdout.trim()).toBe(VERSION);
    const citation = parse(readFileSync(join(ROOT, "CITATION.cff"), "utf8")) as { version: string; "date-released": string };
    expect(String(citation.version)).toBe(VERSION);
    expect(citation["date-released"]).toBe(SECTIONS[0]?.date);
  });

  it("the changelog's sections are numbered, dated, newest first, and [Unreleased] holds nothing", () => {
    const unreleased = /^## \[Unreleased\]\n([\s\S]*?)^## \[/m.exec(CHANGELOG)?.[1] ?? "";
    expect(unreleased.trim()).toBe("");
    const ordered = [...SECTIONS].sort((a, b) => b.version.localeCompare(a.version, "en", { numeric: true }));
    expect(SECTIONS).toEqual(ordered);
    for (let i = 1; i < SECTIONS.length; i++) expect((SECTIONS[i] as { date: string }).date <= (SECTIONS[i - 1] as { date: string }).date).toBe(true);
  });

  it("every pin comment of the action in the README and docs/ names this version", () => {
    const pins = DOC_FILES.flatMap((file) => [...readFileSync(join(ROOT, file), "utf8").matchAll(/hf-model-trends@\S+ # v(\d+\.\d+\.\d+)/g)].map((m) => `${file}: ${m[1]}`));
    expect(pins.length).toBeGreaterThanOrEqual(3);
    for (const pin of pins) expect(pin).toMatch(new RegExp(`: ${VERSION.replace(/\./g, "\\.")}$`));
  });

  it("every version the docs, the data dictionary or the code name is in the changelog", () => {
    const known = new Set(SECTIONS.map((s) => s.version));
    const texts = [...DOC_FILES, "data/README.md", ...files(join(ROOT, "src"), ".ts").map((f) => relative(ROOT, f))];
    const named = texts.flatMap((file) =>
      [...readFileSync(join(ROOT, file), "utf8").matchAll(/\b(?:release|releases|before|since|in|by|version|hf-model-trends)\s+v?(\d+\.\d+\.\d+)\b|\(v(\d+\.\d+\.\d+)[:)]|# v(\d+\.\d+\.\d+)\b(?! \()/g)].map((m) => ({ file, version: (m[1] ?? m[2] ?? m[3]) as string })),
    ).filter((n) => !/^4\.|^6\.|^0\./.test(n.version) || n.file.startsWith("src/"));
    const pinsOfOtherActions = /^(4\.\d\.\d|0\.5\.2)$/;
    const unknown = named.filter((n) => !known.has(n.version) && !pinsOfOtherActions.test(n.version));
    expect(unknown).toEqual([]);
    expect(named.length).toBeGreaterThan(3);
  });
});

describe("the install line", () => {
  it("puts hf-trends on PATH from the package alone, in a clean directory, with nothing else to install", async () => {
    const dir = await tempDir("hf-trends-install-");
    const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8" }).trim().split("\n").at(-1) as string;
    const prefix = join(dir, "prefix");
    // --offline: the package has no dependencies, so the registry is never asked.
    execFileSync("npm", ["install", "--global", "--offline", "--no-audit", "--no-fund", "--prefix", prefix, join(dir, tarball)], { cwd: dir, encoding: "utf8" });
    const clean = await tempDir("hf-trends-clean-");
    const version = execFileSync(join(prefix, "bin", "hf-trends"), ["--version"], { cwd: clean, encoding: "utf8", env: { PATH: `${join(prefix, "bin")}:${process.env.PATH}`, HOME: clean } });
    expect(version.trim()).toBe(VERSION);
    const installed = readdirSync(join(prefix, "lib", "node_modules"));
    expect(installed).toEqual(["hf-model-trends"]);
    expect(readdirSync(join(prefix, "lib", "node_modules", "hf-model-trends"))).not.toContain("node_modules");
  });

  it("the README gives that line, the one-minute try and the demo, none of which needs npm ci", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain(`npm install --global github:OWNER/hf-model-trends#v${VERSION}`);
    expect(readme).toMatch(/hf-trends refresh --max-models \d+/);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies?: object; scripts: Record<string, string> };
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.scripts.start).not.toContain("build");
    expect(pkg.scripts.demo).not.toContain("build");
  });
});
