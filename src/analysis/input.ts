import type { ModelStats } from "../dataset/record.ts";
import type { LineageSummary } from "./lineage.ts";

/** What the findings, charts and site read: each model's numbers, and the lineage already summed up. */
export interface AnalysisInput {
  stats: ModelStats[];
  lineage: LineageSummary;
}
