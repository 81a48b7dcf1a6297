// Lighthouse on the site as GitHub Pages serves it (a sub-path, gzip), in Debian's Chromium:
// mobile (Lighthouse's default throttling) and desktop, several runs each, since a score varies
// from run to run and the budget holds for every one. Prints one JSON line: each run's scores and
// the worst run's report. A benchmark, not a test.
// Usage: node scripts/lighthouse-bench.ts <site dir> [--runs 5]
import { parseArgs } from "node:util";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { serveFolder } from "../test/support/static-server.ts";
import { CHROMIUM_FLAGS } from "../test/support/site-page.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "5" } } });
const [dir] = positionals as [string];
const runs = Math.max(1, Number(values.runs));
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

/** Every run's performance score, and the report of the run that scored lowest. */
async function series(config?: object): Promise<Report & { performanceRuns: number[] }> {
  const reports: Report[] = [];
  for (let k = 0; k < runs; k++) reports.push(await audit(config));
  const worst = reports.reduce((a, b) => ((b.scores.performance ?? 0) < (a.scores.performance ?? 0) ? b : a));
  return { ...worst, performanceRuns: reports.map((r) => r.scores.performance ?? 0) };
}

try {
  const mobile = await series();
  const desktop = await series(desktopConfig);
  process.stdout.write(`${JSON.stringify({ mobile, desktop })}\n`);
} finally {
  await chrome.kill();
  await site.close();
}
