import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./cli.ts";

/** The pages a user reads: README.md and every page of docs/. */
export const DOC_FILES: readonly string[] = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];

/** A fenced code block of a page: where it is (`docs/dataset.md:42`, its first line) and its text. */
export interface DocBlock {
  file: string;
  line: number;
  where: string;
  text: string;
}

/** The fenced code blocks in a language of the pages named (by default all of them), in order. */
export function docBlocks(language: string, files: readonly string[] = DOC_FILES): DocBlock[] {
  const blocks: DocBlock[] = [];
  const opening = new RegExp(`^\`\`\`${language}\\s*$`);
  for (const file of files) {
    const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (!opening.test(lines[i] as string)) continue;
      const start = i + 1;
      while (++i < lines.length && !/^```\s*$/.test(lines[i] as string));
      blocks.push({ file, line: start + 1, where: `${file}:${start + 1}`, text: lines.slice(start, i).join("\n") });
    }
  }
  return blocks;
}

/** Where the dataset page's raw-URL loaders read from; a test points them at a local checkout instead. */
export const RAW_BASE = "https://raw.githubusercontent.com/OWNER/REPO/main/";

/** Where docs/cli.md's options table, written by scripts/cli-docs.ts from src/cli-options.ts, begins and ends. */
export const CLI_TABLE_START = "<!-- options: written by `node scripts/cli-docs.ts` from src/cli-options.ts -->";
export const CLI_TABLE_END = "<!-- end of options -->";
