// Reads one week of an archive (as `backfill` does, with its memory settings, nothing else) and prints what it read: the
// bench measures this process alone (scripts/measure.mjs) for the per-week figures.
// Usage: node scripts/archive-week.ts <endpoint> <week YYYY-MM-DD> [tags]
import { HubClient } from "../src/hub/client.ts";
import { readArchiveWeek } from "../src/hub/archive.ts";
import { DEFAULT_ARCHIVE } from "../src/hub/archive-repo.ts";
import { configureMemory, withGrowingYoungGeneration } from "../src/memory.ts";

configureMemory();
const [endpoint = "", week = "", tags = "text-generation,image-text-to-text,any-to-any"] = process.argv.slice(2);
const read = await withGrowingYoungGeneration(() => readArchiveWeek(new HubClient({ endpoint }), DEFAULT_ARCHIVE, { week, path: `models/${week}/models.parquet` }, tags.split(",")));
process.stdout.write(`${JSON.stringify({ rows: read.rows, tracked: read.records.length, bytesRead: read.bytesRead, fileBytes: read.fileBytes, requests: read.requests, untaggedDerivatives: (read as { untaggedDerivatives?: number | null }).untaggedDerivatives })}\n`);
