/** The four charts' file names, as the original study named them. */
export const CHART_FILES = {
  weekly: "weekly_and_cumulative_models.png",
  storage: "used_storage_vs_spaces_colored_by_likes.png",
  downloads: "downloads_vs_created_at_colored_by_likes.png",
  classes: "model_downloads.png",
} as const;
