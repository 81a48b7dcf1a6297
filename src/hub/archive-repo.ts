/** The weekly archive a backfill reads unless told otherwise (../shared/ARCHIVE-FACTS.md); apart from its reader, so that naming it loads no Parquet code. */
export const DEFAULT_ARCHIVE = "hfmlsoc/hub_weekly_snapshots";
