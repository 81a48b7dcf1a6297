import ky, { type KyInstance } from "ky";
import { quoted } from "../escape.ts";
import { HubError } from "./errors.ts";
import { RateLimiter, sleep } from "./rate-limit.ts";

export interface HubClientOptions {
  endpoint: string;
  token?: string | undefined;
  /** Attempts per request for faults (5xx, 408, network, cut bodies), the first included. */
  maxAttempts?: number;
  /** Separate bound for 429 answers, which are waited out rather than backed off. */
  maxRateLimitWaits?: number;
  timeoutMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  onEvent?: (event: HubEvent) => void;
}

export type HubEvent =
  | { type: "retry"; what: string; status: number | undefined; reason: string; attempt: number; delayMs: number }
  | { type: "rate-limited"; what: string; delayMs: number };

/** A response whose headers have arrived; the body is still to be read. */
export interface OpenResponse {
  url: string;
  status: number;
  headers: Headers;
  response: Response;
}

const RETRY_STATUSES = new Set([408, 500, 502, 503, 504]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
export const MAX_REDIRECTS = 5;
/**
 * The most a response body may hold. A list page of 1000 models with tags is about 0.6 MB;
 * 32 MiB is fifty times that, and small enough that a runaway page cannot exhaust memory.
 */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** A fault worth another attempt: a retryable status, a network error, a cut or unparseable body. */
export class TransientFault extends Error {
  override readonly name = "TransientFault";
  readonly status: number | undefined;
  constructor(message: string, status?: number, cause?: unknown) {
    super(message, { cause });
    this.status = status;
  }
}

/**
 * HTTP to the Hub: one rate limiter for every request, bounded retries with exponential
 * backoff and full jitter, 429s waited out by the `RateLimit` reset time.
 */
export class HubClient {
  readonly endpoint: string;
  /** Scheme, host and port of the endpoint: the only place the token is sent. */
  readonly origin: string;
  readonly limiter: RateLimiter;
  readonly #http: KyInstance;
  readonly #maxAttempts: number;
  readonly #maxRateLimitWaits: number;
  readonly #backoffBaseMs: number;
  readonly #backoffMaxMs: number;
  readonly #onEvent: (event: HubEvent) => void;
  requests = 0;
  retries = 0;
  rateLimited = 0;
  /** When set, requests (retries and redirects included) stop with BudgetSpent once it reaches 0. */
  requestBudget: number | undefined;

  constructor(options: HubClientOptions) {
    this.endpoint = options.endpoint.replace(/\/+$/, "");
    this.origin = new URL(this.endpoint).origin;
    this.limiter = new RateLimiter();
    this.#maxAttempts = options.maxAttempts ?? 6;
    this.#maxRateLimitWaits = options.maxRateLimitWaits ?? 30;
    this.#backoffBaseMs = options.backoffBaseMs ?? 1000;
    this.#backoffMaxMs = options.backoffMaxMs ?? 60_000;
    this.#onEvent = options.onEvent ?? (() => {});
    const headers: Record<string, string> = { accept: "application/json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    this.#http = ky.create({
      headers,
      retry: 0,
      throwHttpErrors: false,
      timeout: options.timeoutMs ?? 120_000,
    });
  }

  /**
   * Runs `attempt` until it succeeds, retrying transient faults with backoff and waiting out
   * 429s. `attempt` sends its request(s) with `open`.
   */
  async withRetries<T>(what: string, url: string, attempt: () => Promise<T>): Promise<T> {
    let faults = 0;
    let waits = 0;
    let lastStatus: number | undefined;
    let lastError: unknown;
    for (;;) {
      try {
        return await attempt();
      } catch (error) {
        if (error instanceof RateLimited) {
          waits++;
          this.rateLimited++;
          lastStatus = 429;
          if (waits > this.#maxRateLimitWaits) {
            throw new HubError(`${what} was still rate limited (429) after ${waits} waits: ${url}`, {
              url,
              status: 429,
              attempts: faults + waits,
            });
          }
          this.#onEvent({ type: "rate-limited", what, delayMs: error.delayMs });
          this.limiter.blockFor(error.delayMs);
          continue;
        }
        if (!(error instanceof TransientFault)) throw error;
        faults++;
        lastStatus = error.status;
        lastError = error;
        if (faults >= this.#maxAttempts) {
          const status = lastStatus === undefined ? "no HTTP status" : `last status ${lastStatus}`;
          throw new HubError(`${what} failed after ${faults} attempts (${status}: ${error.message}): ${url}`, {
            url,
            attempts: faults,
            status: lastStatus,
            cause: lastError,
          });
        }
        const ceiling = Math.min(this.#backoffMaxMs, this.#backoffBaseMs * 2 ** (faults - 1));
        const delayMs = Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
        this.retries++;
        this.#onEvent({ type: "retry", what, status: error.status, reason: error.message, attempt: faults, delayMs });
        await sleep(delayMs);
      }
    }
  }

  /**
   * Sends one request through the limiter; resolves when headers arrive. Throws TransientFault
   * for a retryable status or network error and RateLimited for a 429: run it inside withRetries.
   *
   * The token goes only to the endpoint's origin: a URL elsewhere is refused before anything is
   * sent, and redirects are followed by hand (each hop a request of its own, through the limiter
   * and the budget), within the origin only and at most MAX_REDIRECTS times, never in a loop.
   */
  async open(url: string): Promise<OpenResponse> {
    const visited = new Set<string>();
    let current = url;
    for (;;) {
      this.assertSameOrigin(current, url);
      visited.add(current);
      const page = await this.#send(current);
      const location = REDIRECT_STATUSES.has(page.status) ? page.headers.get("location") : null;
      if (location === null) return page;
      await page.response.body?.cancel();
      const next = new URL(location, current).toString();
      if (visited.has(next)) {
        throw new HubError(`redirect loop: ${next} redirects back to itself after ${visited.size} hop(s): ${url}`, { url, status: page.status, attempts: 1 });
      }
      if (visited.size > MAX_REDIRECTS) {
        throw new HubError(`more than ${MAX_REDIRECTS} redirects: ${url}`, { url, status: page.status, attempts: 1 });
      }
      current = next;
    }
  }

  /** Refuses a URL outside the endpoint's origin (scheme, host and port), naming its host. */
  assertSameOrigin(url: string, from: string = url): void {
    const target = new URL(url);
    if (target.origin === this.origin) return;
    throw new OffOrigin(
      `the Hub sent us to another host, ${target.host} (endpoint: ${new URL(this.origin).host}); refusing to follow it, so the token goes nowhere else: ${from}`,
      from,
    );
  }

  async #send(url: string): Promise<OpenResponse> {
    const release = await this.limiter.acquire();
    if (this.requestBudget !== undefined) {
      if (this.requestBudget <= 0) {
        release();
        throw new BudgetSpent();
      }
      this.requestBudget--;
    }
    let response: Response;
    try {
      this.requests++;
      response = await this.#http.get(url, { redirect: "manual" });
    } catch (error) {
      release();
      throw new TransientFault(describeNetworkError(error), undefined, error);
    }
    this.limiter.update(response.headers.get("ratelimit"), response.headers.get("ratelimit-policy"));
    release();
    const { status } = response;
    if (status === 429) {
      await response.body?.cancel();
      throw new RateLimited(rateLimitDelayMs(response.headers));
    }
    if (RETRY_STATUSES.has(status)) {
      await response.body?.cancel();
      throw new TransientFault(`HTTP ${status} ${response.statusText}`.trim(), status);
    }
    return { url, status, headers: response.headers, response };
  }
}

