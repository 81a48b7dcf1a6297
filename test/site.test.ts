/// <reference lib="dom" />
/**
 * The site in a real browser: Debian's chromium driven by playwright-core, the site built from
 * the stand-in (two weekly refreshes) and served from a sub-path as GitHub Pages serves it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartFiles } from "../src/specs/files.ts";
import { refresh, type RefreshOptions } from "../src/pipeline.ts";
import { Catalogue } from "./support/catalogue.ts";
import { FAST_CLIENT, memoryLogger, snapshot, tempDir } from "./support/fixtures.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { serveFolder, type StaticServer } from "./support/static-server.ts";
import { haveBrowser, launchChromium, makeChartsInteractive } from "./support/site-page.ts";

const SITE_URL = "https://octo.github.io/trends/";

/** Python's feedparser on a feed file: what a feed reader makes of it. */
const FEEDPARSER = `
import feedparser, json, sys
d = feedparser.parse(sys.argv[1])
print(json.dumps({"version": d.version, "bozo": int(d.bozo), "title": d.feed.get("title"), "entries": [{"title": e.title, "updated": e.updated, "id": e.id, "summary": e.summary} for e in d.entries]}))
`;

let hub: HubServer;
let catalogue: Catalogue;
let dir: string;
let site: StaticServer;
let browser: Browser;

function options(siteDir: string): RefreshOptions {
  return {
    endpoint: hub.url, task: "text-generation", dataDir: `${dir}/data`, chartsDir: `${dir}/charts`, siteDir,
    enrichBudget: 300, enrichMinutes: 1, client: FAST_CLIENT,
    siteLinks: { siteUrl: SITE_URL, repositoryUrl: "https://github.com/octo/trends", datasetPath: "data/huggingface_models_data" },
  };
}

beforeAll(async () => {
  if (!haveBrowser) return;
  catalogue = new Catalogue({ size: 6000, seed: 17, fromMonth: "2026-01" });
  hub = await startHub({ catalogue });
  dir = await tempDir("hf-trends-site-");
  for (let i = 0; i < 200; i++) catalogue.deleted.add(i);
  await refresh(options(`${dir}/site`), memoryLogger());
  catalogue.deleted.clear();
  for (let i = 200; i < 6000; i += 3) catalogue.touch(i, { downloadsAllTime: catalogue.item(i).downloadsAllTime + (i % 900) });
  catalogue.touch(210, { lastModified: "2026-11-30T10:00:00.000Z" });
  hub.setClock("2026-11-30T12:00:00.000Z");
  await refresh(options(`${dir}/site`), memoryLogger());
  site = await serveFolder(`${dir}/site`, "/hf-model-trends/");
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await hub?.close();
});

interface Visit {
  page: Page;
  problems: string[];
  outside: string[];
}

async function open(): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems: string[] = [];
  const outside: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(site.origin)) outside.push(r.url());
  });
  await page.goto(site.url);
  await makeChartsInteractive(page);
  return { page, problems, outside };
}

