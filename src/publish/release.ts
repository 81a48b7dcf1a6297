/**
 * One GitHub release per snapshot: tagged at the data commit, with the Parquet, the findings and
 * the charts as assets. A snapshot's release is immutable once made: a rerun leaves its notes and
 * assets as they are and only adds an asset that a failed run did not upload.
 */
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { INSIGHTS_JSON, INSIGHTS_MD, type Insights } from "../analysis/findings.ts";
import { PARQUET_FILE, parquetPath } from "../dataset/parquet-file.ts";
import { chartFiles } from "../specs/files.ts";
import { releaseNotes, releaseTitle } from "./release-notes.ts";
import type { Logger } from "../log.ts";
import { GitHubRepo, type Release } from "./github.ts";
import type { GitHubTarget } from "./run.ts";
import { PublishError } from "./commit.ts";
import { datasetUrls, snapshotParquetPath } from "./dataset-card.ts";

export interface ReleaseAsset {
  /** The file on disk; the asset takes its name. */
  file: string;
  contentType: string;
}

export interface SnapshotRelease {
  tag: string;
  title: string;
  notes: string;
  /** The data commit to tag; undefined: the branch head (nothing changed, yet no release was made for it). */
  commit: string | undefined;
  branch: string;
  assets: ReleaseAsset[];
}

export interface ReleaseResult {
  tag: string;
  url: string;
  created: boolean;
  uploaded: string[];
  /** Assets the release already had: never replaced. */
  kept: string[];
}

/** `snapshot-2026-11-30`: the tag of a snapshot's release. */
export function snapshotTag(snapshot: string): string {
  return `snapshot-${snapshot}`;
}

/** A snapshot's release as a refresh leaves it: the tag from the data's date, the notes, and the files it carries. */
export function snapshotRelease(from: {
  task: string;
  findings: Insights;
  repositoryUrl: string;
  /** The data commit; undefined when nothing changed (the branch head is tagged). */
  commit: string | undefined;
  branch: string;
  /** Absolute folders of the dataset's findings and Parquet, and of the charts. */
  dataDir: string;
  chartsDir: string;
  /** The Hugging Face dataset repository it is published to as well, and its endpoint. */
  hfDataset?: { repo: string; endpoint: string } | undefined;
}): SnapshotRelease {
  const tag = snapshotTag(from.findings.snapshot);
  return {
    tag,
    title: releaseTitle(from.task, from.findings.snapshot),
    notes: releaseNotes({
      task: from.task, tag, findings: from.findings, repositoryUrl: from.repositoryUrl, parquetName: PARQUET_FILE,
      hfDataset: from.hfDataset && { repo: from.hfDataset.repo, ...datasetUrls(from.hfDataset.endpoint, from.hfDataset.repo, tag), parquetPath: snapshotParquetPath(from.findings.snapshot) },
    }),
    commit: from.commit,
    branch: from.branch,
    assets: [
      { file: parquetPath(from.dataDir), contentType: "application/vnd.apache.parquet" },
      { file: join(from.dataDir, INSIGHTS_JSON), contentType: "application/json" },
      { file: join(from.dataDir, INSIGHTS_MD), contentType: "text/markdown; charset=utf-8" },
      ...chartFiles(from.findings.pipelineTags !== undefined).map((file) => ({ file: join(from.chartsDir, file), contentType: "image/png" })),
    ],
  };
}

export async function publishRelease(target: Pick<GitHubTarget, "repository" | "token" | "apiUrl">, release: SnapshotRelease, log: Logger): Promise<ReleaseResult> {
  const github = new GitHubRepo({ repository: target.repository, token: target.token, apiUrl: target.apiUrl, log: log.warn });
  let existing = await github.releaseByTag(release.tag);
  let created = false;
  if (!existing) {
    const commit = release.commit ?? (await github.headOf(release.branch));
    existing = await github.createRelease({ tag: release.tag, commit, name: release.title, body: release.notes });
    created = existing !== undefined;
    // A 422: the tag or release appeared meanwhile (another run): use that one.
    existing ??= await github.releaseByTag(release.tag);
    if (!existing) throw new PublishError(`GitHub refused to create the release ${release.tag}, and there is none: is the tag used by something else?`);
    if (created) log.info(`created the release ${release.tag} at ${commit.slice(0, 12)}`);
  } else {
    log.info(`the release ${release.tag} exists: its notes and assets stay as they are`);
  }
  const have = new Set(existing.assets.filter((a) => a.state === undefined || a.state === "uploaded").map((a) => a.name));
  const uploaded: string[] = [];
  const kept: string[] = [];
  for (const asset of release.assets) {
    const name = basename(asset.file);
    if (have.has(name)) {
      kept.push(name);
      continue;
    }
    await upload(github, existing, name, asset, release);
    uploaded.push(name);
  }
  if (uploaded.length) log.info(`uploaded ${uploaded.length} asset(s) to ${release.tag}: ${uploaded.join(", ")}`);
  return { tag: release.tag, url: existing.html_url, created, uploaded, kept };
}

async function upload(github: GitHubRepo, release: Release, name: string, asset: ReleaseAsset, wanted: SnapshotRelease): Promise<void> {
  const bytes = await readFile(asset.file);
  try {
    await github.uploadAsset(release, { name, contentType: asset.contentType, bytes });
  } catch (error) {
    const failure = error as { status?: number; message?: string };
    throw new PublishError(
      `uploading ${name} (${bytes.byteLength} bytes) to the release ${wanted.tag} failed${failure.status ? ` with HTTP ${failure.status}` : ""} after retries: ` +
        `${failure.message ?? String(error)}. The data commit stays as it is; run the workflow again to add the missing assets to the release`,
      { cause: error },
    );
  }
}
