#!/usr/bin/env node
/** `hf-trends` (dist/cli.js): the CLI, in a process set up for it (see launch.ts). */
import { launch } from "../launch.ts";

await launch(import.meta.url, () => import("../cli.ts"));
