/**
 * The CLI's commands and options, written once: `hf-trends --help`, the argument parser, the
 * warning for an option a command does not use, and the table in docs/cli.md (a test compares
 * it) all come from here.
 */
import { DEFAULT_MAX_SNAPSHOT_AGE_DAYS } from "./analysis/weekly.ts";
import { DEFAULT_ARCHIVE } from "./hub/archive-repo.ts";

export const COMMANDS = {
  refresh: "list every model, learn storage within budget, write the dataset, charts and findings",
  auto: "the weekly refresh when the latest snapshot is 7 days old or more (or there is none), else enrich: one daily schedule for both",
  harvest: "list every model and write the CSV dataset only (no Parquet, charts or findings)",
  enrich: "learn storage for the existing dataset's backlog (no listing), then re-render; a stale snapshot (a missed week) is refreshed instead",
  charts: "render charts and findings from an existing dataset, offline",
  publish: "publish the dataset's snapshot to a Hugging Face dataset repository (--hf-dataset)",
  history: "rebuild data/history.csv from the dataset's past commits (--from-git; the git CLI)",
  backfill: "history from day one: every week of the Hub's public weekly archive as a history row",
} as const;

export type Command = keyof typeof COMMANDS;

export interface CliOption {
  /** The flag without its dashes. */
  name: string;
  /** The value's placeholder (`<dir>`); none for a switch. */
  value?: string;
  /** What happens without it, as the user reads it. */
  default: string;
  /** The commands that read it. */
  commands: readonly Command[];
  /** One line, for --help and docs/cli.md. */
  help: string;
  short?: string;
}

const LISTING: readonly Command[] = ["refresh", "auto", "harvest", "enrich"];
const RENDERING: readonly Command[] = ["refresh", "auto", "enrich", "charts", "backfill"];
const COMMITTING: readonly Command[] = ["refresh", "auto", "enrich", "backfill"];
const PUBLISHING: readonly Command[] = ["refresh", "auto", "enrich", "publish", "backfill"];

/** The default folder of a backfill's week files: a cache outside the working tree, so that no `git add -A` takes gigabytes. */
export const WEEKS_DIR_DEFAULT = "$XDG_CACHE_HOME/hf-trends/archive-weeks (else ~/.cache/…)";

export const CLI_OPTIONS = [
  { name: "task", value: "<tags>", default: "text-generation", commands: [...LISTING, "publish", "backfill"], help: "pipeline tags to track, comma-separated, one catalogue; llm = text-generation,image-text-to-text,any-to-any, where 2025-26 LLMs live" },
  { name: "endpoint", value: "<url>", default: "$HF_ENDPOINT, else https://huggingface.co", commands: [...LISTING, "publish", "backfill"], help: "Hub base URL (a mirror works)" },
  { name: "token", value: "<token>", default: "$HF_TOKEN", commands: [...LISTING, "publish", "backfill"], help: "Hub token, sent as a Bearer token to the Hub's origin only, never printed" },
  { name: "data-dir", value: "<dir>", default: "data", commands: Object.keys(COMMANDS) as Command[], help: "dataset and findings folder" },
  { name: "charts-dir", value: "<dir>", default: "charts", commands: RENDERING, help: "charts folder" },
  { name: "site-dir", value: "<dir>", default: "none", commands: RENDERING, help: "also write the interactive site there (not committed)" },
  { name: "site-url", value: "<url>", default: "none", commands: [...RENDERING, "publish"], help: "the site's address, for its canonical link, share cards and feed" },
  { name: "max-models", value: "<n>", default: "all", commands: LISTING, help: "stop after n models: a quick partial run that never overwrites a full dataset" },
  { name: "enrich-budget", value: "<n>", default: "6000", commands: LISTING, help: "most single-model storage requests per run; 0 = none" },
  { name: "enrich-minutes", value: "<m>", default: "30", commands: LISTING, help: "most minutes for the storage phase" },
  { name: "allow-shrink", default: "off", commands: LISTING, help: "accept a listing with fewer than 90% of the previous dataset's models, or dropping a tracked tag" },
  { name: "max-snapshot-age", value: "<days>", default: String(DEFAULT_MAX_SNAPSHOT_AGE_DAYS), commands: RENDERING, help: "enrich refreshes instead when the latest snapshot is older than this; the site and summary show such an age" },
  { name: "from-git", default: "off", commands: ["history"], help: "read every past commit of the dataset (needs the whole git history)" },
  { name: "include-private", default: "off", commands: [...LISTING, "publish", "backfill"], help: "keep the private models a token can see; refused with --commit or --hf-dataset to a public repository" },
  { name: "commit", default: "off", commands: COMMITTING, help: "commit what changed to GitHub as one commit (needs --repo and $GITHUB_TOKEN)" },
  { name: "repo", value: "<owner/name>", default: "none", commands: [...COMMITTING, "charts", "publish"], help: "the GitHub repository: where --commit goes, and the links of the site and the dataset card" },
  { name: "branch", value: "<name>", default: "the repository's default branch", commands: COMMITTING, help: "branch to commit to" },
  { name: "hf-dataset", value: "<owner/name>", default: "none", commands: PUBLISHING, help: "also publish the snapshot to this Hugging Face dataset repository (one commit and one tag a snapshot)" },
  { name: "hf-dataset-token", value: "<token>", default: "$HF_DATASET_TOKEN, else the Hub token", commands: PUBLISHING, help: "a token with write access to --hf-dataset" },
  { name: "archive", value: "<owner/name>", default: DEFAULT_ARCHIVE, commands: ["backfill"], help: "the Hub's weekly archive dataset (ODbL-1.0)" },
  { name: "since", value: "<YYYY-MM-DD>", default: "the archive's first week", commands: ["backfill"], help: "the first archive week to read" },
  { name: "until", value: "<YYYY-MM-DD>", default: "the week before the first in history.csv", commands: ["backfill"], help: "the last archive week to read" },
  { name: "weeks-dir", value: "<dir>", default: WEEKS_DIR_DEFAULT, commands: ["backfill"], help: "where each week's Parquet goes (large; never committed)" },
  { name: "help", short: "h", default: "", commands: [], help: "this text" },
  { name: "version", short: "v", default: "", commands: [], help: "the version" },
] as const satisfies readonly CliOption[];

