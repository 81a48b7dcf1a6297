import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/charts/files.ts
var CHART_FILES = {
  weekly: "weekly_and_cumulative_models.png",
  storage: "used_storage_vs_spaces_colored_by_likes.png",
  downloads: "downloads_vs_created_at_colored_by_likes.png",
  classes: "model_downloads.png",
  relations: "new_models_by_relation.png",
  families: "largest_model_families.png",
  snapshots: "catalogue_over_snapshots.png"
};

export {
  CHART_FILES
};
