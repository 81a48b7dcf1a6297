/**
 * A large file on the Hub read by HTTP range requests only (ARCHIVE-FACTS "Reading a file without
 * downloading all of it"): `resolve` on the endpoint answers 302 to a signed URL on another host;
 * that host gets no token, and its URL expires (a 403: resolve again). Every answer must be a 206
 * with the exact `Content-Range` asked for and as many bytes: a 200 (the whole 1.5 GB file) is
 * refused at once, a short body is retried. As hyparquet's AsyncBuffer: `byteLength` and `slice`.
 */
import { HubError } from "./errors.ts";
import { TransientFault, type HubClient } from "./client.ts";
import { sleep } from "./rate-limit.ts";

/** Resolves a signed URL this many times at most for one range (each 403 from the file host asks for a new one). */
const MAX_RESOLVES = 3;
/** Bytes fetched at the end of the file first: the footer and, mostly, the metadata with it (more is asked for when the metadata is larger). */
export const FOOTER_BYTES = 1 << 16;

/** A file-host answer that fails the read at once, with what it was. */
export class RangeRefused extends HubError {}

export class RangeFile {
  readonly #client: HubClient;
  readonly #resolveUrl: string;
  readonly #what: string;
  #signed: { url: string; onEndpoint: boolean } | undefined;
  #resolves = 0;
  byteLength = 0;
  /** Bytes received (the bench and the progress lines count them). */
  bytesRead = 0;
  requests = 0;
  /** The last FOOTER_BYTES of the file, kept: the metadata is read from it (hyparquet's initialFetchSize). */
  #tail: { start: number; bytes: ArrayBuffer } | undefined;

  private constructor(client: HubClient, resolveUrl: string, what: string) {
    this.#client = client;
    this.#resolveUrl = resolveUrl;
    this.#what = what;
  }

  /** Opens the file: resolves it and reads its tail (which gives its size). */
  static async open(client: HubClient, resolveUrl: string, what: string): Promise<RangeFile> {
    const file = new RangeFile(client, resolveUrl, what);
    const tail = await file.#range(-FOOTER_BYTES, undefined);
    file.#tail = tail;
    return file;
  }

  async slice(start: number, end = this.byteLength): Promise<ArrayBuffer> {
    const tail = this.#tail;
    if (tail && start >= tail.start && end <= tail.start + tail.bytes.byteLength) return tail.bytes.slice(start - tail.start, end - tail.start);
    if (end <= start) return new ArrayBuffer(0);
    return (await this.#range(start, end)).bytes;
  }

  /** Bytes [start, end) (a negative start: the last -start bytes), retried through the client's rules, the signed URL renewed when it expires. */
  async #range(start: number, end: number | undefined): Promise<{ start: number; bytes: ArrayBuffer }> {
    const spec = start < 0 ? `bytes=${start}` : `bytes=${start}-${(end as number) - 1}`;
    return this.#client.withRetries(`${this.#what} bytes ${spec.slice(6)}`, this.#resolveUrl, async () => {
      this.#signed ??= await this.#resolve();
      const url = this.#signed.url;
      let response: Response;
      try {
        this.requests++;
        response = await fetch(url, { headers: { range: spec, ...this.#client.authorizationFor(url) }, redirect: "manual" });
      } catch (error) {
        throw new TransientFault(`file host: ${(error as Error).message}`, undefined, error);
      }
      if (response.status === 403 || response.status === 401) {
        // A signed URL that expired (or was refused): ask the Hub for a new one.
        await response.body?.cancel();
        this.#signed = undefined;
        if (++this.#resolves > MAX_RESOLVES) throw new RangeRefused(`${this.#what}: the file host kept refusing its signed URL (HTTP ${response.status}) after ${MAX_RESOLVES} new ones: ${this.#resolveUrl}`, { url: this.#resolveUrl, status: response.status, attempts: MAX_RESOLVES });
        throw new TransientFault(`the file host's signed URL expired (HTTP ${response.status}); resolving it again`, response.status);
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        // The file host's own 429 says nothing of a window: a short pause, then the client's backoff.
        if (response.status === 429) await sleep(200);
        throw new TransientFault(`the file host answered HTTP ${response.status}`, response.status);
      }
      if (response.status === 200) {
        await response.body?.cancel(); // never the whole file
        throw new RangeRefused(`${this.#what}: the file host answered 200 with the whole file where a range (206) was asked for; refusing to download it: ${this.#resolveUrl}`, { url: this.#resolveUrl, status: 200, attempts: 1 });
      }
      if (response.status !== 206) {
        await response.body?.cancel();
        throw new RangeRefused(`${this.#what}: the file host answered HTTP ${response.status} to a range request: ${this.#resolveUrl}`, { url: this.#resolveUrl, status: response.status, attempts: 1 });
      }
      const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(response.headers.get("content-range") ?? "");
      if (!range) {
        await response.body?.cancel();
        throw new RangeRefused(`${this.#what}: the file host's 206 has no exact Content-Range (${JSON.stringify(response.headers.get("content-range"))}): ${this.#resolveUrl}`, { url: this.#resolveUrl, status: 206, attempts: 1 });
      }
      const [from, to, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
      const wantFrom = start < 0 ? Math.max(0, total + start) : start;
      const wantTo = start < 0 ? total - 1 : Math.min(total, end as number) - 1;
      if (from !== wantFrom || to !== wantTo) {
        await response.body?.cancel();
        throw new TransientFault(`the file host sent bytes ${from}-${to} for ${wantFrom}-${wantTo}`, 206);
      }
      let bytes: ArrayBuffer;
      try {
        bytes = await response.arrayBuffer();
      } catch (error) {
        throw new TransientFault(`body cut short (${(error as Error).message})`, 206, error);
      }
      this.bytesRead += bytes.byteLength;
      if (bytes.byteLength !== to - from + 1) throw new TransientFault(`a short range: ${bytes.byteLength} of ${to - from + 1} bytes`, 206);
      this.byteLength = total;
      return { start: from, bytes };
    });
  }

  /** A signed URL for the file: the Hub's `resolve` redirect, asked with the token; the file host gets none. */
  async #resolve(): Promise<{ url: string; onEndpoint: boolean }> {
    this.requests++;
    const { location, onEndpoint } = await this.#client.resolveLocation(this.#resolveUrl);
    return { url: location, onEndpoint };
  }
}