describe.runIf(haveBrowser)("the site in Chromium, served from a sub-path", () => {
  let visit: Visit;
  beforeAll(async () => {
    visit = await open();
  });

  it("loads with no console error, no failed request and no request outside its origin", () => {
    expect(visit.problems).toEqual([]);
    expect(visit.outside).toEqual([]);
    expect(new URL(visit.page.url()).pathname).toBe("/hf-model-trends/");
  });

  it("draws every chart, each with a text alternative", async () => {
    const charts = await visit.page.$$eval("[data-chart]", (nodes) =>
      nodes.map((n) => ({
        name: (n as HTMLElement).dataset.chart,
        drawn: (n as HTMLElement).dataset.drawn,
        marks: n.querySelectorAll("svg .mark-rect path, svg .mark-symbol path, svg .mark-area path, svg .mark-line path, svg .mark-text text").length,
        text: document.getElementById(n.getAttribute("aria-describedby") ?? "")?.textContent ?? "",
      })),
    );
    expect(charts.map((c) => c.name)).toEqual(["weekly", "storage", "downloads", "classes", "relations", "families", "snapshots", "lorenz", "sizes", "weeklyDownloads", "shareByAuthor", "shareByBase", "concentrationOverTime"]);
    for (const chart of charts) {
      expect(chart.drawn, chart.name).toBe("true");
      expect(chart.marks, chart.name).toBeGreaterThan(0);
      expect(chart.text.length, chart.name).toBeGreaterThan(20);
    }
  });

  it("finds a model by its id and by its author, and links it to the Hub", async () => {
    const { page } = visit;
    // A model with downloads and likes, different, and not touched between the refreshes.
    const index = Array.from({ length: 6000 }, (_, i) => i).find((i) => i > 1000 && i % 3 !== 2 && catalogue.item(i).likes > 0 && catalogue.item(i).downloads > catalogue.item(i).likes) as number;
    const target = catalogue.item(index).id;
    await page.fill("#q", target);
    await page.waitForFunction((id) => document.querySelector("#status")?.getAttribute("data-query") === id.toLowerCase(), target);
    const links = await page.$$eval("#results tbody a", (as) => as.map((a) => ({ text: a.textContent, href: (a as HTMLAnchorElement).href })));
    expect(links).toContainEqual({ text: target, href: `https://huggingface.co/${target}` });
    // Its row shows its own numbers: 30-day downloads, likes, downloads since (0: untouched), creation day.
    const cells = await page.$$eval("#results tbody tr", (rows, id) => {
      const row = rows.find((r) => r.querySelector("a")?.textContent === id);
      return [...(row?.querySelectorAll("td") ?? [])].map((td) => td.textContent ?? "");
    }, target);
    const item = catalogue.item(index);
    expect(cells).toEqual([item.downloads.toLocaleString("en-US"), item.likes.toLocaleString("en-US"), "0", item.createdAt.slice(0, 10)]);
    const author = target.split("/")[0] as string;
    await page.fill("#q", author);
    await page.waitForFunction((a) => document.querySelector("#status")?.getAttribute("data-query") === a.toLowerCase(), author);
    const byAuthor = await page.$$eval("#results tbody a", (as) => as.map((a) => a.textContent ?? ""));
    expect(byAuthor.length).toBeGreaterThan(0);
    for (const id of byAuthor) expect(id.toLowerCase()).toContain(author.toLowerCase());
    // Sorting by downloads since the previous snapshot: measured by the second refresh.
    await page.selectOption("#sort", "since");
    await page.waitForFunction(() => document.querySelector("#results tbody tr td:nth-of-type(3)")?.textContent !== undefined);
    const since = await page.$$eval("#results tbody tr", (rows) => rows.map((r) => r.querySelectorAll("td")[2]?.textContent ?? ""));
    const numbers = since.filter((t) => t !== "—").map((t) => Number(t.replace(/,/g, "")));
    expect(numbers.length, "models in both snapshots show their downloads since").toBeGreaterThan(0);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  it("shows a tooltip naming the model under the cursor on the scatter", async () => {
    const { page } = visit;
    const points = page.locator('[data-chart="downloads"] .mark-symbol path');
    await points.first().scrollIntoViewIfNeeded();
    // A point the cursor can reach: nothing else (a legend, a neighbour) drawn over its centre.
    const reachable = await points.evaluateAll((paths) => paths.findIndex((p) => {
      const r = p.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === p;
    }));
    expect(reachable).toBeGreaterThanOrEqual(0);
    await points.nth(reachable).hover();
    const tooltip = page.locator("#vg-tooltip-element");
    await tooltip.waitFor({ state: "visible", timeout: 10_000 });
    const text = (await tooltip.textContent()) ?? "";
    expect(text).toContain("Model");
    expect(text).toMatch(/[\w.-]+\/[\w.-]+/);
  });

  it("is keyboard-usable with labelled inputs: the skip link leads to the search box", async () => {
    const { page } = visit;
    const unlabelled = await page.$$eval("input, select", (inputs) => inputs.filter((i) => !document.querySelector(`label[for="${i.id}"]`)).map((i) => i.id));
    expect(unlabelled).toEqual([]);
    await page.goto(site.url);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Skip to the model explorer");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q");
  });

  it("shows a family's derivatives by relation and its top models", async () => {
    const { page } = visit;
    const root = await page.$eval("#family option", (o) => (o as HTMLOptionElement).value);
    await page.selectOption("#family", root);
    await page.waitForSelector("#family-view ol li a");
    expect(await page.textContent("#family-view")).toMatch(/derivatives \(finetune \d/);
    const href = await page.$eval("#family-view ol li a", (a) => (a as HTMLAnchorElement).href);
    expect(href).toMatch(/^https:\/\/huggingface\.co\/[^/]+\/[^/]+$/);
  });

  it("links the snapshot's Parquet and findings with their sizes, served beside the page", async () => {
    const { page } = visit;
    const links = await page.$$eval("#data a", (as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.parentElement?.textContent ?? "" })));
    expect(links.map((l) => new URL(l.href).pathname)).toEqual(["/hf-model-trends/data/huggingface_models_data.parquet", "/hf-model-trends/data/insights.json"]);
    for (const link of links) {
      expect(link.text).toMatch(/\((\d+(\.\d)? MB|\d+ kB)\)/);
      const response = await page.request.get(link.href);
      expect(response.status()).toBe(200);
      if (link.href.endsWith(".parquet")) expect((await response.body()).subarray(0, 4).toString()).toBe("PAR1");
    }
  });

  it("says how old the snapshot is when read more than 8 days after it, and nothing before", async () => {
    const page = await browser.newPage();
    const snapshotDay = await (async () => {
      await page.goto(site.url);
      return page.$eval("#snapshot-age", (p) => (p as HTMLElement).dataset.snapshot ?? "");
    })();
    const readOn = async (daysAfter: number) => {
      await page.clock.setFixedTime(new Date(Date.parse(snapshotDay) + daysAfter * 86_400_000 + 3_600_000));
      await page.goto(site.url);
      return page.$eval("#snapshot-age", (p) => ((p as HTMLElement).hidden ? null : p.textContent));
    };
    expect(await readOn(8)).toBeNull();
    expect(await readOn(11)).toBe(`This snapshot, ${snapshotDay}, is 11 days old: the weekly refresh has not published a newer one.`);
    await page.close();
  });

  it("shows each chart as an image at once, loads no vega before a chart is wanted, and swaps in place", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(site.url);
    await page.waitForLoadState("networkidle");
    expect(requested.filter((p) => /chunks\/|data\/charts\/|data\/search\//.test(p))).toEqual([]);
    const images = await page.$$eval("[data-chart] img", (imgs) => imgs.map((i) => i.getAttribute("src") ?? i.getAttribute("data-src")));
    expect(images).toHaveLength(chartFiles(false).length);
    for (const image of images) expect(image).toMatch(/^charts\/[a-z_]+\.png$/);
    // Only the images near the screen are fetched.
    expect(requested.filter((p) => p.includes("/charts/")).length).toBeLessThan(chartFiles(false).length);
    expect(await page.$eval("[data-chart] img", (i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    // Touch the first chart: vega loads, draws in the image's box; what is on screen does not move.
    await page.evaluate(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shift: number }).shift += (entry as unknown as { value: number }).value;
      }).observe({ type: "layout-shift", buffered: false });
    });
    await page.hover('[data-chart="weekly"]');
    await page.waitForSelector('[data-chart="weekly"][data-drawn="true"] svg');
    expect(requested.some((p) => /chunks\/embed-/.test(p))).toBe(true);
    expect(await page.locator('[data-chart="weekly"] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.02);
    await page.close();
  });

  it.each([320, 360, 768, 1400])("at %i px, after scrolling the whole page: every chart whole on the screen with its text inside it, the page no wider than the screen (screenshot kept)", async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(site.url);
    // As a reader does: scroll down through the page (the charts turn interactive as they near the screen).
    for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 700) {
      await page.evaluate((top) => scrollTo(0, top), y);
      await page.waitForTimeout(30);
    }
    await makeChartsInteractive(page);
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(dir, `site-${width}.png`), fullPage: true });
    const page_ = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
    expect(page_.scrollWidth, `the page at ${width}px`).toBeLessThanOrEqual(page_.innerWidth);
    const boxes = await page.$$eval("[data-chart]", (nodes) => nodes.map((node) => {
      const r = (node.querySelector("svg") as SVGSVGElement).getBoundingClientRect();
      return { name: (node as HTMLElement).dataset.chart, left: r.left, right: r.right, width: r.width };
    }));
    for (const box of boxes) {
      expect(box.left, `${box.name} at ${width}px`).toBeGreaterThanOrEqual(0);
      expect(box.right, `${box.name} at ${width}px`).toBeLessThanOrEqual(width + 0.5);
      expect(box.width, `${box.name} at ${width}px`).toBeGreaterThan(width * 0.6);
    }
    const charts = await page.$$eval("[data-chart]", (nodes) =>
      nodes.map((node) => {
        const svg = node.querySelector("svg") as SVGSVGElement;
        const box = svg.getBoundingClientRect();
        const outside = [...svg.querySelectorAll("text")]
          .map((t) => ({ text: t.textContent ?? "", r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1))
          .map(({ text }) => text);
        return { name: (node as HTMLElement).dataset.chart, outside };
      }),
    );
    for (const chart of charts) expect(chart.outside, `${chart.name} at ${width}px`).toEqual([]);
    // "Sort by" stays beside its select; at desktop width the explorer's controls share one line.
    const top = (selector: string) => page.$eval(selector, (e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2));
    expect(Math.abs((await top('label[for="sort"]')) - (await top("#sort")))).toBeLessThanOrEqual(4);
    if (width >= 1400) expect(Math.abs((await top("#q")) - (await top("#sort")))).toBeLessThanOrEqual(4);
    await page.close();
  });

  it("at 360 px (touch, 2×), after scrolling and tapping each chart: its phone layout, text ≥ 9 CSS px, the first image in the chart's proportions (±10%)", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    // Each chart image as it is shown, recorded when it loads (vega replaces it later).
    await page.addInitScript(() => {
      const shown: Record<string, { src: string; width: number; height: number; natural: number }> = {};
      (window as unknown as { shown: typeof shown }).shown = shown;
      document.addEventListener("load", (event) => {
        const img = event.target as HTMLImageElement;
        const chart = img.tagName === "IMG" ? img.closest<HTMLElement>("[data-chart]") : null;
        if (!chart?.dataset.chart) return;
        const r = img.getBoundingClientRect();
        shown[chart.dataset.chart] = { src: img.currentSrc, width: r.width, height: r.height, natural: img.naturalWidth };
      }, true);
    });
    await page.goto(site.url);
    const names = await page.$$eval("[data-chart]", (nodes) => nodes.map((n) => (n as HTMLElement).dataset.chart as string));
    expect(names.length).toBeGreaterThanOrEqual(9);
    // The box each chart's phone image takes (its <source>'s size): what a reader sees before vega draws.
    const boxes = Object.fromEntries(
      await page.$$eval("[data-chart] source", (sources) => (sources as HTMLSourceElement[]).map((s) => [(s.closest("[data-chart]") as HTMLElement).dataset.chart, { media: s.media, width: Number(s.getAttribute("width")), height: Number(s.getAttribute("height")) }] as const)),
    ) as Record<string, { media: string; width: number; height: number }>;
    expect(Object.keys(boxes).sort()).toEqual([...names].sort());
    // As a reader does: down the page, a tap on each chart as it comes.
    for (const name of names) {
      const chart = page.locator(`[data-chart="${name}"]`);
      await chart.scrollIntoViewIfNeeded();
      await page.waitForFunction((n) => Boolean((window as unknown as { shown: Record<string, unknown> }).shown[n]) || Boolean(document.querySelector(`[data-chart="${n}"][data-drawn]`)), name);
      await chart.tap({ position: { x: 5, y: 5 } });
      await page.waitForSelector(`[data-chart="${name}"][data-drawn="true"] svg`);
    }
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(dir, "site-360-touch.png"), fullPage: true });
    const shown = await page.evaluate(() => (window as unknown as { shown: Record<string, { src: string; width: number; height: number; natural: number }> }).shown);
    const drawn = await page.$$eval("[data-chart]", (nodes) =>
      nodes.map((node) => {
        const svg = node.querySelector("svg") as SVGSVGElement;
        const box = svg.getBoundingClientRect();
        const own = svg.viewBox.baseVal?.width || svg.width.baseVal.value;
        const scale = box.width / own;
        const sizes = [...svg.querySelectorAll("text")].filter((t) => (t.textContent ?? "").trim() !== "").map((t) => ({ text: t.textContent ?? "", px: parseFloat(getComputedStyle(t).fontSize) }));
        return { name: (node as HTMLElement).dataset.chart as string, width: box.width, height: box.height, scale, sizes };
      }),
    );
    for (const chart of drawn) {
      const small = chart.sizes.filter((s) => s.px * chart.scale < 9).map((s) => `${s.text} (${(s.px * chart.scale).toFixed(1)} px)`);
      expect(small, `${chart.name}: text under 9 CSS px after a tap`).toEqual([]);
      // The phone image's box against the drawn chart: the same proportions, so a tap moves nothing.
      const box = boxes[chart.name] as { width: number; height: number };
      const ratio = box.height / box.width / (chart.height / chart.width);
      expect(ratio, `${chart.name}: the image's proportions against the drawn chart's`).toBeGreaterThan(0.9);
      expect(ratio, `${chart.name}: the image's proportions against the drawn chart's`).toBeLessThan(1.1);
      // The image's text: the chart's smallest, at the scale the column gives the image (a 2× PNG of the same layout).
      const minimum = Math.min(...chart.sizes.map((s) => s.px));
      expect(minimum * (chart.width / box.width), `${chart.name}: the image's smallest text`).toBeGreaterThanOrEqual(9);
      const image = shown[chart.name];
      if (!image) continue; // drawn before its image had loaded: nothing else was shown
      expect(image.src, `${chart.name}: the phone layout's image`).toMatch(/\/charts\/phone\/[\w-]+\.png$/);
      // naturalWidth is in CSS px for a srcset with a density: the 2× PNG reads as its box.
      expect(image.natural, `${chart.name}: the image is the 2× PNG of its box`).toBe(box.width);
      expect(Math.abs(image.width - chart.width), `${chart.name}: the image as wide as the drawn chart`).toBeLessThanOrEqual(1);
    }
    // Most charts were seen as images first (those drawn before their image loaded are the exception).
    expect(Object.keys(shown).length).toBeGreaterThanOrEqual(names.length / 2);
    await context.close();
  });

  it("keeps the explorer's search, sort and family in the address: a copied link reopens the view, back and forward work", async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    const family = await page.$eval("#family option:nth-child(2)", (o) => (o as HTMLOptionElement).value);
    await page.fill("#q", "qwen");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "qwen");
    await page.selectOption("#sort", "likes");
    await page.selectOption("#family", family);
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "likes");
    const firstResult = () => page.waitForFunction(() => document.querySelector("#status")?.getAttribute("data-query")).then(() => page.$eval("#results tbody a", (a) => a.textContent));
    const before = await firstResult();
    const link = page.url();
    expect(new URL(link).searchParams.get("family")).toBe(family);
    const copy = await browser.newPage();
    await copy.goto(link);
    expect(await copy.inputValue("#q")).toBe("qwen");
    expect(await copy.inputValue("#sort")).toBe("likes");
    expect(await copy.inputValue("#family")).toBe(family);
    await copy.waitForFunction(() => document.querySelector("#status")?.getAttribute("data-query") === "qwen");
    expect(await copy.$eval("#results tbody a", (a) => a.textContent)).toBe(before);
    await copy.close();
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("family"));
    expect(await page.inputValue("#sort")).toBe("likes");
    await page.goBack();
    expect(await page.inputValue("#sort")).toBe("downloads");
    await page.goForward();
    expect(await page.inputValue("#sort")).toBe("likes");
    await page.close();
  });

  it("announces an Atom feed that a real feed parser reads: one entry per snapshot", async () => {
    const { page } = visit;
    expect(await page.$eval('link[rel="alternate"][type="application/atom+xml"]', (l) => l.getAttribute("href"))).toBe("feed.xml");
    const python = ["/usr/bin/python3", "python3"].find((p) => spawnSync(p, ["-c", "import feedparser"]).status === 0);
    expect(python, "feedparser is needed: apt-get install python3-feedparser").toBeDefined();
    const parsed = JSON.parse(execFileSync(python as string, ["-c", FEEDPARSER, join(dir, "site", "feed.xml")], { encoding: "utf8" })) as { version: string; bozo: number; title: string; entries: Array<{ title: string; updated: string; id: string; summary: string }> };
    expect(parsed.version).toBe("atom10");
    expect(parsed.bozo).toBe(0);
    const history = (await readFile(join(dir, "data", "history.csv"), "utf8")).trim().split("\n").slice(1).map((row) => row.split(",")[0]);
    expect(parsed.entries.map((e) => e.updated.slice(0, 10))).toEqual([...history].reverse());
    expect(parsed.entries[0]?.id).toBe(`${SITE_URL}#snapshot-${history.at(-1)}`);
    expect(parsed.entries[0]?.summary).toMatch(/models, [\d,]+ new and [\d,]+ removed since the previous snapshot/);
  });

  it("can be shared: description, Open Graph and Twitter cards with the weekly chart, a canonical address, links out", async () => {
    const { page } = visit;
    const meta = (selector: string) => page.$eval(selector, (m) => m.getAttribute("content") ?? m.getAttribute("href"));
    expect(await meta('meta[name="description"]')).toMatch(/^[\d,]+ text-generation models on the Hugging Face Hub as of \d{4}-\d\d-\d\d/);
    expect(await meta('link[rel="canonical"]')).toBe(SITE_URL);
    expect(await meta('meta[property="og:image"]')).toBe(`${SITE_URL}charts/weekly_and_cumulative_models.png`);
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    const out = await page.$$eval("footer a", (as) => as.map((a) => a.getAttribute("href")));
    expect(out).toEqual(expect.arrayContaining(["https://github.com/octo/trends", "https://github.com/octo/trends/tree/HEAD/data/huggingface_models_data", "feed.xml", "https://huggingface.co/models?pipeline_tag=text-generation"]));
  });

  it("is a pure function of the data: built again, the same bytes", async () => {
    const before = await snapshot(`${dir}/site`);
    // The same Hub data, and no new storage learned: nothing may change.
    await refresh({ ...options(`${dir}/site`), enrichBudget: 0 }, memoryLogger());
    expect(await snapshot(`${dir}/site`)).toEqual(before);
  });
});
