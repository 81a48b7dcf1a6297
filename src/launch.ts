/**
 * Where the pipeline runs: in a process whose C allocator gives freed memory back. glibc's malloc
 * raises its mmap threshold each time a large block is freed (up to 32 MB), after which every
 * block below it comes from the main heap, which keeps what it frees: at 700k models ≈ 150 MB of
 * the peak RSS was such freed memory ([heap] in /proc/<pid>/smaps), 10–50 MB with the threshold
 * pinned. The threshold can only be pinned before the process starts (MALLOC_MMAP_THRESHOLD_), so
 * an entry point that finds it unset runs itself again, once, with it set (elsewhere than
 * Linux, or when set by the user, it runs as it is).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** glibc's own default (128 KiB), pinned: setting it turns the raising off. */
export const MMAP_THRESHOLD = "131072";
export const MMAP_THRESHOLD_VARIABLE = "MALLOC_MMAP_THRESHOLD_";

const FORWARDED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Whether this process can run the pipeline as it is. */
export function allocatorReady(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  return platform !== "linux" || env[MMAP_THRESHOLD_VARIABLE] !== undefined;
}

/**
 * Runs `run` here when the allocator is ready; otherwise runs `entryUrl` (the calling entry
 * point's `import.meta.url`) again in a child with the same Node options and arguments and the
 * threshold set, passing signals on and leaving with the child's exit code or signal.
 */
export async function launch(entryUrl: string, run: () => Promise<unknown>): Promise<void> {
  if (allocatorReady()) {
    await run();
    return;
  }
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(entryUrl), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, [MMAP_THRESHOLD_VARIABLE]: MMAP_THRESHOLD },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null } | Error>((resolve) => {
    child.once("error", resolve);
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
  if (ended instanceof Error) {
    // No child (out of processes, a sandbox): the pipeline still runs, with glibc's defaults.
    await run();
    return;
  }
  if (ended.signal) process.kill(process.pid, ended.signal);
  else process.exitCode = ended.code ?? 1;
}
