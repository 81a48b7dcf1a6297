/** What follows the dataset: the charts and the findings, both pure functions of the records. */
import { mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { writeDataReadme } from "./dataset/data-readme.ts";
import { writeWhole } from "./dataset/store.ts";
import { VERSION } from "./version.ts";
import { computeInsights, INSIGHTS_JSON, INSIGHTS_MD, insightsMarkdown, scopeSentence, type Insights } from "./analysis/findings.ts";
import { trendFindings } from "./analysis/trend-findings.ts";

export { INSIGHTS_JSON, INSIGHTS_MD };
import type { AnalysisInput } from "./analysis/input.ts";
import { computeLineage, LineageTable } from "./analysis/lineage.ts";
import { computeMarket } from "./analysis/market.ts";
import { computeTagMix, tagColumn } from "./analysis/tags.ts";
import type { SincePrevious } from "./analysis/history.ts";
import { isoDay } from "./analysis/weekly.ts";
import { readHistory } from "./dataset/history.ts";
import { readTrends } from "./dataset/trends.ts";
import type { ModelColumns, ModelTable } from "./dataset/table.ts";
import type { Logger } from "./log.ts";
import { releaseMemory } from "./memory.ts";
import type { SiteLinks } from "./site/links.ts";
import type { DrawChart } from "./site/build.ts";


export interface OutputsReport {
  charts: string[];
  insights: string[];
  findings: Insights;
  markdown: string;
}

export interface AnalysisOptions {
  /** The tracked pipeline tags (the set's string). */
  task: string;
  /** The moment the snapshot describes, as the harvest decided it (or the manifest keeps it). */
  snapshotMs: number;
  /** Keep the model ids and each model's downloads since the previous snapshot (for the site). */
  keepIds?: boolean;
  /** Measured by this run's refresh. */
  since?: SincePrevious | undefined;
}

/** Each model's downloads between the previous snapshot and this one, from its two all-time counts; NaN when not both known. */
function downloadsSince(columns: ModelColumns): Float64Array {
  const since = new Float64Array(columns.length);
  for (let i = 0; i < columns.length; i++) since[i] = Math.max(0, (columns.downloadsAllTime[i] as number) - (columns.downloadsAllTimePrevious[i] as number));
  return since; // Math.max(0, NaN) is NaN: unknown stays unknown
}

/**
 * The analysis input of a table (in dataset order); empties the table: its numeric columns
 * live on as the input's, its text goes (but the ids, when a site needs them).
 */
export async function analysisOfRecords(records: ModelTable, dataDir: string, options: AnalysisOptions): Promise<AnalysisInput> {
  const started = performance.now();
  const tags = tagColumn(records, options.task);
  const lineageTable = LineageTable.of(records, tags);
  const market = computeMarket(records, options.snapshotMs);
  const stats = records.columns();
  const tagMix = tags.names.length > 1 ? computeTagMix(stats, tags, options.snapshotMs) : undefined;
  const ids = options.keepIds ? records.ids() : undefined;
  records.clear();
  const lineage = computeLineage(lineageTable, options.snapshotMs);
  const sinceByModel = options.keepIds ? downloadsSince(stats) : undefined;
  const preparedMs = performance.now() - started;
  return { task: options.task, stats, tags, tagMix, snapshotMs: options.snapshotMs, lineage, market, history: await readHistory(dataDir), trends: await readTrends(dataDir), since: options.since, ids, sinceByModel, preparedMs };
}

/**
 * What changed since the previous snapshot: as measured by this run, else as the findings
 * already say for this same snapshot (an enrich run or a re-render does not see the previous dataset).
 */
async function sinceOf(input: AnalysisInput, dataDir: string, snapshot: string): Promise<SincePrevious | undefined> {
  if (input.since) return input.since;
  try {
    const existing = JSON.parse(await readFile(join(dataDir, INSIGHTS_JSON), "utf8")) as { snapshot?: string; sincePrevious?: SincePrevious };
    return existing.snapshot === snapshot ? existing.sincePrevious : undefined;
  } catch {
    return undefined; // none yet, or unreadable: it is rewritten below
  }
}


export async function renderOutputs(
  input: AnalysisInput,
  options: { dataDir: string; chartsDir: string; siteDir?: string | undefined; maxSnapshotAgeDays?: number | undefined; siteLinks?: SiteLinks | undefined },
  log: Logger,
): Promise<OutputsReport> {
  const started = performance.now() - input.preparedMs;
  const models = input.stats;
  const snapshot = isoDay(input.snapshotMs);
  const findings = computeInsights(models, input.lineage.insights, input.market, input.snapshotMs, await sinceOf(input, options.dataDir, snapshot), { task: input.task, tagMix: input.tagMix });
  // Over the weeks: only when trends.csv has this snapshot's rows (a --max-models sample has none).
  const trends = trendFindings(input.history, input.trends);
  if (trends?.snapshot === snapshot) findings.trends = { ...trends, caveat: `${scopeSentence(input.task)} ${trends.caveat}` };
  const markdown = insightsMarkdown(findings, input.task);
  await mkdir(options.dataDir, { recursive: true });
  const json = join(options.dataDir, INSIGHTS_JSON);
  const md = join(options.dataDir, INSIGHTS_MD);
  await writeWhole(json, `${JSON.stringify({ pipelineTag: input.task, ...findings }, null, 2)}\n`);
  await writeWhole(md, markdown);
  // The dictionary goes with the data it explains, in the words of the version that wrote it.
  const dictionary = await writeDataReadme(options.dataDir, VERSION);
  // Loaded on demand: vega and resvg are most of the bundle, and harvest alone never needs them.
  const { renderCharts } = await import("./charts/index.ts");
  releaseMemory(); // the findings' work space is garbage: resvg's first render (≈ 70 MB for a moment) is the phase's peak
  // The site's first view shows each chart as a light 1× image, drawn here with the committed 2× one.
  const previews = options.siteDir ? `${options.siteDir.replace(/\/+$/, "")}.previews-${process.pid}` : undefined;
  const charts = await renderCharts(input, options.chartsDir, (message) => log.warn(message), previews);
  log.info(`wrote ${charts.length} charts to ${options.chartsDir} and findings to ${options.dataDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (options.siteDir) {
    releaseMemory(); // vega's and resvg's garbage is not the site's peak
    const siteStarted = Date.now();
    const { writeSite } = await import("./site/build.ts");
    const { drawSpec, ZOOM } = await import("./charts/render.ts");
    // The phone layouts' images, at 2× (phones' screens are dense), drawn as the committed charts are.
    // The interactive specs' listeners have no window to listen to here: the image is still, as it should be.
    const drawChart: DrawChart = (spec) => drawSpec(spec, ZOOM, (message) => void (/event source: window/.test(message) || log.warn(message)));
    const site = await writeSite(input, findings, markdown, { siteDir: options.siteDir, dataDir: options.dataDir, imagesDir: previews as string, maxSnapshotAgeDays: options.maxSnapshotAgeDays, links: options.siteLinks, drawChart }).finally(
      () => rm(previews as string, { recursive: true, force: true }),
    );
    log.info(`wrote the site (${site.files} files, ${(site.bytes / 1024 / 1024).toFixed(1)} MB) to ${options.siteDir} in ${((Date.now() - siteStarted) / 1000).toFixed(1)} s`);
  }
  return { charts, insights: [json, md, dictionary], findings, markdown };
}
