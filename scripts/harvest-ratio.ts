// The whole `hf-trends harvest` command against its cursor-chain limit, as `npm run bench` measures
// it (the stand-in answers headers after 100 ms and streams each body over 20 ms), several runs in
// a row: one bench run is one sample, and this machine's noise is a few thousandths of the ratio.
// Usage: node scripts/harvest-ratio.ts [models=100000] [runs=5] [task=text-generation | llm]
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [size = "100000", runs = "5", task = "text-generation"] = process.argv.slice(2);
const llm = task === "llm";
const hub = spawn(process.execPath, ["scripts/hub-standin.ts", "--size", size, "--headers-ms", "100", "--body-ms", "20", ...(llm ? ["--llm-tags"] : [])], { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise<string>((resolve) => hub.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim())));
const ratios: number[] = [];
try {
  for (let run = 0; run < Number(runs); run++) {
    await fetch(`${url}/__stats`, { method: "POST" }); // the stand-in's counters from zero
    const dataDir = await mkdtemp(join(tmpdir(), "harvest-ratio-"));
    const harvest = spawn(process.execPath, ["scripts/measure.mjs", "dist/cli.js", "harvest", "--task", task, "--endpoint", url, "--data-dir", dataDir, "--enrich-budget", "0"], {
      env: { ...process.env, HF_TOKEN: "", MALLOC_MMAP_THRESHOLD_: "131072" },
    });
    let stderr = "";
    harvest.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    const code = await new Promise((resolve) => harvest.on("close", resolve));
    await rm(dataDir, { recursive: true, force: true });
    if (code !== 0) throw new Error(`harvest failed:\n${stderr}`);
    const stats = (await (await fetch(`${url}/__stats`)).json()) as { listHeaderMs: number; listHeaderMsByTag: Record<string, number> };
    const measured = JSON.parse(stderr.split("\n").find((line) => line.startsWith('{"measure"')) as string).measure as { seconds: number; maxRssMB: number };
    const listed = Number(/listed \d+ models in \d+ pages in ([\d.]+) s/.exec(stderr)?.[1]);
    const limit = (llm ? Math.max(...Object.values(stats.listHeaderMsByTag)) : stats.listHeaderMs) / 1000;
    ratios.push(measured.seconds / limit);
    console.log(`run ${run + 1}: whole ${measured.seconds.toFixed(2)} s, listing ${listed.toFixed(1)} s, limit ${limit.toFixed(2)} s: whole ${(measured.seconds / limit).toFixed(3)}×, listing ${(listed / limit).toFixed(3)}×; ${measured.maxRssMB.toFixed(0)} MB`);
  }
} finally {
  hub.kill();
}
const sorted = [...ratios].sort((a, b) => a - b);
console.log(`whole command over the limit: ${sorted[0]?.toFixed(3)}–${sorted.at(-1)?.toFixed(3)}×, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(3)}× in ${ratios.length} runs`);
