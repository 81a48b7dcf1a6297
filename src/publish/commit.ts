/**
 * Commits the refresh outputs as one commit through the Git Data API: only files whose blob
 * SHA differs are uploaded; files the layout no longer produces are removed; the branch is
 * moved without force, and rebuilt on the new head when someone pushed meanwhile.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
import { gitBlobSha, MAX_BLOB_BYTES } from "./git.ts";
import type { GitHubRepo, TreeChange } from "./github.ts";
import { CLI_TERMS, type Terms } from "../terms.ts";

export interface OutputFile {
  /** Path inside the repository, with `/`. */
  path: string;
  /** Where the bytes are on disk. */
  file: string;
}

/**
 * The set of files a refresh owns: everything under `ownedDirs` (a file there that is not
 * produced any more is removed), the listed `files`, and the listed files this run did not
 * produce (`gone`: repository paths, removed where the branch has them).
 */
export interface OutputSet {
  files: OutputFile[];
  ownedDirs: string[];
  gone?: string[];
}

export interface CommitResult {
  changed: boolean;
  sha?: string | undefined;
  verified?: boolean;
  added: string[];
  updated: string[];
  removed: string[];
  attempts: number;
}

export class PublishError extends Error {
  override readonly name = "PublishError";
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && !entry.name.startsWith(".")) out.push(path);
  }
  return out;
}

/** The output set for files on disk: `paths` are files or directories below `workspace`. */
export async function collectOutputs(workspace: string, owned: { dirs: string[]; files: string[]; optional?: string[] }): Promise<OutputSet> {
  const toRepoPath = (file: string) => {
    const path = relative(workspace, file).split(sep).join(posix.sep);
    if (path.startsWith("..") || posix.isAbsolute(path)) {
      throw new PublishError(`${file} is outside the repository checkout ${workspace}: use paths inside it`);
    }
    return path;
  };
  const files: OutputFile[] = [];
  const gone: OutputFile[] = [];
  for (const dir of owned.dirs) for (const file of await walk(dir)) files.push({ path: toRepoPath(file), file });
  for (const file of owned.files) files.push({ path: toRepoPath(file), file });
  // A file a run makes only sometimes (the tags chart): when this run did not, the branch's copy goes.
  for (const file of owned.optional ?? []) (existsSync(file) ? files : gone).push({ path: toRepoPath(file), file });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, ownedDirs: owned.dirs.map(toRepoPath), gone: gone.map((f) => f.path) };
}

/** Fails before any write when a file is over the Git Data API's blob limit. */
async function checkSizes(files: readonly OutputFile[]): Promise<void> {
  for (const { path, file } of files) {
    const { size } = await stat(file);
    if (size > MAX_BLOB_BYTES) {
      throw new PublishError(
        `${path} is ${(size / 2 ** 20).toFixed(1)} MiB, over GitHub's 40 MiB limit for blobs committed through the API; ` +
          "nothing was committed. Keep each dataset file small (the dataset is split by creation month) or commit with git instead",
      );
    }
  }
}

const MAX_ATTEMPTS = 5;

function isOwned(path: string, ownedDirs: readonly string[]): boolean {
  return ownedDirs.some((dir) => path.startsWith(`${dir}/`));
}

export async function commitOutputs(
  github: GitHubRepo,
  options: { branch: string; message: string; outputs: OutputSet; dryRun?: boolean; log?: (message: string) => void; terms?: Terms },
): Promise<CommitResult> {
  const terms = options.terms ?? CLI_TERMS;
  const log = options.log ?? (() => {});
  const { files, ownedDirs } = options.outputs;
  const gone = new Set(options.outputs.gone);
  await checkSizes(files);
  const local = new Map<string, { file: string; sha: string }>();
  for (const { path, file } of files) {
    const bytes = await readFile(file);
    local.set(path, { file, sha: gitBlobSha(bytes) });
  }
  const uploaded = new Set<string>();

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const head = await github.headOf(options.branch);
    const baseTree = await github.treeOfCommit(head);
    const remote = new Map<string, string>();
    for (const dir of ownedDirs) for (const [path, sha] of await github.blobsUnder(baseTree, dir)) remote.set(path, sha);
    const loose = [...files.map((f) => f.path).filter((path) => !remote.has(path) && !isOwned(path, ownedDirs)), ...gone];
    for (const dir of new Set(loose.map((path) => posix.dirname(path)))) {
      for (const [path, sha] of await github.blobsUnder(baseTree, dir)) if (local.has(path) || gone.has(path)) remote.set(path, sha);
    }

    const added: string[] = [];
    const updated: string[] = [];
    const removed: string[] = [];
    const changes: TreeChange[] = [];
    for (const [path, { sha }] of local) {
      const before = remote.get(path);
      if (before === sha) continue;
      (before === undefined ? added : updated).push(path);
      changes.push({ path, sha });
    }
    for (const [path] of remote) {
      if (!local.has(path) && (isOwned(path, ownedDirs) || gone.has(path))) {
        removed.push(path);
        changes.push({ path, sha: null });
      }
    }
    if (changes.length === 0) return { changed: false, added, updated, removed, attempts: attempt };
    if (options.dryRun) return { changed: true, added, updated, removed, attempts: attempt };

    for (const change of changes) {
      if (change.sha === null || uploaded.has(change.sha)) continue;
      const entry = local.get(change.path) as { file: string; sha: string };
      const sha = await github.createBlob(await readFile(entry.file));
      if (sha !== entry.sha) throw new PublishError(`GitHub stored ${change.path} as blob ${sha}, expected ${entry.sha}`);
      uploaded.add(sha);
    }
    const tree = await github.createTree(baseTree, changes);
    const commit = await github.createCommit(options.message, tree, head);
    const moved = await github.fastForward(options.branch, commit.sha);
    if (moved.ok) return { changed: true, sha: commit.sha, verified: commit.verified, added, updated, removed, attempts: attempt };
    if ((await github.headOf(options.branch)) === head) {
      throw new PublishError(
        `GitHub refused to move ${options.branch}: ${moved.message}. Nothing was committed. If the branch is protected, ` +
          `let the workflow's token push to it, or commit to another branch (${terms.set("branch", "<name>")})`,
      );
    }
    log(`${options.branch} moved while committing (attempt ${attempt}); rebuilding the commit on the new head`);
  }
  throw new PublishError(`${options.branch} kept moving: gave up after ${MAX_ATTEMPTS} attempts without forcing; nothing was lost, run again`);
}
