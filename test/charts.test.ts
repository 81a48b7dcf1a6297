import { cp, readFile } from "node:fs/promises";
import { join } from "node:path";
import { decode } from "fast-png";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_FILES, chartFiles } from "../src/specs/files.ts";
import { harvest, refresh } from "../src/pipeline.ts";
import { Catalogue } from "./support/catalogue.ts";
import { isolatedDist, runNode } from "./support/cli.ts";
import { FAST_CLIENT, memoryLogger, tempDir } from "./support/fixtures.ts";
import { startHub, type HubServer } from "./support/hub-server.ts";

let server: HubServer;
let dist: string;
let dataDir: string;
const renders: string[] = [];

async function render(env: Record<string, string> = {}): Promise<string> {
  const chartsDir = await tempDir("hf-trends-charts-");
  const result = await runNode(join(dist, "cli.js"), ["charts", "--data-dir", dataDir, "--charts-dir", chartsDir], { cwd: dist, env });
  expect(result.stderr).not.toMatch(/hf-trends:/);
  expect(result.code).toBe(0);
  return chartsDir;
}

beforeAll(async () => {
  server = await startHub({ catalogue: new Catalogue({ size: 6000, seed: 11 }) });
  dataDir = await tempDir();
  await harvest({ endpoint: server.url, task: "text-generation", dataDir, enrichBudget: 2500, enrichMinutes: 5, client: FAST_CLIENT }, memoryLogger());
  dist = await isolatedDist();
  renders.push(await render(), await render(), await render({ TZ: "America/Los_Angeles" }));
});
afterAll(() => server.close());

function pixels(png: Uint8Array) {
  const image = decode(png);
  const channels = image.channels;
  const at = (x: number, y: number) => {
    const i = (y * image.width + x) * channels;
    return [image.data[i], image.data[i + 1], image.data[i + 2]] as [number, number, number];
  };
  return { width: image.width, height: image.height, at };
}

const near = (a: readonly number[], b: readonly number[], tolerance = 12) => a.every((v, i) => Math.abs(v - (b[i] as number)) <= tolerance);

