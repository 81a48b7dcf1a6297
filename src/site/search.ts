/**
 * The model explorer's index: every model findable by the start of its author or of its name,
 * in shards loaded on demand. A shard holds the models whose author or name starts with its
 * prefix; a prefix shared by more than LEAF_ROWS models is split one character further, and its
 * node keeps a "top" file (the best rows for each sort, and the models named exactly so) for
 * short queries. Built from one sort of all tokens: every prefix is a contiguous range of it.
 */
export const LEAF_ROWS = 4000;
/** Rows a split node keeps for each sort order: as many as the explorer shows. */
export const TOP_ROWS = 100;
export const MIN_PREFIX = 2;
const MAX_PREFIX = 40;
/** Tokens are sorted in about this many batches (each a range of first characters). */
const TOKEN_BATCHES = 6;

/**
 * One model in the explorer: id, creation day (days since 1970-01-01 UTC), 30-day downloads,
 * likes, downloads since the previous snapshot (-1: a model new since), its pipeline tag (a position
 * in the page's list of tracked tags). Trailing zeros are left off (most models have no downloads
 * and no likes, and the first tag), and so are downloads since when the index says none were
 * measured. Compact: at 2M models every byte of a row is 4 MB of the site.
 */
export type SearchRow = [string, number, number?, number?, number?, number?];

export interface SearchIndex {
  minPrefix: number;
  /** Whether downloads since the previous snapshot were measured (a row without them then means 0). */
  sinceMeasured: boolean;
  /**
   * Prefix → models under it, and whether it is split; a split node's children have prefixes of
   * length `next` (more than one character longer where all its models share more: a long shared
   * start such as "qwen2.5-" costs one node, not one per character).
   */
  nodes: Record<string, { n: number; split: boolean; next?: number }>;
}

/** What the index reads of the models, by position. */
export interface SearchSource {
  size: number;
  sinceMeasured: boolean;
  id(i: number): string;
  row(i: number): SearchRow;
  /** Sort keys, higher first (downloads, likes, since, creation), as the explorer's sorts. */
  keys: Array<(i: number) => number>;
}

/** A file name for a prefix: hex, so any character of an id is safe in a URL and on any disk. */
export function shardName(prefix: string, top = false): string {
  return `${Buffer.from(prefix, "utf8").toString("hex")}${top ? ".top" : ""}.json`;
}

/**
 * The tokens a model is found by, lower-cased: its whole id (so typing the author, then the name,
 * narrows step by step even for an author of 100,000 models) and its name alone. At least
 * MIN_PREFIX long (padded).
 */
export function tokensOf(id: string): string[] {
  const lower = id.toLowerCase();
  const slash = lower.indexOf("/");
  const tokens = slash === -1 ? [lower] : [lower, lower.slice(slash + 1)];
  const padded = tokens.map((t) => (t.length < MIN_PREFIX ? t.padEnd(MIN_PREFIX, " ") : t));
  return padded[1] === padded[0] ? [padded[0] as string] : padded;
}

/**
 * The shards, one at a time (name and rows), then the index as the last item. Deterministic:
 * rows in the source's order, prefixes in code-unit order.
 */
