import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PROJECTED_MB_PER_SECOND,
  backfill,
  backfillWeeks,
  weekParquetPath,
  weeksToRead,
  writeFirstDataset
} from "./chunk-6CR23RO5.js";
import "./chunk-J6X45R2Y.js";
import "./chunk-4KWOUW2J.js";
import "./chunk-L5QCKQID.js";
import "./chunk-SGT3IHLK.js";
import "./chunk-UZYFUVQX.js";
import "./chunk-R5MTLCP2.js";
import "./chunk-TMVGAWI3.js";
import "./chunk-SW2NGKBI.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-OSAWH76Q.js";
import "./chunk-INJNKERU.js";
import "./chunk-QCAYDPGW.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-W7Y2WGML.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-AY7CEEFQ.js";
import "./chunk-LEP5OP7O.js";
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
