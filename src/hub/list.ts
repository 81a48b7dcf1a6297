import type { ModelRecord } from "../dataset/record.ts";
import { readJson, refused, TransientFault, type HubClient, type OpenResponse } from "./client.ts";
import { LIST_EXPAND, parseModelItem } from "./schema.ts";

export const PAGE_SIZE = 1000;

export interface ListOptions {
  task: string;
  /** Stop after this many models (a quick partial run). */
  maxModels?: number | undefined;
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
  records: ModelRecord[];
  pages: number;
  duplicates: number;
  malformed: MalformedReport;
  /** False when `maxModels` stopped the listing before the last page. */
  complete: boolean;
}

export function listUrl(endpoint: string, task: string): string {
  const params = new URLSearchParams({ pipeline_tag: task, sort: "createdAt", limit: String(PAGE_SIZE) });
  for (const field of LIST_EXPAND) params.append("expand", field);
  return `${endpoint}/api/models?${params}`;
}

/** The `rel="next"` target of a `Link` header, exactly as given. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match && /;\s*rel="?next"?(?:\s*;|\s*$)/i.test(match[2] ?? "")) return match[1];
  }
  return undefined;
}

/**
 * Lists every model of a pipeline tag, newest first, 1000 per request, following the
 * `Link` cursor chain. The next page is requested as soon as the current page's headers
 * arrive, so reading, parsing and validating a body overlaps the next round trip.
 */
export async function listModels(client: HubClient, options: ListOptions): Promise<ListResult> {
  const records: ModelRecord[] = [];
  const seen = new Set<string>();
  const malformed: MalformedReport = { count: 0, examples: [] };
  let duplicates = 0;
  let pages = 0;
  let truncated = false;
  let url: string | undefined = listUrl(client.endpoint, options.task);
  let headStart: Promise<OpenResponse> | undefined;
  const limit = options.maxModels ?? Number.POSITIVE_INFINITY;

  while (url !== undefined && records.length < limit) {
    const pageUrl: string = url;
    const what = `list page ${pages + 1}`;
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
    for (const raw of items) {
      const result = parseModelItem(raw);
      if (!result.ok) {
        malformed.count++;
        if (malformed.examples.length < 5) malformed.examples.push({ id: result.id, problem: result.problem });
        continue;
      }
      if (seen.has(result.key)) {
        duplicates++;
        continue;
      }
      seen.add(result.key);
      records.push(result.record);
      if (records.length >= limit) {
        truncated = raw !== items[items.length - 1];
        break;
      }
    }
    options.onPage?.({ pages, models: records.length });
    url = next;
    headStart = nextStarted;
  }
  return { records, pages, duplicates, malformed, complete: url === undefined && !truncated };
}
