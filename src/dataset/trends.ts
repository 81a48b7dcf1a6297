/**
 * `trends.csv`: the snapshots' downloads by author, base, relation, library, size and pipeline
 * tag, one tidy row per snapshot, dimension and key (analysis/trends.ts computes them). Oldest
 * snapshot first; a snapshot written again replaces its rows, so the same data writes the same
 * bytes. Keys are the Hub's text, kept byte for byte and quoted as RFC 4180 has it.
 */
import { join } from "node:path";
import { parseCsv } from "./csv.ts";
import { DatasetFormatError, restoreFix } from "./errors.ts";
import { readDataFile, writeWhole } from "./store.ts";

export const TRENDS_FILE = "trends.csv";
export const TRENDS_COLUMNS = ["Snapshot", "Dimension", "Key", "Models", "Downloads 30 Days", "Download Share"] as const;
export const TREND_DIMENSIONS = ["author", "base", "relation", "library", "size", "pipeline tag"] as const;
export type TrendDimension = (typeof TREND_DIMENSIONS)[number];

export interface TrendRow {
  snapshot: string;
  dimension: TrendDimension;
  key: string;
  models: number;
  downloads30Days: number;
  /** The key's share of the snapshot's 30-day downloads, 6 decimals; null when the total is 0. */
  downloadShare: number | null;
}

export function trendsPath(dataDir: string): string {
  return join(dataDir, TRENDS_FILE);
}

/** The rows of `trends.csv`, in the file's order; empty when there is none yet. */
export async function readTrends(dataDir: string): Promise<TrendRow[]> {
  const path = trendsPath(dataDir);
  const text = await readDataFile(path, dataDir);
  if (text === undefined) return [];
  const fail = (problem: string, line: number) => new DatasetFormatError(problem, { file: path, line, fix: `${restoreFix(path)} (or run \`hf-trends backfill\` and \`hf-trends history --from-git\`, which write it again)` });
  const rows: TrendRow[] = [];
  parseCsv(text, (fields, line) => {
    if (line === 1) {
      if (fields.join(",") !== TRENDS_COLUMNS.join(",")) throw fail(`the header must be ${TRENDS_COLUMNS.join(",")}`, line);
      return;
    }
    if (fields.length !== TRENDS_COLUMNS.length) throw fail(`expected ${TRENDS_COLUMNS.length} fields, found ${fields.length}`, line);
    const [snapshot, dimension, key, models, downloads, share] = fields as [string, string, string, string, string, string];
    if (!/^\d{4}-\d\d-\d\d$/.test(snapshot)) throw fail(`"Snapshot" must be a date YYYY-MM-DD, got "${snapshot}"`, line);
    if (!(TREND_DIMENSIONS as readonly string[]).includes(dimension)) throw fail(`"Dimension" must be one of ${TREND_DIMENSIONS.join(", ")}, got "${dimension}"`, line);
    if (!/^\d+$/.test(models) || !/^\d+$/.test(downloads)) throw fail(`"Models" and "Downloads 30 Days" must be whole numbers`, line);
    if (share !== "" && !/^\d+(\.\d+)?$/.test(share)) throw fail(`"Download Share" must be a number or empty, got "${share}"`, line);
    rows.push({ snapshot, dimension: dimension as TrendDimension, key, models: Number(models), downloads30Days: Number(downloads), downloadShare: share === "" ? null : Number(share) });
  });
  return rows;
}

/** `rows` with the rows of `snapshot` replaced by `fresh`, snapshots in date order. */
export function withTrendRows(rows: readonly TrendRow[], snapshot: string, fresh: readonly TrendRow[]): TrendRow[] {
  const kept = rows.filter((r) => r.snapshot !== snapshot);
  const at = kept.findIndex((r) => r.snapshot > snapshot);
  return at === -1 ? [...kept, ...fresh] : [...kept.slice(0, at), ...fresh, ...kept.slice(at)];
}

/** A field as CSV: quoted when it holds a comma, a quote or a line break. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function trendsToCsv(rows: readonly TrendRow[]): string {
  const lines = [TRENDS_COLUMNS.join(",")];
  for (const r of rows) lines.push([r.snapshot, r.dimension, field(r.key), r.models, r.downloads30Days, r.downloadShare ?? ""].join(","));
  return `${lines.join("\n")}\n`;
}

export async function writeTrends(dataDir: string, rows: readonly TrendRow[]): Promise<void> {
  const path = trendsPath(dataDir);
  await writeWhole(path, trendsToCsv(rows));
}
