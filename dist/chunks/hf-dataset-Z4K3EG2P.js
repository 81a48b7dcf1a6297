import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ARCHIVE_MARKER,
  SNAPSHOTS_A_COMMIT,
  publishSnapshotToHub,
  publishSnapshotsToHub
} from "./chunk-5EDX3ILZ.js";
import "./chunk-KGJWVMCX.js";
import "./chunk-XAW7EK26.js";
import "./chunk-W2R6XKFC.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-INJNKERU.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-22TIUVHP.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-GHA2Y336.js";
import "./chunk-2SSIAEAY.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  ARCHIVE_MARKER,
  SNAPSHOTS_A_COMMIT,
  publishSnapshotToHub,
  publishSnapshotsToHub
};
