import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/entry/node-version.ts
var NODE_MAJOR_NEEDED = 24;
function oldNodeLine(program, found = process.versions.node) {
  if (Number(found.split(".")[0]) >= NODE_MAJOR_NEEDED) return void 0;
  return `${program} needs Node.js ${NODE_MAJOR_NEEDED} or newer; this is Node.js ${found}. Install Node.js ${NODE_MAJOR_NEEDED} from https://nodejs.org/en/download (or: nvm install ${NODE_MAJOR_NEEDED}), then run the command again.`;
}
function refuseOldNode(program) {
  const line = oldNodeLine(program);
  if (line === void 0) return;
  process.stderr.write(`${line}
`);
  process.exit(1);
}

export {
  refuseOldNode
};
