import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CommitAnswerLost,
  DatasetTokenRefused,
  HfDatasetError,
  HubWriteApi,
  sha256
} from "./chunk-4KWOUW2J.js";
import {
  PARQUET_FILE,
  parquetPath
} from "./chunk-TMVGAWI3.js";
import {
  GitHubRepo,
  PublishError
} from "./chunk-X3TTGNAP.js";
import {
  chartFiles
} from "./chunk-4CBWZWGY.js";
import {
  INSIGHTS_JSON,
  INSIGHTS_MD,
  formatParameters,
  markdownText,
  sinceLines,
  tagCountsLine
} from "./chunk-W7Y2WGML.js";
import {
  readDataFile
} from "./chunk-AY7CEEFQ.js";
import {
  tagSetLabel,
  tagsOf
} from "./chunk-3SYKNIM3.js";

// src/publish/hf-dataset.ts
import { readFile as readFile2 } from "node:fs/promises";
import { dirname } from "node:path";

// src/dataset/dictionary.ts
var COLUMN_DOCS = {
  "Model ID": { type: "string", meaning: "`owner/name` on the Hub" },
  Author: { type: "string", meaning: "the owner (user or organisation)" },
  Likes: { type: "int64", meaning: "likes on the Hub" },
  Downloads: { type: "int64", meaning: "downloads in the **last 30 days** (a rolling window), not all time" },
  "Created At": { type: "timestamp (UTC)", meaning: "creation date; `2022-03-02T23:29:04\u201305Z` is the legacy import's placeholder, not a date" },
  Private: { type: "bool", meaning: "always false: private models are left out" },
  Gated: { type: "string", meaning: "`false`, `auto` or `manual`" },
  Library: { type: "string", meaning: "the card's `library_name`; null when absent; free-form user text" },
  "Used Storage": { type: "int64", meaning: "bytes in the repository, all revisions; null while not yet learned" },
  Spaces: { type: "int64", meaning: "Spaces using the model, capped at 100 by the Hub (100 means 100 or more)" },
  "Last Modified": { type: "timestamp (UTC)", meaning: "date of the last commit (may claim a date after the snapshot)" },
  "Downloads All Time": { type: "int64", meaning: "cumulative downloads" },
  Parameters: { type: "int64", meaning: "`safetensors.total`; null without safetensors weights at the top level" },
  "Base Model": { type: "string", meaning: "parent ids from the `base_model:` tags, first appearance first, joined with `;`" },
  Relation: { type: "string", meaning: "`finetune`, `adapter`, `quantized` or `merge`, from the first typed `base_model:` tag" },
  License: { type: "string", meaning: "the first `license:` tag's value" },
  "Downloads All Time Previous": { type: "int64", meaning: "`Downloads All Time` at the previous snapshot: the difference is real downloads in between" },
  "Pipeline Tag": { type: "string", meaning: "the pipeline tag the model was listed under (one of the tracked set); the tag as of the snapshot" },
  Snapshot: { type: "date", meaning: "the snapshot's date (the same on every row of a week's file)" }
};

