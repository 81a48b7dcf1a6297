/**
 * The static site: index.html, the browser app and its styles, the charts' specs with their
 * data, the families, and the model explorer's index. No server, no request outside its own
 * origin, every URL relative (it works from GitHub Pages' /REPO/ sub-path), and a pure function
 * of the data: the same data writes the same bytes.
 */
import { writeFileSync } from "node:fs";
import { copyFile, cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Marked } from "marked";
import { INSIGHTS_JSON, type Insights } from "../analysis/findings.ts";
import { escapeHtml } from "../escape.ts";
import { tagSetLabel, tagsOf } from "../pipeline-tags.ts";
import { PARQUET_FILE } from "../dataset/parquet-file.ts";
import { DEFAULT_MAX_SNAPSHOT_AGE_DAYS } from "../analysis/weekly.ts";
import type { AnalysisInput } from "../analysis/input.ts";
import { chartContext } from "../specs/common.ts";
import { PHONE_MAX_VIEWPORT } from "../specs/phone.ts";
import type { TopLevelSpec } from "vega-lite";
import { searchShards, type SearchRow, type SearchSource } from "./search.ts";
import { phoneSpecs, siteSpecs } from "./specs.ts";
import { atomFeed, FEED_FILE } from "./feed.ts";
import { readHistory } from "../dataset/history.ts";
import { CHART_FILES } from "../specs/files.ts";
import type { SiteLinks } from "./links.ts";

export type { SiteLinks } from "./links.ts";

const here = dirname(fileURLToPath(import.meta.url));

/** The browser app built by scripts/build.mjs: dist/site/ beside the bundle (or dist/chunks/..). */
async function appAssets(): Promise<string> {
  for (const dir of [join(here, "site"), join(here, "..", "site"), join(here, "..", "..", "dist", "site")]) {
    try {
      if ((await stat(join(dir, "app.js"))).isFile()) return dir;
    } catch {
      // not here
    }
  }
  throw new Error('the site\'s browser app is missing: it is built into dist/site/ (run "npm run build")');
}

const CHART_TEXT: Record<string, (f: Insights) => string> = {
  weekly: (f) => `Models created per week and in total. Creation surge six months after ChatGPT: ${f.creationSurge.verdict}.`,
  storage: (f) => `Used storage against Spaces for the ${f.smallerMorePopular.modelsWithStorage.toLocaleString("en-US")} models whose storage is known. Smaller models more popular: ${f.smallerMorePopular.verdict}.`,
  downloads: (f) => `30-day downloads against creation date. Recent models downloaded more: ${f.recentDownloadedMore.verdict} (30-day window), ${f.recentDownloadedMore.perDay.verdict} (per day since creation).`,
  classes: (f) => `Models by 30-day downloads: ${f.popularityClasses.classes.map((c) => `${c.name} ${c.count.toLocaleString("en-US")}`).join(", ")}.`,
  relations: (f) => `New models per month by relation to their parent: ${(f.lineage.derivativeShare * 100).toFixed(1)}% of all models name a parent.`,
  families: (f) => `The largest model families by derivatives: ${f.lineage.largestFamilies.slice(0, 3).map((x) => `${x.root} (${x.derivatives.toLocaleString("en-US")})`).join(", ")}.`,
  snapshots: () => "Models in each weekly snapshot, and downloads a week between consecutive snapshots.",
  lorenz: (f) => `How concentrated downloads are: the top 1% of models took ${(f.concentration.last30Days.top1PercentShare * 100).toFixed(1)}% of 30-day downloads (Gini ${f.concentration.last30Days.gini.toFixed(3)}).`,
  sizes: (f) => `The size of new models by quarter created: parameter counts known for ${(f.sizeOverTime.coverage * 100).toFixed(1)}% of models.`,
  weeklyDownloads: () => "Real downloads per week of the tracked catalogue, from the all-time counts of consecutive snapshots; weeks whose counters rolled back are marked.",
  shareByAuthor: () => "Each week's 30-day downloads shared among the newest week's largest authors and the rest, over every snapshot.",
  shareByBase: () => "Each week's 30-day downloads shared among the namespaces whose base models the newest week's largest families grow from, and the rest.",
  concentrationOverTime: () => "How concentrated 30-day downloads are, week by week: the top 10 models' share, the top 1%'s share and the Gini coefficient.",
  tags: (f) => `New models by quarter and pipeline tag. Models: ${f.pipelineTags?.tags.map((t) => `${t.tag} ${t.models.toLocaleString("en-US")}`).join(", ")}; share of 30-day downloads: ${f.pipelineTags?.tags.map((t) => `${t.tag} ${(t.downloadsShare * 100).toFixed(1)}%`).join(", ")}.`,
};

