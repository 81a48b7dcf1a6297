// Runs a script in this process and reports its wall time and peak RSS on stderr as one JSON
// line, so a benchmark measures the harvester alone (the stand-in runs in another process).
// Usage: node scripts/measure.mjs <script> [args...]
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const started = performance.now();
const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on("exit", () => {
  const line = { measure: { seconds: (performance.now() - started) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 } };
  process.stderr.write(`${JSON.stringify(line)}\n`);
});
await import(pathToFileURL(resolve(script)).href);
