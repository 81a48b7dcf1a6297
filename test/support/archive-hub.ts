/**
 * A loopback stand-in for the Hub's public weekly archive (../shared/ARCHIVE-FACTS.md): the tree
 * API listing `models/YYYY-MM-DD` folders page by page (`Link`), `resolve` answering 302 to a
 * second host (another origin) that serves HTTP range requests on signed URLs that expire, and
 * each anomaly the facts name. The weeks' `models.parquet` are written by DuckDB (an independent
 * writer) with the archive's nested columns: `baseModels` (struct with a list of structs),
 * `safetensors` (struct with a map), `tags` and `siblings` (lists), and heavy text columns.
 * Every model is a pure function of its number and the week's: see `weekSql`.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

/** Pipeline tags of the whole Hub, by share of models (the tracked LLM tags among others). */
export const HUB_TAGS: ReadonlyArray<readonly [string, number]> = [
  ["text-generation", 0.3], ["image-text-to-text", 0.06], ["any-to-any", 0.02], ["text-to-image", 0.15], ["automatic-speech-recognition", 0.07],
  ["text-classification", 0.15], ["feature-extraction", 0.1], ["", 0.15],
];

export interface WeekSpec {
  /** The folder's date, the start of the week (YYYY-MM-DD). */
  week: string;
  /** Models 0 … models-1 exist this week (the catalogue grows). */
  models: number;
  /** Weeks since the first: all-time downloads grow by a week of each model's downloads per week. */
  index: number;
  /** downloadsAllTime exists only from 2025-02-27 (ARCHIVE-FACTS). */
  allTime: boolean;
  /** createdAt and lastModified as ISO text instead of timestamps. */
  datesAsText?: boolean;
  /** This share of models count half their all-time downloads (the counters rolled back). */
  rollbackShare?: number;
  /** Only this share of the rows (a partial file). */
  keepShare?: number;
  /** Bytes of heavy text a row (cardData, config): the real files are mostly such columns. */
  heavyBytes?: number;
  /** Rows a row group (pyarrow's default is about a million). */
  rowGroup?: number;
  /** No `pipeline_tag` column (a broken file). */
  noPipelineTag?: boolean;
  /** No `baseModels` column: the archive's files before January 2025 name no parents (ARCHIVE-FACTS). */
  noBaseModels?: boolean;
  /** Model `anchor.model` was created at `anchor.at`; each next one `secondsPerModel` later (the newest arrive in the week). */
  anchor?: { model: number; at: string };
  secondsPerModel?: number;
}

/** Untagged models whose first parents go round: 7 and 8 name each other, 9 names itself (of every 500). */
const UNTAGGED_LOOP = "i % 500 IN (7, 8, 9)";

/**
 * The SQL of one week's rows. A model's pipeline tag depends on its number (every 997th model's
 * card changes its tag from week to week); its parent is an older model (a family can cross tags);
 * its all-time downloads grow by its weekly downloads each week.
 */
