// The entry points run the pipeline in a process whose allocator gives freed memory back
// (src/launch.ts): on Linux, a run started without the setting runs again in a child with it,
// and the child's exit code, output and signals are the run's.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MMAP_THRESHOLD } from "../src/launch.ts";
import { isolatedDist, ROOT, runNode } from "./support/cli.ts";
import { tempDir } from "./support/fixtures.ts";

/** A program launched as an entry point is: it reports the process that runs it and its setting, then does `then`. */
async function program(then: string): Promise<string> {
  const file = join(await tempDir(), "entry.ts");
  await writeFile(
    file,
    `import { launch } from ${JSON.stringify(join(ROOT, "src/launch.ts"))};\n` +
      `await launch(import.meta.url, async () => {\n` +
      `  process.stdout.write(JSON.stringify({ pid: process.pid, ppid: process.ppid, threshold: process.env.MALLOC_MMAP_THRESHOLD_ ?? null }) + "\\n");\n` +
      `  ${then}\n` +
      `});\n`,
  );
  return file;
}

const report = (stdout: string) => JSON.parse(stdout.trim().split("\n")[0] as string) as { pid: number; ppid: number; threshold: string | null };

describe.runIf(process.platform === "linux")("the process a run gets", () => {
  it("is a child with the allocator's threshold pinned, whose exit code is the run's", async () => {
    const run = runNode(await program("process.exitCode = 3;"), []);
    const result = await run;
    expect(result.code).toBe(3);
    const inner = report(result.stdout);
    expect(inner.threshold).toBe(MMAP_THRESHOLD);
    expect(inner.ppid).not.toBe(process.pid); // its parent is the launcher, not this test
  });

  it("is the process itself when the threshold is already set (by the user or a launcher)", async () => {
    const result = await runNode(await program(""), [], { env: { MALLOC_MMAP_THRESHOLD_: "65536" } });
    expect(result.code).toBe(0);
    const inner = report(result.stdout);
    expect(inner.threshold).toBe("65536");
    expect(inner.ppid).toBe(process.pid);
  });

  it("ends with the signal that stopped it: a signal to the launcher reaches the run", async () => {
    let ready: () => void = () => {};
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    const run = runNode(await program('process.stderr.write("ready\\n"); await new Promise((resolve) => setTimeout(resolve, 60_000));'), [], { onStderr: () => ready() });
    await isReady;
    run.kill("SIGTERM"); // to the launcher only
    const result = await run;
    expect(result.signal).toBe("SIGTERM");
    const inner = report(result.stdout);
    expect(inner.ppid).not.toBe(process.pid);
    expect(() => process.kill(inner.pid, 0)).toThrow(/ESRCH/); // the run's process ended with it
  });

  it("runs the bundled CLI the same way: --version answers, the exit code of a usage error is kept", async () => {
    const dist = await isolatedDist();
    const version = await runNode(join(dist, "cli.js"), ["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const usage = await runNode(join(dist, "cli.js"), ["no-such-command"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/no-such-command/);
  });
});
