import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PROJECTED_MB_PER_SECOND,
  backfill,
  backfillWeeks,
  weekParquetPath,
  weeksToRead,
  writeFirstDataset
} from "./chunk-5KX6VWG2.js";
import "./chunk-DXXJATQY.js";
import "./chunk-TS3Z5KQ2.js";
import "./chunk-HNVCDZQV.js";
import "./chunk-ZJ3KLX67.js";
import "./chunk-E6JFWAEF.js";
import "./chunk-FL5KFC6A.js";
import "./chunk-L55GSSF3.js";
import "./chunk-S4KV5SCW.js";
import "./chunk-X3TTGNAP.js";
import "./chunk-SCACVF4F.js";
import "./chunk-INJNKERU.js";
import "./chunk-YNFPNNSV.js";
import "./chunk-4CBWZWGY.js";
import "./chunk-HVCWGXML.js";
import "./chunk-H5AMLHLL.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-MYU5Z7LX.js";
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