export function weekSql(spec: WeekSpec): string {
  const h = (salt: number) => `(hash(i * 7919 + ${salt}) % 1000000)::BIGINT`;
  const tagCase = (() => {
    let at = 0;
    const parts = HUB_TAGS.map(([tag, share]) => {
      at += share * 1000;
      return `WHEN ${h(1)} % 1000 < ${Math.round(at)} THEN ${tag === "" ? "NULL" : `'${tag}'`}`;
    });
    return `CASE WHEN ${UNTAGGED_LOOP} THEN NULL WHEN i % 997 = 5 THEN (CASE WHEN ${spec.index} % 2 = 0 THEN 'image-text-to-text' ELSE 'text-generation' END) ${parts.join(" ")} ELSE NULL END`;
  })();
  // Models arrive in order, the newest during the week; a commit comes up to three days after creation.
  const anchor = spec.anchor ?? { model: spec.models, at: spec.week };
  const step = spec.secondsPerModel ?? 3024;
  const created = `(TIMESTAMP '${anchor.at}' + INTERVAL ((i - ${anchor.model}) * ${step}) SECOND)`;
  const modified = `(${created} + INTERVAL (${h(2)} % 4320) MINUTE)`;
  const weekly = `(CASE WHEN ${h(3)} % 10 < 6 THEN 0 ELSE ${h(4)} % 5000 END)`;
  const rolledBack = spec.rollbackShare ? `(${h(5)} % 1000 < ${Math.round(spec.rollbackShare * 1000)})` : "false";
  const allTime = `((${h(6)} % 100000) + ${weekly} * ${spec.index + 1}) // (CASE WHEN ${rolledBack} THEN 2 ELSE 1 END)`;
  // Mostly an older model (tracked, untracked or untagged); now and then one not in the file; the loop models name each other or themselves.
  const parent = `(CASE WHEN i % 500 = 7 THEN i + 1 WHEN i % 500 = 8 THEN i - 1 WHEN i % 500 = 9 THEN i WHEN ${h(17)} % 25 = 0 THEN i + ${spec.models} + 1000 ELSE greatest(0, i - 1 - ${h(7)} % 60) END)`;
  // A merge names a second parent; the first is the one a family follows.
  const second = `greatest(0, i - 2 - ${h(18)} % 90)`;
  const parentEntry = (n: string) => `{'_id': md5(${n}::VARCHAR)[:24], 'id': 'm' || (hash(${n} * 7919 + 8) % 1000000 % 400)::VARCHAR || '/model-' || ${n}::VARCHAR}`;
  const relation = `(['finetune', 'adapter', 'quantized', 'merge'])[1 + ${h(13)} % 4]`;
  const heavy = spec.heavyBytes ?? 64;
  const pieces = Math.max(1, Math.ceil(heavy / 32));
  const heavyText = Array.from({ length: pieces }, (_, k) => `md5((i * ${k + 3} + ${spec.index})::VARCHAR)`).join(" || ");
  const cols = [
    `'m' || (${h(8)} % 400)::VARCHAR || '/model-' || i::VARCHAR AS id`,
    `'m' || (${h(8)} % 400)::VARCHAR AS author`,
    `${weekly} AS downloads`,
    ...(spec.allTime ? [`${allTime} AS downloadsAllTime`] : []),
    `(${h(9)} % 50)::BIGINT AS likes`,
    `${h(10)}::DOUBLE / 1000 AS trendingScore`,
    spec.datesAsText ? `strftime(${created}, '%Y-%m-%dT%H:%M:%S.000Z') AS createdAt` : `${created} AS createdAt`,
    spec.datesAsText ? `strftime(${modified}, '%Y-%m-%dT%H:%M:%S.000Z') AS lastModified` : `${modified} AS lastModified`,
    `['transformers', 'license:apache-2.0', 'region:us'] AS tags`,
    ...(spec.noPipelineTag ? [] : [`${tagCase} AS pipeline_tag`]),
    `CASE WHEN ${h(11)} % 10 < 8 THEN 'transformers' WHEN ${h(11)} % 10 = 8 THEN 'gguf' ELSE NULL END AS library_name`,
    ...(spec.noBaseModels ? [] : [`CASE WHEN (i > 0 AND ${h(12)} % 3 = 0) OR ${UNTAGGED_LOOP} THEN {'models': CASE WHEN ${relation} = 'merge' THEN [${parentEntry(parent)}, ${parentEntry(second)}] ELSE [${parentEntry(parent)}] END, 'relation': ${relation}} ELSE NULL END AS baseModels`]),
    `CASE WHEN ${h(14)} % 2 = 0 THEN {'parameters': MAP {'BF16': ${h(15)} * 1000}, 'total': ${h(15)} * 1000} ELSE NULL END AS safetensors`,
    `${heavyText} AS cardData`,
    `${heavyText} AS config`,
    `['config.json', 'model.safetensors', 'README.md'] AS siblings`,
  ];
  const keep = spec.keepShare ? `AND ${h(16)} % 1000 < ${Math.round(spec.keepShare * 1000)}` : "";
  return `SELECT ${cols.join(",\n  ")} FROM range(${spec.models}) t(i) WHERE true ${keep} ORDER BY i`;
}

