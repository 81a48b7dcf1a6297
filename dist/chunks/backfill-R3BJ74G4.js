import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PROJECTED_MB_PER_SECOND,
  backfill,
  backfillWeeks,
  weekParquetPath,
  weeksToRead,
  writeFirstDataset
} from "./chunk-LBY44WIU.js";
import "./chunk-U4PQ7GKJ.js";
import "./chunk-VQS726CS.js";
import "./chunk-4VMDAT3V.js";
import "./chunk-QOC25UTC.js";
import "./chunk-LO3XG4EF.js";
import "./chunk-XZMXLCUY.js";
import "./chunk-FSHDJT3V.js";
import "./chunk-JOLKKDYC.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-GII23YNS.js";
import "./chunk-INJNKERU.js";
import "./chunk-TYINA3X2.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-WJ2VDHP6.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-GRHMLKUN.js";
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
