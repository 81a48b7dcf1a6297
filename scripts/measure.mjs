// Runs a script in this process and reports on stderr, as one JSON line: its wall time, peak RSS,
// CPU time and the time the main thread spent paused in garbage collection (V8's own "gc"
// performance entries; concurrent marking on helper threads is CPU but no pause), so a benchmark
// measures the harvester alone (the stand-in runs in another process).
// Usage: node scripts/measure.mjs <script> [args...]
// The entry points run their work in a child unless MALLOC_MMAP_THRESHOLD_ is set (src/launch.ts):
// set it, as that child has it, to measure the work in this process.
import { resolve } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const started = performance.now();
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ["gc"] });
const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on("exit", () => {
  const cpu = process.cpuUsage();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const line = { measure: { seconds: (performance.now() - started) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, cpuSeconds: cpuMs / 1000, gcSeconds: gcMs / 1000, gcShare: cpuMs > 0 ? gcMs / cpuMs : 0 } };
  process.stderr.write(`${JSON.stringify(line)}\n`);
});
await import(pathToFileURL(resolve(script)).href);
