/**
 * GitHub plumbing: the few Git Data API calls a commit needs, through octokit with the retry
 * and throttling plugins. No orchestration here; see commit.ts.
 */
import { Octokit } from "@octokit/core";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { refPath } from "../settings.ts";

const GitHubClient = Octokit.plugin(retry, throttling);
type Client = InstanceType<typeof GitHubClient>;

export interface TreeEntry {
  path: string;
  mode: string;
  type: "blob" | "tree" | "commit";
  sha: string;
}

/** A release as the Releases API returns it (the fields used here). */
export interface Release {
  id: number;
  tag_name: string;
  html_url: string;
  /** A URI template (`…/assets{?name,label}`) on GitHub's upload host: uploads go there, never to a host of our own. */
  upload_url: string;
  assets: Array<{ name: string; size: number; state?: string }>;
}

/** One change of a tree: a blob at a path, or `sha: null` to remove the path. */
export interface TreeChange {
  path: string;
  sha: string | null;
}

export class GitHubRepo {
  readonly owner: string;
  readonly repo: string;
  readonly #octokit: Client;

  constructor(options: { repository: string; token: string; apiUrl?: string | undefined; log?: (message: string) => void }) {
    const [owner, repo, extra] = options.repository.split("/");
    if (!owner || !repo || extra !== undefined) {
      throw new Error(`repository must be "owner/name", got "${options.repository}"`);
    }
    this.owner = owner;
    this.repo = repo;
    const log = options.log ?? (() => {});
    this.#octokit = new GitHubClient({
      auth: options.token,
      baseUrl: (options.apiUrl || "https://api.github.com").replace(/\/+$/, ""),
      userAgent: "hf-model-trends",
      log: { debug: () => {}, info: () => {}, warn: log, error: log },
      throttle: {
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log(`GitHub rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`);
          return retryCount < 3;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log(`GitHub secondary rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`);
          return retryCount < 3;
        },
      },
    });
  }

  #path(rest: string): string {
    return `/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}${rest}`;
  }

  async #repository(): Promise<{ default_branch: string; private: boolean }> {
    const { data } = await this.#octokit.request(`GET ${this.#path("")}`);
    return data as { default_branch: string; private: boolean };
  }

  async defaultBranch(): Promise<string> {
    return (await this.#repository()).default_branch;
  }

  async isPrivate(): Promise<boolean> {
    return (await this.#repository()).private === true;
  }

  async headOf(branch: string): Promise<string> {
    const { data } = await this.#octokit.request(`GET ${this.#path(`/git/ref/heads/${refPath(branch)}`)}`);
    return (data as { object: { sha: string } }).object.sha;
  }

  async treeOfCommit(sha: string): Promise<string> {
    const { data } = await this.#octokit.request(`GET ${this.#path(`/git/commits/${sha}`)}`);
    return (data as { tree: { sha: string } }).tree.sha;
  }

  async tree(sha: string, recursive: boolean): Promise<{ entries: TreeEntry[]; truncated: boolean }> {
    const { data } = await this.#octokit.request(`GET ${this.#path(`/git/trees/${sha}`)}${recursive ? "?recursive=1" : ""}`);
    const tree = data as { tree: TreeEntry[]; truncated?: boolean };
    return { entries: tree.tree, truncated: tree.truncated ?? false };
  }

  /**
   * Every blob below `dir` (a repository path) in the tree `rootSha`, keyed by full path.
   * Walks only the directories on the way, then asks for that subtree recursively.
   */
  async blobsUnder(rootSha: string, dir: string): Promise<Map<string, string>> {
    const blobs = new Map<string, string>();
    let sha: string | undefined = rootSha;
    const parts = dir.split("/").filter((part) => part !== "" && part !== ".");
    for (const part of parts) {
      const { entries } = await this.tree(sha, false);
      sha = entries.find((entry) => entry.path === part && entry.type === "tree")?.sha;
      if (!sha) return blobs;
    }
    const prefix = parts.length ? `${parts.join("/")}/` : "";
    const { entries, truncated } = await this.tree(sha, true);
    if (truncated) throw new Error(`the tree of ${dir} is too large for one listing; give the outputs their own directory`);
    for (const entry of entries) if (entry.type === "blob") blobs.set(prefix + entry.path, entry.sha);
    return blobs;
  }

  async createBlob(content: Uint8Array): Promise<string> {
    const { data } = await this.#octokit.request(`POST ${this.#path("/git/blobs")}`, {
      content: Buffer.from(content).toString("base64"),
      encoding: "base64",
    });
    return (data as { sha: string }).sha;
  }

  async createTree(baseTree: string, changes: readonly TreeChange[]): Promise<string> {
    const { data } = await this.#octokit.request(`POST ${this.#path("/git/trees")}`, {
      base_tree: baseTree,
      tree: changes.map((change) => ({ path: change.path, mode: "100644", type: "blob", sha: change.sha })),
    });
    return (data as { sha: string }).sha;
  }

  /** A commit with no author or committer: GitHub then signs it as the token's bot. */
  async createCommit(message: string, tree: string, parent: string): Promise<{ sha: string; verified: boolean }> {
    const { data } = await this.#octokit.request(`POST ${this.#path("/git/commits")}`, { message, tree, parents: [parent] });
    const commit = data as { sha: string; verification?: { verified?: boolean } };
    return { sha: commit.sha, verified: commit.verification?.verified ?? false };
  }

  /** The release of a tag, or undefined when there is none. */
  async releaseByTag(tag: string): Promise<Release | undefined> {
    try {
      const { data } = await this.#octokit.request(`GET ${this.#path(`/releases/tags/${encodeURIComponent(tag)}`)}`);
      return data as Release;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  }

  /**
   * Creates a release and its tag at `commit`. A 422 means the tag or release exists already (a
   * run in between): undefined, and the caller reads it again.
   */
  async createRelease(release: { tag: string; commit: string; name: string; body: string }): Promise<Release | undefined> {
    try {
      const { data } = await this.#octokit.request(`POST ${this.#path("/releases")}`, {
        tag_name: release.tag, target_commitish: release.commit, name: release.name, body: release.body, make_latest: "true",
      });
      return data as Release;
    } catch (error) {
      if ((error as { status?: number }).status === 422) return undefined;
      throw error;
    }
  }

  /** Uploads one asset to the release's own `upload_url` (the template the API returned). */
  async uploadAsset(release: Release, asset: { name: string; contentType: string; bytes: Uint8Array }): Promise<void> {
    await this.#octokit.request({
      method: "POST",
      url: release.upload_url,
      name: asset.name,
      data: asset.bytes,
      headers: { "content-type": asset.contentType, "content-length": asset.bytes.byteLength },
    });
  }

  /**
   * Moves the branch, never by force. A 422 comes back as GitHub's message: the branch moved
   * meanwhile, or a rule refused the update; the caller tells which by reading the head again.
   */
  async fastForward(branch: string, sha: string): Promise<{ ok: true } | { ok: false; message: string }> {
    try {
      await this.#octokit.request(`PATCH ${this.#path(`/git/refs/heads/${refPath(branch)}`)}`, { sha, force: false });
      return { ok: true };
    } catch (error) {
      const failure = error as { status?: number; message?: string };
      if (failure.status === 422) return { ok: false, message: failure.message ?? "422 Unprocessable Entity" };
      throw error;
    }
  }
}