/** A URL outside the endpoint's origin: never requested, never retried. */
export class OffOrigin extends HubError {
  constructor(message: string, url: string) {
    super(message, { url, attempts: 0 });
  }
}

/** The request budget set on the client is spent: stop cleanly, keep what was learned. */
export class BudgetSpent extends Error {
  override readonly name = "BudgetSpent";
  constructor() {
    super("request budget spent");
  }
}

class RateLimited extends Error {
  readonly delayMs: number;
  constructor(delayMs: number) {
    super("rate limited");
    this.delayMs = delayMs;
  }
}

/** `Retry-After` when the Hub sends it, else the window's reset time plus one second. */
export function rateLimitDelayMs(headers: Headers): number {
  const retryAfter = headers.get("retry-after");
  if (retryAfter && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
  const t = /(?:^|;)\s*t=(\d+)/.exec(headers.get("ratelimit") ?? "");
  return ((t ? Number(t[1]) : 60) + 1) * 1000;
}

/** Reads a body as JSON; a cut connection or invalid JSON is a transient fault, a body over MAX_BODY_BYTES a failure. */
export async function readJson(open: OpenResponse): Promise<unknown> {
  const text = await readText(open);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TransientFault(`invalid JSON in a ${text.length}-character body`, open.status, error);
  }
}

/** The body as text, read in chunks and abandoned as soon as it passes MAX_BODY_BYTES. */
async function readText(open: OpenResponse): Promise<string> {
  const tooLarge = () =>
    new HubError(`the answer is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB, far beyond any real page; refusing to read it: ${open.url}`, {
      url: open.url,
      status: open.status,
      attempts: 1,
    });
  const declared = Number(open.headers.get("content-length") ?? Number.NaN);
  if (declared > MAX_BODY_BYTES) {
    await open.response.body?.cancel();
    throw tooLarge();
  }
  const reader = open.response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > MAX_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof HubError) throw error;
    throw new TransientFault(`body cut short (${describeNetworkError(error)})`, open.status, error);
  }
  return Buffer.concat(chunks, bytes).toString("utf8");
}

/** The Hub's own words for a refused request (`{"error": …}` or `x-error-message`). */
async function hubErrorText(open: OpenResponse): Promise<string> {
  const header = open.headers.get("x-error-message");
  let body = "";
  try {
    body = await readText(open);
  } catch {
    // the header may still say it
  }
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === "object" && "error" in parsed && typeof parsed.error === "string") return parsed.error;
  } catch {
    // not JSON
  }
  return header ?? (body.trim().slice(0, 300) || `HTTP ${open.status}`);
}

/** A non-retryable answer: fail at once with the Hub's own words. */
export async function refused(what: string, url: string, page: OpenResponse): Promise<HubError> {
  const text = await hubErrorText(page);
  return new HubError(`${what} was refused by the Hub: HTTP ${page.status}: ${quoted(text, 300)}: ${url}`, {
    url,
    status: page.status,
    attempts: 1,
  });
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}
