/**
 * Our own files broken on disk (a bad merge, a hand edit): every run fails before writing, with
 * the file's path, the line, what is wrong and the fix, through the bundled CLI and the action.
 */
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { snapshot, tempDir } from "./support/fixtures.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";
import { stepInputs } from "./support/runner.ts";

const DATASET = "data/huggingface_models_data";
let dist: string;
let hub: HubServer;
let template: string;
let month: string;

beforeAll(async () => {
  dist = await isolatedDist();
  hub = await startHub({ catalogue: new Catalogue({ size: 1200, seed: 21, fromMonth: "2026-09" }) });
  template = await tempDir("hf-trends-template-");
  const made = await runNode(join(dist, "cli.js"), ["harvest", "--endpoint", hub.url, "--data-dir", "data", "--enrich-budget", "0"], { cwd: template });
  expect(made.code).toBe(0);
  month = (await readdir(join(template, DATASET))).find((f) => f.endsWith("-2026-10.csv")) as string;
});
afterAll(() => hub.close());

/** A checkout with the healthy dataset, then one thing broken in it. */
async function checkoutWith(breakIt: (dir: string) => Promise<void>): Promise<string> {
  const dir = await tempDir("hf-trends-checkout-");
  await cp(join(template, "data"), join(dir, "data"), { recursive: true });
  await breakIt(dir);
  return dir;
}

async function edit(path: string, change: (text: string) => string): Promise<void> {
  await writeFile(path, change(await readFile(path, "utf8")));
}

interface Case {
  name: string;
  breakIt: (dir: string) => Promise<void>;
  /** The message's start: path and line as the user types them. */
  where: () => string;
  what: () => RegExp;
  fix: () => RegExp;
  dataDir?: string;
  /** The commands that read this file. */
  commands?: string[];
}

const CASES: Case[] = [
  {
    name: "a month file with an unclosed quote on line 3",
    breakIt: (dir) => edit(join(dir, DATASET, month), (t) => t.split("\n").map((l, i) => (i === 2 ? l.replace(",", ',"') : l)).join("\n")),
    where: () => `${DATASET}/${month}:3: `,
    what: () => /a quoted field opens on this line and (is never closed|does not close where it should)/,
    fix: () => new RegExp(`git checkout -- ${DATASET}/.*; or delete it and its row in ${DATASET}/index.csv.*Used Storage learned for its models is lost`),
  },
  {
    name: "a month file whose header is not ours",
    breakIt: (dir) => edit(join(dir, DATASET, month), (t) => t.replace("Model ID,Author", "id,author")),
    where: () => `${DATASET}/${month}:1: `,
    what: () => /the header is not this dataset's/,
    fix: () => /git checkout -- /,
  },
  {
    name: "a month file with a bad number",
    breakIt: (dir) => edit(join(dir, DATASET, month), (t) => t.split("\n").map((l, i) => (i === 4 ? l.replace(/,(\d+),(\d+),/, ",many,$2,") : l)).join("\n")),
    where: () => `${DATASET}/${month}:5: `,
    what: () => /"Likes" must be a whole number, got "many"/,
    fix: () => /git checkout -- /,
  },
  {
    name: "the data folder below a regular file",
    breakIt: (dir) => writeFile(join(dir, "notes.txt"), "a file\n"),
    dataDir: "notes.txt/data",
    where: () => "notes.txt: ",
    what: () => /is a file, not a folder, so the data folder notes.txt\/data cannot be inside it/,
    fix: () => /give a data folder that is a directory/,
  },
  {
    name: "a manifest whose pipelineTag is not a list of tags",
    breakIt: (dir) => edit(join(dir, DATASET, "manifest.json"), (t) => t.replace('"text-generation"', '"text generation; rm -rf /"')),
    where: () => `${DATASET}/manifest.json:2: `,
    what: () => /"pipelineTag" must be pipeline tags separated by commas, such as text-generation; got "text generation; rm -rf \/"/,
    fix: () => new RegExp(`git checkout -- ${DATASET}/manifest.json`),
  },
  {
    name: "a manifest that is not JSON",
    breakIt: (dir) => edit(join(dir, DATASET, "manifest.json"), (t) => t.replace('"complete": true', '"complete": true,,')),
    where: () => `${DATASET}/manifest.json:3: `,
    what: () => /not valid JSON/,
    fix: () => new RegExp(`git checkout -- ${DATASET}/manifest.json`),
  },
  {
    name: "an index that misses a file in the folder",
    breakIt: (dir) => edit(join(dir, DATASET, "index.csv"), (t) => t.split("\n").filter((l) => !l.startsWith(month)).join("\n")),
    where: () => `${DATASET}/index.csv: `,
    what: () => new RegExp(`does not list ${month}, which is in the folder`),
    fix: () => new RegExp(`git checkout -- ${DATASET}\` restores the committed dataset`),
  },
  {
    name: "an index that lists a missing file",
    breakIt: async (dir) => {
      const { rm } = await import("node:fs/promises");
      await rm(join(dir, DATASET, month));
    },
    where: () => `${DATASET}/index.csv:3: `,
    what: () => new RegExp(`lists ${month}, which is missing from the folder`),
    fix: () => /restores the committed dataset/,
  },
  {
    name: "an index whose row count disagrees",
    breakIt: (dir) => edit(join(dir, DATASET, "index.csv"), (t) => t.replace(new RegExp(`^(${month},2026-10,)(\\d+)`, "m"), (_, a, n) => `${a}${Number(n) + 1}`)),
    where: () => `${DATASET}/index.csv:3: `,
    what: () => new RegExp(`says ${month} has \\d+ rows; it has \\d+`),
    fix: () => /restores the committed dataset/,
  },
  {
    name: "an index line that is not ours",
    breakIt: (dir) => edit(join(dir, DATASET, "index.csv"), (t) => t.replace(`${month},`, `${month};`)),
    where: () => `${DATASET}/index.csv:3: `,
    what: () => /expected "huggingface_models_data-YYYY-MM.csv,YYYY-MM,rows,bytes" for one month/,
    fix: () => new RegExp(`git checkout -- ${DATASET}/index.csv`),
  },
];

