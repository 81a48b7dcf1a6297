import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PARQUET_ROW_GROUP,
  SNAPSHOT_COLUMN,
  readParquetPrevious,
  writeParquet,
  writeParquetFile
} from "./chunk-LO3XG4EF.js";
import "./chunk-XZMXLCUY.js";
import "./chunk-FSHDJT3V.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-GRHMLKUN.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  PARQUET_ROW_GROUP,
  SNAPSHOT_COLUMN,
  readParquetPrevious,
  writeParquet,
  writeParquetFile
};
