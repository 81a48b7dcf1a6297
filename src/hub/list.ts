import { ObjectIdMap } from "../dataset/key-set.ts";
import type { ModelRecord } from "../dataset/record.ts";
import { ModelTable } from "../dataset/table.ts";
import { readJson, refused, TransientFault, type HubClient, type OpenResponse } from "./client.ts";
import { HubError } from "./errors.ts";
import { LIST_EXPAND, parseModelItem } from "./schema.ts";

export const PAGE_SIZE = 1000;
/** Pages of one chain asked for ahead of the one being read. */
const PAGES_AHEAD = 2;
/** Pages in a row that add no new model before the listing is called a loop (the real Hub never sends one). */
export const MAX_PAGES_WITHOUT_NEW_MODELS = 3;
/** With no other clue to the catalogue's size: ten times the 2M models this tool is built for. */
export const MAX_MODELS_WITHOUT_CLUE = 20_000_000;

export interface ListOptions {
  /** The pipeline tags to list, each its own cursor chain (the list API takes one tag a request). */
  tasks: readonly string[];
  /** Stop after this many models (a quick partial run). */
  maxModels?: number | undefined;
  /** Models in the previous dataset, if any: a listing far beyond it is a runaway. */
  previousModels?: number | undefined;
  /**
   * Keep private models. A token lists its owner's private models beside the public ones; they
   * are left out unless a private tracking repository asks for them.
   */
  includePrivate?: boolean | undefined;
  /**
   * The string an earlier dataset already holds for this id, if any: kept in place of the page's
   * copy, so that a weekly refresh holds each model's id once (≈ 40 MB of heap at 700k models).
   */
  knownId?: ((id: string) => string | undefined) | undefined;
  onPage?: (progress: ListProgress) => void;
}

export interface ListProgress {
  pages: number;
  models: number;
  /** The table the listing fills: this page's models are its last rows. */
  records: ModelTable;
  /** Whether this page's cursor chain goes on (false on a tag's last page). */
  more: boolean;
}

export interface MalformedReport {
  count: number;
  examples: Array<{ id: string; problem: string }>;
}

/** One tag's listing: its pages and the models it brought (before those of another tag were taken out). */
export interface TagListing {
  tag: string;
  pages: number;
  models: number;
}

export interface ListResult {
  records: ModelTable;
  pages: number;
  duplicates: number;
  /**
   * Models listed under two tags in one harvest (a card changed its tag while the chains ran):
   * kept once, with the tag of the listing that saw the later `lastModified` (the card's newer
   * commit); on a tie, the tag first in the set's canonical order.
   */
  retagged: number;
  /** Each tag's chain, in the order asked. */
  byTag: TagListing[];
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

/** What the chains of one listing share: the models, the `_id`s seen (with their rows), the counts. */
class Listing {
  readonly records: ModelTable;
  /** Each `_id` seen, with its row (-1: a private model left out). */
  readonly seen = new ObjectIdMap();
  readonly malformed: MalformedReport = { count: 0, examples: [] };
  readonly invalidIds: MalformedReport = { count: 0, examples: [] };
  duplicates = 0;
  retagged = 0;
  privateModels = 0;
  pages = 0;
  truncated = false;
  /** Set when a chain failed: the others stop at their next page. */
  failed = false;
  readonly limit: number;
  readonly #order: ReadonlyMap<string, number>;

  readonly options: ListOptions;

  constructor(options: ListOptions) {
    this.options = options;
    this.records = new ModelTable(Math.min(options.maxModels ?? options.previousModels ?? 0, MAX_RESERVED));
    this.limit = options.maxModels ?? Number.POSITIVE_INFINITY;
    this.#order = new Map(options.tasks.map((tag, i) => [tag, i]));
  }

  get full(): boolean {
    return this.records.length >= this.limit;
  }

