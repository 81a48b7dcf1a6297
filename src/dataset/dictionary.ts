/**
 * The data dictionary in one place for what the tool writes itself (the Hugging Face dataset
 * card); `data/README.md` says the same for readers of the repository, at more length.
 */
import type { Column } from "./record.ts";

export interface ColumnDoc {
  type: string;
  meaning: string;
}

export const COLUMN_DOCS: Record<Column | "Snapshot", ColumnDoc> = {
  "Model ID": { type: "string", meaning: "`owner/name` on the Hub" },
  Author: { type: "string", meaning: "the owner (user or organisation)" },
  Likes: { type: "int64", meaning: "likes on the Hub" },
  Downloads: { type: "int64", meaning: "downloads in the **last 30 days** (a rolling window), not all time" },
  "Created At": { type: "timestamp (UTC)", meaning: "creation date; `2022-03-02T23:29:04–05Z` is the legacy import's placeholder, not a date" },
  Private: { type: "bool", meaning: "always false: private models are left out" },
  Gated: { type: "string", meaning: "`false`, `auto` or `manual`" },
  Library: { type: "string", meaning: "the card's `library_name`; null when absent; free-form user text" },
  "Used Storage": { type: "int64", meaning: "bytes in the repository, all revisions; null while not yet learned" },
  Spaces: { type: "int64", meaning: "Spaces using the model, capped at 100 by the Hub (100 means 100 or more)" },
  "Last Modified": { type: "timestamp (UTC)", meaning: "date of the last commit (may claim a date after the snapshot)" },
  "Downloads All Time": { type: "int64", meaning: "cumulative downloads" },
  Parameters: { type: "int64", meaning: "`safetensors.total`; null without safetensors weights at the top level" },
  "Base Model": { type: "string", meaning: "parent ids from the `base_model:` tags, first appearance first, joined with `;`" },
  Relation: { type: "string", meaning: "`finetune`, `adapter`, `quantized` or `merge`, from the first typed `base_model:` tag" },
  License: { type: "string", meaning: "the first `license:` tag's value" },
  "Downloads All Time Previous": { type: "int64", meaning: "`Downloads All Time` at the previous snapshot: the difference is real downloads in between" },
  "Pipeline Tag": { type: "string", meaning: "the pipeline tag the model was listed under (one of the tracked set); the tag as of the snapshot" },
  Snapshot: { type: "date", meaning: "the snapshot's date (the same on every row of a week's file)" },
};
