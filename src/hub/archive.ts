/**
 * The Hub's public weekly archive of its own catalogue (ARCHIVE-FACTS): the weeks listed through
 * the tree API (paged by `Link`), and one week's `models.parquet` read by range requests only —
 * its footer, then the column chunks of the columns needed, one row group at a time — into the
 * dataset's own rows, for the models whose pipeline tag *in that week's file* is tracked. Columns
 * are picked by name from each file's own schema: they come and go, and dates are timestamps or
 * ISO text. Columns the archive lacks (Used Storage, Spaces, Gated, Private, License) stay empty.
 * Parameters is `safetensors.total`, read as a leaf of its own: the struct's map of every dtype is
 * never assembled (for 3M rows that cost more CPU than the rest of the week together).
 */
import { parquetMetadataAsync, parquetSchema, type FileMetaData } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { ModelTable } from "../dataset/table.ts";
import { RELATIONS, type ModelRecord, type Relation } from "../dataset/record.ts";
import { readJson, refused, TransientFault, type HubClient } from "./client.ts";
import { HubError } from "./errors.ts";
import { nextLink } from "./list.ts";
import { coalesce, leafChunks, readLeaf, type LeafChunk } from "./parquet-leaves.ts";
import { FOOTER_BYTES, RangeFile } from "./range-file.ts";
import { isHubId } from "./schema.ts";
import { countUntaggedDerivatives } from "./untagged-derivatives.ts";

/** One week of the archive: the date its folder names (the week's start) and its file. */
export interface ArchiveWeek {
  week: string;
  path: string;
}

/** The archive or one of its files is not what the facts describe: one clear line, the week left for the next run. */
export class ArchiveError extends HubError {}

/** Every week in the archive, oldest first: the folders `models/YYYY-MM-DD` of the tree API, page by page. */
export async function listArchiveWeeks(client: HubClient, repo: string): Promise<ArchiveWeek[]> {
  const weeks: ArchiveWeek[] = [];
  let url: string | undefined = `${client.endpoint}/api/datasets/${repo}/tree/main/models`;
  const seen = new Set<string>();
  for (let page = 1; url !== undefined; page++) {
    const pageUrl: string = url;
    if (seen.has(pageUrl)) throw new ArchiveError(`the archive's tree listing loops: page ${page} repeats ${pageUrl}`, { url: pageUrl, attempts: 1 });
    seen.add(pageUrl);
    const what = `archive listing page ${page}`;
    const { items, next } = await client.withRetries(what, pageUrl, async () => {
      const answer = await client.open(pageUrl);
      if (answer.status === 404 || answer.status === 401) {
        await answer.response.body?.cancel();
        throw new ArchiveError(
          `the archive ${repo} is not on the Hub at ${client.endpoint} (HTTP ${answer.status}): it may have been taken down or renamed; give another with --archive owner/name (or the input archive)`,
          { url: pageUrl, status: answer.status, attempts: 1 },
        );
      }
      if (answer.status !== 200) throw await refused(what, pageUrl, answer);
      const link = nextLink(answer.headers.get("link"));
      const body = await readJson(answer);
      if (!Array.isArray(body)) throw new TransientFault("the tree listing is not a JSON array", answer.status);
      // The next page may be named relative to the endpoint (recorded so for the commits API).
      return { items: body as unknown[], next: link === undefined ? undefined : client.onEndpoint(new URL(link, pageUrl).toString(), pageUrl) };
    });
    for (const item of items) {
      const path = (item as { path?: unknown; type?: unknown }).path;
      const match = typeof path === "string" ? /^models\/(\d{4}-\d\d-\d\d)$/.exec(path) : null;
      if (match && (item as { type?: unknown }).type === "directory") weeks.push({ week: match[1] as string, path: `${path}/models.parquet` });
    }
    url = next;
  }
  return weeks.sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
}

/** The flat columns read, each a top-level leaf; `baseModels` is read through two of its leaves. */
const FLAT = ["id", "author", "pipeline_tag", "createdAt", "lastModified", "downloads", "downloadsAllTime", "likes", "library_name"] as const;
type Flat = (typeof FLAT)[number];
/** The archive's columns this reader uses, by name; `id` and `pipeline_tag` must be there. */
const WANTED = [...FLAT, "baseModels", "safetensors"] as const;
type Wanted = (typeof WANTED)[number];

