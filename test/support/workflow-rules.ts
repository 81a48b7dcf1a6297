/**
 * The rules zizmor (the GitHub Actions static analyser) and GitHub's "Secure use reference" hold
 * workflows to, for the ones that matter to a workflow that runs with `contents: write` in a
 * user's repository. zizmor cannot be installed from the registries these machines reach, so the
 * rules are held here over every workflow file and README snippet; ci.yml runs zizmor on GitHub.
 */
import { parseStrictYaml } from "./runner.ts";

export type Rule = "excessive-permissions" | "undocumented-permissions" | "artipacked" | "template-injection" | "cache-poisoning" | "dependabot-cooldown";

export interface Finding {
  rule: Rule;
  where: string;
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, Job>;
}

/** `{}`, `read-all`, or a map whose every scope is read or none: nothing written by default. */
function readOnly(permissions: unknown): boolean {
  if (permissions === "read-all") return true;
  if (typeof permissions !== "object" || permissions === null) return false;
  return Object.values(permissions).every((level) => level === "read" || level === "none");
}

/** Whether a push of a tag triggers the workflow (a release workflow). */
function onTagPush(on: unknown): boolean {
  if (typeof on !== "object" || on === null || !("push" in on)) return false;
  const push = (on as { push: unknown }).push;
  return typeof push === "object" && push !== null && ("tags" in push || "tags-ignore" in push);
}

/**
 * Findings for one workflow (a complete one, with `on:` and `jobs:`; or a `jobs:` fragment, whose
 * workflow-level rules are not checked). `text` is read for comments, which YAML parsers drop.
 */
export function workflowFindings(text: string, where: string): Finding[] {
  const workflow = parseStrictYaml(text, where) as Workflow;
  const findings: Finding[] = [];
  const complete = workflow.on !== undefined;
  if (complete && !readOnly(workflow.permissions)) findings.push({ rule: "excessive-permissions", where: `${where}: permissions at the workflow's top (every job gets them)` });
  // Each write a job asks for says why, on its own line.
  for (const line of text.split("\n")) {
    if (/^\s+[a-z-]+:\s*write\s*$/.test(line)) findings.push({ rule: "undocumented-permissions", where: `${where}: "${line.trim()}" without a comment saying why` });
  }
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    const cached = new Set<string>();
    for (const [index, step] of (job.steps ?? []).entries()) {
      const at = `${where}: job ${name}, step ${index + 1}`;
      if (step.uses?.startsWith("actions/checkout@")) {
        const persist = step.with?.["persist-credentials"];
        if (persist === undefined) findings.push({ rule: "artipacked", where: `${at}: actions/checkout without persist-credentials` });
      }
      if (step.run?.includes("${{")) findings.push({ rule: "template-injection", where: `${at}: \${{ … }} inside run:` });
      if (step.uses?.startsWith("actions/cache@") || (step.uses?.startsWith("actions/setup-") && step.with?.cache !== undefined)) cached.add(at);
    }
    if (complete && onTagPush(workflow.on)) for (const at of cached) findings.push({ rule: "cache-poisoning", where: `${at}: a cache in a workflow that runs on a tag push` });
  }
  // An explicit persist-credentials: true must say why (the job pushes) on its line.
  for (const line of text.split("\n")) {
    if (/^\s+persist-credentials:\s*true\s*$/.test(line)) findings.push({ rule: "artipacked", where: `${where}: persist-credentials: true without the reason on its line` });
  }
  return findings;
}

/** Every updater waits at least a week before it takes a new release. */
export function dependabotFindings(text: string, where: string): Finding[] {
  const config = parseStrictYaml(text, where) as { updates?: Array<{ "package-ecosystem"?: string; cooldown?: Record<string, unknown> }> };
  const findings: Finding[] = [];
  for (const update of config.updates ?? []) {
    const days = update.cooldown?.["default-days"];
    if (typeof days !== "number" || days < 7) findings.push({ rule: "dependabot-cooldown", where: `${where}: ${update["package-ecosystem"]} updates without a cooldown of 7 days or more` });
  }
  return findings;
}
