/** The job summary: headline numbers, what changed, the findings and the charts at the new commit. */
import { posix } from "node:path";
import { sinceLines, tagCountsLine, type Insights } from "../analysis/findings.ts";
import { tagSetLabel } from "../pipeline-tags.ts";
import type { SnapshotAge } from "../analysis/weekly.ts";
import { chartFiles } from "../specs/files.ts";
import { markdownText } from "../escape.ts";
import type { EnrichReport } from "../hub/enrich.ts";
import type { PublishResult } from "./run.ts";
import type { ReleaseResult } from "./release.ts";
import type { HfPublishResult } from "./hf-dataset.ts";

export interface SummaryInput {
  task: string;
  mode: "refresh" | "enrich";
  models: number;
  newModels: number | undefined;
  storage: EnrichReport;
  findings: Insights;
  findingsMarkdown: string;
  publish: PublishResult | undefined;
  /** The snapshot's release, when this run made or found one. */
  release?: ReleaseResult | undefined;
  /** The snapshot on the Hugging Face Hub, when hf-dataset is set and the run got that far. */
  hfDataset?: HfPublishResult | undefined;
  dryRun: boolean;
  chartsDir: string;
  /** No earlier dataset: this run made the first. */
  firstSnapshot: boolean;
  /** mode was auto: what the run chose to do, and why (planLine). */
  autoDecision?: string | undefined;
  /** mode was enrich, but with no dataset the run refreshed instead. */
  enrichFellBackToRefresh: boolean;
  /** mode was enrich, but the latest snapshot was this old, so the run refreshed instead. */
  staleRefresh?: SnapshotAge | undefined;
  /** The age of the snapshot this run leaves, on the run's day, and the bound past which it is stale. */
  snapshotAge?: (SnapshotAge & { maxAgeDays: number }) | undefined;
  /** Listed models whose id the Hub never issues, left out: the line that says so (ids quoted), or undefined. */
  invalidIds?: string | undefined;
  /** Models that claim a date after the run (kept, counted, named): the line that says so, or undefined. */
  futureDated?: string | undefined;
  /** Private models the token could see: left out, or kept (include-private). */
  privateModels: { count: number; kept: boolean };
  /** `https://github.com/owner/repo` (or a GitHub Enterprise Server equivalent). */
  repositoryUrl: string | undefined;
}

const fmt = (n: number) => n.toLocaleString("en-US");

export function summaryMarkdown(input: SummaryInput): string {
  const { storage, publish } = input;
  const coverage = storage.total ? ((100 * storage.known) / storage.total).toFixed(1) : "0.0";
  const lines = [
    `# Hugging Face Hub: ${markdownText(tagSetLabel(input.task))} (${input.mode})`,
    "",
    "| | |",
    "|---|---|",
    `| models | **${fmt(input.models)}** |`,
    ...(input.findings.pipelineTags ? [`| by pipeline tag | ${tagCountsLine(input.findings.pipelineTags)} |`] : []),
    ...(input.newModels === undefined ? [] : [`| new since the last dataset | ${fmt(input.newModels)} |`]),
    `| storage known | ${fmt(storage.known)} (${coverage}%); ${fmt(storage.learned)} learned now, backlog ${fmt(storage.backlog)} |`,
    `| snapshot | ${input.findings.snapshot} |`,
    "",
  ];
  if (input.autoDecision) lines.push(`Mode \`auto\`${markdownText(input.autoDecision.replace(/^mode: auto/, ""))}.`, "");
  if (input.staleRefresh) {
    const { snapshot, days } = input.staleRefresh;
    lines.push(`The latest snapshot, ${snapshot}, was ${days} days old (more than ${input.snapshotAge?.maxAgeDays ?? "the bound"}): this daily run refreshed instead of working the storage backlog alone.`, "");
  }
  const age = input.snapshotAge;
  if (age && age.days > age.maxAgeDays) {
    lines.push(`> [!WARNING]\n> This snapshot, ${age.snapshot}, is ${age.days} days old: the Hub's data in it is older than the ${age.maxAgeDays} days a weekly refresh allows.`, "");
  }
  if (input.enrichFellBackToRefresh) lines.push("The repository had no dataset yet, so this `enrich` run did the first full refresh instead.", "");
  if (input.firstSnapshot) {
    lines.push(
      "**This is the first snapshot.** The weekly refreshes will add new models, and this page will say what changed since " +
        `the last one; the daily storage runs fill in \`Used Storage\` (${fmt(storage.backlog)} models still to learn, most downloaded first).`,
      "",
    );
  }
  const since = input.findings.sincePrevious;
  if (since && !input.firstSnapshot) {
    lines.push(`**Since the previous snapshot** (${since.previousSnapshot}, ${since.days} days before):`, "", ...sinceLines(since).map((l) => `- ${l}`), "");
  }
  if (input.invalidIds) lines.push(`${markdownText(input.invalidIds)}.`, "");
  if (input.futureDated) lines.push(`${markdownText(input.futureDated)}.`, "");
  const { count, kept } = input.privateModels;
  if (count > 0 && kept) lines.push(`> [!WARNING]\n> This dataset contains ${fmt(count)} private model(s) (\`include-private: true\`): keep this repository private.`, "");
  else if (count > 0) lines.push(`Left out ${fmt(count)} private model(s) that the token can see: they are never published.`, "");
  if (!publish) lines.push("Not committed (`commit: false`).", "");
  else if (!publish.changed) lines.push("Nothing changed: no commit.", "");
  else {
    const verb = input.dryRun ? "Would commit" : `Committed ${publish.sha?.slice(0, 7)}${publish.verified ? " (verified)" : ""}`;
    lines.push(`${verb} to \`${publish.branch}\`: ${publish.added.length} added, ${publish.updated.length} updated, ${publish.removed.length} removed.`, "");
    const changedFiles = [...publish.added.map((p) => `+ ${p}`), ...publish.updated.map((p) => `~ ${p}`), ...publish.removed.map((p) => `- ${p}`)];
    lines.push("<details><summary>Files</summary>", "", "```", ...changedFiles, "```", "", "</details>", "");
  }
  const release = input.release;
  if (release) {
    const what = release.created ? "Released" : "The release";
    const assets = release.uploaded.length ? `${release.uploaded.length} asset(s) uploaded` : "its assets kept as they were";
    lines.push(`${what} [\`${release.tag}\`](${release.url}): ${assets}.`, "");
  }
  const hf = input.hfDataset;
  if (hf) {
    const what = hf.changed ? `Published to the Hugging Face Hub: [${markdownText(hf.repo)} at \`${hf.tag}\`](${hf.url})` : `The Hugging Face dataset [${markdownText(hf.repo)}](${hf.url}) has \`${hf.tag}\` already`;
    lines.push(`${what} ([dataset viewer](${hf.viewerUrl}))${hf.changed ? `: ${(hf.bytesUploaded / 1e6).toFixed(1)} MB uploaded` : ""}.`, "");
  }
  if (publish?.sha && input.repositoryUrl) {
    for (const file of chartFiles(input.findings.pipelineTags !== undefined)) {
      const path = posix.join(input.chartsDir.split("\\").join("/"), file);
      lines.push(`![${file}](${input.repositoryUrl}/raw/${publish.sha}/${path})`, "");
    }
  }
  lines.push(input.findingsMarkdown.replace(/^# /, "## "));
  return lines.join("\n");
}
