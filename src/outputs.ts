import type { ModelRecord } from "./dataset/record.ts";
import type { Logger } from "./pipeline.ts";

export interface OutputsReport {
  charts: string[];
  insights: string[];
}

/** Charts and findings from a dataset. */
export async function renderOutputs(
  _records: readonly ModelRecord[],
  _dirs: { dataDir: string; chartsDir: string },
  _log: Logger,
): Promise<OutputsReport> {
  return { charts: [], insights: [] };
}
