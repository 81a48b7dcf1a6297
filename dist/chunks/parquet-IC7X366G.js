import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PARQUET_ROW_GROUP,
  SNAPSHOT_COLUMN,
  readParquetPrevious,
  writeParquet,
  writeParquetFile
} from "./chunk-E6JFWAEF.js";
import "./chunk-FL5KFC6A.js";
import "./chunk-L55GSSF3.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-MYU5Z7LX.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  PARQUET_ROW_GROUP,
  SNAPSHOT_COLUMN,
  readParquetPrevious,
  writeParquet,
  writeParquetFile
};
