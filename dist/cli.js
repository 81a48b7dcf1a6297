#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  launch
} from "./chunks/chunk-QCRFG4G5.js";
import "./chunks/chunk-HANBNIMK.js";

// src/entry/cli.ts
await launch(import.meta.url, () => import("./chunks/cli-OTD43P6B.js"));
