/**
 * How advice reads on each face: the same fix said in flags at a terminal and in inputs in a
 * workflow. Errors and warnings take their wording from here, never from either face's words.
 */

import { HubError } from "./hub/errors.ts";

/** Settings a user can change on both faces. */
export type Setting = "allow-shrink" | "include-private" | "data-dir" | "branch";

export interface Terms {
  /** How to turn a setting on, or give it a value: `--allow-shrink`, `input allow-shrink: true`. */
  set(setting: Setting, value?: string): string;
  /** How to make the first dataset where there is none. */
  firstRun: string;
  /** What to check when the Hub refuses the token. */
  tokenCheck: string;
}

const CLI_FLAGS: Record<Setting, string> = {
  "allow-shrink": "--allow-shrink",
  "include-private": "--include-private",
  "data-dir": "--data-dir",
  branch: "--branch",
};

export const CLI_TERMS: Terms = {
  set: (setting, value) => (value === undefined ? CLI_FLAGS[setting] : `${CLI_FLAGS[setting]} ${value}`),
  firstRun: 'run "hf-trends refresh" first',
  tokenCheck: "check HF_TOKEN / --token",
};

export const ACTION_TERMS: Terms = {
  set: (setting, value) => `the input ${setting}: ${value ?? "true"}`,
  firstRun: "run the workflow by hand once (Actions → your workflow → Run workflow) with mode: refresh",
  tokenCheck: "check the hf-token input and the HF_TOKEN secret it reads",
};

/** A failure's message as the user reads it, with the advice the face's terms give. */
export function failureMessage(error: unknown, terms: Terms): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof HubError && error.status === 401) return `${message} (${terms.tokenCheck})`;
  return message;
}