/** Writes one week's file with DuckDB: nested columns as the archive has them, Snappy, row groups as asked. */
export async function writeWeek(path: string, spec: WeekSpec): Promise<number> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(`SET threads = 2`);
    await connection.run(`COPY (${weekSql(spec)}) TO '${path.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${spec.rowGroup ?? 100_000})`);
  } finally {
    connection.closeSync();
  }
  return (await stat(path)).size;
}

export interface ArchiveStats {
  treeRequests: number;
  resolveRequests: number;
  /** Range requests answered by the file host, and the bytes sent, per week. */
  rangeRequests: number;
  bytesSent: Record<string, number>;
  /** Authorization headers the file host received (it must receive none). */
  fileHostAuthorizations: string[];
  /** Authorization headers the Hub received. */
  hubAuthorizations: Set<string>;
}

/** An anomaly of one week's file host answers. */
export type WeekFault = "ignore-range" | "short-range" | "429-once" | "503-once" | "expire-once";

export interface ArchiveHubOptions {
  repo: string;
  dir: string;
  /** Folders a tree page lists. */
  pageSize?: number;
  /** How long a signed URL is good for. */
  signedForMs?: number;
  /** The archive answers 404 to everything (taken down). */
  absent?: boolean;
}

/** The Hub (tree, resolve) on one origin and the file host (signed URLs, ranges) on another. */
export class ArchiveHub {
  readonly options: ArchiveHubOptions;
  readonly weeks: string[] = [];
  readonly faults = new Map<string, WeekFault>();
  stats: ArchiveStats = ArchiveHub.freshStats();
  url = "";
  fileHost = "";
  #hub: Server | undefined;
  #files: Server | undefined;
  #secret = "s3cret";

  constructor(options: ArchiveHubOptions) {
    this.options = options;
  }

  static freshStats(): ArchiveStats {
    return { treeRequests: 0, resolveRequests: 0, rangeRequests: 0, bytesSent: {}, fileHostAuthorizations: [], hubAuthorizations: new Set() };
  }

  /** Adds a week: its file written by DuckDB under models/DATE/models.parquet. */
  async addWeek(spec: WeekSpec): Promise<number> {
    const folder = join(this.options.dir, "models", spec.week);
    await mkdir(folder, { recursive: true });
    const bytes = await writeWeek(join(folder, "models.parquet"), spec);
    this.weeks.push(spec.week);
    this.weeks.sort();
    return bytes;
  }