// src/publish/dataset-card.ts
function snapshotParquetPath(snapshot) {
  return `data/snapshots/${snapshot}/${PARQUET_FILE}`;
}
function datasetUrls(endpoint, repo, tag) {
  const base = `${endpoint.replace(/\/+$/, "")}/datasets/${repo}`;
  return { url: tag ? `${base}/tree/${tag}` : base, viewerUrl: `${base}/viewer` };
}
var TRENDS_CSV_PATH = "data/trends.csv";
var ALL_SNAPSHOTS_GLOB = `data/snapshots/*/${PARQUET_FILE}`;
function sizeCategory(n) {
  const bounds = [[1e3, "n<1K"], [1e4, "1K<n<10K"], [1e5, "10K<n<100K"], [1e6, "100K<n<1M"], [1e7, "1M<n<10M"], [1e8, "10M<n<100M"]];
  return bounds.find(([limit]) => n < limit)?.[1] ?? "n>1T";
}
var TRENDS_COLUMN_DOCS = [
  ["Snapshot", "date", "the week's snapshot (a snapshot of this dataset, or a week of the GitHub repository's history)"],
  ["Dimension", "string", "`author` (the namespace of the model id), `base` (the namespace of the family's root, by first parents), `relation`, `library`, `size` (by parameters), `pipeline tag`"],
  ["Key", "string", "the key: the Hub's text, byte for byte"],
  ["Models", "int", "models of the snapshot with that key; within a snapshot and dimension they sum to its models"],
  ["Downloads 30 Days", "int", "their 30-day downloads"],
  ["Download Share", "float", "that over the snapshot's total, 6 decimals (empty when the total is 0)"]
];
var q = (text) => JSON.stringify(text);
function datasetCard(input) {
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
    ...input.archiveWeeks?.length ? ["license: odbl"] : ["license: other", 'license_name: "hugging-face-hub-metadata"', 'license_link: "https://huggingface.co/terms-of-service"'],
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
    ...input.trends ? ["- config_name: trends", "  data_files:", "  - split: train", `    path: ${q(TRENDS_CSV_PATH)}`] : [],
    "---",
    "",
    `# ${markdownText(label)} models on the Hugging Face Hub: weekly snapshots`,
    "",
    `Every public model of ${which} on the Hub, one row each, with its downloads, likes, size, lineage and licence: **${input.models.toLocaleString("en-US")} models** in the snapshot of **${input.snapshot}**. Made weekly${made} from the Hub's API. Each snapshot is one Parquet file and one immutable tag (\`${input.tag}\` for this one); ${input.snapshots.length} ${input.snapshots.length === 1 ? "snapshot" : "snapshots"} so far, from ${first} to ${input.snapshot}.`,
    ...input.siteUrl ? ["", `Charts and findings of each snapshot: ${input.siteUrl}`] : [],
    ...input.archiveWeeks?.length ? [
      "",
      "## Weeks from the Hub's public archive",
      "",
      `${input.archiveWeeks.length} ${input.archiveWeeks.length === 1 ? "week" : "weeks"} (${input.archiveWeeks[0]} to ${input.archiveWeeks.at(-1)}) came from [${input.archive ?? "hfmlsoc/hub_weekly_snapshots"}](https://huggingface.co/datasets/${input.archive ?? "hfmlsoc/hub_weekly_snapshots"}) (weekly copies of cfahlgren1/hub-stats, by Hugging Face's ML & Society team), not from this tool's own listing; each such folder holds a \`from-archive.txt\`. Their Used Storage, Spaces, Gated, Private, License and Parameters are empty (the archive has none), and so is Downloads All Time before 2025-02-27.`,
      "",
      "That archive is made available under the Open Database License (ODbL-1.0): these weeks are a derived database, and are made available under ODbL-1.0 too (https://opendatacommons.org/licenses/odbl/1-0/), with attribution to it."
    ] : [],
    "",
    "## Configs",
    "",
    `- \`latest\` (default): this tag's snapshot, \`${path}\`.`,
    `- \`history\`: every snapshot in one table (\`${ALL_SNAPSHOTS_GLOB}\`, one split): every file shares one schema, and the \`Snapshot\` column tells the weeks apart. (Weeks published before release 1.2 lack \`Pipeline Tag\`: read them with DuckDB's \`union_by_name\`, or load the weeks since.)`,
    "",
    ...input.trends ? [
      `- \`trends\`: whose 30-day downloads they are, week by week (\`${TRENDS_CSV_PATH}\`, one split): one row per snapshot, dimension and key, for every week of the GitHub repository's \`history.csv\` (archive weeks included), rewritten with each snapshot.`
    ] : [],
    "",
    "## Columns",
    "",
    "| column | type | meaning |",
    "|---|---|---|",
    ...columns,
    "",
    ...input.trends ? [
      "### The `trends` config",
      "",
      "| column | type | meaning |",
      "|---|---|---|",
      ...TRENDS_COLUMN_DOCS.map(([name, type, meaning]) => `| \`${name}\` | ${type} | ${meaning} |`),
      "",
      "Keys are ordered by 30-day downloads, then models (both descending), then the key; `author` and `base` keep their first 20 keys and `library` its first 10, the rest summed as `(other)`. A week whose archive file names no parents has no `base` and no `relation` rows. The 30-day windows of consecutive weeks overlap: a share's change from one week to the next is a change of rolling sums.",
      ""
    ] : [],
    "## Caveats",
    "",
    "- `Downloads` is a rolling 30-day window. The Hub counts a download for every GET or HEAD of a model's query file (every `.gguf` file counts), with no de-duplication of users or CI: quantized and full models are not the same unit.",
    "- Models created before the Hub stored creation dates carry the legacy import's stamp (`2022-03-02T23:29:04Z` or `\u2026:05Z`): a placeholder, not a date.",
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
    ...input.trends ? [`trends = load_dataset(${q(input.repo)}, "trends", split="train")`] : [],
    "```",
    "",
    "```sql",
    `-- DuckDB: one snapshot at its tag, or every snapshot at once`,
    `SELECT * FROM '${hf}@${input.tag}/${path}';`,
    `SELECT "Snapshot", count(*) FROM '${hf}/${ALL_SNAPSHOTS_GLOB}' GROUP BY ALL ORDER BY 1;`,
    ...input.trends ? [`SELECT * FROM '${hf}/${TRENDS_CSV_PATH}' WHERE "Dimension" = 'author';`] : [],
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
    `Cite the snapshot you used by its tag, which never moves: \`${input.repo}\`, tag \`${input.tag}\`, https://huggingface.co/datasets/${input.repo}/tree/${input.tag}.`,
    ""
  ].join("\n");
}

