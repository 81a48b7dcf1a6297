/**
 * A seeded, lazily generated catalogue of text-generation models shaped like the real Hub
 * (../shared/HUB-FACTS.md): creation months, Zipf-like authors, mostly-zero downloads and
 * likes, capped spaces, clustered parameter counts, the placeholder creation date. Item i is
 * a pure function of (seed, i), so a 2M-model catalogue costs no memory until asked.
 * Index 0 is the newest model: the order is the Hub's `sort=createdAt` (descending, ties by `_id`).
 */
import { readFileSync } from "node:fs";

export const PLACEHOLDER = "2022-03-02T23:29:04.000Z";
/** The legacy import's stamp spans two seconds on the real Hub (HUB-FACTS): some repositories carry :05. */
export const PLACEHOLDER_LATE = "2022-03-02T23:29:05.000Z";
const PLACEHOLDER_MS = Date.parse(PLACEHOLDER);
const PLACEHOLDER_SHARE = 3800 / 700_000;
/** Of the legacy-stamped models, the share stamped a second later (the newer ones, so the order stays descending). */
const PLACEHOLDER_LATE_SHARE = 0.3;

/** Estimated text-generation creations per month (HUB-FACTS), oldest first; 2026 extrapolated. */
const MONTHS: Array<[string, number]> = [
  ...["03", "04", "05", "06", "07", "08", "09", "10", "11"].map((m): [string, number] => [`2022-${m}`, 320]),
  ["2022-12", 500], ["2023-01", 700], ["2023-02", 900], ["2023-03", 1100], ["2023-04", 1400], ["2023-05", 1700],
  ["2023-06", 1900], ["2023-07", 2200], ["2023-08", 2500], ["2023-09", 2800], ["2023-10", 3000], ["2023-11", 3300],
  ["2023-12", 3500], ["2024-01", 4000], ["2024-02", 5000], ["2024-03", 6000], ["2024-04", 7000], ["2024-05", 8000],
  ["2024-06", 9000], ["2024-07", 11000], ["2024-08", 12000], ["2024-09", 16000], ["2024-10", 15000], ["2024-11", 13000],
  ["2024-12", 13000], ["2025-01", 18000], ["2025-02", 20000], ["2025-03", 21000], ["2025-04", 21000], ["2025-05", 22000],
  ["2025-06", 22000], ["2025-07", 21000], ["2025-08", 22000], ["2025-09", 24000], ["2025-10", 24000], ["2025-11", 24000],
  ["2025-12", 24000], ["2026-01", 25000], ["2026-02", 25000], ["2026-03", 25000], ["2026-04", 25000], ["2026-05", 25000],
  ["2026-06", 25000], ["2026-07", 25000], ["2026-08", 25000], ["2026-09", 25000], ["2026-10", 25000], ["2026-11", 20000],
];

