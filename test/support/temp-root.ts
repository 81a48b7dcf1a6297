/**
 * vitest's global setup: every temporary folder of a run goes in one folder of its own, removed
 * when the run ends, so that `npm test` leaves the system's temp folder as it found it. TMPDIR
 * is what os.tmpdir() reads (and Chromium, git, Python); the test workers and the processes the
 * tests start inherit it (support/cli.ts passes it on). The run's clock is set here too, once,
 * for every worker and child (support/clock.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLOCK_VARIABLE, TEST_NOW } from "./clock.ts";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "hf-trends-tests-"));
  process.env.TMPDIR = root;
  process.env[CLOCK_VARIABLE] = String(Date.parse(TEST_NOW) - Date.now());
  return () => rmSync(root, { recursive: true, force: true });
}
