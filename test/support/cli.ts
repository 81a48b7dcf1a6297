import { spawn } from "node:child_process";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLOCK_PRELOAD, clockEnv } from "./clock.ts";

export const ROOT = new URL("../..", import.meta.url).pathname;

export interface CliResult {
  code: number | null;
  /** The signal that ended the process, if one did. */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A copy of dist/ in a folder with no node_modules anywhere above it, as a user would run it. */
export async function isolatedDist(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "hf-trends-dist-"));
  await cp(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
  return join(dir, "dist");
}

export function runNode(
  script: string,
  args: string[],
  options: {
    env?: Record<string, string | undefined>;
    cwd?: string;
    onStderr?: (text: string) => void;
    /** The moment the process starts at (ISO); default: the suite's clock (support/clock.ts). */
    now?: string;
    /** Another Node binary (an older one, to test the version check). */
    node?: string;
  } = {},
): Promise<CliResult> & { kill: (signal: NodeJS.Signals) => void } {
  // TMPDIR: the run's own temporary folder (support/temp-root.ts), so that a child leaves nothing behind either.
  // libfaketime's variables too: a suite run under `faketime` (a year ahead, say) keeps one clock in every process.
  const faked = Object.fromEntries(Object.entries(process.env).filter(([name]) => name === "LD_PRELOAD" || name.startsWith("FAKETIME")));
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...faked, ...clockEnv(options.now), ...options.env };
  // The clock goes in before the product's first line (the launcher passes execArgv to its child).
  const preload = options.node ? [] : ["--import", CLOCK_PRELOAD];
  const child = spawn(options.node ?? process.execPath, [...preload, script, ...args], { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    options.onStderr?.(chunk.toString());
  });
  const done = new Promise<CliResult>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return Object.assign(done, { kill: (signal: NodeJS.Signals) => void child.kill(signal) });
}
