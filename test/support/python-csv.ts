import { execFileSync } from "node:child_process";

/**
 * Reads every file of a dataset with Python's own `csv` module (not this project's parser)
 * and returns the header and rows, so round trips are checked by an independent reader.
 */
export function readWithPython(datasetDir: string): { header: string[]; rows: string[][] } {
  const script = `
import csv, json, os, sys
d = sys.argv[1]
with open(os.path.join(d, "index.csv"), newline="", encoding="utf-8") as f:
    files = [r["file"] for r in csv.DictReader(f)]
header, rows = None, []
for name in files:
    with open(os.path.join(d, name), newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        h = next(r)
        header = header or h
        assert h == header, (name, h)
        rows.extend(r)
json.dump({"header": header, "rows": rows}, sys.stdout, ensure_ascii=False)
`;
  const out = execFileSync("python3", ["-c", script, datasetDir], { maxBuffer: 1 << 30, encoding: "utf8" });
  return JSON.parse(out) as { header: string[]; rows: string[][] };
}
