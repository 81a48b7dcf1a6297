import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ModelStats } from "../dataset/record.ts";
import { chartContext, classesSpec, downloadsSpec, storageSpec, weeklySpec } from "./charts.ts";
import { CHART_FILES } from "./files.ts";
import { renderSpec, type ChartWarn } from "./render.ts";

export { CHART_FILES } from "./files.ts";

/** Renders the four charts into `chartsDir`; each file is written aside and renamed into place. */
export async function renderCharts(records: readonly ModelStats[], chartsDir: string, task: string, warn?: ChartWarn): Promise<string[]> {
  await mkdir(chartsDir, { recursive: true });
  const context = chartContext(records, task);
  const specs = [
    [CHART_FILES.weekly, () => weeklySpec(records, context)],
    [CHART_FILES.storage, () => storageSpec(records, context)],
    [CHART_FILES.downloads, () => downloadsSpec(records, context)],
    [CHART_FILES.classes, () => classesSpec(records, context)],
  ] as const;
  const written: string[] = [];
  for (const [file, spec] of specs) {
    const png = await renderSpec(spec(), warn);
    const path = join(chartsDir, file);
    await writeFile(`${path}.tmp-${process.pid}`, png);
    await rename(`${path}.tmp-${process.pid}`, path);
    written.push(path);
  }
  return written;
}
