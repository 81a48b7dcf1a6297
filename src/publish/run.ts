/** Publishing a refresh's outputs: which files they are, and the commit that carries them. */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { INSIGHTS_JSON, INSIGHTS_MD } from "../outputs.ts";
import { chartFiles } from "../specs/files.ts";
import { archiveWeeksPath } from "../dataset/archive-weeks.ts";
import { historyPath } from "../dataset/history.ts";
import { DATA_README } from "../dataset/data-readme.ts";
import { trendsPath } from "../dataset/trends.ts";
import { datasetDir } from "../dataset/store.ts";
import type { Logger } from "../log.ts";
import type { Terms } from "../terms.ts";
import { collectOutputs, commitOutputs, type CommitResult } from "./commit.ts";
import { GitHubRepo } from "./github.ts";

export interface GitHubTarget {
  repository: string;
  branch?: string | undefined;
  token: string;
  apiUrl?: string | undefined;
  dryRun?: boolean;
  /** How advice is worded (flags or inputs). */
  terms?: Terms | undefined;
}

export interface PublishResult extends CommitResult {
  branch: string;
}

/** The dataset folder is owned whole; the findings and charts are owned file by file. */
export function outputPaths(dataDir: string, chartsDir: string): { dirs: string[]; files: string[]; optional: string[] } {
  const always = chartFiles(false);
  return {
    dirs: [datasetDir(dataDir)],
    files: [join(dataDir, INSIGHTS_JSON), join(dataDir, INSIGHTS_MD), join(dataDir, DATA_README), historyPath(dataDir), ...always.map((file) => join(chartsDir, file))],
    optional: [...chartFiles(true).filter((file) => !always.includes(file)).map((file) => join(chartsDir, file)), archiveWeeksPath(dataDir), trendsPath(dataDir)],
  };
}

export async function publishToGitHub(
  target: GitHubTarget,
  content: { workspace?: string; dataDir: string; chartsDir: string; message: string },
  log: Logger,
): Promise<PublishResult> {
  const github = new GitHubRepo({ repository: target.repository, token: target.token, apiUrl: target.apiUrl, log: log.warn });
  const branch = target.branch || (await github.defaultBranch());
  const workspace = content.workspace ?? process.cwd();
  const outputs = await collectOutputs(workspace, outputPaths(resolve(workspace, content.dataDir), resolve(workspace, content.chartsDir)));
  const result = await commitOutputs(github, { branch, message: content.message, outputs, dryRun: target.dryRun, log: log.info, terms: target.terms });
  const what = `${result.added.length} added, ${result.updated.length} updated, ${result.removed.length} removed`;
  if (!result.changed) log.info(`nothing changed on ${branch}: no commit`);
  else if (target.dryRun) log.info(`dry run: would commit to ${branch}: ${what}`);
  else log.info(`committed ${result.sha} to ${branch}${result.verified ? " (verified)" : ""}: ${what}`);
  return { ...result, branch };
}

/**
 * Whether the repository is private: the workflow event's payload says so (`repository.private`)
 * for every event that names a repository; otherwise GitHub's API answers.
 */
export async function isPrivateRepository(target: Pick<GitHubTarget, "repository" | "token" | "apiUrl">, eventPath: string | undefined): Promise<boolean> {
  if (eventPath) {
    try {
      const event = JSON.parse(await readFile(eventPath, "utf8")) as { repository?: { private?: unknown; full_name?: unknown } };
      if (typeof event.repository?.private === "boolean" && event.repository.full_name === target.repository) return event.repository.private;
    } catch {
      // no readable payload: ask the API
    }
  }
  return new GitHubRepo({ repository: target.repository, token: target.token, apiUrl: target.apiUrl }).isPrivate();
}
