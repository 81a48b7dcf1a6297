/**
 * The front door (issue 39): a README a newcomer reads in five minutes, and pages in docs/ for the
 * rest, whose every relative link (file and heading) resolves, as GitHub renders them.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/cli.ts";
import { CLI_TABLE_END, CLI_TABLE_START, DOC_FILES } from "./support/readme.ts";
import { CLI_OPTIONS, COMMANDS, helpText, optionsMarkdown } from "../src/cli-options.ts";

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors of a markdown page: its headings' slugs (outside code blocks), repeats numbered as GitHub does. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let fenced = false;
  for (const line of text.split("\n")) {
    if (/^```/.test(line)) fenced = !fenced;
    const match = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (!match) continue;
    const base = slug(match[1] as string);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Every relative link of a page outside code: `[text](target)` whose target has no scheme. */
function relativeLinks(text: string): string[] {
  const prose = text.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, (code) => (code.includes("](") ? "" : code));
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string).filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

const PAGES = DOC_FILES;

describe("the front door", () => {
  it("README.md is at most 250 lines", () => {
    expect(readFileSync(join(ROOT, "README.md"), "utf8").trimEnd().split("\n").length).toBeLessThanOrEqual(250);
  });

  it("docs/ has a page per subject, each reached from the README", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const docs = DOC_FILES.filter((f) => f.startsWith("docs/"));
    expect(docs.length).toBeGreaterThanOrEqual(7);
    for (const page of docs) expect(relativeLinks(readme), page).toContain(page);
  });

  it("data/README.md, which every run copies beside the data in other repositories, has no relative link to break there", () => {
    expect(relativeLinks(readFileSync(join(ROOT, "data/README.md"), "utf8"))).toEqual([]);
  });

  it.each(PAGES)("every relative link of %s resolves, to its file and heading", (page) => {
    const links = relativeLinks(readFileSync(join(ROOT, page), "utf8"));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [path = "", anchor] = link.split("#");
      const target = path === "" ? page : normalize(join(dirname(page), path));
      expect(existsSync(join(ROOT, target)), `${page}: ${link} (no file ${target})`).toBe(true);
      if (anchor !== undefined && target.endsWith(".md")) {
        expect([...anchors(readFileSync(join(ROOT, target), "utf8"))], `${page}: ${link}`).toContain(anchor);
      }
    }
  });

  it("finds a broken link and GitHub's anchors as GitHub makes them", () => {
    expect(slug("Start: one workflow, one secret")).toBe("start-one-workflow-one-secret");
    expect(slug("Storage: `Used Storage`, learned incrementally")).toBe("storage-used-storage-learned-incrementally");
    expect(slug("History from day one: `backfill`")).toBe("history-from-day-one-backfill");
    expect(relativeLinks("see [a](docs/x.md#y), [b](https://x.org), `[c](not-a-link)`\n```\n[d](e.md)\n```")).toEqual(["docs/x.md#y"]);
  });
});

describe("the CLI's help and docs/cli.md", () => {
  it("come from one table (src/cli-options.ts): the page's tables are the table's, the help names every option and command", async () => {
    const page = readFileSync(join(ROOT, "docs/cli.md"), "utf8");
    const start = page.indexOf(CLI_TABLE_START);
    const end = page.indexOf(CLI_TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(page.slice(start + CLI_TABLE_START.length, end).trim(), "run node scripts/cli-docs.ts").toBe(optionsMarkdown());
    const help = helpText("0.0.0");
    for (const option of CLI_OPTIONS) expect(help).toContain(`--${option.name}`);
    for (const command of Object.keys(COMMANDS)) expect(help).toMatch(new RegExp(`^  ${command} `, "m"));
  });
});

describe("each measured number in one place", () => {
  const bench = readFileSync(join(ROOT, "BENCHMARKS.md"), "utf8");
  const quotes = DOC_FILES.flatMap((file) =>
    [...readFileSync(join(ROOT, file), "utf8").matchAll(/\[([^\]]*\d[^\]]*)\]\((?:\.\.\/)?BENCHMARKS\.md(?:#[^)]*)?\)/g)].map((m) => ({ file, text: m[1] as string })),
  );

  it("a figure the README or docs/ quote from BENCHMARKS.md is there word for word", () => {
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    expect(quotes.filter((q) => !bench.includes(q.text))).toEqual([]);
  });

  it("no page gives a measured speed, ratio or size of the Parquet, the write or the charts but as such a quote", () => {
    const measured = /\d+(?:\.\d+)? ?MB\/s|\d+\.\d\d ?×|\d+(?:\.\d+)? ?(?:s|MB|MiB|GB) (?:of CPU|charts|against|of CSV)/;
    const outside = DOC_FILES.flatMap((file) =>
      readFileSync(join(ROOT, file), "utf8")
        .replace(/\[[^\]]*\]\((?:\.\.\/)?BENCHMARKS\.md[^)]*\)/g, "")
        .split("\n")
        .filter((line) => measured.test(line))
        .map((line) => `${file}: ${line}`),
    );
    expect(outside).toEqual([]);
  });
});

describe("the README's pictures", () => {
  it("show two charts and the site, each a real PNG in docs/images/, said to be the demo's synthetic data", async () => {
    const { decode } = await import("fast-png");
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const sources = [...readme.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1] as string);
    expect(sources).toEqual(["docs/images/weekly_and_cumulative_models.png", "docs/images/largest_model_families.png", "docs/images/site.png"]);
    for (const source of sources) {
      const png = decode(readFileSync(join(ROOT, source)));
      expect(png.width, source).toBeGreaterThan(600);
    }
    expect(readme).toMatch(/demo's synthetic data/);
  });
});
