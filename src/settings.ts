/**
 * Settings that reach requests, paths and messages, checked before any work: a pipeline tag goes
 * into the Hub's query, folder names and commit messages; a branch into GitHub API paths. Bad
 * values stop the run at once with what is wrong and what a good value looks like.
 */
import { isHubId } from "./hub-id.ts";
import { PRESETS, tagSetKey } from "./pipeline-tags.ts";
import type { Terms } from "./terms.ts";

/** A setting's value that cannot be used: named, with the fix. */
export class InvalidSetting extends Error {
  override readonly name = "InvalidSetting";
}

/** The Hub's pipeline tags: lower-case letters, digits and hyphens (`text-generation`, `image-text-to-text`). */
const PIPELINE_TAG = /^[a-z0-9][a-z0-9-]*$/;

export function checkPipelineTag(tag: string, terms: Terms): string {
  if (PIPELINE_TAG.test(tag) && tag.length <= 100) return tag;
  throw new InvalidSetting(
    `the pipeline tag ${JSON.stringify(tag).slice(0, 120)} is not one the Hub uses: a tag is lower-case letters, digits and hyphens, ` +
      `such as text-generation (${terms.set("pipeline-tag", "text-generation")}), several separated by commas, or llm for text-generation,image-text-to-text,any-to-any`,
  );
}

/** Why `name` is not a branch name by git's rules (git check-ref-format --branch), or undefined when it is. */
export function branchProblem(name: string): string | undefined {
  if (name === "") return "it is empty";
  if (name === "@") return 'it is "@"';
  if (name.startsWith("-")) return "it starts with -";
  // biome-ignore lint: control characters are what the rule is about
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name)) return "it holds a space, a control character or one of ~ ^ : ? * [ \\";
  if (name.includes("..")) return "it holds ..";
  if (name.includes("@{")) return "it holds @{";
  if (name.startsWith("/") || name.endsWith("/") || name.includes("//")) return "it starts or ends with /, or holds //";
  if (name.endsWith(".")) return "it ends with .";
  for (const part of name.split("/")) {
    if (part.startsWith(".")) return "a part of it starts with .";
    if (part.endsWith(".lock")) return "a part of it ends with .lock";
  }
  return undefined;
}

export function checkBranch(name: string, terms: Terms): string {
  const problem = branchProblem(name);
  if (problem === undefined) return name;
  throw new InvalidSetting(`the branch ${JSON.stringify(name).slice(0, 120)} is not a name git allows (${problem}): give a branch such as main (${terms.set("branch", "main")})`);
}

/** A branch as a GitHub API path: each part percent-encoded, the slashes kept (`feature/x` → `feature/x`). */
export function refPath(branch: string): string {
  return branch.split("/").map(encodeURIComponent).join("/");
}

/**
 * A comma-separated list of pipeline tags (or a preset's name, `llm`) as the set's canonical
 * string (pipeline-tags.ts): each name checked as one tag is, duplicates collapsed.
 */
export function checkPipelineTags(value: string, terms: Terms): string {
  const tags = value.split(",").flatMap((part) => {
    const name = part.trim();
    return PRESETS[name] ?? [checkPipelineTag(name, terms)];
  });
  return tagSetKey(tags);
}

/** The Hugging Face dataset to publish to: `owner/name`, and a token to write with. */
export function checkDatasetSetting(repo: string, token: string | undefined, terms: Terms): void {
  if (!repo.includes("/") || !isHubId(repo)) {
    throw new InvalidSetting(`the Hugging Face dataset ${JSON.stringify(repo).slice(0, 120)} is not a repository id: give owner/name (letters, digits, - _ .), such as acme/hf-trends (${terms.set("hf-dataset", "owner/name")})`);
  }
  if (!token) throw new InvalidSetting(`publishing to ${repo} needs a Hugging Face token with write access: set ${terms.datasetToken}`);
}
