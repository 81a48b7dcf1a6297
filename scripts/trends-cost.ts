// What trends.csv and history.csv's concentration columns cost a refresh: reads a dataset folder
// and times their one computation as the pipeline runs it (lineage walked, the newest snapshot),
// three times, printing the fastest as JSON.
// Usage: node scripts/trends-cost.ts <data dir>
import { SnapshotShares } from "../src/analysis/trends.ts";
import { readDataset } from "../src/dataset/store.ts";

const dir = process.argv[2];
if (!dir) throw new Error("usage: node scripts/trends-cost.ts <data dir>");
const table = await readDataset(dir);
if (!table) throw new Error(`no dataset in ${dir}`);
const fastest = (work: () => unknown) => {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best / 1000;
};
const seconds = fastest(() => {
  const shares = new SnapshotShares(table);
  shares.concentration();
  shares.rows("bench", true);
});
process.stdout.write(`${JSON.stringify({ models: table.length, seconds })}\n`);