describe("bad files on disk, through the bundled CLI", () => {
  it.each(CASES)("$name: refresh and charts exit 1 naming the file, the line and the fix; nothing changes", async (c) => {
    const dir = await checkoutWith(c.breakIt);
    const before = await snapshot(dir);
    const listBefore = hub.stats.listRequests;
    const commands = { refresh: ["refresh", "--endpoint", hub.url, "--enrich-budget", "0"], charts: ["charts"] };
    for (const args of (c.commands ?? ["refresh", "charts"]).map((name) => commands[name as keyof typeof commands])) {
      const run = await runNode(join(dist, "cli.js"), [...args, "--data-dir", c.dataDir ?? "data", "--charts-dir", "charts"], { cwd: dir });
      const lastLine = run.stderr.trim().split("\n").at(-1) ?? "";
      expect(run.code, `${args[0]}: ${lastLine}`).toBe(1);
      expect(lastLine.startsWith(`hf-trends: ${c.where()}`), `${args[0]}: ${lastLine}`).toBe(true);
      expect(lastLine).toMatch(c.what());
      expect(lastLine).toMatch(c.fix());
    }
    // The previous files are byte-identical, and the Hub was not asked for anything.
    expect(await snapshot(dir)).toEqual(before);
    expect(hub.stats.listRequests).toBe(listBefore);
  });
});

describe("bad files on disk, through the action", () => {
  it.each(CASES)("$name: fails with an annotation on the file (and line), and changes nothing", async (c) => {
    const dir = await checkoutWith(c.breakIt);
    const before = await snapshot(dir);
    const scratch = await tempDir();
    await mkdir(join(scratch, "runner"), { recursive: true });
    const run = await runNode(join(dist, "index.js"), [], {
      cwd: dir,
      env: {
        GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: "octo/trends", RUNNER_TEMP: scratch,
        ...stepInputs({ "hf-endpoint": hub.url, commit: "false", "enrich-budget": "0", "data-dir": c.dataDir ?? "data" }, { githubToken: "" }),
      },
    });
    expect(run.code).toBe(1);
    const annotation = run.stdout.split("\n").find((l) => l.startsWith("::error "));
    const [file, line] = c.where().replace(/: $/, "").split(":") as [string, string | undefined];
    const properties = `title=Unreadable data file,file=${file}${line ? `,line=${line}` : ""}`;
    expect(annotation?.startsWith(`::error ${properties}::${c.where()}`), annotation).toBe(true);
    expect(annotation).toMatch(c.what());
    expect(annotation).toMatch(c.fix());
    expect(await snapshot(dir)).toEqual(before);
  });
});
