// Runs before anything that needs Node 24 (npm start, demo, bench, test): on an older Node, one
// line that says what was found, what is needed and where to get it, instead of a stack trace
// about ".ts" files. Plain JavaScript that any Node can parse; the version needed is package.json's.
import { readFileSync } from "node:fs";

const wanted = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).engines.node;
const needed = Number(/\d+/.exec(wanted)[0]);
const found = process.versions.node;
if (Number(found.split(".")[0]) < needed) {
  console.error(`hf-model-trends needs Node.js ${needed} or newer (package.json engines: "${wanted}"); this is Node.js ${found}. Install Node.js ${needed} from https://nodejs.org/en/download (or: nvm install ${needed}), then run the command again.`);
  process.exit(1);
}