// src/publish/release.ts
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";

// src/publish/release-notes.ts
var fmt = (n) => n.toLocaleString("en-US");
function releaseTitle(task, snapshot) {
  return `${tagSetLabel(task)} models on the Hugging Face Hub, snapshot ${snapshot}`;
}
function releaseNotes(input) {
  const { findings, repositoryUrl, tag, parquetName } = input;
  const t = findings.totals;
  const latest = `${repositoryUrl}/releases/latest/download/${parquetName}`;
  const pinned = `${repositoryUrl}/releases/download/${tag}/${parquetName}`;
  const since = findings.sincePrevious;
  const repository = repositoryUrl.replace(/^https?:\/\/[^/]+\//, "");
  const task = tagSetLabel(input.task);
  const mix = findings.pipelineTags;
  return [
    `Every public **${markdownText(task)}** model on the Hugging Face Hub as of **${findings.snapshot}**: ${fmt(t.models)} models, ${fmt(t.newLast7Days)} created in the last 7 days and ${fmt(t.newLast30Days)} in the last 30; storage known for ${fmt(t.storageKnown)} (${(t.storageCoverage * 100).toFixed(1)}%).`,
    "",
    ...mix ? [`- By pipeline tag: ${tagCountsLine(mix)}`, `- Share of 30-day downloads: ${mix.tags.map((x) => `${markdownText(x.tag)} ${(x.downloadsShare * 100).toFixed(1)}%`).join(", ")}`] : [],
    `- Creation surge six months after ChatGPT: **${findings.creationSurge.verdict}**`,
    `- Smaller models are more popular: **${findings.smallerMorePopular.verdict}**`,
    `- Recent models are downloaded more: **${findings.recentDownloadedMore.verdict}**`,
    `- Popularity classes: ${findings.popularityClasses.classes.map((c) => `${c.name} ${fmt(c.count)}`).join(", ")}`,
    `- Concentration: ${(findings.concentration.last30Days.zeroShare * 100).toFixed(1)}% of models had no download in 30 days; the top 1% took ${(findings.concentration.last30Days.top1PercentShare * 100).toFixed(1)}% of downloads (Gini ${findings.concentration.last30Days.gini.toFixed(3)})`,
    `- Derivatives with children of their own: ${["finetune", "quantized", "adapter"].map((r) => `${r} ${(findings.lineage.structure.fertility[r].share * 100).toFixed(1)}%`).join(", ")}`,
    ...(() => {
      const q2 = findings.sizeOverTime.quarters.filter((x) => x.medianParameters !== null).at(-1);
      return q2 ? [`- New models of ${q2.quarter}: median ${formatParameters(q2.medianParameters)} parameters; the median of what is downloaded ${formatParameters(q2.downloadWeightedMedian)}`] : [];
    })(),
    "",
    "## Since the previous snapshot",
    "",
    ...since ? [`Previous snapshot: ${since.previousSnapshot} (${since.days} days before).`, "", ...sinceLines(since).map((line) => `- ${line}`)] : ["This is the first snapshot."],
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
    ...input.hfDataset ? [
      "## On the Hugging Face Hub",
      "",
      `The same snapshot in [${input.hfDataset.repo}](${input.hfDataset.url}) at the tag \`${tag}\` ([viewer](${input.hfDataset.viewerUrl})):`,
      "",
      "```sql",
      `SELECT * FROM 'hf://datasets/${input.hfDataset.repo}@${tag}/${input.hfDataset.parquetPath}';`,
      "```",
      ""
    ] : [],
    "## Cite it",
    "",
    `${markdownText(task)} models on the Hugging Face Hub, snapshot ${findings.snapshot}. ${repository}, release \`${tag}\`. ${repositoryUrl}/releases/tag/${tag}`,
    "",
    "With the repository's Zenodo integration on, each release is archived with a DOI of its own; cite that DOI.",
    ""
  ].join("\n");
}

// src/publish/release.ts
function snapshotTag(snapshot) {
  return `snapshot-${snapshot}`;
}
function snapshotRelease(from) {
  const tag = snapshotTag(from.findings.snapshot);
  return {
    tag,
    title: releaseTitle(from.task, from.findings.snapshot),
    notes: releaseNotes({
      task: from.task,
      tag,
      findings: from.findings,
      repositoryUrl: from.repositoryUrl,
      parquetName: PARQUET_FILE,
      hfDataset: from.hfDataset && { repo: from.hfDataset.repo, ...datasetUrls(from.hfDataset.endpoint, from.hfDataset.repo, tag), parquetPath: snapshotParquetPath(from.findings.snapshot) }
    }),
    commit: from.commit,
    branch: from.branch,
    assets: [
      { file: parquetPath(from.dataDir), contentType: "application/vnd.apache.parquet" },
      { file: join(from.dataDir, INSIGHTS_JSON), contentType: "application/json" },
      { file: join(from.dataDir, INSIGHTS_MD), contentType: "text/markdown; charset=utf-8" },
      ...chartFiles(from.findings.pipelineTags !== void 0).map((file) => ({ file: join(from.chartsDir, file), contentType: "image/png" }))
    ]
  };
}
async function publishRelease(target, release, log) {
  const github = new GitHubRepo({ repository: target.repository, token: target.token, apiUrl: target.apiUrl, log: log.warn });
  let existing = await github.releaseByTag(release.tag);
  let created = false;
  if (!existing) {
    const commit = release.commit ?? await github.headOf(release.branch);
    existing = await github.createRelease({ tag: release.tag, commit, name: release.title, body: release.notes });
    created = existing !== void 0;
    existing ??= await github.releaseByTag(release.tag);
    if (!existing) throw new PublishError(`GitHub refused to create the release ${release.tag}, and there is none: is the tag used by something else?`);
    if (created) log.info(`created the release ${release.tag} at ${commit.slice(0, 12)}`);
  } else {
    log.info(`the release ${release.tag} exists: its notes and assets stay as they are`);
  }
  const have = new Set(existing.assets.filter((a) => a.state === void 0 || a.state === "uploaded").map((a) => a.name));
  const uploaded = [];
  const kept = [];
  for (const asset of release.assets) {
    const name = basename(asset.file);
    if (have.has(name)) {
      kept.push(name);
      continue;
    }
    await upload(github, existing, name, asset, release);
    uploaded.push(name);
  }
  if (uploaded.length) log.info(`uploaded ${uploaded.length} asset(s) to ${release.tag}: ${uploaded.join(", ")}`);
  return { tag: release.tag, url: existing.html_url, created, uploaded, kept };
}
async function upload(github, release, name, asset, wanted) {
  const bytes = await readFile(asset.file);
  try {
    await github.uploadAsset(release, { name, contentType: asset.contentType, bytes });
  } catch (error) {
    const failure = error;
    throw new PublishError(
      `uploading ${name} (${bytes.byteLength} bytes) to the release ${wanted.tag} failed${failure.status ? ` with HTTP ${failure.status}` : ""} after retries: ${failure.message ?? String(error)}. The data commit stays as it is; run the workflow again to add the missing assets to the release`,
      { cause: error }
    );
  }
}

// src/publish/hf-dataset.ts
var COMMIT_ATTEMPTS = 3;
async function publishSnapshotToHub(target, snapshot, log) {
  const results = await publishSnapshotsToHub(target, [snapshot], log);
  return results[0];
}
async function publishSnapshotsToHub(target, snapshots, log) {
  try {
    return await publish(target, snapshots, log);
  } catch (error) {
    if (error instanceof DatasetTokenRefused) error.repo = target.repo;
    throw error;
  }
}
var SNAPSHOTS_A_COMMIT = 45;
var ARCHIVE_MARKER = "from-archive.txt";
async function publish(target, snapshots, log) {
  const api = new HubWriteApi({ endpoint: target.endpoint, token: target.token, backoffBaseMs: target.backoffBaseMs });
  const results = [];
  const result = (snapshot, commit, changed, created2) => {
    const tag = snapshotTag(snapshot.snapshot);
    return { repo: target.repo, tag, commit, changed, created: created2, ...datasetUrls(target.endpoint, target.repo, tag), requests: api.requests, bytesUploaded: api.bytesUploaded };
  };
  const created = await api.createRepo(target.repo, target.keepsPrivate) === "created";
  if (!created && target.keepsPrivate && !(await api.repoInfo(target.repo)).private) {
    throw new HfDatasetError(`${target.repo} is public on the Hub, and this dataset keeps private models: make the repository private there, or name another one. Nothing was sent.`);
  }
  let refs = await api.refs(target.repo);
  const todo = [];
  const already = [];
  for (const snapshot of snapshots) {
    const tag = snapshotTag(snapshot.snapshot);
    const tagged = refs.tags.get(tag);
    if (tagged === void 0) todo.push(snapshot);
    else {
      already.push(tag);
      results.push(result(snapshot, tagged, false, created));
    }
  }
  if (already.length > 0) {
    const named = already.length <= 3 ? already.join(", ") : `${already.length} snapshots (${already[0]} to ${already.at(-1)})`;
    log.info(`${target.repo} already has ${named}: a snapshot's tag never moves, nothing sent`);
  }
  for (let at = 0; at < todo.length; at += SNAPSHOTS_A_COMMIT) {
    const batch = todo.slice(at, at + SNAPSHOTS_A_COMMIT);
    const weeks = await Promise.all(batch.map(async (snapshot) => {
      const bytes = new Uint8Array(await readFile2(snapshot.parquet));
      return { snapshot, path: snapshotParquetPath(snapshot.snapshot), bytes, oid: sha256(bytes) };
    }));
    const before = refs.head ? await api.tree(target.repo, refs.head) : [];
    const inTree = (pattern) => before.flatMap((f) => pattern.exec(f.path)?.[1] ?? []);
    const all = [.../* @__PURE__ */ new Set([...inTree(/^data\/snapshots\/(\d{4}-\d\d-\d\d)\/[^/]+\.parquet$/), ...batch.map((w) => w.snapshot)])].sort();
    const archived = [.../* @__PURE__ */ new Set([...inTree(new RegExp(`^data/snapshots/(\\d{4}-\\d\\d-\\d\\d)/${ARCHIVE_MARKER.replace(".", "\\.")}$`)), ...batch.filter((w) => w.archive).map((w) => w.snapshot)])].sort();
    const newest = [...batch].sort((a, b) => a.snapshot < b.snapshot ? 1 : -1)[0];
    const latest = all.at(-1);
    const trendsText = newest.trendsCsv ? await readDataFile(newest.trendsCsv, dirname(newest.trendsCsv)) : void 0;
    const trends = trendsText === void 0 ? void 0 : new TextEncoder().encode(trendsText);
    const card = datasetCard({
      repo: target.repo,
      task: newest.task,
      snapshot: latest,
      tag: snapshotTag(latest),
      models: latest === newest.snapshot ? newest.models : newest.latestModels ?? newest.models,
      snapshots: all,
      archiveWeeks: archived,
      archive: batch.find((w) => w.archive)?.archive,
      repositoryUrl: newest.repositoryUrl,
      siteUrl: newest.siteUrl,
      trends: trends !== void 0 || before.some((f) => f.path === TRENDS_CSV_PATH)
    });
    const files = [
      ...weeks.flatMap((w) => [{ path: w.path, bytes: w.bytes }, ...w.snapshot.archive ? [{ path: w.path.replace(/[^/]+$/, ARCHIVE_MARKER), bytes: new TextEncoder().encode(`${w.snapshot.archive}
`) }] : []]),
      ...trends ? [{ path: TRENDS_CSV_PATH, bytes: trends }] : [],
      { path: "README.md", bytes: new TextEncoder().encode(card) }
    ];
    const isLanded = (tree) => weeks.every((w) => landed(tree, w.path, w.oid));
    let commit = isLanded(before) ? refs.head : void 0;
    if (commit) log.info(`${target.repo}: ${weeks.length === 1 ? weeks[0].path : `these ${weeks.length} weeks`} on main already (a run whose commit answer was lost): tagging`);
    else {
      const modes = await api.preupload(target.repo, files);
      const lfs = files.filter((f) => modes.get(f.path) === "lfs");
      const actions = await api.lfsBatch(target.repo, lfs.map((f) => ({ oid: sha256(f.bytes), size: f.bytes.byteLength })));
      for (const file of lfs) {
        const action = actions.get(sha256(file.bytes));
        if (action) await api.upload(action, sha256(file.bytes), file.bytes);
      }
      const summary = batch.length === 1 ? `Snapshot ${newest.snapshot}: ${newest.models} ${tagSetLabel(newest.task)} models` : `${batch.length} weekly snapshots, ${batch[0]?.snapshot} to ${batch.at(-1)?.snapshot}${batch.some((w) => w.archive) ? `, from ${batch.find((w) => w.archive)?.archive}` : ""}`;
      const parts = files.map((f) => ({ ...f, lfs: modes.get(f.path) === "lfs" }));
      for (let attempt = 1; commit === void 0; attempt++) {
        try {
          commit = await api.commit(target.repo, summary, refs.head, parts);
        } catch (error) {
          if (!(error instanceof CommitAnswerLost) || attempt >= COMMIT_ATTEMPTS) throw error;
          refs = await api.refs(target.repo);
          if (refs.head && isLanded(await api.tree(target.repo, refs.head))) {
            log.info(`${target.repo}: the commit's answer was lost (${error.message}), but it landed: ${refs.head.slice(0, 12)}`);
            commit = refs.head;
          } else log.info(`${target.repo}: the commit's answer was lost (${error.message}) and main does not hold it: committing again (attempt ${attempt + 1})`);
        }
      }
    }
    for (const w of weeks) {
      const tag = snapshotTag(w.snapshot.snapshot);
      await api.tag(target.repo, commit, tag, `Snapshot ${w.snapshot.snapshot} of the ${tagSetLabel(w.snapshot.task)} models${w.snapshot.archive ? ` (from ${w.snapshot.archive})` : ""}`);
      results.push(result(w.snapshot, commit, true, created));
    }
    refs = { ...refs, head: commit };
    const { url } = datasetUrls(target.endpoint, target.repo);
    log.info(`published ${batch.length === 1 ? snapshotTag(newest.snapshot) : `${batch.length} weeks with a tag each`} to ${target.repo} (${commit.slice(0, 12)}; ${(api.bytesUploaded / 1e6).toFixed(1)} MB uploaded in ${api.requests} requests): ${url}`);
  }
  return results.sort((a, b) => a.tag < b.tag ? -1 : 1);
}
function landed(tree, path, oid) {
  return tree.some((f) => f.path === path && f.lfs?.oid === oid);
}

export {
  datasetUrls,
  snapshotRelease,
  publishRelease,
  publishSnapshotToHub,
  publishSnapshotsToHub,
  SNAPSHOTS_A_COMMIT,
  ARCHIVE_MARKER
};
