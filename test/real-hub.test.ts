/**
 * The Hub as its recorded responses show it (../shared/HUB-FACTS.md, corrected 2026-12-01), tried
 * as a new user would, through the bundled CLI and action: the legacy stamp over two seconds, a
 * mirror that passes the Hub's links through, a refused token, 404 for a deleted repository with a
 * token, dates from the future, the CDN's bare 429s, errors as lists, a 307 to another repository,
 * and a Hub out of reach.
 */
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { HubClient } from "../src/hub/client.ts";
import { listModels } from "../src/hub/list.ts";
import { runBundledAction } from "./support/action-run.ts";
import { Catalogue, PLACEHOLDER, PLACEHOLDER_LATE } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { snapshot, tempDir } from "./support/fixtures.ts";
import { startGitHub } from "./support/github-server.ts";
import { startHub, type HubServer, type HubServerOptions } from "./support/hub-server.ts";

const DAY = 86_400_000;
const MINUTE = 60_000;
const today = Date.parse(new Date().toISOString().slice(0, 10));
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

let dist: string;
const servers: HubServer[] = [];
beforeAll(async () => {
  dist = await isolatedDist();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function hub(catalogue: Catalogue, extra: Omit<HubServerOptions, "catalogue"> = {}): Promise<HubServer> {
  const server = await startHub({ catalogue, ...extra });
  servers.push(server);
  return server;
}

function cli(args: string[], env: Record<string, string | undefined> = {}) {
  return runNode(join(dist, "cli.js"), args, { env, cwd: dist });
}

const lastLine = (text: string) => text.trim().split("\n").at(-1) ?? "";

describe("the legacy import's stamp spans two seconds", () => {
  it("counts every :04 and :05 model as a placeholder: no week, month or quarter of 2022-03 holds them", { timeout: 2 * MINUTE }, async () => {
    const catalogue = new Catalogue({ size: 4000, seed: 12 });
    let early = 0;
    let late = 0;
    // Counted independently of the product: real creations per W-MON week (labelled by the Monday that ends it) and in 2022-Q1.
    const byWeek = new Map<string, number>();
    let firstQuarter = 0;
    for (let i = 0; i < catalogue.size; i++) {
      const created = catalogue.item(i).createdAt;
      if (created === PLACEHOLDER) early++;
      else if (created === PLACEHOLDER_LATE) late++;
      else {
        const day = Date.parse(created.slice(0, 10));
        const monday = isoDay(day + ((8 - new Date(day).getUTCDay()) % 7) * DAY);
        byWeek.set(monday, (byWeek.get(monday) ?? 0) + 1);
        if (created < "2022-04") firstQuarter++;
      }
    }
    expect(early).toBeGreaterThan(0);
    expect(late).toBeGreaterThan(0);
    const server = await hub(catalogue);
    const dir = await tempDir();
    const data = join(dir, "data");
    const site = join(dir, "site");
    const run = await cli(["refresh", "--endpoint", server.url, "--data-dir", data, "--charts-dir", join(dir, "charts"), "--site-dir", site, "--enrich-budget", "0"]);
    expect(run.code, run.stderr).toBe(0);
    const insights = JSON.parse(await readFile(join(data, "insights.json"), "utf8"));
    expect(insights.totals.placeholderDate).toBe(early + late);
    // The weekly chart (the same spec the PNG is drawn from): no spike in the first week, and the subtitle counts both seconds.
    const weekly = JSON.parse(await readFile(join(site, "data", "charts", "weekly.json"), "utf8"));
    const weeks = weekly.layer[0].data.values as Array<{ week: number; count: number }>;
    expect(weeks.length).toBeGreaterThan(100);
    for (const week of weeks) expect(week.count, isoDay(week.week)).toBe(byWeek.get(isoDay(week.week)) ?? 0);
    expect(isoDay(weeks[0]?.week as number)).toBe([...byWeek.keys()].sort()[0]);
    expect(JSON.stringify(weekly.title.subtitle)).toContain(`${(early + late).toLocaleString("en-US")} models carry`);
    // Lineage and the quarterly findings: 2022-Q1 holds its real creations only (no "originals of 2022-03" that are not).
    expect(insights.lineage.quarters.find((q: { quarter: string }) => q.quarter === "2022-Q1")?.models).toBe(firstQuarter);
    expect(insights.recentDownloadedMore.quarters.find((q: { quarter: string }) => q.quarter === "2022-Q1")?.models).toBe(firstQuarter);
  });
});

describe("a mirror passes the Hub's links through", () => {
  it("lists every model on the mirror when its next links name huggingface.co, and says so once", { timeout: MINUTE }, async () => {
    const catalogue = new Catalogue({ size: 3500, seed: 13 });
    catalogue.renames.set(catalogue.item(0).id, "renamed-org/renamed-model");
    const server = await hub(catalogue, { mirrorOf: "https://huggingface.co" });
    const dir = await tempDir();
    const run = await cli(["harvest", "--endpoint", server.url, "--data-dir", dir, "--enrich-budget", "5"], { HF_TOKEN: "hf_MirrorUser0123456789" });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^3500 models/);
    expect(server.stats.listRequests).toBe(4);
    expect(run.stderr.split("\n").filter((line) => /mirror/.test(line))).toHaveLength(1);
    expect(run.stderr).toMatch(/huggingface\.co/);
    // The renamed model's 307 names huggingface.co too: followed on the mirror.
    expect(run.stdout).toMatch(/5 learned/);
  });

  it("still refuses a next link to any other origin", { timeout: MINUTE }, async () => {
    const server = await hub(new Catalogue({ size: 2500, seed: 13 }), { mirrorOf: "https://elsewhere.example" });
    const dir = await tempDir();
    const run = await cli(["harvest", "--endpoint", server.url, "--data-dir", dir, "--enrich-budget", "0"]);
    expect(run.code).toBe(1);
    expect(lastLine(run.stderr)).toMatch(/elsewhere\.example/);
    expect(server.stats.listRequests).toBe(1);
  });
});

describe("a token the Hub refuses", () => {
  const TOKEN = "hf_ExpiredToken0123456789";

  it("stops refresh and enrich within a few requests, exit 1, naming the token and the fix; nothing on disk changes", { timeout: 2 * MINUTE }, async () => {
    const server = await hub(new Catalogue({ size: 2500, seed: 14 }));
    const dir = await tempDir();
    const data = join(dir, "data");
    const args = ["--endpoint", server.url, "--data-dir", data, "--charts-dir", join(dir, "charts")];
    expect((await cli(["refresh", ...args, "--enrich-budget", "0"])).code).toBe(0);
    const before = await snapshot(dir);
    server.options.refusedToken = TOKEN;
    for (const command of ["enrich", "refresh"]) {
      const requestsBefore = server.stats.requests;
      const run = await cli([command, ...args, "--enrich-budget", "1000"], { HF_TOKEN: TOKEN });
      expect(run.code, command).toBe(1);
      expect(server.stats.requests - requestsBefore, command).toBeLessThanOrEqual(10);
      const line = lastLine(run.stderr);
      expect(line).toMatch(/refused the token in HF_TOKEN/);
      expect(line).toMatch(/expired, revoked or mistyped/);
      expect(line).toContain("https://huggingface.co/settings/tokens");
      expect(run.stderr).not.toContain(TOKEN);
      expect(run.stderr).not.toMatch(/gone/);
    }
    expect(await snapshot(dir)).toEqual(before);
  });

  it("in the action names the hf-token input", { timeout: MINUTE }, async () => {
    const server = await hub(new Catalogue({ size: 1200, seed: 14, fromMonth: "2026-09" }), { refusedToken: TOKEN });
    const github = await startGitHub();
    try {
      const workspace = await tempDir("hf-trends-workspace-");
      const head = github.head();
      const run = await runBundledAction({ dist, github, workspace, githubToken: "ghs_RefusedToken0123456789", inputs: { "hf-endpoint": server.url, "hf-token": TOKEN } });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error.*refused the token in hf-token/);
      expect(github.head()).toBe(head);
    } finally {
      await github.close();
    }
  });

  it("a deleted repository answers 404 RepoNotFound to a valid token: gone, as before", { timeout: MINUTE }, async () => {
    const catalogue = new Catalogue({ size: 1500, seed: 15 });
    const server = await hub(catalogue);
    const dir = await tempDir();
    const args = ["--endpoint", server.url, "--data-dir", dir];
    expect((await cli(["harvest", ...args, "--enrich-budget", "0"], { HF_TOKEN: "hf_Valid0123456789" })).code).toBe(0);
    // The most downloaded models are asked first: hide three of them.
    const byDownloads = Array.from({ length: catalogue.size }, (_, i) => catalogue.item(i)).sort((a, b) => b.downloads - a.downloads);
    for (const model of byDownloads.slice(0, 3)) catalogue.hidden.add(model.id);
    const run = await cli(["harvest", ...args, "--enrich-budget", "10"], { HF_TOKEN: "hf_Valid0123456789" });
    expect(run.code, run.stderr).toBe(0);
    expect(server.stats.byStatus[404]).toBe(3);
    expect(run.stdout).toMatch(/7 learned .* 3 gone/);
  });
});

