import { afterEach, describe, expect, it } from "vitest";
import { rateLimitDelayMs } from "../src/hub/client.ts";
import { parseRateLimit, parseRateLimitPolicy } from "../src/hub/rate-limit.ts";
import { harvest } from "../src/pipeline.ts";
import { Catalogue } from "./support/catalogue.ts";
import { FAST_CLIENT, memoryLogger, tempDir } from "./support/fixtures.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";

const servers: HubServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe("rate limits", () => {
  it("reads the Hub's RateLimit headers and waits t + 1 seconds, or Retry-After when sent", () => {
    expect(parseRateLimit('"api";r=499;t=293')).toEqual({ remaining: 499, resetInSeconds: 293 });
    expect(parseRateLimitPolicy('"fixed window";"api";q=500;w=300')).toEqual({ quota: 500, windowSeconds: 300 });
    expect(parseRateLimit(null)).toBeUndefined();
    expect(rateLimitDelayMs(new Headers({ ratelimit: '"api";r=0;t=41' }))).toBe(42_000);
    expect(rateLimitDelayMs(new Headers({ ratelimit: '"api";r=0;t=41', "retry-after": "7" }))).toBe(7000);
  });

  it("stops before the window's budget runs out instead of provoking 429s", async () => {
    const server = await startHub({ catalogue: new Catalogue({ size: 12_000 }), quota: { requests: 5, windowSeconds: 1 } });
    servers.push(server);
    const report = await harvest({ endpoint: server.url, task: "text-generation", dataDir: await tempDir(), enrichBudget: 0, enrichMinutes: 1, client: FAST_CLIENT }, memoryLogger());
    expect(report.models).toBe(12_000);
    expect(server.stats.byStatus[429] ?? 0).toBe(0);
  });

  it("shares a quota with another client through the headers, and waits out a 429 when the quota is already spent", async () => {
    const server = await startHub({ catalogue: new Catalogue({ size: 6000 }), quota: { requests: 4, windowSeconds: 1 }, retryAfter: true });
    servers.push(server);
    const run = async () =>
      harvest({ endpoint: server.url, token: "hf_shared", task: "text-generation", dataDir: await tempDir(), enrichBudget: 0, enrichMinutes: 1, client: FAST_CLIENT }, memoryLogger());
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.models, b.models]).toEqual([6000, 6000]);
    expect(server.stats.byStatus[429] ?? 0).toBeLessThanOrEqual(2);

    server.exhaustQuota("Bearer hf_shared");
    const c = await run();
    expect(c.models).toBe(6000);
    expect(c.rateLimited).toBe(1);
  });
});
