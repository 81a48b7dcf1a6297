import { ObjectIdSet } from "../dataset/key-set.ts";
import { ModelTable } from "../dataset/table.ts";
import { readJson, refused, TransientFault, type HubClient, type OpenResponse } from "./client.ts";
import { HubError } from "./errors.ts";
import { LIST_EXPAND, parseModelItem } from "./schema.ts";

export const PAGE_SIZE = 1000;
/** Pages in a row that add no new model before the listing is called a loop (the real Hub never sends one). */
export const MAX_PAGES_WITHOUT_NEW_MODELS = 3;
/** With no other clue to the catalogue's size: ten times the 2M models this tool is built for. */
export const MAX_MODELS_WITHOUT_CLUE = 20_000_000;

export interface ListOptions {
  task: string;
  /** Stop after this many models (a quick partial run). */
  maxModels?: number | undefined;
  /** Models in the previous dataset, if any: a listing far beyond it is a runaway. */
  previousModels?: number | undefined;
  /**
   * Keep private models. A token lists its owner's private models beside the public ones; they
   * are left out unless a private tracking repository asks for them.
   */
  includePrivate?: boolean | undefined;
  onPage?: (progress: ListProgress) => void;
}

export interface ListProgress {
  pages: number;
  models: number;
}

export interface MalformedReport {
  count: number;
  examples: Array<{ id: string; problem: string }>;
}

export interface ListResult {
  records: ModelTable;
  pages: number;
  duplicates: number;
  malformed: MalformedReport;
  /** Items whose id the Hub never issues (see isHubId): left out. */
  invalidIds: MalformedReport;
  /** Private models the Hub listed: left out, or kept with `includePrivate`. */
  privateModels: number;
  /** False when `maxModels` stopped the listing before the last page. */
  complete: boolean;
}

export function listUrl(endpoint: string, task: string): string {
  const params = new URLSearchParams({ pipeline_tag: task, sort: "createdAt", limit: String(PAGE_SIZE) });
  for (const field of LIST_EXPAND) params.append("expand", field);
  return `${endpoint}/api/models?${params}`;
}

/**
 * The `rel="next"` target of a `Link` header, exactly as given (RFC 8288: several links, each
 * `<url>` with `;`-separated parameters, spacing free, `rel` a quoted or bare list of relations).
 */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/s.exec(part);
    if (!match) continue;
    for (const param of (match[2] ?? "").split(";")) {
      const rel = /^\s*rel\s*=\s*(?:"([^"]*)"|([^\s"]+))\s*$/i.exec(param);
      if (rel && (rel[1] ?? rel[2] ?? "").toLowerCase().split(/\s+/).includes("next")) return match[1];
    }
  }
  return undefined;
}

/** Columns are sized up front for at most this many models; past it, they grow as models arrive. */
const MAX_RESERVED = 2_500_000;

/**
 * The most models a listing may bring before it is called a runaway: half again the Hub's
 * `X-Total-Count` when it sends one, else three times the previous dataset plus 10,000, else
 * MAX_MODELS_WITHOUT_CLUE.
 */
export function runawayLimit(totalCount: number | undefined, previousModels: number | undefined): number {
  if (totalCount !== undefined) return Math.ceil(totalCount * 1.5) + PAGE_SIZE;
  if (previousModels !== undefined) return previousModels * 3 + 10_000;
  return MAX_MODELS_WITHOUT_CLUE;
}

/** Why the next link must not be followed, or undefined when it may. */
function badNextLink(next: string, current: string, requested: Map<string, number>): string | undefined {
  const earlier = requested.get(next);
  if (earlier !== undefined) return `its next link repeats the URL of page ${earlier} (a cursor loop)`;
  const cursor = new URL(next).searchParams.get("cursor");
  if (cursor !== null && cursor === new URL(current).searchParams.get("cursor")) return "its next link carries the same cursor again (the cursor stopped advancing)";
  return undefined;
}

/**
 * Lists every model of a pipeline tag, newest first, 1000 per request, following the
 * `Link` cursor chain. The next page is requested as soon as the current page's headers
 * arrive, so reading, parsing and validating a body overlaps the next round trip.
 */
