/// <reference lib="dom" />
// The site's budgets in headless Chromium (Debian's, through playwright-core): bytes transferred
// and time until every chart is drawn (first view), time from typing to results (search), and the
// whole site's size. Prints one JSON line. Usage: node scripts/site-bench.ts <site dir> <query>
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { serveFolder } from "../test/support/static-server.ts";
import { launchChromium, makeChartsInteractive } from "../test/support/site-page.ts";

const [dir, query = "qwen2.5-7b"] = process.argv.slice(2) as [string, string?];

async function size(path: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const sub = await size(join(path, entry.name));
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += (await stat(join(path, entry.name))).size;
      files++;
    }
  }
  return { bytes, files };
}

const site = await serveFolder(dir);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
const started = Date.now();
await page.goto(site.url);
await page.waitForLoadState("networkidle");
// First view: what the page needs before anyone touches it (the charts are images until then).
const firstViewBytes = [...site.sent.values()].reduce((a, b) => a + b, 0);
const firstViewMs = Date.now() - started;
// Then every chart made interactive: vega loaded, each spec fetched and drawn.
const touched = Date.now();
await makeChartsInteractive(page, 120_000);
const interactiveMs = Date.now() - touched;
// Search: from the keystroke that completes the query to the results on screen, the shard fetched on demand.
const searches: number[] = [];
for (const q of [query, "mradermacher", "bartowski/qwen"]) {
  await page.fill("#q", q.slice(0, -1));
  await page.waitForTimeout(300);
  const t = Date.now();
  await page.type("#q", q.slice(-1));
  await page.waitForFunction((text) => document.querySelector("#status")?.getAttribute("data-query") === text, q.toLowerCase(), { timeout: 30_000 });
  searches.push(Date.now() - t);
}
// A phone's first view, in a fresh context (nothing cached): the bytes until the network is idle.
const sentSoFar = () => [...site.sent.values()].reduce((a, b) => a + b, 0);
const beforePhone = sentSoFar();
const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
const phonePage = await phone.newPage();
await phonePage.goto(site.url);
await phonePage.waitForLoadState("networkidle");
const phoneFirstViewBytes = sentSoFar() - beforePhone;
await phone.close();
await browser.close();
await site.close();
const whole = await size(dir);
const phoneImages = await size(join(dir, "charts", "phone")).catch(() => ({ bytes: 0, files: 0 }));
process.stdout.write(`${JSON.stringify({ firstViewMs, interactiveMs, firstViewBytes, searchMs: searches, siteBytes: whole.bytes, siteFiles: whole.files, phoneFirstViewBytes, phoneImagesBytes: phoneImages.bytes, phoneImages: phoneImages.files })}\n`);
