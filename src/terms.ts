/**
 * How advice reads on each face: the same fix said in flags at a terminal and in inputs in a
 * workflow. Errors and warnings take their wording from here, never from either face's words.
 */


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

/**
 * An error that knows its own advice, in either face's words (a higher floor's error, such as the
 * Hugging Face dataset's refused token, carries it: this floor never reaches up for it).
 */
export interface Advised {
  advice(terms: Terms): string;
}

function isAdvised(error: unknown): error is Advised {
  return typeof (error as Partial<Advised> | null)?.advice === "function";
}

/** How to make a token that writes: the advice the publishing errors give. */
export const NEW_WRITE_TOKEN = NEW_TOKEN.replace("a read token", "a token with write access");

/** A failure's message as the user reads it, with the advice the face's terms give. */
export function failureMessage(error: unknown, terms: Terms): string {
  const message = error instanceof Error ? error.message : String(error);
  return isAdvised(error) ? error.advice(terms) : message;
}
