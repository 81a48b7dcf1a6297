// The release step of .github/workflows/release.yml, kept here so that it can be run and tested
// outside Actions: check the tag against package.json and CHANGELOG.md, create the tag at the
// commit where it is not there yet, create the GitHub release with the changelog's section as
// its notes, and move the major tag (v1) to the commit.
// Usage: node scripts/release.mjs --tag v1.2.3 [--sha <commit>] [--dry-run]
// Needs `gh`, GH_TOKEN (contents: write) and GITHUB_REPOSITORY unless --dry-run, which prints what
// it would run. Everything goes through the API: the checkout keeps no credentials to push with.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { tag: { type: "string" }, sha: { type: "string" }, "dry-run": { type: "boolean" } } });
const tag = values.tag ?? "";
const fail = (message) => {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
};

const match = /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag);
if (!match) fail(`the tag must look like v1.2.3, got "${tag}"`);
const version = tag.slice(1);
const major = `v${match[1]}`;
const packageVersion = JSON.parse(readFileSync("package.json", "utf8")).version;
if (packageVersion !== version) fail(`package.json says ${packageVersion}, the tag says ${version}: bump package.json (and rebuild dist/) first`);

/** The body of `## [version]` in CHANGELOG.md, up to the next `## ` heading. */
function changelogSection(changelog, wanted) {
  const lines = changelog.split("\n");
  const start = lines.findIndex((line) => line.startsWith(`## [${wanted}]`));
  if (start === -1) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n").replace(/\n\[[^\]]+\]: .*$/gm, "").trim();
}

const notes = changelogSection(readFileSync("CHANGELOG.md", "utf8"), version);
if (!notes) fail(`CHANGELOG.md has no "## [${version}]" section: write the release's notes there first`);

const sha = values.sha ?? execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim();
const notesFile = join(mkdtempSync(join(tmpdir(), "release-")), "notes.md");
writeFileSync(notesFile, `${notes}\n`);
if (!/^[0-9a-f]{40}$/.test(sha)) fail(`--sha must be a full commit SHA, got "${sha}"`);
const repository = process.env.GITHUB_REPOSITORY ?? "OWNER/REPO";
const majorRef = `repos/${repository}/git/refs/tags/${major}`;
const run = (command) => {
  if (values["dry-run"]) process.stdout.write(`dry run: ${command.join(" ")}\n`);
  else execFileSync(command[0], command.slice(1), { stdio: "inherit" });
};
process.stdout.write(`release ${tag} (major tag ${major} → ${sha.slice(0, 12)})\n--- notes ---\n${notes}\n--- end of notes ---\n`);
const refExists = (ref) => {
  try {
    execFileSync("gh", ["api", ref], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
// The version's tag, made through the API (the checkout keeps no credentials to push with).
if (values["dry-run"] || !refExists(`repos/${repository}/git/refs/tags/${tag}`)) {
  run(["gh", "api", "--method", "POST", `repos/${repository}/git/refs`, "-f", `ref=refs/tags/${tag}`, "-f", `sha=${sha}`]);
}
run(["gh", "release", "create", tag, "--verify-tag", "--title", tag, "--notes-file", notesFile]);
// The major tag moves by the Git Data API: updated where it exists, created on the first release of a major.
const exists = values["dry-run"] || refExists(majorRef);
if (exists) run(["gh", "api", "--method", "PATCH", majorRef, "-f", `sha=${sha}`, "-F", "force=true"]);
if (!exists || values["dry-run"]) run(["gh", "api", "--method", "POST", `repos/${repository}/git/refs`, "-f", `ref=refs/tags/${major}`, "-f", `sha=${sha}`]);
