/** The ids the Hub issues: a rule the settings (a dataset repository named by a user) and the listing (a model's id) share. */

/** One part of an id: 1–96 ASCII letters, digits, `-`, `_`, `.`, neither starting nor ending with `-` or `.`. */
const ID_PART = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?$/;

/**
 * Whether the Hub could have issued this model id: `name` (the old canonical models, `gpt2`) or
 * `owner/name`, each part as ID_PART, with no `--` or `..` — the Hub's own rule for repository
 * names, which huggingface_hub's validate_repo_id also applies. Anything else (a path such as
 * `../../x`, markup, a line break) comes from a broken or hostile server and is never written.
 */
export function isHubId(id: string): boolean {
  if (id.includes("--") || id.includes("..")) return false;
  const parts = id.split("/");
  return parts.length <= 2 && parts.every((part) => ID_PART.test(part));
}
