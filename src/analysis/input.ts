import type { HistoryRow } from "../dataset/history.ts";
import type { TrendRow } from "../dataset/trends.ts";
import type { ModelColumns } from "../dataset/table.ts";
import type { SincePrevious } from "./history.ts";
import type { LineageSummary } from "./lineage.ts";
import type { MarketInsights } from "./market.ts";
import type { TagColumn, TagMix } from "./tags.ts";

/** What the findings, charts and site read: each model's numbers, the lineage already summed up, and the snapshots so far. */
export interface AnalysisInput {
  /** The tracked pipeline tags, as the set's string (pipeline-tags.ts): titles and scopes name it. */
  task: string;
  stats: ModelColumns;
  /** Each model's pipeline tag, in the stats' order. */
  tags: TagColumn;
  /** Models and downloads by tag; computed when several tags are tracked. */
  tagMix: TagMix | undefined;
  /** The moment the snapshot describes (the manifest's; see dataset/snapshot.ts). */
  snapshotMs: number;
  lineage: LineageSummary;
  /** Concentration, size over time, formats and gating: computed while the table's text is there. */
  market: MarketInsights;
  /** Every snapshot's row, oldest first (this one included once a refresh wrote it). */
  history: HistoryRow[];
  /** Every snapshot's rows of trends.csv, oldest first. */
  trends: TrendRow[];
  /** What changed since the previous snapshot, when this run measured it (else the findings keep what was measured). */
  since: SincePrevious | undefined;
  /** Model ids in the stats' order: kept only when a site is built (its search and tooltips name models). */
  ids: readonly string[] | undefined;
  /** Downloads since the previous snapshot per model, in the stats' order; only a refresh measures it. */
  sinceByModel: Float64Array | undefined;
  /** Time spent deriving this input from the models (lineage walks and sums): the log counts it in the findings' time. */
  preparedMs: number;
}
