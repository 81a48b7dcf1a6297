// Benchmarks, printed side by side and written to BENCHMARKS.md: the list harvest against the
// cursor-chain limit and the official @huggingface/hub client, a whole refresh with the site,
// charts and findings, the site's budgets in Chromium, the repository's growth over simulated
// weekly refreshes, and the storage enrichment rate as a share of the quota. Every measured
// program runs in its own process against a stand-in Hub in another. A script, not a test: no
// timing is asserted anywhere.
// Usage: npm run bench [-- --sizes 100000,700000,2000000 --growth-size 700000 --weeks 4 --tags-size 800000]
// (the 2M row and the growth simulation take several minutes each; --growth-size 0 skips it,
// --tags-size 0 skips the three-tag rows, --archive-rows 0 the archive week, --sizes "" the one-tag rows)
import { execFileSync, spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { cpus, totalmem, tmpdir, type } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { run, standin } from "./measured-run.ts";
import { PROJECTED_MB_PER_SECOND as PROJECTED } from "../src/backfill.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100000,700000" },
    out: { type: "string", default: "BENCHMARKS.md" },
    "growth-size": { type: "string", default: "700000" },
    weeks: { type: "string", default: "4" },
    "tags-size": { type: "string", default: "800000" },
    "archive-rows": { type: "string", default: "3000000" },
  },
});
const sizes = values.sizes ? values.sizes.split(",").map(Number) : [];
const root = new URL("..", import.meta.url).pathname;
const node = process.execPath;

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const pct = (share: number) => `${(100 * share).toFixed(0)}%`;
const rows: string[][] = [];
const notes: string[] = [];
interface Goal {
  size: number;
  listRatio: number;
  wholeRatio: number;
  writeMBs: number;
  officialRatio: number;
  refreshRss: number;
  chartsSeconds: number;
  largestFile: number;
  site: { interactiveMs: number; firstViewBytes: number; searchMs: number[]; siteBytes: number };
}
const goals: Goal[] = [];
const parquetShares: Array<{ size: number; share: number }> = [];
const trendsCosts: Array<{ size: number; seconds: number }> = [];
const lighthouse: Array<{ size: number; mobile: Record<string, number>; desktop: Record<string, number> }> = [];
const lighthouseVersion = (JSON.parse(await readFile(join(root, "node_modules/lighthouse/package.json"), "utf8")) as { version: string }).version;
let growth: number | undefined;
const scratch = await mkdtemp(join(tmpdir(), "hf-trends-bench-"));
// The bundle measured is a copy: a rebuild of dist/ while the bench runs cannot change it mid-way.
await cp(join(root, "dist"), join(scratch, "dist"), { recursive: true });
const cli = join(scratch, "dist", "cli.js");

