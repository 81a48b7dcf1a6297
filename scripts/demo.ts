// The offline demo: the whole refresh, through the bundled CLI, against a stand-in Hub on
// loopback, into the git-ignored demo-output/. Nothing here reaches the network.
// Needs no npm ci: Node's own modules, the stand-in, and the committed dist/.
// Usage: npm run demo [-- --size 700000 --enrich-budget 20000 --site]
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Catalogue } from "../test/support/catalogue.ts";
import { startHub } from "../test/support/hub-server.ts";

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "50000" },
    "enrich-budget": { type: "string", default: "5000" },
    out: { type: "string", default: "demo-output" },
    site: { type: "boolean", default: false },
  },
});
const root = new URL("..", import.meta.url).pathname;
const out = join(root, values.out);
const hub = await startHub({
  catalogue: new Catalogue({ size: Number(values.size), seed: 1, realIdsFile: join(root, "../shared/hub-samples/real-model-ids-2025.txt") }),
  quota: { requests: 1000, windowSeconds: 1 },
  faults: { rate: 0.01 },
});
await rm(out, { recursive: true, force: true });
process.stdout.write(`stand-in Hub with ${Number(values.size).toLocaleString("en-US")} models at ${hub.url} (1% injected faults)\n`);
const dataDir = join(out, "data");
const chartsDir = join(out, "charts");
const code = await new Promise<number | null>((resolve) => {
  const child = spawn(process.execPath, [join(root, "dist/cli.js"), "refresh", "--endpoint", hub.url, "--data-dir", dataDir, "--charts-dir", chartsDir, "--enrich-budget", values["enrich-budget"], ...(values.site ? ["--site-dir", join(out, "site")] : [])], {
    stdio: "inherit",
    env: { ...process.env, HF_TOKEN: "" },
  });
  child.on("close", resolve);
});
await hub.close();
if (code !== 0) {
  process.stderr.write(`demo failed (exit ${code})\n`);
  process.exit(1);
}
process.stdout.write(`\ndemo output:\n  dataset   ${join(dataDir, "huggingface_models_data")}\n  findings  ${join(dataDir, "insights.md")}\n  charts    ${chartsDir}\n${values.site ? `  site      ${join(out, "site")} (serve it over HTTP to open it)\n` : ""}`);
