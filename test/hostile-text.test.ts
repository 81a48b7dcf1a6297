/// <reference lib="dom" />
/**
 * Hub text is data, never markup or commands. A stand-in Hub serves markup and pipes in licences
 * and base models, terminal escapes and workflow commands in library names and ids, and ids the
 * Hub never issues; the bundled CLI and action refresh from it. The dataset keeps every byte; the
 * markdown tables keep their shape; the log holds no control sequence or command; the site, under
 * its Content-Security-Policy in Chromium, runs none of it and still draws every chart.
 */
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBundledAction, type ActionRun } from "./support/action-run.ts";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, runNode, type CliResult } from "./support/cli.ts";
import { tempDir } from "./support/fixtures.ts";
import { startGitHub, type GitHubServer } from "./support/github-server.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { serveFolder, type StaticServer } from "./support/static-server.ts";
import { haveBrowser, launchChromium, makeChartsInteractive } from "./support/site-page.ts";

const HOSTILE_LICENSE = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_BASE = 'evil/<img src=y onerror="window.__pwned2=1">|x';
const HOSTILE_LIBRARIES = ["lib|`tick`<b>*bold*</b>", "\u001b[31mred\u001b[0m\u001b]0;title\u0007", "line\n::error::injected from a library", "##[error]legacy command", "::warning::at the start"];
/** Listed, never written: none is an id the Hub issues. */
const INVALID_IDS = ["../../x", "<svg onload=alert(1)>/x", "owner/na\n::error::me", "a/b/c", "x--y/z", "\u001b[2Jowner/name"];


let hub: HubServer;
let catalogue: Catalogue;
let dist: string;

/** The stand-in's catalogue with hostile text in a few hundred models, enough to reach the findings' tables. */
function hostileCatalogue(): Catalogue {
  const c = new Catalogue({ size: 3000, seed: 23, fromMonth: "2026-06", nastyShare: 0 });
  const withoutLineage = (tags: string[]) => tags.filter((t) => !t.startsWith("license:") && !t.startsWith("base_model:"));
  for (let i = 100; i < 400; i++) c.touch(i, { tags: [...withoutLineage(c.item(i).tags), `license:${HOSTILE_LICENSE}`] });
  for (let i = 400; i < 700; i++) c.touch(i, { tags: [...withoutLineage(c.item(i).tags), `base_model:${HOSTILE_BASE}`, `base_model:finetune:${HOSTILE_BASE}`, "license:mit"] });
  HOSTILE_LIBRARIES.forEach((library, k) => c.touch(700 + k, { library_name: library }));
  INVALID_IDS.forEach((id, k) => c.touch(800 + k, { id }));
  return c;
}

beforeAll(async () => {
  catalogue = hostileCatalogue();
  hub = await startHub({ catalogue });
  dist = await isolatedDist();
});
afterAll(() => hub?.close());

/** A GFM table row's cells: split on every `|` not escaped by a backslash, as GitHub and marked do. */
function cells(row: string): string[] {
  return row.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "").split(/(?<!\\)\|/);
}

/** Every table of a markdown text: each row must have its header's number of cells. */
function tableShapes(markdown: string): Array<{ header: string; widths: number[] }> {
  const tables: Array<{ header: string; widths: number[] }> = [];
  let current: { header: string; widths: number[] } | undefined;
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) {
      current = undefined;
      continue;
    }
    if (!current) tables.push((current = { header: line, widths: [] }));
    current.widths.push(cells(line).length);
  }
  return tables;
}

function expectWholeTables(markdown: string): void {
  const tables = tableShapes(markdown);
  expect(tables.length).toBeGreaterThan(3);
  for (const table of tables) expect(new Set(table.widths), table.header).toEqual(new Set([table.widths[0]]));
}