export async function listModels(client: HubClient, options: ListOptions): Promise<ListResult> {
  const records = new ModelTable(Math.min(options.maxModels ?? options.previousModels ?? 0, MAX_RESERVED));
  const seen = new ObjectIdSet();
  const malformed: MalformedReport = { count: 0, examples: [] };
  const invalidIds: MalformedReport = { count: 0, examples: [] };
  let duplicates = 0;
  let privateModels = 0;
  let pages = 0;
  let truncated = false;
  let url: string | undefined = listUrl(client.endpoint, options.task);
  let headStart: Promise<OpenResponse> | undefined;
  const limit = options.maxModels ?? Number.POSITIVE_INFINITY;
  /** Every URL requested, with its page number: the Hub's cursor must never lead back. */
  const requested = new Map<string, number>();
  let pagesWithoutNew = 0;
  let runaway: number | undefined;
  const fail = (page: number, url: string, problem: string) =>
    new HubError(`list page ${page}: ${problem}; stopped after ${page} pages and ${records.length} models, nothing written: ${url}`, { url, attempts: 1 });

  while (url !== undefined && records.length < limit) {
    const pageUrl: string = url;
    const pageNumber = pages + 1;
    const what = `list page ${pageNumber}`;
    requested.set(new URL(pageUrl).toString(), pageNumber);
    let next: string | undefined;
    let nextStarted: Promise<OpenResponse> | undefined;
    const wantMore = () => records.length + PAGE_SIZE < limit;

    const items = await client.withRetries(what, pageUrl, async () => {
      const pending = headStart ?? client.open(pageUrl);
      headStart = undefined;
      const page = await pending;
      if (page.status !== 200) throw await refused(what, pageUrl, page);
      if (nextStarted === undefined) {
        next = nextLink(page.headers.get("link"));
        if (next !== undefined) {
          // On the endpoint's origin, or on a mirror when it passes the canonical Hub's link through.
          next = client.onEndpoint(new URL(next, pageUrl).toString(), pageUrl);
          const problem = badNextLink(next, pageUrl, requested);
          if (problem) throw fail(pageNumber, pageUrl, problem);
        }
        if (runaway === undefined) {
          const total = totalCount(page.headers);
          runaway = runawayLimit(total, options.previousModels);
          // A Hub that claims more than it sends costs at most the reservation's cap.
          if (total !== undefined) records.reserve(Math.min(total + PAGE_SIZE, limit, MAX_RESERVED));
        }
        if (next !== undefined && wantMore()) {
          nextStarted = client.open(next);
          nextStarted.catch(() => {}); // handled when the next page consumes it
        }
      }
      const body = await readJson(page);
      if (!Array.isArray(body)) throw new TransientFault("page is not a JSON array", page.status);
      return body as unknown[];
    });

    pages++;
    const before = seen.size;
    for (const raw of items) {
      const result = parseModelItem(raw);
      if (!result.ok) {
        const report = result.invalidId ? invalidIds : malformed;
        report.count++;
        if (report.examples.length < 5) report.examples.push({ id: result.id, problem: result.problem });
        continue;
      }
      if (!seen.add(result.key)) {
        duplicates++;
        continue;
      }
      if (result.record.private) {
        privateModels++;
        if (!options.includePrivate) continue;
      }
      records.push(result.record);
      if (records.length >= limit) {
        truncated = raw !== items[items.length - 1];
        break;
      }
    }
    options.onPage?.({ pages, models: records.length });
    pagesWithoutNew = seen.size > before ? 0 : pagesWithoutNew + 1;
    if (next !== undefined && pagesWithoutNew >= MAX_PAGES_WITHOUT_NEW_MODELS) {
      throw fail(pages, pageUrl, `${pagesWithoutNew} pages in a row brought no new model, yet the Hub still sends a next link`);
    }
    if (next !== undefined && records.length > (runaway ?? Number.POSITIVE_INFINITY)) {
      throw fail(pages, pageUrl, `the listing passed ${runaway} models, far more than the catalogue can hold (see "How the harvest works" in the README)`);
    }
    url = next;
    headStart = nextStarted;
  }
  return { records, pages, duplicates, malformed, invalidIds, privateModels, complete: url === undefined && !truncated };
}

/** The Hub's `X-Total-Count`, when it sends one. */
function totalCount(headers: Headers): number | undefined {
  const value = headers.get("x-total-count");
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}
