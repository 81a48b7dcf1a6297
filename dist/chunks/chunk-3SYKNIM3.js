import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/dataset/record.ts
var RELATIONS = ["finetune", "adapter", "quantized", "merge"];
var COLUMNS = [
  "Model ID",
  "Author",
  "Likes",
  "Downloads",
  "Created At",
  "Private",
  "Gated",
  "Library",
  "Used Storage",
  "Spaces",
  "Last Modified",
  "Downloads All Time",
  "Parameters",
  "Base Model",
  "Relation",
  "License",
  "Downloads All Time Previous",
  "Pipeline Tag"
];
var COLUMNS_V1 = COLUMNS.slice(0, 13);
var COLUMNS_V2 = COLUMNS.slice(0, 17);
var PLACEHOLDER_CREATED_AT = Date.parse("2022-03-02T23:29:04.000Z");
var PLACEHOLDER_WINDOW_MS = 2e3;
var PLACEHOLDER_LABEL = "2022-03-02T23:29:04\u201305Z";
function isPlaceholderDate(ms) {
  return ms >= PLACEHOLDER_CREATED_AT && ms < PLACEHOLDER_CREATED_AT + PLACEHOLDER_WINDOW_MS;
}
var SPACES_CAP = 100;
function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/pipeline-tags.ts
var DEFAULT_TAG = "text-generation";
var PRESETS = {
  llm: ["text-generation", "image-text-to-text", "any-to-any"]
};
function canonicalTags(tags) {
  return [...new Set(tags)].sort((a, b) => a === DEFAULT_TAG ? -1 : b === DEFAULT_TAG ? 1 : a < b ? -1 : a > b ? 1 : 0);
}
function tagSetKey(tags) {
  return canonicalTags(tags).join(",");
}
function tagsOf(key) {
  return key.split(",").filter((tag) => tag !== "");
}
function tagSetLabel(key) {
  return tagsOf(key).join(", ");
}

export {
  RELATIONS,
  COLUMNS,
  COLUMNS_V1,
  COLUMNS_V2,
  PLACEHOLDER_LABEL,
  isPlaceholderDate,
  SPACES_CAP,
  compareIds,
  DEFAULT_TAG,
  PRESETS,
  tagSetKey,
  tagsOf,
  tagSetLabel
};
