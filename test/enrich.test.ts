import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { datasetDir, readDataset } from "../src/dataset/store.ts";
import { harvest, type HarvestOptions } from "../src/pipeline.ts";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { FAST_CLIENT, memoryLogger, tempDir } from "./support/fixtures.ts";
import { ALL_FAULTS, startHub, type HubServer } from "./support/hub-server.ts";
import { readWithPython } from "./support/python-csv.ts";

const servers: HubServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function hub(catalogue: Catalogue, extra: Partial<Parameters<typeof startHub>[0]> = {}): Promise<HubServer> {
  const server = await startHub({ catalogue, ...extra });
  servers.push(server);
  return server;
}

const options = (server: HubServer, dataDir: string, enrichBudget: number): HarvestOptions => ({
  endpoint: server.url, task: "text-generation", dataDir, enrichBudget, enrichMinutes: 5, client: FAST_CLIENT,
});

describe("storage enrichment", () => {
  it("spends exactly its request budget through faults and a tight quota, and stores exact values", async () => {
    const catalogue = new Catalogue({ size: 20_000, seed: 21 });
    const server = await hub(catalogue, { quota: { requests: 60, windowSeconds: 1 }, faults: { rate: 0.03, kinds: ALL_FAULTS, slowMs: 30 } });
    const dataDir = await tempDir();
    const report = await harvest(options(server, dataDir, 400), memoryLogger());
    expect(server.stats.singleRequests).toBe(400);
    expect(report.storage.requests).toBe(400);
    expect(report.storage.stoppedBy).toBe("budget");
    expect(report.storage.learned).toBeGreaterThan(300);
    expect(report.storage.known).toBe(report.storage.learned);
    // Most downloaded first: every learned model has at least the downloads of every unlearned one.
    const records = [...((await readDataset(dataDir)) ?? [])];
    const learned = records.filter((r) => r.usedStorage !== null);
    const minLearned = Math.min(...learned.map((r) => r.downloads));
    const failedOrPending = records.filter((r) => r.usedStorage === null && r.downloads > minLearned);
    expect(failedOrPending.length).toBeLessThanOrEqual(report.storage.failed);
    // Values read back with Python's csv module equal the Hub's, byte for byte.
    const byId = new Map<string, number>();
    for (let i = 0; i < catalogue.size; i++) byId.set(catalogue.item(i).id, catalogue.item(i).usedStorage);
    const { rows } = readWithPython(datasetDir(dataDir));
    const stored = rows.filter((row) => row[8] !== "");
    expect(stored).toHaveLength(learned.length);
    for (const row of stored) expect(row[8]).toBe(String(byId.get(row[0] as string)));
  });

  it("never asks twice for an unchanged model, and asks again when its repository changed", async () => {
    const catalogue = new Catalogue({ size: 3000, seed: 4 });
    const server = await hub(catalogue);
    const dataDir = await tempDir();
    const first = await harvest(options(server, dataDir, 500), memoryLogger());
    expect(first.storage.learned).toBe(500);
    const askedFirst = new Map(server.stats.singleById);
    expect(askedFirst.size).toBe(500);

    const changedId = [...askedFirst.keys()][0] as string;
    const changed = catalogue.indexOfId(changedId) as number;
    catalogue.touch(changed, { lastModified: "2026-11-26T11:00:00.000Z", usedStorage: 123_456_789 });
    const second = await harvest(options(server, dataDir, 500), memoryLogger());
    expect(second.storage.carried).toBe(499);
    for (const [id, count] of server.stats.singleById) expect(count, id).toBe(id === changedId ? 2 : 1);
    expect(server.stats.singleById.size).toBe(999); // 500 + 499 new: the changed model was asked again, within the budget
    expect(server.stats.singleRequests).toBe(1000);
    const record = [...((await readDataset(dataDir)) ?? [])].find((r) => r.id === changedId);
    expect(record?.usedStorage).toBe(123_456_789);
  });

  it("follows renames and keeps a gone repository's row with storage unknown", async () => {
    const catalogue = new Catalogue({ size: 1000, seed: 8 });
    const renamed = catalogue.item(0).id;
    const gone = catalogue.item(1).id;
    catalogue.renames.set(renamed, "new-owner/renamed-model");
    catalogue.hidden.add(gone);
    const server = await hub(catalogue);
    const dataDir = await tempDir();
    const report = await harvest(options(server, dataDir, 5000), memoryLogger());
    expect(report.storage.gone).toBe(1);
    expect(report.storage.learned).toBe(999);
    expect(report.storage.stoppedBy).toBe("done");
    const records = [...((await readDataset(dataDir)) ?? [])];
    expect(records.find((r) => r.id === renamed)?.usedStorage).toBe(catalogue.item(0).usedStorage);
    expect(records.find((r) => r.id === gone)?.usedStorage).toBeNull();
    expect(server.stats.byStatus[307]).toBe(1);
    expect(server.stats.byStatus[401]).toBe(1);
  });

  it("learns storage for about 3000 of 20k models in one bundled `refresh --enrich-budget 3000`, then `enrich` works the backlog without listing", async () => {
    const server = await hub(new Catalogue({ size: 20_000, seed: 2 }), { quota: { requests: 2000, windowSeconds: 1 } });
    const dist = await isolatedDist();
    const dataDir = await tempDir();
    const chartsDir = await tempDir();
    const common = ["--endpoint", server.url, "--data-dir", dataDir, "--charts-dir", chartsDir];
    const refresh = await runNode(join(dist, "cli.js"), ["refresh", ...common, "--enrich-budget", "3000"], { cwd: dist });
    expect(refresh.stderr).toContain("storage known for 3000 of 20000 models (15.0%)");
    expect(refresh.code).toBe(0);
    expect(server.stats.listRequests).toBe(20);
    const enrich = await runNode(join(dist, "cli.js"), ["enrich", ...common, "--enrich-budget", "1000"], { cwd: dist });
    expect(enrich.code).toBe(0);
    expect(enrich.stderr).toContain("storage known for 4000 of 20000 models (20.0%)");
    expect(server.stats.listRequests).toBe(20);
    expect(server.stats.singleRequests).toBe(4000);
  });
});
