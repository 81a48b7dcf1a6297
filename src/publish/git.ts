import { createHash } from "node:crypto";

/** Git's object id of a blob: SHA-1 of "blob <size>\0" and the bytes, as `git hash-object` computes it. */
export function gitBlobSha(content: Uint8Array): string {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}

/** The Git Data API refuses blobs over this size. */
export const MAX_BLOB_BYTES = 40 * 1024 * 1024;
