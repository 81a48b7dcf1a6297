/** A snapshot release's notes: the headline numbers, what changed, how to load the data and how to cite it. */
import { sinceLines, tagCountsLine, type Insights } from "../analysis/findings.ts";
import { tagSetLabel } from "../pipeline-tags.ts";
import { markdownText } from "../escape.ts";
import { formatParameters } from "../analysis/market.ts";

export interface ReleaseNotesInput {
  task: string;
  tag: string;
  findings: Insights;
  /** `https://github.com/owner/repo` (or a GitHub Enterprise Server equivalent). */
  repositoryUrl: string;
  parquetName: string;
  /** The Hugging Face dataset the snapshot is published to as well, when there is one. */
  hfDataset?: { repo: string; url: string; viewerUrl: string; parquetPath: string } | undefined;
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** The release's title: what a reader picks from a list of releases. */
export function releaseTitle(task: string, snapshot: string): string {
  return `${tagSetLabel(task)} models on the Hugging Face Hub, snapshot ${snapshot}`;
}

export function releaseNotes(input: ReleaseNotesInput): string {
  const { findings, repositoryUrl, tag, parquetName } = input;
  const t = findings.totals;
  const latest = `${repositoryUrl}/releases/latest/download/${parquetName}`;
  const pinned = `${repositoryUrl}/releases/download/${tag}/${parquetName}`;
  const since = findings.sincePrevious;
  const repository = repositoryUrl.replace(/^https?:\/\/[^/]+\//, "");
  const task = tagSetLabel(input.task);
  const mix = findings.pipelineTags;
  return [
    `Every public **${markdownText(task)}** model on the Hugging Face Hub as of **${findings.snapshot}**: ` +
      `${fmt(t.models)} models, ${fmt(t.newLast7Days)} created in the last 7 days and ${fmt(t.newLast30Days)} in the last 30; ` +
      `storage known for ${fmt(t.storageKnown)} (${(t.storageCoverage * 100).toFixed(1)}%).`,
    "",
    ...(mix ? [`- By pipeline tag: ${tagCountsLine(mix)}`, `- Share of 30-day downloads: ${mix.tags.map((x) => `${markdownText(x.tag)} ${(x.downloadsShare * 100).toFixed(1)}%`).join(", ")}`] : []),
    `- Creation surge six months after ChatGPT: **${findings.creationSurge.verdict}**`,
    `- Smaller models are more popular: **${findings.smallerMorePopular.verdict}**`,
    `- Recent models are downloaded more: **${findings.recentDownloadedMore.verdict}**`,
    `- Popularity classes: ${findings.popularityClasses.classes.map((c) => `${c.name} ${fmt(c.count)}`).join(", ")}`,
    `- Concentration: ${(findings.concentration.last30Days.zeroShare * 100).toFixed(1)}% of models had no download in 30 days; the top 1% took ` +
      `${(findings.concentration.last30Days.top1PercentShare * 100).toFixed(1)}% of downloads (Gini ${findings.concentration.last30Days.gini.toFixed(3)})`,
    `- Derivatives with children of their own: ${(["finetune", "quantized", "adapter"] as const).map((r) => `${r} ${(findings.lineage.structure.fertility[r].share * 100).toFixed(1)}%`).join(", ")}`,
    ...(() => {
      const q = findings.sizeOverTime.quarters.filter((x) => x.medianParameters !== null).at(-1);
      return q ? [`- New models of ${q.quarter}: median ${formatParameters(q.medianParameters)} parameters; the median of what is downloaded ${formatParameters(q.downloadWeightedMedian)}`] : [];
    })(),
    "",
    "## Since the previous snapshot",
    "",
    ...(since ? [`Previous snapshot: ${since.previousSnapshot} (${since.days} days before).`, "", ...sinceLines(since).map((line) => `- ${line}`)] : ["This is the first snapshot."]),
    "",
    "## Files",
    "",
    `- \`${parquetName}\`: one row per model, the dataset's columns with their types (text, 64-bit integers, UTC timestamps, a boolean), Snappy-compressed, row groups of 50,000 models in creation order.`,
    "- `insights.json`, `insights.md`: the findings as numbers and as text.",
    "- The charts as PNG.",
    "",
    "## Load it",
    "",
    "This snapshot, always the same bytes:",
    "",
    "```sql",
    `SELECT * FROM read_parquet('${pinned}');  -- DuckDB (httpfs loads itself)`,
    "```",
    "```python",
    `import pandas as pd; df = pd.read_parquet("${pinned}")`,
    `import polars as pl; df = pl.read_parquet("${pinned}")`,
    "```",
    "",
    `The newest snapshot, whichever it is: \`${latest}\`.`,
    "",
    ...(input.hfDataset
      ? [
          "## On the Hugging Face Hub",
          "",
          `The same snapshot in [${input.hfDataset.repo}](${input.hfDataset.url}) at the tag \`${tag}\` ([viewer](${input.hfDataset.viewerUrl})):`,
          "",
          "```sql",
          `SELECT * FROM 'hf://datasets/${input.hfDataset.repo}@${tag}/${input.hfDataset.parquetPath}';`,
          "```",
          "",
        ]
      : []),
    "## Cite it",
    "",
    `${markdownText(task)} models on the Hugging Face Hub, snapshot ${findings.snapshot}. ${repository}, release \`${tag}\`. ${repositoryUrl}/releases/tag/${tag}`,
    "",
    "With the repository's Zenodo integration on, each release is archived with a DOI of its own; cite that DOI.",
    "",
  ].join("\n");
}
