import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ARCHIVE_MARKER,
  SNAPSHOTS_A_COMMIT,
  publishSnapshotToHub,
  publishSnapshotsToHub
} from "./chunk-U4PQ7GKJ.js";
import "./chunk-VQS726CS.js";
import "./chunk-QOC25UTC.js";
import "./chunk-FSHDJT3V.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-INJNKERU.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-WJ2VDHP6.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-GRHMLKUN.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  ARCHIVE_MARKER,
  SNAPSHOTS_A_COMMIT,
  publishSnapshotToHub,
  publishSnapshotsToHub
};
