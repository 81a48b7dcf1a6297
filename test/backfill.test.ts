/**
 * History from day one (issue 38): `hf-trends backfill` over a stand-in of the Hub's weekly
 * archive (22 weeks of the whole Hub, several tags, nested baseModels and safetensors, no all-time
 * counts before 2025-02-27, dates as timestamps and as text, a partial week, a rollback week, a
 * missing week), each history row recomputed here from the same files with DuckDB and the rules
 * written out again; a rerun that reads nothing; a stopped backfill that continues; every bad
 * archive the facts name; and a live refresh over a Hub whose counters rolled back.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decode } from "fast-png";
import { backfill } from "../src/backfill.ts";
import { readHistory } from "../src/dataset/history.ts";
import { readTrends } from "../src/dataset/trends.ts";
import { concentrationSpec, shareSpec } from "../src/specs/trends.ts";
import { harvest } from "../src/pipeline.ts";
import { ArchiveHub, type WeekSpec } from "./support/archive-hub.ts";
import { runBundledAction } from "./support/action-run.ts";
import { startGitHub } from "./support/github-server.ts";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { FAST_CLIENT, hubWeek, memoryLogger, snapshot, tempDir } from "./support/fixtures.ts";
import { startHub } from "./support/hub-server.ts";
import { HubDatasets } from "./support/hub-datasets.ts";

const REPO = "hfmlsoc/hub_weekly_snapshots";
const TAGS = ["text-generation", "image-text-to-text", "any-to-any"];
const TOKEN = "hf_BackfillSecret0123456789";
const DAY = 86_400_000;
const FIRST = Date.parse("2025-01-01T00:00:00Z");
const ROLLBACK = 15;
const PARTIAL = 9;
const MISSING = 12;
/** The first weeks' files have no baseModels column (the real archive's gain it in January 2025). */
const NO_LINEAGE = 3;

/** The 22 weeks of the stand-in archive (one of them missing). */
function specs(): WeekSpec[] {
  const out: WeekSpec[] = [];
  for (let k = 0; k < 22; k++) {
    if (k === MISSING) continue;
    const week = new Date(FIRST + k * 7 * DAY).toISOString().slice(0, 10);
    out.push({
      week, models: 6000 + k * 150, index: k, allTime: week >= "2025-02-27", datesAsText: k % 3 === 1,
      rollbackShare: k === ROLLBACK ? 0.3 : 0, noBaseModels: k < NO_LINEAGE, keepShare: k === PARTIAL ? 0.3 : undefined, rowGroup: 2500,
      anchor: { model: 6000, at: "2025-01-01" }, secondsPerModel: (7 * 86400) / 150,
    });
  }
  return out;
}

let dist: string;
let archive: ArchiveHub;
let dataDir: string;
let weeksDir: string;

beforeAll(async () => {
  dist = await isolatedDist();
  archive = new ArchiveHub({ repo: REPO, dir: await mkdtemp(join(tmpdir(), "hf-trends-archive-")), pageSize: 5 });
  for (const spec of specs()) await archive.addWeek(spec);
  await archive.start();
  dataDir = await tempDir();
  weeksDir = await tempDir();
}, 120_000);
afterAll(() => archive.close());

function cli(args: string[]) {
  return runNode(join(dist, "cli.js"), ["backfill", "--endpoint", archive.url, "--task", TAGS.join(","), "--data-dir", dataDir, "--charts-dir", join(dataDir, "charts"), "--weeks-dir", weeksDir, ...args], { cwd: dist, env: { HF_TOKEN: TOKEN } });
}

async function history(dir = dataDir): Promise<Array<Record<string, string>>> {
  return parse(await readFile(join(dir, "history.csv"), "utf8"), { columns: true }) as Array<Record<string, string>>;
}

interface Model {
  id: string;
  tag: string;
  library: string;
  parameters: number | null;
  downloads: number;
  allTime: number | null;
  newest: number;
  parent: string;
  relation: string;
}

/** Each week's tracked models, read by DuckDB from the stand-in's files. */
async function weekModels(): Promise<Array<{ week: string; models: Model[]; hasAllTime: boolean; lineage: boolean; untagged: number | null }>> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const out = [];
  try {
    for (const spec of specs()) {
      const path = join(archive.options.dir, "models", spec.week, "models.parquet").replace(/'/g, "''");
      const epoch = (column: string) => (spec.datesAsText ? `epoch_ms(${column}::TIMESTAMP)` : `epoch_ms(${column})`);
      const result = await connection.runAndReadAll(
        `SELECT id, pipeline_tag AS tag, coalesce(library_name, '') AS library, safetensors.total AS parameters, downloads, ${spec.allTime ? "downloadsAllTime" : "NULL"} AS allTime, greatest(${epoch("createdAt")}, ${epoch("lastModified")}) AS newest, ` +
          (spec.noBaseModels ? `'' AS parent, '' AS relation ` : `coalesce(baseModels.models[1].id, '') AS parent, coalesce(baseModels.relation, '') AS relation `) +
          `FROM read_parquet('${path}') WHERE pipeline_tag IN (${TAGS.map((t) => `'${t}'`).join(", ")})`,
      );
      const models = result.getRowObjects().map((r) => ({
        id: String(r.id), tag: String(r.tag), library: String(r.library), parameters: r.parameters === null ? null : Number(r.parameters), downloads: Number(r.downloads), allTime: r.allTime === null ? null : Number(r.allTime), newest: Number(r.newest), parent: String(r.parent), relation: String(r.relation),
      }));
      out.push({ week: spec.week, models, hasAllTime: spec.allTime, lineage: !spec.noBaseModels, untagged: spec.noBaseModels ? null : await untaggedDerivatives(connection, path) });
    }
  } finally {
    connection.closeSync();
  }
  return out;
}

