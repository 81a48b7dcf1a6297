/** The import graph of src/: no module reaches itself through its imports (type imports count). */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/cli.ts";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(join(ROOT, "src"))) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)"(\.{1,2}\/[^"]+)"/g)].map((m) => resolve(dirname(file), m[1] as string));
    graph.set(file, targets);
  }
  return graph;
}

/** One cycle of the graph as a list of files, or undefined when there is none. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === "done") return undefined;
    if (state.get(node) === "open") return [...path.slice(path.indexOf(node)), node];
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * The floors of src/, from the bottom: the small shared modules; dataset/; hub/ and analysis/;
 * specs/; charts/ and site/; outputs.ts; publish/; the conductors (pipeline.ts and the modules of
 * its capabilities); the faces. A module imports only from its own floor or those below.
 */
export function floorOf(path: string): number {
  if (path.startsWith("dataset/")) return 1;
  if (path.startsWith("hub/") || path.startsWith("analysis/")) return 2;
  if (path.startsWith("specs/")) return 3;
  if (path.startsWith("charts/") || path.startsWith("site/")) return 4;
  if (path === "outputs.ts") return 5;
  if (path.startsWith("publish/")) return 6;
  if (["pipeline.ts", "backfill.ts", "tracked-tags.ts"].includes(path)) return 7;
  if (["action.ts", "cli.ts", "cli-options.ts"].includes(path) || path.startsWith("entry/")) return 8;
  return 0;
}

/** Every import that reaches a floor above its module's. */
function upwardImports(graph: Map<string, string[]>): string[] {
  const src = join(ROOT, "src");
  const out: string[] = [];
  for (const [file, targets] of graph) {
    const from = relative(src, file);
    for (const target of targets) {
      const to = relative(src, target);
      if (floorOf(to) > floorOf(from)) out.push(`${from} (floor ${floorOf(from)}) imports ${to} (floor ${floorOf(to)})`);
    }
  }
  return out;
}

describe("architecture", () => {
  it("no module imports one from a floor above its own (terms.ts no longer reaches into publish/)", () => {
    const graph = importGraph();
    expect(upwardImports(graph)).toEqual([]);
    const terms = graph.get(join(ROOT, "src", "terms.ts")) ?? [];
    expect(terms.filter((t) => t.includes("/publish/"))).toEqual([]);
  });

  it("finds an upward import when there is one", () => {
    const src = join(ROOT, "src");
    expect(upwardImports(new Map([[join(src, "dataset/store.ts"), [join(src, "publish/run.ts")]], [join(src, "cli.ts"), [join(src, "dataset/store.ts")]]]))).toEqual([
      "dataset/store.ts (floor 1) imports publish/run.ts (floor 6)",
    ]);
  });

  it("src/ has no import circle", () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(20);
    expect(findCycle(graph)?.map((f) => relative(ROOT, f))).toBeUndefined();
  });

  it("finds a circle when there is one", () => {
    const graph = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]);
    expect(findCycle(graph)).toEqual(["a", "b", "c", "a"]);
  });
});
