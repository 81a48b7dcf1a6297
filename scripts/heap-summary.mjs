// Sums a heap snapshot's self sizes by kind of object, largest first: where the heap goes.
// Usage: node scripts/heap-summary.mjs <file.heapsnapshot> [rows]
import { readFileSync } from "node:fs";

const snapshot = JSON.parse(readFileSync(process.argv[2], "utf8"));
const fields = snapshot.snapshot.meta.node_fields;
const types = snapshot.snapshot.meta.node_types[0];
const width = fields.length;
const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
const totals = new Map();
const nodes = snapshot.nodes;
let all = 0;
for (let i = 0; i < nodes.length; i += width) {
  const type = types[nodes[i + typeAt]];
  const name = type === "object" || type === "native" || type === "closure" ? snapshot.strings[nodes[i + nameAt]] : "";
  const key = `${type}${name ? ` ${name.slice(0, 60)}` : ""}`;
  const entry = totals.get(key) ?? { bytes: 0, count: 0 };
  entry.bytes += nodes[i + sizeAt];
  entry.count++;
  totals.set(key, entry);
  all += nodes[i + sizeAt];
}
console.log(`${(all / 2 ** 20).toFixed(1)} MB in ${nodes.length / width} objects`);
for (const [key, { bytes, count }] of [...totals].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, Number(process.argv[3] ?? 25))) {
  console.log(`${(bytes / 2 ** 20).toFixed(1).padStart(8)} MB ${String(count).padStart(9)}  ${key}`);
}