/** No line a terminal or the Actions runner would act on. */
function expectPlainLog(log: string): void {
  expect(log).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  const lines = log.split("\n");
  // The action's own annotations are allowed: ::warning:: and ::error:: lines it writes with @actions/core, whose data is escaped.
  const injected = lines.filter((l) => /^\s*::/.test(l) && !/^::(add-mask|group|endgroup|warning|error|notice|set-output|debug)(\s[^:]*)?::/.test(l));
  expect(injected).toEqual([]);
  expect(lines.filter((l) => /##\[/.test(l))).toEqual([]);
}

describe("a refresh by the bundled CLI from a Hub that serves hostile text", () => {
  let dir: string;
  let run: CliResult;

  beforeAll(async () => {
    dir = await tempDir("hf-trends-hostile-");
    run = await runNode(join(dist, "cli.js"), ["refresh", "--endpoint", hub.url, "--data-dir", `${dir}/data`, "--charts-dir", `${dir}/charts`, "--site-dir", `${dir}/site`, "--enrich-budget", "50"]);
  });

  it("exits 0, leaving out the ids the Hub never issues and saying how many", () => {
    expect(run.stderr).toContain(`${INVALID_IDS.length} models with ids the Hub does not issue were left out, e.g. "../../x", "<svg onload=alert(1)>/x", "owner/na\\n::error::me"`);
    expect(run.code).toBe(0);
  });

  it("prints no terminal control sequence and no workflow command", () => {
    expectPlainLog(run.stdout + run.stderr);
  });

  it("keeps every valid model's text byte for byte in the CSV", async () => {
    const folder = join(dir, "data", "huggingface_models_data");
    const rows: string[][] = [];
    for (const file of (await readdir(folder)).filter((f) => f.endsWith(".csv") && f !== "index.csv").sort()) {
      rows.push(...(parse(await readFile(join(folder, file)), { from_line: 2, relax_column_count: false }) as string[][]));
    }
    const byId = new Map(rows.map((row) => [row[0] as string, row]));
    expect(byId.size).toBe(catalogue.size - INVALID_IDS.length);
    for (const id of INVALID_IDS) expect(byId.has(id)).toBe(false);
    expect(byId.get(catalogue.item(150).id)?.[15]).toBe(HOSTILE_LICENSE);
    expect(byId.get(catalogue.item(450).id)?.[13]).toBe(HOSTILE_BASE);
    HOSTILE_LIBRARIES.forEach((library, k) => expect(byId.get(catalogue.item(700 + k).id)?.[7]).toBe(library));
  });

  it("keeps every table of insights.md whole, still naming the hostile licence and family (escaped)", async () => {
    const markdown = await readFile(join(dir, "data", "insights.md"), "utf8");
    expectWholeTables(markdown);
    expect(markdown).toContain("| &lt;img src=x onerror=\"window.\\_\\_pwned=1\"&gt; |");
    expect(markdown).toContain("| evil/&lt;img src=y onerror=\"window.\\_\\_pwned2=1\"&gt;\\|x (not in the dataset) |");
    expect(markdown).not.toMatch(/<img/);
  });

  describe.runIf(haveBrowser)("the site in Chromium", () => {
    let site: StaticServer;
    let browser: Browser;
    beforeAll(async () => {
      site = await serveFolder(join(dir, "site"), "/hf-model-trends/");
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it("runs under a strict policy, draws every chart, runs no injected script and shows the text as text", async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const problems: string[] = [];
      let dialogs = 0;
      page.on("console", (m) => void (m.type() === "error" && problems.push(m.text())));
      page.on("pageerror", (e) => problems.push(e.message));
      page.on("dialog", (d) => {
        dialogs++;
        void d.dismiss();
      });
      await page.goto(site.url);
      await makeChartsInteractive(page);

      const policy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute("content") ?? "");
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);

      // Hover every bar of the families chart: its tooltips name the hostile root.
      const families = page.locator('[data-chart="families"] svg .mark-rect path');
      const bars = await families.count();
      expect(bars).toBeGreaterThan(0);
      await page.locator('[data-chart="families"]').scrollIntoViewIfNeeded();
      for (let k = 0; k < bars; k++) {
        const box = await families.nth(k).boundingBox();
        if (box && box.width >= 1) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      }
      expect(await page.locator("#vg-tooltip-element").textContent()).not.toBe("");
      await page.selectOption("#family", HOSTILE_BASE);
      await page.waitForFunction(() => (document.querySelector("#family-view")?.textContent ?? "").includes("derivatives"));

      expect(await page.evaluate(() => [(window as unknown as Record<string, unknown>).__pwned, (window as unknown as Record<string, unknown>).__pwned2])).toEqual([undefined, undefined]);
      expect(dialogs).toBe(0);
      expect(problems).toEqual([]);
      expect(await page.locator("img").count()).toBe(0);
      const drawn = await page.$$eval("[data-chart]", (nodes) => nodes.map((n) => (n as HTMLElement).dataset.drawn));
      expect(drawn.every((d) => d === "true")).toBe(true);

      // The findings' tables, rendered: the hostile licence and family are in a cell of their own, as the Hub wrote them.
      const findingsCells = await page.$$eval("#findings td", (tds) => tds.map((td) => td.textContent));
      expect(findingsCells).toContain(HOSTILE_LICENSE);
      expect(findingsCells).toContain(`${HOSTILE_BASE} (not in the dataset)`);
      const shapes = await page.$$eval("#findings table", (tables) => tables.map((t) => [...t.querySelectorAll("tr")].map((tr) => tr.children.length)));
      for (const widths of shapes) expect(new Set(widths).size).toBe(1);
      await page.close();
    });

    it("refuses an inline script: the policy is in force", async () => {
      const page = await browser.newPage();
      await page.goto(site.url);
      await expect(page.addScriptTag({ content: "window.__inline = 1" })).rejects.toThrow();
      expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__inline)).toBeUndefined();
      await page.close();
    });
  });
});

describe("a refresh by the bundled action from a Hub that serves hostile text", () => {
  let github: GitHubServer;
  let run: ActionRun;

  beforeAll(async () => {
    github = await startGitHub();
    run = await runBundledAction({
      dist, github, workspace: await mkdtemp(join(tmpdir(), "hf-trends-workspace-")), githubToken: "ghs_HostileTest0123456789",
      inputs: { "hf-endpoint": hub.url, "enrich-budget": "50" },
    });
  });
  afterAll(() => github?.close());

  it("exits 0 and its log has no injected workflow command or control sequence", () => {
    expect(run.code).toBe(0);
    expectPlainLog(run.stdout + run.stderr);
  });

  it("writes a job summary whose tables keep their shape and name the hostile text, escaped", () => {
    expectWholeTables(run.summary);
    expect(run.summary).toContain(`${INVALID_IDS.length} models with ids the Hub does not issue were left out`);
    expect(run.summary).toContain("&lt;img src=x onerror=");
    expect(run.summary).not.toMatch(/<img|<svg/);
  });
});
