import type { Logger } from "../pipeline.ts";

export interface GitHubTarget {
  repository: string;
  branch?: string | undefined;
  token: string;
  apiUrl?: string | undefined;
}

export interface PublishResult {
  changed: boolean;
  sha?: string;
}

export async function publishToGitHub(
  _target: GitHubTarget,
  _content: { dataDir: string; chartsDir: string; message: string },
  _log: Logger,
): Promise<PublishResult> {
  throw new Error("committing to GitHub is not built yet");
}