for (const size of sizes) {
  const hub = await standin(["--size", String(size), "--headers-ms", "100", "--body-ms", "20"]);
  const dataDir = join(scratch, `data-${size}`);
  await hub.reset();
  const ours = await run([cli, "harvest", "--endpoint", hub.url, "--data-dir", dataDir, "--enrich-budget", "0"]);
  const ourStats = await hub.stats();
  await hub.reset();
  const official = await run(["scripts/official-list.ts", hub.url]);
  const officialStats = await hub.stats();
  hub.stop();
  const limit = ourStats.listHeaderMs / 1000;
  const listed = Number(/listed \d+ models in \d+ pages in ([\d.]+) s/.exec(ours.stderr)?.[1]);
  const write = /\(([\d.]+) MB of CSV\) .* in ([\d.]+) s \((\d+) MB\/s\)/.exec(ours.stderr);
  const writeMBs = Number(write?.[3]);
  rows.push([
    `harvest command, ${size.toLocaleString("en-US")} models`,
    `${f1(ours.seconds)} s whole command: ${f1(listed)} s listing (${ourStats.pagesServed} pages), dataset ${write?.[1] ?? "?"} MB of CSV written in ${write?.[2] ?? "?"} s (${writeMBs} MB/s); GC ${pct(ours.gcShare)} of CPU`,
    `${f1(official.seconds)} s, ${officialStats.pagesServed} pages`,
    `${f1(limit)} s (${f1(ourStats.listBuiltMs / 1000)} s by the former measure, which stopped before each page was encoded and its headers written)`,
    `whole command ${f2(ours.seconds / limit)}× limit (listing ${f2(listed / limit)}×; by the former measure ${f2((ours.seconds * 1000) / ourStats.listBuiltMs)}×); official ${f2(official.seconds / ours.seconds)}× our whole command`,
    `${Math.round(ours.maxRssMB)} MB (official ${Math.round(official.maxRssMB)} MB)`,
  ]);
  const charts = await run([cli, "charts", "--data-dir", dataDir, "--charts-dir", join(scratch, `charts-${size}`)]);
  const rendered = Number(/charts to .* in ([\d.]+) s/.exec(charts.stderr)?.[1]);
  rows.push([
    `charts + findings, ${size.toLocaleString("en-US")} models`,
    `${f1(rendered)} s charts + findings, ${f1(charts.seconds)} s with reading the CSV and writing the Parquet; GC ${pct(charts.gcShare)} of CPU`,
    "",
    "",
    "",
    `${Math.round(charts.maxRssMB)} MB`,
  ]);
  const index = (await readFile(join(dataDir, "huggingface_models_data", "index.csv"), "utf8")).trim().split("\n").slice(1);
  const largestFile = Math.max(...index.map((line) => Number(line.split(",")[3])));
  await rm(dataDir, { recursive: true, force: true });

  // A whole refresh in one process, the site included, against a stand-in without latency.
  const fast = await standin(["--size", String(size)]);
  const siteDir = join(scratch, `site-${size}`);
  const whole = await run([cli, "refresh", "--endpoint", fast.url, "--data-dir", dataDir, "--charts-dir", join(scratch, `charts-${size}`), "--site-dir", siteDir, "--enrich-budget", "0"]);
  fast.stop();
  const siteSeconds = Number(/wrote the site .* in ([\d.]+) s/.exec(whole.stderr)?.[1]);
  rows.push([
    `whole refresh with the site, ${size.toLocaleString("en-US")} models, first snapshot`,
    `${f1(whole.seconds)} s (site ${f1(siteSeconds)} s); largest dataset file ${f1(largestFile / 2 ** 20)} MiB; GC ${pct(whole.gcShare)} of CPU`,
    "",
    "",
    `${f2((whole.maxRssMB * 1024) / size)} kB RSS per model`,
    `${Math.round(whole.maxRssMB)} MB`,
  ]);
  // The weekly case: the same refresh a week later, over the previous dataset (read, compared, replaced).
  const nextWeek = await standin(["--size", String(size), "--week", "1"]);
  const weekly = await run([cli, "refresh", "--endpoint", nextWeek.url, "--data-dir", dataDir, "--charts-dir", join(scratch, `charts-${size}`), "--site-dir", siteDir, "--enrich-budget", "0"]);
  nextWeek.stop();
  rows.push([
    `whole refresh with the site, ${size.toLocaleString("en-US")} models, a week later`,
    `${f1(weekly.seconds)} s (site ${f1(Number(/wrote the site .* in ([\d.]+) s/.exec(weekly.stderr)?.[1]))} s); GC ${pct(weekly.gcShare)} of CPU`,
    "",
    "",
    `${f2((weekly.maxRssMB * 1024) / size)} kB RSS per model`,
    `${Math.round(weekly.maxRssMB)} MB`,
  ]);
  // What trends.csv and the concentration columns add to it (issue 45's budget: at most 1 s at 700k).
  const trendsCost = JSON.parse(execFileSync(node, [join(root, "scripts/trends-cost.ts"), dataDir], { cwd: root, encoding: "utf8" }).trim()) as { seconds: number };
  rows.push([
    `trends.csv and the concentration columns, ${size.toLocaleString("en-US")} models`,
    `${f2(trendsCost.seconds)} s, lineage walked (scripts/trends-cost.ts, the fastest of three)`,
    "",
    "≤ 1 s added to the weekly refresh",
    "",
    "",
  ]);
  trendsCosts.push({ size, seconds: trendsCost.seconds });
  // The snapshot's Parquet, as the weekly refresh wrote it, against the CSV dataset beside it.
  const parquetLine = /wrote \S+\.parquet \(([\d.]+) MB\) in ([\d.]+) s/.exec(weekly.stderr);
  const csvBytes = (await readFile(join(dataDir, "huggingface_models_data", "index.csv"), "utf8")).trim().split("\n").slice(1).reduce((sum, line) => sum + Number(line.split(",")[3]), 0);
  const parquetBytes = (await stat(join(dataDir, "huggingface_models_data.parquet"))).size;
  rows.push([
    `Parquet of the snapshot, ${size.toLocaleString("en-US")} models`,
    `written in ${parquetLine?.[2] ?? "?"} s (in the weekly refresh); ${f1(parquetBytes / 2 ** 20)} MiB against ${f1(csvBytes / 2 ** 20)} MiB of CSV`,
    "",
    "≤ ¼ of the CSV (goal ⅕)",
    `${f2(parquetBytes / csvBytes)} of the CSV's bytes`,
    `${Math.round(weekly.maxRssMB)} MB (the weekly refresh, Parquet included)`,
  ]);
  parquetShares.push({ size, share: parquetBytes / csvBytes });
  // The snapshot to a Hugging Face dataset repository (the stand-in's write API): `hf-trends publish`
  // writes the Parquet afresh from the dataset, then creates, preuploads, uploads, commits and tags.
  const writeApi = await standin(["--size", "100", "--write-token", "hf_BenchWriteToken0123456789"]);
  const publish = await run([cli, "publish", "--endpoint", writeApi.url, "--data-dir", dataDir, "--hf-dataset", "bench/trends", "--hf-dataset-token", "hf_BenchWriteToken0123456789"]);
  writeApi.stop();
  const parquetSeconds = Number(/wrote \S+\.parquet \([\d.]+ MB\) in ([\d.]+) s/.exec(publish.stderr)?.[1]);
  const sent = /\(([\d.]+) MB uploaded in (\d+) requests\)/.exec(publish.stdout);
  rows.push([
    `Hugging Face dataset publication, ${size.toLocaleString("en-US")} models`,
    `${f1(publish.seconds)} s in all, of which ${f1(parquetSeconds)} s writing the Parquet from the dataset; ${sent?.[1] ?? "?"} MB uploaded in ${sent?.[2] ?? "?"} requests (one commit, one tag)`,
    "",
    "",
    "",
    `${Math.round(publish.maxRssMB)} MB`,
  ]);
  const siteRun = execFileSync(node, [join(root, "scripts/site-bench.ts"), siteDir, "qwen2.5-7b"], { cwd: root, encoding: "utf8" });
  const site = JSON.parse(siteRun.trim().split("\n").at(-1) as string) as { firstViewMs: number; interactiveMs: number; firstViewBytes: number; searchMs: number[]; siteBytes: number; siteFiles: number; phoneFirstViewBytes: number; phoneImagesBytes: number; phoneImages: number };
  rows.push([
    `site in Chromium, ${size.toLocaleString("en-US")} models`,
    `first view ${f2(site.firstViewBytes / 2 ** 20)} MB in ${f2(site.firstViewMs / 1000)} s; every chart interactive ${f2(site.interactiveMs / 1000)} s after a touch; search ${site.searchMs.join(" / ")} ms; ${f1(site.siteBytes / 2 ** 20)} MB in ${site.siteFiles} files; ` +
      `a phone's first view (360 px, 2×) ${f2(site.phoneFirstViewBytes / 2 ** 20)} MB; the ${site.phoneImages} phone images ${f2(site.phoneImagesBytes / 2 ** 20)} MB in all, each fetched as it nears the screen`,
    "",
    "≤ 3 MB, ≤ 2 s, ≤ 300 ms, ≤ 200 MB",
    [site.firstViewBytes <= 3 * 2 ** 20, site.interactiveMs <= 2000, Math.max(...site.searchMs) <= 300, site.siteBytes <= 200 * 2 ** 20].every(Boolean) ? "every budget holds" : "a budget is missed",
    "",
  ]);
  // Lighthouse, as a reader's phone and desktop see the page (sub-path, gzip).
  const lighthouseRun = execFileSync(node, [join(root, "scripts/lighthouse-bench.ts"), siteDir], { cwd: root, encoding: "utf8", env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" } });
  const lh = JSON.parse(lighthouseRun.trim().split("\n").at(-1) as string) as Record<"mobile" | "desktop", { scores: Record<string, number>; metrics: Record<string, number>; failing: string[]; performanceRuns: number[] }>;
  const scores = (r: (typeof lh)["mobile"]) => `performance ${r.performanceRuns.join(", ")} in ${r.performanceRuns.length} runs; the worst run: performance ${r.scores.performance}, accessibility ${r.scores.accessibility}, best practices ${r.scores["best-practices"]}, SEO ${r.scores.seo} (FCP ${f1(r.metrics.fcpMs! / 1000)} s, LCP ${f1(r.metrics.lcpMs! / 1000)} s, TBT ${r.metrics.tbtMs} ms, CLS ${r.metrics.cls})`;
  rows.push([
    `Lighthouse ${lighthouseVersion}, ${size.toLocaleString("en-US")} models`,
    `mobile: ${scores(lh.mobile)}; desktop: ${scores(lh.desktop)}${[...lh.mobile.failing, ...lh.desktop.failing].length ? `; failing: ${[...new Set([...lh.mobile.failing, ...lh.desktop.failing])].join(", ")}` : ""}`,
    "",
    "mobile ≥ 90, desktop ≥ 95; others 100",
    "",
    "",
  ]);
  lighthouse.push({ size, mobile: lh.mobile.scores, desktop: lh.desktop.scores });
  goals.push({ size, listRatio: listed / limit, wholeRatio: ours.seconds / limit, writeMBs, officialRatio: official.seconds / ours.seconds, refreshRss: Math.max(whole.maxRssMB, weekly.maxRssMB), chartsSeconds: rendered, largestFile, site });
  await rm(dataDir, { recursive: true, force: true });
  await rm(siteDir, { recursive: true, force: true });
}

// Three tags (--task llm): the chains side by side against the longest chain's limit, the tags one
// after the other beside it, and a weekly refresh's memory over the union.
const tagsSize = Number(values["tags-size"]);
let tagGoal: { size: number; ratio: number; listRatio: number; sequentialRatio: number; weeklyRss: number } | undefined;
if (tagsSize > 0) {
  const LLM = ["text-generation", "image-text-to-text", "any-to-any"];
  const hub = await standin(["--size", String(tagsSize), "--llm-tags", "--headers-ms", "100", "--body-ms", "20"]);
  const dataDir = join(scratch, "data-tags");
  await hub.reset();
  const ours = await run([cli, "harvest", "--task", "llm", "--endpoint", hub.url, "--data-dir", dataDir, "--enrich-budget", "0"]);
  const byTag = (await hub.stats()).listHeaderMsByTag;
  const longest = Math.max(...LLM.map((tag) => byTag[tag] ?? 0)) / 1000;
  const sum = LLM.reduce((total, tag) => total + (byTag[tag] ?? 0), 0) / 1000;
  const listed = Number(/listed \d+ models in \d+ pages in ([\d.]+) s/.exec(ours.stderr)?.[1]);
  const models = Number(/listed (\d+) models/.exec(ours.stderr)?.[1]);
  // The same tags listed one after the other, each a harvest of its own.
  let sequential = 0;
  for (const tag of LLM) {
    await hub.reset();
    sequential += (await run([cli, "harvest", "--task", tag, "--endpoint", hub.url, "--data-dir", join(scratch, `data-${tag}`), "--enrich-budget", "0"])).seconds;
    await rm(join(scratch, `data-${tag}`), { recursive: true, force: true });
  }
  hub.stop();
  rows.push([
    `harvest command, three tags (llm), ${models.toLocaleString("en-US")} models`,
    `${f1(ours.seconds)} s whole command (${f1(listed)} s listing); the tags one after the other: ${f1(sequential)} s`,
    "",
    `${f1(longest)} s the longest tag's chain (${LLM.map((tag) => `${tag} ${f1((byTag[tag] ?? 0) / 1000)} s`).join(", ")}; sum ${f1(sum)} s)`,
    `whole command ${f2(ours.seconds / longest)}× the longest chain (listing ${f2(listed / longest)}×); one after the other ${f2(sequential / longest)}×`,
    `${Math.round(ours.maxRssMB)} MB`,
  ]);
  await rm(dataDir, { recursive: true, force: true });
  // The weekly refresh over the union, the site included, as for one tag.
  const fast = await standin(["--size", String(tagsSize), "--llm-tags"]);
  const siteDir = join(scratch, "site-tags");
  const charts = join(scratch, "charts-tags");
  const first = await run([cli, "refresh", "--task", "llm", "--endpoint", fast.url, "--data-dir", dataDir, "--charts-dir", charts, "--site-dir", siteDir, "--enrich-budget", "0"]);
  fast.stop();
  const nextWeek = await standin(["--size", String(tagsSize), "--llm-tags", "--week", "1"]);
  const weekly = await run([cli, "refresh", "--task", "llm", "--endpoint", nextWeek.url, "--data-dir", dataDir, "--charts-dir", charts, "--site-dir", siteDir, "--enrich-budget", "0"]);
  nextWeek.stop();
  rows.push([
    `whole refresh with the site, three tags, ${models.toLocaleString("en-US")} models, first snapshot then a week later`,
    `${f1(first.seconds)} s, then ${f1(weekly.seconds)} s; GC ${pct(weekly.gcShare)} of CPU`,
    "",
    "≤ 450 MB",
    `${f2((weekly.maxRssMB * 1024) / models)} kB RSS per model (weekly)`,
    `${Math.round(first.maxRssMB)} MB, then ${Math.round(weekly.maxRssMB)} MB`,
  ]);
  tagGoal = { size: models, ratio: ours.seconds / longest, listRatio: listed / longest, sequentialRatio: sequential / longest, weeklyRss: Math.max(first.maxRssMB, weekly.maxRssMB) };
  await rm(dataDir, { recursive: true, force: true });
  await rm(siteDir, { recursive: true, force: true });
}

/**
 * The previous release's source (src/ and scripts/, the same node_modules), for what a change
 * costs against it: the commit that first named the newest changelog version below this one (the
 * commit that cut it: a release can gain commits before it lands).
 */
async function previousRelease(): Promise<{ version: string; commit: string; dir: string } | undefined> {
  const current = (JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string }).version;
  const changelog = await readFile(join(root, "CHANGELOG.md"), "utf8");
  // While [Unreleased] holds entries, the previous release is the current version.
  const unreleased = /^## \[Unreleased\]\n([\s\S]*?)^## \[/m.exec(changelog)?.[1]?.trim() ?? "";
  const version = unreleased !== "" ? current : ([...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\]/gm)].map((m) => m[1] as string).find((v) => v !== current) ?? current);
  const commits = execFileSync("git", ["log", "--format=%H", `-S"version": "${version}"`, "--", "package.json"], { cwd: root, encoding: "utf8" }).trim().split("\n").filter(Boolean);
  const commit = commits.at(-1);
  if (!commit) return undefined;
  const dir = await mkdtemp(join(tmpdir(), "hf-trends-previous-"));
  execFileSync("sh", ["-c", `git archive ${commit} src scripts package.json | tar -x -C '${dir}'`], { cwd: root });
  await symlink(join(root, "node_modules"), join(dir, "node_modules"));
  return { version, commit, dir };
}

