/**
 * The site's Atom 1.0 feed (`feed.xml`): one entry per snapshot from history.csv, newest first, so
 * a reader subscribes instead of checking. A pure function of the data: every date is a
 * snapshot's, never the clock's.
 */
import type { Insights } from "../analysis/findings.ts";
import type { HistoryRow } from "../dataset/history.ts";
// Numeric character references: the same escape serves HTML and XML.
import { escapeHtml as xml } from "../escape.ts";

export const FEED_FILE = "feed.xml";

const fmt = (n: number | null) => (n ?? 0).toLocaleString("en-US");

/** What the newest snapshot adds to its entry: the top risers and the family that drew the most new models. */
function latestDetail(findings: Insights): string[] {
  const lines: string[] = [];
  const risers = findings.sincePrevious?.topRisers.slice(0, 3) ?? [];
  if (risers.length) lines.push(`Fastest risers: ${risers.map((r) => `${r.id} (${fmt(r.downloads)} downloads in between, ${r.ratio.toLocaleString("en-US", { maximumFractionDigits: 1 })}× faster)`).join("; ")}.`);
  const family = [...findings.lineage.largestFamilies].sort((a, b) => b.shareOfRecentNew - a.shareOfRecentNew || a.root.localeCompare(b.root))[0];
  if (family && family.shareOfRecentNew > 0) {
    lines.push(`The family with the most new models: ${family.root} (${(family.shareOfRecentNew * 100).toFixed(1)}% of the models created in ${findings.lineage.recentQuarters.join(" and ")}).`);
  }
  return lines;
}

export function atomFeed(options: { task: string; history: readonly HistoryRow[]; findings: Insights; siteUrl?: string | undefined }): string {
  const { task, findings, siteUrl } = options;
  // Without a history file (a dataset from before it), the current snapshot alone.
  const rows = options.history.length ? [...options.history].reverse() : [{ Snapshot: findings.snapshot, Models: findings.totals.models } as HistoryRow];
  const base = siteUrl ?? "./";
  const idOf = (snapshot?: string) => (siteUrl ? `${siteUrl}${snapshot ? `#snapshot-${snapshot}` : ""}` : `urn:hf-model-trends:${encodeURIComponent(task)}${snapshot ? `:${snapshot}` : ""}`);
  const entries = rows.map((row) => {
    const parts = [
      `${fmt(row.Models)} models` +
        (row["New Models"] !== null && row["New Models"] !== undefined ? `, ${fmt(row["New Models"])} new and ${fmt(row["Removed Models"])} removed since the previous snapshot` : "") +
        (row["Downloads Since Previous"] !== null && row["Downloads Since Previous"] !== undefined ? `; ${fmt(row["Downloads Since Previous"])} downloads in between` : "") +
        ".",
      ...(row.Snapshot === findings.snapshot ? latestDetail(findings) : []),
    ];
    return `  <entry>
    <id>${xml(idOf(row.Snapshot))}</id>
    <title>${xml(`Snapshot ${row.Snapshot}: ${fmt(row.Models)} ${task} models${row["New Models"] !== null && row["New Models"] !== undefined ? `, ${fmt(row["New Models"])} new` : ""}`)}</title>
    <updated>${row.Snapshot}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${xml(base)}"/>
    <summary type="text">${xml(parts.join(" "))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(idOf())}</id>
  <title>${xml(`${task} models on the Hugging Face Hub: weekly snapshots`)}</title>
  <subtitle>${xml("Every public model of the pipeline tag, counted each week: new, removed, downloads in between.")}</subtitle>
  <updated>${rows[0]?.Snapshot ?? findings.snapshot}T00:00:00Z</updated>
  <author><name>hf-model-trends</name></author>
  <link rel="self" type="application/atom+xml" href="${xml(siteUrl ? `${siteUrl}${FEED_FILE}` : FEED_FILE)}"/>
  <link rel="alternate" type="text/html" href="${xml(base)}"/>
${entries.join("\n")}
</feed>
`;
}
