// The release step of .github/workflows/release.yml, kept here so that it can be run and tested
// outside Actions: check the tag against package.json and CHANGELOG.md, create the GitHub
// release with the changelog's section as its notes, and move the major tag (v1) to the commit.
// Usage: node scripts/release.mjs --tag v1.2.3 [--sha <commit>] [--dry-run]
// Needs `gh` and GH_TOKEN (contents: write) unless --dry-run, which prints what it would run.
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
const commands = [
  ["gh", "release", "create", tag, "--verify-tag", "--title", tag, "--notes-file", notesFile],
  ["git", "tag", "--force", major, sha],
  ["git", "push", "--force", "origin", `refs/tags/${major}`],
];
process.stdout.write(`release ${tag} (major tag ${major} → ${sha.slice(0, 12)})\n--- notes ---\n${notes}\n--- end of notes ---\n`);
for (const command of commands) {
  if (values["dry-run"]) {
    process.stdout.write(`dry run: ${command.join(" ")}\n`);
  } else {
    execFileSync(command[0], command.slice(1), { stdio: "inherit" });
  }
}
