import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./cli.ts";

/** The fenced code blocks of README.md in a language, in order, with the line each starts on. */
export function readmeBlocks(language: string): Array<{ line: number; text: string }> {
  const lines = readFileSync(join(ROOT, "README.md"), "utf8").split("\n");
  const blocks: Array<{ line: number; text: string }> = [];
  const opening = new RegExp(`^\`\`\`${language}\\s*$`);
  for (let i = 0; i < lines.length; i++) {
    if (!opening.test(lines[i] as string)) continue;
    const start = i + 1;
    while (++i < lines.length && !/^```\s*$/.test(lines[i] as string));
    blocks.push({ line: start + 1, text: lines.slice(start, i).join("\n") });
  }
  return blocks;
}

/** Where the README's raw-URL loaders read from; a test points them at a local checkout instead. */
export const RAW_BASE = "https://raw.githubusercontent.com/OWNER/REPO/main/";
