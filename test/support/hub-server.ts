/**
 * A loopback stand-in for the Hugging Face Hub API, faithful to ../shared/HUB-FACTS.md:
 * keyset cursors in `Link`, expand validation, the 1000 cap, fixed-window rate limits with
 * `RateLimit` headers and 429s (and the CDN's, without them), 307 renames, 401 (anonymous) or
 * 404 `RepoNotFound` (token) for unknown repositories on the single-model call, a refused token's
 * 401 on every call, a mirror that passes the Hub's absolute links through, a `Date` header on the
 * catalogue's clock, and injected faults. Used by the tests, the offline demo and the bench.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Catalogue, type HubModel } from "./catalogue.ts";
import type { HubDatasets } from "./hub-datasets.ts";

const LIST_EXPAND = new Set([
  "author", "cardData", "config", "createdAt", "disabled", "downloads", "downloadsAllTime", "evalResults", "gated",
  "gguf", "inference", "inferenceProviderMapping", "lastModified", "library_name", "likes", "mask_token",
  "model-index", "pipeline_tag", "private", "safetensors", "sha", "siblings", "spaces", "tags", "transformersInfo",
  "trendingScore", "widgetData", "resourceGroup",
]);
const SINGLE_ONLY_EXPAND = new Set(["usedStorage", "baseModels", "childrenModelCount"]);
const SORTS = new Set(["createdAt", "downloads", "likes", "lastModified", "trendingScore", "likes30d", "id"]);
const DEFAULT_FIELDS = ["_id", "id", "modelId", "likes", "private", "downloads", "tags", "pipeline_tag", "library_name", "createdAt"];

/** A body sent with latency arrives in this many slices, evenly over its time. */
const BODY_SLICES = 8;

export type FaultKind = "500" | "502-html" | "503" | "504-slow" | "cut-mid-body" | "json-cut-short";
export const ALL_FAULTS: FaultKind[] = ["500", "502-html", "503", "504-slow", "cut-mid-body", "json-cut-short"];

/** A Hub gone wrong, one behaviour at a time, for the harvester's guards. */
export type Misbehaviour =
  /** Every cursored page's `Link` points to itself. */
  | { kind: "repeat-cursor" }
  /** One model, then empty pages whose cursor keeps advancing, forever. */
  | { kind: "empty-pages" }
  /** The first page's next link points to another origin. */
  | { kind: "next-elsewhere"; origin: string }
  /** The single-model call answers 307 to another origin. */
  | { kind: "redirect-elsewhere"; origin: string }
  /** The first list page redirects to a second URL, which redirects back. */
  | { kind: "redirect-loop" }
  /** The first list page is padded with white space to this many bytes (without Content-Length when chunked). */
  | { kind: "huge-page"; bytes: number; chunked?: boolean }
  /** `Link` headers with several relations and odd spacing (legal; must be read right). */
  | { kind: "odd-links" };

export interface HubServerOptions {
  catalogue: Catalogue;
  /** Requests per window and the window in whole seconds (the real Hub: 500–6000 per 300 s). */
  quota?: { requests: number; windowSeconds: number };
  /** Quota for requests with a token, when it differs. */
  tokenQuota?: { requests: number; windowSeconds: number };
  /** Send `Retry-After` on 429s (the real Hub's behaviour is unsure). */
  retryAfter?: boolean;
  faults?: { rate: number; kinds?: FaultKind[]; seed?: number; slowMs?: number };
  /**
   * Answers forced on the next requests, in order, before anything else (e.g. [503] fails the first
   * page once). `error` may be a list of strings, as the Hub sometimes sends; `bare` leaves out the
   * `RateLimit` headers, as a 429 from the CDN in front of the Hub does.
   */
  forced?: Array<number | { status: number; error: string | string[]; bare?: boolean }>;
  /**
   * A mirror (hf-mirror.com) in front of this canonical origin: it serves the Hub's answers as they
   * are, so next links and redirects name the canonical origin, absolute, with the same path.
   */
  mirrorOf?: string;
  /** A token the Hub refuses (expired, revoked): every call with it answers 401 "Invalid credentials". */
  refusedToken?: string;
  /** The write API for dataset repositories, on this same origin (support/hub-datasets.ts). */
  datasets?: HubDatasets;
  /** After this many answered list pages, every request answers 503 (a Hub that goes down midway). */
  failAfterPages?: number;
  /** Latency per response: before headers, and the time over which a body is streamed. */
  latency?: { headersMs: number; bodyMs: number };
  misbehave?: Misbehaviour;
  /** The listing of this pipeline tag answers 400 (the Hub refusing one tag of several). */
  refuseTag?: string;
}

