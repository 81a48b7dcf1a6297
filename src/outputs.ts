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

/** The analysis input of records held in memory; empties `records`, whose text is no longer needed. */
export async function analysisOfRecords(records: ModelRecord[], dataDir: string, since?: SincePrevious): Promise<AnalysisInput> {
  const table = new LineageTable();
  const stats: ModelStats[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as ModelRecord;
    table.add(r);
    stats[i] = statsOf(r);
  }
  records.length = 0;
  return { stats, lineage: computeLineage(table, snapshotOf(stats)), history: await readHistory(dataDir), since };
}

/** The analysis input of the dataset in `dataDir`, read file by file; undefined when there is none. */
export async function readAnalysis(dataDir: string): Promise<AnalysisInput | undefined> {
  const table = new LineageTable();
  const stats: ModelStats[] = [];
  const found = await forEachDatasetFile(dataDir, (records) => {
    for (const r of records) {
      table.add(r);
      stats.push(statsOf(r));
    }
  });
  if (!found) return undefined;
  return { stats, lineage: computeLineage(table, snapshotOf(stats)), history: await readHistory(dataDir), since: undefined };
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
  options: { dataDir: string; chartsDir: string; task: string },
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
  return { charts, insights: [json, md], findings, markdown };
}
