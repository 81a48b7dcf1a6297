import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ARCHIVE_MARKER,
  SNAPSHOTS_A_COMMIT,
  publishSnapshotToHub,
  publishSnapshotsToHub
} from "./chunk-DXXJATQY.js";
import "./chunk-TS3Z5KQ2.js";
import "./chunk-ZJ3KLX67.js";
import "./chunk-L55GSSF3.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-INJNKERU.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-HVCWGXML.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-MYU5Z7LX.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  ARCHIVE_MARKER,
  SNAPSHOTS_A_COMMIT,
  publishSnapshotToHub,
  publishSnapshotsToHub
};