// One week of the archive backfilled: a whole-Hub file of --archive-rows models with the heavy columns.
const archiveRows = Number(values["archive-rows"]);
let archiveGoal: { rows: number; share: number; cpu: number; rss: number; mb: number; commandCpu: number } | undefined;
if (archiveRows > 0) {
  const hub = await new Promise<{ url: string; stop(): void }>((resolve, reject) => {
    const child = spawn(node, [join(root, "scripts/archive-standin.ts"), "--rows", String(archiveRows)], { cwd: root });
    child.stderr.on("data", (c: Buffer) => process.stderr.write(c));
    child.once("error", reject);
    child.stdout.once("data", (c: Buffer) => resolve({ url: c.toString().trim(), stop: () => child.kill("SIGTERM") }));
  });
  // The week alone (listing, footer, column chunks, rows), in a process of its own.
  const alone = await run([join(root, "scripts/archive-week.ts"), hub.url, "2026-09-30"]);
  const read = JSON.parse(alone.stdout.trim().split("\n").at(-1) ?? "{}") as { rows: number; tracked: number; bytesRead: number; fileBytes: number; requests: number; untaggedDerivatives?: number | null };
  // The same week read by the previous release's reader (no Parameters, no walk of the untagged models): what the additions cost.
  const baseline = await previousRelease();
  const before = baseline ? await run([join(baseline.dir, "scripts/archive-week.ts"), hub.url, "2026-09-30"]) : undefined;
  const readBefore = before ? (JSON.parse(before.stdout.trim().split("\n").at(-1) ?? "{}") as { bytesRead: number; requests: number }) : undefined;
  rows.push([
    `archive week read, ${archiveRows.toLocaleString("en-US")} models (${read.tracked?.toLocaleString("en-US")} tracked, three tags; ${read.untaggedDerivatives?.toLocaleString("en-US") ?? "?"} untagged derivatives)`,
    `${f1(read.bytesRead / 1e6)} MB read of ${f1(read.fileBytes / 1e6)} MB in ${read.requests} requests; ${f1(alone.seconds)} s, ${f1(alone.cpuSeconds)} s CPU; a whole backfill of 125 such weeks at ${PROJECTED} MB/s: ${f1((125 * read.bytesRead) / 1e6 / PROJECTED / 60)} min of transfer` +
      (before && readBefore && baseline
        ? `; without the additions (the reader of the commit that cut ${baseline.version}, ${baseline.commit.slice(0, 7)}: no Parameters, no walk of the untagged models) ${f1(readBefore.bytesRead / 1e6)} MB in ${readBefore.requests} requests, ${f1(before.seconds)} s, ${f1(before.cpuSeconds)} s CPU, ${Math.round(before.maxRssMB)} MB: the additions cost ${f1(alone.cpuSeconds - before.cpuSeconds)} s CPU, ${f1((read.bytesRead - readBefore.bytesRead) / 1e6)} MB read and ${Math.round(alone.maxRssMB - before.maxRssMB)} MB`
        : ""),
    "",
    "≤ 15% of the file, ≤ 20 s CPU, ≤ 1 GB",
    `${pct(read.bytesRead / read.fileBytes)} of the file`,
    `${Math.round(alone.maxRssMB)} MB`,
  ]);
  const dataDir = join(scratch, "data-archive");
  const week = await run([cli, "backfill", "--task", "llm", "--endpoint", hub.url, "--data-dir", dataDir, "--charts-dir", join(scratch, "charts-archive"), "--weeks-dir", join(scratch, "weeks")]);
  hub.stop();
  const line = /week 1\/1 \S+: ([\d,]+) tracked of ([\d,]+) models · ([\d.]+) MB read \((\d+)% of the file\)/.exec(week.stderr);
  const mb = Number(line?.[3]);
  const fileMb = mb / (Number(line?.[4]) / 100);
  // The week alone: the backfill command also renders the findings and charts of the dataset it wrote.
  const weekSeconds = Number(/week 1\/1/.test(week.stderr) ? week.seconds : Number.NaN);
  const rendered = Number(/charts to .* in ([\d.]+) s/.exec(week.stderr)?.[1]);
  rows.push([
    `backfill command, one archive week of ${archiveRows.toLocaleString("en-US")} models (${line?.[1] ?? "?"} tracked, three tags)`,
    `${mb} MB read of a ${f1(fileMb)} MB file; the whole command ${f1(weekSeconds)} s, ${f1(week.cpuSeconds)} s CPU: the week ${f1(alone.cpuSeconds)} s CPU (the row above), charts and findings ${f1(rendered)} s, the rest (start-up, the week's Parquet, the dataset, history and trends written, the newest week made the dataset) ${f1(week.cpuSeconds - alone.cpuSeconds - rendered)} s CPU; a whole backfill of 125 such weeks at ${PROJECTED} MB/s: ${f1((125 * mb) / PROJECTED / 60)} min`,
    "",
    "≤ 15% of the file, ≤ 45 s CPU for the command",
    `${pct(mb / fileMb)} of the file`,
    `${Math.round(week.maxRssMB)} MB`,
  ]);
  archiveGoal = { rows: archiveRows, share: read.bytesRead / read.fileBytes, cpu: alone.cpuSeconds, rss: alone.maxRssMB, mb: Math.round(read.bytesRead / 1e5) / 10, commandCpu: week.cpuSeconds };
  if (baseline) await rm(baseline.dir, { recursive: true, force: true });
}

