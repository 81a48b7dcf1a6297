import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PRESETS,
  tagSetKey
} from "./chunk-3SYKNIM3.js";

// src/hub-id.ts
var ID_PART = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?$/;
function isHubId(id) {
  if (id.includes("--") || id.includes("..")) return false;
  const parts = id.split("/");
  return parts.length <= 2 && parts.every((part) => ID_PART.test(part));
}

// src/terms.ts
var NEW_TOKEN = "create a read token at https://huggingface.co/settings/tokens";
var CLI_FLAGS = {
  "allow-shrink": "--allow-shrink",
  "include-private": "--include-private",
  "data-dir": "--data-dir",
  branch: "--branch",
  "pipeline-tag": "--task",
  "hf-dataset": "--hf-dataset"
};
var CLI_TERMS = {
  set: (setting, value) => value === void 0 ? CLI_FLAGS[setting] : `${CLI_FLAGS[setting]} ${value}`,
  firstRun: 'run "hf-trends refresh" first',
  tokenCheck: "check HF_TOKEN / --token",
  token: { where: "HF_TOKEN / --token", renew: `${NEW_TOKEN} and set HF_TOKEN to it` },
  endpoint: "set HF_ENDPOINT (or --endpoint) to its URL",
  datasetToken: "HF_DATASET_TOKEN / --hf-dataset-token (default: the Hub token)"
};
var ACTION_TERMS = {
  set: (setting, value) => `the input ${setting}: ${value ?? "true"}`,
  firstRun: "run the workflow by hand once (Actions \u2192 your workflow \u2192 Run workflow) with mode: refresh",
  tokenCheck: "check the hf-token input and the HF_TOKEN secret it reads",
  token: { where: "hf-token (the secret it reads)", renew: `${NEW_TOKEN} and update the secret` },
  endpoint: "set the input hf-endpoint to its URL",
  datasetToken: "hf-dataset-token (default: hf-token)"
};
function isAdvised(error) {
  return typeof error?.advice === "function";
}
var NEW_WRITE_TOKEN = NEW_TOKEN.replace("a read token", "a token with write access");
function failureMessage(error, terms) {
  const message = error instanceof Error ? error.message : String(error);
  return isAdvised(error) ? error.advice(terms) : message;
}

// src/settings.ts
var InvalidSetting = class extends Error {
  name = "InvalidSetting";
};
var PIPELINE_TAG = /^[a-z0-9][a-z0-9-]*$/;
function checkPipelineTag(tag, terms) {
  if (PIPELINE_TAG.test(tag) && tag.length <= 100) return tag;
  throw new InvalidSetting(
    `the pipeline tag ${JSON.stringify(tag).slice(0, 120)} is not one the Hub uses: a tag is lower-case letters, digits and hyphens, such as text-generation (${terms.set("pipeline-tag", "text-generation")}), several separated by commas, or llm for text-generation,image-text-to-text,any-to-any`
  );
}
function branchProblem(name) {
  if (name === "") return "it is empty";
  if (name === "@") return 'it is "@"';
  if (name.startsWith("-")) return "it starts with -";
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name)) return "it holds a space, a control character or one of ~ ^ : ? * [ \\";
  if (name.includes("..")) return "it holds ..";
  if (name.includes("@{")) return "it holds @{";
  if (name.startsWith("/") || name.endsWith("/") || name.includes("//")) return "it starts or ends with /, or holds //";
  if (name.endsWith(".")) return "it ends with .";
  for (const part of name.split("/")) {
    if (part.startsWith(".")) return "a part of it starts with .";
    if (part.endsWith(".lock")) return "a part of it ends with .lock";
  }
  return void 0;
}
function checkBranch(name, terms) {
  const problem = branchProblem(name);
  if (problem === void 0) return name;
  throw new InvalidSetting(`the branch ${JSON.stringify(name).slice(0, 120)} is not a name git allows (${problem}): give a branch such as main (${terms.set("branch", "main")})`);
}
function refPath(branch) {
  return branch.split("/").map(encodeURIComponent).join("/");
}
function checkPipelineTags(value, terms) {
  const tags = value.split(",").flatMap((part) => {
    const name = part.trim();
    return PRESETS[name] ?? [checkPipelineTag(name, terms)];
  });
  return tagSetKey(tags);
}
function checkDatasetSetting(repo, token, terms) {
  if (!repo.includes("/") || !isHubId(repo)) {
    throw new InvalidSetting(`the Hugging Face dataset ${JSON.stringify(repo).slice(0, 120)} is not a repository id: give owner/name (letters, digits, - _ .), such as acme/hf-trends (${terms.set("hf-dataset", "owner/name")})`);
  }
  if (!token) throw new InvalidSetting(`publishing to ${repo} needs a Hugging Face token with write access: set ${terms.datasetToken}`);
}

export {
  isHubId,
  CLI_TERMS,
  ACTION_TERMS,
  NEW_WRITE_TOKEN,
  failureMessage,
  InvalidSetting,
  checkBranch,
  refPath,
  checkPipelineTags,
  checkDatasetSetting
};
