/** Lineage: the tag parser, family walks through self-references, cycles and missing parents, and the findings on a hand-checked catalogue. */
import { describe, expect, it } from "vitest";
import { computeLineage, families, LineageTable } from "../src/analysis/lineage.ts";
import type { ModelRecord, Relation } from "../src/dataset/record.ts";
import { lineageOfTags } from "../src/hub/schema.ts";

const T0 = Date.parse("2026-08-15T00:00:00.000Z");

function row(id: string, parents: string, relation: Relation = "", license = "", extra: Partial<ModelRecord> = {}) {
  return { id, baseModel: parents, relation, license, downloads: 0, createdAt: T0, ...extra };
}

function tableOf(rows: ReturnType<typeof row>[]): LineageTable {
  return LineageTable.ofRecords(rows);
}

describe("lineage from tags", () => {
  it("reads both tag forms, merges with two parents, untyped parents and the first licence", () => {
    expect(lineageOfTags(["gguf", "base_model:A/x", "base_model:quantized:A/x", "license:apache-2.0", "license:mit"])).toEqual({
      baseModel: "A/x", relation: "quantized", license: "apache-2.0",
    });
    expect(lineageOfTags(["base_model:merge:A/x", "base_model:A/x", "base_model:B/y", "base_model:merge:B/y"])).toEqual({
      baseModel: "A/x;B/y", relation: "merge", license: "",
    });
    expect(lineageOfTags(["base_model:old/card", "license:other"])).toEqual({ baseModel: "old/card", relation: "", license: "other" });
    expect(lineageOfTags(["en", "region:us"])).toEqual({ baseModel: "", relation: "", license: "" });
    // A parent that is itself named like a relation word keeps its name when untyped.
    expect(lineageOfTags(["base_model:finetune:merge/thing"]).baseModel).toBe("merge/thing");
  });
});

describe("families", () => {
  it("walks first parents to a root; a parent missing from the dataset is the root", () => {
    const table = tableOf([row("base/a", ""), row("u/b", "base/a", "finetune"), row("u/c", "u/b;x/y", "merge"), row("u/d", "vision/v", "finetune")]);
    expect(families(table).rootOf).toEqual(["base/a", "base/a", "base/a", "vision/v"]);
  });

  it("stops at a repeat: a model naming itself, two naming each other, a longer cycle; never hangs", () => {
    const table = tableOf([
      row("self/s", "self/s", "finetune"),
      row("pair/a", "pair/b", "finetune"),
      row("pair/b", "pair/a", "finetune"),
      row("tail/t", "pair/a", "adapter"),
      row("ring/1", "ring/2"), row("ring/2", "ring/3"), row("ring/3", "ring/1"),
    ]);
    expect(families(table).rootOf).toEqual(["self/s", "pair/b", "pair/a", "pair/b", "ring/3", "ring/1", "ring/2"]);
  });

  it("tells apart ids that differ only where the id index does not sample them", () => {
    // Same length, same ends and middle: only the fourth character differs.
    const a = "org/aXcdefghijklmnop-7b";
    const b = "org/aYcdefghijklmnop-7b";
    const table = tableOf([row(a, ""), row(b, ""), row("u/child-of-b", b, "finetune"), row("u/child-of-missing", "org/aZcdefghijklmnop-7b", "finetune")]);
    expect(families(table).rootOf).toEqual([a, b, b, "org/aZcdefghijklmnop-7b"]);
    expect(Array.from(table.hasChildren)).toEqual([0, 1, 0, 0]);
  });

  it("gives the same families whatever the order of the rows (no walk result leaks into another)", () => {
    const rows = [row("p/a", "p/b", "finetune"), row("p/b", "p/a", "finetune"), row("t/t", "p/a", "adapter"), row("t/u", "t/t", "quantized")];
    const forward = families(tableOf(rows)).rootOf;
    const backward = families(tableOf([...rows].reverse())).rootOf.reverse();
    expect(backward).toEqual(forward);
    expect(forward).toEqual(["p/b", "p/a", "p/b", "p/b"]);
  });
});

