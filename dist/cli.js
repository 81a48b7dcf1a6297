#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  refuseOldNode
} from "./chunks/chunk-GSC4MYL4.js";
import "./chunks/chunk-HANBNIMK.js";

// src/entry/cli.ts
refuseOldNode("hf-trends");
var { launch } = await import("./chunks/launch-K4L2DIBP.js");
await launch(import.meta.url, () => import("./chunks/cli-TG6KYEAR.js"));