  /** Takes one item of a page of `tag`'s chain; true when it was a model this chain had not brought before. */
  take(raw: unknown, tag: string): boolean {
    const result = parseModelItem(raw, tag);
    if (!result.ok) {
      const report = result.invalidId ? this.invalidIds : this.malformed;
      report.count++;
      if (report.examples.length < 5) report.examples.push({ id: result.id, problem: result.problem });
      return false;
    }
    const known = this.options.knownId?.(result.record.id);
    if (known !== undefined) result.record.id = known;
    const leftOut = result.record.private && !this.options.includePrivate;
    const row = this.seen.putIfAbsent(result.key, leftOut ? -1 : this.records.length);
    if (row !== undefined) {
      if (row < 0 || this.records.pipelineTag(row) === tag) {
        this.duplicates++;
        return false;
      }
      // Listed under another tag too: one row, the card's newer state.
      this.retagged++;
      if (this.#newer(result.record, row)) this.records.set(row, result.record);
      return true;
    }
    if (result.record.private) this.privateModels++;
    if (!leftOut) this.records.push(result.record);
    return true;
  }

  /** Whether `record` describes a later state of the model than row `row` (see ListResult.retagged). */
  #newer(record: ModelRecord, row: number): boolean {
    const then = this.records.lastModified(row) ?? Number.NEGATIVE_INFINITY;
    const now = record.lastModified ?? Number.NEGATIVE_INFINITY;
    if (now !== then) return now > then;
    return (this.#order.get(record.pipelineTag) ?? 0) < (this.#order.get(this.records.pipelineTag(row)) ?? 0);
  }
}

/**
 * Lists every model of the pipeline tags, one cursor chain a tag, the chains side by side (the
 * harvest takes as long as the longest, not the sum), merged on `_id`. A chain that fails stops
 * the others and fails the listing: nothing is written from part of the catalogue.
 */
export async function listModels(client: HubClient, options: ListOptions): Promise<ListResult> {
  const listing = new Listing(options);
  let chains: Array<TagListing & { complete: boolean }>;
  try {
    chains = await Promise.all(
      options.tasks.map((tag) =>
        listChain(client, tag, listing).catch((error: unknown) => {
          listing.failed = true; // the other chains stop at their next page
          throw error;
        }),
      ),
    );
  } catch (error) {
    listing.failed = true;
    throw error;
  }
  const complete = !listing.truncated && chains.every((chain) => chain.complete);
  return {
    records: listing.records,
    pages: listing.pages,
    duplicates: listing.duplicates,
    retagged: listing.retagged,
    byTag: chains.map(({ tag, pages, models }) => ({ tag, pages, models })),
    malformed: listing.malformed,
    invalidIds: listing.invalidIds,
    privateModels: listing.privateModels,
    complete,
  };
}

/**
 * One tag's cursor chain, newest first, 1000 per request, following `Link`. The next page is
 * requested as soon as the current page's headers arrive, so reading, parsing and validating a
 * body overlaps the next round trip.
 */
async function listChain(client: HubClient, tag: string, listing: Listing): Promise<TagListing & { complete: boolean }> {
  const options = listing.options;
  const records = listing.records;
  let pages = 0;
  let brought = 0;
  let url: string | undefined = listUrl(client.endpoint, tag);
  /** Every URL requested, with its page number: the Hub's cursor must never lead back. */
  const requested = new Map<string, number>();
  /**
   * Pages asked for before their turn. A page's successor is asked for the moment its headers
   * arrive, whatever this loop is doing (reading and checking an earlier page's models, a pause
   * for garbage collection): the chain runs at the Hub's pace. At most PAGES_AHEAD at a time.
   */
  const ahead = new Map<string, Promise<OpenResponse>>();
  const prefetch = (target: string, from: string): void => {
    if (ahead.has(target) || ahead.size >= PAGES_AHEAD || listing.failed || records.length + PAGE_SIZE * (ahead.size + 1) >= listing.limit) return;
    const opened = client.open(target);
    ahead.set(target, opened);
    opened.then(
      (page) => {
        if (page.status !== 200 || listing.failed) return;
        const link = nextLink(page.headers.get("link"));
        if (link === undefined) return;
        let following: string;
        try {
          following = client.onEndpoint(new URL(link, target).toString(), target);
        } catch {
          return; // the loop reports it when the page's turn comes
        }
        if (badNextLink(following, target, requested) === undefined && following !== from) prefetch(following, target);
      },
      () => {}, // handled when the page's turn comes
    );
  };
  let pagesWithoutNew = 0;
  let runaway: number | undefined;
  const name = options.tasks.length > 1 ? `${tag} list page` : "list page";
  const fail = (page: number, url: string, problem: string) =>
    new HubError(`${name} ${page}: ${problem}; stopped after ${page} pages and ${records.length} models, nothing written: ${url}`, { url, attempts: 1 });

  while (url !== undefined && !listing.full && !listing.failed) {
    const pageUrl: string = url;
    const pageNumber = pages + 1;
    const what = `${name} ${pageNumber}`;
    requested.set(new URL(pageUrl).toString(), pageNumber);
    let next: string | undefined;
    let linkRead = false;

    const items = await client.withRetries(what, pageUrl, async () => {
      const pending = ahead.get(pageUrl) ?? client.open(pageUrl);
      ahead.delete(pageUrl);
      const page = await pending;
      if (page.status !== 200) throw await refused(what, pageUrl, page);
      if (!linkRead) {
        linkRead = true;
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
          if (total !== undefined) records.reserve(Math.min(records.length + total + PAGE_SIZE, listing.limit, MAX_RESERVED));
        }
        if (next !== undefined) prefetch(next, pageUrl);
      }
      const body = await readJson(page);
      if (!Array.isArray(body)) throw new TransientFault("page is not a JSON array", page.status);
      return body as unknown[];
    });

    // Another chain failed meanwhile: the listing is over, and this page says nothing more.
    if (listing.failed) break;
    pages++;
    listing.pages++;
    let fresh = 0;
    for (const raw of items) {
      if (listing.take(raw, tag)) fresh++;
      if (listing.full) {
        listing.truncated ||= raw !== items[items.length - 1] || next !== undefined;
        break;
      }
    }
    brought += fresh;
    options.onPage?.({ pages: listing.pages, models: records.length, records, more: next !== undefined });
    pagesWithoutNew = fresh > 0 ? 0 : pagesWithoutNew + 1;
    if (next !== undefined && pagesWithoutNew >= MAX_PAGES_WITHOUT_NEW_MODELS) {
      throw fail(pages, pageUrl, `${pagesWithoutNew} pages in a row brought no new model, yet the Hub still sends a next link`);
    }
    if (next !== undefined && brought > (runaway ?? Number.POSITIVE_INFINITY)) {
      throw fail(pages, pageUrl, `the listing passed ${runaway} models, far more than the catalogue can hold (see docs/harvest.md, "How the harvest works")`);
    }
    url = next;
  }
  // Pages asked for that will not be read: their answers are let go.
  for (const opened of ahead.values()) opened.then((page) => page.response.body?.cancel(), () => {});
  return { tag, pages, models: brought, complete: url === undefined };
}

/** The Hub's `X-Total-Count`, when it sends one. */
function totalCount(headers: Headers): number | undefined {
  const value = headers.get("x-total-count");
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}