export interface HubStats {
  requests: number;
  listRequests: number;
  singleRequests: number;
  byStatus: Record<number, number>;
  faults: number;
  /** Single-model requests per model id (after renames), for budget and cache assertions. */
  singleById: Map<string, number>;
  authorizations: Set<string>;
  /**
   * Sum of the stand-in's time to headers over answered list pages, until its headers are written
   * (latency, building the page, encoding it, writing the headers with the body's first part): the
   * cursor-chain limit, which no client can beat.
   */
  listHeaderMs: number;
  /** The former measure of it, which stopped once the page was built, before it was encoded and its headers written (≈ 4 ms less a page of 1000). */
  listBuiltMs: number;
  /** The same, per pipeline tag listed: each tag's cursor-chain limit (several tags run side by side). */
  listHeaderMsByTag: Record<string, number>;
  pagesServed: number;
}

function freshStats(): HubStats {
  return {
    requests: 0, listRequests: 0, singleRequests: 0, byStatus: {}, faults: 0, singleById: new Map(),
    authorizations: new Set(), listHeaderMs: 0, listBuiltMs: 0, listHeaderMsByTag: {}, pagesServed: 0,
  };
}

interface Cursor {
  createdAt: string;
  _id: string;
}

export class HubServer {
  readonly catalogue: Catalogue;
  readonly stats: HubStats = freshStats();
  options: HubServerOptions;
  #server: Server | undefined;
  #windows = new Map<string, { start: number; count: number }>();
  #faultState: number;
  /** The Hub's clock (its `Date` header): the catalogue's moment, moving on in real time. */
  #clockOffsetMs: number;
  url = "";

  constructor(options: HubServerOptions) {
    this.options = options;
    this.catalogue = options.catalogue;
    this.#faultState = (options.faults?.seed ?? 7) >>> 0;
    this.#clockOffsetMs = this.catalogue.nowMs - Date.now();
  }

  /** Sets the Hub's clock to `iso` (a Hub "a week later"); it moves on in real time from there. */
  setClock(iso: string): void {
    this.#clockOffsetMs = Date.parse(iso) - Date.now();
  }

