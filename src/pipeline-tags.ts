/**
 * A tracked set of pipeline tags, as one string everywhere it travels (settings, the manifest,
 * history rows, titles): the tags in canonical order joined with commas, `text-generation` alone
 * for the original study. Canonical: the study's `text-generation` first, the others in code-unit
 * order, each once; so the same set is always spelled the same and a rerun writes the same bytes.
 */

/** The original study's definition, and the default. */
export const DEFAULT_TAG = "text-generation";

/** `--task llm`: where the 2025–26 LLMs live (HUB-FACTS "Which pipeline tag a large language model carries"). */
export const PRESETS: Readonly<Record<string, readonly string[]>> = {
  llm: ["text-generation", "image-text-to-text", "any-to-any"],
};

/** The tags of a set, in canonical order, each once. */
export function canonicalTags(tags: Iterable<string>): string[] {
  return [...new Set(tags)].sort((a, b) => (a === DEFAULT_TAG ? -1 : b === DEFAULT_TAG ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/** A set as the one string that names it: `text-generation,any-to-any,image-text-to-text`. */
export function tagSetKey(tags: Iterable<string>): string {
  return canonicalTags(tags).join(",");
}

/** The tags a set's string names (the manifest's `pipelineTag`, a history row's `Pipeline Tags`). */
export function tagsOf(key: string): string[] {
  return key.split(",").filter((tag) => tag !== "");
}

/** How a set reads in a title or a sentence: `text-generation`, or `text-generation, any-to-any, image-text-to-text`. */
export function tagSetLabel(key: string): string {
  return tagsOf(key).join(", ");
}
