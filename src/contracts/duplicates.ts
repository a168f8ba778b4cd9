/**
 * Finds lines seen before, for a million claim lines: an open-addressing
 * hash table of line numbers in a typed array, with a hash the caller
 * computes from the line's fields. Much lighter than a Map of key strings,
 * which costs an allocation and a rehash per line.
 */
export class DuplicateFinder {
  private readonly slots: Int32Array;
  /** Each slot's hash: lines are compared only when their hashes are equal (reading two claim rows is a cache miss). */
  private readonly hashes: Int32Array;
  private readonly mask: number;

  /** `same(a, b)`: whether lines a and b are the same line (called only when hashes meet). */
  constructor(
    capacity: number,
    private readonly same: (a: number, b: number) => boolean,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  /** True if an earlier line equals `line`; otherwise records it and returns false. */
  seenBefore(hash: number, line: number): boolean {
    const h = hash | 0;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const earlier = this.slots[i];
      if (earlier === -1) {
        this.slots[i] = line;
        this.hashes[i] = h;
        return false;
      }
      if (this.hashes[i] === h && this.same(earlier, line)) return true;
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
