/**
 * Where the snapshot's Parquet lies: its name and path only, so that the commands that only name
 * it (the commit, the release, the site, the Hugging Face upload) do not load the Parquet writer.
 */
import { join } from "node:path";
import { DATASET_STEM } from "./store.ts";

export const PARQUET_FILE = `${DATASET_STEM}.parquet`;

export function parquetPath(dataDir: string): string {
  return join(dataDir, PARQUET_FILE);
}
