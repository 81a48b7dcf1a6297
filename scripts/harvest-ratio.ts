// The whole `hf-trends harvest` command against its cursor-chain limit, as `npm run bench` measures
// it (the stand-in answers headers after 100 ms and streams each body over 20 ms), several runs in
// a row: one bench run is one sample, and this machine's noise is a few thousandths of the ratio.
// Usage: node scripts/harvest-ratio.ts [models=100000] [runs=5] [task=text-generation | llm]
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, standin } from "./measured-run.ts";

const [size = "100000", runs = "5", task = "text-generation"] = process.argv.slice(2);
const llm = task === "llm";
const hub = await standin(["--size", size, "--headers-ms", "100", "--body-ms", "20", ...(llm ? ["--llm-tags"] : [])]);
const ratios: number[] = [];
try {
  for (let k = 1; k <= Number(runs); k++) {
    await hub.reset();
    const dataDir = await mkdtemp(join(tmpdir(), "harvest-ratio-"));
    const harvest = await run(["dist/cli.js", "harvest", "--task", task, "--endpoint", hub.url, "--data-dir", dataDir, "--enrich-budget", "0"]);
    await rm(dataDir, { recursive: true, force: true });
    if (harvest.code !== 0) throw new Error("the harvest failed (its output is above)");
    const stats = await hub.stats();
    const listed = Number(/listed \d+ models in \d+ pages in ([\d.]+) s/.exec(harvest.stderr)?.[1]);
    const limit = (llm ? Math.max(...Object.values(stats.listHeaderMsByTag)) : stats.listHeaderMs) / 1000;
    ratios.push(harvest.seconds / limit);
    console.log(`run ${k}: whole ${harvest.seconds.toFixed(2)} s, listing ${listed.toFixed(1)} s, limit ${limit.toFixed(2)} s: whole ${(harvest.seconds / limit).toFixed(3)}×, listing ${(listed / limit).toFixed(3)}×; ${harvest.maxRssMB.toFixed(0)} MB`);
  }
} finally {
  hub.stop();
}
const sorted = [...ratios].sort((a, b) => a - b);
console.log(`whole command over the limit: ${sorted[0]?.toFixed(3)}–${sorted.at(-1)?.toFixed(3)}×, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(3)}× in ${ratios.length} runs`);
