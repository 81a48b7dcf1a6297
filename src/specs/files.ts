/** The charts' file names: the original study's four, as it named them, then the lineage charts, the history across snapshots, concentration and size. */
export const CHART_FILES = {
  weekly: "weekly_and_cumulative_models.png",
  storage: "used_storage_vs_spaces_colored_by_likes.png",
  downloads: "downloads_vs_created_at_colored_by_likes.png",
  classes: "model_downloads.png",
  relations: "new_models_by_relation.png",
  families: "largest_model_families.png",
  snapshots: "catalogue_over_snapshots.png",
  lorenz: "download_concentration_lorenz.png",
  sizes: "new_model_sizes_by_quarter.png",
} as const;
