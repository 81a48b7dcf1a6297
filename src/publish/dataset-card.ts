/**
 * The Hugging Face dataset's README.md: a card whose YAML front matter the Hub's dataset viewer
 * accepts (HUB-WRITE-FACTS: configs with one split each, a licence id, a size category), and whose
 * text says what the data is, its columns, caveats, how to load a snapshot and how to cite it.
 * A pure function of the snapshot: the same week's card is the same bytes.
 */
import { COLUMN_DOCS } from "../dataset/dictionary.ts";
import { PARQUET_FILE } from "../dataset/parquet-file.ts";
import { markdownText } from "../escape.ts";
import { tagSetLabel, tagsOf } from "../pipeline-tags.ts";

/** Where a snapshot's Parquet lives in the dataset repository. */
export function snapshotParquetPath(snapshot: string): string {
  return `data/snapshots/${snapshot}/${PARQUET_FILE}`;
}
/** The repository's page (at a tag, when given) and its dataset viewer. */
export function datasetUrls(endpoint: string, repo: string, tag?: string): { url: string; viewerUrl: string } {
  const base = `${endpoint.replace(/\/+$/, "")}/datasets/${repo}`;
  return { url: tag ? `${base}/tree/${tag}` : base, viewerUrl: `${base}/viewer` };
}

/** trends.csv (dataset/trends.ts) in the dataset repository: the trends config's one split. */
export const TRENDS_CSV_PATH = "data/trends.csv";

/** Every snapshot's Parquet, as one glob: the history config's one split. */
export const ALL_SNAPSHOTS_GLOB = `data/snapshots/*/${PARQUET_FILE}`;

/** The Hub's size categories (`n<1K`, `1K<n<10K`, …). */
export function sizeCategory(n: number): string {
  const bounds: Array<[number, string]> = [[1e3, "n<1K"], [1e4, "1K<n<10K"], [1e5, "10K<n<100K"], [1e6, "100K<n<1M"], [1e7, "1M<n<10M"], [1e8, "10M<n<100M"]];
  return bounds.find(([limit]) => n < limit)?.[1] ?? "n>1T";
}

export interface CardInput {
  /** `owner/name` of the dataset repository. */
  repo: string;
  task: string;
  snapshot: string;
  /** The tag this snapshot gets. */
  tag: string;
  models: number;
  /** The snapshots the repository holds after this one, oldest first (this one included). */
  snapshots: readonly string[];
  /** The weeks that came from a public archive (backfilled), and that archive (`owner/name`). */
  archiveWeeks?: readonly string[];
  archive?: string | undefined;
  /** The GitHub repository that makes the data, and the site, when known. */
  repositoryUrl?: string | undefined;
  siteUrl?: string | undefined;
  /** Whether the repository holds TRENDS_CSV_PATH (after this commit). */
  trends?: boolean;
}

/** The trends config's columns (data/README.md says the same). */
const TRENDS_COLUMN_DOCS: ReadonlyArray<readonly [string, string, string]> = [
  ["Snapshot", "date", "the week's snapshot (a snapshot of this dataset, or a week of the GitHub repository's history)"],
  ["Dimension", "string", "`author` (the namespace of the model id), `base` (the namespace of the family's root, by first parents), `relation`, `library`, `size` (by parameters), `pipeline tag`"],
  ["Key", "string", "the key: the Hub's text, byte for byte"],
  ["Models", "int", "models of the snapshot with that key; within a snapshot and dimension they sum to its models"],
  ["Downloads 30 Days", "int", "their 30-day downloads"],
  ["Download Share", "float", "that over the snapshot's total, 6 decimals (empty when the total is 0)"],
];

const q = (text: string) => JSON.stringify(text); // a JSON string is a valid YAML scalar

