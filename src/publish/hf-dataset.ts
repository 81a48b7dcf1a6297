/**
 * Each snapshot on the Hugging Face Hub too: one dataset repository, one commit and one tag
 * `snapshot-YYYY-MM-DD` per snapshot (the GitHub release's date). Immutable and exact: a snapshot
 * whose tag exists is left alone; a commit whose answer was lost is found on the branch before
 * anything is sent again, so a snapshot is never committed twice; nothing but this tool's own
 * paths (README.md, data/snapshots/…) is touched.
 */
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { readDataFile } from "../dataset/store.ts";
import type { Logger } from "../log.ts";
import { datasetCard, datasetUrls, snapshotParquetPath, TRENDS_CSV_PATH } from "./dataset-card.ts";
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
  /** `owner/name` of the archive a backfilled week came from; absent for a live snapshot. */
  archive?: string | undefined;
  /** Models in the repository's newest snapshot, when that is not this one (its card describes it). */
  latestModels?: number | undefined;
  /** The snapshot's Parquet on disk. */
  parquet: string;
  /** trends.csv on disk, sent with the commit (a batch's newest week's), when there is one. */
  trendsCsv?: string | undefined;
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
  const results = await publishSnapshotsToHub(target, [snapshot], log);
  return results[0] as HfPublishResult;
}

/**
 * Several snapshots (a backfill's weeks), oldest first: in as few commits as the write API allows
 * (SNAPSHOTS_A_COMMIT weeks each, under its ≈100 files), each week with its own tag at the commit
 * that holds it. A week from the archive is marked (ARCHIVE_MARKER), so that every later card names
 * the archive and the attribution its licence asks for.
 */
export async function publishSnapshotsToHub(target: HfDatasetTarget, snapshots: readonly HfSnapshot[], log: Logger): Promise<HfPublishResult[]> {
  try {
    return await publish(target, snapshots, log);
  } catch (error) {
    if (error instanceof DatasetTokenRefused) error.repo = target.repo;
    throw error;
  }
}

/** Weeks a commit: each a Parquet and, from the archive, a marker; with the card, under the API's ≈100 files. */
export const SNAPSHOTS_A_COMMIT = 45;
/** Beside a week's Parquet when the week came from the archive: the archive's name, one line. */
export const ARCHIVE_MARKER = "from-archive.txt";

