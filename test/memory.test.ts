// The entry points' memory settings (src/memory.ts): a full collection between phases frees what
// the phase before left, and configuring it leaves no `gc` global behind for other code to find.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runNode } from "./support/cli.ts";
import { tempDir } from "./support/fixtures.ts";

describe("releaseMemory", () => {
  it("collects what is no longer reachable once configured, and exposes no gc global", async () => {
    const file = join(await tempDir(), "memory.ts");
    await writeFile(
      file,
      `import { configureMemory, releaseMemory } from ${JSON.stringify(join(ROOT, "src/memory.ts"))};\n` +
        `configureMemory();\n` +
        // A WeakRef's target lives at least until the job that made it ends: collect in a later one.
        `const ref = new WeakRef({ rows: new Array(100_000).fill(1) });\n` +
        `await new Promise((resolve) => setTimeout(resolve, 0));\n` +
        `releaseMemory();\n` +
        `process.stdout.write(JSON.stringify({ alive: ref.deref() !== undefined, gc: typeof globalThis.gc }));\n`,
    );
    const result = await runNode(file, []);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ alive: false, gc: "undefined" });
  });
});
