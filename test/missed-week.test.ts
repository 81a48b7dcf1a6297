/**
 * A missed weekly refresh heals itself: a daily run over a snapshot older than the bound
 * (max-snapshot-age, 8 days) lists the Hub and commits a fresh snapshot, saying why; a daily run
 * over a fresh snapshot lists nothing. The runs use the suite's clock (support/clock.ts); the
 * stand-in Hub's data is set that many days in the past instead.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBundledAction } from "./support/action-run.ts";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { startGitHub, type GitHubServer } from "./support/github-server.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";

const DAY = 86_400_000;
const today = Date.parse(new Date().toISOString().slice(0, 10));
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The Hub as it was `daysAgo` days ago (noon UTC): its newest date, and so the snapshot's, is that day. */
function hubAsOf(daysAgo: number, week: number): Catalogue {
  const now = new Date(today - daysAgo * DAY + DAY / 2).toISOString();
  const catalogue = new Catalogue({ size: 1200, seed: 31, fromMonth: "2026-09", now, week });
  catalogue.touch(0, { lastModified: now });
  return catalogue;
}

let weekAgo: HubServer;
let weekLater: HubServer;
let dist: string;

beforeAll(async () => {
  weekAgo = await startHub({ catalogue: hubAsOf(11, 0) });
  weekLater = await startHub({ catalogue: hubAsOf(4, 1) });
  dist = await isolatedDist();
});
afterAll(async () => {
  await weekAgo?.close();
  await weekLater?.close();
});

describe("the action's daily run after a missed weekly refresh", () => {
  let github: GitHubServer;
  let workspace: string;
  const run = (hub: HubServer, inputs: Record<string, string> = {}) =>
    runBundledAction({ dist, github, workspace, githubToken: "ghs_MissedWeek0123456789", inputs: { "hf-endpoint": hub.url, "enrich-budget": "20", ...inputs } });

  beforeAll(async () => {
    github = await startGitHub();
    workspace = await mkdtemp(join(tmpdir(), "hf-trends-workspace-"));
  });
  afterAll(() => github?.close());

  // Whole runs of the bundled action, each drawing every chart: minutes on a busy 2-core machine.
  it("refreshes when the snapshot is 11 days old, commits a new history row and says why; the next daily run lists nothing", { timeout: 300_000 }, async () => {
    const weekly = await run(weekAgo);
    expect(weekly.code).toBe(0);
    const stale = isoDay(today - 11 * DAY);

    const daily = await run(weekLater, { mode: "enrich" });
    expect(daily.code).toBe(0);
    expect(weekLater.stats.listRequests).toBeGreaterThan(0);
    expect(daily.stdout).toContain(`the latest snapshot, ${stale}, is 11 days old (more than 8): refreshing`);
    expect(daily.summary).toContain(`The latest snapshot, ${stale}, was 11 days old (more than 8): this daily run refreshed`);
    const history = (await readFile(join(workspace, "data", "history.csv"), "utf8")).trim().split("\n");
    expect(history.map((row) => row.split(",")[0])).toEqual(["Snapshot", stale, isoDay(today - 4 * DAY)]);
    expect(github.git(["show", `${github.branch}:data/history.csv`]).trim().split("\n")).toHaveLength(3);

    const lists = weekLater.stats.listRequests;
    const next = await run(weekLater, { mode: "enrich" });
    expect(next.code).toBe(0);
    expect(weekLater.stats.listRequests).toBe(lists);
    expect(next.stdout).not.toContain("days old");
  });

  it("takes the bound from max-snapshot-age: 3 days refreshes a 4-day-old snapshot, 30 days only enriches it", async () => {
    const lists = weekLater.stats.listRequests;
    const daily = await run(weekLater, { mode: "enrich", "max-snapshot-age": "3" });
    expect(daily.code).toBe(0);
    expect(weekLater.stats.listRequests).toBeGreaterThan(lists);
    expect(daily.stdout).toContain("is 4 days old (more than 3): refreshing");
    // The fresh snapshot is still older than this strict bound: the summary says so plainly.
    expect(daily.summary).toContain(`This snapshot, ${isoDay(today - 4 * DAY)}, is 4 days old`);
    const listed = weekLater.stats.listRequests;
    const patient = await run(weekLater, { mode: "enrich", "max-snapshot-age": "30" });
    expect(patient.code).toBe(0);
    expect(patient.stdout).not.toContain("refreshing");
    expect(weekLater.stats.listRequests).toBe(listed);
  });
});

describe("hf-trends enrich after a missed weekly refresh", () => {
  it("refreshes over a stale snapshot and only enriches a fresh one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hf-trends-missed-"));
    const cli = (command: string, hub: HubServer, extra: string[] = []) =>
      runNode(join(dist, "cli.js"), [command, "--endpoint", hub.url, "--data-dir", `${dir}/data`, "--charts-dir", `${dir}/charts`, "--enrich-budget", "20", ...extra]);
    expect((await cli("refresh", weekAgo)).code).toBe(0);
    const lists = weekLater.stats.listRequests;
    const daily = await cli("enrich", weekLater);
    expect(daily.code).toBe(0);
    expect(daily.stderr).toContain(`the latest snapshot, ${isoDay(today - 11 * DAY)}, is 11 days old (more than 8): refreshing`);
    expect(weekLater.stats.listRequests).toBeGreaterThan(lists);
    const after = weekLater.stats.listRequests;
    const again = await cli("enrich", weekLater);
    expect(again.code).toBe(0);
    expect(weekLater.stats.listRequests).toBe(after);
    const strict = await cli("enrich", weekLater, ["--max-snapshot-age", "2"]);
    expect(strict.stderr).toContain("is 4 days old (more than 2): refreshing");
    expect(weekLater.stats.listRequests).toBeGreaterThan(after);
  });
});
