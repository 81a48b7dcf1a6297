/** One model as the dataset stores it. Timestamps are epoch milliseconds (UTC). */
export interface ModelRecord {
  id: string;
  author: string;
  likes: number;
  /** Downloads in the Hub's rolling 30-day window. */
  downloads: number;
  createdAt: number;
  private: boolean;
  gated: Gated;
  /** Empty when the model card names no library. */
  library: string;
  /** Bytes in the repository, all revisions; null while unknown. */
  usedStorage: number | null;
  /** Length of the Hub's `spaces` list, which the Hub caps at 100. */
  spaces: number;
  lastModified: number | null;
  downloadsAllTime: number | null;
  /** `safetensors.total`; null when the repository has no safetensors weights. */
  parameters: number | null;
  /** Parent ids from the `base_model:` tags, first appearance first, joined with `;`; empty when none. */
  baseModel: string;
  /** From the first `base_model:{relation}:` tag; empty when the model has no typed tag. */
  relation: Relation;
  /** The first `license:` tag's value; empty when none. */
  license: string;
  /**
   * All-time downloads at the previous snapshot; null for a model new since, or on the first.
   * With `downloadsAllTime`, each model's real downloads between the two snapshots, from this dataset alone.
   */
  downloadsAllTimePrevious: number | null;
  /**
   * The pipeline tag whose listing brought the model (one of the tracked set); a file written
   * before several tags could be tracked reads as its manifest's single tag.
   */
  pipelineTag: string;
}

export type Gated = "false" | "auto" | "manual";

export const RELATIONS = ["finetune", "adapter", "quantized", "merge"] as const;
export type Relation = (typeof RELATIONS)[number] | "";

/** The original study's columns first, in its order and spelling; extras after. */
export const COLUMNS = [
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
  "Pipeline Tag",
] as const;

/** The columns of the layout before release 1.0.0: files written then are read as having no lineage and no previous downloads. */
export const COLUMNS_V1 = COLUMNS.slice(0, 13);
/** The columns of the layout of releases 1.0–1.x, before several tags: files written then read as their manifest's one tag. */
export const COLUMNS_V2 = COLUMNS.slice(0, 17);

export type Column = (typeof COLUMNS)[number];

/**
 * Every repository created before the Hub stored creation dates carries the legacy import's stamp,
 * which spans two seconds: `2022-03-02T23:29:04.000Z` and `…:05.000Z` are both recorded on real
 * repositories. The window is [`:04.000`, `:06.000`): no model was created in it.
 */
export const PLACEHOLDER_CREATED_AT = Date.parse("2022-03-02T23:29:04.000Z");
export const PLACEHOLDER_WINDOW_MS = 2000;
/** How the window is named in findings, subtitles and the data dictionary. */
export const PLACEHOLDER_LABEL = "2022-03-02T23:29:04–05Z";

/** Whether a creation date is the legacy import's stamp: a placeholder, in no week, month or quarter. */
export function isPlaceholderDate(ms: number): boolean {
  return ms >= PLACEHOLDER_CREATED_AT && ms < PLACEHOLDER_CREATED_AT + PLACEHOLDER_WINDOW_MS;
}

/** The Hub caps the `spaces` list at this length: the value means "this many or more". */
export const SPACES_CAP = 100;

/** Plain UTF-16 code-unit order, the same in every locale (not localeCompare). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
