import { RELATIONS, type Gated, type ModelRecord, type Relation } from "../dataset/record.ts";
import { isHubId } from "../hub-id.ts";

export { isHubId } from "../hub-id.ts";

/** The fields the dataset needs from the list endpoint (`usedStorage` is only on the single-model call). */
export const LIST_EXPAND = [
  "author",
  "createdAt",
  "lastModified",
  "downloads",
  "downloadsAllTime",
  "likes",
  "private",
  "gated",
  "library_name",
  "spaces",
  "safetensors",
  "tags",
] as const;

export type ItemResult =
  | { ok: true; key: string; record: ModelRecord }
  /** `invalidId`: the item's id is not one the Hub issues (see isHubId); otherwise a field is malformed. */
  | { ok: false; id: string; problem: string; invalidId: boolean };

class Malformed extends Error {}

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Absent and `null` mean the same on the Hub. */
function present(item: Obj, key: string): unknown {
  const value = item[key];
  return value === null ? undefined : value;
}

function requiredString(item: Obj, key: string): string {
  const value = present(item, key);
  if (typeof value !== "string" || value === "") throw new Malformed(`${key} must be a non-empty string, got ${show(value)}`);
  return value;
}

function count(item: Obj, key: string, fallback: number | null): number | null {
  const value = present(item, key);
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new Malformed(`${key} must be a non-negative integer, got ${show(value)}`);
  }
  return value;
}

function date(item: Obj, key: string): number | null {
  const value = present(item, key);
  if (value === undefined) return null;
  const ms = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new Malformed(`${key} must be an ISO-8601 date, got ${show(value)}`);
  return ms;
}

function bool(item: Obj, key: string): boolean {
  const value = present(item, key);
  if (value === undefined) return false;
  if (typeof value !== "boolean") throw new Malformed(`${key} must be a boolean, got ${show(value)}`);
  return value;
}

function gated(item: Obj): Gated {
  const value = present(item, "gated");
  if (value === undefined || value === false) return "false";
  if (value === "auto" || value === "manual") return value;
  throw new Malformed(`gated must be false, "auto" or "manual", got ${show(value)}`);
}

function spaces(item: Obj): number {
  const value = present(item, "spaces");
  if (value === undefined) return 0;
  if (!Array.isArray(value)) throw new Malformed(`spaces must be an array, got ${show(value)}`);
  return value.length;
}

function parameters(item: Obj): number | null {
  const value = present(item, "safetensors");
  if (value === undefined) return null;
  if (!isObject(value)) throw new Malformed(`safetensors must be an object, got ${show(value)}`);
  return count(value, "total", null);
}

function library(item: Obj): string {
  const value = present(item, "library_name");
  if (value === undefined) return "";
  if (typeof value !== "string") throw new Malformed(`library_name must be a string, got ${show(value)}`);
  return value;
}

export interface Lineage {
  baseModel: string;
  relation: Relation;
  license: string;
}

const NO_LINEAGE: Lineage = { baseModel: "", relation: "", license: "" };

/**
 * Lineage and licence from the tags (raw tags are not kept). For each parent P the Hub writes
 * `base_model:P` and `base_model:{relation}:P`; older cards only the first.
 */
export function lineageOfTags(tags: readonly string[]): Lineage {
  let parents: string[] | undefined;
  let relation: Relation = "";
  let license = "";
  for (const tag of tags) {
    if (tag.startsWith("base_model:")) {
      let parent = tag.slice(11);
      const colon = parent.indexOf(":");
      if (colon > 0) {
        const kind = parent.slice(0, colon);
        if ((RELATIONS as readonly string[]).includes(kind)) {
          if (relation === "") relation = kind as Relation;
          parent = parent.slice(colon + 1);
        }
      }
      if (parent === "") continue;
      parents ??= [];
      if (!parents.includes(parent)) parents.push(parent);
    } else if (license === "" && tag.startsWith("license:")) {
      license = tag.slice(8);
    }
  }
  if (!parents && relation === "" && license === "") return NO_LINEAGE;
  return { baseModel: parents ? parents.join(";") : "", relation, license };
}

function tags(item: Obj): Lineage {
  const value = present(item, "tags");
  if (value === undefined) return NO_LINEAGE;
  if (!Array.isArray(value) || value.some((t) => typeof t !== "string")) throw new Malformed(`tags must be an array of strings, got ${show(value)}`);
  return lineageOfTags(value as string[]);
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * Checks one item of a list (or single-model) answer. Unknown fields are ignored;
 * a malformed field makes the whole item malformed, reported with its id. `pipelineTag`: the
 * tag of the listing that brought it (the list asks for one tag a request).
 */
export function parseModelItem(raw: unknown, pipelineTag = ""): ItemResult {
  if (!isObject(raw)) return { ok: false, id: "?", problem: `item is not an object: ${show(raw)}`, invalidId: false };
  const id = typeof raw.id === "string" ? raw.id : "?";
  try {
    const key = requiredString(raw, "_id");
    requiredString(raw, "id");
    if (!isHubId(id)) return { ok: false, id, problem: "not an id the Hub issues", invalidId: true };
    const createdAt = date(raw, "createdAt");
    if (createdAt === null) throw new Malformed("createdAt is missing");
    const authorValue = present(raw, "author");
    if (authorValue !== undefined && typeof authorValue !== "string") {
      throw new Malformed(`author must be a string, got ${show(authorValue)}`);
    }
    const slash = id.indexOf("/");
    const author = authorValue ?? (slash > 0 ? id.slice(0, slash) : "");
    const record: ModelRecord = {
      id,
      author,
      likes: count(raw, "likes", 0) as number,
      downloads: count(raw, "downloads", 0) as number,
      createdAt,
      private: bool(raw, "private"),
      gated: gated(raw),
      library: library(raw),
      usedStorage: count(raw, "usedStorage", null),
      spaces: spaces(raw),
      lastModified: date(raw, "lastModified"),
      downloadsAllTime: count(raw, "downloadsAllTime", null),
      parameters: parameters(raw),
      ...tags(raw),
      downloadsAllTimePrevious: null,
      pipelineTag,
    };
    return { ok: true, key, record };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, id, problem: error.message, invalidId: false };
    throw error;
  }
}
