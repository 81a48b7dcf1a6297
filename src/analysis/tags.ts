/**
 * Where the tracked catalogue lives when it spans several pipeline tags: how many models each tag
 * holds, its share of the 30-day downloads, and the new models of each quarter by tag, which shows
 * how much of the growth has moved to multimodal models. Pure: equal data, equal output.
 */
import type { ModelColumns, ModelTable } from "../dataset/table.ts";
import { tagsOf } from "../pipeline-tags.ts";
import { round } from "./stats.ts";
import { creationQuarters } from "./weekly.ts";

/** Each model's pipeline tag as an index into `names` (the tracked set, in canonical order; a tag outside it after). */
export interface TagColumn {
  names: readonly string[];
  of: Uint8Array;
}

/** The tag column of a table, for the tracked set `task` (while the table's text is there). */
export function tagColumn(table: ModelTable, task: string): TagColumn {
  const names = tagsOf(task);
  const codes = table.textCodes().pipelineTag;
  const byCode = new Map<number, number>();
  const of = new Uint8Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const code = codes[i] as number;
    let k = byCode.get(code);
    if (k === undefined) {
      const name = table.text(code);
      k = names.indexOf(name);
      // A tag outside the set (a dataset written with another): kept, named after the tracked ones.
      if (k === -1) k = names.push(name) - 1;
      byCode.set(code, k);
    }
    of[i] = k;
  }
  return { names, of };
}

export interface TagMix {
  verdict: "descriptive";
  tags: Array<{ tag: string; models: number; share: number; downloads30Days: number; downloadsShare: number }>;
  /** Per creation quarter, its new models by tag (the tracked set's order). */
  quarters: Array<{ quarter: string; models: number; byTag: Record<string, number> }>;
  method: string;
  caveat: string;
}

export function computeTagMix(models: Pick<ModelColumns, "length" | "createdAt" | "downloads">, tags: TagColumn, snapshotMs: number): TagMix {
  const k = tags.names.length;
  const counts = new Float64Array(k);
  const downloads = new Float64Array(k);
  let total = 0;
  const { labels, of: quarterOf } = creationQuarters(models.createdAt, snapshotMs);
  const byQuarter = new Float64Array(labels.length * k);
  for (let i = 0; i < models.length; i++) {
    const t = tags.of[i] as number;
    const d = models.downloads[i] as number;
    counts[t] = (counts[t] as number) + 1;
    downloads[t] = (downloads[t] as number) + d;
    total += d;
    const q = quarterOf[i] as number;
    if (q >= 0) byQuarter[q * k + t] = (byQuarter[q * k + t] as number) + 1;
  }
  const n = models.length;
  return {
    verdict: "descriptive",
    tags: tags.names.map((tag, t) => ({
      tag,
      models: counts[t] as number,
      share: round(n ? (counts[t] as number) / n : 0) as number,
      downloads30Days: downloads[t] as number,
      downloadsShare: round(total ? (downloads[t] as number) / total : 0) as number,
    })),
    quarters: labels.map((quarter, q) => {
      const byTag = Object.fromEntries(tags.names.map((tag, t) => [tag, byQuarter[q * k + t] as number]));
      return { quarter, models: Object.values(byTag).reduce((a, b) => a + b, 0), byTag };
    }),
    method:
      "Each model counted under the pipeline tag whose listing brought it (its tag as of the snapshot). Downloads: the Hub's 30-day window. " +
      "Quarters by creation date (UTC), the placeholder date left out; the latest quarter is partial.",
    caveat:
      "A model's tag is its card's today, not when it was created: a card edited from text-generation to image-text-to-text moves its model's quarter count. " +
      "Models with no pipeline tag (some GGUF-only and adapter repositories) are in no listing and so in no tag.",
  };
}
