// Benchmarks, printed side by side and written to BENCHMARKS.md: the list harvest against the
// cursor-chain limit and the official @huggingface/hub client, chart rendering, and the storage
// enrichment rate as a share of the quota. Every measured program runs in its own process
// against a stand-in Hub in another. A script, not a test: no timing is asserted anywhere.
// Usage: npm run bench [-- --sizes 100000,700000]
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, totalmem, tmpdir, type } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "100000,700000" }, out: { type: "string", default: "BENCHMARKS.md" } } });
const sizes = values.sizes.split(",").map(Number);
const root = new URL("..", import.meta.url).pathname;
const node = process.execPath;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  maxRssMB: number;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(node, [join(root, "scripts/measure.mjs"), ...args], { cwd: root, env: { ...process.env, HF_TOKEN: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.on("close", (code) => {
      const line = stderr.split("\n").find((l) => l.startsWith('{"measure"'));
      const measure = line ? (JSON.parse(line) as { measure: { seconds: number; maxRssMB: number } }).measure : { seconds: NaN, maxRssMB: NaN };
      if (code !== 0) process.stderr.write(`failed: ${args.join(" ")}\n${stderr.slice(-2000)}\n`);
      resolve({ code, stdout, stderr, ...measure });
    });
  });
}

interface Standin {
  url: string;
  stats(): Promise<{ listHeaderMs: number; pagesServed: number; singleRequests: number; byStatus: Record<string, number> }>;
  reset(): Promise<void>;
  stop(): void;
}

function standin(args: string[]): Promise<Standin> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(root, "scripts/hub-standin.ts"), ...args], { cwd: root });
    child.stderr.on("data", (c: Buffer) => process.stderr.write(c));
    child.once("error", reject);
    child.stdout.once("data", (c: Buffer) => {
      const url = c.toString().trim();
      resolve({
        url,
        stats: async () => (await fetch(`${url}/__stats`)).json() as never,
        reset: async () => void (await fetch(`${url}/__stats`, { method: "POST" })).arrayBuffer(),
        stop: () => child.kill("SIGTERM"),
      });
    });
  });
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const rows: string[][] = [];
const notes: string[] = [];
const scratch = await mkdtemp(join(tmpdir(), "hf-trends-bench-"));

for (const size of sizes) {
  const hub = await standin(["--size", String(size), "--headers-ms", "100", "--body-ms", "20"]);
  const dataDir = join(scratch, `data-${size}`);
  await hub.reset();
  const ours = await run(["dist/cli.js", "harvest", "--endpoint", hub.url, "--data-dir", dataDir, "--enrich-budget", "0"]);
  const ourStats = await hub.stats();
  await hub.reset();
  const official = await run(["scripts/official-list.ts", hub.url]);
  const officialStats = await hub.stats();
  hub.stop();
  const limit = ourStats.listHeaderMs / 1000;
  const listed = Number(/listed \d+ models in \d+ pages in ([\d.]+) s/.exec(ours.stderr)?.[1]);
  rows.push([
    `list harvest, ${size.toLocaleString("en-US")} models`,
    `${f1(listed)} s listing (${ourStats.pagesServed} pages); ${f1(ours.seconds)} s whole command`,
    `${f1(official.seconds)} s, ${officialStats.pagesServed} pages`,
    `${f1(limit)} s`,
    `listing ${f2(listed / limit)}× limit (whole command ${f2(ours.seconds / limit)}×); official ${f2(official.seconds / listed)}× our listing`,
    `${Math.round(ours.maxRssMB)} MB (official ${Math.round(official.maxRssMB)} MB)`,
  ]);
  const charts = await run(["dist/cli.js", "charts", "--data-dir", dataDir, "--charts-dir", join(scratch, `charts-${size}`)]);
  const rendered = /charts to .* in ([\d.]+) s/.exec(charts.stderr)?.[1];
  rows.push([
    `charts + findings, ${size.toLocaleString("en-US")} models`,
    `${rendered ?? "?"} s render, ${f1(charts.seconds)} s with reading the CSV`,
    "",
    "",
    "",
    `${Math.round(charts.maxRssMB)} MB`,
  ]);
  await rm(dataDir, { recursive: true, force: true });
}

// Enrichment: a quota of 300 requests per 10 s window (the Hub's 5-minute windows, scaled down).
const quota = { requests: 300, windowSeconds: 10 };
const hub = await standin(["--size", "20000", "--quota", `${quota.requests}/${quota.windowSeconds}`]);
const enrich = await run(["dist/cli.js", "harvest", "--endpoint", hub.url, "--data-dir", join(scratch, "enrich"), "--enrich-budget", "1200", "--enrich-minutes", "5"]);
const enrichStats = await hub.stats();
hub.stop();
const match = /learned in (\d+) requests over ([\d.]+) s/.exec(enrich.stderr);
const requests = Number(match?.[1]);
const seconds = Number(match?.[2]);
const share = requests / seconds / (quota.requests / quota.windowSeconds);
const rejected = (enrichStats.byStatus["429"] ?? 0) / Math.max(1, enrichStats.singleRequests);
rows.push([
  `storage enrichment, quota ${quota.requests}/${quota.windowSeconds} s`,
  `${requests} requests in ${f1(seconds)} s`,
  "",
  `${f1(quota.requests / quota.windowSeconds)} req/s quota`,
  `${f2(share)} of quota; ${(100 * rejected).toFixed(2)}% answered 429`,
  `${Math.round(enrich.maxRssMB)} MB`,
]);
notes.push(
  "List harvest: the stand-in Hub answers each page after 100 ms, plus the time to build it, and sends the body in two halves 20 ms apart; " +
    "ours asks for 1000 models a page and sends the next request when the current page's headers arrive; @huggingface/hub asks for 500 " +
    "and reads each body before the next request. The cursor-chain limit is the stand-in's own summed time to headers over the pages we needed. " +
    "Our listing time is the list phase as the CLI reports it (`listed … in … s`: requests, parsing, validation); the whole command adds start-up and writing the dataset.",
  "Peak RSS: the measured process alone (`process.resourceUsage().maxRSS`); the stand-in runs in another process.",
);

await rm(scratch, { recursive: true, force: true });
const header = ["benchmark", "ours", "@huggingface/hub listModels", "limit", "ratios", "peak RSS"];
const table = [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
const machine = `${type()} · ${cpus().length} × ${cpus()[0]?.model ?? "?"} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.versions.node}`;
process.stdout.write(`\n${machine}\n\n${table}\n\n`);
await writeFile(
  resolve(root, values.out),
  `# Benchmarks\n\nMade by \`npm run bench\` (scripts/bench.ts). Machine: ${machine}.\n\n${table}\n\n${notes.map((n) => `- ${n}`).join("\n")}\n`,
);
process.stdout.write(`wrote ${values.out}\n`);
