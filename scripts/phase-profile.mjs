// Preload (node --import ./scripts/phase-profile.mjs …): samples the process's memory every 20 ms
// and, at exit, prints the peak of each kind (RSS, V8 heap, external, array buffers) per phase,
// a phase being the time since the program's last log line. Where memory goes, by phase, measured.
// HEAP_SNAPSHOT_AT=<text>: also writes a heap snapshot when a log line containing <text> is printed.
import { writeHeapSnapshot } from "node:v8";
const snapshotAt = process.env.HEAP_SNAPSHOT_AT;
const phases = [];
let current = { name: "start-up", started: performance.now(), rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
phases.push(current);
function sample() {
  const m = process.memoryUsage();
  for (const k of ["rss", "heapUsed", "heapTotal", "external", "arrayBuffers"]) current[k] = Math.max(current[k], m[k]);
}
const timer = setInterval(sample, 20);
timer.unref();
const write = process.stderr.write.bind(process.stderr);
process.stderr.write = (chunk, ...rest) => {
  const text = String(chunk);
  const line = text.split("\n").find((l) => l.trim() && !l.startsWith("{\"measure\""));
  if (line && !/^\s*(list|storage)\b.*·/.test(line)) {
    sample();
    if (snapshotAt && line.includes(snapshotAt)) write(`heap snapshot: ${writeHeapSnapshot()}\n`);
    current.ended = performance.now();
    current = { name: line.slice(0, 70), started: performance.now(), rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
    phases.push(current);
  }
  return write(chunk, ...rest);
};
process.on("exit", () => {
  sample();
  current.ended = performance.now();
  const mb = (n) => (n / 2 ** 20).toFixed(0).padStart(6);
  write(`\n${"phase (after the line)".padEnd(72)}  secs    rss   heap  heapT    ext  arrbuf\n`);
  for (const p of phases) {
    write(`${p.name.padEnd(72)} ${((p.ended - p.started) / 1000).toFixed(1).padStart(5)} ${mb(p.rss)} ${mb(p.heapUsed)} ${mb(p.heapTotal)} ${mb(p.external)} ${mb(p.arrayBuffers)}\n`);
  }
});
