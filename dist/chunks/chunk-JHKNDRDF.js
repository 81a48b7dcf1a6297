import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/memory.ts
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var collect;
function configureMemory() {
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--heap-growing-percent=25");
  setFlagsFromString("--expose-gc");
  collect = runInNewContext("gc");
  setFlagsFromString("--no-expose-gc");
}
async function withGrowingYoungGeneration(work) {
  if (!collect) return work();
  setFlagsFromString("--semi-space-growth-factor=2");
  try {
    return await work();
  } finally {
    setFlagsFromString("--semi-space-growth-factor=1");
  }
}
function releaseMemory() {
  collect?.({ type: "major", execution: "sync" });
}

export {
  configureMemory,
  withGrowingYoungGeneration,
  releaseMemory
};
