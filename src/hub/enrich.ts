import type { PreviousDataset } from "../dataset/previous.ts";
import type { ModelRecord } from "../dataset/record.ts";
import { BudgetSpent, readJson, refused, type HubClient } from "./client.ts";

export interface EnrichOptions {
  /** Most single-model requests to send, retries and redirects included; 0 sends none. */
  budget: number;
  /** Wall-clock limit for the phase, in minutes. */
  minutes: number;
  concurrency?: number;
  onProgress?: (progress: EnrichProgress) => void;
  /** A model whose request failed for good (after retries): it stays unknown this run. */
  onFailure?: (id: string, error: unknown) => void;
}

export interface EnrichProgress {
  done: number;
  queued: number;
}

export interface EnrichReport {
  /** Models whose storage was reused from the previous dataset (unchanged since). */
  carried: number;
  /** Models whose storage was learned in this run. */
  learned: number;
  /** Repositories that answered 401/404: gone since the listing. */
  gone: number;
  /** Requests that failed for good (after retries); those models stay unknown. */
  failed: number;
  /** Models still without storage after the phase. */
  backlog: number;
  requests: number;
  /** Of those requests, how many were retries after a fault, and how many times a 429 was waited out. */
  retries: number;
  rateLimited: number;
  stoppedBy: "done" | "budget" | "time";
  known: number;
  total: number;
  /** Wall time of the phase. */
  seconds: number;
}

/**
 * The previous dataset is the cache: a model keeps its storage while its `Last Modified`
 * is unchanged. Returns how many values were carried forward.
 */
export function carryForwardStorage(records: ModelRecord[], previous: PreviousDataset): number {
  let carried = 0;
  for (const record of records) {
    if (record.usedStorage !== null) continue;
    const storage = previous.unchanged(record.id, record.lastModified);
    if (storage !== null) {
      record.usedStorage = storage;
      carried++;
    }
  }
  return carried;
}

/** Most downloaded first, then newest, then by id so the order is total. */
export function enrichmentQueue(records: readonly ModelRecord[]): ModelRecord[] {
  return records
    .filter((record) => record.usedStorage === null)
    .sort((a, b) => b.downloads - a.downloads || b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function storageUrl(endpoint: string, id: string): string {
  return `${endpoint}/api/models/${id.split("/").map(encodeURIComponent).join("/")}?expand=usedStorage&expand=lastModified`;
}

/**
 * Learns `usedStorage` for the models that lack it, most downloaded first, with concurrent
 * requests paced by the client's rate limiter, until the queue, the request budget or the
 * time runs out. Records are updated in place, so whatever was learned is kept.
 */
export async function enrichStorage(client: HubClient, records: ModelRecord[], options: EnrichOptions): Promise<Omit<EnrichReport, "carried">> {
  const queue = enrichmentQueue(records);
  const started = Date.now();
  const deadline = started + options.minutes * 60_000;
  const report = { learned: 0, gone: 0, failed: 0, requests: 0, stoppedBy: "done" as EnrichReport["stoppedBy"] };
  const requestsBefore = client.requests;
  const retriesBefore = client.retries;
  const rateLimitedBefore = client.rateLimited;
  client.requestBudget = options.budget;
  let next = 0;
  let done = 0;

  const worker = async (): Promise<void> => {
    while (next < queue.length && report.stoppedBy === "done") {
      if (Date.now() >= deadline) {
        report.stoppedBy = "time";
        return;
      }
      const record = queue[next++] as ModelRecord;
      try {
        const outcome = await fetchStorage(client, record.id);
        if (outcome === "gone") report.gone++;
        else {
          record.usedStorage = outcome;
          report.learned++;
        }
      } catch (error) {
        if (error instanceof BudgetSpent) {
          report.stoppedBy = "budget";
          return;
        }
        report.failed++;
        options.onFailure?.(record.id, error);
      }
      done++;
      options.onProgress?.({ done, queued: queue.length });
    }
  };
  try {
    if (options.budget > 0 && options.minutes > 0) {
      await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, queue.length) }, worker));
    } else if (queue.length > 0) {
      report.stoppedBy = options.budget <= 0 ? "budget" : "time";
    }
  } finally {
    client.requestBudget = undefined;
  }
  const known = records.reduce((n, r) => n + (r.usedStorage === null ? 0 : 1), 0);
  return {
    ...report,
    requests: client.requests - requestsBefore,
    retries: client.retries - retriesBefore,
    rateLimited: client.rateLimited - rateLimitedBefore,
    backlog: records.length - known,
    known,
    total: records.length,
    seconds: (Date.now() - started) / 1000,
  };
}

/** One model's storage in bytes, or "gone" for a repository the Hub no longer has. Renames (307) are followed by the client. */
async function fetchStorage(client: HubClient, id: string): Promise<number | "gone"> {
  const url = storageUrl(client.endpoint, id);
  return client.withRetries(`storage of ${id}`, url, async () => {
    const page = await client.open(url);
    if (page.status === 401 || page.status === 404) {
      await page.response.body?.cancel();
      return "gone";
    }
    if (page.status !== 200) throw await refused(`storage of ${id}`, url, page);
    const body = await readJson(page);
    const bytes = body && typeof body === "object" ? (body as { usedStorage?: unknown }).usedStorage : undefined;
    if (typeof bytes !== "number" || !Number.isSafeInteger(bytes) || bytes < 0) {
      throw new Error(`the Hub answered no usedStorage for ${id}`);
    }
    return bytes;
  });
}