const TOP_AUTHORS = [
  "mradermacher", "RichardErkhov", "bartowski", "unsloth", "mlx-community", "QuantFactory", "TheBloke",
  "lmstudio-community", "LoneStriker", "NousResearch", "Qwen", "meta-llama", "mistralai", "google", "microsoft",
  "TinyLlama", "EleutherAI", "HuggingFaceTB", "deepseek-ai", "allenai", "tiiuae", "openai-community", "stabilityai",
];
const FAMILIES = [
  "Llama-3.1-8B", "Qwen2.5-7B", "Qwen2.5-0.5B", "Mistral-7B-v0.3", "gemma-2-2b", "Phi-3-mini-4k", "SmolLM2-135M",
  "DeepSeek-R1-Distill-Qwen-1.5B", "Qwen3-32B", "Llama-3.3-70B", "gpt2", "TinyLlama-1.1B", "Qwen2.5-14B", "Mixtral-8x7B",
];
const SUFFIXES = ["", "-Instruct", "-GGUF", "-i1-GGUF", "-lora", "-finetuned", "-merge", "-4bit", "-sft", "-dpo", "-chat"];
const PARAM_SIZES = [135e6, 0.5e9, 1.1e9, 1.5e9, 2.6e9, 3e9, 7.6e9, 8e9, 14e9, 32e9, 70e9, 46.7e9];
/** Base models outside a text-generation catalogue (or outside any sample of it), with their licences. */
const EXTERNAL_BASES: Array<[string, string]> = [
  ["meta-llama/Llama-3.1-8B-Instruct", "llama3.1"], ["meta-llama/Llama-3.1-8B-Instruct", "llama3.1"], ["meta-llama/Llama-3.2-1B", "llama3.2"],
  ["Qwen/Qwen2.5-7B-Instruct", "apache-2.0"], ["Qwen/Qwen2.5-7B-Instruct", "apache-2.0"], ["Qwen/Qwen3-8B", "apache-2.0"],
  ["Qwen/Qwen2.5-0.5B", "apache-2.0"], ["mistralai/Mistral-7B-v0.3", "apache-2.0"], ["google/gemma-2-2b-it", "gemma"],
  ["microsoft/Phi-3-mini-4k-instruct", "mit"], ["deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B", "mit"], ["HuggingFaceTB/SmolLM2-135M", "apache-2.0"],
  ["openai-community/gpt2", "mit"], ["Qwen/Qwen2.5-VL-7B-Instruct", "apache-2.0"], ["TinyLlama/TinyLlama-1.1B-Chat-v1.0", "apache-2.0"],
];
const LICENSES = ["apache-2.0", "apache-2.0", "apache-2.0", "mit", "mit", "other", "cc-by-nc-4.0", "llama3", "openrail", "cc-by-4.0", "gpl-3.0", "unknown"];
const EXTRA_TAGS = ["autotrain_compatible", "text-generation-inference", "endpoints_compatible", "region:us"];

/** A model's lineage as the stand-in generates it (rendered into `tags`). */
interface CatalogueLineage {
  parents: Array<{ id: string; index?: number }>;
  /** "untyped": only `base_model:P` tags, as older cards have. */
  relation: "" | "finetune" | "adapter" | "quantized" | "merge" | "untyped";
  license: string | undefined;
}

/** Values that break naive CSV writers and spreadsheet imports. */
export const NASTY_LIBRARIES = [
  'weird, "quoted" lib',
  "multi\nline\r\nlibrary",
  '=HYPERLINK("http://example.invalid","x")',
  "+cmd|' /C calc'!A0",
  "日本語ライブラリ",
  "café-ß-ü 🤗",
  " leading and trailing ",
  '"',
  "",
];

export interface HubModel {
  _id: string;
  id: string;
  author: string;
  createdAt: string;
  lastModified: string;
  downloads: number;
  downloadsAllTime: number;
  likes: number;
  private: boolean;
  gated: false | "auto" | "manual";
  library_name?: string;
  spaces: string[];
  safetensors?: { parameters: Record<string, number>; total: number };
  usedStorage: number;
  /** Absent for a model with no pipeline tag (in no listing). */
  pipeline_tag?: string;
  tags: string[];
  /** Test hook: an item the stand-in serves with a malformed field. */
  malformed?: boolean;
  /**
   * Test hook: the model is listed under this tag too, with this `lastModified` there (its card
   * changed its tag while a harvest's chains ran: one listing saw the old card, the other the new).
   */
  alsoListed?: { tag: string; lastModified: string };
}

export interface CatalogueOptions {
  size: number;
  seed?: number;
  /** The moment of the snapshot; creation dates end here. */
  now?: string;
  /** Share of models whose library_name is a CSV-hostile value. */
  nastyShare?: number;
  /** Share of models served with a malformed field (counted and skipped by a good client). */
  malformedShare?: number;
  /** Mix real ids from ../shared/hub-samples/real-model-ids-2025.txt when that file is there. */
  realIdsFile?: string | undefined;
  task?: string;
  /**
   * Several pipeline tags, each model one (or none: ""), drawn with these weights: a Hub as it tags
   * LLMs since 2025 (HUB-FACTS). Then `VL_ROOT` is a catalogue model of `image-text-to-text` that
   * many text-generation models name as their parent. Without it, every model has `task`.
   */
  tagMix?: ReadonlyArray<readonly [string, number]>;
  /** Only models created from this month on (`YYYY-MM`), none on the placeholder date: few dataset files. */
  fromMonth?: string;
  /**
   * Weeks later (for simulating weekly refreshes): each downloaded model's all-time downloads grow
   * by a week of its 30-day downloads per week, and its 30-day downloads drift.
   */
  week?: number;
}

