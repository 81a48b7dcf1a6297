/**
 * What the Actions runner does before our code runs: parse `action.yml` (a strict YAML parse,
 * as GitHub refuses a file it cannot read), then build the step's `INPUT_*` variables from the
 * declared defaults and the step's `with:`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "./cli.ts";

export interface ActionInput {
  description: string;
  default?: string;
  required?: boolean;
}

export interface ActionMetadata {
  name: string;
  description: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

/** Parses YAML as strictly as the `yaml` package can: duplicate keys and every warning are errors. */
export function parseStrictYaml(text: string, file: string): unknown {
  try {
    return parse(text, { strict: true, uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new Error(`${file} is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
}

export function actionMetadata(): ActionMetadata {
  return parseStrictYaml(readFileSync(join(ROOT, "action.yml"), "utf8"), "action.yml") as ActionMetadata;
}

/** The environment variable the runner sets for an input: spaces to underscores, upper case (hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/**
 * The step's INPUT_* variables: every declared default (with `${{ github.token }}` evaluated),
 * then what the step gives. A test that gives an input the metadata does not declare is wrong.
 */
export function stepInputs(given: Record<string, string>, context: { githubToken: string }): Record<string, string> {
  const { inputs } = actionMetadata();
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(inputs)) {
    if (input.default === undefined) continue;
    env[inputVariable(name)] = String(input.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, context.githubToken);
  }
  for (const [name, value] of Object.entries(given)) {
    if (!(name in inputs)) throw new Error(`input "${name}" is not declared in action.yml`);
    env[inputVariable(name)] = value;
  }
  return env;
}
