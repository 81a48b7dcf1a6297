// Lighthouse on the site as GitHub Pages serves it (a sub-path, gzip), in Debian's Chromium:
// mobile (Lighthouse's default throttling) and desktop. Prints one JSON line of scores and
// metrics. A benchmark, not a test. Usage: node scripts/lighthouse-bench.ts <site dir>
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { serveFolder } from "../test/support/static-server.ts";
import { CHROMIUM_FLAGS } from "../test/support/site-page.ts";

const [dir] = process.argv.slice(2) as [string];
const site = await serveFolder(dir);
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
});

interface Report {
  scores: Record<string, number>;
  metrics: Record<string, number>;
  failing: string[];
}

async function audit(config?: object): Promise<Report> {
  const result = await lighthouse(site.url, { port: chrome.port, output: "json", logLevel: "error" }, config as never);
  const lhr = result?.lhr;
  if (!lhr) throw new Error("lighthouse returned no report");
  const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
  const metric = (id: string) => Math.round(Number(lhr.audits[id]?.numericValue ?? Number.NaN));
  const metrics = { fcpMs: metric("first-contentful-paint"), lcpMs: metric("largest-contentful-paint"), tbtMs: metric("total-blocking-time"), cls: Number(lhr.audits["cumulative-layout-shift"]?.numericValue?.toFixed(3)), siMs: metric("speed-index") };
  // Audits that cost points outside performance: what to fix.
  const failing = Object.values(lhr.categories)
    .filter((c) => c.id !== "performance")
    .flatMap((c) => c.auditRefs.map((ref) => lhr.audits[ref.id]).filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map((a) => `${c.id}:${a?.id}`));
  return { scores, metrics, failing };
}

try {
  const mobile = await audit();
  const desktop = await audit(desktopConfig);
  process.stdout.write(`${JSON.stringify({ mobile, desktop })}\n`);
} finally {
  await chrome.kill();
  await site.close();
}
