// Starts the stand-in Hub in its own process (for the demo and the benchmarks) and prints its URL.
// Usage: node scripts/hub-standin.ts --size 700000 [--headers-ms 100 --body-ms 20] [--quota 300/10] [--seed 1] [--week 2 --hide-newest 11600]
//        [--write-token hf_…] (the write API for dataset repositories, that token allowed to write)
//        [--llm-tags] (models of several pipeline tags, as the Hub tags LLMs since 2025: see LLM_TAG_MIX)
import { parseArgs } from "node:util";
import { Catalogue, LLM_TAG_MIX } from "../test/support/catalogue.ts";
import { HubDatasets } from "../test/support/hub-datasets.ts";
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
    week: { type: "string", default: "0" },
    "hide-newest": { type: "string", default: "0" },
    "write-token": { type: "string" },
    "llm-tags": { type: "boolean", default: false },
  },
});
const datasets = values["write-token"] ? new HubDatasets() : undefined;
if (values["write-token"]) datasets?.writeTokens.add(values["write-token"]);
const [requests, windowSeconds] = (values.quota ?? "").split("/").map(Number);
const hub = await startHub({
  catalogue: new Catalogue({ size: Number(values.size), seed: Number(values.seed), realIdsFile: values["real-ids"], week: Number(values.week), ...(values["llm-tags"] ? { tagMix: LLM_TAG_MIX } : {}) }),
  latency: { headersMs: Number(values["headers-ms"]), bodyMs: Number(values["body-ms"]) },
  ...(requests && windowSeconds ? { quota: { requests, windowSeconds } } : {}),
  ...(Number(values["fault-rate"]) > 0 ? { faults: { rate: Number(values["fault-rate"]) } } : {}),
  ...(datasets ? { datasets } : {}),
});
// The newest models not created yet (an earlier week of a weekly simulation).
for (let i = 0; i < Number(values["hide-newest"]); i++) hub.catalogue.deleted.add(i);
process.stdout.write(`${hub.url}\n`);
process.on("SIGTERM", () => void hub.close().then(() => process.exit(0)));