async function publish(target: HfDatasetTarget, snapshots: readonly HfSnapshot[], log: Logger): Promise<HfPublishResult[]> {
  const api = new HubWriteApi({ endpoint: target.endpoint, token: target.token, backoffBaseMs: target.backoffBaseMs });
  const results: HfPublishResult[] = [];
  const result = (snapshot: HfSnapshot, commit: string, changed: boolean, created: boolean): HfPublishResult => {
    const tag = snapshotTag(snapshot.snapshot);
    return { repo: target.repo, tag, commit, changed, created, ...datasetUrls(target.endpoint, target.repo, tag), requests: api.requests, bytesUploaded: api.bytesUploaded };
  };

  const created = (await api.createRepo(target.repo, target.keepsPrivate)) === "created";
  if (!created && target.keepsPrivate && !(await api.repoInfo(target.repo)).private) {
    throw new HfDatasetError(`${target.repo} is public on the Hub, and this dataset keeps private models: make the repository private there, or name another one. Nothing was sent.`);
  }
  let refs = await api.refs(target.repo);
  const todo: HfSnapshot[] = [];
  const already: string[] = [];
  for (const snapshot of snapshots) {
    const tag = snapshotTag(snapshot.snapshot);
    const tagged = refs.tags.get(tag);
    if (tagged === undefined) todo.push(snapshot);
    else {
      already.push(tag);
      results.push(result(snapshot, tagged, false, created));
    }
  }
  // One line, however many weeks a backfill hands over again.
  if (already.length > 0) {
    const named = already.length <= 3 ? already.join(", ") : `${already.length} snapshots (${already[0]} to ${already.at(-1)})`;
    log.info(`${target.repo} already has ${named}: a snapshot's tag never moves, nothing sent`);
  }

  for (let at = 0; at < todo.length; at += SNAPSHOTS_A_COMMIT) {
    const batch = todo.slice(at, at + SNAPSHOTS_A_COMMIT);
    const weeks = await Promise.all(batch.map(async (snapshot) => {
      const bytes = new Uint8Array(await readFile(snapshot.parquet));
      return { snapshot, path: snapshotParquetPath(snapshot.snapshot), bytes, oid: sha256(bytes) };
    }));
    const before = refs.head ? await api.tree(target.repo, refs.head) : [];
    const inTree = (pattern: RegExp) => before.flatMap((f) => pattern.exec(f.path)?.[1] ?? []);
    const all = [...new Set([...inTree(/^data\/snapshots\/(\d{4}-\d\d-\d\d)\/[^/]+\.parquet$/), ...batch.map((w) => w.snapshot)])].sort();
    const archived = [...new Set([...inTree(new RegExp(`^data/snapshots/(\\d{4}-\\d\\d-\\d\\d)/${ARCHIVE_MARKER.replace(".", "\\.")}$`)), ...batch.filter((w) => w.archive).map((w) => w.snapshot)])].sort();
    // The card's "latest" is the newest week in the repository, whichever run made it.
    const newest = [...batch].sort((a, b) => (a.snapshot < b.snapshot ? 1 : -1))[0] as HfSnapshot;
    const latest = all.at(-1) as string;
    const trendsText = newest.trendsCsv ? await readDataFile(newest.trendsCsv, dirname(newest.trendsCsv)) : undefined;
    const trends = trendsText === undefined ? undefined : new TextEncoder().encode(trendsText);
    const card = datasetCard({
      repo: target.repo, task: newest.task, snapshot: latest, tag: snapshotTag(latest), models: latest === newest.snapshot ? newest.models : (newest.latestModels ?? newest.models),
      snapshots: all, archiveWeeks: archived, archive: batch.find((w) => w.archive)?.archive, repositoryUrl: newest.repositoryUrl, siteUrl: newest.siteUrl,
      trends: trends !== undefined || before.some((f) => f.path === TRENDS_CSV_PATH),
    });
    const files = [
      ...weeks.flatMap((w) => [{ path: w.path, bytes: w.bytes }, ...(w.snapshot.archive ? [{ path: w.path.replace(/[^/]+$/, ARCHIVE_MARKER), bytes: new TextEncoder().encode(`${w.snapshot.archive}\n`) }] : [])]),
      ...(trends ? [{ path: TRENDS_CSV_PATH, bytes: trends }] : []),
      { path: "README.md", bytes: new TextEncoder().encode(card) },
    ];
    const isLanded = (tree: readonly { path: string; lfs?: { oid: string } }[]) => weeks.every((w) => landed(tree, w.path, w.oid));
    let commit = isLanded(before) ? refs.head : undefined;
    if (commit) log.info(`${target.repo}: ${weeks.length === 1 ? (weeks[0] as { path: string }).path : `these ${weeks.length} weeks`} on main already (a run whose commit answer was lost): tagging`);
    else {
      const modes = await api.preupload(target.repo, files);
      const lfs = files.filter((f) => modes.get(f.path) === "lfs");
      const actions = await api.lfsBatch(target.repo, lfs.map((f) => ({ oid: sha256(f.bytes), size: f.bytes.byteLength })));
      for (const file of lfs) {
        const action = actions.get(sha256(file.bytes));
        if (action) await api.upload(action, sha256(file.bytes), file.bytes);
      }
      const summary = batch.length === 1
        ? `Snapshot ${newest.snapshot}: ${newest.models} ${tagSetLabel(newest.task)} models`
        : `${batch.length} weekly snapshots, ${batch[0]?.snapshot} to ${batch.at(-1)?.snapshot}${batch.some((w) => w.archive) ? `, from ${batch.find((w) => w.archive)?.archive}` : ""}`;
      const parts = files.map((f) => ({ ...f, lfs: modes.get(f.path) === "lfs" }));
      for (let attempt = 1; commit === undefined; attempt++) {
        try {
          commit = await api.commit(target.repo, summary, refs.head, parts);
        } catch (error) {
          if (!(error instanceof CommitAnswerLost) || attempt >= COMMIT_ATTEMPTS) throw error;
          // It may have landed: look at main before sending it again.
          refs = await api.refs(target.repo);
          if (refs.head && isLanded(await api.tree(target.repo, refs.head))) {
            log.info(`${target.repo}: the commit's answer was lost (${error.message}), but it landed: ${refs.head.slice(0, 12)}`);
            commit = refs.head;
          } else log.info(`${target.repo}: the commit's answer was lost (${error.message}) and main does not hold it: committing again (attempt ${attempt + 1})`);
        }
      }
    }
    for (const w of weeks) {
      const tag = snapshotTag(w.snapshot.snapshot);
      await api.tag(target.repo, commit, tag, `Snapshot ${w.snapshot.snapshot} of the ${tagSetLabel(w.snapshot.task)} models${w.snapshot.archive ? ` (from ${w.snapshot.archive})` : ""}`);
      results.push(result(w.snapshot, commit, true, created));
    }
    refs = { ...refs, head: commit };
    const { url } = datasetUrls(target.endpoint, target.repo);
    log.info(`published ${batch.length === 1 ? snapshotTag(newest.snapshot) : `${batch.length} weeks with a tag each`} to ${target.repo} (${commit.slice(0, 12)}; ${(api.bytesUploaded / 1e6).toFixed(1)} MB uploaded in ${api.requests} requests): ${url}`);
  }
  return results.sort((a, b) => (a.tag < b.tag ? -1 : 1));
}

/** Whether a tree holds the snapshot's Parquet with these very bytes. */
function landed(tree: readonly { path: string; lfs?: { oid: string } }[], path: string, oid: string): boolean {
  return tree.some((f) => f.path === path && f.lfs?.oid === oid);
}
