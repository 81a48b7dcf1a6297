/**
 * Each snapshot on the Hugging Face Hub too: one dataset repository, one commit and one tag
 * `snapshot-YYYY-MM-DD` per snapshot (the GitHub release's date). Immutable and exact: a snapshot
 * whose tag exists is left alone; a commit whose answer was lost is found on the branch before
 * anything is sent again, so a snapshot is never committed twice; nothing but this tool's own
 * paths (README.md, data/snapshots/…) is touched.
 */
import { readFile } from "node:fs/promises";
import type { Logger } from "../log.ts";
import { datasetCard, datasetUrls, snapshotParquetPath } from "./dataset-card.ts";
import { CommitAnswerLost, DatasetTokenRefused, HfDatasetError, HubWriteApi, sha256 } from "./hf-api.ts";
import { snapshotTag } from "./release.ts";
import { tagSetLabel } from "../pipeline-tags.ts";

export interface HfDatasetTarget {
  /** `owner/name`. */
  repo: string;
  token: string;
  endpoint: string;
  /** Private models are kept: the repository must be private. */
  keepsPrivate: boolean;
  /** For tests: faster backoff. */
  backoffBaseMs?: number;
}

export interface HfSnapshot {
  task: string;
  snapshot: string;
  models: number;
  /** The snapshot's Parquet on disk. */
  parquet: string;
  repositoryUrl?: string | undefined;
  siteUrl?: string | undefined;
}

export interface HfPublishResult {
  repo: string;
  tag: string;
  commit: string;
  /** False when the snapshot's tag was there already: nothing was sent. */
  changed: boolean;
  created: boolean;
  url: string;
  viewerUrl: string;
  requests: number;
  bytesUploaded: number;
}

/** At most this many commit attempts, each after checking that the one before did not land. */
const COMMIT_ATTEMPTS = 3;

export async function publishSnapshotToHub(target: HfDatasetTarget, snapshot: HfSnapshot, log: Logger): Promise<HfPublishResult> {
  try {
    return await publish(target, snapshot, log);
  } catch (error) {
    if (error instanceof DatasetTokenRefused) error.repo = target.repo;
    throw error;
  }
}

async function publish(target: HfDatasetTarget, snapshot: HfSnapshot, log: Logger): Promise<HfPublishResult> {
  const api = new HubWriteApi({ endpoint: target.endpoint, token: target.token, backoffBaseMs: target.backoffBaseMs });
  const tag = snapshotTag(snapshot.snapshot);
  const { url, viewerUrl } = datasetUrls(target.endpoint, target.repo, tag);
  const result = (commit: string, changed: boolean, created: boolean): HfPublishResult => ({
    repo: target.repo, tag, commit, changed, created, url, viewerUrl, requests: api.requests, bytesUploaded: api.bytesUploaded,
  });

  const created = (await api.createRepo(target.repo, target.keepsPrivate)) === "created";
  if (!created && target.keepsPrivate && !(await api.repoInfo(target.repo)).private) {
    throw new HfDatasetError(`${target.repo} is public on the Hub, and this dataset keeps private models: make the repository private there, or name another one. Nothing was sent.`);
  }
  let refs = await api.refs(target.repo);
  const tagged = refs.tags.get(tag);
  if (tagged !== undefined) {
    log.info(`${target.repo} already has ${tag}: a snapshot's tag never moves, nothing sent`);
    return result(tagged, false, created);
  }

  const parquetPath = snapshotParquetPath(snapshot.snapshot);
  const parquet = new Uint8Array(await readFile(snapshot.parquet));
  const oid = sha256(parquet);
  const before = refs.head ? await api.tree(target.repo, refs.head) : [];
  const snapshots = [...new Set([...before.flatMap((f) => /^data\/snapshots\/(\d{4}-\d\d-\d\d)\//.exec(f.path)?.[1] ?? []), snapshot.snapshot])].sort();
  const card = datasetCard({ repo: target.repo, task: snapshot.task, snapshot: snapshot.snapshot, tag, models: snapshot.models, snapshots, repositoryUrl: snapshot.repositoryUrl, siteUrl: snapshot.siteUrl });
  const files = [
    { path: parquetPath, bytes: parquet },
    { path: "README.md", bytes: new TextEncoder().encode(card) },
  ];

  let commit = landed(before, parquetPath, oid) ? refs.head : undefined;
  if (commit) log.info(`${target.repo}: ${parquetPath} is on main already (a run whose commit answer was lost): tagging it`);
  else {
    const modes = await api.preupload(target.repo, files);
    const lfs = files.filter((f) => modes.get(f.path) === "lfs");
    const actions = await api.lfsBatch(target.repo, lfs.map((f) => ({ oid: sha256(f.bytes), size: f.bytes.byteLength })));
    for (const file of lfs) {
      const action = actions.get(sha256(file.bytes));
      if (action) await api.upload(action, sha256(file.bytes), file.bytes);
    }
    const summary = `Snapshot ${snapshot.snapshot}: ${snapshot.models} ${tagSetLabel(snapshot.task)} models`;
    const parts = files.map((f) => ({ ...f, lfs: modes.get(f.path) === "lfs" }));
    for (let attempt = 1; commit === undefined; attempt++) {
      try {
        commit = await api.commit(target.repo, summary, refs.head, parts);
      } catch (error) {
        if (!(error instanceof CommitAnswerLost) || attempt >= COMMIT_ATTEMPTS) throw error;
        // It may have landed: look at main before sending it again.
        refs = await api.refs(target.repo);
        if (refs.head && landed(await api.tree(target.repo, refs.head), parquetPath, oid)) {
          log.info(`${target.repo}: the commit's answer was lost (${error.message}), but it landed: ${refs.head.slice(0, 12)}`);
          commit = refs.head;
        } else log.info(`${target.repo}: the commit's answer was lost (${error.message}) and main does not hold it: committing again (attempt ${attempt + 1})`);
      }
    }
  }
  await api.tag(target.repo, commit, tag, `Snapshot ${snapshot.snapshot} of the ${tagSetLabel(snapshot.task)} models`);
  log.info(`published ${tag} to ${target.repo} (${commit.slice(0, 12)}; ${(api.bytesUploaded / 1e6).toFixed(1)} MB uploaded in ${api.requests} requests): ${url}`);
  return result(commit, true, created);
}

/** Whether a tree holds the snapshot's Parquet with these very bytes. */
function landed(tree: readonly { path: string; lfs?: { oid: string } }[], path: string, oid: string): boolean {
  return tree.some((f) => f.path === path && f.lfs?.oid === oid);
}
