/**
 * A loopback stand-in for the GitHub REST endpoints the action uses (repos, git/ref, git/refs,
 * git/commits, git/trees, git/blobs), backed by a real bare git repository through git's own
 * plumbing: hash-object -w for blobs, a temporary index (read-tree, update-index, write-tree) for
 * trees on a base tree, commit-tree, and update-ref <ref> <new> <old> for fast-forward-only updates.
 * Releases as GitHub's Releases API: create (the tag made in the repository at target_commitish),
 * get by tag, latest, list; 422 on a tag or asset name that exists; assets uploaded to the
 * `upload_url` the API returns, which is another server (GitHub's uploads host), and downloaded
 * from `/{owner}/{repo}/releases/latest/download/{name}` and `…/releases/download/{tag}/{name}`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface GitHubStats {
  requests: Array<{ method: string; path: string }>;
  tokens: Set<string>;
  refUpdates: { ok: number; rejected: number };
}

export interface StandInAsset {
  id: number;
  name: string;
  content_type: string;
  size: number;
  state: "uploaded";
  bytes: Buffer;
}

export interface StandInRelease {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string;
  body: string;
  assets: StandInAsset[];
}

export class GitHubServer {
  readonly bare: string;
  readonly owner = "octo";
  readonly repo = "trends";
  readonly branch = "main";
  readonly stats: GitHubStats = { requests: [], tokens: new Set(), refUpdates: { ok: 0, rejected: 0 } };
  /** Commits made without author and committer: GitHub signs these for the bot. */
  readonly #verified = new Set<string>();
  /** The repository's visibility, as GET /repos/{owner}/{repo} reports it. */
  isPrivate = false;
  /** A branch rule: every ref update is refused with 422, as GitHub does for a protected branch. */
  protectedBranch = false;
  /** Runs once before the next ref update: a push by someone else in the race window. */
  beforeRefUpdate: (() => void) | undefined;
  readonly releases: StandInRelease[] = [];
  /** The next this many uploads answer 502 (a flaky uploads host). */
  failUploads = 0;
  #nextId = 1;
  #server: Server | undefined;
  #uploads: Server | undefined;
  url = "";
  /** GitHub's uploads host: only reachable through a release's `upload_url`. */
  uploadsUrl = "";

  constructor() {
    this.bare = mkdtempSync(join(tmpdir(), "hf-trends-bare-"));
    this.git(["init", "--bare", "--initial-branch", this.branch]);
    this.pushOther("README.md", "# trends\n", "Initial commit");
  }

  git(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): string {
    return execFileSync("git", args, {
      cwd: this.bare,
      input: options.input,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "someone", GIT_AUTHOR_EMAIL: "someone@example.invalid",
        GIT_COMMITTER_NAME: "someone", GIT_COMMITTER_EMAIL: "someone@example.invalid",
        GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z", GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
        ...options.env,
      },
      maxBuffer: 1 << 30,
    }).toString().trim();
  }

  /** A commit by someone else on the branch (as a push would make it). */
  pushOther(path: string, content: string, message: string): string {
    const blob = this.git(["hash-object", "-w", "--stdin"], { input: content });
    const head = this.head();
    const tree = this.#buildTree(head ? this.git(["rev-parse", `${head}^{tree}`]) : undefined, [{ path, sha: blob, mode: "100644" }]);
    const commit = this.git(["commit-tree", tree, ...(head ? ["-p", head] : []), "-m", message]);
    this.git(["update-ref", `refs/heads/${this.branch}`, commit, ...(head ? [head] : [])]);
    return commit;
  }

  head(): string | undefined {
    try {
      return this.git(["rev-parse", "--verify", "--quiet", `refs/heads/${this.branch}`]) || undefined;
    } catch {
      return undefined;
    }
  }

  /** A tree from a base tree plus changes, through a temporary index (sha null removes a path). */
  #buildTree(baseTree: string | undefined, changes: Array<{ path: string; sha: string | null; mode: string }>): string {
    const scratch = mkdtempSync(join(tmpdir(), "hf-trends-index-"));
    // update-index wants a work tree even for index-only changes: give it an empty one.
    const env = { GIT_INDEX_FILE: join(scratch, "index"), GIT_WORK_TREE: scratch };
    if (baseTree) this.git(["read-tree", baseTree], { env });
    else this.git(["read-tree", "--empty"], { env });
    for (const change of changes) {
      if (change.sha === null) this.git(["update-index", "--force-remove", change.path], { env });
      else this.git(["update-index", "--add", "--cacheinfo", `${change.mode},${change.sha},${change.path}`], { env });
    }
    return this.git(["write-tree"], { env });
  }

  async start(): Promise<string> {
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => json(res, 500, { message: String(error) }));
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    this.#uploads = createServer((req, res) => {
      this.#upload(req, res).catch((error: unknown) => json(res, 500, { message: String(error) }));
    });
    await new Promise<void>((resolve) => this.#uploads?.listen(0, "127.0.0.1", resolve));
    this.uploadsUrl = `http://127.0.0.1:${(this.#uploads.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const server of [this.#server, this.#uploads]) {
      server?.closeAllConnections();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    }
  }

  /** A release as the API shows it. */
  #releaseJson(release: StandInRelease): Record<string, unknown> {
    const prefix = `/repos/${this.owner}/${this.repo}`;
    return {
      id: release.id, tag_name: release.tag_name, target_commitish: release.target_commitish, name: release.name, body: release.body,
      html_url: `${this.url}/${this.owner}/${this.repo}/releases/tag/${release.tag_name}`,
      upload_url: `${this.uploadsUrl}${prefix}/releases/${release.id}/assets{?name,label}`,
      assets: release.assets.map(({ bytes: _bytes, ...asset }) => ({
        ...asset, browser_download_url: `${this.url}/${this.owner}/${this.repo}/releases/download/${release.tag_name}/${asset.name}`,
      })),
    };
  }

  /** The latest release: the newest made (as make_latest: true does). */
  latestRelease(): StandInRelease | undefined {
    return this.releases.at(-1);
  }

  async #upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.uploadsUrl);
    this.stats.requests.push({ method: req.method ?? "", path: `uploads:${url.pathname}` });
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    if (!token) return json(res, 401, { message: "Requires authentication" });
    const m = new RegExp(`^/repos/${this.owner}/${this.repo}/releases/(\\d+)/assets$`).exec(url.pathname);
    const release = m ? this.releases.find((r) => r.id === Number(m[1])) : undefined;
    if (req.method !== "POST" || !release) return json(res, 404, { message: "Not Found" });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.failUploads > 0) {
      this.failUploads--;
      return json(res, 502, { message: "Bad Gateway" });
    }
    const name = url.searchParams.get("name");
    if (!name) return json(res, 422, { message: "Validation Failed", errors: [{ resource: "ReleaseAsset", code: "missing", field: "name" }] });
    if (release.assets.some((a) => a.name === name)) {
      return json(res, 422, { message: "Validation Failed", errors: [{ resource: "ReleaseAsset", code: "already_exists", field: "name" }] });
    }
    const bytes = Buffer.concat(chunks);
    const asset: StandInAsset = { id: this.#nextId++, name, content_type: String(req.headers["content-type"] ?? ""), size: bytes.length, state: "uploaded", bytes };
    release.assets.push(asset);
    const { bytes: _bytes, ...shown } = asset;
    return json(res, 201, shown);
  }

  /** github.com's download addresses: `releases/latest/download/{name}` and `releases/download/{tag}/{name}`. */
  #download(path: string, res: ServerResponse): boolean {
    const base = `/${this.owner}/${this.repo}/releases/`;
    if (!path.startsWith(base)) return false;
    const rest = path.slice(base.length);
    const latest = /^latest\/download\/([^/]+)$/.exec(rest);
    const tagged = /^download\/([^/]+)\/([^/]+)$/.exec(rest);
    const release = latest ? this.latestRelease() : tagged ? this.releases.find((r) => r.tag_name === decodeURIComponent(tagged[1] as string)) : undefined;
    const name = decodeURIComponent((latest?.[1] ?? tagged?.[2] ?? "") as string);
    const asset = release?.assets.find((a) => a.name === name);
    if (!asset) {
      res.writeHead(404).end("Not Found");
      return true;
    }
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": asset.size });
    res.end(asset.bytes);
    return true;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const method = req.method ?? "GET";
    this.stats.requests.push({ method, path: url.pathname });
    if (method === "GET" && this.#download(url.pathname, res)) return;
    const auth = req.headers.authorization ?? "";
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
    if (!token) return json(res, 401, { message: "Requires authentication" });
    this.stats.tokens.add(token);
    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (!url.pathname.startsWith(prefix)) return json(res, 404, { message: "Not Found" });
    const path = url.pathname.slice(prefix.length);
    const body = method === "GET" ? {} : await readBody(req);

    if (method === "GET" && path === "") return json(res, 200, { full_name: `${this.owner}/${this.repo}`, default_branch: this.branch, private: this.isPrivate });
    let m = /^\/git\/ref\/heads\/(.+)$/.exec(path);
    if (method === "GET" && m) {
      const sha = m[1] === this.branch ? this.head() : undefined;
      if (!sha) return json(res, 404, { message: "Not Found" });
      return json(res, 200, { ref: `refs/heads/${m[1]}`, object: { sha, type: "commit" } });
    }
    m = /^\/git\/commits\/([0-9a-f]{40})$/.exec(path);
    if (method === "GET" && m) {
      const sha = m[1] as string;
      const raw = this.git(["cat-file", "commit", sha]);
      const tree = /^tree ([0-9a-f]{40})$/m.exec(raw)?.[1];
      const parents = [...raw.matchAll(/^parent ([0-9a-f]{40})$/gm)].map((p) => ({ sha: p[1] }));
      return json(res, 200, { sha, tree: { sha: tree }, parents, verification: { verified: this.#verified.has(sha) } });
    }
    m = /^\/git\/trees\/([0-9a-f]{40})$/.exec(path);
    if (method === "GET" && m) {
      const recursive = url.searchParams.has("recursive");
      const out = this.git(["ls-tree", "-l", ...(recursive ? ["-r", "-t"] : []), m[1] as string]);
      const tree = out
        ? out.split("\n").map((line) => {
            const [meta, entryPath] = line.split("\t") as [string, string];
            const [mode, type, sha, size] = meta.split(/\s+/) as [string, string, string, string];
            return { path: entryPath, mode, type, sha, ...(type === "blob" ? { size: Number(size) } : {}) };
          })
        : [];
      return json(res, 200, { sha: m[1], tree, truncated: false });
    }
    if (method === "POST" && path === "/git/blobs") {
      const { content, encoding } = body as { content: string; encoding: string };
      const bytes = Buffer.from(content, encoding === "base64" ? "base64" : "utf8");
      const sha = this.git(["hash-object", "-w", "--stdin"], { input: bytes });
      return json(res, 201, { sha, url: `${this.url}${prefix}/git/blobs/${sha}` });
    }
    if (method === "POST" && path === "/git/trees") {
      const { base_tree, tree } = body as { base_tree?: string; tree: Array<{ path: string; mode: string; type: string; sha: string | null }> };
      for (const entry of tree) {
        if (entry.sha !== null && !this.#exists(entry.sha)) return json(res, 422, { message: `GitTree: tree.sha ${entry.sha} is not a valid blob` });
      }
      const sha = this.#buildTree(base_tree, tree.map((e) => ({ path: e.path, sha: e.sha, mode: e.mode })));
      return json(res, 201, { sha, tree: [] });
    }
    if (method === "POST" && path === "/git/commits") {
      const { message, tree, parents, author, committer } = body as { message: string; tree: string; parents: string[]; author?: unknown; committer?: unknown };
      const bot = { GIT_AUTHOR_NAME: "github-actions[bot]", GIT_AUTHOR_EMAIL: "41898282+github-actions[bot]@users.noreply.github.com" };
      const sha = this.git(["commit-tree", tree, ...parents.flatMap((p) => ["-p", p]), "-m", message], {
        env: { ...bot, GIT_COMMITTER_NAME: "GitHub", GIT_COMMITTER_EMAIL: "noreply@github.com" },
      });
      const verified = author === undefined && committer === undefined;
      if (verified) this.#verified.add(sha);
      return json(res, 201, { sha, tree: { sha: tree }, message, verification: { verified, reason: verified ? "valid" : "unsigned" } });
    }
    m = /^\/git\/refs\/heads\/(.+)$/.exec(path);
    if (method === "PATCH" && m) {
      const hook = this.beforeRefUpdate;
      this.beforeRefUpdate = undefined;
      hook?.();
      if (this.protectedBranch) {
        this.stats.refUpdates.rejected++;
        return json(res, 422, { message: "Changes must be made through a pull request." });
      }
      const { sha, force } = body as { sha: string; force?: boolean };
      const current = this.head() as string;
      let fastForward = true;
      try {
        this.git(["merge-base", "--is-ancestor", current, sha]);
      } catch {
        fastForward = false;
      }
      if (!fastForward && !force) {
        this.stats.refUpdates.rejected++;
        return json(res, 422, { message: "Update is not a fast forward" });
      }
      this.git(["update-ref", `refs/heads/${m[1]}`, sha, current]);
      this.stats.refUpdates.ok++;
      return json(res, 200, { ref: `refs/heads/${m[1]}`, object: { sha, type: "commit" } });
    }
    if (method === "POST" && path === "/releases") {
      const { tag_name, target_commitish, name, body: notes } = body as { tag_name: string; target_commitish?: string; name?: string; body?: string };
      if (this.releases.some((r) => r.tag_name === tag_name)) {
        return json(res, 422, { message: "Validation Failed", errors: [{ resource: "Release", code: "already_exists", field: "tag_name" }] });
      }
      const target = this.git(["rev-parse", "--verify", `${target_commitish ?? this.branch}^{commit}`]);
      // A tag that exists already stays where it is (update-ref with an empty old value refuses to move it).
      if (!this.git(["tag", "--list", tag_name])) this.git(["update-ref", `refs/tags/${tag_name}`, target]);
      const release: StandInRelease = { id: this.#nextId++, tag_name, target_commitish: target_commitish ?? this.branch, name: name ?? tag_name, body: notes ?? "", assets: [] };
      this.releases.push(release);
      return json(res, 201, this.#releaseJson(release));
    }
    m = /^\/releases\/tags\/(.+)$/.exec(path);
    if (method === "GET" && m) {
      const release = this.releases.find((r) => r.tag_name === decodeURIComponent(m?.[1] as string));
      return release ? json(res, 200, this.#releaseJson(release)) : json(res, 404, { message: "Not Found" });
    }
    if (method === "GET" && path === "/releases/latest") {
      const release = this.latestRelease();
      return release ? json(res, 200, this.#releaseJson(release)) : json(res, 404, { message: "Not Found" });
    }
    if (method === "GET" && path === "/releases") return json(res, 200, [...this.releases].reverse().map((r) => this.#releaseJson(r)));
    return json(res, 404, { message: `Not Found: ${method} ${url.pathname}` });
  }

  #exists(sha: string): boolean {
    try {
      this.git(["cat-file", "-e", sha]);
      return true;
    } catch {
      return false;
    }
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : {};
}

export async function startGitHub(): Promise<GitHubServer> {
  const server = new GitHubServer();
  await server.start();
  return server;
}
