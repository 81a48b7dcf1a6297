import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/specs/files.ts
var CHART_FILES = {
  weekly: "weekly_and_cumulative_models.png",
  storage: "used_storage_vs_spaces_colored_by_likes.png",
  downloads: "downloads_vs_created_at_colored_by_likes.png",
  classes: "model_downloads.png",
  relations: "new_models_by_relation.png",
  families: "largest_model_families.png",
  snapshots: "catalogue_over_snapshots.png",
  lorenz: "download_concentration_lorenz.png",
  sizes: "new_model_sizes_by_quarter.png",
  weeklyDownloads: "real_downloads_per_week.png",
  shareByAuthor: "download_share_by_author.png",
  shareByBase: "download_share_by_base.png",
  concentrationOverTime: "concentration_over_snapshots.png",
  /** Only when several pipeline tags are tracked. */
  tags: "new_models_by_pipeline_tag.png"
};
function chartFiles(severalTags) {
  return Object.entries(CHART_FILES).filter(([name]) => severalTags || name !== "tags").map(([, file]) => file);
}

export {
  CHART_FILES,
  chartFiles
};
