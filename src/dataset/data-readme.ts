/**
 * The data dictionary travels with the data: every run that writes the findings also writes
 * `data/README.md`, the dictionary of the version that wrote them, so a dataset found on GitHub
 * explains its own columns. The text is this repository's data/README.md, shipped beside the
 * bundle (dist/data-README.md); its "Written by" line names the version that wrote it, so it is
 * rewritten exactly when that version changes and has the same bytes otherwise.
 */
import { readFileSync } from "node:fs";
import { writeWhole } from "./store.ts";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const DATA_README = "README.md";
/** Its name beside the bundle in dist/. */
export const DATA_README_ASSET = "data-README.md";

const here = dirname(fileURLToPath(import.meta.url));
const WRITTEN_BY = /Written by hf-model-trends(?: \d+\.\d+\.\d+)?\b/;

/** The dictionary's text as `version` writes it. */
export function dataReadme(version: string): string {
  // Beside the bundle (dist/ or dist/chunks/), or the source in a checkout (src/dataset/ → data/).
  const places = [join(here, DATA_README_ASSET), join(here, "..", DATA_README_ASSET), join(here, "..", "..", "data", DATA_README)];
  for (const place of places) {
    let text: string;
    try {
      text = readFileSync(place, "utf8");
    } catch {
      continue;
    }
    if (!WRITTEN_BY.test(text)) throw new Error(`${place} has no "Written by hf-model-trends" line to name the version in`);
    return text.replace(WRITTEN_BY, `Written by hf-model-trends ${version}`);
  }
  throw new Error(`the data dictionary is missing: ${DATA_README_ASSET} must sit beside the bundle in dist/ (run "npm run build")`);
}

/** Writes `dataDir/README.md` (whole, or not at all). */
export async function writeDataReadme(dataDir: string, version: string): Promise<string> {
  const path = join(dataDir, DATA_README);
  await writeWhole(path, dataReadme(version));
  return path;
}