  async start(): Promise<void> {
    this.#hub = createServer((req, res) => void this.#handleHub(req, res).catch((error: unknown) => res.writeHead(500).end(String(error))));
    this.#files = createServer((req, res) => void this.#handleFile(req, res).catch((error: unknown) => res.writeHead(500).end(String(error))));
    for (const [server, set] of [[this.#hub, (u: string) => (this.url = u)], [this.#files, (u: string) => (this.fileHost = u)]] as const) {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      set(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  }

  async close(): Promise<void> {
    for (const server of [this.#hub, this.#files]) {
      server?.closeAllConnections();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    }
  }

  #sign(week: string, expires: number): string {
    return createHash("sha256").update(`${this.#secret}:${week}:${expires}`).digest("hex").slice(0, 32);
  }

  async #handleHub(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    if (req.headers.authorization) this.stats.hubAuthorizations.add(req.headers.authorization);
    const repo = this.options.repo;
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(body));
    };
    if (this.options.absent) {
      // As the Hub answers for a repository that is not there: 401 to the anonymous, 404 with a token.
      return req.headers.authorization ? json(404, { error: "Repository not found" }, { "x-error-code": "RepoNotFound" }) : json(401, { error: "Invalid username or password." });
    }
    if (url.pathname === `/api/datasets/${repo}/tree/main/models`) {
      this.stats.treeRequests++;
      const size = this.options.pageSize ?? 1000;
      const start = Number(url.searchParams.get("cursor") ?? "0");
      const items = this.weeks.slice(start, start + size).map((week) => ({ type: "directory", oid: createHash("sha1").update(week).digest("hex"), path: `models/${week}` }));
      const headers: Record<string, string> = {};
      // Recorded relative for the commits API: the stand-in names its next pages relative too.
      if (start + size < this.weeks.length) headers.link = `</api/datasets/${repo}/tree/main/models?cursor=${start + size}>; rel="next"`;
      return json(200, items, headers);
    }
    const resolve = new RegExp(`^/datasets/${repo.replace("/", "\\/")}/resolve/main/models/(\\d{4}-\\d\\d-\\d\\d)/models\\.parquet$`).exec(url.pathname);
    if (resolve) {
      this.stats.resolveRequests++;
      const week = resolve[1] as string;
      if (!this.weeks.includes(week)) return json(404, { error: "Entry not found" }, { "x-error-code": "EntryNotFound" });
      const size = (await stat(join(this.options.dir, "models", week, "models.parquet"))).size;
      const expires = Date.now() + (this.options.signedForMs ?? 60_000);
      const signed = `${this.fileHost}/xet-bridge-us/${week}?Expires=${expires}&Signature=${this.#sign(week, expires)}`;
      res.writeHead(302, { location: signed, "x-linked-size": String(size), "x-repo-commit": "0".repeat(40), "accept-ranges": "bytes" });
      res.end();
      return;
    }
    json(404, { error: "Not Found" });
  }

  async #handleFile(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.fileHost);
    if (req.headers.authorization) this.stats.fileHostAuthorizations.push(req.headers.authorization);
    const week = /^\/xet-bridge-us\/(\d{4}-\d\d-\d\d)$/.exec(url.pathname)?.[1];
    const expires = Number(url.searchParams.get("Expires"));
    if (!week || url.searchParams.get("Signature") !== this.#sign(week, expires)) return void res.writeHead(403).end("<Error><Code>AccessDenied</Code></Error>");
    const fault = this.faults.get(week);
    if (Date.now() > expires || fault === "expire-once") {
      if (fault === "expire-once") this.faults.delete(week);
      return void res.writeHead(403).end("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>");
    }
    if (fault === "429-once" || fault === "503-once") {
      this.faults.delete(week);
      return void res.writeHead(fault === "429-once" ? 429 : 503).end("slow down");
    }
    const path = join(this.options.dir, "models", week, "models.parquet");
    const size = (await stat(path)).size;
    this.stats.rangeRequests++;
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? "");
    if (!range || fault === "ignore-range") {
      // A host that ignores Range sends the whole file (a good client stops reading at once).
      res.writeHead(200, { "content-length": String(size) });
      const stream = createReadStream(path);
      stream.on("data", (chunk) => (this.stats.bytesSent[week] = (this.stats.bytesSent[week] ?? 0) + chunk.length));
      res.on("close", () => stream.destroy());
      stream.pipe(res);
      return;
    }
    const [from, declared] = range[1] === "" ? [Math.max(0, size - Number(range[2])), size - 1] : [Number(range[1]), range[2] === "" ? size - 1 : Math.min(size - 1, Number(range[2]))];
    // A short range: fewer bytes than the Content-Range says.
    const to = fault === "short-range" ? Math.max(from, declared - 10) : declared;
    res.writeHead(206, { "content-range": `bytes ${from}-${declared}/${size}`, "content-length": String(to - from + 1), "accept-ranges": "bytes" });
    this.stats.bytesSent[week] = (this.stats.bytesSent[week] ?? 0) + (to - from + 1);
    createReadStream(path, { start: from, end: to }).pipe(res);
  }
}
