/**
 * Paces requests by the Hub's `RateLimit` / `RateLimit-Policy` headers (IETF draft, fixed windows):
 *   RateLimit: "api";r=<remaining>;t=<seconds to reset>
 *   RateLimit-Policy: "fixed window";"api";q=<quota>;w=<window seconds>
 * Requests stop before the remaining count reaches zero, not after a 429.
 */
export interface RateLimitState {
  remaining: number;
  resetInSeconds: number;
}

export function parseRateLimit(header: string | null): RateLimitState | undefined {
  if (!header) return undefined;
  const r = /(?:^|;)\s*r=(\d+)/.exec(header);
  const t = /(?:^|;)\s*t=(\d+)/.exec(header);
  if (!r || !t) return undefined;
  return { remaining: Number(r[1]), resetInSeconds: Number(t[1]) };
}

export function parseRateLimitPolicy(header: string | null): { quota: number; windowSeconds: number } | undefined {
  if (!header) return undefined;
  const q = /(?:^|;)\s*q=(\d+)/.exec(header);
  const w = /(?:^|;)\s*w=(\d+)/.exec(header);
  if (!q || !w) return undefined;
  return { quota: Number(q[1]), windowSeconds: Number(w[1]) };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class RateLimiter {
  #remaining: number | undefined;
  #resetAt = 0;
  #quota: number | undefined;
  #inFlight = 0;
  #blockedUntil = 0;
  #waiters: Array<() => void> = [];
  #timer: NodeJS.Timeout | undefined;
  /** Waits until a request may start; the returned function must be called when its response headers arrive. */
  async acquire(): Promise<() => void> {
    for (;;) {
      const waitMs = this.#waitMs();
      if (waitMs === 0) break;
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        this.#arm(waitMs);
      });
    }
    this.#inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#inFlight--;
      this.#wake();
    };
  }

  /** Records what a response said of the budget. */
  update(rateLimit: string | null, policy: string | null): void {
    const state = parseRateLimit(rateLimit);
    const limits = parseRateLimitPolicy(policy);
    if (limits) this.#quota = limits.quota;
    if (!state) return;
    const resetAt = Date.now() + state.resetInSeconds * 1000;
    // Responses arrive out of order under concurrency: within one window keep the lowest count.
    if (this.#remaining === undefined || resetAt > this.#resetAt + 1500 || state.remaining < this.#remaining) {
      this.#remaining = state.remaining;
    }
    this.#resetAt = resetAt;
    this.#wake();
  }

  /** After a 429: nobody sends until the window has surely reset. */
  blockFor(ms: number): void {
    this.#blockedUntil = Math.max(this.#blockedUntil, Date.now() + ms);
    this.#remaining = 0;
    this.#resetAt = Math.max(this.#resetAt, this.#blockedUntil);
  }

  #waitMs(): number {
    const now = Date.now();
    if (now < this.#blockedUntil) return this.#blockedUntil - now;
    if (this.#remaining === undefined) {
      // Until a first answer tells the budget, send one request at a time.
      return this.#inFlight > 0 ? 50 : 0;
    }
    if (now >= this.#resetAt) {
      // The window has reset: a full quota, or (no policy seen) one request at a time until an answer tells.
      this.#remaining = this.#quota;
      if (this.#remaining === undefined) return this.#inFlight > 0 ? 50 : 0;
    }
    // Keep one request in hand: stop before the count reaches zero.
    if (this.#remaining - this.#inFlight > 1) return 0;
    return Math.max(this.#resetAt - now + 250, 1);
  }

  #arm(ms: number): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#wake();
    }, ms);
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    for (const resolve of waiters) resolve();
  }
}
