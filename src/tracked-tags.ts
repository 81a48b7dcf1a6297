/**
 * A change of the tracked set of pipeline tags between the previous dataset and this run: adding
 * tags is free (their models join, not as new models), dropping one shrinks the dataset and must
 * be asked for; and how a listing over several tags reads in the log.
 */
import type { DatasetManifest } from "./dataset/store.ts";
import type { ListResult } from "./hub/list.ts";
import { quoted } from "./escape.ts";
import { tagSetLabel, tagsOf } from "./pipeline-tags.ts";
import type { Terms } from "./terms.ts";

/** A change of tags the run refuses: it would drop models without being asked to. */
export class TagsDropped extends Error {
  override readonly name = "TagsDropped";
}

/** Checks the tags asked for (`task`, the set's string) against the dataset's; returns the tags added. */
export function checkTagChange(manifest: DatasetManifest | undefined, task: string, options: { allowShrink?: boolean | undefined; terms: Terms }): string[] {
  if (!manifest) return [];
  const before = tagsOf(manifest.pipelineTag);
  const now = tagsOf(task);
  const dropped = before.filter((tag) => !now.includes(tag));
  if (dropped.length > 0 && !options.allowShrink) {
    const them = dropped.length === 1 ? "its" : "their";
    throw new TagsDropped(
      `the dataset tracks ${tagSetLabel(manifest.pipelineTag)}; tracking ${tagSetLabel(task)} drops ${dropped.map((t) => quoted(t)).join(", ")}, and ${them} models would be removed: nothing was written. ` +
        `To drop ${dropped.length === 1 ? "it" : "them"}, run again with ${options.terms.set("allow-shrink")}; to track ${tagSetLabel(task)} apart, give it a folder of its own (${options.terms.set("data-dir", `data/${now.find((tag) => !before.includes(tag)) ?? now[0]}`)})`,
    );
  }
  return now.filter((tag) => !before.includes(tag));
}

/** "listed by tag: text-generation 700000 in 700 pages, any-to-any 3000 in 3 pages; 2 models listed under two tags kept once (the newer card's tag)". */
export function byTagLine(listed: Pick<ListResult, "byTag" | "retagged">): string {
  const parts = listed.byTag.map((t) => `${t.tag} ${t.models} in ${t.pages} ${t.pages === 1 ? "page" : "pages"}`);
  const retagged = listed.retagged > 0 ? `; ${listed.retagged} ${listed.retagged === 1 ? "model" : "models"} listed under two tags (a card changed its tag during the run) kept once, with the tag of the newer card` : "";
  return `listed by tag: ${parts.join(", ")}${retagged}`;
}
