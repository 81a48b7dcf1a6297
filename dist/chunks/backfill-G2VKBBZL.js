import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PROJECTED_MB_PER_SECOND,
  backfill,
  backfillWeeks,
  weekParquetPath,
  weeksToRead,
  writeFirstDataset
} from "./chunk-4PN5NFSJ.js";
import "./chunk-5EDX3ILZ.js";
import "./chunk-KGJWVMCX.js";
import "./chunk-RMQA64ED.js";
import "./chunk-XAW7EK26.js";
import "./chunk-ITHDLE4P.js";
import "./chunk-H32G6MXH.js";
import "./chunk-W2R6XKFC.js";
import "./chunk-CFR4JBBP.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-RYUX4JCO.js";
import "./chunk-INJNKERU.js";
import "./chunk-45VJK4ZM.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-22TIUVHP.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-GHA2Y336.js";
import "./chunk-2SSIAEAY.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  PROJECTED_MB_PER_SECOND,
  backfill,
  backfillWeeks,
  weekParquetPath,
  weeksToRead,
  writeFirstDataset
};
