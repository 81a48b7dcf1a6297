import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  distribution_default,
  isRefusedToken,
  sleep
} from "./chunk-SGT3IHLK.js";
import {
  NEW_WRITE_TOKEN
} from "./chunk-INJNKERU.js";
import {
  quoted
} from "./chunk-W7Y2WGML.js";

// src/publish/hf-api.ts
import { createHash } from "node:crypto";
var HfDatasetError = class extends Error {
  name = "HfDatasetError";
  status;
  constructor(message, status, cause) {
    super(message, { cause });
    this.status = status;
  }
};
var DatasetTokenRefused = class extends HfDatasetError {
  kind;
  hubText;
  /** The repository it was refused for, once the caller knows it. */
  repo = "";
  constructor(kind, hubText, status) {
    super(`the Hub ${kind === "invalid" ? "refused the token" : "does not let the token write"}: ${quoted(hubText, 200)}`, status);
    this.kind = kind;
    this.hubText = hubText;
  }
  /** What the user reads (terms.ts failureMessage): which token, why, and what to do. */
  advice(terms) {
    return this.kind === "invalid" ? `the Hub refused the token in ${terms.datasetToken} for ${this.repo}: it is expired, revoked or mistyped; ${NEW_WRITE_TOKEN} and update the secret. The GitHub commit and release stay; the next run publishes the snapshot` : `the token in ${terms.datasetToken} cannot write to ${this.repo} (the Hub: ${JSON.stringify(this.hubText.slice(0, 160))}): give it write access (a write token, or a fine-grained one with write access to that repository or its organisation). The GitHub commit and release stay; the next run publishes the snapshot`;
  }
};
var CommitAnswerLost = class extends HfDatasetError {
};
var RETRY = /* @__PURE__ */ new Set([408, 500, 502, 503, 504]);
var MAX_ATTEMPTS = 6;
var MAX_RATE_LIMIT_WAITS = 20;
var HubWriteApi = class {
  endpoint;
  origin;
  #token;
  #http;
  #backoffBaseMs;
  requests = 0;
  bytesUploaded = 0;
  constructor(options) {
    this.endpoint = options.endpoint.replace(/\/+$/, "");
    this.origin = new URL(this.endpoint).origin;
    this.#token = options.token;
    this.#backoffBaseMs = options.backoffBaseMs ?? 1e3;
    this.#http = distribution_default.create({ retry: 0, throwHttpErrors: false, timeout: options.timeoutMs ?? 6e4, redirect: "manual" });
  }
  /**
   * One request; with `idempotent`, faults are retried with backoff. A 429 is waited out either
   * way (the Hub did not act on it). The token is attached only on the endpoint's origin.
   */
  async #send(method, url, init) {
    const onOrigin = new URL(url).origin === this.origin;
    const headers = { ...init.headers };
    if (onOrigin) headers.authorization = `Bearer ${this.#token}`;
    let faults = 0;
    let waits = 0;
    for (; ; ) {
      let response;
      try {
        this.requests++;
        response = await this.#http(url, {
          method,
          headers,
          ...init.json !== void 0 ? { json: init.json } : {},
          ...init.body !== void 0 ? { body: init.body } : {},
          ...init.timeoutMs ? { timeout: init.timeoutMs } : {}
        });
      } catch (error) {
        if (!init.idempotent) throw new CommitAnswerLost(`no answer from ${new URL(url).host} (${error.message.split(":")[0]})`, void 0, error);
        if (++faults >= MAX_ATTEMPTS) throw new HfDatasetError(`${method} ${new URL(url).pathname} failed after ${faults} attempts: ${error.message.split("\n")[0]}`, void 0, error);
        await sleep(this.#backoff(faults));
        continue;
      }
      if (response.status === 429 && ++waits <= MAX_RATE_LIMIT_WAITS) {
        await response.body?.cancel();
        const t = /(?:^|;)\s*t=(\d+)/.exec(response.headers.get("ratelimit") ?? "");
        await sleep(t ? (Number(t[1]) + 1) * 1e3 : this.#backoff(waits) * 5);
        continue;
      }
      if (RETRY.has(response.status)) {
        await response.body?.cancel();
        if (!init.idempotent) throw new CommitAnswerLost(`HTTP ${response.status} from ${new URL(url).host}`, response.status);
        if (++faults >= MAX_ATTEMPTS) throw new HfDatasetError(`${method} ${new URL(url).pathname} failed after ${faults} attempts (HTTP ${response.status})`, response.status);
        await sleep(this.#backoff(faults));
        continue;
      }
      if (onOrigin && (response.status === 401 || response.status === 403)) {
        const text = await errorText(response);
        if (response.status === 403 || isRefusedToken(text)) throw new DatasetTokenRefused(response.status === 403 ? "no-write" : "invalid", text, response.status);
        throw new HfDatasetError(`${method} ${new URL(url).pathname}: HTTP 401: ${quoted(text, 200)}`, 401);
      }
      return response;
    }
  }
  #backoff(n) {
    const ceiling = Math.min(6e4, this.#backoffBaseMs * 2 ** (n - 1));
    return Math.round(ceiling / 2 + Math.random() * ceiling / 2);
  }
  async #json(method, url, init, ok = [200]) {
    const response = await this.#send(method, url, init);
    if (!ok.includes(response.status)) throw new HfDatasetError(`${method} ${new URL(url).pathname}: HTTP ${response.status}: ${quoted(await errorText(response), 200)}`, response.status);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }
  #repoPath(repo) {
    return `${this.endpoint}/api/datasets/${repo.split("/").map(encodeURIComponent).join("/")}`;
  }
  /** Creates the repository; "exists" on 409 (success for a publisher). */
  async createRepo(repo, isPrivate) {
    const [organization, name] = repo.split("/");
    const { status } = await this.#json(
      "POST",
      `${this.endpoint}/api/repos/create`,
      { json: { name, organization, type: "dataset", private: isPrivate, visibility: isPrivate ? "private" : "public" }, idempotent: true },
      [200, 409]
    );
    return status === 409 ? "exists" : "created";
  }
  async repoInfo(repo) {
    return (await this.#json("GET", this.#repoPath(repo), { idempotent: true })).body;
  }
  async refs(repo) {
    const { body } = await this.#json("GET", `${this.#repoPath(repo)}/refs`, { idempotent: true });
    return { head: body.branches.find((b) => b.name === "main")?.targetCommit, tags: new Map(body.tags.map((t) => [t.name, t.targetCommit])) };
  }
  async tree(repo, revision) {
    return (await this.#json("GET", `${this.#repoPath(repo)}/tree/${encodeURIComponent(revision)}?recursive=true`, { idempotent: true })).body;
  }
  /** The server decides which files go through LFS. */
  async preupload(repo, files) {
    const { body } = await this.#json("POST", `${this.#repoPath(repo)}/preupload/main`, {
      json: { files: files.map((f) => ({ path: f.path, size: f.bytes.byteLength, sample: Buffer.from(f.bytes.subarray(0, 512)).toString("base64") })) },
      idempotent: true
    });
    return new Map(body.files.map((f) => [f.path, f.uploadMode]));
  }
  /** Upload actions for the objects the Hub does not have yet (no `actions`: already stored). Basic and multipart only: no Xet offered. */
  async lfsBatch(repo, objects) {
    const { body } = await this.#json(
      "POST",
      `${this.endpoint}/datasets/${repo}.git/info/lfs/objects/batch`,
      {
        body: JSON.stringify({ operation: "upload", transfers: ["basic", "multipart"], hash_algo: "sha_256", ref: { name: "main" }, objects }),
        headers: { "content-type": "application/vnd.git-lfs+json", accept: "application/vnd.git-lfs+json" },
        idempotent: true
      }
    );
    const actions = /* @__PURE__ */ new Map();
    for (const object of body.objects) {
      if (object.error) throw new HfDatasetError(`the Hub refused to store ${object.oid.slice(0, 12)}: ${quoted(object.error.message, 200)}`);
      if (object.actions?.upload) actions.set(object.oid, object.actions.upload);
    }
    return actions;
  }
  /** The bytes to a pre-signed URL (no token there): whole, or in parts when the action says `chunk_size`. */
  async upload(action, oid, bytes) {
    const timeoutMs = 10 * 6e4;
    const chunk = Number(action.header?.chunk_size);
    if (!chunk) {
      const response = await this.#send("PUT", action.href, { body: bytes, idempotent: true, timeoutMs });
      if (!response.ok) throw new HfDatasetError(`the upload of ${oid.slice(0, 12)} was refused: HTTP ${response.status}`, response.status);
      await response.body?.cancel();
      this.bytesUploaded += bytes.byteLength;
      return;
    }
    const parts = [];
    for (let n = 1, start = 0; start < bytes.byteLength; n++, start += chunk) {
      const url = action.header?.[String(n).padStart(5, "0")];
      if (!url) throw new HfDatasetError(`the Hub gave no URL for part ${n} of ${oid.slice(0, 12)}`);
      const response = await this.#send("PUT", url, { body: bytes.subarray(start, start + chunk), idempotent: true, timeoutMs });
      if (!response.ok) throw new HfDatasetError(`part ${n} of ${oid.slice(0, 12)} was refused: HTTP ${response.status}`, response.status);
      await response.body?.cancel();
      parts.push({ partNumber: n, etag: response.headers.get("etag") ?? "" });
    }
    const done = await this.#send("POST", action.href, { json: { oid, parts }, idempotent: true });
    if (!done.ok) throw new HfDatasetError(`completing the upload of ${oid.slice(0, 12)} was refused: HTTP ${done.status}`, done.status);
    await done.body?.cancel();
    this.bytesUploaded += bytes.byteLength;
  }
  /** One NDJSON commit on main with `parentCommit` (refused when main moved). Never retried here. */
  async commit(repo, summary, parentCommit, files) {
    const lines = [
      { key: "header", value: { summary, description: "", ...parentCommit ? { parentCommit } : {} } },
      ...files.map(
        (f) => f.lfs ? { key: "lfsFile", value: { path: f.path, algo: "sha256", oid: sha256(f.bytes), size: f.bytes.byteLength } } : { key: "file", value: { path: f.path, content: Buffer.from(f.bytes).toString("base64"), encoding: "base64" } }
      )
    ];
    const response = await this.#send("POST", `${this.#repoPath(repo)}/commit/main`, {
      body: `${lines.map((line) => JSON.stringify(line)).join("\n")}
`,
      headers: { "content-type": "application/x-ndjson" },
      idempotent: false
    });
    if (response.status !== 200) throw new HfDatasetError(`the commit to ${repo} was refused: HTTP ${response.status}: ${quoted(await errorText(response), 200)}`, response.status);
    let body;
    try {
      body = await response.json();
    } catch (error) {
      throw new CommitAnswerLost(`the commit's answer was cut short`, 200, error);
    }
    if (!body.commitOid) throw new CommitAnswerLost("the commit's answer named no commit", 200);
    return body.commitOid;
  }
  /** Tags a revision; "exists" on 409. */
  async tag(repo, revision, tag, message) {
    const { status } = await this.#json("POST", `${this.#repoPath(repo)}/tag/${encodeURIComponent(revision)}`, { json: { tag, message }, idempotent: true }, [200, 409]);
    return status === 409 ? "exists" : "created";
  }
};
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
async function errorText(response) {
  const header = response.headers.get("x-error-message");
  const text = await response.text().catch(() => "");
  try {
    const parsed = JSON.parse(text);
    if (typeof parsed.error === "string") return parsed.error;
    if (Array.isArray(parsed.error)) return parsed.error.join("; ");
  } catch {
  }
  return header ?? (text.trim().slice(0, 200) || `HTTP ${response.status}`);
}

export {
  HfDatasetError,
  DatasetTokenRefused,
  CommitAnswerLost,
  HubWriteApi,
  sha256
};