export interface WeekRead {
  week: ArchiveWeek;
  /** The tracked models of the week, in the file's order. */
  records: ModelTable;
  /** Rows in the whole file, every pipeline tag. */
  rows: number;
  /** Which of the columns read the file has (a file before 2025-02-27 has no downloadsAllTime). */
  columns: Wanted[];
  /**
   * Models of the file with no pipeline tag whose first-parent chain reaches a tracked model
   * (hub/untagged-derivatives.ts); null for a file without `baseModels`.
   */
  untaggedDerivatives: number | null;
  bytesRead: number;
  fileBytes: number;
  requests: number;
}

/** Timestamps as epoch milliseconds (no Date a value). */
const PARSERS = {
  timestampFromMilliseconds: (v: bigint) => Number(v),
  timestampFromMicroseconds: (v: bigint) => Number(v / 1000n),
  timestampFromNanoseconds: (v: bigint) => Number(v / 1000000n),
};

/** baseModels' leaves: the parents' ids (a list a row; the list's own names vary by writer) and the relation. */
const isParentId = (path: string): boolean => path.startsWith("baseModels.") && path.endsWith(".id") && path.includes(".models.");
const RELATION_LEAF = "baseModels.relation";
/** Parameters: the total of `safetensors` (a struct whose map of dtypes is not read). */
const PARAMETERS_LEAF = "safetensors.total";
/** Chunks closer than this in the file are fetched in one request (the bytes between are few). */
const GAP_BYTES = 256 * 1024;

/**
 * Reads one week: the footer, then row group by row group the chunks of the leaves needed,
 * `pipeline_tag` first: the other leaves hand over only the values of the tracked rows. One row
 * group's compressed chunks and one page at a time are in memory, beside the rows kept.
 */
export async function readArchiveWeek(client: HubClient, repo: string, week: ArchiveWeek, tags: readonly string[], onGroup?: (done: number, of: number) => void): Promise<WeekRead> {
  const what = `the archive's ${week.week} file`;
  const resolveUrl = `${client.endpoint}/datasets/${repo}/resolve/main/${week.path}`;
  const file = await RangeFile.open(client, resolveUrl, what);
  let metadata: FileMetaData;
  try {
    // The tail already read: the metadata from it, and only what more it needs.
    metadata = await parquetMetadataAsync(file, { initialFetchSize: FOOTER_BYTES });
  } catch (error) {
    if (error instanceof HubError) throw error;
    throw new ArchiveError(`${what} (${week.path}) is not a Parquet file we can read: ${(error as Error).message}`, { url: resolveUrl, attempts: 1, cause: error });
  }
  const present = new Set(parquetSchema(metadata).children.map((child) => child.element.name));
  for (const required of ["id", "pipeline_tag"] as const) {
    if (!present.has(required)) {
      throw new ArchiveError(`${what} (${week.path}) has no "${required}" column (its columns: ${[...present].slice(0, 20).join(", ")}); it is left for a later run`, { url: resolveUrl, attempts: 1 });
    }
  }
  const columns = WANTED.filter((name) => present.has(name));
  const flat = new Set<string>(FLAT);
  const want = (path: string) => flat.has(path) || isParentId(path) || path === RELATION_LEAF || path === PARAMETERS_LEAF;
  const tracked = new Set(tags);
  const records = new ModelTable(1024);
  // The whole file's lineage, for the untagged models: only those naming a parent are kept, and the tracked ids.
  const walk: UntaggedWalk | undefined = columns.includes("baseModels") ? { parents: new Map(), trackedIds: new Set() } : undefined;
  let rowStart = 0;
  const groups = metadata.row_groups;
  for (let g = 0; g < groups.length; g++) {
    const groupRows = Number(groups[g]?.num_rows ?? 0);
    try {
      const chunks = leafChunks(metadata, g, want);
      const bytes = await fetchChunks(file, chunks);
      const group = decodeGroup(chunks, bytes, groupRows, tracked, walk);
      records.reserve(records.length + group.length * (groups.length - g));
      keepRows(group, records);
    } catch (error) {
      if (error instanceof HubError) throw error;
      throw new ArchiveError(`${what} (${week.path}): row group ${g + 1} does not decode: ${(error as Error).message}`, { url: resolveUrl, attempts: 1, cause: error });
    }
    rowStart += groupRows;
    onGroup?.(g + 1, groups.length);
  }
  const untaggedDerivatives = walk ? countUntaggedDerivatives(walk.parents, (id) => walk.trackedIds.has(id)) : null;
  return { week, records, rows: rowStart, columns, untaggedDerivatives, bytesRead: file.bytesRead, fileBytes: file.byteLength, requests: file.requests };
}