describe("dates from the future", () => {
  /** The Hub as it was `daysAgo` days ago (noon UTC), with one model whose last commit claims 2099. */
  function hubAsOf(daysAgo: number, week: number): Catalogue {
    const now = new Date(today - daysAgo * DAY + DAY / 2).toISOString();
    const catalogue = new Catalogue({ size: 1200, seed: 31, fromMonth: "2026-09", now, week });
    catalogue.touch(0, { lastModified: now });
    catalogue.touch(7, { lastModified: "2099-01-01T00:00:00.000Z" });
    return catalogue;
  }

  it("two weekly refreshes make two history rows, neither after the run; the model is kept, counted and named", { timeout: 4 * MINUTE }, async () => {
    const github = await startGitHub();
    try {
      const workspace = await tempDir("hf-trends-workspace-");
      const future = hubAsOf(11, 0).item(7);
      const runs = [];
      for (const [daysAgo, week] of [[11, 0], [4, 1]] as const) {
        const server = await hub(hubAsOf(daysAgo, week));
        const run = await runBundledAction({ dist, github, workspace, githubToken: "ghs_FutureDate0123456789", inputs: { "hf-endpoint": server.url, "enrich-budget": "0" } });
        expect(run.code, run.stdout).toBe(0);
        runs.push(run);
      }
      const history = (await readFile(join(workspace, "data", "history.csv"), "utf8")).trim().split("\n").slice(1);
      expect(history.map((row) => row.slice(0, 10))).toEqual([isoDay(today - 11 * DAY), isoDay(today - 4 * DAY)]);
      for (const run of runs) {
        expect(run.stdout).toMatch(new RegExp(`1 model claims a date after this run.*${future.id.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}.*2099-01-01`));
        expect(run.summary).toMatch(/1 model claims a date after this run/);
        expect(run.summary).toContain(future.id.replace(/[\\`*_[\]|~]/g, "\\$&"));
      }
      // The model is kept byte for byte.
      const month = future.createdAt.slice(0, 7);
      const file = await readFile(join(workspace, "data", "huggingface_models_data", `huggingface_models_data-${month}.csv`), "utf8");
      expect(file).toContain(`${future.id},`);
      expect(file).toContain("2099-01-01T00:00:00.000Z");
      const releases = github.releases.map((r) => r.tag_name);
      expect(releases.every((tag) => tag <= `snapshot-${isoDay(today)}`)).toBe(true);
    } finally {
      await github.close();
    }
  });
});

describe("a snapshot's date against history.csv", () => {
  it("never goes back before the last row: data older than it replaces that row, with a warning", { timeout: MINUTE }, async () => {
    const catalogue = new Catalogue({ size: 1500, seed: 18, fromMonth: "2026-09" });
    const server = await hub(catalogue);
    const dir = await tempDir();
    const args = ["harvest", "--endpoint", server.url, "--data-dir", dir, "--enrich-budget", "0"];
    expect((await cli(args)).code).toBe(0);
    const first = (await readFile(join(dir, "history.csv"), "utf8")).trim().split("\n");
    // The newest days' models are gone (and nothing newer came): the data's newest date is a week earlier.
    const cutoff = catalogue.nowMs - 7 * DAY;
    for (let i = 0; i < catalogue.size && catalogue.createdAtMs(i) > cutoff; i++) catalogue.deleted.add(i);
    for (let i = 0; i < catalogue.size; i++) if (Date.parse(catalogue.item(i).lastModified) > cutoff) catalogue.touch(i, { lastModified: catalogue.item(i).createdAt });
    const run = await cli([...args, "--allow-shrink"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/is before the latest snapshot in history\.csv, \d{4}-\d\d-\d\d: this snapshot is dated \d{4}-\d\d-\d\d and replaces that row/);
    const rows = (await readFile(join(dir, "history.csv"), "utf8")).trim().split("\n");
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(0, 10)).toBe(first[1]?.slice(0, 10));
  });

  it("a row dated after the run (written by 1.0.0 over a future-dated model) is left out, with a warning", { timeout: MINUTE }, async () => {
    const server = await hub(new Catalogue({ size: 1500, seed: 18, fromMonth: "2026-09" }));
    const dir = await tempDir();
    const args = ["harvest", "--endpoint", server.url, "--data-dir", dir, "--enrich-budget", "0"];
    expect((await cli(args)).code).toBe(0);
    const history = (await readFile(join(dir, "history.csv"), "utf8")).trim().split("\n");
    const future = `2099-01-01${(history[1] as string).slice(10)}`;
    await writeFile(join(dir, "history.csv"), `${history[0]}\n${future}\n`);
    const run = await cli(args);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("history.csv: left out 1 row(s) dated after this run (2099-01-01)");
    const rows = (await readFile(join(dir, "history.csv"), "utf8")).trim().split("\n");
    expect(rows.map((r) => r.slice(0, 10))).toEqual(["Snapshot,M", history[1]?.slice(0, 10)]);
  });
});

describe("other recorded answers, through the bundled CLI", () => {
  it("a 429 from the CDN backs off on its own (seconds, not the minute a window would take) and the listing completes", { timeout: MINUTE }, async () => {
    const server = await hub(new Catalogue({ size: 1500, seed: 16 }));
    server.options.forced = [{ status: 429, error: "Too Many Requests", bare: true }];
    const run = await cli(["harvest", "--endpoint", server.url, "--data-dir", await tempDir(), "--enrich-budget", "0"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^1500 models/);
    const wait = /without RateLimit headers \(the CDN in front of the Hub\): backing off (\d+) s/.exec(run.stderr);
    expect(Number(wait?.[1])).toBeLessThanOrEqual(5);
  });

  it("an error that is a list of strings reads as one message", { timeout: MINUTE }, async () => {
    const server = await hub(new Catalogue({ size: 100, seed: 16 }));
    server.options.forced = [{ status: 400, error: ["Invalid pipeline_tag", "expected one of the known tags"] }];
    const run = await cli(["harvest", "--endpoint", server.url, "--data-dir", await tempDir()]);
    expect(run.code).toBe(1);
    expect(lastLine(run.stderr)).toContain('"Invalid pipeline_tag; expected one of the known tags"');
  });
});

describe("other recorded answers", () => {
  const client = (server: HubServer, extra: Partial<ConstructorParameters<typeof HubClient>[0]> = {}) =>
    new HubClient({ endpoint: server.url, backoffBaseMs: 20, backoffMaxMs: 200, ...extra });

  it("a 429 from the CDN, without RateLimit headers, backs off on its own schedule (not a fixed minute)", async () => {
    const server = await hub(new Catalogue({ size: 1500, seed: 16 }));
    server.options.forced = [1, 2, 3].map(() => ({ status: 429, error: "Too Many Requests", bare: true }));
    const waits: number[] = [];
    const result = await listModels(client(server, { onEvent: (e) => e.type === "rate-limited" && waits.push(e.delayMs) }), { tasks: ["text-generation"] });
    expect(result.records.length).toBe(1500);
    expect(waits).toHaveLength(3);
    expect(Math.max(...waits)).toBeLessThan(1000);
    expect(waits[2] as number).toBeGreaterThan(waits[0] as number);
  });

  it("an error that is a list of strings reads as one message", async () => {
    const server = await hub(new Catalogue({ size: 100, seed: 16 }));
    server.options.forced = [{ status: 400, error: ["Invalid pipeline_tag", "expected one of the known tags"] }];
    await expect(listModels(client(server), { tasks: ["text-generation"] })).rejects.toThrow(/Invalid pipeline_tag; expected one of the known tags/);
  });

  it("a 307 to another repository (another _id) is not that model's storage", { timeout: MINUTE }, async () => {
    const catalogue = new Catalogue({ size: 1500, seed: 17 });
    const byDownloads = Array.from({ length: catalogue.size }, (_, i) => catalogue.item(i)).sort((a, b) => b.downloads - a.downloads);
    const [moved, other] = byDownloads as [typeof byDownloads[0], typeof byDownloads[0]];
    const server = await hub(catalogue);
    const dir = await tempDir();
    const args = ["--endpoint", server.url, "--data-dir", dir];
    // Through a fresh listing (the _id is known) and through the backlog worker (only the files).
    expect((await cli(["harvest", ...args, "--enrich-budget", "0"])).code).toBe(0);
    catalogue.movedTo.set(moved.id, other.id);
    for (const command of ["harvest", "enrich"]) {
      const run = await cli([command, ...args, "--charts-dir", join(dir, "charts"), "--enrich-budget", "20"]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(`storage of "${moved.id}" stays unknown: the Hub answered for another repository`);
      const rows = (await readFile(join(dir, "huggingface_models_data", `huggingface_models_data-${moved.createdAt.slice(0, 7)}.csv`), "utf8")).split("\n");
      const row = rows.find((line) => line.startsWith(`${moved.id},`)) as string;
      expect(row.split(",")[8]).toBe("");
    }
  });
});

describe("a Hub out of reach says why", () => {
  it("names the host, the cause and the fix in one short line", { timeout: MINUTE }, async () => {
    // A port that refuses connections: bound, then closed.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const dir = await tempDir();
    const run = await cli(["harvest", "--endpoint", `http://127.0.0.1:${port}`, "--data-dir", dir]);
    expect(run.code).toBe(1);
    const line = lastLine(run.stderr);
    expect(line).toContain(`127.0.0.1:${port}`);
    expect(line).toMatch(/ECONNREFUSED|connection refused/i);
    expect(line).toMatch(/HF_ENDPOINT/);
    expect(line).toMatch(/proxy/);
    expect(line.length).toBeLessThan(400);
    expect(line).not.toMatch(/pipeline_tag=/);
  });

  it("a host that does not resolve", { timeout: MINUTE }, async () => {
    const dir = await tempDir();
    const run = await cli(["harvest", "--endpoint", "https://hub.invalid", "--data-dir", dir]);
    expect(run.code).toBe(1);
    const line = lastLine(run.stderr);
    expect(line).toContain("hub.invalid");
    expect(line).toMatch(/ENOTFOUND|EAI_AGAIN|not found/i);
    expect(line.length).toBeLessThan(400);
  });
});

afterAll(() => undefined);
