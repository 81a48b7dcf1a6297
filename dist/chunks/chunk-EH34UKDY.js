import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  archiveWeeksPath
} from "./chunk-SW2NGKBI.js";
import {
  GitHubRepo,
  collectOutputs,
  commitOutputs
} from "./chunk-X3TTGNAP.js";
import {
  DATA_README,
  trendsPath
} from "./chunk-OSAWH76Q.js";
import {
  historyPath
} from "./chunk-QCAYDPGW.js";
import {
  chartFiles
} from "./chunk-4CBWZWGY.js";
import {
  INSIGHTS_JSON,
  INSIGHTS_MD
} from "./chunk-W7Y2WGML.js";
import {
  datasetDir
} from "./chunk-AY7CEEFQ.js";

// src/publish/run.ts
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
function outputPaths(dataDir, chartsDir) {
  const always = chartFiles(false);
  return {
    dirs: [datasetDir(dataDir)],
    files: [join(dataDir, INSIGHTS_JSON), join(dataDir, INSIGHTS_MD), join(dataDir, DATA_README), historyPath(dataDir), ...always.map((file) => join(chartsDir, file))],
    optional: [...chartFiles(true).filter((file) => !always.includes(file)).map((file) => join(chartsDir, file)), archiveWeeksPath(dataDir), trendsPath(dataDir)]
  };
}
async function publishToGitHub(target, content, log) {
  const github = new GitHubRepo({ repository: target.repository, token: target.token, apiUrl: target.apiUrl, log: log.warn });
  const branch = target.branch || await github.defaultBranch();
  const workspace = content.workspace ?? process.cwd();
  const outputs = await collectOutputs(workspace, outputPaths(resolve(workspace, content.dataDir), resolve(workspace, content.chartsDir)));
  const result = await commitOutputs(github, { branch, message: content.message, outputs, dryRun: target.dryRun, log: log.info, terms: target.terms });
  const what = `${result.added.length} added, ${result.updated.length} updated, ${result.removed.length} removed`;
  if (!result.changed) log.info(`nothing changed on ${branch}: no commit`);
  else if (target.dryRun) log.info(`dry run: would commit to ${branch}: ${what}`);
  else log.info(`committed ${result.sha} to ${branch}${result.verified ? " (verified)" : ""}: ${what}`);
  return { ...result, branch };
}
async function isPrivateRepository(target, eventPath) {
  if (eventPath) {
    try {
      const event = JSON.parse(await readFile(eventPath, "utf8"));
      if (typeof event.repository?.private === "boolean" && event.repository.full_name === target.repository) return event.repository.private;
    } catch {
    }
  }
  return new GitHubRepo({ repository: target.repository, token: target.token, apiUrl: target.apiUrl }).isPrivate();
}

export {
  outputPaths,
  publishToGitHub,
  isPrivateRepository
};
