/**
 * Strings repeated across many models (authors, libraries) are kept once: at 700k models the
 * top authors and the few library names would otherwise be copied hundreds of thousands of times.
 */
const interned = new Map<string, string>();
const LIMIT = 200_000;

export function intern(value: string): string {
  const known = interned.get(value);
  if (known !== undefined) return known;
  if (interned.size < LIMIT) interned.set(value, value);
  return value;
}
