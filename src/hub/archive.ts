/**
 * The Hub's public weekly archive of its own catalogue (ARCHIVE-FACTS): the weeks listed through
 * the tree API (paged by `Link`), and one week's `models.parquet` read by range requests only —
 * its footer, then the column chunks of the columns needed, one row group at a time — into the
 * dataset's own rows, for the models whose pipeline tag *in that week's file* is tracked. Columns
 * are picked by name from each file's own schema: they come and go, and dates are timestamps or
 * ISO text. Columns the archive lacks (Used Storage, Spaces, Gated, Private, License) stay empty,
 * and so does Parameters: the archive has it only inside `safetensors`, a struct with a map whose
 * assembly for 3M rows cost more CPU than the rest of the week together.
 */
import { parquetMetadataAsync, parquetRead, parquetSchema, type FileMetaData } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { ModelTable } from "../dataset/table.ts";
import { RELATIONS, type ModelRecord, type Relation } from "../dataset/record.ts";
import { readJson, refused, TransientFault, type HubClient } from "./client.ts";
import { HubError } from "./errors.ts";
import { nextLink } from "./list.ts";
import { FOOTER_BYTES, RangeFile } from "./range-file.ts";
import { isHubId } from "./schema.ts";

export const DEFAULT_ARCHIVE = "hfmlsoc/hub_weekly_snapshots";

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

/** The archive's columns this reader uses, by name; `id` and `pipeline_tag` must be there. */
const WANTED = ["id", "author", "pipeline_tag", "createdAt", "lastModified", "downloads", "downloadsAllTime", "likes", "library_name", "baseModels"] as const;
type Wanted = (typeof WANTED)[number];

export interface WeekRead {
  week: ArchiveWeek;
  /** The tracked models of the week, in the file's order. */
  records: ModelTable;
  /** Rows in the whole file, every pipeline tag. */
  rows: number;
  /** Which of the columns read the file has (a file before 2025-02-27 has no downloadsAllTime). */
  columns: Wanted[];
  bytesRead: number;
  fileBytes: number;
  requests: number;
}

/** hyparquet's timestamps as epoch milliseconds (no Date a value). */
const PARSERS = {
  timestampFromMilliseconds: (v: bigint) => Number(v),
  timestampFromMicroseconds: (v: bigint) => Number(v / 1000n),
  timestampFromNanoseconds: (v: bigint) => Number(v / 1000000n),
};

/**
 * Reads one week: the footer, then row group by row group the chunks of the wanted columns the
 * file has, keeping the rows whose pipeline tag is tracked. Only one row group's columns are in
 * memory at a time.
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
  const tracked = new Set(tags);
  const records = new ModelTable(1024);
  let rowStart = 0;
  const groups = metadata.row_groups;
  for (const [g, group] of groups.entries()) {
    const rowEnd = rowStart + Number(group.num_rows);
    const data = new Map<string, Chunk[]>();
    try {
      await parquetRead({
        file,
        metadata,
        columns,
        rowStart,
        rowEnd,
        compressors,
        parsers: PARSERS,
        // Each leaf column's pages as they are decoded (no copy), never assembled into objects: a struct
        // of lists (baseModels) assembled for 3M rows cost more CPU than all the other columns.
        onPage: (page) => {
          const key = page.pathInSchema.join(".");
          const chunks = data.get(key) ?? [];
          chunks.push({ start: page.rowStart, end: page.rowEnd, values: page.columnData as ArrayLike<unknown> });
          data.set(key, chunks);
        },
      });
    } catch (error) {
      if (error instanceof HubError) throw error;
      throw new ArchiveError(`${what} (${week.path}): row group ${g + 1} does not decode: ${(error as Error).message}`, { url: resolveUrl, attempts: 1, cause: error });
    }
    takeRows(data, rowStart, rowEnd, tracked, records);
    rowStart = rowEnd;
    onGroup?.(g + 1, groups.length);
  }
  return { week, records, rows: rowStart, columns, bytesRead: file.bytesRead, fileBytes: file.byteLength, requests: file.requests };
}

/** Decoded values of rows [start, end) of one column (a page, or a whole column chunk). */
interface Chunk {
  start: number;
  end: number;
  values: ArrayLike<unknown>;
}

