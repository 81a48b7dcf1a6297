import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { CsvEncoder, csvToRecords, iso, tableToCsv } from "./csv.ts";
import { DatasetFormatError, folderFix, monthFileFix, restoreFix, shownPath } from "./errors.ts";
import type { ModelRecord } from "./record.ts";
import { monthOf, putInDatasetOrder } from "./dataset-order.ts";
import { ModelTable } from "./table.ts";
import { DEFAULT_TAG, tagsOf } from "../pipeline-tags.ts";

/** The original study's file stem, kept for every file of the dataset. */
/** Writes a file whole or not at all: beside it first, then renamed into place (a stopped run leaves the old one). */
export async function writeWhole(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp-${process.pid}`, text);
  await rename(`${path}.tmp-${process.pid}`, path);
}

export const DATASET_STEM = "huggingface_models_data";
export const INDEX_FILE = "index.csv";
export const MANIFEST_FILE = "manifest.json";

/** What a dataset is: which tags (`pipelineTag`: the set's canonical string, see pipeline-tags.ts), whether it holds the whole listing or a --max-models sample, and the moment it describes. */
export interface DatasetManifest {
  pipelineTag: string;
  complete: boolean;
  models: number;
  /**
   * The snapshot's moment (ISO-8601), decided once where the harvest ended (see snapshot.ts);
   * absent in datasets written before 1.2.0.
   */
  snapshot?: string;
  /** `archive:<owner/name>` for a dataset a backfill wrote from the archive's newest week; absent for a live listing. */
  source?: string;
}

/**
 * The tag of the models in a file written before the `Pipeline Tag` column: its manifest's one
 * tag (a dataset then tracked exactly one); undefined when the manifest names several.
 */
export function legacyTag(manifest: DatasetManifest | undefined): string | undefined {
  if (!manifest) return DEFAULT_TAG;
  const tags = tagsOf(manifest.pipelineTag);
  return tags.length === 1 ? tags[0] : undefined;
}

export interface DatasetFileInfo {
  file: string;
  month: string;
  rows: number;
  bytes: number;
}

/** The dataset folder inside a data directory. */
export function datasetDir(dataDir: string): string {
  return join(dataDir, DATASET_STEM);
}

export function fileForMonth(month: string): string {
  return `${DATASET_STEM}-${month}.csv`;
}

/** The months of a table in dataset order: each month's first and last-plus-one row. */
function* monthRanges(table: ModelTable): Generator<{ month: string; start: number; end: number }> {
  let start = 0;
  while (start < table.length) {
    const month = monthOf(table.createdAt(start));
    let end = start + 1;
    while (end < table.length && monthOf(table.createdAt(end)) === month) end++;
    yield { month, start, end };
    start = end;
  }
}

/**
 * Splits and serialises a table into the dataset's files (putting it in dataset order first):
 * for each file, its name and its bytes in pieces (see tableToCsv: each piece valid until the
 * next is asked for); the index and manifest come last. Pure: equal data, equal bytes.
 */
export function* renderDataset(table: ModelTable, manifest: DatasetManifest): Generator<[string, Iterable<Buffer>]> {
  putInDatasetOrder(table);
  const index: DatasetFileInfo[] = [];
  const encoder = new CsvEncoder();
  for (const { month, start, end } of monthRanges(table)) {
    const file = fileForMonth(month);
    const info = { file, month, rows: end - start, bytes: 0 };
    index.push(info);
    yield [file, counted(tableToCsv(table, start, end, encoder), info)];
  }
  yield [INDEX_FILE, [Buffer.from(indexToCsv(index))]];
  yield [MANIFEST_FILE, [Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]];
}

/** Passes pieces through, adding up their UTF-8 size for the index. */
function* counted(pieces: Iterable<Buffer>, info: DatasetFileInfo): Generator<Buffer> {
  for (const piece of pieces) {
    info.bytes += piece.length;
    yield piece;
  }
}

function indexToCsv(index: readonly DatasetFileInfo[]): string {
  return ["file,month,rows,bytes", ...index.map((f) => `${f.file},${f.month},${f.rows},${f.bytes}`)].join("\n") + "\n";
}

const INDEX_HEADER = "file,month,rows,bytes";

/** The index of the dataset in `dataDir`, or undefined when there is none yet. */
export async function readIndex(dataDir: string): Promise<DatasetFileInfo[] | undefined> {
  await recoverInterruptedSwap(dataDir);
  const path = join(datasetDir(dataDir), INDEX_FILE);
  const text = await readDataFile(path, dataDir);
  if (text === undefined) return undefined;
  return parseIndex(text, path);
}

/** An index's text; `path` names it in errors. */
export function parseIndex(text: string, path: string): DatasetFileInfo[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const fail = (problem: string, line: number) => new DatasetFormatError(problem, { file: path, line, fix: restoreFix(path) });
  if (lines[0] !== INDEX_HEADER) throw fail(`the header must be ${INDEX_HEADER}, found ${JSON.stringify(lines[0] ?? "")}`, 1);
  return lines.slice(1).map((line, i) => {
    const match = /^(huggingface_models_data-(\d{4}-\d\d)\.csv),(\d{4}-\d\d),(\d+),(\d+)$/.exec(line);
    if (!match || match[2] !== match[3]) {
      throw fail(`expected "${DATASET_STEM}-YYYY-MM.csv,YYYY-MM,rows,bytes" for one month, found ${JSON.stringify(line)}`, i + 2);
    }
    return { file: match[1] as string, month: match[3] as string, rows: Number(match[4]), bytes: Number(match[5]) };
  });
}

export async function readManifest(dataDir: string): Promise<DatasetManifest | undefined> {
  await recoverInterruptedSwap(dataDir);
  const path = join(datasetDir(dataDir), MANIFEST_FILE);
  const text = await readDataFile(path, dataDir);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : undefined;
    throw new DatasetFormatError("not valid JSON", { file: path, line, fix: restoreFix(path) });
  }
  const manifest = parsed as Partial<DatasetManifest> | null;
  if (
    typeof manifest !== "object" || manifest === null || typeof manifest.pipelineTag !== "string" ||
    typeof manifest.complete !== "boolean" || typeof manifest.models !== "number" ||
    (manifest.snapshot !== undefined && (typeof manifest.snapshot !== "string" || Number.isNaN(Date.parse(manifest.snapshot))))
  ) {
    throw new DatasetFormatError('expected {"pipelineTag": string, "complete": true|false, "models": number, "snapshot"?: an ISO-8601 date}', { file: path, fix: restoreFix(path) });
  }
  if (!/^[a-z0-9][a-z0-9-]*(,[a-z0-9][a-z0-9-]*)*$/.test(manifest.pipelineTag)) {
    // The second line, as the manifest is written.
    throw new DatasetFormatError(`"pipelineTag" must be pipeline tags separated by commas, such as text-generation; got ${JSON.stringify(manifest.pipelineTag).slice(0, 80)}`, { file: path, line: 2, fix: restoreFix(path) });
  }
  return manifest as DatasetManifest;
}

/** One of our files in `dataDir` as text; undefined when there is none yet. A data folder below a file is named as such. */
export async function readDataFile(path: string, dataDir: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") throw await notAFolder(path, dataDir);
    if (code === "ENOENT") return undefined;
    throw error;
  }
}

/** The error for a path that runs through a regular file, naming that file. */
async function notAFolder(path: string, dataDir: string): Promise<DatasetFormatError> {
  let file = path;
  for (let dir = dirname(path); dir !== file; file = dir, dir = dirname(dir)) {
    try {
      if ((await stat(dir)).isFile()) {
        file = dir;
        break;
      }
    } catch {
      // not there: keep climbing
    }
  }
  return new DatasetFormatError(`is a file, not a folder, so the data folder ${shownPath(dataDir)} cannot be inside it`, {
    file,
    fix: "To fix: give a data folder that is a directory (or does not exist yet)",
  });
}

/**
 * Reads the dataset in `dataDir` file by file, handing each file's records to `use`, so a
 * caller that keeps only a little of each row never holds the whole dataset. False when
 * there is no dataset yet. The index must agree with the folder: the same files, the same rows.
 */
export async function forEachDatasetFile(dataDir: string, use: (records: ModelRecord[]) => void): Promise<boolean> {
  const index = await readIndex(dataDir);
  if (!index) return false;
  const dir = datasetDir(dataDir);
  const indexPath = join(dir, INDEX_FILE);
  const disagree = (problem: string, line?: number) => new DatasetFormatError(problem, { file: indexPath, line, fix: folderFix(dir) });
  const tag = legacyTag(await readManifest(dataDir));
  const listed = new Set(index.map((f) => f.file));
  const unlisted = (await readdir(dir)).filter((name) => name.startsWith(`${DATASET_STEM}-`) && name.endsWith(".csv") && !listed.has(name)).sort();
  if (unlisted.length > 0) throw disagree(`does not list ${unlisted.join(", ")}, which ${unlisted.length === 1 ? "is" : "are"} in the folder`);
  for (const [i, { file, rows }] of index.entries()) {
    const path = join(dir, file);
    const text = await readDataFile(path, dataDir);
    if (text === undefined) throw disagree(`lists ${file}, which is missing from the folder`, i + 2);
    const records = csvToRecords(text, path, monthFileFix(path, indexPath), tag);
    if (records.length !== rows) throw disagree(`says ${file} has ${rows} rows; it has ${records.length}`, i + 2);
    use(records);
  }
  return true;
}

/** Reads the whole dataset in `dataDir` into a table, or undefined when there is none yet. */
export async function readDataset(dataDir: string): Promise<ModelTable | undefined> {
  const index = await readIndex(dataDir);
  const table = new ModelTable(index?.reduce((sum, file) => sum + file.rows, 0));
  const found = await forEachDatasetFile(dataDir, (rows) => {
    for (const record of rows) table.push(record);
  });
  return found ? table : undefined;
}

export interface WrittenDataset {
  dir: string;
  files: DatasetFileInfo[];
  rows: number;
}

/**
 * Replaces the dataset in `dataDir` as a whole: every file is written into a staging folder
 * first, then the folders are swapped by two renames. A run that fails or is killed before
 * the swap leaves the previous dataset byte-identical.
 */
export async function writeDataset(dataDir: string, records: ModelTable, manifest: DatasetManifest): Promise<WrittenDataset> {
  await mkdir(dataDir, { recursive: true });
  await recoverInterruptedSwap(dataDir);
  await removeLeftovers(dataDir);
  const target = datasetDir(dataDir);
  const staging = join(dataDir, `.${DATASET_STEM}.staging-${process.pid}`);
  const old = join(dataDir, `.${DATASET_STEM}.old-${process.pid}`);
  await mkdir(staging);
  for (const [file, pieces] of renderDataset(records, manifest)) {
    // Written synchronously: a megabyte lands in the page cache in well under a millisecond, and
    // a round trip through the thread pool for each piece of 57+ files cost more than the writing.
    const fd = openSync(join(staging, file), "w");
    try {
      for (const piece of pieces) writeAll(fd, piece);
    } finally {
      closeSync(fd);
    }
  }
  let hadOld = true;
  try {
    await rename(target, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    hadOld = false;
  }
  await rename(staging, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
  const index = (await readIndex(dataDir)) ?? [];
  return { dir: target, files: index, rows: records.length };
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}

/** A run killed between the two renames left the old dataset aside: put it back. */
async function recoverInterruptedSwap(dataDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch {
    return;
  }
  if (names.includes(DATASET_STEM)) return;
  const old = names.find((name) => name.startsWith(`.${DATASET_STEM}.old-`));
  if (old) await rename(join(dataDir, old), datasetDir(dataDir));
}

async function removeLeftovers(dataDir: string): Promise<void> {
  for (const name of await readdir(dataDir)) {
    if (name.startsWith(`.${DATASET_STEM}.staging-`) || name.startsWith(`.${DATASET_STEM}.old-`)) {
      await rm(join(dataDir, name), { recursive: true, force: true });
    }
  }
}