/** The parsed options: a string for an option with a value, a boolean for a switch. */
export type OptionValues = {
  [O in (typeof CLI_OPTIONS)[number] as O["name"]]?: O extends { value: string } ? string : boolean;
};

/** The argument parser's options (node:util parseArgs). */
export function parseArgsOptions(): Record<string, { type: "string" | "boolean"; short?: string }> {
  return Object.fromEntries((CLI_OPTIONS as readonly CliOption[]).map((o) => [o.name, { type: o.value ? "string" : "boolean", ...(o.short ? { short: o.short } : {}) }]));
}

/** The options given that `command` does not read (each is warned about, not refused). */
export function unusedOptions(command: Command, given: readonly string[]): CliOption[] {
  return (CLI_OPTIONS as readonly CliOption[]).filter((o) => given.includes(o.name) && o.commands.length > 0 && !o.commands.includes(command));
}

/** Which commands, as the help and the docs say it: "all", or "refresh, auto, …". */
export function commandsOf(option: CliOption): string {
  return option.commands.length === Object.keys(COMMANDS).length ? "all" : option.commands.join(", ");
}

/** `hf-trends --help`. */
export function helpText(version: string): string {
  const wrap = (text: string, indent: number, width = 100): string[] => {
    const lines: string[] = [];
    let line = "";
    for (const word of text.split(" ")) {
      if (line && indent + line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
  };
  const commands = Object.entries(COMMANDS).flatMap(([name, text]) => wrap(text, 13).map((line, i) => `  ${i === 0 ? name.padEnd(11) : " ".repeat(11)}${line}`));
  const options = (CLI_OPTIONS as readonly CliOption[]).filter((o) => o.commands.length > 0).flatMap((o) => {
    const flag = `--${o.name}${o.value ? ` ${o.value}` : ""}`;
    const text = `${o.help}${o.default && o.default !== "off" && o.default !== "none" ? ` (default: ${o.default})` : ""}. Commands: ${commandsOf(o)}`;
    const body = wrap(text, 26);
    return flag.length <= 22 ? body.map((line, i) => `  ${i === 0 ? flag.padEnd(24) : " ".repeat(24)}${line}`) : [`  ${flag}`, ...body.map((line) => `${" ".repeat(26)}${line}`)];
  });
  return [
    `hf-trends ${version}: track the text-generation models of the Hugging Face Hub`,
    "",
    "Usage: hf-trends <command> [options]",
    "",
    "Commands:",
    ...commands,
    "",
    "Options:",
    ...options,
    "  --help, --version",
    "",
    "Exit status: 0 on success; 1 with a one-line reason on failure; 2 for bad usage.",
  ].join("\n");
}

/** The commands and options tables of docs/cli.md. */
export function optionsMarkdown(): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return [
    "| command | what it does |",
    "|---|---|",
    ...Object.entries(COMMANDS).map(([name, text]) => `| \`hf-trends ${name}\` | ${cell(text)} |`),
    "",
    "| option | commands | default | meaning |",
    "|---|---|---|---|",
    ...(CLI_OPTIONS as readonly CliOption[]).filter((o) => o.commands.length > 0).map(
      (o) => `| \`--${o.name}${o.value ? ` ${o.value}` : ""}\` | ${cell(commandsOf(o))} | ${cell(o.default === "" ? "" : `\`${o.default}\``)} | ${cell(o.help)} |`,
    ),
  ].join("\n");
}