/**
 * Issue 45's untagged derivatives, in SQL over the whole file: from each untagged model naming a
 * parent, follow first parents through untagged models (never one twice); count the starts whose
 * walk lands on a model of a tracked tag.
 */
async function untaggedDerivatives(connection: DuckDBConnection, path: string): Promise<number> {
  const result = await connection.runAndReadAll(`
    WITH RECURSIVE f AS (SELECT id, pipeline_tag AS tag, baseModels.models[1].id AS parent FROM read_parquet('${path}')),
    u AS (SELECT id, parent FROM f WHERE (tag IS NULL OR tag = '') AND parent IS NOT NULL AND parent <> ''),
    walk(start, cur, visited) AS (
      SELECT id, parent, [id] FROM u
      UNION ALL
      SELECT walk.start, u.parent, list_append(walk.visited, walk.cur) FROM walk JOIN u ON u.id = walk.cur WHERE NOT list_contains(walk.visited, walk.cur)
    )
    SELECT (SELECT count(DISTINCT walk.start) FROM walk JOIN f ON f.id = walk.cur WHERE f.tag IN (${TAGS.map((t) => `'${t}'`).join(", ")})) AS n, (SELECT count(*) FROM u) AS named`);
  const { n, named } = result.getRowObjects()[0] as { n: bigint; named: bigint };
  // The stand-in's chains also end elsewhere (an untracked tag, a parent not in the file, a loop): not every one counts.
  expect(Number(n)).toBeLessThan(Number(named));
  return Number(n);
}

/** The rules, written out again: rows of usable weeks, each against the previous usable week and the last trusted one. */
function expectedRows(weeks: Awaited<ReturnType<typeof weekModels>>): Array<Record<string, string>> {
  const rows: Array<Record<string, string>> = [];
  let previous: { models: Map<string, Model>; snapshot: string; count: number } | undefined;
  let trusted: { counts: Map<string, number | null>; snapshot: string } | undefined;
  const s = (n: number | null) => (n === null ? "" : String(n));
  for (const { week, models, lineage, untagged } of weeks) {
    if (previous && models.length < 0.5 * previous.count) continue; // partial
    const bound = Date.parse(week) + 8 * DAY - 1;
    const snapshot = new Date(Math.min(bound, Math.max(...models.map((m) => m.newest)))).toISOString().slice(0, 10);
    const byId = new Map(models.map((m) => [m.id, m]));
    const sum = (f: (m: Model) => number) => models.reduce((t, m) => t + f(m), 0);
    const row: Record<string, string> = {
      Snapshot: snapshot, Models: String(models.length), "Downloads 30 Days": String(sum((m) => m.downloads)),
      "Downloads All Time": models.some((m) => m.allTime !== null) ? String(sum((m) => m.allTime ?? 0)) : "",
      "Storage Known": "", "Not Popular": String(models.filter((m) => m.downloads < 40).length),
      Popular: String(models.filter((m) => m.downloads >= 40 && m.downloads < 1000).length), "Very Popular": String(models.filter((m) => m.downloads >= 1000).length),
      "Pipeline Tags": "text-generation,any-to-any,image-text-to-text", Source: `archive:${REPO}`, Quality: "ok",
    };
    const categories = ["Original", "Finetune", "Adapter", "Quantized", "Merge", "Unspecified"];
    if (!previous || !trusted) {
      for (const c of ["New Models", "Removed Models", "Downloads Since Previous", "Days Since Previous", ...categories.map((c) => `New ${c}`)]) row[c] = "";
    } else {
      const fresh = models.filter((m) => !previous?.models.has(m.id));
      row["New Models"] = String(fresh.length);
      row["Removed Models"] = String([...previous.models.keys()].filter((id) => !byId.has(id)).length);
      const category = (m: Model) => (m.parent === "" ? "Original" : m.relation === "" ? "Unspecified" : m.relation[0]?.toUpperCase() + m.relation.slice(1));
      // A week whose file names no parents has no relation counts: unknown is not original.
      for (const c of categories) row[`New ${c}`] = lineage ? String(fresh.filter((m) => category(m) === c).length) : "";
      let shared = 0;
      let lower = 0;
      let since = 0;
      for (const m of models) {
        const then = trusted.counts.get(m.id);
        if (then === undefined || then === null || m.allTime === null || !previous.models.has(m.id)) continue;
        shared++;
        if (m.allTime < then) lower++;
        since += Math.max(0, m.allTime - then);
      }
      const rollback = shared > 0 && lower / shared > 0.05;
      row.Quality = rollback ? "rollback" : "ok";
      row["Downloads Since Previous"] = rollback || shared === 0 ? "" : String(since);
      const days = (a: string, b: string) => String(Math.round((Date.parse(a) - Date.parse(b)) / DAY));
      row["Days Since Previous"] = rollback ? days(snapshot, previous.snapshot) : days(snapshot, trusted.snapshot);
    }
    Object.assign(row, concentrationOf(models));
    row["Untagged Derivatives"] = untagged === null ? "" : String(untagged);
    rows.push(row);
    previous = { models: byId, snapshot, count: models.length };
    if (row.Quality === "ok") trusted = { counts: new Map(models.map((m) => [m.id, m.allTime])), snapshot };
  }
  return rows;
}

