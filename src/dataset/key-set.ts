/**
 * Sets and indexes of strings at 700k–2M entries without a JS Map's per-entry cost: open
 * addressing over typed arrays. A Map of 700k ids costs ≈ 45 MB as it grows; these, 8–20 MB.
 */

/** FNV-1a over UTF-16 code units. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Slots for at least twice `expected` entries, a power of two. */
function slotsFor(expected: number): number {
  let size = 1024;
  while (size < expected * 2) size *= 2;
  return size;
}

/**
 * The position of each string in an array the caller keeps (the strings are not copied): four
 * bytes a slot. `get` is -1 for a string never added.
 */
export class StringIndex {
  readonly #keyAt: (position: number) => string;
  #slots: Int32Array;
  #size = 0;

  constructor(keyAt: (position: number) => string, expected = 0) {
    this.#keyAt = keyAt;
    this.#slots = new Int32Array(slotsFor(expected)).fill(-1);
  }

  get size(): number {
    return this.#size;
  }

  get(key: string): number {
    if (this.#size === 0) return -1; // a first snapshot's empty previous dataset: no id hashed for nothing
    const mask = this.#slots.length - 1;
    for (let s = hash(key) & mask; ; s = (s + 1) & mask) {
      const position = this.#slots[s] as number;
      if (position === -1) return -1;
      if (this.#keyAt(position) === key) return position;
    }
  }

  /** Adds the string at `position`; a string already present keeps its first position. */
  add(position: number): void {
    if ((this.#size + 1) * 2 > this.#slots.length) this.#rehash();
    if (this.#place(this.#slots, position)) this.#size++;
  }

  #place(slots: Int32Array, position: number): boolean {
    const key = this.#keyAt(position);
    const mask = slots.length - 1;
    for (let s = hash(key) & mask; ; s = (s + 1) & mask) {
      const there = slots[s] as number;
      if (there === -1) {
        slots[s] = position;
        return true;
      }
      if (this.#keyAt(there) === key) return false;
    }
  }

  #rehash(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2).fill(-1);
    for (const position of old) if (position !== -1) this.#place(this.#slots, position);
  }
}

const HEX24 = /^[0-9a-f]{24}$/;

/** A slot hash of three 32-bit words. */
function wordsHash(a: number, b: number, c: number): number {
  return Math.imul(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b), 0xc2b2ae35) >>> 0;
}

/**
 * The Hub's `_id`s seen so far, each with a number (the listing's row): a 24-hex ObjectId is kept
 * as three 32-bit words and its number (16 bytes, not a 40-byte string and a Map entry); any other
 * key in a plain Map.
 */
export class ObjectIdMap {
  #words = new Uint32Array(3 * 1024);
  #values = new Int32Array(1024);
  #slots = new Int32Array(2048).fill(-1);
  #count = 0;
  readonly #other = new Map<string, number>();

  get size(): number {
    return this.#count + this.#other.size;
  }

  /** Adds `key` with `value` and returns undefined; when `key` is there already, returns its value and changes nothing. */
  putIfAbsent(key: string, value: number): number | undefined {
    if (!HEX24.test(key)) {
      const there = this.#other.get(key);
      if (there === undefined) this.#other.set(key, value);
      return there;
    }
    const a = Number.parseInt(key.slice(0, 8), 16);
    const b = Number.parseInt(key.slice(8, 16), 16);
    const c = Number.parseInt(key.slice(16, 24), 16);
    const mask = this.#slots.length - 1;
    for (let s = wordsHash(a, b, c) & mask; ; s = (s + 1) & mask) {
      const entry = this.#slots[s] as number;
      if (entry === -1) {
        this.#store(a, b, c, value);
        this.#slots[s] = this.#count - 1;
        if (this.#count * 2 > this.#slots.length) this.#rehash();
        return undefined;
      }
      const w = entry * 3;
      if (this.#words[w] === a && this.#words[w + 1] === b && this.#words[w + 2] === c) return this.#values[entry] as number;
    }
  }

  #store(a: number, b: number, c: number, value: number): void {
    if ((this.#count + 1) * 3 > this.#words.length) {
      const grown = new Uint32Array(this.#words.length * 2);
      grown.set(this.#words);
      this.#words = grown;
      const values = new Int32Array(this.#values.length * 2);
      values.set(this.#values);
      this.#values = values;
    }
    const w = this.#count * 3;
    this.#words[w] = a;
    this.#words[w + 1] = b;
    this.#words[w + 2] = c;
    this.#values[this.#count] = value;
    this.#count++;
  }

  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.#count; entry++) {
      const w = entry * 3;
      const [a, b, c] = [this.#words[w] as number, this.#words[w + 1] as number, this.#words[w + 2] as number];
      let s = wordsHash(a, b, c) & mask;
      while (slots[s] !== -1) s = (s + 1) & mask;
      slots[s] = entry;
    }
    this.#slots = slots;
  }
}