const TITLES: Record<string, string> = {
  weekly: "Models created per week",
  storage: "Used storage vs Spaces",
  downloads: "Downloads vs creation date",
  classes: "Popularity classes",
  relations: "Where new models come from",
  families: "The largest model families",
  snapshots: "The catalogue across snapshots",
  lorenz: "How concentrated downloads are",
  sizes: "The size of new models",
  weeklyDownloads: "Real downloads per week",
  shareByAuthor: "Whose downloads: authors",
  shareByBase: "Whose base models",
  concentrationOverTime: "Concentration over the weeks",
  tags: "New models by pipeline tag",
};

/**
 * The findings' markdown as HTML. Its Hub text is already escaped cell by cell (markdownText); as
 * a second guard, any raw HTML that markdown would pass through is written out as text.
 */
const findingsMarked = new Marked({ gfm: true, renderer: { html: ({ text }) => escapeHtml(text) } });

/**
 * The page's policy (Pages sends no headers, so a meta element): scripts and styles from the
 * site's own files only — no inline script or handler, no eval (vega runs its CSP-safe expression
 * interpreter) — and nothing from another origin.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

interface ChartImage {
  src: string;
  width: number;
  height: number;
}

/** Draws a chart's spec as a PNG (the site does not draw: src/charts/ does, handed in by the caller). */
export type DrawChart = (spec: TopLevelSpec) => Promise<Uint8Array>;

/** The media query under which the page shows the phone layouts (app.ts asks the same of the browser). */
export const PHONE_MEDIA = `(max-width: ${PHONE_MAX_VIEWPORT}px)`;

interface PageParts {
  /** The tracked tags (the set's string). */
  task: string;
  findings: Insights;
  findingsHtml: string;
  charts: Array<{ name: string; image: ChartImage | undefined; phone: ChartImage | undefined }>;
  families: string[];
  maxSnapshotAgeDays: number;
  downloads: string;
  links: SiteLinks;
}

/** The headline, one sentence: the page's description and its share card's. */
function headline(task: string, findings: Insights): string {
  task = tagSetLabel(task);
  const t = findings.totals;
  const fmt = (n: number) => n.toLocaleString("en-US");
  return `${fmt(t.models)} ${task} models on the Hugging Face Hub as of ${findings.snapshot}: ${fmt(t.newLast7Days)} new in the last 7 days, ${fmt(t.newLast30Days)} in the last 30.`;
}

/** The first chart's image, asked for at once: the phone layout's on a phone, the desktop one elsewhere. */
function preloads(first: PageParts["charts"][number] | undefined): string {
  if (!first?.image) return "";
  if (!first.phone) return `\n  <link rel="preload" as="image" href="${escapeHtml(first.image.src)}" fetchpriority="high">`;
  return (
    `\n  <link rel="preload" as="image" href="${escapeHtml(first.phone.src)}" media="${PHONE_MEDIA}" fetchpriority="high">` +
    `\n  <link rel="preload" as="image" href="${escapeHtml(first.image.src)}" media="not all and ${PHONE_MEDIA}" fetchpriority="high">`
  );
}