  async start(port = 0): Promise<string> {
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(error));
        else res.destroy();
      });
    });
    this.#server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.#server?.listen(port, "127.0.0.1", resolve));
    const { port: actual } = this.#server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${actual}`;
    if (this.options.datasets) {
      this.options.datasets.origin = this.url;
      await this.options.datasets.start();
    }
    return this.url;
  }

  async close(): Promise<void> {
    await this.options.datasets?.close();
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }

  #random(): number {
    this.#faultState = (this.#faultState + 0x6d2b79f5) >>> 0;
    let t = this.#faultState;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Counts the request in its fixed window; returns the headers and whether it is over quota. */
  #rateLimit(req: IncomingMessage): { headers: Record<string, string>; over: boolean } {
    const auth = req.headers.authorization;
    const quota = (auth && this.options.tokenQuota) || this.options.quota || { requests: 1_000_000, windowSeconds: 300 };
    const key = auth ?? "anonymous";
    const now = Date.now();
    const windowMs = quota.windowSeconds * 1000;
    let window = this.#windows.get(key);
    if (!window || now >= window.start + windowMs) {
      window = { start: now - ((now - (window?.start ?? now)) % windowMs), count: 0 };
      this.#windows.set(key, window);
    }
    window.count++;
    const remaining = Math.max(0, quota.requests - window.count);
    const reset = Math.max(0, Math.ceil((window.start + windowMs - now) / 1000));
    return {
      over: window.count > quota.requests,
      headers: {
        ratelimit: `"api";r=${remaining};t=${reset}`,
        "ratelimit-policy": `"fixed window";"api";q=${quota.requests};w=${quota.windowSeconds}`,
      },
    };
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    if (url.pathname === "/__stats") return this.#admin(req, res);
    if (this.options.datasets && (await this.options.datasets.handle(req, res, url))) return;
    const started = performance.now();
    const stats = this.stats;
    stats.requests++;
    if (req.headers.authorization) stats.authorizations.add(req.headers.authorization);
    const isList = url.pathname === "/api/models";
    const single = /^\/api\/models\/(.+)$/.exec(url.pathname);
    if (isList) stats.listRequests++;
    else if (single) stats.singleRequests++;

    const limits = this.#rateLimit(req);
    // The Hub's clock is the catalogue's: a Hub "as of" a day says that day in its Date header.
    const headers: Record<string, string> = { ...limits.headers, date: new Date(Date.now() + this.#clockOffsetMs).toUTCString() };
    const over = limits.over;
    const send = (status: number, body: string, extra: Record<string, string> = {}, bare = false) => {
      stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...(bare ? { date: headers.date as string } : headers), ...extra });
      res.end(body);
    };
    const latency = this.options.latency;
    if (latency?.headersMs) await delay(latency.headersMs);
    if (this.options.refusedToken !== undefined && req.headers.authorization === `Bearer ${this.options.refusedToken}`) {
      const message = "Invalid credentials in Authorization header";
      return send(401, JSON.stringify({ error: message }), { "x-error-message": message });
    }

    if (over) {
      return send(429, JSON.stringify({ error: "You have exceeded our rate limit. Please retry later." }),
        this.options.retryAfter ? { "retry-after": headers.ratelimit?.match(/t=(\d+)/)?.[1] ?? "1" } : {});
    }
    const forced = this.options.forced?.shift();
    if (typeof forced === "number") return send(forced, JSON.stringify({ error: `forced ${forced}` }));
    if (forced) return send(forced.status, JSON.stringify({ error: forced.error }), {}, forced.bare);
    if (this.options.failAfterPages !== undefined && stats.pagesServed >= this.options.failAfterPages) {
      return send(503, "<html><body>503 Service Temporarily Unavailable</body></html>", { "content-type": "text/html" });
    }
    const fault = this.#pickFault();
    if (fault === "500") return send(500, JSON.stringify({ error: "Internal Error" }));
    if (fault === "502-html") return send(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", { "content-type": "text/html" });
    if (fault === "503") return send(503, JSON.stringify({ error: "Service Unavailable" }));
    if (fault === "504-slow") {
      await delay(this.options.faults?.slowMs ?? 300);
      return send(504, "<html><body><h1>504 Gateway Time-out</h1></body></html>", { "content-type": "text/html" });
    }

    let answer: { status: number; body: string; headers?: Record<string, string> };
    const odd = this.options.misbehave ? this.#misbehave(this.options.misbehave, url, isList) : undefined;
    if (odd) answer = odd;
    else if (isList) answer = this.#list(url, Boolean(req.headers.authorization));
    else if (single) answer = this.#single(decodeURIComponent(single[1] ?? ""), url, Boolean(req.headers.authorization));
    else answer = { status: 404, body: JSON.stringify({ error: "Not Found" }) };
    if (this.options.misbehave?.kind === "huge-page" && this.options.misbehave.chunked && isList && !url.searchParams.has("cursor")) {
      stats.byStatus[200] = (stats.byStatus[200] ?? 0) + 1;
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", ...headers });
      const chunk = Buffer.alloc(1 << 20, 0x20);
      for (let sent = 0; sent < this.options.misbehave.bytes && !res.destroyed; sent += chunk.length) {
        if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve).once("close", resolve));
      }
      res.end("[]");
      return;
    }

    const listed = isList && answer.status === 200;
    if (listed) {
      stats.pagesServed++;
      stats.listBuiltMs += performance.now() - started;
    }
    // Time to headers as this server gives it, once they are written: the latency, building the page, encoding it, the write.
    const headersWritten = () => {
      if (!listed) return;
      const ms = performance.now() - started;
      stats.listHeaderMs += ms;
      const tag = url.searchParams.get("pipeline_tag") ?? "";
      stats.listHeaderMsByTag[tag] = (stats.listHeaderMsByTag[tag] ?? 0) + ms;
    };
    stats.byStatus[answer.status] = (stats.byStatus[answer.status] ?? 0) + 1;
    const body = Buffer.from(answer.body);
    if (fault === "json-cut-short" && answer.status === 200) {
      const cut = body.subarray(0, Math.floor(body.length / 2));
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", ...headers, "content-length": String(cut.length) });
      res.end(cut);
      return;
    }
    res.writeHead(answer.status, {
      "content-type": "application/json; charset=utf-8",
      "content-length": String(body.length),
      ...headers,
      ...answer.headers,
    });
    const half = Math.floor(body.length / 2);
    if (fault === "cut-mid-body" && answer.status === 200) {
      res.write(body.subarray(0, half), () => setTimeout(() => res.destroy(), 5));
      return;
    }
    if (latency?.bodyMs && body.length > 0) {
      // The body streamed over bodyMs, as a page of a thousand models with their expand fields
      // arrives over the internet: the headers with its first slice, the rest slice by slice.
      const slices = Math.min(BODY_SLICES, body.length);
      const size = Math.ceil(body.length / slices);
      res.write(body.subarray(0, size));
      headersWritten();
      for (let at = size; at < body.length && !res.destroyed; at += size) {
        await delay(latency.bodyMs / (slices - 1));
        res.write(body.subarray(at, at + size));
      }
      res.end();
    } else {
      res.end(body);
      headersWritten();
    }
  }

  /** Another client spends the whole current window's quota of `authorization` (undefined: anonymous). */
  exhaustQuota(authorization?: string): void {
    const quota = (authorization && this.options.tokenQuota) || this.options.quota;
    if (!quota) throw new Error("the stand-in has no quota set");
    this.#windows.set(authorization ?? "anonymous", { start: Date.now(), count: quota.requests });
  }

  /** For benchmarks running the stand-in in another process: GET reads the stats, POST resets them. */
  #admin(req: IncomingMessage, res: ServerResponse): void {
    if (req.method === "POST") {
      Object.assign(this.stats, freshStats());
      this.#windows.clear();
    }
    const { singleById, authorizations, ...plain } = this.stats;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ...plain, singleModels: singleById.size, authorizations: authorizations.size }));
  }

  #pickFault(): FaultKind | undefined {
    const faults = this.options.faults;
    if (!faults || faults.rate <= 0) return undefined;
    if (this.#random() >= faults.rate) return undefined;
    this.stats.faults++;
    const kinds = faults.kinds ?? ALL_FAULTS;
    return kinds[Math.floor(this.#random() * kinds.length)];
  }

  #expand(url: URL, allowed: (field: string) => boolean): { fields?: string[]; error?: string } {
    const values = [...url.searchParams.getAll("expand"), ...url.searchParams.getAll("expand[]")];
    if (values.length === 0) return {};
    for (const value of values) {
      if (!allowed(value)) {
        return { error: `"expand" must be one of [${[...LIST_EXPAND].join(", ")}], got "${value}"` };
      }
    }
    return { fields: ["_id", "id", ...values] };
  }

  /** A private model (`private: true`) is listed only to a caller with a token, as the Hub lists a token owner's own. */
  #list(url: URL, authorized = false): { status: number; body: string; headers?: Record<string, string> } {
    const params = url.searchParams;
    const sort = params.get("sort") ?? "trendingScore";
    if (!SORTS.has(sort)) return { status: 400, body: JSON.stringify({ error: `Invalid sort parameter "${sort}"` }) };
    const expand = this.#expand(url, (field) => LIST_EXPAND.has(field));
    if (expand.error) return { status: 400, body: JSON.stringify({ error: expand.error }) };
    if (sort !== "createdAt") return { status: 501, body: JSON.stringify({ error: `the stand-in only sorts by createdAt` }) };
    const limit = Math.min(1000, Math.max(1, Number(params.get("limit") ?? 1000) || 1000));
    const task = params.get("pipeline_tag");
    const catalogue = this.catalogue;
    if (task !== null && task === this.options.refuseTag) return { status: 400, body: JSON.stringify({ error: `Invalid pipeline_tag "${task}"` }) };
    // One pipeline tag a request (HUB-FACTS): a valid tag nobody has lists nothing.
    if (task !== null && !catalogue.mayHaveTag(task)) return { status: 200, body: "[]" };
    const alsoUnder = (j: number) => catalogue.overrides.get(j)?.alsoListed;
    const listed = (j: number) => !catalogue.deleted.has(j) && (task === null || catalogue.tagOf(j) === task || alsoUnder(j)?.tag === task);

    // Without overrides, a tag's own index (as the Hub's database has one) instead of a scan.
    const index = task !== null && catalogue.overrides.size === 0 ? catalogue.tagIndex(task) : undefined;
    if (index) return this.#listIndexed(url, index, fieldsOf(expand.fields), limit, authorized);
    const start = this.#cursorStart(url);
    if (start === undefined) return { status: 400, body: JSON.stringify({ error: "Invalid cursor" }) };
    const fields = fieldsOf(expand.fields);
    const items: string[] = [];
    let i = start;
    let last: HubModel | undefined;
    for (; i < catalogue.size && items.length < limit; i++) {
      if (!listed(i)) continue;
      let model = catalogue.item(i);
      const also = alsoUnder(i);
      if (also && also.tag === task) model = { ...model, pipeline_tag: also.tag, lastModified: also.lastModified };
      if (model.private && !authorized) continue;
      last = model;
      items.push(JSON.stringify(project(model, fields)));
    }
    const headers: Record<string, string> = {};
    let more = false;
    for (let j = i; j < catalogue.size; j++) {
      if (listed(j)) {
        more = true;
        break;
      }
    }
    if (more && last) {
      const next = new URL(url);
      next.searchParams.set("cursor", Buffer.from(JSON.stringify({ createdAt: last.createdAt, _id: last._id })).toString("base64url"));
      headers.link = `<${this.#asServed(next).toString()}>; rel="next"`;
    }
    return { status: 200, body: `[${items.join(",")}]`, headers };
  }

  /** The first catalogue index after the page's cursor (0 without one); undefined for a cursor that does not decode. */
  #cursorStart(url: URL): number | undefined {
    const cursor = url.searchParams.get("cursor");
    if (cursor === null) return 0;
    try {
      const after = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Cursor;
      return this.#firstAfter(Date.parse(after.createdAt), after._id);
    } catch {
      return undefined;
    }
  }

  /** A page of the models at `index` (ascending numbers, i.e. newest first), after the cursor. */
  #listIndexed(url: URL, index: Int32Array, fields: readonly string[], limit: number, authorized: boolean): { status: number; body: string; headers?: Record<string, string> } {
    const catalogue = this.catalogue;
    let at = 0;
    const first = this.#cursorStart(url);
    if (first === undefined) return { status: 400, body: JSON.stringify({ error: "Invalid cursor" }) };
    if (first > 0) {
      let lo = 0;
      let hi = index.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((index[mid] as number) < first) lo = mid + 1;
        else hi = mid;
      }
      at = lo;
    }
    const items: string[] = [];
    let last: HubModel | undefined;
    for (; at < index.length && items.length < limit; at++) {
      const i = index[at] as number;
      if (catalogue.deleted.has(i)) continue;
      const model = catalogue.item(i);
      if (model.private && !authorized) continue;
      last = model;
      items.push(JSON.stringify(project(model, fields)));
    }
    let more = false;
    for (let k = at; k < index.length; k++) {
      if (!catalogue.deleted.has(index[k] as number)) {
        more = true;
        break;
      }
    }
    const headers: Record<string, string> = {};
    if (more && last) {
      const next = new URL(url);
      next.searchParams.set("cursor", Buffer.from(JSON.stringify({ createdAt: last.createdAt, _id: last._id })).toString("base64url"));
      headers.link = `<${this.#asServed(next).toString()}>; rel="next"`;
    }
    return { status: 200, body: `[${items.join(",")}]`, headers };
  }

  /** The answer of a misbehaving Hub, or undefined where this request is answered as usual. */
  #misbehave(how: Misbehaviour, url: URL, isList: boolean): { status: number; body: string; headers?: Record<string, string> } | undefined {
    const cursor = url.searchParams.get("cursor");
    const withCursor = (base: URL, value: string) => {
      const next = new URL(base);
      next.searchParams.set("cursor", value);
      return next.toString();
    };
    switch (how.kind) {
      case "repeat-cursor": {
        if (!isList) return undefined;
        const page = this.#list(url);
        if (cursor !== null) page.headers = { link: `<${url.toString()}>; rel="next"` };
        return page;
      }
      case "empty-pages": {
        if (!isList) return undefined;
        const n = cursor === null ? 0 : Number(Buffer.from(cursor, "base64url").toString("utf8").replace(/\D/g, "")) || 0;
        const items = n === 0 ? [JSON.stringify(project(this.catalogue.item(0), ["_id", "id", ...url.searchParams.getAll("expand")]))] : [];
        return { status: 200, body: `[${items.join(",")}]`, headers: { link: `<${withCursor(url, Buffer.from(`page-${n + 1}`).toString("base64url"))}>; rel="next"` } };
      }
      case "next-elsewhere": {
        if (!isList || cursor !== null) return undefined;
        const page = this.#list(url);
        const elsewhere = new URL(`${url.pathname}${url.search}`, how.origin);
        page.headers = { link: `<${withCursor(elsewhere, "c2VsZXdoZXJl")}>; rel="next"` };
        return page;
      }
      case "redirect-elsewhere":
        if (isList) return undefined;
        return { status: 307, body: JSON.stringify({ error: "Moved" }), headers: { location: new URL(`${url.pathname}${url.search}`, how.origin).toString() } };
      case "redirect-loop": {
        if (!isList || cursor !== null) return undefined;
        const other = new URL(url);
        if (other.searchParams.has("hop")) other.searchParams.delete("hop");
        else other.searchParams.set("hop", "1");
        return { status: 307, body: "", headers: { location: `${other.pathname}${other.search}` } };
      }
      case "huge-page": {
        if (!isList || cursor !== null || how.chunked) return undefined;
        const page = this.#list(url);
        return { ...page, body: page.body + " ".repeat(Math.max(0, how.bytes - page.body.length)) };
      }
      case "odd-links": {
        if (!isList) return undefined;
        const page = this.#list(url);
        const next = /^<([^>]*)>/.exec(page.headers?.link ?? "")?.[1];
        const first = withCursor(url, "Zmlyc3Q");
        page.headers = { link: `<${first}>;rel=first , <${url.toString()}> ; rel = "self"${next ? `,<${next}> ;title="next page"; rel = "next last"` : ""}` };
        return page;
      }
    }
  }

  /** A URL of this server as the answer names it: on the canonical origin when this is a mirror. */
  #asServed(url: URL): URL {
    return this.options.mirrorOf ? new URL(`${url.pathname}${url.search}`, this.options.mirrorOf) : url;
  }

  /** The first index strictly after the keyset (createdAt, _id), both descending. */
  #firstAfter(createdAtMs: number, objectId: string): number {
    const catalogue = this.catalogue;
    let lo = 0;
    let hi = catalogue.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = catalogue.createdAtMs(mid);
      const after = c < createdAtMs || (c === createdAtMs && catalogue.objectId(mid) < objectId);
      if (after) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  #single(id: string, url: URL, authorized = false): { status: number; body: string; headers?: Record<string, string> } {
    const renamed = this.catalogue.renames.get(id) ?? this.catalogue.movedTo.get(id);
    if (renamed !== undefined) {
      const location = `/api/models/${renamed}${url.search}`;
      return { status: 307, body: `Temporary Redirect. Redirecting to ${location}`, headers: { "content-type": "text/plain; charset=utf-8", location: this.options.mirrorOf ? `${this.options.mirrorOf}${location}` : location } };
    }
    this.stats.singleById.set(id, (this.stats.singleById.get(id) ?? 0) + 1);
    const renamedFrom = [...this.catalogue.renames].find(([, to]) => to === id)?.[0];
    let i = this.catalogue.hidden.has(id) ? undefined : this.catalogue.indexOfId(renamedFrom ?? id);
    if (i !== undefined && this.catalogue.item(i).private && !authorized) i = undefined;
    if (i === undefined && authorized) {
      return { status: 404, body: JSON.stringify({ error: "Repository not found" }), headers: { "x-error-code": "RepoNotFound", "x-error-message": "Repository not found" } };
    }
    if (i === undefined) {
      return {
        status: 401,
        body: JSON.stringify({ error: "Invalid username or password." }),
        headers: { "x-error-message": "Invalid username or password." },
      };
    }
    const expand = this.#expand(url, (field) => LIST_EXPAND.has(field) || SINGLE_ONLY_EXPAND.has(field));
    if (expand.error) return { status: 400, body: JSON.stringify({ error: expand.error }) };
    const model = this.catalogue.item(i);
    return { status: 200, body: JSON.stringify(project(model, expand.fields ?? [...DEFAULT_FIELDS, "usedStorage", "spaces"])) };
  }
}

const fieldsOf = (expanded: string[] | undefined): readonly string[] => expanded ?? DEFAULT_FIELDS;

/** The keys a response holds: `_id`, `id` and the asked-for fields; malformed items get one bad field. */
function project(model: HubModel, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (field === "modelId") out.modelId = model.id;
    else if (field in model && field !== "malformed" && field !== "alsoListed") out[field] = model[field as keyof HubModel];
  }
  if (model.malformed && "likes" in out) out.likes = "many";
  else if (model.malformed && "createdAt" in out) out.createdAt = "yesterday";
  return out;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Starts a stand-in Hub on loopback. */
export async function startHub(options: HubServerOptions): Promise<HubServer> {
  const server = new HubServer(options);
  await server.start();
  return server;
}