/** Each chunk's bytes, neighbouring chunks fetched in one range request, the requests side by side. */
async function fetchChunks(file: RangeFile, chunks: readonly LeafChunk[]): Promise<Map<string, Uint8Array>> {
  const ranges = coalesce(chunks, GAP_BYTES);
  const buffers = await Promise.all(ranges.map((range) => file.slice(range.start, range.end)));
  const bytes = new Map<string, Uint8Array>();
  for (const chunk of chunks) {
    const k = ranges.findIndex((range) => chunk.start >= range.start && chunk.end <= range.end);
    const range = ranges[k] as { start: number };
    bytes.set(chunk.path, new Uint8Array(buffers[k] as ArrayBuffer, chunk.start - range.start, chunk.end - chunk.start));
  }
  return bytes;
}

/** The tracked rows of one row group, column by column (slot k is the group's k-th tracked row). */
interface GroupRows {
  length: number;
  tags: string[];
  values: Map<Flat, unknown[]>;
  parents: (string[] | undefined)[];
  relations: unknown[];
  parameters: unknown[];
}

/** What the walk for untagged derivatives gathers over the whole file. */
interface UntaggedWalk {
  /** Each untagged model that names a parent: its first parent. */
  parents: Map<string, string>;
  /** The ids of every row of a tracked tag. */
  trackedIds: Set<string>;
}

const isUntagged = (tag: unknown): boolean => tag === null || tag === undefined || tag === "";

/**
 * Decodes one row group: `pipeline_tag` for every row, then the other leaves for the tracked rows
 * only; with a walk, also the first parent of every untagged row, then the ids of the untagged rows
 * that name one (the parents' leaf before the ids', so no id of a parentless row is ever made).
 */
function decodeGroup(chunks: readonly LeafChunk[], bytes: Map<string, Uint8Array>, groupRows: number, tracked: ReadonlySet<string>, walk: UntaggedWalk | undefined): GroupRows {
  const options = { compressors, parsers: PARSERS };
  const read = (chunk: LeafChunk, slots: Int32Array | undefined, take: (slot: number, value: unknown) => void) => {
    const rows = readLeaf(bytes.get(chunk.path) as Uint8Array, chunk, options, slots, take);
    if (rows !== groupRows) throw new Error(`column ${chunk.path} has ${rows} rows where the row group has ${groupRows}`);
  };
  const tagChunk = chunks.find((chunk) => chunk.path === "pipeline_tag");
  if (!tagChunk) throw new Error("pipeline_tag is not a column of text in this row group");
  const slots = new Int32Array(groupRows).fill(-1);
  const tags: string[] = [];
  // A null is never handed over (parquet-leaves.ts): a row is untagged unless a tag came for it.
  const tagged = walk ? new Uint8Array(groupRows) : undefined;
  read(tagChunk, undefined, (row, tag) => {
    if (typeof tag === "string" && tracked.has(tag)) {
      slots[row] = tags.length;
      tags.push(tag);
    }
    if (tagged && !isUntagged(tag)) tagged[row] = 1;
  });
  const untaggedRows: number[] = [];
  if (tagged) for (let row = 0; row < groupRows; row++) if (tagged[row] === 0) untaggedRows.push(row);
  // Slots past the tracked rows' are the untagged rows' (slot - tracked = their index).
  const trackedRows = tags.length;
  let walkSlots: Int32Array | undefined;
  const firstParents: (string | undefined)[] = [];
  if (walk) {
    walkSlots = slots.slice();
    for (let u = 0; u < untaggedRows.length; u++) walkSlots[untaggedRows[u] as number] = trackedRows + u;
  }
  const group: GroupRows = { length: tags.length, tags, values: new Map(), parents: new Array(tags.length), relations: new Array(tags.length), parameters: new Array(tags.length) };
  const parentChunks = chunks.filter((chunk) => isParentId(chunk.path));
  for (const chunk of parentChunks) {
    read(chunk, walkSlots ?? slots, (slot, id) => {
      if (typeof id !== "string") return;
      if (slot < trackedRows) (group.parents[slot] ??= []).push(id);
      else if (id !== "") firstParents[slot - trackedRows] ??= id;
    });
  }
  if (walkSlots) {
    // An untagged row naming no parent ends every chain that reaches it: its id is not needed.
    for (let u = 0; u < untaggedRows.length; u++) if (firstParents[u] === undefined) walkSlots[untaggedRows[u] as number] = -1;
  }
  for (const chunk of chunks) {
    if (chunk === tagChunk || parentChunks.includes(chunk)) continue;
    if (chunk.path === RELATION_LEAF) {
      read(chunk, slots, (slot, relation) => (group.relations[slot] = relation));
    } else if (chunk.path === PARAMETERS_LEAF) {
      read(chunk, slots, (slot, total) => (group.parameters[slot] = total));
    } else if (chunk.path === "id" && walk && walkSlots) {
      const column = new Array<unknown>(tags.length);
      group.values.set("id", column);
      read(chunk, walkSlots, (slot, id) => {
        if (slot < trackedRows) {
          column[slot] = id;
          if (typeof id === "string") walk.trackedIds.add(id);
        } else if (typeof id === "string") walk.parents.set(id, firstParents[slot - trackedRows] as string);
      });
    } else {
      const column = new Array<unknown>(tags.length);
      group.values.set(chunk.path as Flat, column);
      read(chunk, slots, (slot, value) => (column[slot] = value));
    }
  }
  return group;
}

