import type { ModelColumns } from "../dataset/table.ts";

/** The study's popularity classes, by 30-day downloads. */
export const CLASSES = [
  { name: "Not Popular", min: 0, max: 39, label: "< 40 downloads" },
  { name: "Popular", min: 40, max: 999, label: "40–999 downloads" },
  { name: "Very Popular", min: 1000, max: Number.POSITIVE_INFINITY, label: "≥ 1000 downloads" },
] as const;

export type PopularityClass = (typeof CLASSES)[number]["name"];

export function popularityClass(downloads: number): PopularityClass {
  return downloads < 40 ? "Not Popular" : downloads < 1000 ? "Popular" : "Very Popular";
}

export interface ClassCount {
  name: PopularityClass;
  label: string;
  count: number;
  share: number;
}

export function popularityClasses(models: Pick<ModelColumns, "length" | "downloads">): ClassCount[] {
  const counts = new Map<PopularityClass, number>();
  for (let i = 0; i < models.length; i++) {
    const c = popularityClass(models.downloads[i] as number);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return CLASSES.map((c) => {
    const count = counts.get(c.name) ?? 0;
    return { name: c.name, label: c.label, count, share: models.length ? count / models.length : 0 };
  });
}

/**
 * Download bins on a 1-2-4 logarithmic ladder; 40 and 1000 are edges, so no bin straddles
 * two classes. Bin k holds downloads in [lower, upper).
 */
export function downloadBins(maxDownloads: number): Array<{ lower: number; upper: number; label: string }> {
  const bins = [{ lower: 0, upper: 1, label: "0" }];
  let lower = 1;
  const steps = [2, 4, 10];
  let decade = 1;
  while (lower <= maxDownloads) {
    for (const step of steps) {
      const upper = decade * step;
      if (upper <= lower) continue;
      bins.push({ lower, upper, label: binLabel(lower, upper) });
      lower = upper;
      if (lower > maxDownloads) break;
    }
    decade *= 10;
  }
  return bins;
}

/** Exact below a thousand ("40–99"); compact and half-open above ("1k–2k" holds 1000–1999). */
function binLabel(lower: number, upper: number): string {
  if (upper - lower === 1) return String(lower);
  return upper <= 1000 ? `${lower}–${upper - 1}` : `${compact(lower)}–${compact(upper)}`;
}

export function compact(n: number): string {
  if (n >= 1e9) return `${trim(n / 1e9)}B`;
  if (n >= 1e6) return `${trim(n / 1e6)}M`;
  if (n >= 1e3) return `${trim(n / 1e3)}k`;
  return String(n);
}

function trim(x: number): string {
  return x >= 100 ? x.toFixed(0) : Number(x.toPrecision(3)).toString();
}
