/** Small, exact statistics for the findings; inputs are plain number arrays. */

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) sorted[i] = values[i] as number;
  sorted.sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Work buffers reused across calls: at 700k models each is 5.6 MB, and fresh ones make the GC run. */
let sortedBuffer = new Float64Array(0);
let groupBuffer = new Float64Array(0);

/**
 * Ranks 1..n with ties given their average rank (as Spearman's rho needs). The values are
 * sorted natively as a Float64Array; each tie group's average rank is computed once, and
 * each value finds its group by one binary search.
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  if (sortedBuffer.length < n) {
    sortedBuffer = new Float64Array(n);
    groupBuffer = new Float64Array(n);
  }
  const sorted = sortedBuffer.subarray(0, n);
  const groupRank = groupBuffer;
  for (let i = 0; i < n; i++) sorted[i] = values[i] as number;
  sorted.sort();
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sorted[end] === sorted[start]) end++;
    groupRank[start] = (start + 1 + end) / 2;
    start = end;
  }
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) ranks[i] = groupRank[bound(sorted, values[i] as number, false)] as number;
  return ranks;
}

/** The first index holding a value ≥ v, or with `after`, > v. */
function bound(sorted: Float64Array, v: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = sorted[mid] as number;
    if (x < v || (after && x === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spearman's rank correlation: Pearson's r of the average ranks. Null when undefined. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  if (x.length !== y.length) throw new Error("spearman needs two series of equal length");
  if (x.length < 3) return null;
  return pearson(averageRanks(x), averageRanks(y));
}

/** Spearman's rho from ranks computed once (several correlations share a series). */
export function spearmanOfRanks(xRanks: Float64Array, yRanks: Float64Array): number | null {
  return xRanks.length < 3 ? null : pearson(xRanks, yRanks);
}

export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i] as number;
    sy += y[i] as number;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Least-squares slope of y against 0..n-1. */
export function slope(y: readonly number[]): number {
  const n = y.length;
  const mx = (n - 1) / 2;
  let my = 0;
  for (const v of y) my += v;
  my /= n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (i - mx) * ((y[i] as number) - my);
    den += (i - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/** Rounds for stable, readable JSON (no float noise in committed files). */
export function round(value: number | null, digits = 4): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor || 0; // never -0
}

/** Keeps the `size` largest items by `score` (ties by id), in order. */
export class Top<T extends { id: string }> {
  readonly items: Array<{ item: T; score: number }> = [];
  readonly size: number;
  constructor(size: number) {
    this.size = size;
  }
  offer(item: T, score: number): void {
    const worst = this.items.at(-1);
    if (this.items.length === this.size && worst && (score < worst.score || (score === worst.score && item.id > worst.item.id))) return;
    let k = this.items.length;
    while (k > 0) {
      const above = this.items[k - 1] as { item: T; score: number };
      if (above.score > score || (above.score === score && above.item.id < item.id)) break;
      k--;
    }
    this.items.splice(k, 0, { item, score });
    if (this.items.length > this.size) this.items.pop();
  }
}

