// What the benchmark scripts share: a command run under scripts/measure.mjs (its wall time, peak
// RSS, CPU and GC from one JSON line), and the Hub stand-in in a process of its own with its counters.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { MMAP_THRESHOLD, MMAP_THRESHOLD_VARIABLE } from "../src/launch.ts";

const root = new URL("..", import.meta.url).pathname;
const node = process.execPath;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  maxRssMB: number;
  /** Main-thread GC pauses over the process's CPU time (scripts/measure.mjs). */
  gcShare: number;
  cpuSeconds: number;
}

/** `node scripts/measure.mjs <args>`: a failure is printed and returned, with NaN figures. */
export function run(args: string[], cwd = root): Promise<Run> {
  return new Promise((resolve) => {
    // The allocator set as src/launch.ts sets it for the entry points' child: the work is measured in this process.
    const child = spawn(node, [join(root, "scripts/measure.mjs"), ...args], { cwd, env: { ...process.env, HF_TOKEN: "", [MMAP_THRESHOLD_VARIABLE]: MMAP_THRESHOLD } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.on("close", (code) => {
      const line = stderr.split("\n").find((l) => l.startsWith('{"measure"'));
      const measure = line ? (JSON.parse(line) as { measure: { seconds: number; maxRssMB: number; gcShare: number; cpuSeconds: number } }).measure : { seconds: NaN, maxRssMB: NaN, gcShare: NaN, cpuSeconds: NaN };
      if (code !== 0) process.stderr.write(`failed: ${args.join(" ")}\n${stderr.slice(-2000)}\n`);
      resolve({ code, stdout, stderr, ...measure });
    });
  });
}

export interface Standin {
  url: string;
  stats(): Promise<{ listHeaderMs: number; listBuiltMs: number; listHeaderMsByTag: Record<string, number>; pagesServed: number; singleRequests: number; byStatus: Record<string, number> }>;
  reset(): Promise<void>;
  stop(): void;
}

/** `node scripts/hub-standin.ts <args>`, once it listens. */
export function standin(args: string[]): Promise<Standin> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(root, "scripts/hub-standin.ts"), ...args], { cwd: root });
    child.stderr.on("data", (c: Buffer) => process.stderr.write(c));
    child.once("error", reject);
    child.stdout.once("data", (c: Buffer) => {
      const url = c.toString().trim();
      resolve({
        url,
        stats: async () => (await fetch(`${url}/__stats`)).json() as never,
        reset: async () => void (await fetch(`${url}/__stats`, { method: "POST" })).arrayBuffer(),
        stop: () => child.kill("SIGTERM"),
      });
    });
  });
}
