/**
 * The test clock. A run's decisions read the clock (a stale snapshot, the weekly refresh, a date
 * from the future), so the whole suite runs at TEST_NOW rather than on the machine's date: six days
 * after the stand-in Hub's default moment (2026-11-26), so that its weeks are past and its snapshot
 * is fresh, as on the days the tests were written. The global setup fixes the offset once, the workers shift their
 * Date by it (clock-preload.mjs in setupFiles), and every product process a test starts gets the
 * same preload (support/cli.ts). A test that wants another moment passes `now` to runNode.
 */
import { fileURLToPath } from "node:url";

export const TEST_NOW = "2026-12-02T12:00:00.000Z";
export const CLOCK_VARIABLE = "HF_TRENDS_TEST_CLOCK_OFFSET_MS";
export const CLOCK_PRELOAD = fileURLToPath(new URL("./clock-preload.mjs", import.meta.url));

/** Today at the test clock, as midnight UTC in ms. */
export function testToday(): number {
  return Date.parse(new Date().toISOString().slice(0, 10));
}

/** The environment that puts a child process at `at` (default: the suite's clock, as it runs now). */
export function clockEnv(at?: string): Record<string, string> {
  const offset = at === undefined ? process.env[CLOCK_VARIABLE] ?? "0" : String(Date.parse(at) - realNow());
  return { [CLOCK_VARIABLE]: offset };
}

/** The machine's clock, whatever the test clock says. */
function realNow(): number {
  return Date.now() - Number(process.env[CLOCK_VARIABLE] ?? 0);
}
