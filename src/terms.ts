/**
 * How advice reads on each face: the same fix said in flags at a terminal and in inputs in a
 * workflow. Errors and warnings take their wording from here, never from either face's words.
 */

import { HubError, HubUnreachable, TokenRefused } from "./hub/errors.ts";
import { DatasetTokenRefused } from "./publish/hf-api.ts";

/** Settings a user can change on both faces. */
export type Setting = "allow-shrink" | "include-private" | "data-dir" | "branch" | "pipeline-tag" | "hf-dataset";

export interface Terms {
  /** How to turn a setting on, or give it a value: `--allow-shrink`, `input allow-shrink: true`. */
  set(setting: Setting, value?: string): string;
  /** How to make the first dataset where there is none. */
  firstRun: string;
  /** What to check when the Hub refuses the token. */
  tokenCheck: string;
  /** Where the Hub token comes from, and how to put a new one there. */
  token: { where: string; renew: string };
  /** How to point the run at a mirror. */
  endpoint: string;
  /** Where the token that publishes the Hugging Face dataset comes from. */
  datasetToken: string;
}

const NEW_TOKEN = "create a read token at https://huggingface.co/settings/tokens";

const CLI_FLAGS: Record<Setting, string> = {
  "allow-shrink": "--allow-shrink",
  "include-private": "--include-private",
  "data-dir": "--data-dir",
  branch: "--branch",
  "pipeline-tag": "--task",
  "hf-dataset": "--hf-dataset",
};

export const CLI_TERMS: Terms = {
  set: (setting, value) => (value === undefined ? CLI_FLAGS[setting] : `${CLI_FLAGS[setting]} ${value}`),
  firstRun: 'run "hf-trends refresh" first',
  tokenCheck: "check HF_TOKEN / --token",
  token: { where: "HF_TOKEN / --token", renew: `${NEW_TOKEN} and set HF_TOKEN to it` },
  endpoint: "set HF_ENDPOINT (or --endpoint) to its URL",
  datasetToken: "HF_DATASET_TOKEN / --hf-dataset-token (default: the Hub token)",
};

export const ACTION_TERMS: Terms = {
  set: (setting, value) => `the input ${setting}: ${value ?? "true"}`,
  firstRun: "run the workflow by hand once (Actions → your workflow → Run workflow) with mode: refresh",
  tokenCheck: "check the hf-token input and the HF_TOKEN secret it reads",
  token: { where: "hf-token (the secret it reads)", renew: `${NEW_TOKEN} and update the secret` },
  endpoint: "set the input hf-endpoint to its URL",
  datasetToken: "hf-dataset-token (default: hf-token)",
};

/** A failure's message as the user reads it, with the advice the face's terms give. */
export function failureMessage(error: unknown, terms: Terms): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof DatasetTokenRefused) {
    return error.kind === "invalid"
      ? `the Hub refused the token in ${terms.datasetToken} for ${error.repo}: it is expired, revoked or mistyped; ${NEW_TOKEN.replace("a read token", "a token with write access")} and update the secret. The GitHub commit and release stay; the next run publishes the snapshot`
      : `the token in ${terms.datasetToken} cannot write to ${error.repo} (the Hub: ${JSON.stringify(error.hubText.slice(0, 160))}): give it write access (a write token, or a fine-grained one with write access to that repository or its organisation). The GitHub commit and release stay; the next run publishes the snapshot`;
  }
  if (error instanceof TokenRefused) return `the Hub refused the token in ${terms.token.where}: it is expired, revoked or mistyped; ${terms.token.renew}`;
  if (error instanceof HubUnreachable) {
    return `${message}. Check the network and any proxy (Node uses HTTPS_PROXY when NODE_USE_ENV_PROXY=1 is set); to reach the Hub through a mirror, ${terms.endpoint}`;
  }
  if (error instanceof HubError && error.status === 401) return `${message} (${terms.tokenCheck})`;
  return message;
}
