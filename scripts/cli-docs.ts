// Writes the options table of docs/cli.md from src/cli-options.ts, the one place the CLI's options
// are written (test/docs.test.ts fails when the page and the table differ).
// Usage: node scripts/cli-docs.ts
import { readFileSync, writeFileSync } from "node:fs";
import { optionsMarkdown } from "../src/cli-options.ts";
import { CLI_TABLE_END, CLI_TABLE_START } from "../test/support/readme.ts";

const file = new URL("../docs/cli.md", import.meta.url);
const page = readFileSync(file, "utf8");
const start = page.indexOf(CLI_TABLE_START);
const end = page.indexOf(CLI_TABLE_END);
if (start < 0 || end < start) throw new Error(`docs/cli.md has no ${CLI_TABLE_START} … ${CLI_TABLE_END} markers`);
writeFileSync(file, `${page.slice(0, start + CLI_TABLE_START.length)}\n${optionsMarkdown()}\n${page.slice(end)}`);
