import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DATASET_STEM
} from "./chunk-AY7CEEFQ.js";

// src/dataset/parquet-file.ts
import { join } from "node:path";
var PARQUET_FILE = `${DATASET_STEM}.parquet`;
function parquetPath(dataDir) {
  return join(dataDir, PARQUET_FILE);
}

export {
  PARQUET_FILE,
  parquetPath
};