/** splitmix32: a small, fast, well-mixed integer hash used as a per-item random stream. */
function rngFor(seed: number, i: number): () => number {
  let state = (seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return ((z ^ (z >>> 15)) >>> 0) / 4294967296;
  };
}

function normal(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** In a catalogue with a tag mix: a flagship root tagged image-text-to-text, named as a parent by text-generation derivatives (one of EXTERNAL_BASES). */
export const VL_ROOT = "Qwen/Qwen2.5-VL-7B-Instruct";
const MULTIMODAL_ERA = Date.parse("2025-01-01T00:00:00.000Z");
export const VL_ROOT_TAG = "image-text-to-text";
/** The LLM tags, as a tag mix shaped like the Hub of 2026 (none: a GGUF-only or adapter repository without a tag). */
export const LLM_TAG_MIX: ReadonlyArray<readonly [string, number]> = [["text-generation", 0.84], ["image-text-to-text", 0.1], ["any-to-any", 0.03], ["", 0.03]];

export class Catalogue {
  readonly size: number;
  readonly seed: number;
  readonly task: string;
  readonly nowMs: number;
  readonly week: number;
  readonly #nastyShare: number;
  readonly #malformedShare: number;
  readonly #realIds: string[];
  /** Per-index changes on top of the generated item (a new commit, new downloads...). */
  readonly overrides = new Map<number, Partial<HubModel>>();
  readonly deleted = new Set<number>();
  /** Listed id → new id: the single-model call answers 307 to the new name, which serves the model. */
  readonly renames = new Map<string, string>();
  /** Listed id → another model's id: the single-model call answers 307 to that other repository (its own `_id`). */
  readonly movedTo = new Map<string, string>();
  /** Listed ids whose single-model call answers 401 (deleted or made private since the listing). */
  readonly hidden = new Set<string>();
  readonly #monthEnds: Array<{ startMs: number; endMs: number; cumulative: number }> = [];
  readonly #placeholderShare: number;
  readonly #tagMix: ReadonlyArray<readonly [string, number]> | undefined;
  /** The index of VL_ROOT in a catalogue with a tag mix. */
  readonly vlRootIndex: number | undefined;
  #idIndex: Map<string, number> | undefined;

  constructor(options: CatalogueOptions) {
    this.size = options.size;
    this.seed = options.seed ?? 1;
    this.task = options.task ?? "text-generation";
    this.#tagMix = options.tagMix;
    this.vlRootIndex = options.tagMix ? Math.floor(options.size * 0.6) : undefined;
    this.nowMs = Date.parse(options.now ?? "2026-11-26T12:00:00.000Z");
    this.week = options.week ?? 0;
    this.#nastyShare = options.nastyShare ?? 0.002;
    this.#malformedShare = options.malformedShare ?? 0;
    this.#realIds = [];
    if (options.realIdsFile) {
      try {
        this.#realIds = readFileSync(options.realIdsFile, "utf8").split("\n").filter((line) => line.includes("/"));
      } catch {
        // the sample file is optional
      }
    }
    // Months newest first, with cumulative weights for placing index fractions.
    let cumulative = 0;
    const fromMonth = options.fromMonth;
    this.#placeholderShare = fromMonth ? 0 : PLACEHOLDER_SHARE;
    const dated = [...MONTHS].reverse().filter(([month]) => !fromMonth || month >= fromMonth);
    const total = dated.reduce((sum, [, n]) => sum + n, 0);
    for (const [month, n] of dated) {
      const startMs = Math.max(Date.parse(`${month}-01T00:00:00.000Z`), PLACEHOLDER_MS + 86_400_000);
      const next = new Date(Date.parse(`${month}-01T00:00:00.000Z`));
      next.setUTCMonth(next.getUTCMonth() + 1);
      const endMs = Math.min(next.getTime() - 1000, this.nowMs);
      cumulative += (n / total) * (1 - this.#placeholderShare);
      this.#monthEnds.push({ startMs, endMs, cumulative });
    }
  }

  /** Creation time in ms: non-increasing in i. */
  createdAtMs(i: number): number {
    const f = (i + 0.5) / this.size;
    let previous = 0;
    for (const month of this.#monthEnds) {
      if (f < month.cumulative || (this.#placeholderShare === 0 && month === this.#monthEnds.at(-1))) {
        const within = (f - previous) / (month.cumulative - previous);
        return Math.floor((month.endMs - within * (month.endMs - month.startMs)) / 1000) * 1000;
      }
      previous = month.cumulative;
    }
    // The legacy tail: its first (newest) part stamped :05, the rest :04.
    const late = previous + (1 - previous) * PLACEHOLDER_LATE_SHARE;
    return f < late ? PLACEHOLDER_MS + 1000 : PLACEHOLDER_MS;
  }

  /** `_id`: creation seconds in 8 hex digits, then 16 digits decreasing with i (ties sort by it). */
  objectId(i: number): string {
    const seconds = Math.floor(this.createdAtMs(i) / 1000).toString(16).padStart(8, "0");
    return seconds + (0xffffffffff - i).toString(16).padStart(16, "0");
  }

  /** The first draws of item i's stream: its id. Shared by item() and idOf(), which must agree. */
  #identity(i: number, rng: () => number): { id: string; suffix: string } {
    const zipf = rng();
    const author =
      zipf < 0.45 ? (TOP_AUTHORS[Math.floor(TOP_AUTHORS.length * rng() ** 2)] as string) : `user${Math.floor(rng() * this.size * 0.7).toString(36)}`;
    const family = pick(rng, FAMILIES);
    const suffix = pick(rng, SUFFIXES);
    if (i === this.vlRootIndex) return { id: VL_ROOT, suffix: "" };
    const real = i % 13 === 5 ? this.#realIds[(i - 5) / 13] : undefined;
    return { id: real ?? `${author}/${family}${suffix}-${i.toString(36)}`, suffix };
  }

  /** Item i's pipeline tag ("" for none) without generating the item, overrides included: what the list filters on. */
  tagOf(i: number): string {
    const override = this.overrides.get(i);
    if (override && "pipeline_tag" in override) return override.pipeline_tag ?? "";
    return this.#generatedTag(i);
  }

  #generatedTag(i: number): string {
    const mix = this.#tagMix;
    if (!mix) return this.task;
    if (i === this.vlRootIndex) return VL_ROOT_TAG;
    let roll = rngFor(this.seed ^ 0x5f3759df, i)();
    // Multimodal LLMs are mostly of 2025 on (HUB-FACTS): before, the tags other than the first are a fifth as common.
    const scale = this.createdAtMs(i) < MULTIMODAL_ERA ? 0.2 : 1;
    for (const [k, [tag, share]] of mix.entries()) {
      const weight = k === 0 ? share + (1 - scale) * (1 - share) : share * scale;
      if (roll < weight) return tag;
      roll -= weight;
    }
    return (mix.at(-1) as readonly [string, number])[0];
  }

  readonly #tagIndexes = new Map<string, Int32Array>();

  /**
   * The numbers of the models generated with `tag`, ascending (overrides not counted): a listing's
   * index, as a database keeps one, so that a page of a rare tag is not a scan of the catalogue.
   */
  tagIndex(tag: string): Int32Array {
    let index = this.#tagIndexes.get(tag);
    if (!index) {
      const hits: number[] = [];
      for (let i = 0; i < this.size; i++) if (this.#generatedTag(i) === tag) hits.push(i);
      this.#tagIndexes.set(tag, (index = Int32Array.from(hits)));
    }
    return index;
  }

  /** Whether any model may carry `tag` (a quick answer for a listing of a tag nobody has). */
  mayHaveTag(tag: string): boolean {
    if (this.#tagMix ? this.#tagMix.some(([t]) => t === tag) || tag === VL_ROOT_TAG : tag === this.task) return true;
    for (const override of this.overrides.values()) if (override.pipeline_tag === tag || override.alsoListed?.tag === tag) return true;
    return false;
  }

  /** Item i's id without generating the whole item (overrides included). */
  idOf(i: number): string {
    return this.overrides.get(i)?.id ?? this.#identity(i, rngFor(this.seed, i)).id;
  }

  /**
   * Item i's parents, relation and licence, from a stream of its own. Shapes of HUB-FACTS:
   * a third originals; derivatives quantized, fine-tuned, adapters, merges (two parents) or
   * untyped; parents older catalogue models or base models outside it; licences mostly the
   * parent's; every 10,007th model names itself, and two more name each other.
   */
  lineage(i: number, depth = 0): CatalogueLineage {
    if (i === this.vlRootIndex) return { parents: [], relation: "", license: "apache-2.0" }; // a flagship root names no parent
    const rng = rngFor(this.seed ^ 0x2545f491, i);
    const roll = rng();
    const slot = i % 10_007;
    let parents: CatalogueLineage["parents"] = [];
    let relation: CatalogueLineage["relation"] = "";
    if (slot === 3) {
      parents = [{ id: this.idOf(i), index: i }];
      relation = "finetune";
    } else if (slot === 5 && i + 1 < this.size) {
      parents = [{ id: this.idOf(i + 1), index: i + 1 }];
      relation = "finetune";
    } else if (slot === 6 && i >= 1) {
      parents = [{ id: this.idOf(i - 1), index: i - 1 }];
      relation = "merge";
    } else if (roll >= 0.35) {
      const r = rng();
      relation = r < 0.35 ? "quantized" : r < 0.75 ? "finetune" : r < 0.87 ? "adapter" : r < 0.93 ? "merge" : "untyped";
      for (let k = relation === "merge" ? 2 : 1; k > 0; k--) {
        const older = i + 1 + Math.floor(rng() ** 3 * 3000);
        if (rng() < 0.45 && older < this.size) parents.push({ id: this.idOf(older), index: older });
        else parents.push({ id: (EXTERNAL_BASES[Math.floor(rng() * EXTERNAL_BASES.length)] as [string, string])[0] });
      }
    }
    const licenseRoll = rng();
    let license: string | undefined;
    const parent = parents[0];
    if (licenseRoll < 0.06) license = undefined;
    else if (parent && licenseRoll < 0.86) license = parent.index === undefined ? EXTERNAL_BASES.find(([id]) => id === parent.id)?.[1] : parent.index === i || depth > 6 ? "apache-2.0" : this.lineage(parent.index, depth + 1).license;
    else license = pick(rng, LICENSES);
    return { parents, relation, license };
  }

  item(i: number): HubModel {
    const rng = rngFor(this.seed, i);
    const createdMs = this.createdAtMs(i);
    const { id, suffix } = this.#identity(i, rng);
    const owner = id.slice(0, id.indexOf("/"));

    const downloads = rng() < 0.6 ? 0 : Math.min(2e7, Math.max(1, Math.round(Math.exp(1.1 + 2.7 * normal(rng)))));
    const likesRoll = rng();
    const likes =
      likesRoll < (downloads > 1000 ? 0.5 : 0.92) ? 0 : Math.min(15000, 1 + Math.floor(Math.exp(Math.abs(1.4 * normal(rng)))));
    const spaceCount = rng() < 0.96 ? 0 : Math.min(100, 1 + Math.floor(Math.exp(2.2 * Math.abs(normal(rng)))));
    const gatedRoll = rng();
    const gated = gatedRoll < 0.975 ? false : gatedRoll < 0.99 ? ("auto" as const) : ("manual" as const);
    const libRoll = rng();
    let library: string | undefined =
      libRoll < 0.8 ? "transformers" : libRoll < 0.86 ? "peft" : libRoll < 0.91 ? "gguf" : libRoll < 0.94 ? "mlx" : libRoll < 0.96 ? "vllm" : undefined;
    if (rng() < this.#nastyShare) library = pick(rng, NASTY_LIBRARIES);
    const hasSafetensors = rng() < 0.55;
    const params = Math.round(pick(rng, PARAM_SIZES) * (0.97 + 0.06 * rng()));
    const isAdapter = library === "peft";
    const isGguf = suffix.includes("GGUF");
    const usedStorage = isAdapter
      ? Math.round(1e6 * Math.exp(rng() * 7.6))
      : Math.round(params * (isGguf ? 4 + 6 * rng() : 2 + rng() * 1.5));
    const modifiedMs = createdMs + Math.floor(rng() ** 4 * (this.nowMs - createdMs) / 1000) * 1000;
    const model: HubModel = {
      _id: this.objectId(i),
      id,
      author: owner,
      createdAt: new Date(createdMs).toISOString(),
      lastModified: new Date(modifiedMs).toISOString(),
      downloads,
      downloadsAllTime: downloads + Math.floor(downloads * 30 * rng()) + Math.floor(rng() * 50),
      likes,
      private: false,
      gated,
      spaces: Array.from({ length: spaceCount }, (_, k) => `space-user${k}/demo-${i.toString(36)}`),
      usedStorage: Math.min(7e12, usedStorage),
      tags: this.#tags(i, library),
    };
    const tag = this.tagOf(i);
    if (tag !== "") model.pipeline_tag = tag;
    if (library !== undefined) model.library_name = library;
    if (hasSafetensors && !isGguf) model.safetensors = { parameters: { BF16: params }, total: params };
    if (this.#malformedShare > 0 && rng() < this.#malformedShare) model.malformed = true;
    if (this.week > 0 && model.downloads > 0) {
      model.downloadsAllTime += Math.round((model.downloads * 7 * this.week) / 30);
      model.downloads = Math.max(1, Math.round(model.downloads * (1 + 0.2 * Math.sin(i + this.week))));
    }
    const override = this.overrides.get(i);
    return override ? { ...model, ...override } : model;
  }

  /** Tags as the Hub writes them: library and format names, lineage in both forms, licence, the usual extras (≈300–600 bytes). */
  #tags(i: number, library: string | undefined): string[] {
    const { parents, relation, license } = this.lineage(i);
    const pipelineTag = this.#tagMix ? this.tagOf(i) : "text-generation";
    const tags = [...(library ? [library] : []), "safetensors", ...(pipelineTag ? [pipelineTag] : []), ...(i % 2 === 0 ? ["conversational"] : []), "en"];
    for (const parent of parents) {
      tags.push(`base_model:${parent.id}`);
      if (relation !== "" && relation !== "untyped") tags.push(`base_model:${relation}:${parent.id}`);
    }
    if (relation === "quantized") tags.push("gguf", "4-bit", "imatrix");
    else if (relation === "finetune") tags.push("trl", "sft", "unsloth");
    else if (relation === "merge") tags.push("mergekit", "merge");
    if (license !== undefined) tags.push(`license:${license}`);
    tags.push(`dataset:open-datasets/instruction-corpus-${i % 97}`, "pytorch");
    if (i % 2 === 0) tags.push(`arxiv:2401.${String(i % 10_000).padStart(5, "0")}`, "zh", "fr");
    return [...tags, ...EXTRA_TAGS];
  }

  /** The index of a current model id, or undefined (built on first use). */
  indexOfId(id: string): number | undefined {
    if (!this.#idIndex) {
      this.#idIndex = new Map();
      for (let i = 0; i < this.size; i++) this.#idIndex.set(this.item(i).id, i);
    }
    const i = this.#idIndex.get(id);
    return i === undefined || this.deleted.has(i) ? undefined : i;
  }

  /** Changes an item as a new commit would (lastModified moves, storage grows). */
  touch(i: number, change: Partial<HubModel>): void {
    this.overrides.set(i, { ...this.overrides.get(i), ...change });
    if (change.id !== undefined) this.#idIndex = undefined;
  }
}
