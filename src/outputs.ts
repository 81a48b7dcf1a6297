/** What follows the dataset: the charts and the findings, both pure functions of the records. */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { computeInsights, insightsMarkdown, type Insights } from "./analysis/findings.ts";
import type { AnalysisInput } from "./analysis/input.ts";
import { computeLineage, LineageTable } from "./analysis/lineage.ts";
import type { SincePrevious } from "./analysis/history.ts";
import { isoDay, snapshotOf } from "./analysis/weekly.ts";
import { readHistory } from "./dataset/history.ts";
import { statsOf, type ModelRecord, type ModelStats } from "./dataset/record.ts";
import { forEachDatasetFile } from "./dataset/store.ts";
import type { Logger } from "./log.ts";

export const INSIGHTS_JSON = "insights.json";
export const INSIGHTS_MD = "insights.md";

export interface OutputsReport {
  charts: string[];
  insights: string[];
  findings: Insights;
  markdown: string;
}

export interface AnalysisOptions {
  /** Keep the model ids and each model's downloads since the previous snapshot (for the site). */
  keepIds?: boolean;
  /** Measured by this run's refresh. */
  since?: SincePrevious | undefined;
}

/** A model's downloads between the previous snapshot and this one, from its two all-time counts; NaN when not both known. */
function downloadsSince(r: ModelRecord): number {
  return r.downloadsAllTime === null || r.downloadsAllTimePrevious === null ? Number.NaN : Math.max(0, r.downloadsAllTime - r.downloadsAllTimePrevious);
}

/** Gathers the analysis input one model at a time, in the dataset's order, from memory or from the files. */
class AnalysisCollector {
  readonly #table = new LineageTable();
  readonly #stats: ModelStats[] = [];
  readonly #ids: string[] | undefined;
  readonly #since: number[] | undefined;

  constructor(options: AnalysisOptions) {
    this.#ids = options.keepIds ? [] : undefined;
    this.#since = options.keepIds ? [] : undefined;
  }

  add(r: ModelRecord): void {
    this.#table.add(r);
    this.#stats.push(statsOf(r));
    this.#ids?.push(r.id);
    this.#since?.push(downloadsSince(r));
  }

  async finish(dataDir: string, since: SincePrevious | undefined): Promise<AnalysisInput> {
    const stats = this.#stats;
    return {
      stats,
      lineage: computeLineage(this.#table, snapshotOf(stats)),
      history: await readHistory(dataDir),
      since,
      ids: this.#ids,
      sinceByModel: this.#since && Float64Array.from(this.#since),
    };
  }
}

/** The analysis input of records held in memory; empties `records`, whose text is no longer needed. */
export async function analysisOfRecords(records: ModelRecord[], dataDir: string, options: AnalysisOptions = {}): Promise<AnalysisInput> {
  const collector = new AnalysisCollector(options);
  for (const r of records) collector.add(r);
  records.length = 0;
  return collector.finish(dataDir, options.since);
}

/** The analysis input of the dataset in `dataDir`, read file by file; undefined when there is none. */
export async function readAnalysis(dataDir: string, options: AnalysisOptions = {}): Promise<AnalysisInput | undefined> {
  const collector = new AnalysisCollector(options);
  const found = await forEachDatasetFile(dataDir, (records) => {
    for (const r of records) collector.add(r);
  });
  return found ? collector.finish(dataDir, undefined) : undefined;
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

async function writeAtomically(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp-${process.pid}`, text);
  await rename(`${path}.tmp-${process.pid}`, path);
}

export async function renderOutputs(
  input: AnalysisInput,
  options: { dataDir: string; chartsDir: string; task: string; siteDir?: string | undefined },
  log: Logger,
): Promise<OutputsReport> {
  const started = Date.now();
  const records = input.stats;
  const snapshot = isoDay(snapshotOf(records));
  const findings = computeInsights(records, input.lineage.insights, await sinceOf(input, options.dataDir, snapshot));
  const markdown = insightsMarkdown(findings, options.task);
  await mkdir(options.dataDir, { recursive: true });
  const json = join(options.dataDir, INSIGHTS_JSON);
  const md = join(options.dataDir, INSIGHTS_MD);
  await writeAtomically(json, `${JSON.stringify({ pipelineTag: options.task, ...findings }, null, 2)}\n`);
  await writeAtomically(md, markdown);
  // Loaded on demand: vega and resvg are most of the bundle, and harvest alone never needs them.
  const { renderCharts } = await import("./charts/index.ts");
  const charts = await renderCharts(input, options.chartsDir, options.task, (message) => log.warn(message));
  log.info(`wrote ${charts.length} charts to ${options.chartsDir} and findings to ${options.dataDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (options.siteDir) {
    const siteStarted = Date.now();
    const { writeSite } = await import("./site/build.ts");
    const site = await writeSite(input, findings, markdown, { siteDir: options.siteDir, task: options.task });
    log.info(`wrote the site (${site.files} files, ${(site.bytes / 1024 / 1024).toFixed(1)} MB) to ${options.siteDir} in ${((Date.now() - siteStarted) / 1000).toFixed(1)} s`);
  }
  return { charts, insights: [json, md], findings, markdown };
}
