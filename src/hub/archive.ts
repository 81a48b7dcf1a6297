/**
 * The Hub's public weekly archive of its own catalogue (ARCHIVE-FACTS): the weeks listed through
 * the tree API (paged by `Link`), and one week's `models.parquet` read by range requests only —
 * its footer, then the column chunks of the columns needed, one row group at a time — into the
 * dataset's own rows, for the models whose pipeline tag *in that week's file* is tracked. Columns
 * are picked by name from each file's own schema: they come and go, and dates are timestamps or
 * ISO text. Columns the archive lacks (Used Storage, Spaces, Gated, Private, License) stay empty.
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
const WANTED = ["id", "author", "pipeline_tag", "createdAt", "lastModified", "downloads", "downloadsAllTime", "likes", "library_name", "baseModels", "safetensors"] as const;
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
    const data = new Map<string, unknown[]>();
    try {
      await parquetRead({
        file,
        metadata,
        columns,
        rowStart,
        rowEnd,
        compressors,
        parsers: PARSERS,
        onChunk: (chunk) => {
          const into = data.get(chunk.columnName) ?? [];
          // A chunk may cover rows before or after the group's (a page of a neighbour): keep the group's.
          const from = Math.max(rowStart, chunk.rowStart);
          const to = Math.min(rowEnd, chunk.rowEnd);
          for (let r = from; r < to; r++) into[r - rowStart] = (chunk.columnData as ArrayLike<unknown>)[r - chunk.rowStart];
          data.set(chunk.columnName, into);
        },
      });
    } catch (error) {
      if (error instanceof HubError) throw error;
      throw new ArchiveError(`${what} (${week.path}): row group ${g + 1} does not decode: ${(error as Error).message}`, { url: resolveUrl, attempts: 1, cause: error });
    }
    takeRows(data, rowEnd - rowStart, tracked, records);
    rowStart = rowEnd;
    onGroup?.(g + 1, groups.length);
  }
  return { week, records, rows: rowStart, columns, bytesRead: file.bytesRead, fileBytes: file.byteLength, requests: file.requests };
}

/** The tracked rows of one row group, as the dataset's records. */
function takeRows(data: Map<string, unknown[]>, n: number, tracked: ReadonlySet<string>, into: ModelTable): void {
  const column = (name: Wanted) => data.get(name);
  const [ids, tagsOf] = [column("id") as unknown[], column("pipeline_tag") as unknown[]];
  const [authors, created, modified, downloads, allTime, likes, libraries, bases, safetensors] =
    (["author", "createdAt", "lastModified", "downloads", "downloadsAllTime", "likes", "library_name", "baseModels", "safetensors"] as const).map(column);
  for (let i = 0; i < n; i++) {
    const tag = tagsOf[i];
    if (typeof tag !== "string" || !tracked.has(tag)) continue;
    const id = ids[i];
    if (typeof id !== "string" || !isHubId(id)) continue;
    const createdAt = moment(created?.[i]);
    if (createdAt === null) continue;
    const lineage = lineageOf(bases?.[i]);
    const author = authors?.[i];
    const slash = id.indexOf("/");
    const record: ModelRecord = {
      id,
      author: typeof author === "string" ? author : slash > 0 ? id.slice(0, slash) : "",
      likes: count(likes?.[i]) ?? 0,
      downloads: count(downloads?.[i]) ?? 0,
      createdAt,
      private: false,
      gated: "false",
      library: typeof libraries?.[i] === "string" ? (libraries[i] as string) : "",
      usedStorage: null,
      spaces: 0,
      lastModified: moment(modified?.[i]),
      downloadsAllTime: allTime ? count(allTime[i]) : null,
      parameters: count(field(safetensors?.[i], "total")),
      baseModel: lineage.baseModel,
      relation: lineage.relation,
      license: "",
      downloadsAllTimePrevious: null,
      pipelineTag: tag,
    };
    into.push(record);
  }
}

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

/** A struct's field, or the field of a struct stored as JSON text (*unsure* in the facts). */
function field(value: unknown, name: string): unknown {
  if (typeof value === "string") {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  return value && typeof value === "object" ? (value as Record<string, unknown>)[name] : undefined;
}

/** Base Model and Relation from `baseModels` ({models: [{_id, id}], relation}), as the list's tags give them. */
function lineageOf(value: unknown): { baseModel: string; relation: Relation } {
  const models = field(value, "models");
  const relation = field(value, "relation");
  const parents: string[] = [];
  if (Array.isArray(models)) {
    for (const m of models) {
      const id = field(m, "id");
      if (typeof id === "string" && id !== "" && !parents.includes(id)) parents.push(id);
    }
  }
  if (parents.length === 0) return { baseModel: "", relation: "" };
  return { baseModel: parents.join(";"), relation: typeof relation === "string" && (RELATIONS as readonly string[]).includes(relation) ? (relation as Relation) : "" };
}