// Repository growth: weekly refreshes (new models, downloads moving) committed to a git repository.
const growthSize = Number(values["growth-size"]);
const weeks = Number(values.weeks);
if (growthSize > 0 && weeks >= 2) {
  const repo = join(scratch, "growth");
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "b", GIT_AUTHOR_EMAIL: "b@example.invalid", GIT_COMMITTER_NAME: "b", GIT_COMMITTER_EMAIL: "b@example.invalid" } });
  await rm(repo, { recursive: true, force: true });
  execFileSync("git", ["init", "--quiet", repo]);
  // As the action commits: the CSV dataset, findings and charts; never the Parquet (the release and the site carry it).
  await writeFile(join(repo, ".gitignore"), "*.parquet\n");
  const packed: number[] = [];
  const perWeek = Math.round(25_000 / 4.3);
  for (let week = 0; week < weeks; week++) {
    const hub = await standin(["--size", String(growthSize), "--week", String(week), "--hide-newest", String((weeks - 1 - week) * perWeek)]);
    await run([cli, "refresh", "--endpoint", hub.url, "--data-dir", "data", "--charts-dir", "charts", "--enrich-budget", "0"], repo);
    hub.stop();
    git("add", "-A");
    git("commit", "--quiet", "-m", `week ${week}`);
    git("gc", "--quiet", "--aggressive", "--prune=now");
    packed.push(Number(/size-pack: (\d+)/.exec(git("count-objects", "-v"))?.[1]) * 1024);
  }
  const weekly = ((packed.at(-1) as number) - (packed[0] as number)) / (weeks - 1);
  rows.push([
    `repository growth, ${growthSize.toLocaleString("en-US")} models, ${weeks} weekly refreshes`,
    `first commit ${f1((packed[0] as number) / 2 ** 20)} MiB packed; then ${f1(weekly / 2 ** 20)} MiB a week (${packed.map((b) => f1(b / 2 ** 20)).join(" → ")} MiB)`,
    "",
    "≤ 0.3 GiB a year",
    `${f2((weekly * 52) / 2 ** 30)} GiB a year`,
    "",
  ]);
  growth = (weekly * 52) / 2 ** 30;
}

