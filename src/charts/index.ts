import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { AnalysisInput } from "../analysis/input.ts";
import { chartContext } from "../specs/common.ts";
import { snapshotsSpec } from "../specs/history.ts";
import { familiesSpec, relationsSpec } from "../specs/lineage.ts";
import { lorenzSpec, sizesSpec } from "../specs/market.ts";
import { classesSpec, weeklySpec } from "../specs/study.ts";
import { downloadsSpec, storageSpec } from "./charts.ts";
import { CHART_FILES } from "../specs/files.ts";
import { renderSpecSizes, type ChartWarn } from "./render.ts";

export { CHART_FILES } from "../specs/files.ts";

/**
 * Renders every chart into `chartsDir`; each file is written aside and renamed into place. With
 * `previewDir`, also a 1× PNG of each (same name) there: the site's first view, a quarter of the pixels.
 */
export async function renderCharts(input: AnalysisInput, chartsDir: string, task: string, warn?: ChartWarn, previewDir?: string): Promise<string[]> {
  await mkdir(chartsDir, { recursive: true });
  if (previewDir) await mkdir(previewDir, { recursive: true });
  const models = input.stats;
  const context = chartContext(models, task, input.snapshotMs);
  const specs = [
    [CHART_FILES.weekly, () => weeklySpec(models, context)],
    [CHART_FILES.storage, () => storageSpec(models, context)],
    [CHART_FILES.downloads, () => downloadsSpec(models, context)],
    [CHART_FILES.classes, () => classesSpec(models, context)],
    [CHART_FILES.relations, () => relationsSpec(input.lineage, context)],
    [CHART_FILES.families, () => familiesSpec(input.lineage, context)],
    [CHART_FILES.snapshots, () => snapshotsSpec(input.history, context)],
    [CHART_FILES.lorenz, () => lorenzSpec(input.market.concentration, context)],
    [CHART_FILES.sizes, () => sizesSpec(input.market.sizeOverTime, context)],
  ] as const;
  const written: string[] = [];
  for (const [file, spec] of specs) {
    const { png, preview } = await renderSpecSizes(spec(), warn, previewDir !== undefined);
    if (preview && previewDir) await writeFile(join(previewDir, file), preview);
    const path = join(chartsDir, file);
    await writeFile(`${path}.tmp-${process.pid}`, png);
    await rename(`${path}.tmp-${process.pid}`, path);
    written.push(path);
  }
  return written;
}
