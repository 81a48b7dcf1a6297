/**
 * Which weeks' counters can be trusted, for live and archive weeks alike (HUB-FACTS "Counters that
 * roll back, stall or lag"; ARCHIVE-FACTS). Twice the Hub's all-time counters went down for a large
 * share of models and came back days later: a difference taken across such a week counts the
 * recovery as downloads. So a week is judged against the last trusted week before any difference
 * is taken, and differences always span back to that week.
 */
import type { HistoryRow } from "../dataset/history.ts";

/** More than this share of the models shared with the last trusted week counting fewer all-time downloads: a rollback. */
export const ROLLBACK_SHARE = 0.05;
/** An archive week with fewer tracked models than this share of the previous usable week's is partial. */
export const PARTIAL_SHARE = 0.5;

export type Quality = "ok" | "rollback";

/** The rules in words, for the data dictionary and the findings' caveats. */
export const QUALITY_RULES =
  `A week in which more than ${ROLLBACK_SHARE * 100}% of the models it shares with the last trusted week count fewer all-time downloads is a rollback (the Hub's counters went down and came back later): ` +
  "its Quality says rollback and its downloads since the previous snapshot are empty; the next trusted week's are taken against the last trusted week, over the models in both, " +
  "and Days Since Previous spans that gap, so nothing is counted twice and nothing is lost. A missing week is spanned the same way. " +
  `An archive week with under ${PARTIAL_SHARE * 100}% of the previous usable week's tracked models is partial and gets no row. A model's count below its previous one never adds negative downloads.`;

/** What the downloads since the previous snapshot compare with. */
export interface Baseline {
  /** The previous snapshot was a rollback: its carried counts (its `Downloads All Time Previous`) are the last trusted week's. */
  previousRolledBack: boolean;
  /** The last trusted snapshot's date: what Days Since Previous spans back to. */
  snapshot: string;
}

/** The baseline for a snapshot whose previous one is `previousSnapshot`, from the history so far. */
export function baselineOf(previousSnapshot: string, rows: readonly HistoryRow[]): Baseline {
  const previous = rows.find((row) => row.Snapshot === previousSnapshot);
  if (previous?.Quality !== "rollback") return { previousRolledBack: false, snapshot: previousSnapshot };
  const trusted = rows.filter((row) => row.Snapshot < previousSnapshot && row.Quality !== "rollback").at(-1);
  return { previousRolledBack: true, snapshot: trusted?.Snapshot ?? previousSnapshot };
}

/** A model's all-time downloads at the baseline: its count then, or after a rollback the trusted count carried through it. */
export function baselineCount(before: { allTime: number | null; allTimePrevious: number | null }, baseline: Baseline): number | null {
  return baseline.previousRolledBack ? before.allTimePrevious : before.allTime;
}

/** Whether a week is a rollback: of `shared` models with both counts known, `lower` count fewer than at the baseline. */
export function judgeWeek(shared: number, lower: number): Quality {
  return shared > 0 && lower / shared > ROLLBACK_SHARE ? "rollback" : "ok";
}

/** Whether an archive week is partial: under half the previous usable week's tracked models. */
export function isPartialWeek(models: number, previousUsableModels: number | undefined): boolean {
  return previousUsableModels !== undefined && models < PARTIAL_SHARE * previousUsableModels;
}
