/** Line numbers take the low 21 bits of a slot (Excel has at most 2^20 rows); the hash's top 11 bits the rest. */
const LINE_BITS = 21;
const LINE_MASK = (1 << LINE_BITS) - 1;

/** The table of the last finder released: a fresh multi-megabyte table costs page faults and garbage collection. */
let spare: Int32Array | null = null;

/**
 * Finds lines seen before, for a million claim lines: an open-addressing
 * hash table of line numbers in a typed array, with a hash the caller
 * computes from the line's fields. Much lighter than a Map of key strings,
 * which costs an allocation and a rehash per line.
 */
export class DuplicateFinder {
  /** Slot: tag | (line + 1), 0 when empty. One 32-bit word per line: the table stays small enough for the processor's cache. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `same(a, b)`: whether lines a and b are the same line (called only when tags meet: reading two claim rows is a cache miss). */
  constructor(
    capacity: number,
    private readonly same: (a: number, b: number) => boolean,
  ) {
    if (capacity >= LINE_MASK) throw new RangeError(`DuplicateFinder: more than ${LINE_MASK - 1} lines`);
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = spare?.length === size ? spare.fill(0) : new Int32Array(size);
    if (this.slots === spare) spare = null;
    this.mask = size - 1;
  }

  /** Leaves the table to the next finder of the same size; this one must not be used afterwards. */
  release(): void {
    spare = this.slots;
  }

  /** True if an earlier line equals `line`; otherwise records it and returns false. */
  seenBefore(hash: number, line: number): boolean {
    const tag = (hash >>> LINE_BITS) << LINE_BITS;
    const slots = this.slots;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const slot = slots[i];
      if (slot === 0) {
        slots[i] = tag | (line + 1);
        return false;
      }
      if ((slot & ~LINE_MASK) === tag && this.same((slot & LINE_MASK) - 1, line)) return true;
    }
  }
}

/** FNV-1a over a string or a number's text, mixed with four integers, then murmur3's finaliser so that low bits spread. */
export function hashOf(value: unknown, a: number, b: number, c: number, d: number): number {
  const text = typeof value === "string" ? value : String(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (a | 0), 0x01000193);
  h = Math.imul(h ^ (b | 0), 0x01000193);
  h = Math.imul(h ^ (c * 1000 | 0), 0x01000193);
  h = Math.imul(h ^ (d | 0), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
