import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CsvEncoder,
  DatasetFormatError,
  ModelTable,
  csvToRecords,
  folderFix,
  monthFileFix,
  monthOf,
  putInDatasetOrder,
  restoreFix,
  shownPath,
  tableToCsv
} from "./chunk-LEP5OP7O.js";
import {
  DEFAULT_TAG,
  tagsOf
} from "./chunk-3SYKNIM3.js";

// src/dataset/store.ts
import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
async function writeWhole(path, text) {
  await writeFile(`${path}.tmp-${process.pid}`, text);
  await rename(`${path}.tmp-${process.pid}`, path);
}
var DATASET_STEM = "huggingface_models_data";
var INDEX_FILE = "index.csv";
var MANIFEST_FILE = "manifest.json";
function legacyTag(manifest) {
  if (!manifest) return DEFAULT_TAG;
  const tags = tagsOf(manifest.pipelineTag);
  return tags.length === 1 ? tags[0] : void 0;
}
function datasetDir(dataDir) {
  return join(dataDir, DATASET_STEM);
}
function fileForMonth(month) {
  return `${DATASET_STEM}-${month}.csv`;
}
function* monthRanges(table) {
  let start = 0;
  while (start < table.length) {
    const month = monthOf(table.createdAt(start));
    let end = start + 1;
    while (end < table.length && monthOf(table.createdAt(end)) === month) end++;
    yield { month, start, end };
    start = end;
  }
}
function* renderDataset(table, manifest) {
  putInDatasetOrder(table);
  const index = [];
  const encoder = new CsvEncoder();
  for (const { month, start, end } of monthRanges(table)) {
    const file = fileForMonth(month);
    const info = { file, month, rows: end - start, bytes: 0 };
    index.push(info);
    yield [file, counted(tableToCsv(table, start, end, encoder), info)];
  }
  yield [INDEX_FILE, [Buffer.from(indexToCsv(index))]];
  yield [MANIFEST_FILE, [Buffer.from(`${JSON.stringify(manifest, null, 2)}
`)]];
}
function* counted(pieces, info) {
  for (const piece of pieces) {
    info.bytes += piece.length;
    yield piece;
  }
}
function indexToCsv(index) {
  return ["file,month,rows,bytes", ...index.map((f) => `${f.file},${f.month},${f.rows},${f.bytes}`)].join("\n") + "\n";
}
var INDEX_HEADER = "file,month,rows,bytes";
async function readIndex(dataDir) {
  await recoverInterruptedSwap(dataDir);
  const path = join(datasetDir(dataDir), INDEX_FILE);
  const text = await readDataFile(path, dataDir);
  if (text === void 0) return void 0;
  return parseIndex(text, path);
}
function parseIndex(text, path) {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const fail = (problem, line) => new DatasetFormatError(problem, { file: path, line, fix: restoreFix(path) });
  if (lines[0] !== INDEX_HEADER) throw fail(`the header must be ${INDEX_HEADER}, found ${JSON.stringify(lines[0] ?? "")}`, 1);
  return lines.slice(1).map((line, i) => {
    const match = /^(huggingface_models_data-(\d{4}-\d\d)\.csv),(\d{4}-\d\d),(\d+),(\d+)$/.exec(line);
    if (!match || match[2] !== match[3]) {
      throw fail(`expected "${DATASET_STEM}-YYYY-MM.csv,YYYY-MM,rows,bytes" for one month, found ${JSON.stringify(line)}`, i + 2);
    }
    return { file: match[1], month: match[3], rows: Number(match[4]), bytes: Number(match[5]) };
  });
}
async function readManifest(dataDir) {
  await recoverInterruptedSwap(dataDir);
  const path = join(datasetDir(dataDir), MANIFEST_FILE);
  const text = await readDataFile(path, dataDir);
  if (text === void 0) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(error.message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : void 0;
    throw new DatasetFormatError("not valid JSON", { file: path, line, fix: restoreFix(path) });
  }
  const manifest = parsed;
  if (typeof manifest !== "object" || manifest === null || typeof manifest.pipelineTag !== "string" || typeof manifest.complete !== "boolean" || typeof manifest.models !== "number" || manifest.snapshot !== void 0 && (typeof manifest.snapshot !== "string" || Number.isNaN(Date.parse(manifest.snapshot)))) {
    throw new DatasetFormatError('expected {"pipelineTag": string, "complete": true|false, "models": number, "snapshot"?: an ISO-8601 date}', { file: path, fix: restoreFix(path) });
  }
  if (!/^[a-z0-9][a-z0-9-]*(,[a-z0-9][a-z0-9-]*)*$/.test(manifest.pipelineTag)) {
    throw new DatasetFormatError(`"pipelineTag" must be pipeline tags separated by commas, such as text-generation; got ${JSON.stringify(manifest.pipelineTag).slice(0, 80)}`, { file: path, line: 2, fix: restoreFix(path) });
  }
  return manifest;
}
async function readDataFile(path, dataDir) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOTDIR") throw await notAFolder(path, dataDir);
    if (code === "ENOENT") return void 0;
    throw error;
  }
}
async function notAFolder(path, dataDir) {
  let file = path;
  for (let dir = dirname(path); dir !== file; file = dir, dir = dirname(dir)) {
    try {
      if ((await stat(dir)).isFile()) {
        file = dir;
        break;
      }
    } catch {
    }
  }
  return new DatasetFormatError(`is a file, not a folder, so the data folder ${shownPath(dataDir)} cannot be inside it`, {
    file,
    fix: "To fix: give a data folder that is a directory (or does not exist yet)"
  });
}
async function forEachDatasetFile(dataDir, use) {
  const index = await readIndex(dataDir);
  if (!index) return false;
  const dir = datasetDir(dataDir);
  const indexPath = join(dir, INDEX_FILE);
  const disagree = (problem, line) => new DatasetFormatError(problem, { file: indexPath, line, fix: folderFix(dir) });
  const tag = legacyTag(await readManifest(dataDir));
  const listed = new Set(index.map((f) => f.file));
  const unlisted = (await readdir(dir)).filter((name) => name.startsWith(`${DATASET_STEM}-`) && name.endsWith(".csv") && !listed.has(name)).sort();
  if (unlisted.length > 0) throw disagree(`does not list ${unlisted.join(", ")}, which ${unlisted.length === 1 ? "is" : "are"} in the folder`);
  for (const [i, { file, rows }] of index.entries()) {
    const path = join(dir, file);
    const text = await readDataFile(path, dataDir);
    if (text === void 0) throw disagree(`lists ${file}, which is missing from the folder`, i + 2);
    const records = csvToRecords(text, path, monthFileFix(path, indexPath), tag);
    if (records.length !== rows) throw disagree(`says ${file} has ${rows} rows; it has ${records.length}`, i + 2);
    use(records);
  }
  return true;
}
async function readDataset(dataDir) {
  const index = await readIndex(dataDir);
  const table = new ModelTable(index?.reduce((sum, file) => sum + file.rows, 0));
  const found = await forEachDatasetFile(dataDir, (rows) => {
    for (const record of rows) table.push(record);
  });
  return found ? table : void 0;
}
async function writeDataset(dataDir, records, manifest) {
  await mkdir(dataDir, { recursive: true });
  await recoverInterruptedSwap(dataDir);
  await removeLeftovers(dataDir);
  const target = datasetDir(dataDir);
  const staging = join(dataDir, `.${DATASET_STEM}.staging-${process.pid}`);
  const old = join(dataDir, `.${DATASET_STEM}.old-${process.pid}`);
  await mkdir(staging);
  for (const [file, pieces] of renderDataset(records, manifest)) {
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
    if (error.code !== "ENOENT") throw error;
    hadOld = false;
  }
  await rename(staging, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
  const index = await readIndex(dataDir) ?? [];
  return { dir: target, files: index, rows: records.length };
}
function writeAll(fd, bytes) {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}
async function recoverInterruptedSwap(dataDir) {
  let names;
  try {
    names = await readdir(dataDir);
  } catch {
    return;
  }
  if (names.includes(DATASET_STEM)) return;
  const old = names.find((name) => name.startsWith(`.${DATASET_STEM}.old-`));
  if (old) await rename(join(dataDir, old), datasetDir(dataDir));
}
async function removeLeftovers(dataDir) {
  for (const name of await readdir(dataDir)) {
    if (name.startsWith(`.${DATASET_STEM}.staging-`) || name.startsWith(`.${DATASET_STEM}.old-`)) {
      await rm(join(dataDir, name), { recursive: true, force: true });
    }
  }
}

export {
  writeWhole,
  DATASET_STEM,
  INDEX_FILE,
  MANIFEST_FILE,
  legacyTag,
  datasetDir,
  readIndex,
  parseIndex,
  readManifest,
  readDataFile,
  forEachDatasetFile,
  readDataset,
  writeDataset
};
