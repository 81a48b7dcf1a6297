/**
 * The Hub's write API for dataset repositories, on the stand-in Hub's own origin, faithful to
 * ../shared/HUB-WRITE-FACTS.md: create (409 when it exists), preupload (the server decides LFS),
 * the LFS batch with uploads on a second host (pre-signed: no Authorization there), the NDJSON
 * commit with `parentCommit`, tags (409), refs, tree and resolve with Range. Faults on demand:
 * failing uploads, a commit whose answer is lost after it landed, 429s.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface StoredFile {
  path: string;
  bytes: Buffer;
  lfs: boolean;
  /** sha256 (LFS) or the git blob id (regular). */
  oid: string;
}

export interface StoredCommit {
  oid: string;
  parent: string | undefined;
  summary: string;
  files: Map<string, StoredFile>;
}

export interface DatasetRepo {
  id: string;
  private: boolean;
  commits: StoredCommit[];
  head: string;
  tags: Map<string, string>;
}

/** Text over this many bytes, and anything binary, goes through LFS (the server decides). */
const LFS_THRESHOLD = 1_000_000;
/** Uploads over this many bytes get a multipart action (chunk_size in the header). */
const DEFAULT_MULTIPART = 8 * 1024 * 1024;

export interface DatasetStats {
  requests: Array<{ method: string; path: string; authorization: string | undefined }>;
  commits: number;
  uploads: number;
  /** Authorization headers that reached the uploads host (must stay empty). */
  uploadAuthorizations: string[];
}

export class HubDatasets {
  readonly repos = new Map<string, DatasetRepo>();
  /** Tokens that may write; any other bearer token is refused as invalid, a read token gets 403. */
  readonly writeTokens = new Set<string>();
  readonly readTokens = new Set<string>();
  readonly stats: DatasetStats = { requests: [], commits: 0, uploads: 0, uploadAuthorizations: [] };
  /** The next this many uploads answer 503. */
  failUploads = 0;
  /** The next this many commits land, but the connection is cut before the answer. */
  loseCommitAnswers = 0;
  /** The next this many write API calls answer 429 with RateLimit headers. */
  rateLimitNext = 0;
  multipartOver = DEFAULT_MULTIPART;
  /** LFS objects by repository, then oid: a repository has only what was uploaded to it. */
  readonly #objects = new Map<string, Map<string, Buffer>>();
  #uploads: Server | undefined;
  uploadsUrl = "";
  /** The Hub's own origin (set by the Hub server that mounts this). */
  origin = "";

