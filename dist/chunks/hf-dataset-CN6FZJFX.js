import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ARCHIVE_MARKER,
  SNAPSHOTS_A_COMMIT,
  publishSnapshotToHub,
  publishSnapshotsToHub
} from "./chunk-IPDEEAYS.js";
import "./chunk-EFZVV26J.js";
import "./chunk-HBLMW33M.js";
import "./chunk-ODESETZI.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-INJNKERU.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-CKS3OQCL.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-ZRBCR7ZX.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  ARCHIVE_MARKER,
  SNAPSHOTS_A_COMMIT,
  publishSnapshotToHub,
  publishSnapshotsToHub
};
