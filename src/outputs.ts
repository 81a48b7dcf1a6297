/** What follows the dataset: the four charts and the findings, both pure functions of the records. */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { computeInsights, insightsMarkdown, type Insights } from "./analysis/findings.ts";
import type { ModelStats } from "./dataset/record.ts";
import type { Logger } from "./log.ts";

export const INSIGHTS_JSON = "insights.json";
export const INSIGHTS_MD = "insights.md";

export interface OutputsReport {
  charts: string[];
  insights: string[];
  findings: Insights;
  markdown: string;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp-${process.pid}`, text);
  await rename(`${path}.tmp-${process.pid}`, path);
}

export async function renderOutputs(
  records: readonly ModelStats[],
  options: { dataDir: string; chartsDir: string; task: string },
  log: Logger,
): Promise<OutputsReport> {
  const started = Date.now();
  const findings = computeInsights(records);
  const markdown = insightsMarkdown(findings, options.task);
  await mkdir(options.dataDir, { recursive: true });
  const json = join(options.dataDir, INSIGHTS_JSON);
  const md = join(options.dataDir, INSIGHTS_MD);
  await writeAtomically(json, `${JSON.stringify({ pipelineTag: options.task, ...findings }, null, 2)}\n`);
  await writeAtomically(md, markdown);
  // Loaded on demand: vega and resvg are most of the bundle, and harvest alone never needs them.
  const { renderCharts } = await import("./charts/index.ts");
  const charts = await renderCharts(records, options.chartsDir, options.task, (message) => log.warn(message));
  log.info(`wrote ${charts.length} charts to ${options.chartsDir} and findings to ${options.dataDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { charts, insights: [json, md], findings, markdown };
}