/** The concentration columns, by issue 45's formulas, to 6 decimals. */
function concentrationOf(models: readonly Model[]): Record<string, string> {
  const x = models.map((m) => m.downloads).sort((a, b) => a - b);
  const n = x.length;
  const total = x.reduce((a, b) => a + b, 0);
  const top = (values: number[], k: number) => values.slice(values.length - k).reduce((a, b) => a + b, 0);
  const authors = new Map<string, number>();
  for (const m of models) authors.set(m.id.split("/")[0] as string, (authors.get(m.id.split("/")[0] as string) ?? 0) + m.downloads);
  const six = (v: number) => String(Math.round(v * 1e6) / 1e6);
  const share = (part: number) => (total === 0 ? "" : six(part / total));
  return {
    "Top 10 Models Share": share(top(x, 10)),
    "Top 1% Models Share": share(top(x, Math.ceil(n / 100))),
    "Top 50 Authors Share": share(top([...authors.values()].sort((a, b) => a - b), 50)),
    "Gini 30 Days": total === 0 ? "" : six(x.reduce((sum, v, i) => sum + (2 * (i + 1) - n - 1) * v, 0) / (n * total)),
    "Zero Downloads Share": six(x.filter((v) => v === 0).length / n),
  };
}

/** The trends rows of issue 45, written out again: keys, family roots by first parents, order, (other), shares. */
function expectedTrends(weeks: Awaited<ReturnType<typeof weekModels>>, snapshots: ReadonlyMap<string, string>): string[][] {
  const out: string[][] = [];
  for (const { week, models, lineage } of weeks) {
    const snapshot = snapshots.get(week);
    if (!snapshot) continue;
    const ids = new Set(models.map((m) => m.id));
    const parentOf = new Map(models.map((m) => [m.id, m.parent]));
    const root = (id: string) => {
      const seen = new Set([id]);
      let current = id;
      for (;;) {
        const p = parentOf.get(current) ?? "";
        if (p === "") return current;
        if (!ids.has(p)) return p;
        if (seen.has(p)) return current;
        seen.add(p);
        current = p;
      }
    };
    const ns = (id: string) => id.split("/")[0] as string;
    const band = (p: number | null) => (p === null ? "unknown" : p < 1e9 ? "< 1B" : p < 1e10 ? "1–10B" : p < 1e11 ? "10–100B" : "≥ 100B");
    const dims: Array<[string, (m: Model) => string, number | undefined]> = [
      ["author", (m) => ns(m.id), 20],
      ...(lineage ? ([["base", (m: Model) => ns(root(m.id)), 20], ["relation", (m: Model) => (m.parent === "" ? "original" : m.relation || "unspecified"), undefined]] as Array<[string, (m: Model) => string, number | undefined]>) : []),
      ["library", (m) => m.library || "(none)", 10],
      ["size", (m) => band(m.parameters), undefined],
      ["pipeline tag", (m) => m.tag, undefined],
    ];
    const total = models.reduce((t, m) => t + m.downloads, 0);
    const share = (d: number) => (total === 0 ? "" : String(Math.round((d / total) * 1e6) / 1e6));
    for (const [dimension, key, kept] of dims) {
      const groups = new Map<string, { n: number; d: number }>();
      for (const m of models) {
        const g = groups.get(key(m)) ?? { n: 0, d: 0 };
        g.n++;
        g.d += m.downloads;
        groups.set(key(m), g);
      }
      const ordered = [...groups].sort(([ka, a], [kb, b]) => b.d - a.d || b.n - a.n || (ka < kb ? -1 : 1));
      const named = kept === undefined || ordered.length <= kept ? ordered : ordered.slice(0, kept);
      for (const [k, g] of named) out.push([snapshot, dimension, k, String(g.n), String(g.d), share(g.d)]);
      const rest = ordered.slice(named.length);
      if (rest.length) {
        const n = rest.reduce((t, [, g]) => t + g.n, 0);
        const d = rest.reduce((t, [, g]) => t + g.d, 0);
        out.push([snapshot, dimension, "(other)", String(n), String(d), share(d)]);
      }
    }
  }
  return out;
}

