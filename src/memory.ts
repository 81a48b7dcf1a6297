/**
 * How the process spends memory: the heap held close to what is live without paying for it in
 * every phase. Measured at 700k models (scripts/phase-profile.mjs, `--trace-gc`, /proc smaps):
 * V8's defaults let the young generation grow to ≈100 MB and the old one to several times what is
 * live (peak RSS 0.74 GB for ≈0.25 GB of live data); `--optimize-for-size` for the whole process
 * kept 0.40 GB but made every collection a compacting, memory-reducing one (a third of the CPU of
 * a harvest, twice the time of the Parquet write). Instead:
 * - the young generation stays at its first size (its collections are cheap: they cost what
 *   survives, and short-lived page and row objects do not);
 * - the old generation grows by a quarter of what is live before the next full collection, not
 *   up to fourfold (measured: 50% left the weekly listing at ≈ 400 MB, 25% at ≈ 380);
 * - between phases, and between the Parquet's row groups, when the garbage before is all dead, one
 *   full collection (`releaseMemory`, ≈ 35 ms at 700k): what one phase threw away is not the next
 *   one's peak. (V8's "last resort" collection, which also gives pooled pages back, took ≈ 230 ms.)
 * The C allocator's part is launch.ts's.
 * The flags are read when V8 collects or grows a space, so setting them at start-up takes effect.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

type Collect = (options: { type: "major"; execution: "sync" }) => void;
let collect: Collect | undefined;

/** Called first by each entry point (CLI, Action); a library user keeps V8's defaults. */
export function configureMemory(): void {
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--heap-growing-percent=25");
  // `gc` is installed in contexts made while --expose-gc is set: one such context, then the flag goes.
  setFlagsFromString("--expose-gc");
  collect = runInNewContext("gc") as Collect;
  setFlagsFromString("--no-expose-gc");
}

/**
 * Reading archive weeks: a page of a million values (ids, levels, their views) lives only while
 * it is walked, and a young generation held at its first size promotes it to be collected again
 * as old. Measured on a week of 3M models (scripts/archive-week.ts): 19.0 s of CPU and 0.63 GB
 * with it held, 14.2 s and 0.79 GB with V8's own growth (a budget of 20 s and 1 GB). So `work`
 * runs with the young generation free to grow, and the flag is set back after.
 */
export async function withGrowingYoungGeneration<T>(work: () => Promise<T>): Promise<T> {
  if (!collect) return work();
  setFlagsFromString("--semi-space-growth-factor=2");
  try {
    return await work();
  } finally {
    setFlagsFromString("--semi-space-growth-factor=1");
  }
}

/** Between two phases: a full collection (tens of milliseconds at 700k models). No-op unless configured. */
export function releaseMemory(): void {
  collect?.({ type: "major", execution: "sync" });
}
