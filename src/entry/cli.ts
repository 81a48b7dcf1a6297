#!/usr/bin/env node
/** `hf-trends` (dist/cli.js): the CLI, in a process set up for it (see launch.ts). */
import { refuseOldNode } from "./node-version.ts";

refuseOldNode("hf-trends");
// Loaded only once the Node version is known to be good.
const { launch } = await import("../launch.ts");
await launch(import.meta.url, () => import("../cli.ts"));