/** The rows of one row group kept as the dataset's records: a valid id and a creation date. */
function keepRows(group: GroupRows, into: ModelTable): void {
  const none: unknown[] = [];
  const column = (name: Flat) => group.values.get(name) ?? none;
  const [ids, authors, created, modified, downloads, libraries, likes] = (["id", "author", "createdAt", "lastModified", "downloads", "library_name", "likes"] as const).map(column) as [unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[]];
  const allTime = group.values.get("downloadsAllTime");
  for (let k = 0; k < group.length; k++) {
    const id = ids[k];
    if (typeof id !== "string" || !isHubId(id)) continue;
    const createdAt = moment(created[k]);
    if (createdAt === null) continue;
    const lineage = lineageOf(group.parents[k], group.relations[k]);
    const author = authors[k];
    const slash = id.indexOf("/");
    const record: ModelRecord = {
      id,
      author: typeof author === "string" ? author : slash > 0 ? id.slice(0, slash) : "",
      likes: count(likes[k]) ?? 0,
      downloads: count(downloads[k]) ?? 0,
      createdAt,
      private: false,
      gated: "false",
      library: stringOr(libraries[k], ""),
      usedStorage: null,
      spaces: 0,
      lastModified: moment(modified[k]),
      downloadsAllTime: allTime ? count(allTime[k]) : null,
      parameters: count(group.parameters[k]),
      baseModel: lineage.baseModel,
      relation: lineage.relation,
      license: "",
      downloadsAllTimePrevious: null,
      pipelineTag: group.tags[k] as string,
    };
    into.push(record);
  }
}

const stringOr = (value: unknown, fallback: string): string => (typeof value === "string" ? value : fallback);

/** A count: a number or a bigint, non-negative; null otherwise. */
function count(value: unknown): number | null {
  const n = typeof value === "bigint" ? Number(value) : value;
  return typeof n === "number" && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** A moment: epoch milliseconds (a timestamp), a Date, or ISO-8601 text; null when none or unreadable. */
function moment(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === "string" && /^\d{4}-\d\d-\d\d/.test(value)) {
    const ms = Date.parse(/[Zz]|[+-]\d\d:?\d\d$/.test(value) || value.length <= 10 ? value : `${value}Z`);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

/** Base Model and Relation from `baseModels`' leaves (the parents' ids, the relation), as the list's tags give them. */
function lineageOf(ids: readonly string[] | undefined, relation: unknown): { baseModel: string; relation: Relation } {
  const parents = [...new Set((ids ?? []).filter((id) => id !== ""))];
  if (parents.length === 0) return { baseModel: "", relation: "" };
  return { baseModel: parents.join(";"), relation: typeof relation === "string" && (RELATIONS as readonly string[]).includes(relation) ? (relation as Relation) : "" };
}
