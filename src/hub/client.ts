import ky, { type KyInstance } from "ky";
import { quoted } from "../escape.ts";
import { HubError, HubUnreachable, TokenRefused } from "./errors.ts";
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
  /** `bare`: a 429 that said nothing of the window (the CDN's): the wait is our own backoff. */
  | { type: "rate-limited"; what: string; delayMs: number; bare: boolean }
  /** Once per client: the endpoint is a mirror whose links name the canonical Hub; they are followed on the mirror. */
  | { type: "mirror"; canonical: string; endpoint: string };

/** The canonical Hub: a mirror passes its absolute links through (HUB-FACTS). */
export const CANONICAL_HUB = "https://huggingface.co";
/** The paths our requests are under: a mirror's canonical link is followed on the mirror only within them. */
const MIRRORED_PATHS = ["/api/models", "/api/datasets/", "/datasets/"];
const mirrored = (path: string) => MIRRORED_PATHS.some((prefix) => path === prefix || path.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`));

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
  /** No answer at all (DNS, a refused connection, TLS, a timeout), and how many attempts such a fault deserves. */
  readonly unreachable: { attempts: number } | undefined;
  constructor(message: string, status?: number, cause?: unknown, unreachable?: { attempts: number }) {
    super(message, { cause });
    this.status = status;
    this.unreachable = unreachable;
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
  #mirrorNoted = false;
  readonly #token: string | undefined;
  /** The Hub's clock: the `Date` header of the latest answer, in ms (the snapshot is never dated after it). */
  hubDateMs: number | undefined;
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
    this.#token = options.token;
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
    let bareWaits = 0;
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
          // The CDN's 429 says nothing of the window: back off on our own schedule, from five times the base.
          const delayMs = error.delayMs ?? this.#backoff(this.#backoffBaseMs * 5, ++bareWaits);
          this.#onEvent({ type: "rate-limited", what, delayMs, bare: error.delayMs === undefined });
          this.limiter.blockFor(delayMs);
          continue;
        }
        if (!(error instanceof TransientFault)) throw error;
        faults++;
        lastStatus = error.status;
        lastError = error;
        if (error.unreachable && faults >= Math.min(this.#maxAttempts, error.unreachable.attempts)) {
          const host = new URL(url).host;
          throw new HubUnreachable(`cannot reach the Hub at ${host} (${what}, ${faults} ${faults === 1 ? "attempt" : "attempts"}): ${error.message}`, {
            url,
            host,
            attempts: faults,
            cause: error,
          });
        }
        if (faults >= this.#maxAttempts) {
          const status = lastStatus === undefined ? "no HTTP status" : `last status ${lastStatus}`;
          throw new HubError(`${what} failed after ${faults} attempts (${status}: ${error.message}): ${url}`, {
            url,
            attempts: faults,
            status: lastStatus,
            cause: lastError,
          });
        }
        const delayMs = this.#backoff(this.#backoffBaseMs, faults);
        this.retries++;
        this.#onEvent({ type: "retry", what, status: error.status, reason: error.message, attempt: faults, delayMs });
        await sleep(delayMs);
      }
    }
  }

  /** Exponential backoff with jitter: the nth wait lies between half and all of base·2^(n−1), capped. */
  #backoff(baseMs: number, n: number): number {
    const ceiling = Math.min(this.#backoffMaxMs, baseMs * 2 ** (n - 1));
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
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
    let current = this.onEndpoint(url);
    for (;;) {
      visited.add(current);
      const page = await this.#send(current);
      const location = REDIRECT_STATUSES.has(page.status) ? page.headers.get("location") : null;
      if (location === null) return page;
      await page.response.body?.cancel();
      const next = this.onEndpoint(new URL(location, current).toString(), url);
      if (visited.has(next)) {
        throw new HubError(`redirect loop: ${next} redirects back to itself after ${visited.size} hop(s): ${url}`, { url, status: page.status, attempts: 1 });
      }
      if (visited.size > MAX_REDIRECTS) {
        throw new HubError(`more than ${MAX_REDIRECTS} redirects: ${url}`, { url, status: page.status, attempts: 1 });
      }
      current = next;
    }
  }

  /** The headers that authenticate a request to `url`: the token for the endpoint's origin, nothing for any other host. */
  authorizationFor(url: string): Record<string, string> {
    return this.#token && new URL(url).origin === this.origin ? { authorization: `Bearer ${this.#token}` } : {};
  }

  /**
   * Where a file's `resolve` URL on the endpoint sends us: the absolute URL of its `Location` (a
   * signed URL on the file host, to be fetched without the token), or the URL itself when the
   * endpoint serves the file. The request carries the token (it is to the endpoint); its body is
   * never read. Run it inside withRetries.
   */
  async resolveLocation(url: string): Promise<{ location: string; onEndpoint: boolean; headers: Headers }> {
    const answer = await this.#send(this.onEndpoint(url));
    await answer.response.body?.cancel();
    const location = REDIRECT_STATUSES.has(answer.status) ? answer.headers.get("location") : null;
    if (location !== null) {
      const target = new URL(location, url).toString();
      // A redirect within the endpoint (a renamed repository) stays there, token and all.
      return { location: target, onEndpoint: new URL(target).origin === this.origin, headers: answer.headers };
    }
    if (answer.status === 200) return { location: url, onEndpoint: true, headers: answer.headers };
    throw new HubError(`resolving ${url} was refused by the Hub: HTTP ${answer.status}`, { url, status: answer.status, attempts: 1 });
  }

  /**
   * The URL to request for a link or redirect the Hub sent: as given on the endpoint's origin; on
   * the endpoint when the endpoint is a mirror and the link names the canonical Hub under the API
   * path (a mirror passes the Hub's links through; nothing is ever sent to the canonical host from
   * behind a mirror); refused, naming its host, anywhere else, so the token goes nowhere else.
   */
  onEndpoint(url: string, from: string = url): string {
    const target = new URL(url);
    if (target.origin === this.origin) return target.toString();
    if (target.origin === CANONICAL_HUB && this.origin !== CANONICAL_HUB && mirrored(target.pathname)) {
      if (!this.#mirrorNoted) {
        this.#mirrorNoted = true;
        this.#onEvent({ type: "mirror", canonical: new URL(CANONICAL_HUB).host, endpoint: new URL(this.origin).host });
      }
      return `${this.endpoint}${target.pathname}${target.search}`;
    }
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
      const cause = networkCause(error);
      throw new TransientFault(cause.text, undefined, error, cause.unreachable);
    }
    this.limiter.update(response.headers.get("ratelimit"), response.headers.get("ratelimit-policy"));
    release();
    const date = Date.parse(response.headers.get("date") ?? "");
    if (!Number.isNaN(date)) this.hubDateMs = date;
    const { status } = response;
    if (status === 429) {
      await response.body?.cancel();
      throw new RateLimited(rateLimitDelayMs(response.headers));
    }
    if (status === 401 && isRefusedToken(response.headers.get("x-error-message"))) {
      await response.body?.cancel();
      throw new TokenRefused(url);
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
  /** undefined: the answer said nothing of when to come back (the CDN's 429). */
  readonly delayMs: number | undefined;
  constructor(delayMs: number | undefined) {
    super("rate limited");
    this.delayMs = delayMs;
  }
}

/**
 * `Retry-After` when the Hub sends it, else the window's reset time plus one second; undefined
 * when neither is there (a 429 from the CDN in front of the Hub): the caller backs off on its own.
 */
export function rateLimitDelayMs(headers: Headers): number | undefined {
  const retryAfter = headers.get("retry-after");
  if (retryAfter && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
  const t = /(?:^|;)\s*t=(\d+)/.exec(headers.get("ratelimit") ?? "");
  if (t) return (Number(t[1]) + 1) * 1000;
  return headers.has("ratelimit") ? 61_000 : undefined;
}

/** The Hub's words for a token it refuses (expired, revoked, mistyped), on every call alike. */
export function isRefusedToken(message: string | null): boolean {
  return message !== null && /invalid credentials/i.test(message);
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
    throw new TransientFault(`body cut short (${networkCause(error).text})`, open.status, error);
  }
  return Buffer.concat(chunks, bytes).toString("utf8");
}

/** The Hub's own words for a refused request (`{"error": …}`, a list of them, or `x-error-message`). */
export async function hubErrorText(open: OpenResponse): Promise<string> {
  const header = open.headers.get("x-error-message");
  let body = "";
  try {
    body = await readText(open);
  } catch {
    // the header may still say it
  }
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === "object" && "error" in parsed) {
      const error: unknown = parsed.error;
      if (typeof error === "string") return error;
      if (Array.isArray(error) && error.length > 0 && error.every((e) => typeof e === "string")) return error.join("; ");
    }
  } catch {
    // not JSON
  }
  return header ?? (body.trim().slice(0, 300) || `HTTP ${open.status}`);
}

