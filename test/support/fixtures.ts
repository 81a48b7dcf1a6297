import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Logger } from "../../src/log.ts";
import type { HubModel } from "./catalogue.ts";

export async function tempDir(prefix = "hf-trends-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A logger that keeps everything it is given, for assertions. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => void lines.push(message),
    warn: (message) => void lines.push(`warning: ${message}`),
    group: (name, run) => {
      lines.push(`== ${name}`);
      return run();
    },
    progress: { isTTY: false, write: (text) => void lines.push(text) },
  };
}

/** Fast retries for tests: the behaviour is the same, the waits are short. */
export const FAST_CLIENT = { backoffBaseMs: 5, backoffMaxMs: 50 };

/** Every file under a folder with its bytes, for "nothing changed" assertions. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (sub: string): Promise<void> => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const path = join(sub, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.set(path, (await readFile(join(dir, path))).toString("base64"));
    }
  };
  await walk("");
  return out;
}

/**
 * The row the dataset must hold for a stand-in model, derived from the Hub's JSON
 * independently of the product's own conversion code.
 */
export function expectedRow(model: HubModel, usedStorage: number | null = null): string[] {
  return [
    model.id,
    model.author,
    String(model.likes),
    String(model.downloads),
    model.createdAt,
    String(model.private),
    String(model.gated),
    model.library_name ?? "",
    usedStorage === null ? "" : String(usedStorage),
    String(model.spaces.length),
    model.lastModified,
    String(model.downloadsAllTime),
    model.safetensors ? String(model.safetensors.total) : "",
    ...expectedLineage(model.tags),
    "", // Downloads All Time Previous: a first snapshot has none
    model.pipeline_tag ?? "",
  ];
}

/** Base Model, Relation and License as the data dictionary defines them, read from the tags here, apart from the product's parser. */
export function expectedLineage(tags: readonly string[]): [string, string, string] {
  const parents: string[] = [];
  let relation = "";
  for (const tag of tags) {
    const typed = /^base_model:(finetune|adapter|quantized|merge):(.+)$/.exec(tag);
    const parent = typed ? typed[2] : /^base_model:(.+)$/.exec(tag)?.[1];
    if (typed && relation === "") relation = typed[1] as string;
    if (parent !== undefined && !parents.includes(parent)) parents.push(parent);
  }
  const license = tags.find((t) => t.startsWith("license:"))?.slice("license:".length) ?? "";
  return [parents.join(";"), relation, license];
}

/**
 * The stand-in Hub as it is in a week of a simulation: its clock at `clock` (a snapshot is never
 * dated after the Hub's Date), the catalogue as generated, but for the models `gone` (not created
 * yet, or deleted). A week's own changes (touch) follow.
 */
export function hubWeek(hub: { setClock(iso: string): void; catalogue: { overrides: Map<number, unknown>; deleted: Set<number> } }, clock: string, gone: Iterable<number>): void {
  hub.setClock(clock);
  hub.catalogue.overrides.clear();
  hub.catalogue.deleted.clear();
  for (const i of gone) hub.catalogue.deleted.add(i);
}