export function datasetCard(input: CardInput): string {
  const path = snapshotParquetPath(input.snapshot);
  const hf = `hf://datasets/${input.repo}`;
  const first = input.snapshots[0] ?? input.snapshot;
  const columns = Object.entries(COLUMN_DOCS).map(([name, doc]) => `| \`${name}\` | ${doc.type} | ${doc.meaning} |`);
  const tags = tagsOf(input.task);
  const label = tagSetLabel(input.task);
  const which = tags.length === 1 ? `the \`${tags[0]}\` pipeline tag` : `the pipeline tags ${tags.map((t) => `\`${t}\``).join(", ")} (one catalogue; \`Pipeline Tag\` says which)`;
  const made = input.repositoryUrl ? ` in [${input.repositoryUrl.replace(/^https?:\/\/[^/]+\//, "")}](${input.repositoryUrl}) with hf-model-trends` : " with hf-model-trends";
  return [
    "---",
    // Weeks derived from the ODbL archive make the database ODbL (share-alike).
    ...(input.archiveWeeks?.length ? ["license: odbl"] : ["license: other", 'license_name: "hugging-face-hub-metadata"', 'license_link: "https://huggingface.co/terms-of-service"']),
    `pretty_name: ${q(`${label} models on the Hugging Face Hub: weekly snapshots`)}`,
    "tags:",
    "- tabular",
    "- hugging-face-hub",
    "- model-metadata",
    "- snapshots",
    ...tags.map((tag) => `- ${q(tag)}`),
    "size_categories:",
    `- ${q(sizeCategory(input.models))}`,
    "configs:",
    "- config_name: latest",
    "  default: true",
    "  data_files:",
    "  - split: train",
    `    path: ${q(path)}`,
    "- config_name: history",
    "  data_files:",
    "  - split: train",
    `    path: ${q(ALL_SNAPSHOTS_GLOB)}`,
    ...(input.trends ? ["- config_name: trends", "  data_files:", "  - split: train", `    path: ${q(TRENDS_CSV_PATH)}`] : []),
    "---",
    "",
    `# ${markdownText(label)} models on the Hugging Face Hub: weekly snapshots`,
    "",
    `Every public model of ${which} on the Hub, one row each, with its downloads, likes, size, ` +
      `lineage and licence: **${input.models.toLocaleString("en-US")} models** in the snapshot of **${input.snapshot}**. ` +
      `Made weekly${made} from the Hub's API. Each snapshot is one Parquet file and one immutable tag (\`${input.tag}\` for this one); ` +
      `${input.snapshots.length} ${input.snapshots.length === 1 ? "snapshot" : "snapshots"} so far, from ${first} to ${input.snapshot}.`,
    ...(input.siteUrl ? ["", `Charts and findings of each snapshot: ${input.siteUrl}`] : []),
    ...(input.archiveWeeks?.length
      ? [
          "",
          "## Weeks from the Hub's public archive",
          "",
          `${input.archiveWeeks.length} ${input.archiveWeeks.length === 1 ? "week" : "weeks"} (${input.archiveWeeks[0]} to ${input.archiveWeeks.at(-1)}) came from ` +
            `[${input.archive ?? "hfmlsoc/hub_weekly_snapshots"}](https://huggingface.co/datasets/${input.archive ?? "hfmlsoc/hub_weekly_snapshots"}) ` +
            "(weekly copies of cfahlgren1/hub-stats, by Hugging Face's ML & Society team), not from this tool's own listing; each such folder holds a `from-archive.txt`. " +
            "Their Used Storage, Spaces, Gated, Private, License and Parameters are empty (the archive has none), and so is Downloads All Time before 2025-02-27.",
          "",
          "That archive is made available under the Open Database License (ODbL-1.0): these weeks are a derived database, " +
            "and are made available under ODbL-1.0 too (https://opendatacommons.org/licenses/odbl/1-0/), with attribution to it.",
        ]
      : []),
    "",
    "## Configs",
    "",
    `- \`latest\` (default): this tag's snapshot, \`${path}\`.`,
    `- \`history\`: every snapshot in one table (\`${ALL_SNAPSHOTS_GLOB}\`, one split): every file shares one schema, and the \`Snapshot\` column tells the weeks apart. (Weeks published before release 1.2 lack \`Pipeline Tag\`: read them with DuckDB's \`union_by_name\`, or load the weeks since.)`,
    "",
    ...(input.trends
      ? [
          `- \`trends\`: whose 30-day downloads they are, week by week (\`${TRENDS_CSV_PATH}\`, one split): one row per snapshot, dimension and key, for every week of the GitHub repository's \`history.csv\` (archive weeks included), rewritten with each snapshot.`,
        ]
      : []),
    "",
    "## Columns",
    "",
    "| column | type | meaning |",
    "|---|---|---|",
    ...columns,
    "",
    ...(input.trends
      ? [
          "### The `trends` config",
          "",
          "| column | type | meaning |",
          "|---|---|---|",
          ...TRENDS_COLUMN_DOCS.map(([name, type, meaning]) => `| \`${name}\` | ${type} | ${meaning} |`),
          "",
          "Keys are ordered by 30-day downloads, then models (both descending), then the key; `author` and `base` keep their first 20 keys and `library` its first 10, the rest summed as `(other)`. A week whose archive file names no parents has no `base` and no `relation` rows. The 30-day windows of consecutive weeks overlap: a share's change from one week to the next is a change of rolling sums.",
          "",
        ]
      : []),
    "## Caveats",
    "",
    "- `Downloads` is a rolling 30-day window. The Hub counts a download for every GET or HEAD of a model's query file (every `.gguf` file counts), with no de-duplication of users or CI: quantized and full models are not the same unit.",
    "- Models created before the Hub stored creation dates carry the legacy import's stamp (`2022-03-02T23:29:04Z` or `…:05Z`): a placeholder, not a date.",
    "- The Hub deletes thousands of repositories a week: older creation months are survivors only.",
    "- Lineage (`Base Model`, `Relation`) and `License` are what model cards say, unchecked.",
    "- `Used Storage` is learned gradually (one request per model, most downloaded first): null where not yet known.",
    "- Hub text (ids, libraries, licences) is kept byte for byte, as the Hub sent it.",
    "",
    "## Load",
    "",
    "```python",
    "from datasets import load_dataset",
    `week = load_dataset(${q(input.repo)}, "latest", revision=${q(input.tag)}, split="train")`,
    `every_week = load_dataset(${q(input.repo)}, "history", split="train")`,
    ...(input.trends ? [`trends = load_dataset(${q(input.repo)}, "trends", split="train")`] : []),
    "```",
    "",
    "```sql",
    `-- DuckDB: one snapshot at its tag, or every snapshot at once`,
    `SELECT * FROM '${hf}@${input.tag}/${path}';`,
    `SELECT "Snapshot", count(*) FROM '${hf}/${ALL_SNAPSHOTS_GLOB}' GROUP BY ALL ORDER BY 1;`,
    ...(input.trends ? [`SELECT * FROM '${hf}/${TRENDS_CSV_PATH}' WHERE "Dimension" = 'author';`] : []),
    "```",
    "",
    "```python",
    "import pandas as pd, polars as pl",
    `df = pd.read_parquet(${q(`${hf}@${input.tag}/${path}`)})`,
    `lf = pl.scan_parquet(${q(`${hf}/${ALL_SNAPSHOTS_GLOB}`)})`,
    "```",
    "",
    "## Cite",
    "",
    `Cite the snapshot you used by its tag, which never moves: \`${input.repo}\`, tag \`${input.tag}\`, ` +
      `https://huggingface.co/datasets/${input.repo}/tree/${input.tag}.`,
    "",
  ].join("\n");
}