// Enrichment: a quota of 300 requests per 10 s window (the Hub's 5-minute windows, scaled down).
const quota = { requests: 300, windowSeconds: 10 };
const hub = await standin(["--size", "20000", "--quota", `${quota.requests}/${quota.windowSeconds}`]);
const enrich = await run([cli, "harvest", "--endpoint", hub.url, "--data-dir", join(scratch, "enrich"), "--enrich-budget", "1200", "--enrich-minutes", "5"]);
const enrichStats = await hub.stats();
hub.stop();
const match = /learned in (\d+) requests \([^)]*\) over ([\d.]+) s/.exec(enrich.stderr);
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
  "List harvest: the stand-in Hub answers each page after 100 ms, plus the time to build it, and streams the body over 20 ms (the headers with its first of eight slices); " +
    "ours asks for 1000 models a page and sends the next request when the current page's headers arrive; @huggingface/hub asks for 500 " +
    "and reads each body before the next request. The cursor-chain limit is the stand-in's own summed time to headers over the pages we needed, until the headers are written (the latency, building the page, encoding it and the write; until this release it stopped once the page was built, about 4 ms a page less, which the table still gives as the former measure). " +
    "Our listing time is the list phase as the CLI reports it (`listed … in … s`: requests, parsing, validation); the whole command (the goal's measure) adds start-up, ordering and writing the dataset; " +
    "the write's rate is the CLI's own (`wrote … (N MB of CSV) … in … s (… MB/s)`: ordering, encoding, files, the folder swap).",
  "Peak RSS: the measured process alone (`process.resourceUsage().maxRSS`); the stand-in runs in another process. Each program runs with `MALLOC_MMAP_THRESHOLD_` set, " +
    "as the entry points' own child has it (src/launch.ts), so the process measured is the one doing the work.",
  "GC share: main-thread pauses reported by V8's `gc` performance entries over the process's CPU time (user + system; concurrent marking on helper threads counts as CPU, not as pause).",
  "Whole refresh: `hf-trends refresh --site-dir` in one process (listing with tags, writing the dataset and history, lineage, charts, findings and the site), against a stand-in without latency, storage phase off; first into an empty folder, then a week later over that dataset (the weekly case: the previous dataset is read, compared and replaced).",
  "Charts + findings: the `charts` command's own figure (`wrote … charts … in … s`): from the models in memory to every chart and finding written, lineage (family walks) included; reading the CSV files is the other figure.",
  "Site: the one the weekly refresh wrote (downloads since the previous snapshot measured), served from a sub-path on loopback with gzip, opened in Debian's Chromium; first view = bytes sent until the network is idle (charts are 1× images until touched); interactive = from touching every chart until vega has drawn them all; search = from the last keystroke to the results (80 ms of it the input's debounce), with the shard fetched on demand.",
  "Lighthouse: the same site and server, `scripts/lighthouse-bench.ts` (npm `lighthouse`, Debian's Chromium through `CHROME_PATH`), mobile with Lighthouse's default simulated throttling and desktop with its desktop preset, five runs each: the goal holds when it holds in every run (the scores of each run are listed, the other figures are the worst run's).",
  "Three tags: the stand-in serves a tag mix shaped like the Hub of 2026 (`--llm-tags`: text-generation, image-text-to-text, any-to-any, a few models with none; multimodal models mostly from 2025 on); `hf-trends harvest --task llm` runs one cursor chain a tag side by side; each tag's chain limit is the stand-in's summed time to headers over that tag's pages, and the goal is against the longest. " +
    "One after the other: three harvests of one tag each, their whole commands added up.",
  "Growth: the stand-in moves on a week at a time (≈5,800 new models, all-time downloads up by a week of each model's 30-day downloads, 30-day downloads drifting), each refresh (dataset, history, findings, charts) committed and packed with `git gc --aggressive`.",
);
const holds = (ok: boolean) => (ok ? "holds" : "**missed**");
const goalLines: string[] = [];
for (const g of goals) {
  const big = g.size >= 2_000_000;
  const rssGoal = big ? 1024 : 400;
  const chartsGoal = big ? 15 : g.size >= 700_000 ? 4 : 5;
  goalLines.push(
    `${g.size.toLocaleString("en-US")} models: whole harvest command ≤ 1.10× the limit ${holds(g.wholeRatio <= 1.1)} (${f2(g.wholeRatio)}×; listing ${f2(g.listRatio)}×); ` +
      `whole command ≥ 2× faster than @huggingface/hub ${holds(g.officialRatio >= 2)} (${f2(g.officialRatio)}×); ` +
      `dataset write ≥ 50 MB/s of CSV ${holds(g.writeMBs >= 50)} (${g.writeMBs} MB/s); ` +
      `whole refresh ≤ ${rssGoal} MB ${holds(g.refreshRss <= rssGoal)} (${Math.round(g.refreshRss)} MB, the larger of the first and the weekly); ` +
      `charts + findings ≤ ${chartsGoal} s ${holds(g.chartsSeconds <= chartsGoal)} (${f1(g.chartsSeconds)} s; the site apart, in the refresh rows); ` +
      `every dataset file < 40 MiB ${holds(g.largestFile < 40 * 2 ** 20)}; ` +
      `site ≤ 3 MB first view ${holds(g.site.firstViewBytes <= 3 * 2 ** 20)}, ≤ 2 s ${holds(g.site.interactiveMs <= 2000)}, search ≤ 300 ms ${holds(Math.max(...g.site.searchMs) <= 300)}, ≤ 200 MB ${holds(g.site.siteBytes <= 200 * 2 ** 20)}.`,
  );
}
if (goals.length >= 2) {
  const [a, b] = [goals[0] as Goal, goals.at(-1) as Goal];
  goalLines.push(`Growth of a whole refresh's peak RSS: ${f2(((b.refreshRss - a.refreshRss) * 1024) / (b.size - a.size))} kB per model between ${a.size.toLocaleString("en-US")} and ${b.size.toLocaleString("en-US")} models.`);
}
for (const l of lighthouse) {
  const others = (r: Record<string, number>) => ["accessibility", "best-practices", "seo"].every((k) => r[k] === 100);
  goalLines.push(
    `${l.size.toLocaleString("en-US")} models: Lighthouse mobile performance ≥ 90 in every run ${holds((l.mobile.performance ?? 0) >= 90)} (worst of the runs ${l.mobile.performance}); ` +
      `desktop ≥ 95 in every run ${holds((l.desktop.performance ?? 0) >= 95)} (worst ${l.desktop.performance}); accessibility, best practices, SEO 100 ${holds(others(l.mobile) && others(l.desktop))}.`,
  );
}
for (const p of parquetShares) goalLines.push(`${p.size.toLocaleString("en-US")} models: Parquet ≤ a quarter of the CSV's bytes ${holds(p.share <= 0.25)} (${f2(p.share)}; goal a fifth ${holds(p.share <= 0.2)}).`);
for (const t of trendsCosts) goalLines.push(`${t.size.toLocaleString("en-US")} models: trends.csv and the concentration columns add ≤ 1 s to the weekly refresh ${holds(t.seconds <= 1)} (${f2(t.seconds)} s).`);
if (growth !== undefined) goalLines.push(`Repository growth ≤ 0.3 GiB a year: ${holds(growth <= 0.3)} (${f2(growth)} GiB).`);
if (archiveGoal) {
  goalLines.push(
    `Backfill, one archive week of ${archiveGoal.rows.toLocaleString("en-US")} models: ≤ 15% of the file read ${holds(archiveGoal.share <= 0.15)} (${pct(archiveGoal.share)}, ${archiveGoal.mb} MB); ` +
      `≤ 20 s of CPU for the week ${holds(archiveGoal.cpu <= 20)} (${f1(archiveGoal.cpu)} s); peak ≤ 1 GB ${holds(archiveGoal.rss <= 1024)} (${Math.round(archiveGoal.rss)} MB; the whole backfill command, which also writes the dataset and its findings and charts, is the next row); ` +
      `the whole backfill command ≤ 45 s of CPU ${holds(archiveGoal.commandCpu <= 45)} (${f1(archiveGoal.commandCpu)} s).`,
  );
}
if (tagGoal) {
  goalLines.push(
    `Three tags, ${tagGoal.size.toLocaleString("en-US")} models: whole harvest command ≤ 1.10× the longest tag's chain ${holds(tagGoal.ratio <= 1.1)} (${f2(tagGoal.ratio)}×; listing ${f2(tagGoal.listRatio)}×; the tags one after the other ${f2(tagGoal.sequentialRatio)}×); ` +
      `weekly refresh ≤ 450 MB ${holds(tagGoal.weeklyRss <= 450)} (${Math.round(tagGoal.weeklyRss)} MB, the larger of the first and the weekly).`,
  );
}

await rm(scratch, { recursive: true, force: true });
const header = ["benchmark", "ours", "@huggingface/hub listModels", "limit", "ratios", "peak RSS"];
const table = [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
const machine = `${type()} · ${cpus().length} × ${cpus()[0]?.model ?? "?"} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.versions.node}`;
const goalText = goalLines.map((l) => `- ${l}`).join("\n");
process.stdout.write(`\n${machine}\n\n${table}\n\n${goalText}\n\n`);
await writeFile(
  resolve(root, values.out),
  `# Benchmarks\n\nMade by \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\` (scripts/bench.ts). Machine: ${machine}.\n\n${table}\n\n## Goals\n\n${goalText}\n\n## How\n\n${notes.map((n) => `- ${n}`).join("\n")}\n`,
);
process.stdout.write(`wrote ${values.out}\n`);
