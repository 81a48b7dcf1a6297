import { describe, expect, it } from "vitest";
import { averageRanks } from "../src/analysis/stats.ts";
import type { ModelRecord } from "../src/dataset/record.ts";
import { ModelTable } from "../src/dataset/table.ts";
import { DatasetOrder, monthOf, putInDatasetOrder } from "../src/dataset/dataset-order.ts";

function record(i: number): ModelRecord {
  return {
    id: `author-${i % 7}/model-${i}`,
    author: `author-${i % 7}`,
    likes: i * 3,
    downloads: i % 5 === 0 ? 0 : 2 ** 40 + i, // beyond 32 bits
    createdAt: Date.UTC(2024, i % 12, 1 + (i % 28)),
    private: i % 11 === 0,
    gated: (["false", "auto", "manual"] as const)[i % 3] as ModelRecord["gated"],
    library: i % 4 === 0 ? "" : "transformers",
    usedStorage: i % 2 === 0 ? null : i * 1_000_003,
    spaces: i % 101 === 0 ? 300 : i % 100,
    lastModified: i % 3 === 0 ? null : Date.UTC(2025, 0, 1) + i,
    downloadsAllTime: i % 6 === 0 ? null : i * 17,
    parameters: i % 9 === 0 ? 0 : null,
    baseModel: i % 2 === 0 ? "" : `author-1/model-${i - 1};other/base`,
    relation: (["", "finetune", "adapter", "quantized", "merge"] as const)[i % 5] as ModelRecord["relation"],
    license: i % 3 === 0 ? "" : "apache-2.0",
    downloadsAllTimePrevious: i % 4 === 0 ? null : i,
    pipelineTag: (["text-generation", "image-text-to-text", "any-to-any"] as const)[i % 3] as string,
  };
}

describe("ModelTable", () => {
  const records = Array.from({ length: 3000 }, (_, i) => record(i));

  it("gives back every field of every row as it was pushed, nulls included, across growth", () => {
    const table = ModelTable.of(records); // starts small: grows several times
    expect(table.length).toBe(records.length);
    expect([...table]).toEqual(records);
    table.setUsedStorage(1, null);
    table.setDownloadsAllTimePrevious(0, 42);
    expect(table.row(1).usedStorage).toBeNull();
    expect(table.row(0).downloadsAllTimePrevious).toBe(42);
    expect(records[1]?.usedStorage).not.toBeNull(); // rows are copies
  });

  it("reorders in place to any permutation, every column together", () => {
    const table = ModelTable.of(records);
    const order = Uint32Array.from(records.keys());
    for (let i = order.length - 1; i > 0; i--) {
      const j = (i * 7919 + 13) % (i + 1);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    table.reorder(order);
    expect([...table]).toEqual([...order].map((i) => records[i]));
    const columns = table.columns();
    expect(columns.length).toBe(records.length);
    expect([...columns.likes]).toEqual([...order].map((i) => records[i]?.likes));
    expect(Number.isNaN(columns.usedStorage[order.indexOf(0)])).toBe(true); // null is NaN in a column
  });

  it("keeps its numeric columns after clear() lets the text go", () => {
    const table = ModelTable.of(records);
    const columns = table.columns();
    const ids = table.ids();
    table.clear();
    expect(table.length).toBe(0);
    expect(columns.createdAt[2999]).toBe(records[2999]?.createdAt);
    expect(ids[5]).toBe("author-5/model-5");
  });
});

describe("DatasetOrder", () => {
  // A listing's shape: newest first, pages of 100, ids in no order within a month; some ids equal
  // but for case, and some months long enough to span pages.
  const listed = Array.from({ length: 2500 }, (_, i) => {
    const r = record(i);
    return { ...r, id: `${["Zeta", "alpha", "Alpha", "mid"][i % 4]}/m-${(i * 7919) % 2500}`, createdAt: Date.UTC(2026, 0, 1) - Math.floor(i / 3) * 86_400_000 * 0.4 };
  });
  const key = (r: ModelRecord) => `${monthOf(r.createdAt)} ${r.id}`; // months are of one length, so this orders as month then id
  const inDatasetOrder = (rows: ModelRecord[]) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const expected = inDatasetOrder(listed).map((r) => r.id);

  it("gives creation month, then Model ID in code-unit order, whether sorted page by page or at once", () => {
    const paged = new ModelTable();
    const order = new DatasetOrder(paged);
    for (let i = 0; i < listed.length; i++) {
      paged.push(listed[i] as ModelRecord);
      if (i % 100 === 99) order.sortNewRows();
    }
    expect(paged.ids()).not.toEqual(expected); // pages are sorted aside: the table's rows stay where the listing put them
    expect(order.finish().ids()).toEqual(expected);
    expect(putInDatasetOrder(ModelTable.of(listed)).ids()).toEqual(expected);
    expect([...ModelTable.of([...listed].reverse())].map((r) => r.id)).not.toEqual(expected);
    expect(putInDatasetOrder(ModelTable.of([...listed].reverse())).ids()).toEqual(expected);
  });

  it("holds when rows change after their page was sorted (a model listed under two tags)", () => {
    const table = new ModelTable();
    const order = new DatasetOrder(table);
    for (const r of listed.slice(0, 1000)) table.push(r);
    order.sortNewRows();
    // Rows already sorted get another model's date and id; later rows are never sorted by page.
    const moved = listed.slice(1000, 1050);
    moved.forEach((r, k) => table.set(k * 17, r));
    for (const r of listed.slice(1050)) table.push(r);
    const want = inDatasetOrder([...table]);
    expect([...order.finish()]).toEqual(want);
  });
});

describe("averageRanks", () => {
  /** Ranks by a comparison sort, ties averaged: what the radix version must equal. */
  function reference(values: number[]): number[] {
    const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
    const ranks = new Array<number>(values.length);
    for (let start = 0; start < order.length; ) {
      let end = start + 1;
      while (end < order.length && values[order[end] as number] === values[order[start] as number]) end++;
      for (let k = start; k < end; k++) ranks[order[k] as number] = (start + 1 + end) / 2;
      start = end;
    }
    return ranks;
  }

  it("equals a comparison sort's ranks on negatives, zeros of both signs, ties, huge and tiny values", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const cases = [
      [3, -1, -0, 0, 2.5, -7.25, 3, 1e300, -1e-300, 5, 0, -0],
      Array.from({ length: 5000 }, () => Math.round((random() - 0.5) * 100) / 4),
      Array.from({ length: 5000 }, () => (random() - 0.5) * 1e15),
      Array.from({ length: 5000 }, () => 1.7e12 + Math.floor(random() * 1e9)), // dates
      [],
      [42],
    ];
    for (const values of cases) expect([...averageRanks(values)]).toEqual(reference(values));
  });
});
