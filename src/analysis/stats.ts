/** Small, exact statistics for the findings. */

/** The rows where `keep` holds, in order. */
export function rowsWhere(length: number, keep: (i: number) => boolean): Uint32Array {
  const rows = new Uint32Array(length);
  let kept = 0;
  for (let i = 0; i < length; i++) if (keep(i)) rows[kept++] = i;
  return rows.slice(0, kept);
}

/** The values of `column` at the given rows, in their order. */
export function at(column: ArrayLike<number>, rows: Uint32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = column[rows[k] as number] as number;
  return out;
}

/** The largest of non-negative values (0 when there are none): how large a table indexed by codes must be. */
export function largestValue(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > max) max = values[i] as number;
  return max;
}

/** The median (the mean of the middle two of an even count); values hold no NaN. */
export function median(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  const work = Float64Array.from(values);
  const upper = select(work, n >> 1);
  if (n % 2 === 1) return upper;
  // After selecting n/2, every value before it is no greater: the lower middle is their largest.
  let lower = work[0] as number;
  for (let i = 1; i < n >> 1; i++) if ((work[i] as number) > lower) lower = work[i] as number;
  return (lower + upper) / 2;
}

/**
 * The value a sort would put at `k`, found by Hoare's selection (values before k end up no greater,
 * those after no smaller): linear time where a sort of 700k values took ≈ 80 ms. After 64 rounds
 * (input that defeats the median-of-three pivot) the rest is sorted.
 */
export function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  for (let round = 0; hi > lo; round++) {
    if (round === 64) {
      a.subarray(lo, hi + 1).sort();
      break;
    }
    const x = a[lo] as number;
    const y = a[(lo + hi) >>> 1] as number;
    const z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i++] = a[j] as number;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break; // between j and i: every value there equals the pivot
  }
  return a[k] as number;
}

/**
 * The weighted median: the smallest value whose own weight and the weights of all smaller values
 * reach half the total (as walking the values in order would find it); null when the weights sum to 0.
 */
export function weightedMedian(values: ArrayLike<number>, weights: ArrayLike<number>): number | null {
  const n = values.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i] as number;
  if (total === 0) return null;
  const v = Float64Array.from(values);
  const w = Float64Array.from(weights);
  const half = total / 2;
  // Selection on the values, carrying the weights; `below` is the weight left of [lo, hi].
  let lo = 0;
  let hi = n - 1;
  let below = 0;
  while (hi > lo) {
    const pivot = v[(lo + hi) >>> 1] as number;
    // Three ways: [lo, lt) smaller, [lt, gt] equal, (gt, hi] greater.
    let lt = lo;
    let gt = hi;
    for (let i = lo; i <= gt; ) {
      const value = v[i] as number;
      if (value < pivot) swap(v, w, i++, lt++);
      else if (value > pivot) swap(v, w, i, gt--);
      else i++;
    }
    let smaller = below;
    for (let i = lo; i < lt; i++) smaller += w[i] as number;
    let equal = 0;
    for (let i = lt; i <= gt; i++) equal += w[i] as number;
    if (smaller >= half) hi = lt - 1;
    else if (smaller + equal >= half) return pivot;
    else {
      below = smaller + equal;
      lo = gt + 1;
    }
  }
  return v[lo] as number;
}

function swap(v: Float64Array, w: Float64Array, i: number, j: number): void {
  const value = v[i] as number;
  v[i] = v[j] as number;
  v[j] = value;
  const weight = w[i] as number;
  w[i] = w[j] as number;
  w[j] = weight;
}

export function mean(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

let lent: Uint32Array | undefined;

/**
 * Runs `work` with one sort work space for every ranking of up to `n` values in it, let go after:
 * a dozen rankings of 700k values each made ≈ 17 MB of garbage, ≈ 100 MB at the findings' peak.
 */
export function withRankingSpace<T>(n: number, work: () => T): T {
  const outer = lent;
  lent = new Uint32Array(6 * n);
  try {
    return work();
  } finally {
    lent = outer;
  }
}

/**
 * Ranks 1..n with ties given their average rank (as Spearman's rho needs). The values' bits,
 * mapped so that unsigned order is numeric order, are radix-sorted 16 bits a pass carrying each
 * value's position (passes where every value has the same digit are skipped: counts and dates
 * leave most of a double's low bits zero); tie groups then get their average rank in one walk.
 * Several times faster than a comparison sort at 700k values.
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  // One work space for the six arrays of the sort: the one rankingSpace lends, else one let go on return.
  const scratch = lent !== undefined && lent.length >= 6 * n ? lent : new Uint32Array(6 * n);
  let hi = scratch.subarray(0, n);
  let lo = scratch.subarray(n, 2 * n);
  let at = scratch.subarray(2 * n, 3 * n);
  const word = new Float64Array(1);
  const bits = new Uint32Array(word.buffer); // little-endian: [low word, high word]
  for (let i = 0; i < n; i++) {
    word[0] = (values[i] as number) + 0; // -0 → +0: equal values, equal bits
    const h = bits[1] as number;
    const negative = h >>> 31 === 1;
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[i] = negative ? ~(bits[0] as number) >>> 0 : (bits[0] as number);
    at[i] = i;
  }
  let hi2 = scratch.subarray(3 * n, 4 * n);
  let lo2 = scratch.subarray(4 * n, 5 * n);
  let at2 = scratch.subarray(5 * n, 6 * n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const shift = pass % 2 === 0 ? 0 : 16;
    const source = pass < 2 ? lo : hi;
    counts.fill(0);
    for (let k = 0; k < n; k++) {
      const digit = ((source[k] as number) >>> shift) & 0xffff;
      counts[digit] = (counts[digit] as number) + 1;
    }
    if (n > 0 && counts[((source[0] as number) >>> shift) & 0xffff] === n) continue; // one digit: order unchanged
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const digit = ((source[k] as number) >>> shift) & 0xffff;
      const to = counts[digit] as number;
      counts[digit] = to + 1;
      hi2[to] = hi[k] as number;
      lo2[to] = lo[k] as number;
      at2[to] = at[k] as number;
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [at, at2] = [at2, at];
  }
  const ranks = new Float64Array(n);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && hi[end] === hi[start] && lo[end] === lo[start]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[at[k] as number] = rank;
    start = end;
  }
  return ranks;
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