describe("charts (bundled CLI, no node_modules)", () => {
  it("renders the four charts with the original file names, identical bytes every time and in any time zone", async () => {
    for (const file of chartFiles(false)) {
      const [a, b, c] = await Promise.all(renders.map((dir) => readFile(join(dir, file))));
      expect(a?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(b?.equals(a as Buffer)).toBe(true);
      expect(c?.equals(a as Buffer)).toBe(true);
    }
  });

  it("draws the same bytes from a fresh listing as from the dataset files", async () => {
    const chartsDir = await tempDir("hf-trends-charts-");
    const copy = await tempDir();
    await cp(dataDir, copy, { recursive: true });
    const report = await refresh(
      { endpoint: server.url, task: "text-generation", dataDir: copy, chartsDir, enrichBudget: 0, enrichMinutes: 1, client: FAST_CLIENT },
      memoryLogger(),
    );
    expect(report.storage.carried).toBeGreaterThanOrEqual(2400);
    for (const file of chartFiles(false)) {
      const [fromListing, fromFiles] = await Promise.all([readFile(join(chartsDir, file)), readFile(join(renders[0] as string, file))]);
      expect(fromListing.equals(fromFiles), file).toBe(true);
    }
  });

  it("draws charts that are large, not blank, and carry their legends and colour bars", async () => {
    const dir = renders[0] as string;
    for (const file of chartFiles(false)) {
      const { width, height, at } = pixels(await readFile(join(dir, file)));
      expect(width).toBeGreaterThan(1600);
      expect(height).toBeGreaterThan(1000);
      let inked = 0;
      for (let y = 0; y < height; y += 4) for (let x = 0; x < width; x += 4) if (!near(at(x, y), [255, 255, 255], 8)) inked++;
      // With one snapshot, the history chart is a sentence that says so, not an empty plot.
      expect(inked / ((width / 4) * (height / 4))).toBeGreaterThan(file === CHART_FILES.snapshots ? 0.004 : 0.02);
    }
    // The colour bar of the likes scale: viridis' yellow end and purple start, right of the plot.
    for (const file of [CHART_FILES.storage, CHART_FILES.downloads]) {
      const { width, height, at } = pixels(await readFile(join(dir, file)));
      let yellow = 0;
      let purple = 0;
      for (let y = 0; y < height; y++) {
        for (let x = Math.floor(width * 0.92); x < width; x++) {
          if (near(at(x, y), [0xfd, 0xe7, 0x25], 20)) yellow++;
          if (near(at(x, y), [0x44, 0x01, 0x54], 20)) purple++;
        }
      }
      expect(yellow).toBeGreaterThan(50);
      expect(purple).toBeGreaterThan(50);
    }
    // The histogram's three class colours.
    const bars = pixels(await readFile(join(dir, CHART_FILES.classes)));
    for (const colour of [[0x8c, 0x8c, 0x8c], [0xf5, 0x85, 0x18], [0x54, 0xa2, 0x4b]]) {
      let found = 0;
      for (let y = 0; y < bars.height; y += 2) for (let x = 0; x < bars.width; x += 2) if (near(bars.at(x, y), colour, 6)) found++;
      expect(found).toBeGreaterThan(100);
    }
  });

  it("writes the findings beside the dataset, for machines and for people", async () => {
    const insights = JSON.parse(await readFile(join(dataDir, "insights.json"), "utf8"));
    expect(insights.pipelineTag).toBe("text-generation");
    expect(insights.totals.models).toBe(6000);
    expect(insights.totals.storageKnown).toBeGreaterThanOrEqual(2400);
    const classes = insights.popularityClasses.classes;
    expect(classes.map((c: { name: string }) => c.name)).toEqual(["Not Popular", "Popular", "Very Popular"]);
    expect(classes.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(6000);
    for (const claim of ["creationSurge", "smallerMorePopular", "recentDownloadedMore"]) {
      expect(["supported", "not supported", "inconclusive"]).toContain(insights[claim].verdict);
      expect(insights[claim].caveat.length).toBeGreaterThan(20);
    }
    const markdown = await readFile(join(dataDir, "insights.md"), "utf8");
    expect(markdown).toContain("## Creation surge six months after ChatGPT");
    expect(markdown).toMatch(/\| Very Popular \| ≥ 1000 downloads \| [\d,]+ \| [\d.]+% \|/);
  });
});

describe("freeNow", () => {
  it("gives back a buffer its view holds whole, and leaves a view of part of one alone", async () => {
    const { freeNow } = await import("../src/charts/raster.ts");
    const whole = new Uint8Array(1 << 20).fill(7);
    freeNow(whole);
    expect(whole.length).toBe(0);
    const shared = new Uint8Array(64).fill(1);
    const part = shared.subarray(8, 16);
    freeNow(part);
    expect([part.length, shared[0], shared.length]).toEqual([8, 1, 64]);
    // A small Buffer is a slice of node's pool, which other Buffers share.
    const pooled = Buffer.from("a small buffer from node's pool");
    freeNow(pooled);
    expect(pooled.toString()).toBe("a small buffer from node's pool");
  });
});

describe("painted points", () => {
  it("lie exactly over the plot area, at 2× and in the 1× preview", async () => {
    const { renderChart, ZOOM } = await import("../src/charts/render.ts");
    const { createRaster } = await import("../src/charts/raster.ts");
    const [width, height] = [120, 60];
    // A blue cell drawn by vega at the plot's top-left corner, a red block painted there.
    const spec = {
      width,
      height,
      title: { text: "A title that moves the plot down", subtitle: ["and a subtitle"] },
      data: { values: [{ x: 0, x2: 1, y: 9, y2: 10 }] },
      mark: { type: "rect", color: "#0000ff" },
      encoding: {
        x: { field: "x", type: "quantitative", scale: { domain: [0, 10], nice: false }, title: "a long axis title" },
        x2: { field: "x2" },
        y: { field: "y", type: "quantitative", scale: { domain: [0, 10], nice: false }, title: "another axis title" },
        y2: { field: "y2" },
      },
    };
    const overlay = createRaster(width * ZOOM, height * ZOOM);
    for (let y = 0; y < 2 * ZOOM; y++) for (let x = 0; x < 2 * ZOOM; x++) overlay.data.set([255, 0, 0, 255], (y * overlay.width + x) * 4);
    const { png, preview } = await renderChart({ spec: spec as never, overlay }, undefined, true);
    for (const [image, zoom] of [[png, ZOOM], [preview as Uint8Array, 1]] as const) {
      const { width: w, height: h, at } = pixels(image);
      const first = (colour: [number, number, number]) => {
        for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (near(at(x, y), colour, 30)) return [x, y];
        return undefined;
      };
      const red = first([255, 0, 0]);
      expect(red, `red at ${zoom}×`).toBeDefined();
      // The blue cell's top-left is under the red block: blue begins just right of it, and below it.
      const [rx, ry] = red as [number, number];
      expect(first([0, 0, 255]), `blue right of red at ${zoom}×`).toEqual([rx + 2 * zoom, ry]);
      expect(near(at(rx, ry + 2 * zoom), [0, 0, 255], 60), `blue below red at ${zoom}×`).toBe(true);
      expect(rx).toBeGreaterThan(20 * zoom); // the axis title and labels are left of the plot
      expect(ry).toBeGreaterThan(20 * zoom); // the title is above it
    }
  });
});

describe("a first run, no storage learned yet, with the site", () => {
  it("draws every chart, desktop and phone, with no renderer warning in the log; an empty scatter says so", async () => {
    const hub = await startHub({ catalogue: new Catalogue({ size: 1500, seed: 5, fromMonth: "2026-01" }) });
    const dir = await tempDir("hf-trends-first-");
    const log = memoryLogger();
    try {
      await refresh({ endpoint: hub.url, task: "text-generation", dataDir: join(dir, "data"), chartsDir: join(dir, "charts"), siteDir: join(dir, "site"), enrichBudget: 0, enrichMinutes: 1, client: FAST_CLIENT }, log);
      expect(log.lines.filter((line) => /chart renderer/.test(line))).toEqual([]);
      for (const file of chartFiles(false)) expect((await readFile(join(dir, "site", "charts", "phone", file))).length).toBeGreaterThan(1000);
      expect(await readFile(join(dir, "site", "data", "charts", "phone", "storage.json"), "utf8")).toContain("No model to draw here yet.");
    } finally {
      await hub.close();
    }
  });
});