export function* searchShards(source: SearchSource): Generator<{ name: string; rows: SearchRow[] } | { name: "index.json"; index: SearchIndex }> {
  // Tokens are sorted and visited a few first characters at a time (a prefix never spans two
  // first characters), so only a share of all tokens is held at once: the same shards, in the
  // same order, for a fraction of the memory.
  const perFirst = new Map<number, number>();
  for (let i = 0; i < source.size; i++) {
    for (const token of tokensOf(source.id(i))) perFirst.set(token.charCodeAt(0), (perFirst.get(token.charCodeAt(0)) ?? 0) + 1);
  }
  const batches: Array<[number, number]> = [];
  const perBatch = Math.max(1, Math.ceil([...perFirst.values()].reduce((a, b) => a + b, 0) / TOKEN_BATCHES));
  let held = 0;
  for (const code of [...perFirst.keys()].sort((a, b) => a - b)) {
    const last = batches.at(-1);
    if (last && held + (perFirst.get(code) as number) <= perBatch) last[1] = code;
    else {
      batches.push([code, code]);
      held = 0;
    }
    held += perFirst.get(code) as number;
  }
  let tokens: string[] = [];
  let owners: number[] = [];
  let order = new Int32Array(0);
  const sortBatch = (from: number, to: number): void => {
    tokens = [];
    owners = [];
    for (let i = 0; i < source.size; i++) {
      for (const token of tokensOf(source.id(i))) {
        const first = token.charCodeAt(0);
        if (first < from || first > to) continue;
        tokens.push(token);
        owners.push(i);
      }
    }
    order = new Int32Array(tokens.length);
    for (let k = 0; k < order.length; k++) order[k] = k;
    order.sort((a, b) => {
      const x = tokens[a] as string;
      const y = tokens[b] as string;
      return x < y ? -1 : x > y ? 1 : (owners[a] as number) - (owners[b] as number);
    });
  };
  const seen = new Int32Array(source.size).fill(-1);
  let stamp = 0;
  /** The distinct models of a range of `order`, in the source's order. */
  const modelsOf = (start: number, end: number): number[] => {
    stamp++;
    const models: number[] = [];
    for (let k = start; k < end; k++) {
      const owner = owners[order[k] as number] as number;
      if (seen[owner] !== stamp) {
        seen[owner] = stamp;
        models.push(owner);
      }
    }
    return models;
  };
  const index: SearchIndex = { minPrefix: MIN_PREFIX, sinceMeasured: source.sinceMeasured, nodes: {} };
  /** The best models of a set for every sort: what a top file above it can need of it. */
  const bestOfAll = (models: readonly number[]): number[] => {
    const keep = new Set<number>();
    for (const key of source.keys) for (const i of best(models, key, TOP_ROWS)) keep.add(i);
    return [...keep];
  };
  /**
   * Yields the shards of a range of the sorted tokens whose prefixes are `length` long, and
   * returns the range's best models for every sort (a parent's top file is built from its
   * children's, bottom-up, so no model is ranked more than once per level).
   */
  const visit = function* (start: number, end: number, length: number): Generator<{ name: string; rows: SearchRow[] }, number[]> {
    const pool: number[] = [];
    let k = start;
    while (k < end) {
      const token = tokens[order[k] as number] as string;
      if (token.length < length) {
        k++; // named exactly the parent prefix: in the parent's top file
        continue;
      }
      const prefix = token.slice(0, length);
      let groupEnd = k + 1;
      while (groupEnd < end && (tokens[order[groupEnd] as number] as string).startsWith(prefix)) groupEnd++;
      const models = modelsOf(k, groupEnd);
      if (models.length <= LEAF_ROWS || length >= MAX_PREFIX) {
        index.nodes[prefix] = { n: models.length, split: false };
        yield { name: shardName(prefix), rows: models.sort((a, b) => a - b).map((i) => source.row(i)) };
        for (const i of bestOfAll(models)) pool.push(i);
      } else {
        // Where every token of the group shares a longer start, the children begin after it.
        const shared = commonPrefix(tokens[order[k] as number] as string, tokens[order[groupEnd - 1] as number] as string);
        const next = Math.max(length + 1, shared + 1);
        index.nodes[prefix] = { n: models.length, split: true, next };
        // Models named exactly a prefix on the way (the node's, or the shared start) are always in its top file.
        const exact: number[] = [];
        for (let j = k; j < groupEnd && (tokens[order[j] as number] as string).length < next; j++) exact.push(owners[order[j] as number] as number);
        const candidates = yield* visit(k, groupEnd, next);
        const unique = new Set(candidates);
        for (const i of exact) unique.add(i);
        const top = new Set(exact);
        for (const i of bestOfAll([...unique].sort((a, b) => a - b))) top.add(i);
        yield { name: shardName(prefix, true), rows: [...top].sort((a, b) => a - b).map((i) => source.row(i)) };
        for (const i of top) pool.push(i);
      }
      k = groupEnd;
    }
    return pool;
  };
  for (const [from, to] of batches) {
    sortBatch(from, to);
    yield* visit(0, order.length, MIN_PREFIX);
  }
  yield { name: "index.json", index };
}

/** The `count` models with the highest key (ties: earlier first), found by one native sort of the scores. */
function best(models: readonly number[], key: (i: number) => number, count: number): number[] {
  if (models.length <= count) return [...models];
  const scores = new Float64Array(models.length);
  for (let j = 0; j < models.length; j++) scores[j] = key(models[j] as number);
  const threshold = scores.slice().sort()[models.length - count] as number;
  const above: number[] = [];
  const at: number[] = [];
  for (let j = 0; j < models.length; j++) {
    if ((scores[j] as number) > threshold) above.push(models[j] as number);
    else if (scores[j] === threshold) at.push(models[j] as number);
  }
  at.sort((a, b) => a - b);
  return [...above, ...at.slice(0, count - above.length)];
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}
