/**
 * One schedule, written once: the README's workflow fires daily, and `mode: auto` (the default)
 * makes a run the full refresh when the newest snapshot is 7 days old or more (or there is none)
 * and the storage run otherwise. Through the bundled action against the stand-ins, on the days a
 * daily schedule would fire. Each data commit carries the data dictionary of the version that wrote it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBundledAction, type ActionRun } from "./support/action-run.ts";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, ROOT } from "./support/cli.ts";
import { hubWeek, tempDir } from "./support/fixtures.ts";
import { startGitHub, type GitHubServer } from "./support/github-server.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { docBlocks } from "./support/readme.ts";
import { parseStrictYaml } from "./support/runner.ts";

const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
let hub: HubServer;
let github: GitHubServer;
let dist: string;
let workspace: string;

beforeAll(async () => {
  hub = await startHub({ catalogue: new Catalogue({ size: 900, seed: 44, fromMonth: "2026-08", now: "2026-11-12T12:00:00.000Z" }) });
  github = await startGitHub();
  dist = await isolatedDist();
  workspace = await tempDir("hf-trends-workspace-");
});
afterAll(async () => {
  await hub?.close();
  await github?.close();
});

/** The Hub and the runner on `day` (noon UTC), one model changed that morning; the action with its defaults. */
function dailyRun(day: string): Promise<ActionRun> {
  hubWeek(hub, `${day}T12:00:00.000Z`, []);
  hub.catalogue.touch(3, { lastModified: `${day}T09:00:00.000Z` });
  return runBundledAction({ dist, github, workspace, githubToken: "ghs_AutoMode0123456789", inputs: { "hf-endpoint": hub.url, "enrich-budget": "10" }, now: `${day}T13:00:00.000Z` });
}

const historyRows = () => github.git(["show", `${github.branch}:data/history.csv`]).trim().split("\n").length - 1;

describe("mode auto, the default, on a daily schedule", () => {
  // Four whole runs of the bundled action, each drawing every chart: minutes on a busy 2-core machine.
  it("refreshes in a new repository, learns storage on the days after, and refreshes again when the snapshot is 7 days old", { timeout: 360_000 }, async () => {
    const first = await dailyRun("2026-11-12");
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain("mode: auto, but the repository has no dataset yet: this first run does a full refresh instead");
    expect(first.outputs["release-tag"]).toBe("snapshot-2026-11-12");
    expect(historyRows()).toBe(1);

    const lists = hub.stats.listRequests;
    const storage = await dailyRun("2026-11-15");
    expect(storage.code, storage.stdout).toBe(0);
    expect(storage.stdout).toContain("mode: auto: the latest snapshot, 2026-11-12, is 3 days old: this run learns storage only; the next full refresh is due on 2026-11-19");
    expect(storage.summary).toContain("Mode `auto`: the latest snapshot, 2026-11-12, is 3 days old");
    expect(hub.stats.listRequests).toBe(lists);
    expect(storage.outputs["release-tag"]).toBe("");
    expect(historyRows()).toBe(1);

    const sixDays = await dailyRun("2026-11-18");
    expect(sixDays.stdout).toContain("is 6 days old: this run learns storage only");
    expect(hub.stats.listRequests).toBe(lists);

    const weekly = await dailyRun("2026-11-19");
    expect(weekly.code, weekly.stdout).toBe(0);
    expect(weekly.stdout).toContain("mode: auto: the latest snapshot, 2026-11-12, is 7 days old (7 or more): this run is the weekly full refresh");
    expect(hub.stats.listRequests).toBeGreaterThan(lists);
    expect(weekly.outputs["release-tag"]).toBe("snapshot-2026-11-19");
    expect(historyRows()).toBe(2);
  });

  it("every data commit carries data/README.md, the dictionary of the version that wrote the data", () => {
    const committed = github.git(["show", `${github.branch}:data/README.md`]);
    expect(committed.startsWith("# The dataset: `huggingface_models_data`\n")).toBe(true);
    expect(committed).toContain(`Written by hf-model-trends ${VERSION}`);
    // Every column the dataset has is explained in it.
    const header = github.git(["ls-tree", "--name-only", `${github.branch}:data/huggingface_models_data`]).split("\n").find((f) => f.endsWith(".csv") && f !== "index.csv") as string;
    const columns = github.git(["show", `${github.branch}:data/huggingface_models_data/${header}`]).split("\n")[0]?.split(",") ?? [];
    for (const column of columns) expect(committed).toContain(`\`${column}\``);
    // This repository's own copy is the source: a run here would write the same bytes.
    expect(committed).toBe(readFileSync(join(ROOT, "data/README.md"), "utf8").trimEnd()); // git() trims its output
  });
});

describe("the README's workflow", () => {
  const block = docBlocks("yaml", ["README.md"]).find((b) => b.text.includes("hf-model-trends@"));
  const workflow = parseStrictYaml(block?.text ?? "", "README.md") as {
    on: { schedule: Array<{ cron: string }>; workflow_dispatch: { inputs: { mode: { options: string[]; default: string } } } };
    jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
  };

  it("has one cron, written once, and the mode to choose by hand, backfill included", () => {
    expect(workflow.on.schedule).toHaveLength(1);
    const cron = workflow.on.schedule[0]?.cron as string;
    expect(block?.text.split(cron).length).toBe(2);
    expect(workflow.on.workflow_dispatch.inputs.mode.options).toEqual(["auto", "refresh", "enrich", "backfill"]);
    expect(workflow.on.workflow_dispatch.inputs.mode.default).toBe("auto");
    const step = Object.values(workflow.jobs).flatMap((j) => j.steps).find((s) => s.uses?.includes("hf-model-trends@"));
    expect(step?.with?.mode).toBe("${{ inputs.mode || 'auto' }}");
  });
});
