import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PARQUET_ROW_GROUP,
  SNAPSHOT_COLUMN,
  readParquetPrevious,
  writeParquet,
  writeParquetFile
} from "./chunk-ITHDLE4P.js";
import "./chunk-H32G6MXH.js";
import "./chunk-W2R6XKFC.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-GHA2Y336.js";
import "./chunk-2SSIAEAY.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  PARQUET_ROW_GROUP,
  SNAPSHOT_COLUMN,
  readParquetPrevious,
  writeParquet,
  writeParquetFile
};
