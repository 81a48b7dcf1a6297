// The README's pictures, from the demo's synthetic data, so that they follow the charts: two
// charts as they are committed, and the site in Chromium at a desktop width, into docs/images/.
// Usage: node scripts/readme-images.ts   (needs npm ci, for playwright-core, and Debian's chromium)
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { launchChromium, makeChartsInteractive } from "../test/support/site-page.ts";
import { serveFolder } from "../test/support/static-server.ts";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, "demo-output");
const images = join(root, "docs", "images");
/** The charts the README shows: the study's first, and the families the Hub's lineage makes. */
export const README_CHARTS = ["weekly_and_cumulative_models.png", "largest_model_families.png"];

const demo = spawnSync(process.execPath, [join(root, "scripts/demo.ts"), "--size", "30000", "--enrich-budget", "3000", "--site"], { stdio: "inherit" });
if (demo.status !== 0) process.exit(demo.status ?? 1);
await mkdir(images, { recursive: true });
for (const chart of README_CHARTS) await copyFile(join(out, "charts", chart), join(images, chart));

const site = await serveFolder(join(out, "site"));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  // Read on the snapshot's day, as the weekly reader would: no "days old" banner from the machine's date.
  const { snapshot } = JSON.parse(await readFile(join(out, "data", "insights.json"), "utf8")) as { snapshot: string };
  await page.clock.setFixedTime(new Date(`${snapshot}T18:00:00.000Z`));
  await page.goto(site.url, { waitUntil: "load" });
  await makeChartsInteractive(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(images, "site.png") });
} finally {
  await browser.close();
  await site.close();
}
process.stdout.write(`wrote ${[...README_CHARTS, "site.png"].map((f) => join("docs/images", f)).join(", ")}\n`);
