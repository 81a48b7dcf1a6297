import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PROJECTED_MB_PER_SECOND,
  backfill,
  backfillWeeks,
  weekParquetPath,
  weeksToRead,
  writeFirstDataset
} from "./chunk-ANFBOMBH.js";
import "./chunk-IPDEEAYS.js";
import "./chunk-EFZVV26J.js";
import "./chunk-7EQJKZSJ.js";
import "./chunk-HBLMW33M.js";
import "./chunk-AQ7TWUJI.js";
import "./chunk-3VVHWATK.js";
import "./chunk-ODESETZI.js";
import "./chunk-S3BDZRKX.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-72RL2NVS.js";
import "./chunk-INJNKERU.js";
import "./chunk-DX55IWLF.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-CKS3OQCL.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-ZRBCR7ZX.js";
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
