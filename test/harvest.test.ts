import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COLUMNS } from "../src/dataset/record.ts";
import { datasetDir } from "../src/dataset/store.ts";
import { harvest, RETRY_LINES_PER_PHASE, type HarvestOptions } from "../src/pipeline.ts";
import { Catalogue, NASTY_LIBRARIES } from "./support/catalogue.ts";
import { expectedRow, FAST_CLIENT, memoryLogger, snapshot, tempDir } from "./support/fixtures.ts";
import { ALL_FAULTS, startHub, type HubServer, type HubServerOptions } from "./support/hub-server.ts";
import { readWithPython } from "./support/python-csv.ts";

const servers: HubServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function hub(options: Omit<HubServerOptions, "catalogue"> & { size: number; catalogue?: Catalogue }): Promise<HubServer> {
  const server = await startHub({ catalogue: options.catalogue ?? new Catalogue({ size: options.size }), ...options });
  servers.push(server);
  return server;
}

function optionsFor(server: HubServer, dataDir: string, extra: Partial<HarvestOptions> = {}): HarvestOptions {
  return { endpoint: server.url, task: "text-generation", dataDir, enrichBudget: 0, enrichMinutes: 1, client: FAST_CLIENT, ...extra };
}

describe("list harvest", () => {
  it("gets every model exactly once with every value exact, through 3% faults of every kind and a tight quota", async () => {
    const catalogue = new Catalogue({ size: 20_000, seed: 3, nastyShare: 0.01 });
    const server = await hub({
      size: 20_000,
      catalogue,
      quota: { requests: 6, windowSeconds: 1 },
      faults: { rate: 0.03, kinds: ALL_FAULTS, slowMs: 50 },
    });
    // 3% per request is rare over 20 pages: force one of each kind at the start as well.
    server.options.forced = [500, 502, 503, 504];
    const dataDir = await tempDir();
    const log = memoryLogger();
    const report = await harvest(optionsFor(server, dataDir), log);

    expect(report.models).toBe(20_000);
    expect(report.complete).toBe(true);
    expect(report.retries).toBeGreaterThanOrEqual(4);
    expect(server.stats.byStatus[429] ?? 0).toBeLessThanOrEqual(2);
    // Readable logs: a line for the first few retries only; the closing line counts them all.
    const retryLines = log.lines.filter((l) => /^(retrying|rate limited)/.test(l));
    expect(retryLines).toHaveLength(RETRY_LINES_PER_PHASE);
    expect(retryLines.at(-1)).toContain("further retries in this phase are counted, not shown");
    const closing = log.lines.find((l) => l.startsWith("listed 20000 models"));
    expect(closing).toContain(`(${report.retries} retries, ${report.rateLimited} rate-limit wait`);
    const { header, rows } = readWithPython(datasetDir(dataDir));
    expect(header).toEqual([...COLUMNS]);
    expect(rows).toHaveLength(20_000);
    const expected = new Map<string, string[]>();
    for (let i = 0; i < catalogue.size; i++) {
      const model = catalogue.item(i);
      expected.set(model.id, expectedRow(model));
    }
    const ids = new Set<string>();
    for (const row of rows) {
      const id = row[0] as string;
      expect(ids.has(id)).toBe(false);
      ids.add(id);
      expect(row).toEqual(expected.get(id));
    }
    expect(ids.size).toBe(expected.size);
  });

  it("asks for at most one list page per 1000 models", async () => {
    const server = await hub({ size: 12_345 });
    const report = await harvest(optionsFor(server, await tempDir()), memoryLogger());
    expect(report.models).toBe(12_345);
    expect(server.stats.listRequests).toBe(13);
  });

  it("retries a 5xx on the first page", async () => {
    const server = await hub({ size: 1500, forced: [503, 502] });
    const report = await harvest(optionsFor(server, await tempDir()), memoryLogger());
    expect(report.models).toBe(1500);
    expect(server.stats.byStatus[503]).toBe(1);
    expect(server.stats.listRequests).toBe(4);
  });

  it("fails fast on a 400 with the Hub's own message", async () => {
    const server = await hub({ size: 1500, forced: [{ status: 400, error: 'Invalid expand parameter "usedStorage"' }] });
    const run = harvest(optionsFor(server, await tempDir()), memoryLogger());
    await expect(run).rejects.toThrow(/HTTP 400: "Invalid expand parameter \\"usedStorage\\""/);
    expect(server.stats.requests).toBe(1);
  });

  it("names the page, the last status and the attempts when retries run out", async () => {
    const server = await hub({ size: 3000 });
    server.options.forced = [200, 200, 200].map(() => 503);
    const dataDir = await tempDir();
    const run = harvest({ ...optionsFor(server, dataDir), client: { ...FAST_CLIENT, maxAttempts: 3 } }, memoryLogger());
    await expect(run).rejects.toThrow(/list page 1 failed after 3 attempts \(last status 503/);
  });

  it("counts, reports and skips malformed items", async () => {
    const catalogue = new Catalogue({ size: 3000, malformedShare: 0.01 });
    const server = await hub({ size: 3000, catalogue });
    const log = memoryLogger();
    const report = await harvest(optionsFor(server, await tempDir()), log);
    let bad = 0;
    for (let i = 0; i < 3000; i++) if (catalogue.item(i).malformed) bad++;
    expect(bad).toBeGreaterThan(0);
    expect(report.malformed.count).toBe(bad);
    expect(report.models).toBe(3000 - bad);
    expect(log.lines.find((l) => l.startsWith("warning: skipped"))).toMatch(/likes must be a non-negative integer, got "many"/);
  });

  it("round-trips CSV-hostile values exactly through Python's csv module", async () => {
    const catalogue = new Catalogue({ size: 200 });
    NASTY_LIBRARIES.forEach((library, k) => catalogue.touch(k, { library_name: library }));
    const server = await hub({ size: 200, catalogue });
    const dataDir = await tempDir();
    await harvest(optionsFor(server, dataDir), memoryLogger());
    const { rows } = readWithPython(datasetDir(dataDir));
    const libraries = new Map(rows.map((row) => [row[0], row[7]]));
    NASTY_LIBRARIES.forEach((library, k) => expect(libraries.get(catalogue.item(k).id)).toBe(library));
  });
});

describe("private models", () => {
  it("are left out with a token (counted, never written), and a model that turns private drops out like a deleted one", async () => {
    const catalogue = new Catalogue({ size: 1200, seed: 4 });
    catalogue.touch(1, { id: "org/m-1-secret", private: true });
    const server = await hub({ size: 1200, catalogue });
    const dataDir = await tempDir();
    const log = memoryLogger();
    const report = await harvest(optionsFor(server, dataDir, { token: "hf_PrivateSeer0123456789", enrichBudget: 50 }), log);
    expect(report.models).toBe(1199);
    expect(report.privateModels).toBe(1);
    expect(log.lines).toContain(
      "left out 1 private model(s): the token can see them, but they are never published (--include-private keeps them, for a private repository)",
    );
    const ids = () => new Set(readWithPython(datasetDir(dataDir)).rows.map((row) => row[0]));
    expect(ids().has("org/m-1-secret")).toBe(false);
    expect(server.stats.singleById.has("org/m-1-secret")).toBe(false);

    const turned = catalogue.item(5).id;
    catalogue.touch(5, { private: true });
    const next = await harvest(optionsFor(server, dataDir, { token: "hf_PrivateSeer0123456789" }), memoryLogger());
    expect(next.models).toBe(1198);
    expect(ids().has(turned)).toBe(false);
    expect(readWithPython(datasetDir(dataDir)).rows.every((row) => row[5] === "false")).toBe(true);

    const kept = await harvest(optionsFor(server, await tempDir(), { token: "hf_PrivateSeer0123456789", includePrivate: true }), memoryLogger());
    expect(kept.models).toBe(1200);
  });
});

describe("dataset safety", () => {
  it("refuses a listing that shrank below 90% of the previous dataset, unless allowed", async () => {
    const catalogue = new Catalogue({ size: 5000 });
    const server = await hub({ size: 5000, catalogue });
    const dataDir = await tempDir();
    await harvest(optionsFor(server, dataDir), memoryLogger());
    const before = await snapshot(dataDir);
    for (let i = 0; i < 600; i++) catalogue.deleted.add(i * 7);
    await expect(harvest(optionsFor(server, dataDir), memoryLogger())).rejects.toThrow(/fewer than 90% of the 5000 .*--allow-shrink/);
    expect(await snapshot(dataDir)).toEqual(before);
    const allowed = await harvest(optionsFor(server, dataDir, { allowShrink: true }), memoryLogger());
    expect(allowed.models).toBe(4400);
  });

  it("leaves the previous dataset byte-identical when a harvest fails midway", async () => {
    const catalogue = new Catalogue({ size: 4000 });
    const server = await hub({ size: 4000, catalogue });
    const dataDir = await tempDir();
    await harvest(optionsFor(server, dataDir), memoryLogger());
    const before = await snapshot(dataDir);
    catalogue.touch(0, { likes: 999 });
    server.options.failAfterPages = server.stats.pagesServed + 2;
    await expect(harvest({ ...optionsFor(server, dataDir), client: { ...FAST_CLIENT, maxAttempts: 2 } }, memoryLogger())).rejects.toThrow(
      /failed after 2 attempts/,
    );
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it("will not let a --max-models sample overwrite a full dataset, nor drop a tracked tag unasked", async () => {
    const server = await hub({ size: 2000 });
    const dataDir = await tempDir();
    await harvest(optionsFor(server, dataDir), memoryLogger());
    await expect(harvest(optionsFor(server, dataDir, { maxModels: 100 }), memoryLogger())).rejects.toThrow(/partial dataset/);
    await expect(harvest(optionsFor(server, dataDir, { task: "text2text-generation" }), memoryLogger())).rejects.toThrow(
      /the dataset tracks text-generation; tracking text2text-generation drops "text-generation", and its models would be removed: nothing was written. To drop it, run again with --allow-shrink/,
    );
    const sampleDir = await tempDir();
    const sample = await harvest(optionsFor(server, sampleDir, { maxModels: 1500 }), memoryLogger());
    expect(sample.models).toBe(1500);
    expect(server.stats.listRequests).toBe(2 + 2);
    const manifest = JSON.parse(await readFile(join(datasetDir(sampleDir), "manifest.json"), "utf8"));
    // The snapshot: the newest date of the 1500 listed (the newest first), as the Hub sent it.
    const listed = Array.from({ length: 1500 }, (_, i) => server.catalogue.item(i));
    const newest = listed.flatMap((m) => [m.createdAt, m.lastModified]).sort().at(-1);
    expect(manifest).toEqual({ pipelineTag: "text-generation", complete: false, models: 1500, snapshot: newest });
  });
});
