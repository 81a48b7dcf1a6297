/**
 * vitest's global setup: every temporary folder of a run goes in one folder of its own, removed
 * when the run ends, so that `npm test` leaves the system's temp folder as it found it. TMPDIR
 * is what os.tmpdir() reads (and Chromium, git, Python); the test workers and the processes the
 * tests start inherit it (support/cli.ts passes it on).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "hf-trends-tests-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