function page(parts: PageParts): string {
  const { findings, links } = parts;
  const tags = tagsOf(parts.task);
  const task = tagSetLabel(parts.task);
  const t = findings.totals;
  const fmt = (n: number) => n.toLocaleString("en-US");
  const figures = parts.charts
    .map(({ name, image, phone }, k) => {
      // The image the run already rendered: the first at once, the others (data-src) when they near the screen, so a phone
      // on a slow network fetches only what it shows. vega replaces an image when its chart is wanted. On a phone, the
      // phone layout's image (2×, its own proportions, which the interactive phone chart keeps).
      const at = k === 0 ? "" : "data-";
      const source = phone ? `<source media="${PHONE_MEDIA}" ${at}srcset="${escapeHtml(phone.src)} 2x" width="${phone.width / 2}" height="${phone.height / 2}">` : "";
      const img = image
        ? `<picture>${source}<img ${at}src="${escapeHtml(image.src)}" width="${image.width}" height="${image.height}" alt="" decoding="async"${k === 0 ? ' fetchpriority="high"' : ""}></picture>`
        : "";
      return `    <figure class="chart-figure">
      <h3 id="chart-${name}-title">${escapeHtml(TITLES[name] ?? name)}</h3>
      <div class="chart" data-chart="${name}" role="img" tabindex="0" aria-labelledby="chart-${name}-title" aria-describedby="chart-${name}-text">${img}</div>
      <figcaption id="chart-${name}-text">${escapeHtml(CHART_TEXT[name]?.(findings) ?? "")}</figcaption>
    </figure>`;
    })
    .join("\n");
  const options = parts.families.map((root) => `        <option value="${escapeHtml(root)}">${escapeHtml(root)}</option>`).join("\n");
  const title = `${task} models on the Hugging Face Hub — snapshot ${findings.snapshot}`;
  const description = headline(task, findings);
  const shareImage = parts.charts[0]?.image ? `${links.siteUrl ?? ""}${parts.charts[0].image.src}` : undefined;
  const meta = [
    `<meta name="description" content="${escapeHtml(description)}">`,
    ...(links.siteUrl ? [`<link rel="canonical" href="${escapeHtml(links.siteUrl)}">`, `<meta property="og:url" content="${escapeHtml(links.siteUrl)}">`] : []),
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${escapeHtml(title)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    ...(shareImage ? [`<meta property="og:image" content="${escapeHtml(shareImage)}">`, `<meta name="twitter:image" content="${escapeHtml(shareImage)}">`] : []),
    `<meta name="twitter:card" content="${shareImage ? "summary_large_image" : "summary"}">`,
    `<meta name="twitter:title" content="${escapeHtml(title)}">`,
    `<meta name="twitter:description" content="${escapeHtml(description)}">`,
    `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(task)} snapshots" href="feed.xml">`,
  ].map((line) => `  ${line}`).join("\n");
  const out = [
    ...(links.repositoryUrl ? [`<a href="${escapeHtml(links.repositoryUrl)}">the repository</a>`] : []),
    ...(links.repositoryUrl && links.datasetPath ? [`<a href="${escapeHtml(`${links.repositoryUrl}/tree/HEAD/${links.datasetPath}`)}">the CSV dataset</a>`] : []),
    ...(links.hfDataset ? [`<a href="${escapeHtml(links.hfDataset.url)}">the dataset on the Hugging Face Hub</a>`, `<a href="${escapeHtml(links.hfDataset.viewerUrl)}">its viewer</a>`] : []),
    `<a href="#data">the Parquet and the findings</a>`,
    `<a href="feed.xml">the feed of snapshots</a>`,
    ...tags.map((tag) => `<a href="https://huggingface.co/models?pipeline_tag=${encodeURIComponent(tag)}">the Hub's ${escapeHtml(tag)} models</a>`),
  ];
  // With several tags, the explorer filters by tag (rows carry the tag's position in this list).
  const tagFilter =
    tags.length > 1
      ? `
      <span class="sort"><label for="tag">Pipeline tag</label>
      <select id="tag">
        <option value="">all tags</option>
${tags.map((tag) => `        <option value="${escapeHtml(tag)}">${escapeHtml(tag)}</option>`).join("\n")}
      </select></span>`
      : "";
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
${meta}
  <link rel="icon" href="data:,">${preloads(parts.charts[0])}
  <link rel="stylesheet" href="assets/style.css">
  <script type="module" src="assets/app.js"></script>
</head>
<body>
  <a class="skip" href="#explorer">Skip to the model explorer</a>
  <header>
    <h1>${escapeHtml(task)} models on the Hugging Face Hub</h1>
    <p id="snapshot-age" class="stale" role="status" data-snapshot="${findings.snapshot}" data-max-age-days="${parts.maxSnapshotAgeDays}" hidden></p>
    <p>Snapshot <strong>${findings.snapshot}</strong>: <strong>${fmt(t.models)}</strong> models, ${fmt(t.newLast7Days)} new in the last 7 days, ${fmt(t.newLast30Days)} in the last 30; storage known for ${fmt(t.storageKnown)} (${(t.storageCoverage * 100).toFixed(1)}%).</p>
  </header>
  <main>
  <section aria-labelledby="charts-title">
    <h2 id="charts-title">Charts</h2>
    <p class="hint">Touch or hover a chart to make it interactive: tooltips name the model under the cursor; drag or scroll on a time axis to zoom and pan (double-click resets); click a legend entry to filter.</p>
${figures}
  </section>
  <section id="explorer" aria-labelledby="explorer-title">
    <h2 id="explorer-title">Find a model</h2>
    <div class="controls">
      <label for="q">Model id, author or name (from its start)</label>
      <input id="q" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. meta-llama or qwen2.5">
      <span class="sort"><label for="sort">Sort by</label>
      <select id="sort">
        <option value="downloads">30-day downloads</option>
        <option value="likes">likes</option>
        <option value="since">downloads since the previous snapshot</option>
        <option value="created">creation date</option>
      </select></span>${tagFilter}
    </div>
    <p id="status" role="status" aria-live="polite">Type two characters or more.</p>
    <table id="results" hidden>
      <caption class="visually-hidden">Models found</caption>
      <thead><tr><th scope="col">Model</th><th scope="col">30-day downloads</th><th scope="col">Likes</th><th scope="col">Since previous snapshot</th><th scope="col">Created</th></tr></thead>
      <tbody></tbody>
    </table>
  </section>
  <section id="families" aria-labelledby="families-title">
    <h2 id="families-title">Families</h2>
    <label for="family">Family (root model)</label>
    <select id="family">
${options}
    </select>
    <div id="family-view" aria-live="polite"></div>
  </section>
  <section id="findings" aria-labelledby="findings-title">
    <h2 id="findings-title">Findings</h2>
${parts.findingsHtml}
  </section>
  <section id="data" aria-labelledby="data-title">
    <h2 id="data-title">Data</h2>
${parts.downloads}
  </section>
  </main>
  <footer><p>Made by hf-model-trends from the Hub's public API. Links: ${out.join(" · ")}.</p></footer>
</body>
</html>
`;
}

/**
 * A chart's 1× PNG (rendered by the same run beside the committed 2× one) copied beside the page,
 * with its size: the static first view of the chart, until vega makes it interactive.
 */
async function chartImage(name: string, imagesDir: string, staging: string, count: (bytes: number) => void): Promise<ChartImage | undefined> {
  const file = CHART_FILES[name as keyof typeof CHART_FILES];
  if (!file) return undefined;
  let bytes: Buffer;
  try {
    bytes = await readFile(join(imagesDir, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  return placeImage(bytes, `charts/${file}`, staging, count);
}

/** A chart's phone layout drawn as a PNG (2×) beside the page, in charts/phone/, with its size. */
async function phoneImage(name: string, spec: TopLevelSpec, draw: DrawChart, staging: string, count: (bytes: number) => void): Promise<ChartImage | undefined> {
  const file = CHART_FILES[name as keyof typeof CHART_FILES];
  return file ? placeImage(Buffer.from(await draw(spec)), `charts/phone/${file}`, staging, count) : undefined;
}

/** A PNG written at `src` in the site, with its size. */
async function placeImage(bytes: Buffer, src: string, staging: string, count: (bytes: number) => void): Promise<ChartImage> {
  await mkdir(dirname(join(staging, src)), { recursive: true });
  await writeFile(join(staging, src), bytes);
  count(bytes.length);
  // The PNG header's IHDR: width and height, big-endian, at bytes 16 and 20.
  return { src, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A size for people: "24.6 MB", "812 kB". */
function size(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** The snapshot's files served beside the page (the Parquet reads over HTTP range requests), as a list of links with their sizes. */
async function dataDownloads(dataDir: string, staging: string, count: (bytes: number) => void): Promise<string> {
  const files: Array<[string, string]> = [
    [PARQUET_FILE, "every model of the snapshot, typed columns (DuckDB, pandas, Polars read it straight from this address)"],
    [INSIGHTS_JSON, "the findings as numbers"],
  ];
  const items: string[] = [];
  for (const [name, what] of files) {
    try {
      await copyFile(join(dataDir, name), join(staging, "data", name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue; // not written for this dataset (yet)
      throw error;
    }
    const bytes = (await stat(join(staging, "data", name))).size;
    count(bytes);
    items.push(`      <li><a href="data/${escapeHtml(name)}" download>${escapeHtml(name)}</a> (${size(bytes)}): ${escapeHtml(what)}</li>`);
  }
  return items.length ? `    <ul class="downloads">\n${items.join("\n")}\n    </ul>` : "    <p>No data files were written with this site.</p>";
}

async function writeJson(path: string, value: unknown): Promise<number> {
  return writeText(path, JSON.stringify(value));
}

async function writeText(path: string, text: string): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/** Writes the site into `siteDir` (built aside, then swapped in whole). */
export async function writeSite(
  input: AnalysisInput,
  findings: Insights,
  markdown: string,
  options: { siteDir: string; dataDir: string; imagesDir: string; maxSnapshotAgeDays?: number | undefined; links?: SiteLinks | undefined; drawChart?: DrawChart | undefined },
): Promise<{ files: number; bytes: number }> {
  const staging = `${options.siteDir.replace(/\/+$/, "")}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, "assets"), { recursive: true });
  let files = 0;
  let bytes = 0;
  const count = (n: number) => {
    files++;
    bytes += n;
  };
  await cp(await appAssets(), join(staging, "assets"), { recursive: true });
  for (const entry of await readdir(join(staging, "assets"), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) count((await stat(join(entry.parentPath, entry.name))).size);
  }

  const context = chartContext(input.stats, input.task, input.snapshotMs);
  const specs = siteSpecs(input, context);
  for (const [name, spec] of Object.entries(specs)) count(await writeJson(join(staging, "data", "charts", `${name}.json`), spec));
  // Each phone spec as the JSON the browser reads: written, and drawn from (so the image is what a tap draws).
  const phoneJson = new Map<string, string>();
  for (const [name, spec] of Object.entries(phoneSpecs(input, context, specs))) {
    const text = JSON.stringify(spec);
    phoneJson.set(name, text);
    count(await writeText(join(staging, "data", "charts", "phone", `${name}.json`), text));
  }

  const families = input.lineage.insights.largestFamilies.map((f) => ({ ...f, top: input.lineage.familyTop[f.root] ?? [] }));
  count(await writeJson(join(staging, "data", "families.json"), families));

  const { stats, ids, sinceByModel } = input;
  const since = (i: number) => {
    const value = sinceByModel?.[i];
    return value === undefined || Number.isNaN(value) ? null : value;
  };
  const sinceMeasured = Boolean(sinceByModel?.some((value) => !Number.isNaN(value)));
  const source: SearchSource = {
    size: ids ? stats.length : 0,
    sinceMeasured,
    id: (i) => ids?.[i] as string,
    row: (i) => {
      const between = since(i);
      const row: SearchRow = [ids?.[i] as string, Math.floor((stats.createdAt[i] as number) / 86_400_000), stats.downloads[i] as number, stats.likes[i] as number, sinceMeasured ? (between ?? -1) : 0, input.tags.of[i] as number];
      while (row.length > 2 && row.at(-1) === 0) row.pop();
      return row;
    },
    keys: [(i) => stats.downloads[i] as number, (i) => stats.likes[i] as number, (i) => since(i) ?? -1, (i) => stats.createdAt[i] as number],
  };
  await mkdir(join(staging, "data", "search"), { recursive: true });
  for (const shard of searchShards(source)) {
    const text = JSON.stringify("index" in shard ? shard.index : shard.rows);
    // Thousands of small files: written synchronously, each encoded into a buffer freed at once
    // (an async write's buffer waits for a collection, and thousands of them fragment the heap).
    writeFileSync(join(staging, "data", "search", shard.name), text);
    count(Buffer.byteLength(text));
  }

  const findingsHtml = (await findingsMarked.parse(markdown.replace(/^# .*\n/, ""), { async: true })).replace(/<h([1-5])/g, (_m, level: string) => `<h${Number(level) + 1}`).replace(/<\/h([1-5])>/g, (_m, level: string) => `</h${Number(level) + 1}>`);
  // The page itself tells a reader how old the snapshot is when it is read (the bytes never depend on the day they were built).
  const charts = [];
  for (const name of Object.keys(specs)) {
    const json = phoneJson.get(name);
    const phone = options.drawChart && json ? await phoneImage(name, JSON.parse(json) as TopLevelSpec, options.drawChart, staging, count) : undefined;
    charts.push({ name, image: await chartImage(name, options.imagesDir, staging, count), phone });
  }
  const feed = atomFeed({ task: tagSetLabel(input.task), history: await readHistory(options.dataDir), findings, siteUrl: options.links?.siteUrl });
  await writeFile(join(staging, FEED_FILE), feed);
  count(Buffer.byteLength(feed));
  const html = page({
    task: input.task, findings, findingsHtml, charts, families: families.map((f) => f.root),
    maxSnapshotAgeDays: options.maxSnapshotAgeDays ?? DEFAULT_MAX_SNAPSHOT_AGE_DAYS,
    downloads: await dataDownloads(options.dataDir, staging, count),
    links: options.links ?? {},
  });
  await writeFile(join(staging, "index.html"), html);
  count(Buffer.byteLength(html));

  const old = `${options.siteDir.replace(/\/+$/, "")}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  try {
    await rename(options.siteDir, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await rename(staging, options.siteDir);
  await rm(old, { recursive: true, force: true });
  return { files, bytes };
}