describe("hf-trends backfill over the weekly archive", () => {
  let expected: Array<Record<string, string>>;
  let firstRun: Awaited<ReturnType<typeof cli>>;
  let bytesAfterFirst: number;
  let firstOutputs: string;

  beforeAll(async () => {
    expected = expectedRows(await weekModels());
    // Stopped after five weeks (as a cancelled run would be), then continued.
    const partialRun = await cli(["--until", specs()[4]?.week as string]);
    expect(partialRun.code, partialRun.stderr).toBe(0);
    expect((await history()).length).toBe(5);
    firstRun = await cli([]);
    // As the first run left them (drawn from the newest week in memory): later tests run the command again.
    firstOutputs = await tempDir();
    await cp(dataDir, firstOutputs, { recursive: true });
    bytesAfterFirst = Object.values(archive.stats.bytesSent).reduce((a, b) => a + b, 0);
  }, 180_000);

  it("writes one row per usable week, each equal to DuckDB's recomputation from the same files", async () => {
    expect(firstRun.code, firstRun.stderr).toBe(0);
    const rows = await history();
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBe(20); // 21 weeks in the archive, one of them partial
    for (const [k, row] of rows.entries()) expect(row, row.Snapshot).toEqual(expected[k]);
    // The stand-in's untagged models reach tracked ones, and others do not (untracked tags, parents not in the file, loops).
    const counts = rows.map((r) => r["Untagged Derivatives"]).filter((v) => v !== "");
    expect(counts).toHaveLength(rows.length - NO_LINEAGE);
    for (const n of counts) expect(Number(n)).toBeGreaterThan(0);
  });

  it("writes trends.csv: every archive week's rows equal the recomputation; no base or relation rows where the file names no parents; none for the partial week", async () => {
    const weeks = await weekModels();
    const done = parse(await readFile(join(dataDir, "archive-weeks.csv"), "utf8"), { columns: true }) as Array<Record<string, string>>;
    const snapshots = new Map(done.filter((w) => w.Status === "usable").map((w) => [w.Week as string, w.Snapshot as string]));
    const trends = parse(await readFile(join(dataDir, "trends.csv"), "utf8"), { from_line: 2 }) as string[][];
    expect(trends).toEqual(expectedTrends(weeks, snapshots));
    const noLineage = specs().filter((s) => s.noBaseModels).map((s) => snapshots.get(s.week));
    expect(noLineage).toHaveLength(NO_LINEAGE);
    for (const snapshot of noLineage) expect(trends.filter((r) => r[0] === snapshot).map((r) => r[1])).not.toContain("base");
    const partial = specs().find((s) => s.index === PARTIAL)?.week as string;
    expect(snapshots.has(partial)).toBe(false);
    // Sizes come from safetensors.total: archive weeks have them now.
    expect(trends.some((r) => r[1] === "size" && r[2] !== "unknown")).toBe(true);
  });

  it("says rollback for the rollback week, and the week after spans back to the last trusted week", async () => {
    const rows = await history();
    const k = rows.findIndex((r) => r.Quality === "rollback");
    expect(rows.filter((r) => r.Quality === "rollback")).toHaveLength(1);
    expect(rows[k]?.["Downloads Since Previous"]).toBe("");
    expect(Number(rows[k + 1]?.["Days Since Previous"])).toBe(Math.round((Date.parse(rows[k + 1]?.Snapshot as string) - Date.parse(rows[k - 1]?.Snapshot as string)) / DAY));
    expect(Number(rows[k + 1]?.["Downloads Since Previous"])).toBeGreaterThan(0);
  });

  it("gives the partial week no row, names it in one line, and lists it as read", async () => {
    const partial = specs().find((s) => s.index === PARTIAL)?.week as string;
    expect(firstRun.stderr + (await readFile(join(dataDir, "archive-weeks.csv"), "utf8"))).toContain(partial);
    expect(await readFile(join(dataDir, "archive-weeks.csv"), "utf8")).toMatch(new RegExp(`^${partial},,\\d+,\\d+,partial,archive:${REPO}$`, "m"));
  });

  it("read each week once, never the whole file, and sent the token to the Hub only", async () => {
    for (const spec of specs()) {
      const size = (await import("node:fs")).statSync(join(archive.options.dir, "models", spec.week, "models.parquet")).size;
      expect(archive.stats.bytesSent[spec.week], spec.week).toBeLessThanOrEqual(size);
    }
    expect(archive.stats.fileHostAuthorizations).toEqual([]);
    expect(archive.stats.hubAuthorizations).toEqual(new Set([`Bearer ${TOKEN}`]));
  });

  it("reads nothing on a rerun", async () => {
    const before = { ...archive.stats, bytes: bytesAfterFirst, ranges: archive.stats.rangeRequests };
    const rerun = await cli([]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(/nothing to read: the 21 weeks in range are done/);
    expect(Object.values(archive.stats.bytesSent).reduce((a, b) => a + b, 0)).toBe(before.bytes);
    expect(archive.stats.rangeRequests).toBe(before.ranges);
  });

  it("completes a dataset of 2.0.0 once: only the weeks lacking the new columns are read again; the rows stay but the relation counts of weeks without parents", async () => {
    // The same data as 2.0.0 left it: history.csv without the new columns, relation counts where no parents were named, no trends.csv.
    const old = await tempDir();
    const now = await history();
    const NEW = ["Top 10 Models Share", "Top 1% Models Share", "Top 50 Authors Share", "Gini 30 Days", "Zero Downloads Share", "Untagged Derivatives"];
    const header = Object.keys(now[0] as object).filter((c) => !NEW.includes(c));
    const noLineage = new Set(specs().filter((w) => w.noBaseModels).map((w) => w.week));
    const done = parse(await readFile(join(dataDir, "archive-weeks.csv"), "utf8"), { columns: true }) as Array<Record<string, string>>;
    const oldRows = now.map((row): Record<string, string> => {
      const week = done.find((w) => w.Snapshot === row.Snapshot)?.Week as string;
      // 2.0.0 counted every new model of such a week as original.
      return noLineage.has(week) && row["New Models"] !== "" ? { ...row, "New Original": row["New Models"] as string, "New Finetune": "0", "New Adapter": "0", "New Quantized": "0", "New Merge": "0", "New Unspecified": "0" } : row;
    });
    const quote = (v: string) => (v.includes(",") ? `"${v}"` : v);
    await writeFile(join(old, "history.csv"), `${[header.join(","), ...oldRows.map((r) => header.map((c) => quote(r[c] as string)).join(","))].join("\n")}\n`);
    await writeFile(join(old, "archive-weeks.csv"), await readFile(join(dataDir, "archive-weeks.csv"), "utf8"));
    const bytes = () => Object.values(archive.stats.bytesSent).reduce((a, b) => a + b, 0);
    const before = bytes();
    const run = await runNode(join(dist, "cli.js"), ["backfill", "--endpoint", archive.url, "--task", TAGS.join(","), "--data-dir", old, "--charts-dir", join(old, "charts"), "--weeks-dir", weeksDir], { cwd: dist, env: { HF_TOKEN: TOKEN } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("20 archive weeks read by an earlier release lack the concentration columns, untagged derivatives or trends.csv: reading them again, once");
    expect(bytes()).toBeGreaterThan(before);
    expect(await history(old)).toEqual(now);
    expect(await readFile(join(old, "trends.csv"), "utf8")).toBe(await readFile(join(dataDir, "trends.csv"), "utf8"));
    // Once: a rerun reads nothing.
    const after = bytes();
    const again = await runNode(join(dist, "cli.js"), ["backfill", "--endpoint", archive.url, "--task", TAGS.join(","), "--data-dir", old, "--charts-dir", join(old, "charts"), "--weeks-dir", weeksDir], { cwd: dist, env: { HF_TOKEN: TOKEN } });
    expect(again.code, again.stderr).toBe(0);
    expect(bytes()).toBe(after);
  });

  it("makes the newest week the dataset, so a live refresh continues the series from it", async () => {
    const manifest = JSON.parse(await readFile(join(dataDir, "huggingface_models_data", "manifest.json"), "utf8")) as { snapshot: string; pipelineTag: string };
    expect(manifest.snapshot.slice(0, 10)).toBe((await history()).at(-1)?.Snapshot);
    const insights = JSON.parse(await readFile(join(dataDir, "insights.json"), "utf8")) as { snapshot: string };
    expect(insights.snapshot).toBe((await history()).at(-1)?.Snapshot);
  });

  it("draws from the week in memory what the dataset files give: the charts command over them writes the same bytes", async () => {
    const copy = await tempDir();
    await cp(firstOutputs, copy, { recursive: true });
    const run = await runNode(join(dist, "cli.js"), ["charts", "--task", TAGS.join(","), "--data-dir", copy, "--charts-dir", join(copy, "charts-again")], { cwd: dist });
    expect(run.code, run.stderr).toBe(0);
    const files = await readdir(join(firstOutputs, "charts"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(Buffer.compare(await readFile(join(copy, "charts-again", file)), await readFile(join(firstOutputs, "charts", file))), file).toBe(0);
    expect(await readFile(join(copy, "insights.json"), "utf8")).toBe(await readFile(join(firstOutputs, "insights.json"), "utf8"));
  });

  it("charts the weeks: shares by author and by base namespace, and concentration, each marking the archive weeks and the rollback week", async () => {
    for (const file of ["download_share_by_author.png", "download_share_by_base.png", "concentration_over_snapshots.png"]) {
      const png = decode(await readFile(join(dataDir, "charts", file)));
      expect(png.width, file).toBeGreaterThan(1500);
      // Not a blank canvas: many colours (the stacked areas, lines, text).
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(((png.data[i] as number) << 16) | ((png.data[i + 1] as number) << 8) | (png.data[i + 2] as number));
      expect(colours.size, file).toBeGreaterThan(20);
    }
    const rows = await readHistory(dataDir);
    const trends = await readTrends(dataDir);
    const snapshot = rows.at(-1)?.Snapshot as string;
    const context = { task: TAGS.join(", "), tags: TAGS, snapshot, snapshotMs: Date.parse(snapshot), models: rows.at(-1)?.Models as number };
    const rollback = rows.find((r) => r.Quality === "rollback")?.Snapshot;
    const specs = { author: shareSpec("author", trends, rows, context), base: shareSpec("base", trends, rows, context), concentration: concentrationSpec(rows, context) };
    for (const [name, spec] of Object.entries(specs)) {
      const json = JSON.stringify(spec);
      expect(json, name).toContain(`"mark":{"type":"rect","color":"#888888"}`);
      expect(json, name).toContain(`{"snapshot":"${rollback}"}`);
      expect(json, name).toMatch(/Grey strip along the top: all \d+ weeks are from the Hub's public weekly archive/);
    }
    expect(JSON.stringify(specs.base)).toContain(`Left out: ${NO_LINEAGE} weeks whose archive file names no parents`);
    // Every stacked week sums to 1: the named keys and the rest.
    const values = (specs.author as { layer: Array<{ data?: { values: Array<{ snapshot: string; share: number }> } }> }).layer[0]?.data?.values ?? [];
    const sums = new Map<string, number>();
    for (const v of values) sums.set(v.snapshot, (sums.get(v.snapshot) ?? 0) + v.share);
    expect(sums.size).toBe(rows.length);
    for (const sum of sums.values()) expect(sum).toBeCloseTo(1, 6);
  });

  it("finds what the tags miss: the newest archive week's untagged derivatives over its tracked models", async () => {
    const insights = JSON.parse(await readFile(join(dataDir, "insights.json"), "utf8")) as { trends: { untaggedDerivatives: { snapshot: string; count: number; trackedModels: number; share: number; verdict: string; published: string } } };
    const newest = (await history()).at(-1) as Record<string, string>;
    const u = insights.trends.untaggedDerivatives;
    expect(u).toMatchObject({ snapshot: newest.Snapshot, count: Number(newest["Untagged Derivatives"]), trackedModels: Number(newest.Models), verdict: "descriptive" });
    expect(u.share).toBe(Math.round((Number(newest["Untagged Derivatives"]) / Number(newest.Models)) * 1e6) / 1e6);
    const md = await readFile(join(dataDir, "insights.md"), "utf8");
    expect(md).toContain(`${Number(newest["Untagged Derivatives"]).toLocaleString("en-US")} models with no pipeline tag derive from these tags' ${Number(newest.Models).toLocaleString("en-US")} models in the archive week of ${newest.Snapshot}`);
  });
});

describe("a bad archive: one clear line, nothing written lost, the failed week left for the next run", () => {
  const run = async (hub: ArchiveHub, dir: string) => {
    const log = memoryLogger();
    const result = await backfill(
      { task: TAGS.join(","), endpoint: hub.url, token: TOKEN, dataDir: dir, chartsDir: join(dir, "charts"), weeksDir: join(dir, "weeks"), archive: REPO, client: FAST_CLIENT },
      log,
    ).catch((error: unknown) => error as Error);
    return { result, log };
  };

  it("an archive that is not there (401 to the anonymous, 404 with a token)", async () => {
    const hub = new ArchiveHub({ repo: REPO, dir: await tempDir(), absent: true });
    await hub.start();
    try {
      const { result } = await run(hub, await tempDir());
      expect(result).toBeInstanceOf(Error);
      expect((result as Error).message).toMatch(/the archive hfmlsoc\/hub_weekly_snapshots is not on the Hub at .* \(HTTP 404\): it may have been taken down or renamed; give another with --archive owner\/name/);
    } finally {
      await hub.close();
    }
  });

  it.each([
    ["a file without pipeline_tag", { noPipelineTag: true }, undefined, /has no "pipeline_tag" column/],
    ["a 200 where a 206 was asked for", {}, "ignore-range", /answered 200 with the whole file where a range \(206\) was asked for; refusing to download it/],
    ["a short range", {}, "short-range", /a short range: \d+ of \d+ bytes/],
  ] as const)("%s", async (_name, spec, fault, message) => {
    const hub = new ArchiveHub({ repo: REPO, dir: await tempDir() });
    await hub.addWeek({ week: "2025-03-05", models: 800, index: 0, allTime: true, anchor: { model: 800, at: "2025-03-05" } });
    await hub.addWeek({ week: "2025-03-12", models: 850, index: 1, allTime: true, anchor: { model: 800, at: "2025-03-05" }, ...spec });
    if (fault) hub.faults.set("2025-03-12", fault);
    await hub.start();
    const dir = await tempDir();
    try {
      const { result, log } = await run(hub, dir);
      expect(result).not.toBeInstanceOf(Error);
      const report = result as Awaited<ReturnType<typeof backfill>>;
      expect(report.failed?.week).toBe("2025-03-12");
      expect(log.lines.filter((l) => l.includes("2025-03-12:") && message.test(l))).toHaveLength(1);
      // The week before it is kept; the failed one is not marked done, so the next run reads it.
      expect((await history(dir)).map((r) => r.Source)).toEqual([`archive:${REPO}`]);
      expect(await readFile(join(dir, "archive-weeks.csv"), "utf8")).not.toContain("2025-03-12");
      expect(Object.keys(hub.stats.bytesSent)).toContain("2025-03-12");
      if (fault === "ignore-range") expect(hub.stats.bytesSent["2025-03-12"]).toBeLessThan(2_000_000); // it stopped reading
    } finally {
      await hub.close();
    }
  });

  it.each(["expire-once", "429-once", "503-once"] as const)("a file host that answers %s is asked again (a new signed URL for an expired one)", async (fault) => {
    const hub = new ArchiveHub({ repo: REPO, dir: await tempDir() });
    await hub.addWeek({ week: "2025-03-05", models: 800, index: 0, allTime: true, anchor: { model: 800, at: "2025-03-05" } });
    hub.faults.set("2025-03-05", fault);
    await hub.start();
    const dir = await tempDir();
    try {
      const { result } = await run(hub, dir);
      expect((result as Awaited<ReturnType<typeof backfill>>).failed).toBeUndefined();
      expect(await history(dir)).toHaveLength(1);
      if (fault === "expire-once") expect(hub.stats.resolveRequests).toBe(2);
      expect(hub.stats.fileHostAuthorizations).toEqual([]);
    } finally {
      await hub.close();
    }
  });
});

describe("the bundled action's mode backfill", () => {
  it("commits history, archive weeks, findings and charts in one commit, makes no release, and says the archive's licence", async () => {
    const archiveHub = new ArchiveHub({ repo: REPO, dir: await tempDir() });
    for (const [k, week] of ["2025-03-05", "2025-03-12", "2025-03-19"].entries()) {
      await archiveHub.addWeek({ week, models: 700 + 20 * k, index: k, allTime: true, anchor: { model: 700, at: "2025-03-05" }, secondsPerModel: (7 * 86400) / 20 });
    }
    await archiveHub.start();
    const github = await startGitHub();
    try {
      const base = github.head();
      const run = await runBundledAction({
        dist, github, workspace: await tempDir("hf-trends-workspace-"), githubToken: "ghs_Backfill0123456789",
        inputs: { mode: "backfill", "hf-endpoint": archiveHub.url, "hf-token": TOKEN, "pipeline-tag": "llm" },
      });
      expect(run.stdout).not.toContain("::error::");
      expect(run.code).toBe(0);
      expect(github.git(["rev-list", `${base}..${github.branch}`]).split("\n")).toHaveLength(1);
      const files = github.git(["show", "--name-only", "--format=", github.branch]).split("\n");
      expect(files).toEqual(expect.arrayContaining(["data/history.csv", "data/archive-weeks.csv", "data/insights.json", "charts/real_downloads_per_week.png", "data/huggingface_models_data/manifest.json"]));
      expect(files.some((f) => f.endsWith(".parquet"))).toBe(false);
      expect(github.git(["log", "-1", "--format=%s", github.branch])).toBe(`Backfill text-generation,any-to-any,image-text-to-text: 3 weeks from ${REPO}`);
      expect(github.releases).toHaveLength(0);
      expect(run.outputs.weeks).toBe("3");
      expect(run.summary).toContain("ODbL-1.0");
      expect(archiveHub.stats.fileHostAuthorizations).toEqual([]);
    } finally {
      await archiveHub.close();
      await github.close();
    }
  });
});

describe("backfilled weeks on a Hugging Face dataset", () => {
  it("go to data/snapshots/DATE/ with a tag each, in one commit, marked as the archive's, under ODbL with attribution", async () => {
    const archiveHub = new ArchiveHub({ repo: REPO, dir: await tempDir() });
    for (const [k, week] of ["2025-03-05", "2025-03-12", "2025-03-19", "2025-03-26"].entries()) {
      await archiveHub.addWeek({ week, models: 700 + 20 * k, index: k, allTime: true, anchor: { model: 700, at: "2025-03-05" }, secondsPerModel: (7 * 86400) / 20 });
    }
    await archiveHub.start();
    const datasets = new HubDatasets();
    datasets.writeTokens.add(TOKEN);
    const writeHub = await startHub({ catalogue: new Catalogue({ size: 10 }), datasets });
    const dir = await tempDir();
    try {
      const report = await backfill(
        {
          task: TAGS.join(","), endpoint: archiveHub.url, token: TOKEN, dataDir: dir, chartsDir: join(dir, "charts"), weeksDir: join(dir, "weeks"), archive: REPO, client: FAST_CLIENT,
          hfDataset: { repo: "acme/trends", token: TOKEN, endpoint: writeHub.url, keepsPrivate: false, backoffBaseMs: 10 },
        },
        memoryLogger(),
      );
      const rows = await history(dir);
      expect(rows).toHaveLength(4);
      const repo = datasets.repos.get("acme/trends");
      expect(repo?.commits.filter((c) => c.summary.includes("weekly snapshots"))).toHaveLength(1);
      expect(report.published.map((p) => p.tag)).toEqual(rows.map((r) => `snapshot-${r.Snapshot}`));
      const files = datasets.filesAt("acme/trends") as Map<string, { bytes: Buffer }>;
      for (const row of rows) {
        expect(repo?.tags.get(`snapshot-${row.Snapshot}`)).toBe(repo?.head);
        expect(files.has(`data/snapshots/${row.Snapshot}/huggingface_models_data.parquet`)).toBe(true);
        expect(files.get(`data/snapshots/${row.Snapshot}/from-archive.txt`)?.bytes.toString()).toBe(`${REPO}\n`);
      }
      const card = files.get("README.md")?.bytes.toString() ?? "";
      expect(card).toMatch(/^---\nlicense: odbl\n/);
      expect(card).toContain("## Weeks from the Hub's public archive");
      expect(card).toMatch(/4 weeks \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\) came from \[hfmlsoc\/hub_weekly_snapshots\]/);
      expect(card).toContain("Open Database License (ODbL-1.0)");
      // A rerun reads nothing and sends nothing.
      const commits = repo?.commits.length;
      await backfill({ task: TAGS.join(","), endpoint: archiveHub.url, token: TOKEN, dataDir: dir, chartsDir: join(dir, "charts"), weeksDir: join(dir, "weeks"), archive: REPO, client: FAST_CLIENT, hfDataset: { repo: "acme/trends", token: TOKEN, endpoint: writeHub.url, keepsPrivate: false } }, memoryLogger());
      expect(repo?.commits.length).toBe(commits);
    } finally {
      await archiveHub.close();
      await writeHub.close();
    }
  });

  it("a publication that failed is made by the next run, which reads nothing of the archive again", async () => {
    const archiveHub = new ArchiveHub({ repo: REPO, dir: await tempDir() });
    for (const [k, week] of ["2025-03-05", "2025-03-12", "2025-03-19"].entries()) {
      await archiveHub.addWeek({ week, models: 500 + 20 * k, index: k, allTime: true, anchor: { model: 500, at: "2025-03-05" }, secondsPerModel: (7 * 86400) / 20 });
    }
    await archiveHub.start();
    const datasets = new HubDatasets();
    const writeHub = await startHub({ catalogue: new Catalogue({ size: 10 }), datasets });
    const dir = await tempDir();
    const run = () =>
      backfill(
        {
          task: TAGS.join(","), endpoint: archiveHub.url, token: TOKEN, dataDir: dir, chartsDir: join(dir, "charts"), weeksDir: join(dir, "weeks"), archive: REPO, client: FAST_CLIENT,
          hfDataset: { repo: "acme/healed", token: TOKEN, endpoint: writeHub.url, keepsPrivate: false, backoffBaseMs: 10 },
        },
        memoryLogger(),
      );
    try {
      // The token has no write access yet: the weeks are history, their publication fails.
      await expect(run()).rejects.toThrow(/token/i);
      expect(await history(dir)).toHaveLength(3);
      expect(datasets.repos.get("acme/healed")?.tags.size ?? 0).toBe(0);
      datasets.writeTokens.add(TOKEN);
      const ranges = archiveHub.stats.rangeRequests;
      const report = await run();
      expect(archiveHub.stats.rangeRequests).toBe(ranges);
      expect(report.read).toHaveLength(0);
      const rows = await history(dir);
      expect(report.published.map((p) => p.tag)).toEqual(rows.map((r) => `snapshot-${r.Snapshot}`));
      expect([...(datasets.repos.get("acme/healed")?.tags.keys() ?? [])].sort()).toEqual(rows.map((r) => `snapshot-${r.Snapshot}`));
    } finally {
      await archiveHub.close();
      await writeHub.close();
    }
  });
});

describe("a live refresh over a Hub whose counters roll back for one week", () => {
  it("says rollback that week, and the next week's downloads since are the true ones since the last trusted week", async () => {
    const catalogue = new Catalogue({ size: 3000, seed: 41, fromMonth: "2026-06", now: "2026-11-12T12:00:00.000Z" });
    const hub = await startHub({ catalogue });
    const dataDir = await tempDir();
    const options = { endpoint: hub.url, task: "text-generation", dataDir, enrichBudget: 0, enrichMinutes: 1, client: FAST_CLIENT };
    const anchor = 2500;
    try {
      hubWeek(hub, "2026-11-12T12:00:00.000Z", []);
      const week1 = Array.from({ length: 3000 }, (_, i) => catalogue.item(i));
      await harvest(options, memoryLogger());
      // Week 2: 30% of models count half their all-time downloads.
      hubWeek(hub, "2026-11-19T12:00:00.000Z", []);
      catalogue.touch(anchor, { lastModified: "2026-11-19T09:00:00.000Z" });
      for (let i = 0; i < 3000; i += 10) for (const j of [i, i + 1, i + 2]) if (j !== anchor) catalogue.touch(j, { downloadsAllTime: Math.floor(catalogue.item(j).downloadsAllTime / 2) });
      await harvest(options, memoryLogger());
      // Week 3: the counters came back, and grew.
      hubWeek(hub, "2026-11-26T12:00:00.000Z", []);
      catalogue.touch(anchor, { lastModified: "2026-11-26T09:00:00.000Z" });
      for (let i = 0; i < 3000; i += 7) catalogue.touch(i, { downloadsAllTime: catalogue.item(i).downloadsAllTime + 100 + i });
      const week3 = Array.from({ length: 3000 }, (_, i) => catalogue.item(i));
      await harvest(options, memoryLogger());
      const rows = await history(dataDir);
      expect(rows.map((r) => r.Quality)).toEqual(["ok", "rollback", "ok"]);
      expect(rows[1]?.["Downloads Since Previous"]).toBe("");
      const before = new Map(week1.map((m) => [m.id, m.downloadsAllTime]));
      const truth = week3.reduce((sum, m) => sum + Math.max(0, m.downloadsAllTime - (before.get(m.id) ?? m.downloadsAllTime)), 0);
      expect(rows[2]?.["Downloads Since Previous"]).toBe(String(truth));
      expect(rows[2]?.["Days Since Previous"]).toBe("14");
      // The rollback week's all-time counts are not taken: the recovery is not counted as downloads.
      const naive = week3.reduce((sum, m, i) => sum + Math.max(0, m.downloadsAllTime - (i % 10 < 3 && i !== anchor ? Math.floor((before.get(m.id) as number) / 2) : (before.get(m.id) as number))), 0);
      expect(naive).toBeGreaterThan(truth + 100_000);
      expect((await snapshot(dataDir)).size).toBeGreaterThan(3);
    } finally {
      await hub.close();
    }
  });
});
