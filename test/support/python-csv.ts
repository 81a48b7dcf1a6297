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

/** A Python that has pandas (Debian's python3-pandas goes with /usr/bin/python3), or undefined. */
export function pythonWithPandas(): string | undefined {
  for (const python of ["python3", "/usr/bin/python3"]) {
    try {
      execFileSync(python, ["-c", "import pandas"], { stdio: "ignore" });
      return python;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

/**
 * The dataset as a pandas loader (Python code that leaves a DataFrame in `df`) reads it, run in
 * `cwd`: column name → values as strings (missing as null).
 */
export function readWithPandas(python: string, cwd: string, loader: string): Record<string, Array<string | null>> {
  const script = `
import json, sys
import pandas as pd
exec(sys.argv[1])
out = {c: [None if pd.isna(v) else (str(v).lower() if isinstance(v, bool) else str(int(v)) if isinstance(v, float) else str(v)) for v in df[c]] for c in df.columns}
json.dump(out, sys.stdout, ensure_ascii=False)
`;
  return JSON.parse(execFileSync(python, ["-c", script, loader], { cwd, maxBuffer: 1 << 30, encoding: "utf8" })) as Record<string, Array<string | null>>;
}
