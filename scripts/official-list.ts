// The official JS client's list over the same stand-in and fields, kept in memory as our
// harvester keeps its records: the side of the benchmark we compare against.
// Usage: node scripts/official-list.ts <endpoint>
import { listModels } from "@huggingface/hub";

const endpoint = process.argv[2] as string;
const models: unknown[] = [];
for await (const model of listModels({
  hubUrl: endpoint,
  search: { task: "text-generation" },
  sort: "createdAt",
  additionalFields: ["author", "createdAt", "downloadsAllTime", "library_name", "spaces", "safetensors"],
} as Parameters<typeof listModels>[0])) {
  models.push(model);
}
process.stdout.write(`${models.length} models\n`);
