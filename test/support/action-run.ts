/** Runs the bundled action as the runner does: INPUT_* and GITHUB_* variables, files for outputs and summary. */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runNode, type CliResult } from "./cli.ts";
import type { GitHubServer } from "./github-server.ts";
import { stepInputs } from "./runner.ts";

export interface ActionRun extends CliResult {
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionStep {
  /** A copy of dist/ (isolatedDist). */
  dist: string;
  github: GitHubServer;
  workspace: string;
  /** The step's `with:` (on top of the declared defaults). */
  inputs: Record<string, string>;
  githubToken: string;
  extraEnv?: Record<string, string>;
  /** The moment the run starts at (default: the suite's clock). */
  now?: string;
}

export async function runBundledAction(step: ActionStep): Promise<ActionRun> {
  const { github } = step;
  const scratch = await mkdtemp(join(tmpdir(), "hf-trends-runner-"));
  const outputFile = join(scratch, "output");
  const summaryFile = join(scratch, "summary");
  await writeFile(outputFile, "");
  await writeFile(summaryFile, "");
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: step.workspace, GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: "https://github.example", GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: scratch,
    ...stepInputs(step.inputs, { githubToken: step.githubToken }),
    ...step.extraEnv,
  };
  const result = await runNode(join(step.dist, "index.js"), [], { env, cwd: step.workspace, now: step.now });
  const outputs: Record<string, string> = {};
  for (const m of (await readFile(outputFile, "utf8")).matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1] as string] = m[3] as string;
  return { ...result, outputs, summary: await readFile(summaryFile, "utf8") };
}
