import ky, { type KyInstance } from "ky";
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
   */
  async open(url: string, options: { followRedirects?: boolean } = {}): Promise<OpenResponse> {
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
      response = await this.#http.get(url, { redirect: options.followRedirects === false ? "manual" : "follow" });
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
    return { url: response.url || url, status, headers: response.headers, response };
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

/** Reads a body as JSON; a cut connection or invalid JSON is a transient fault. */
export async function readJson(open: OpenResponse): Promise<unknown> {
  let text: string;
  try {
    text = await open.response.text();
  } catch (error) {
    throw new TransientFault(`body cut short (${describeNetworkError(error)})`, open.status, error);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TransientFault(`invalid JSON in a ${text.length}-character body`, open.status, error);
  }
}

/** The Hub's own words for a refused request (`{"error": …}` or `x-error-message`). */
async function hubErrorText(open: OpenResponse): Promise<string> {
  const header = open.headers.get("x-error-message");
  let body = "";
  try {
    body = await open.response.text();
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
  const hint = page.status === 401 ? " (check HF_TOKEN / --token)" : "";
  return new HubError(`${what} was refused by the Hub: HTTP ${page.status}: ${text}${hint}: ${url}`, {
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
