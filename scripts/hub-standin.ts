// Starts the stand-in Hub in its own process (for the demo and the benchmarks) and prints its URL.
// Usage: node scripts/hub-standin.ts --size 700000 [--headers-ms 100 --body-ms 20] [--quota 300/10] [--seed 1]
import { parseArgs } from "node:util";
import { Catalogue } from "../test/support/catalogue.ts";
import { startHub } from "../test/support/hub-server.ts";

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "20000" },
    seed: { type: "string", default: "1" },
    "headers-ms": { type: "string", default: "0" },
    "body-ms": { type: "string", default: "0" },
    quota: { type: "string" },
    "fault-rate": { type: "string", default: "0" },
    "real-ids": { type: "string" },
  },
});
const [requests, windowSeconds] = (values.quota ?? "").split("/").map(Number);
const hub = await startHub({
  catalogue: new Catalogue({ size: Number(values.size), seed: Number(values.seed), realIdsFile: values["real-ids"] }),
  latency: { headersMs: Number(values["headers-ms"]), bodyMs: Number(values["body-ms"]) },
  ...(requests && windowSeconds ? { quota: { requests, windowSeconds } } : {}),
  ...(Number(values["fault-rate"]) > 0 ? { faults: { rate: Number(values["fault-rate"]) } } : {}),
});
process.stdout.write(`${hub.url}\n`);
process.on("SIGTERM", () => void hub.close().then(() => process.exit(0)));
