// Starts the stand-in of the Hub's weekly archive in its own process (for the bench) and prints its URL.
// Usage: node scripts/archive-standin.ts --rows 3000000 [--heavy-bytes 220 --row-group 1000000 --dir /tmp/x]
// One week of the whole Hub, written by DuckDB with the archive's nested and heavy columns.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ArchiveHub } from "../test/support/archive-hub.ts";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "3000000" },
    "heavy-bytes": { type: "string", default: "220" },
    "row-group": { type: "string", default: "1000000" },
    dir: { type: "string" },
  },
});
const rows = Number(values.rows);
const hub = new ArchiveHub({ repo: "hfmlsoc/hub_weekly_snapshots", dir: values.dir ?? (await mkdtemp(join(tmpdir(), "hf-trends-archive-"))) });
const bytes = await hub.addWeek({
  week: "2026-09-30", models: rows, index: 80, allTime: true, heavyBytes: Number(values["heavy-bytes"]), rowGroup: Number(values["row-group"]),
  anchor: { model: rows, at: "2026-09-30" }, secondsPerModel: 1,
});
await hub.start();
process.stderr.write(`one week of ${rows} models: ${(bytes / 1e6).toFixed(1)} MB\n`);
process.stdout.write(`${hub.url}\n`);
process.on("SIGTERM", () => void hub.close().then(() => process.exit(0)));
