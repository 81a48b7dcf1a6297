/**
 * The dataset as the repository's own commits hold it, read with the git CLI: every commit that
 * changed the dataset folder, oldest first. For a repository that ran before history.csv
 * existed, or lost it. Needs the whole history in the checkout (`fetch-depth: 0` in a workflow).
 */
import { execFile } from "node:child_process";
import { relative, resolve } from "node:path";
import { promisify } from "node:util";
import { csvToRecords } from "./csv.ts";
import { DatasetFormatError } from "./errors.ts";
import { newestDate, storedSnapshot } from "./snapshot.ts";
import { ModelTable } from "./table.ts";
import { datasetDir, INDEX_FILE, legacyTag, MANIFEST_FILE, parseIndex, type DatasetManifest } from "./store.ts";

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run("git", args, { cwd, maxBuffer: 1 << 30, encoding: "utf8" });
  return stdout;
}

export interface PastDataset {
  commit: string;
  /** The complete dataset at that commit; undefined when it cannot be read there (with why). */
  records: ModelTable | undefined;
  /** The moment it describes: its manifest's snapshot, else its newest date bounded by the commit's. */
  snapshotMs: number;
  /** The tracked tags then (the manifest's set). */
  pipelineTag?: string;
  /** The manifest's source: `archive:<owner/name>` when a backfill wrote it from an archive week. */
  source?: string | undefined;
  problem?: string;
}

/** The dataset at each commit that changed it, oldest first. */
export async function* datasetsInGit(dataDir: string): AsyncGenerator<PastDataset> {
  const cwd = resolve(dataDir, "..");
  let top: string;
  try {
    top = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch (error) {
    throw new Error(`${cwd} is not in a git repository: --from-git reads the dataset's past commits (${(error as Error).message.split("\n")[0]})`, { cause: error });
  }
  if ((await git(top, ["rev-parse", "--is-shallow-repository"])).trim() === "true") {
    throw new Error("this checkout is shallow and holds no past commits: fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)");
  }
  const folder = relative(top, resolve(datasetDir(dataDir))).split("\\").join("/");
  const commits = (await git(top, ["log", "--format=%H %ct", "--reverse", "--", folder])).split("\n").filter(Boolean);
  for (const line of commits) {
    const [commit = "", seconds = "0"] = line.split(" ");
    const committedMs = Number(seconds) * 1000;
    try {
      const show = (file: string) => git(top, ["show", `${commit}:${folder}/${file}`]);
      const manifest = JSON.parse(await show(MANIFEST_FILE)) as DatasetManifest;
      if (!manifest.complete) {
        yield { commit, records: undefined, problem: "a partial (--max-models) dataset", snapshotMs: Number.NaN };
        continue;
      }
      const records = new ModelTable();
      for (const { file } of parseIndex(await show(INDEX_FILE), `${commit.slice(0, 12)}:${folder}/${INDEX_FILE}`)) {
        const name = `${commit.slice(0, 12)}:${folder}/${file}`;
        for (const record of csvToRecords(await show(file), name, "", legacyTag(manifest))) records.push(record);
      }
      yield { commit, records, snapshotMs: storedSnapshot(manifest.snapshot, newestDate(records.columns()), committedMs), pipelineTag: manifest.pipelineTag, source: manifest.source };
    } catch (error) {
      const problem = error instanceof DatasetFormatError ? error.message : (error as Error).message.split("\n")[0] ?? String(error);
      yield { commit, records: undefined, problem, snapshotMs: Number.NaN };
    }
  }
}
