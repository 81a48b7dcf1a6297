import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ARCHIVE_MARKER,
  SNAPSHOTS_A_COMMIT,
  publishSnapshotToHub,
  publishSnapshotsToHub
} from "./chunk-J6X45R2Y.js";
import "./chunk-4KWOUW2J.js";
import "./chunk-SGT3IHLK.js";
import "./chunk-TMVGAWI3.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-INJNKERU.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-W7Y2WGML.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-AY7CEEFQ.js";
import "./chunk-LEP5OP7O.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  ARCHIVE_MARKER,
  SNAPSHOTS_A_COMMIT,
  publishSnapshotToHub,
  publishSnapshotsToHub
};
