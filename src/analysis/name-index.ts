/**
 * Which of a fixed list of names a string is, in an open-addressed table hashed on the length and
 * ten characters (sampled at both ends and in between; equality is still checked in full). At 700k
 * ids a Map took ≈ 350 ms, V8 hashing every character of each id the first time it is a key, and a
 * full FNV hash of our own ≈ 250 ms; the sample takes ≈ 100 ms.
 */
export class NameIndex {
  readonly #names: readonly string[];
  /** Slot → name number + 1; 0 is empty. */
  readonly #slots: Int32Array;
  /** Slot → the name's hash: most names that share a slot differ in it, so few strings are compared. */
  readonly #hashes: Int32Array;
  readonly #mask: number;

  constructor(names: readonly string[]) {
    this.#names = names;
    let size = 16;
    while (size < names.length * 2) size *= 2;
    this.#slots = new Int32Array(size);
    this.#hashes = new Int32Array(size);
    this.#mask = size - 1;
    for (let k = 0; k < names.length; k++) {
      const name = names[k] as string;
      if (this.find(name) !== -1) continue; // a repeat keeps its first number
      const h = hashOf(name);
      let slot = h & this.#mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = k + 1;
      this.#hashes[slot] = h;
    }
  }

  /** The name's number, or -1 when it is not one of them. */
  find(text: string): number {
    const h = hashOf(text);
    for (let slot = h & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const entry = this.#slots[slot] as number;
      if (entry === 0) return -1;
      if (this.#hashes[slot] === h && this.#names[entry - 1] === text) return entry - 1;
    }
  }
}

const P = 0x01000193; // FNV's 32-bit prime

/** FNV-1a over the length and ten UTF-16 units; a position past either end reads as NaN, which `^` takes as 0. */
function hashOf(text: string): number {
  const n = text.length;
  const mid = n >> 1;
  let h = Math.imul(0x811c9dc5 ^ n, P);
  h = Math.imul(h ^ text.charCodeAt(0), P);
  h = Math.imul(h ^ text.charCodeAt(1), P);
  h = Math.imul(h ^ text.charCodeAt(n >> 2), P);
  h = Math.imul(h ^ text.charCodeAt(mid), P);
  h = Math.imul(h ^ text.charCodeAt(mid + 1), P);
  h = Math.imul(h ^ text.charCodeAt((3 * n) >> 2), P);
  h = Math.imul(h ^ text.charCodeAt(n - 4), P);
  h = Math.imul(h ^ text.charCodeAt(n - 3), P);
  h = Math.imul(h ^ text.charCodeAt(n - 2), P);
  h = Math.imul(h ^ text.charCodeAt(n - 1), P);
  return h ^ (h >>> 15);
}