/** A non-retryable answer: fail at once with the Hub's own words. */
export async function refused(what: string, url: string, page: OpenResponse): Promise<HubError> {
  const text = await hubErrorText(page);
  if (page.status === 401 && isRefusedToken(text)) return new TokenRefused(url);
  return new HubError(`${what} was refused by the Hub: HTTP ${page.status}: ${quoted(text, 300)}: ${url}`, {
    url,
    status: page.status,
    attempts: 1,
  });
}

/** Connection-level failures: the host was never reached. A few attempts tell a hiccup from an outage. */
const CONNECT_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL"]);
/** A certificate the runner does not trust (a TLS-intercepting proxy, a wrong host): no retry helps. */
const TLS_CODE = /^(?:CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_TLS_|ERR_SSL_)/;

/**
 * What went wrong below HTTP, in a person's words and without the request's URL: the deepest
 * cause (fetch wraps the system error, and a host with several addresses gives one per address).
 */
function networkCause(error: unknown): { text: string; unreachable: { attempts: number } | undefined } {
  let root: unknown = error;
  for (let depth = 0; depth < 5; depth++) {
    if (root instanceof AggregateError && root.errors.length > 0) root = root.errors[0];
    else if (root instanceof Error && root.cause !== undefined) root = root.cause;
    else break;
  }
  const code = root && typeof root === "object" && "code" in root && typeof root.code === "string" ? root.code : undefined;
  if (error instanceof Error && error.name === "TimeoutError") return { text: "no answer in time (timeout)", unreachable: { attempts: 3 } };
  const message = root instanceof Error ? root.message : String(root);
  const text = code && !message.includes(code) ? `${message} (${code})` : message;
  if (code && CONNECT_CODES.has(code)) return { text, unreachable: { attempts: 3 } };
  if (code && TLS_CODE.test(code)) return { text: `TLS: ${text}`, unreachable: { attempts: 1 } };
  return { text: code ? text : `network error: ${text}`, unreachable: undefined };
}
