import type { PreviousDataset } from "../dataset/previous.ts";
import { compareIds } from "../dataset/record.ts";
import type { ModelTable } from "../dataset/table.ts";
import { isPlaceholderDate } from "../dataset/record.ts";
import { BudgetSpent, hubErrorText, isRefusedToken, readJson, refused, type HubClient } from "./client.ts";
import { TokenRefused } from "./errors.ts";
import { isHubId } from "./schema.ts";

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
  /** Repositories that answered 404 `RepoNotFound` (with a token) or 401 (anonymous): gone since the listing. */
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
export function carryForwardStorage(records: ModelTable, previous: PreviousDataset): number {
  if (previous.size === 0) return 0;
  let carried = 0;
  for (let i = 0; i < records.length; i++) {
    if (records.usedStorage(i) !== null) continue;
    const storage = previous.unchanged(records.id(i), records.lastModified(i));
    if (storage !== null) {
      records.setUsedStorage(i, storage);
      carried++;
    }
  }
  return carried;
}

/**
 * The rows whose storage is unknown: most downloaded first, then newest, then by id so the order
 * is total. An id the Hub never issues (in a dataset written before ids were checked) is never
 * put in a request URL.
 */
export function enrichmentQueue(records: ModelTable): Uint32Array {
  let unknown = 0;
  for (let i = 0; i < records.length; i++) if (isWanted(records, i)) unknown++;
  const queue = new Uint32Array(unknown);
  for (let i = 0, k = 0; i < records.length; i++) if (isWanted(records, i)) queue[k++] = i;
  return queue.sort((a, b) => records.downloads(b) - records.downloads(a) || records.createdAt(b) - records.createdAt(a) || compareIds(records.id(a), records.id(b)));
}

function isWanted(records: ModelTable, i: number): boolean {
  return records.usedStorage(i) === null && isHubId(records.id(i));
}

/** Whether any model would be queued: what a run that sends no request reports as stopping it. */
function anyWanted(records: ModelTable): boolean {
  for (let i = 0; i < records.length; i++) if (isWanted(records, i)) return true;
  return false;
}

export function storageUrl(endpoint: string, id: string): string {
  return `${endpoint}/api/models/${id.split("/").map(encodeURIComponent).join("/")}?expand=usedStorage&expand=lastModified&expand=createdAt`;
}

/**
 * Learns `usedStorage` for the models that lack it, most downloaded first, with concurrent
 * requests paced by the client's rate limiter, until the queue, the request budget or the
 * time runs out. Records are updated in place, so whatever was learned is kept.
 */
export async function enrichStorage(client: HubClient, records: ModelTable, options: EnrichOptions): Promise<Omit<EnrichReport, "carried">> {
  const sending = options.budget > 0 && options.minutes > 0;
  // Ordering the whole backlog costs a sort of every unknown model: only when requests will go out.
  const queue = sending ? enrichmentQueue(records) : new Uint32Array(0);
  const started = Date.now();
  const deadline = started + options.minutes * 60_000;
  const report = { learned: 0, gone: 0, failed: 0, requests: 0, stoppedBy: "done" as EnrichReport["stoppedBy"] };
  const requestsBefore = client.requests;
  const retriesBefore = client.retries;
  const rateLimitedBefore = client.rateLimited;
  client.requestBudget = options.budget;
  let next = 0;
  let done = 0;
  /** A refused token ends the phase for every worker: each further request would be refused alike. */
  let fatal: TokenRefused | undefined;

  const worker = async (): Promise<void> => {
    while (next < queue.length && report.stoppedBy === "done" && !fatal) {
      if (Date.now() >= deadline) {
        report.stoppedBy = "time";
        return;
      }
      const row = queue[next++] as number;
      const id = records.id(row);
      try {
        const outcome = await fetchStorage(client, id, records.createdAt(row));
        if (outcome === "gone") report.gone++;
        else {
          records.setUsedStorage(row, outcome);
          report.learned++;
        }
      } catch (error) {
        if (error instanceof BudgetSpent) {
          report.stoppedBy = "budget";
          return;
        }
        if (error instanceof TokenRefused) {
          fatal = error;
          return;
        }
        report.failed++;
        options.onFailure?.(id, error);
      }
      done++;
      options.onProgress?.({ done, queued: queue.length });
    }
  };
  try {
    if (sending) {
      await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, queue.length) }, worker));
    } else if (anyWanted(records)) {
      report.stoppedBy = options.budget <= 0 ? "budget" : "time";
    }
  } finally {
    client.requestBudget = undefined;
  }
  if (fatal) throw fatal;
  let known = 0;
  for (let i = 0; i < records.length; i++) if (records.usedStorage(i) !== null) known++;
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

/**
 * One model's storage in bytes, or "gone" for a repository the Hub no longer has: 404
 * `RepoNotFound` to a token, 401 "Invalid username or password" to an anonymous caller. A 401 that
 * says the credentials are invalid is the token's fault, never the model's: it stops the run.
 * Renames (307) are followed by the client; an answer for another repository is not this model's.
 */
async function fetchStorage(client: HubClient, id: string, createdAt: number): Promise<number | "gone"> {
  const url = storageUrl(client.endpoint, id);
  return client.withRetries(`storage of ${id}`, url, async () => {
    const page = await client.open(url);
    if (page.status === 401) {
      // The client already stops on the header; the body is the last place the Hub can say it.
      if (isRefusedToken(await hubErrorText(page))) throw new TokenRefused(url);
      return "gone";
    }
    if (page.status === 404) {
      await page.response.body?.cancel();
      return "gone";
    }
    if (page.status !== 200) throw await refused(`storage of ${id}`, url, page);
    const body = (await readJson(page)) as { usedStorage?: unknown; id?: unknown; createdAt?: unknown } | null;
    const other = body && typeof body === "object" ? answeredFor(body, id, createdAt) : undefined;
    if (other !== undefined) throw new Error(`the Hub answered for another repository (${JSON.stringify(other).slice(0, 140)}): a 307 to a different model is not this one's storage`);
    const bytes = body && typeof body === "object" ? body.usedStorage : undefined;
    if (typeof bytes !== "number" || !Number.isSafeInteger(bytes) || bytes < 0) {
      throw new Error(`the Hub answered no usedStorage for ${id}`);
    }
    return bytes;
  });
}

/**
 * The answer's id when it describes another repository than the row's, else undefined. The
 * dataset keeps no `_id`, so a repository is known by its creation moment (to the millisecond):
 * a rename keeps it, a redirect to another repository does not. Legacy-stamped repositories
 * share their stamp, so for them the name must match too (case aside, or the old canonical name
 * moved under an owner, as `gpt2` → `openai-community/gpt2`).
 */
function answeredFor(body: { id?: unknown; createdAt?: unknown }, id: string, createdAt: number): string | undefined {
  const answered = typeof body.id === "string" ? body.id : undefined;
  const created = typeof body.createdAt === "string" ? Date.parse(body.createdAt) : Number.NaN;
  if (Number.isNaN(created)) return undefined; // nothing to tell them apart by: trust the answer, as before
  if (created !== createdAt) return answered ?? "?";
  if (!isPlaceholderDate(createdAt) || answered === undefined) return undefined;
  const a = answered.toLowerCase();
  const b = id.toLowerCase();
  return a === b || (!b.includes("/") && a.endsWith(`/${b}`)) ? undefined : answered;
}