/** A column's value at a row, read through its chunks (rows are asked for in order: the chunk found last is tried first). */
function columnReader(chunks: Chunk[] | undefined): ((row: number) => unknown) | undefined {
  if (!chunks) return undefined;
  chunks.sort((a, b) => a.start - b.start);
  let k = 0;
  return (row) => {
    let chunk = chunks[k];
    if (!chunk || row < chunk.start || row >= chunk.end) {
      k = chunks.findIndex((c) => row >= c.start && row < c.end);
      chunk = chunks[k];
      if (!chunk) return undefined;
    }
    return chunk.values[row - chunk.start];
  };
}

/** The tracked rows of one row group (rows [start, end) of the file), as the dataset's records. */
function takeRows(data: Map<string, Chunk[]>, start: number, end: number, tracked: ReadonlySet<string>, into: ModelTable): void {
  const none = () => undefined;
  const column = (name: Wanted) => columnReader(data.get(name));
  const ids = column("id") ?? none;
  const tagsOf = column("pipeline_tag") ?? none;
  const [authors, created, modified, downloads, allTime, likes, libraries] =
    (["author", "createdAt", "lastModified", "downloads", "downloadsAllTime", "likes", "library_name"] as const).map(column);
  // baseModels' leaves: the parents' ids (a list a row; the list's own names vary by writer) and the relation.
  const leaf = (test: (path: string) => boolean) => {
    const path = [...data.keys()].find((key) => key.startsWith("baseModels.") && test(key));
    return path === undefined ? undefined : columnReader(data.get(path));
  };
  const parentIds = leaf((path) => path.endsWith(".id") && path.includes(".models."));
  const relations = leaf((path) => path === "baseModels.relation");
  for (let i = start; i < end; i++) {
    const tag = tagsOf(i);
    if (typeof tag !== "string" || !tracked.has(tag)) continue;
    const id = ids(i);
    if (typeof id !== "string" || !isHubId(id)) continue;
    const createdAt = moment(created?.(i));
    if (createdAt === null) continue;
    const lineage = lineageOf(parentIds?.(i), relations?.(i));
    const author = authors?.(i);
    const slash = id.indexOf("/");
    const record: ModelRecord = {
      id,
      author: typeof author === "string" ? author : slash > 0 ? id.slice(0, slash) : "",
      likes: count(likes?.(i)) ?? 0,
      downloads: count(downloads?.(i)) ?? 0,
      createdAt,
      private: false,
      gated: "false",
      library: stringOr(libraries?.(i), ""),
      usedStorage: null,
      spaces: 0,
      lastModified: moment(modified?.(i)),
      downloadsAllTime: allTime ? count(allTime(i)) : null,
      // safetensors is a struct with a map of every dtype: assembling it for 3M rows cost most of a week's CPU.
      parameters: null,
      baseModel: lineage.baseModel,
      relation: lineage.relation,
      license: "",
      downloadsAllTimePrevious: null,
      pipelineTag: tag,
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
function lineageOf(ids: unknown, relation: unknown): { baseModel: string; relation: Relation } {
  const parents: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      if (value !== "" && !parents.includes(value)) parents.push(value);
    } else if (Array.isArray(value)) for (const v of value) visit(v);
  };
  visit(ids);
  if (parents.length === 0) return { baseModel: "", relation: "" };
  // A leaf under an optional struct comes wrapped in a list a level of nesting: its first string.
  let kind = relation;
  while (Array.isArray(kind)) kind = kind[0];
  return { baseModel: parents.join(";"), relation: typeof kind === "string" && (RELATIONS as readonly string[]).includes(kind) ? (kind as Relation) : "" };
}