describe("lineage findings on a hand-checked catalogue", () => {
  // 2026-Q3 (this quarter, partial) and 2026-Q2; one model in 2025-Q4.
  const q3 = Date.parse("2026-08-10T00:00:00.000Z");
  const q2 = Date.parse("2026-05-10T00:00:00.000Z");
  const old = Date.parse("2025-11-10T00:00:00.000Z");
  const rows = [
    row("meta/llama", "", "", "llama3.1", { createdAt: old, downloads: 1000 }),
    row("a/ft1", "meta/llama", "finetune", "llama3.1", { createdAt: q2, downloads: 10 }),
    row("a/ft2", "meta/llama", "finetune", "apache-2.0", { createdAt: q3, downloads: 20 }),
    row("b/q1", "a/ft1", "quantized", "llama3.1", { createdAt: q3, downloads: 5 }),
    row("b/q2", "a/ft2", "quantized", "mit", { createdAt: q3, downloads: 5 }),
    row("c/lora", "qwen/base", "adapter", "apache-2.0", { createdAt: q3, downloads: 1 }),
    row("c/old", "qwen/base", "", "", { createdAt: q2, downloads: 0 }),
    row("d/merge", "a/ft1;c/lora", "merge", "other", { createdAt: q3, downloads: 2 }),
    row("e/orig", "", "", "mit", { createdAt: q2, downloads: 7 }),
  ];
  const summary = computeLineage(tableOf(rows), Date.parse("2026-08-20T00:00:00.000Z"));
  const { insights } = summary;

  it("counts new models per quarter by relation", () => {
    expect(insights.quarters).toEqual([
      { quarter: "2025-Q4", models: 1, original: 1, finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0, derivativeShare: 0 },
      { quarter: "2026-Q2", models: 3, original: 1, finetune: 1, adapter: 0, quantized: 0, merge: 0, unspecified: 1, derivativeShare: 0.6667 },
      { quarter: "2026-Q3", models: 5, original: 0, finetune: 1, adapter: 1, quantized: 2, merge: 1, unspecified: 0, derivativeShare: 1 },
    ]);
    expect(insights.derivatives).toBe(7);
    expect(summary.months.map((m) => m.month)).toEqual(["2025-11", "2026-05", "2026-08"]);
  });

  it("ranks families by derivatives, with downloads and their share of the last two quarters' new models", () => {
    expect(insights.recentQuarters).toEqual(["2026-Q2", "2026-Q3"]);
    expect(insights.largestFamilies).toEqual([
      { root: "meta/llama", rootInDataset: true, rootTag: null, derivatives: 5, byRelation: { finetune: 2, adapter: 0, quantized: 2, merge: 1, unspecified: 0 }, downloads: 1042, shareOfRecentNew: 0.625 },
      { root: "qwen/base", rootInDataset: false, rootTag: null, derivatives: 2, byRelation: { finetune: 0, adapter: 1, quantized: 0, merge: 0, unspecified: 1 }, downloads: 1, shareOfRecentNew: 0.25 },
    ]);
  });

  it("measures licence shares and drift from the first parent", () => {
    expect(insights.licenses.top).toEqual([
      { license: "llama3.1", models: 3, share: 0.3333 },
      { license: "apache-2.0", models: 2, share: 0.2222 },
      { license: "mit", models: 2, share: 0.2222 },
      { license: "other", models: 1, share: 0.1111 },
    ]);
    expect(insights.licenses.none).toEqual({ models: 1, share: 0.1111 });
    // Comparable: ft1, ft2, q1, q2, merge (first parent a/ft1). Differing: ft2, q2, merge.
    expect(insights.licenses.comparable).toBe(5);
    expect(insights.licenses.differing).toBe(3);
    expect(insights.licenses.driftShare).toBe(0.6);
    expect(insights.licenses.topChanges).toEqual([
      { from: "apache-2.0", to: "mit", models: 1 },
      { from: "llama3.1", to: "apache-2.0", models: 1 },
      { from: "llama3.1", to: "other", models: 1 },
    ]);
  });
});

describe("lineage charts", () => {
  it("label their count axes in plain thousands at any size (not 5e+3)", async () => {
    const { familiesSpec, relationsSpec } = await import("../src/specs/lineage.ts");
    const { specToSvg } = await import("../src/charts/render.ts");
    // 60,000 fine-tunes of one base: axes must reach tens of thousands.
    const rows = Array.from({ length: 60_000 }, (_, i) => row(`u${i % 500}/m${i}`, "base/big", "finetune", "", { createdAt: T0 - (i % 300) * 86_400_000 }));
    const lineage = computeLineage(LineageTable.ofRecords(rows), T0);
    const context = { task: "text-generation", tags: ["text-generation"], snapshot: "2026-08-15", snapshotMs: T0, models: rows.length };
    for (const spec of [familiesSpec(lineage, context), relationsSpec(lineage, context)]) {
      const labels = [...(await specToSvg(spec)).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? "");
      expect(labels.some((label) => /^\d{1,3}(,\d{3})+$/.test(label)), labels.join(" | ")).toBe(true);
      expect(labels.filter((label) => /\de[+-]\d/.test(label))).toEqual([]);
    }
  });
});
