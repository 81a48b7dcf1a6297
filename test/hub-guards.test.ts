/**
 * A Hub that misbehaves, one behaviour at a time, against the bundled CLI with HF_TOKEN set:
 * every endless listing stops fast with a clear error and the previous dataset untouched, and
 * the token never reaches another origin.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { nextLink, runawayLimit } from "../src/hub/list.ts";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { snapshot, tempDir } from "./support/fixtures.ts";
import { startHub, type HubServer, type Misbehaviour } from "./support/hub-server.ts";

const TOKEN = "hf_GuardSecretToken1234567890";
/** What the issue allows for each behaviour: a bounded number of list requests (and under a minute, by the test's timeout). */
const MAX_LIST_REQUESTS = 50;
const MINUTE = 60_000;

/** Another origin on loopback that records every request and its Authorization header. */
interface Elsewhere {
  origin: string;
  requests: Array<{ url: string; authorization: string | undefined }>;
  close(): Promise<void>;
}

async function startElsewhere(): Promise<Elsewhere> {
  const requests: Elsewhere["requests"] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ url: req.url ?? "", authorization: req.headers.authorization });
    res.writeHead(200, { "content-type": "application/json" }).end("[]");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let dist: string;
let hub: HubServer;
let elsewhere: Elsewhere;
let dataDir: string;
let before: Map<string, string>;

beforeAll(async () => {
  dist = await isolatedDist();
  hub = await startHub({ catalogue: new Catalogue({ size: 2500, seed: 9 }) });
  elsewhere = await startElsewhere();
  // A dataset from an earlier, healthy run: no misbehaviour may change a byte of it.
  dataDir = await tempDir();
  const first = await harvestCli();
  expect(first.code).toBe(0);
  before = await snapshot(dataDir);
});
afterAll(async () => {
  await hub.close();
  await elsewhere.close();
});
afterEach(() => {
  hub.options.misbehave = undefined;
});

function harvestCli(extra: string[] = []) {
  return runNode(join(dist, "cli.js"), ["harvest", "--endpoint", hub.url, "--data-dir", dataDir, "--enrich-budget", "0", ...extra], {
    env: { HF_TOKEN: TOKEN },
    cwd: dist,
  });
}

async function misbehaving(how: Misbehaviour, extra: string[] = []) {
  hub.options.misbehave = how;
  const listBefore = hub.stats.listRequests;
  const result = await harvestCli(extra);
  const lastLine = result.stderr.trim().split("\n").at(-1) ?? "";
  return { ...result, lastLine, listRequests: hub.stats.listRequests - listBefore };
}

describe("a misbehaving Hub", () => {
  it("every page's Link repeats the same cursor: stops at once, exit 1", { timeout: MINUTE }, async () => {
    const run = await misbehaving({ kind: "repeat-cursor" });
    expect(run.code).toBe(1);
    expect(run.lastLine).toMatch(/^hf-trends: list page 2: its next link repeats the URL of page 2 \(a cursor loop\); stopped after 2 pages and 1000 models, nothing written/);
    expect(run.listRequests).toBeLessThanOrEqual(3);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it("empty pages whose cursor keeps advancing: stops after three, exit 1", { timeout: MINUTE }, async () => {
    const run = await misbehaving({ kind: "empty-pages" });
    expect(run.code).toBe(1);
    expect(run.lastLine).toMatch(/^hf-trends: list page 4: 3 pages in a row brought no new model, yet the Hub still sends a next link/);
    expect(run.listRequests).toBeLessThanOrEqual(5);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it("a next link to another host: fails naming the host, and nothing reaches it", { timeout: MINUTE }, async () => {
    const run = await misbehaving({ kind: "next-elsewhere", origin: elsewhere.origin });
    expect(run.code).toBe(1);
    expect(run.lastLine).toContain(`the Hub sent us to another host, ${new URL(elsewhere.origin).host}`);
    expect(run.listRequests).toBeLessThanOrEqual(MAX_LIST_REQUESTS);
    expect(elsewhere.requests).toEqual([]);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it("model_info answering 307 to another host: not followed, the model counted as failed, the token kept home", { timeout: MINUTE }, async () => {
    const scratch = await tempDir();
    hub.options.misbehave = { kind: "redirect-elsewhere", origin: elsewhere.origin };
    const run = await runNode(join(dist, "cli.js"), ["harvest", "--endpoint", hub.url, "--data-dir", scratch, "--enrich-budget", "5"], {
      env: { HF_TOKEN: TOKEN },
      cwd: dist,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/0 learned in 5 requests.*5 failed/);
    expect(run.stderr).toMatch(new RegExp(`stays unknown: the Hub sent us to another host, ${new URL(elsewhere.origin).host}`));
    expect(elsewhere.requests).toEqual([]);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it("a redirect chain that loops: stops, exit 1", { timeout: MINUTE }, async () => {
    const run = await misbehaving({ kind: "redirect-loop" });
    expect(run.code).toBe(1);
    expect(run.lastLine).toMatch(/^hf-trends: redirect loop: .* redirects back to itself after 2 hop\(s\)/);
    expect(run.listRequests).toBeLessThanOrEqual(3);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it.each([false, true])("a page over 32 MiB (chunked: %s) fails instead of exhausting memory", { timeout: MINUTE }, async (chunked) => {
    const run = await misbehaving({ kind: "huge-page", bytes: 40 * 1024 * 1024, chunked });
    expect(run.code).toBe(1);
    expect(run.lastLine).toMatch(/the answer is larger than 32 MiB, far beyond any real page; refusing to read it/);
    expect(run.listRequests).toBeLessThanOrEqual(2); // the next page may be asked for as the headers arrive
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it("Link headers with several relations and odd spacing are read right: every model, once", { timeout: MINUTE }, async () => {
    const scratch = await tempDir();
    hub.options.misbehave = { kind: "odd-links" };
    const run = await runNode(join(dist, "cli.js"), ["harvest", "--endpoint", hub.url, "--data-dir", scratch, "--enrich-budget", "0"], { cwd: dist });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2500 models \(2500 new\) in 3 pages/);
  });

  it("no Authorization header ever reached another origin", () => {
    expect(elsewhere.requests.filter((r) => r.authorization !== undefined)).toEqual([]);
  });
});

describe("Link parsing and the runaway bound", () => {
  it("finds rel=next among several links, quoted or bare, with any spacing", () => {
    expect(nextLink('<https://h/a?cursor=1>; rel="next", <https://h/p>; rel="prev"')).toBe("https://h/a?cursor=1");
    expect(nextLink('<https://h/p>;rel=prev,<https://h/n> ; rel = "next"')).toBe("https://h/n");
    expect(nextLink('<https://h/f>; rel="first", <https://h/n>; title="a, b"; rel="last next"')).toBe("https://h/n");
    expect(nextLink('<https://h/p>; rel="prev"')).toBeUndefined();
    expect(nextLink('<https://h/x>; rel="nextish"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });

  it("trusts X-Total-Count first, then the previous dataset, then a ceiling", () => {
    expect(runawayLimit(700_000, 10)).toBe(1_051_000);
    expect(runawayLimit(undefined, 700_000)).toBe(2_110_000);
    expect(runawayLimit(undefined, undefined)).toBe(20_000_000);
  });
});
