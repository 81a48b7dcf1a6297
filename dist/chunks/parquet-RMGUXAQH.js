import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PARQUET_ROW_GROUP,
  SNAPSHOT_COLUMN,
  readParquetPrevious,
  writeParquet,
  writeParquetFile
} from "./chunk-UZYFUVQX.js";
import "./chunk-R5MTLCP2.js";
import "./chunk-TMVGAWI3.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-AY7CEEFQ.js";
import "./chunk-LEP5OP7O.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  PARQUET_ROW_GROUP,
  SNAPSHOT_COLUMN,
  readParquetPrevious,
  writeParquet,
  writeParquetFile
};
