import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PARQUET_ROW_GROUP,
  SNAPSHOT_COLUMN,
  readParquetPrevious,
  writeParquet,
  writeParquetFile
} from "./chunk-AQ7TWUJI.js";
import "./chunk-3VVHWATK.js";
import "./chunk-ODESETZI.js";
import "./chunk-JHKNDRDF.js";
import "./chunk-ZRBCR7ZX.js";
import "./chunk-3SYKNIM3.js";
import "./chunk-HANBNIMK.js";
export {
  PARQUET_ROW_GROUP,
  SNAPSHOT_COLUMN,
  readParquetPrevious,
  writeParquet,
  writeParquetFile
};
