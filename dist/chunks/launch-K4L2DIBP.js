import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-HANBNIMK.js";

// src/launch.ts
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
var MMAP_THRESHOLD = "131072";
var MMAP_THRESHOLD_VARIABLE = "MALLOC_MMAP_THRESHOLD_";
var FORWARDED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function allocatorReady(env = process.env, platform = process.platform) {
  return platform !== "linux" || env[MMAP_THRESHOLD_VARIABLE] !== void 0;
}
async function launch(entryUrl, run) {
  if (allocatorReady()) {
    await run();
    return;
  }
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(entryUrl), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, [MMAP_THRESHOLD_VARIABLE]: MMAP_THRESHOLD }
  });
  const forward = (signal) => child.kill(signal);
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  const ended = await new Promise((resolve) => {
    child.once("error", resolve);
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
  if (ended instanceof Error) {
    await run();
    return;
  }
  if (ended.signal) process.kill(process.pid, ended.signal);
  else process.exitCode = ended.code ?? 1;
}
export {
  MMAP_THRESHOLD,
  MMAP_THRESHOLD_VARIABLE,
  allocatorReady,
  launch
};
