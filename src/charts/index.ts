import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { AnalysisInput } from "../analysis/input.ts";
import { chartContext } from "../specs/common.ts";
import { snapshotsSpec, weeklyDownloadsSpec } from "../specs/history.ts";
import { familiesSpec, relationsSpec } from "../specs/lineage.ts";
import { lorenzSpec, sizesSpec } from "../specs/market.ts";
import { classesSpec, weeklySpec } from "../specs/study.ts";
import { tagsSpec } from "../specs/tags.ts";
import { concentrationSpec, shareSpec } from "../specs/trends.ts";
import type { TagMix } from "../analysis/tags.ts";
import { downloadsChart, storageChart } from "./charts.ts";
import { CHART_FILES } from "../specs/files.ts";
import { renderChart, type Chart, type ChartWarn } from "./render.ts";

export { CHART_FILES } from "../specs/files.ts";

/**
 * Renders every chart into `chartsDir`; each file is written aside and renamed into place. With
 * `previewDir`, also a 1× PNG of each (same name) there: the site's first view, a quarter of the pixels.
 */
export async function renderCharts(input: AnalysisInput, chartsDir: string, warn?: ChartWarn, previewDir?: string): Promise<string[]> {
  await mkdir(chartsDir, { recursive: true });
  if (previewDir) await mkdir(previewDir, { recursive: true });
  const models = input.stats;
  const context = chartContext(models, input.task, input.snapshotMs);
  const charts: ReadonlyArray<readonly [string, () => Chart]> = [
    [CHART_FILES.weekly, () => ({ spec: weeklySpec(models, context) })],
    [CHART_FILES.storage, () => storageChart(models, context)],
    [CHART_FILES.downloads, () => downloadsChart(models, context)],
    [CHART_FILES.classes, () => ({ spec: classesSpec(models, context) })],
    [CHART_FILES.relations, () => ({ spec: relationsSpec(input.lineage, context) })],
    [CHART_FILES.families, () => ({ spec: familiesSpec(input.lineage, context) })],
    [CHART_FILES.snapshots, () => ({ spec: snapshotsSpec(input.history, context) })],
    [CHART_FILES.lorenz, () => ({ spec: lorenzSpec(input.market.concentration, context) })],
    [CHART_FILES.sizes, () => ({ spec: sizesSpec(input.market.sizeOverTime, context) })],
    [CHART_FILES.weeklyDownloads, () => ({ spec: weeklyDownloadsSpec(input.history, context) })],
    [CHART_FILES.shareByAuthor, () => ({ spec: shareSpec("author", input.trends, input.history, context) })],
    [CHART_FILES.shareByBase, () => ({ spec: shareSpec("base", input.trends, input.history, context) })],
    [CHART_FILES.concentrationOverTime, () => ({ spec: concentrationSpec(input.history, context) })],
    ...(input.tagMix ? [[CHART_FILES.tags, () => ({ spec: tagsSpec(input.tagMix as TagMix, context) })] as const] : []),
  ];
  // A chart this run does not draw (the tags chart, one tag tracked) is not left behind from an earlier run.
  for (const file of Object.values(CHART_FILES)) if (!charts.some(([drawn]) => drawn === file)) await rm(join(chartsDir, file), { force: true });
  const written: string[] = [];
  for (const [file, chart] of charts) {
    const { png, preview } = await renderChart(chart(), warn, previewDir !== undefined);
    if (preview && previewDir) await writeFile(join(previewDir, file), preview);
    const path = join(chartsDir, file);
    await writeFile(`${path}.tmp-${process.pid}`, png);
    await rename(`${path}.tmp-${process.pid}`, path);
    written.push(path);
  }
  return written;
}
