import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  iso,
  resized
} from "./chunk-LEP5OP7O.js";

// src/dataset/key-set.ts
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
function slotsFor(expected) {
  let size = 1024;
  while (size < expected * 2) size *= 2;
  return size;
}
var StringIndex = class {
  #keyAt;
  #slots;
  #size = 0;
  constructor(keyAt, expected = 0) {
    this.#keyAt = keyAt;
    this.#slots = new Int32Array(slotsFor(expected)).fill(-1);
  }
  get size() {
    return this.#size;
  }
  get(key) {
    if (this.#size === 0) return -1;
    const mask = this.#slots.length - 1;
    for (let s = hash(key) & mask; ; s = s + 1 & mask) {
      const position = this.#slots[s];
      if (position === -1) return -1;
      if (this.#keyAt(position) === key) return position;
    }
  }
  /** Adds the string at `position`; a string already present keeps its first position. */
  add(position) {
    if ((this.#size + 1) * 2 > this.#slots.length) this.#rehash();
    if (this.#place(this.#slots, position)) this.#size++;
  }
  #place(slots, position) {
    const key = this.#keyAt(position);
    const mask = slots.length - 1;
    for (let s = hash(key) & mask; ; s = s + 1 & mask) {
      const there = slots[s];
      if (there === -1) {
        slots[s] = position;
        return true;
      }
      if (this.#keyAt(there) === key) return false;
    }
  }
  #rehash() {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2).fill(-1);
    for (const position of old) if (position !== -1) this.#place(this.#slots, position);
  }
};
var HEX24 = /^[0-9a-f]{24}$/;
function wordsHash(a, b, c) {
  return Math.imul(a ^ Math.imul(b, 2654435761) ^ Math.imul(c, 2246822507), 3266489909) >>> 0;
}
var ObjectIdMap = class {
  #words = new Uint32Array(3 * 1024);
  #values = new Int32Array(1024);
  #slots = new Int32Array(2048).fill(-1);
  #count = 0;
  #other = /* @__PURE__ */ new Map();
  get size() {
    return this.#count + this.#other.size;
  }
  /** Adds `key` with `value` and returns undefined; when `key` is there already, returns its value and changes nothing. */
  putIfAbsent(key, value) {
    if (!HEX24.test(key)) {
      const there = this.#other.get(key);
      if (there === void 0) this.#other.set(key, value);
      return there;
    }
    const a = Number.parseInt(key.slice(0, 8), 16);
    const b = Number.parseInt(key.slice(8, 16), 16);
    const c = Number.parseInt(key.slice(16, 24), 16);
    const mask = this.#slots.length - 1;
    for (let s = wordsHash(a, b, c) & mask; ; s = s + 1 & mask) {
      const entry = this.#slots[s];
      if (entry === -1) {
        this.#store(a, b, c, value);
        this.#slots[s] = this.#count - 1;
        if (this.#count * 2 > this.#slots.length) this.#rehash();
        return void 0;
      }
      const w = entry * 3;
      if (this.#words[w] === a && this.#words[w + 1] === b && this.#words[w + 2] === c) return this.#values[entry];
    }
  }
  #store(a, b, c, value) {
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
  #rehash() {
    const slots = new Int32Array(this.#slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.#count; entry++) {
      const w = entry * 3;
      const [a, b, c] = [this.#words[w], this.#words[w + 1], this.#words[w + 2]];
      let s = wordsHash(a, b, c) & mask;
      while (slots[s] !== -1) s = s + 1 & mask;
      slots[s] = entry;
    }
    this.#slots = slots;
  }
};

// src/dataset/previous.ts
var PreviousDataset = class {
  #ids = [];
  #slots;
  #lastModified;
  #usedStorage;
  #downloadsAllTime;
  #downloads;
  #downloadsAllTimePrevious;
  /** The pipeline tags it tracked (its manifest's set); undefined when unknown. */
  tags = void 0;
  /** Its newest creation or modification (unbounded: dates from the future included). */
  newestMs = 0;
  /** The moment the previous dataset describes: its manifest's snapshot, set by the reader; else the newest date. */
  #snapshotMs;
  get snapshotMs() {
    return this.#snapshotMs ?? this.newestMs;
  }
  set snapshotMs(ms) {
    this.#snapshotMs = ms;
  }
  /** `expected`: how many models it will hold (its index says), so that nothing grows or is copied. */
  constructor(expected = 0) {
    const capacity = Math.max(1024, expected);
    this.#slots = new StringIndex((slot) => this.#ids[slot], expected);
    this.#lastModified = new Float64Array(capacity);
    this.#usedStorage = new Float64Array(capacity);
    this.#downloadsAllTime = new Float64Array(capacity);
    this.#downloads = new Float64Array(capacity);
    this.#downloadsAllTimePrevious = new Float64Array(capacity);
  }
  add(record) {
    const slot = this.#ids.length;
    if (slot === this.#downloads.length) this.#grow();
    this.#ids.push(record.id);
    this.#slots.add(slot);
    this.#lastModified[slot] = record.lastModified ?? Number.NaN;
    this.#usedStorage[slot] = record.usedStorage ?? Number.NaN;
    this.#downloadsAllTime[slot] = record.downloadsAllTime ?? Number.NaN;
    this.#downloads[slot] = record.downloads;
    this.#downloadsAllTimePrevious[slot] = record.downloadsAllTimePrevious ?? Number.NaN;
    if (record.createdAt > this.newestMs) this.newestMs = record.createdAt;
    if (record.lastModified !== null && record.lastModified > this.newestMs) this.newestMs = record.lastModified;
  }
  #grow() {
    const grown = (old) => resized(old, Math.ceil(old.length * 1.5));
    this.#lastModified = grown(this.#lastModified);
    this.#usedStorage = grown(this.#usedStorage);
    this.#downloadsAllTime = grown(this.#downloadsAllTime);
    this.#downloads = grown(this.#downloads);
    this.#downloadsAllTimePrevious = grown(this.#downloadsAllTimePrevious);
  }
  /** Its own string for `id` (equal, not the same object), or undefined when it has no such model. */
  knownId(id) {
    const slot = this.#slots.get(id);
    return slot === -1 ? void 0 : this.#ids[slot];
  }
  has(id) {
    return this.#slots.get(id) !== -1;
  }
  get size() {
    return this.#slots.size;
  }
  /** The stored storage if the model's repository has not changed since (same Last Modified). */
  unchanged(id, lastModified) {
    const slot = this.#slots.get(id);
    if (slot === -1) return null;
    const storage = this.#usedStorage[slot];
    const before = this.#lastModified[slot];
    const same = lastModified === null ? Number.isNaN(before) : before === lastModified;
    return same && !Number.isNaN(storage) ? storage : null;
  }
  /** The ids of its `n` models with the most 30-day downloads (ties by id), most downloaded first. */
  topByDownloads(n) {
    const top = [];
    for (let slot = 0; slot < this.#ids.length; slot++) {
      const id = this.#ids[slot];
      const downloads = this.#downloads[slot];
      const worst = top.at(-1);
      if (top.length === n && worst && (downloads < worst.downloads || downloads === worst.downloads && id > worst.id)) continue;
      let k = top.length;
      while (k > 0 && (top[k - 1].downloads < downloads || top[k - 1].downloads === downloads && top[k - 1].id > id)) k--;
      top.splice(k, 0, { id, downloads });
      if (top.length > n) top.pop();
    }
    return top.map((t) => t.id);
  }
  /** All-time and 30-day downloads then, and its own previous all-time; undefined for a model that was not in it. */
  downloadsOf(id) {
    const slot = this.#slots.get(id);
    if (slot === -1) return void 0;
    const allTime = this.#downloadsAllTime[slot];
    const allTimePrevious = this.#downloadsAllTimePrevious[slot];
    return {
      allTime: Number.isNaN(allTime) ? null : allTime,
      last30Days: this.#downloads[slot],
      allTimePrevious: Number.isNaN(allTimePrevious) ? null : allTimePrevious
    };
  }
};
function carryPreviousDownloads(records, previous, snapshotMs, previousRolledBack = false) {
  if (previous.size === 0) return 0;
  const sameDay = previousRolledBack || iso(previous.snapshotMs).slice(0, 10) === iso(snapshotMs).slice(0, 10);
  let known = 0;
  for (let i = 0; i < records.length; i++) {
    const before = previous.downloadsOf(records.id(i));
    const then = before ? sameDay ? before.allTimePrevious : before.allTime : null;
    records.setDownloadsAllTimePrevious(i, then);
    if (then !== null) known++;
  }
  return known;
}

export {
  ObjectIdMap,
  PreviousDataset,
  carryPreviousDownloads
};