  async start(): Promise<void> {
    this.#uploads = createServer((req, res) => {
      this.#upload(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.#uploads?.listen(0, "127.0.0.1", resolve));
    this.uploadsUrl = `http://127.0.0.1:${(this.#uploads.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.#uploads?.closeAllConnections();
    await new Promise<void>((resolve) => (this.#uploads ? this.#uploads.close(() => resolve()) : resolve()));
  }

  /** The files of a revision (branch, tag or commit). */
  filesAt(repoId: string, revision = "main"): Map<string, StoredFile> | undefined {
    const repo = this.repos.get(repoId);
    const commit = repo && this.#commitOf(repo, revision);
    return commit?.files;
  }

  #commitOf(repo: DatasetRepo, revision: string): StoredCommit | undefined {
    const oid = revision === "main" ? repo.head : (repo.tags.get(revision) ?? revision);
    return repo.commits.find((c) => c.oid === oid);
  }

  /** Answers a request of the write API; false when the path is not one of its. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname;
    const routes: Array<[RegExp, (m: RegExpExecArray) => Promise<void>]> = [
      [/^\/api\/repos\/create$/, () => this.#create(req, res)],
      [/^\/api\/datasets\/([^/]+\/[^/]+)\/preupload\/([^/]+)$/, (m) => this.#preupload(req, res, m[1] as string)],
      [/^\/datasets\/([^/]+\/[^/]+)\.git\/info\/lfs\/objects\/batch$/, (m) => this.#batch(req, res, m[1] as string)],
      [/^\/api\/datasets\/([^/]+\/[^/]+)\/commit\/([^/]+)$/, (m) => this.#commit(req, res, m[1] as string)],
      [/^\/api\/datasets\/([^/]+\/[^/]+)\/tag\/([^/]+)$/, (m) => this.#tag(req, res, m[1] as string, decodeURIComponent(m[2] as string))],
      [/^\/api\/datasets\/([^/]+\/[^/]+)\/refs$/, (m) => this.#refs(req, res, m[1] as string)],
      [/^\/api\/datasets\/([^/]+\/[^/]+)\/tree\/([^/]+)(\/.*)?$/, (m) => this.#tree(req, res, m[1] as string, decodeURIComponent(m[2] as string))],
      [/^\/datasets\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/, (m) => this.#resolve(req, res, m[1] as string, decodeURIComponent(m[2] as string), decodeURIComponent(m[3] as string))],
      [/^\/api\/datasets\/([^/]+\/[^/]+)$/, (m) => this.#info(req, res, m[1] as string)],
    ];
    for (const [pattern, run] of routes) {
      const match = pattern.exec(path);
      if (!match) continue;
      this.stats.requests.push({ method: req.method ?? "", path, authorization: req.headers.authorization });
      if (this.rateLimitNext > 0 && req.method !== "GET" && req.method !== "HEAD") {
        this.rateLimitNext--;
        json(res, 429, { error: "You have been rate-limited; retry later" }, { ratelimit: '"api";r=0;t=1', "ratelimit-policy": '"fixed window";"api";q=1000;w=300' });
        return true;
      }
      await run(match);
      return true;
    }
    return false;
  }

  /** Who is calling: "write", "read", "anonymous", or a refusal already answered. */
  #auth(req: IncomingMessage, res: ServerResponse, need: "write" | "read"): boolean {
    const header = req.headers.authorization;
    if (header === undefined) {
      if (need === "read") return true;
      json(res, 401, { error: "Invalid username or password." }, { "x-error-message": "Invalid username or password." });
      return false;
    }
    const token = header.replace(/^Bearer /, "");
    if (!this.writeTokens.has(token) && !this.readTokens.has(token)) {
      json(res, 401, { error: "Invalid credentials in Authorization header" }, { "x-error-message": "Invalid credentials in Authorization header" });
      return false;
    }
    if (need === "write" && !this.writeTokens.has(token)) {
      json(res, 403, { error: "You don't have the rights to create a dataset under the namespace" }, { "x-error-message": "You don't have the rights to create a dataset under the namespace" });
      return false;
    }
    return true;
  }

  #repo(res: ServerResponse, id: string, req: IncomingMessage): DatasetRepo | undefined {
    const repo = this.repos.get(id);
    if (repo && (!repo.private || req.headers.authorization)) return repo;
    if (req.headers.authorization) json(res, 404, { error: "Repository not found" }, { "x-error-code": "RepoNotFound" });
    else json(res, 401, { error: "Invalid username or password." });
    return undefined;
  }

  async #create(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = JSON.parse((await readBody(req)).toString("utf8")) as { name: string; organization?: string; type: string; private?: boolean; visibility?: string };
    if (!this.#auth(req, res, "write")) return;
    if (body.type !== "dataset") return json(res, 400, { error: "the stand-in makes dataset repositories only" });
    const id = `${body.organization}/${body.name}`;
    if (this.repos.has(id)) return json(res, 409, { error: "You already created this dataset repo", url: `${this.origin}/datasets/${id}` });
    const initial = this.#newCommit(undefined, "initial commit", new Map([[".gitattributes", regularFile(".gitattributes", Buffer.from("*.parquet filter=lfs diff=lfs merge=lfs -text\n"))]]));
    this.repos.set(id, { id, private: body.private === true || body.visibility === "private", commits: [initial], head: initial.oid, tags: new Map() });
    json(res, 200, { url: `${this.origin}/datasets/${id}`, name: id, id: randomBytes(12).toString("hex") });
  }

  async #info(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    if (!this.#auth(req, res, "read")) return;
    const repo = this.#repo(res, id, req);
    if (repo) json(res, 200, { id, private: repo.private, sha: repo.head });
  }

  async #preupload(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const body = JSON.parse((await readBody(req)).toString("utf8")) as { files: Array<{ path: string; size: number; sample: string }> };
    if (!this.#auth(req, res, "write") || !this.#repo(res, id, req)) return;
    if (body.files.length > 100) return json(res, 400, { error: "at most 100 files per call" });
    json(res, 200, {
      files: body.files.map((f) => {
        const sample = Buffer.from(f.sample, "base64");
        const binary = sample.includes(0) || f.path.endsWith(".parquet");
        return { path: f.path, uploadMode: binary || f.size > LFS_THRESHOLD ? "lfs" : "regular", shouldIgnore: false };
      }),
    });
  }

  async #batch(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const body = JSON.parse((await readBody(req)).toString("utf8")) as { operation: string; transfers: string[]; objects: Array<{ oid: string; size: number }> };
    if (!this.#auth(req, res, "write") || !this.#repo(res, id, req)) return;
    if (req.headers["content-type"] !== "application/vnd.git-lfs+json") return json(res, 415, { message: "content type must be application/vnd.git-lfs+json" });
    if (body.transfers.includes("xet")) return json(res, 200, { transfer: "xet", objects: [] });
    const stored = this.#objects.get(id);
    const repo = encodeURIComponent(id);
    const objects = body.objects.map((object) => {
      if (stored?.has(object.oid)) return { oid: object.oid, size: object.size };
      const href = `${this.uploadsUrl}/lfs/${object.oid}?repo=${repo}&X-Amz-Signature=${randomBytes(8).toString("hex")}`;
      if (object.size > this.multipartOver && body.transfers.includes("multipart")) {
        const parts = Math.ceil(object.size / this.multipartOver);
        const header: Record<string, string> = { chunk_size: String(this.multipartOver) };
        for (let p = 1; p <= parts; p++) header[String(p).padStart(5, "0")] = `${this.uploadsUrl}/lfs/${object.oid}/part/${p}?repo=${repo}`;
        return { oid: object.oid, size: object.size, actions: { upload: { href: `${this.uploadsUrl}/lfs/${object.oid}/complete?repo=${repo}`, header, expires_in: 3600 } } };
      }
      return { oid: object.oid, size: object.size, actions: { upload: { href, expires_in: 3600 } } };
    });
    res.writeHead(200, { "content-type": "application/vnd.git-lfs+json" }).end(JSON.stringify({ transfer: "basic", objects }));
  }

  readonly #parts = new Map<string, Map<number, Buffer>>();

  /** The uploads host: PUT an object (or a part), POST to complete a multipart upload. */
  async #upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.uploadsUrl);
    if (req.headers.authorization) this.stats.uploadAuthorizations.push(req.headers.authorization);
    const body = await readBody(req);
    if (this.failUploads > 0) {
      this.failUploads--;
      res.writeHead(503, { "content-type": "text/html" }).end("<html><body>503 Slow Down</body></html>");
      return;
    }
    const part = /^\/lfs\/([0-9a-f]{64})\/part\/(\d+)$/.exec(url.pathname);
    if (part && req.method === "PUT") {
      const parts = this.#parts.get(part[1] as string) ?? new Map<number, Buffer>();
      parts.set(Number(part[2]), body);
      this.#parts.set(part[1] as string, parts);
      const etag = `"${createHash("md5").update(body).digest("hex")}"`;
      res.writeHead(200, { etag }).end();
      return;
    }
    const complete = /^\/lfs\/([0-9a-f]{64})\/complete$/.exec(url.pathname);
    if (complete && req.method === "POST") {
      const oid = complete[1] as string;
      const order = JSON.parse(body.toString("utf8")) as { parts: Array<{ partNumber: number; etag: string }> };
      const parts = this.#parts.get(oid);
      const bytes = Buffer.concat(order.parts.map((p) => parts?.get(p.partNumber) ?? Buffer.alloc(0)));
      return this.#store(res, url.searchParams.get("repo") ?? "", oid, bytes);
    }
    const whole = /^\/lfs\/([0-9a-f]{64})$/.exec(url.pathname);
    if (whole && req.method === "PUT" && url.searchParams.has("X-Amz-Signature")) return this.#store(res, url.searchParams.get("repo") ?? "", whole[1] as string, body);
    res.writeHead(403, { "content-type": "text/plain" }).end("SignatureDoesNotMatch");
  }

  #store(res: ServerResponse, repo: string, oid: string, bytes: Buffer): void {
    if (createHash("sha256").update(bytes).digest("hex") !== oid) {
      res.writeHead(400, { "content-type": "text/plain" }).end("the bytes do not hash to the oid");
      return;
    }
    this.stats.uploads++;
    const stored = this.#objects.get(repo) ?? new Map<string, Buffer>();
    stored.set(oid, bytes);
    this.#objects.set(repo, stored);
    res.writeHead(200).end();
  }

  async #commit(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const body = (await readBody(req)).toString("utf8");
    if (!this.#auth(req, res, "write")) return;
    const repo = this.#repo(res, id, req);
    if (!repo) return;
    if (!/^application\/x-ndjson/.test(req.headers["content-type"] ?? "")) return json(res, 415, { error: "Content-Type must be application/x-ndjson" });
    const lines = body.split("\n").filter(Boolean).map((line) => JSON.parse(line) as { key: string; value: Record<string, unknown> });
    const header = lines[0];
    if (header?.key !== "header") return json(res, 400, { error: "the first line must be the header" });
    // HUB-WRITE-FACTS: keep a commit under ≈100 files (the stand-in holds a writer to it).
    if (lines.length - 1 > 100) return json(res, 400, { error: `too many files in one commit (${lines.length - 1}): split it` });
    const parent = header.value.parentCommit as string | undefined;
    if (parent !== undefined && parent !== repo.head) return json(res, 412, { error: `A commit has happened since. Please refresh and try again. (parent ${parent}, head ${repo.head})` });
    const head = repo.commits.find((c) => c.oid === repo.head) as StoredCommit;
    const files = new Map(head.files);
    for (const { key, value } of lines.slice(1)) {
      const path = value.path as string;
      if (key === "file") files.set(path, regularFile(path, Buffer.from(value.content as string, "base64")));
      else if (key === "lfsFile") {
        const bytes = this.#objects.get(id)?.get(value.oid as string);
        if (!bytes || bytes.length !== value.size) return json(res, 422, { error: `LFS object ${value.oid} for ${path} was never uploaded` });
        files.set(path, { path, bytes, lfs: true, oid: value.oid as string });
      } else if (key === "deletedFile") files.delete(path);
      else return json(res, 400, { error: `unknown line key ${key}` });
    }
    const commit = this.#newCommit(repo.head, header.value.summary as string, files);
    repo.commits.push(commit);
    repo.head = commit.oid;
    this.stats.commits++;
    if (this.loseCommitAnswers > 0) {
      this.loseCommitAnswers--;
      res.destroy(); // it landed; the answer never arrives
      return;
    }
    json(res, 200, { commitOid: commit.oid, commitUrl: `${this.origin}/datasets/${id}/commit/${commit.oid}`, hookOutput: "" });
  }

  async #tag(req: IncomingMessage, res: ServerResponse, id: string, revision: string): Promise<void> {
    const body = JSON.parse((await readBody(req)).toString("utf8")) as { tag: string; message?: string };
    if (!this.#auth(req, res, "write")) return;
    const repo = this.#repo(res, id, req);
    if (!repo) return;
    if (repo.tags.has(body.tag)) return json(res, 409, { error: `Tag ${body.tag} already exists` });
    const commit = this.#commitOf(repo, revision);
    if (!commit) return json(res, 404, { error: `Invalid rev id: ${revision}` }, { "x-error-code": "RevisionNotFound" });
    repo.tags.set(body.tag, commit.oid);
    json(res, 200, {});
  }

  async #refs(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    if (!this.#auth(req, res, "read")) return;
    const repo = this.#repo(res, id, req);
    if (!repo) return;
    json(res, 200, {
      branches: [{ name: "main", ref: "refs/heads/main", targetCommit: repo.head }],
      tags: [...repo.tags].map(([name, oid]) => ({ name, ref: `refs/tags/${name}`, targetCommit: oid })),
      converts: [],
    });
  }

  async #tree(req: IncomingMessage, res: ServerResponse, id: string, revision: string): Promise<void> {
    if (!this.#auth(req, res, "read")) return;
    const repo = this.#repo(res, id, req);
    if (!repo) return;
    const commit = this.#commitOf(repo, revision);
    if (!commit) return json(res, 404, { error: "Invalid rev id" }, { "x-error-code": "RevisionNotFound" });
    json(res, 200, [...commit.files.values()].map((f) => ({
      type: "file", path: f.path, size: f.bytes.length, oid: f.lfs ? gitBlobId(Buffer.from(lfsPointer(f))) : f.oid,
      ...(f.lfs ? { lfs: { oid: f.oid, size: f.bytes.length, pointerSize: lfsPointer(f).length } } : {}),
    })));
  }

  async #resolve(req: IncomingMessage, res: ServerResponse, id: string, revision: string, path: string): Promise<void> {
    if (!this.#auth(req, res, "read")) return;
    const repo = this.#repo(res, id, req);
    if (!repo) return;
    const file = this.#commitOf(repo, revision)?.files.get(path);
    if (!file) return json(res, 404, { error: "Entry not found" }, { "x-error-code": "EntryNotFound" });
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? "");
    const size = file.bytes.length;
    const headers = { "accept-ranges": "bytes", etag: `"${file.oid}"`, "content-type": "application/octet-stream" };
    if (range) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      res.writeHead(206, { ...headers, "content-range": `bytes ${start}-${end}/${size}`, "content-length": String(end - start + 1) });
      res.end(req.method === "HEAD" ? undefined : file.bytes.subarray(start, end + 1));
      return;
    }
    res.writeHead(200, { ...headers, "content-length": String(size) });
    res.end(req.method === "HEAD" ? undefined : file.bytes);
  }

  #newCommit(parent: string | undefined, summary: string, files: Map<string, StoredFile>): StoredCommit {
    return { oid: randomBytes(20).toString("hex"), parent, summary, files };
  }
}

function regularFile(path: string, bytes: Buffer): StoredFile {
  return { path, bytes, lfs: false, oid: gitBlobId(bytes) };
}

function gitBlobId(bytes: Buffer): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

function lfsPointer(file: StoredFile): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${file.oid}\nsize ${file.bytes.length}\n`;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
