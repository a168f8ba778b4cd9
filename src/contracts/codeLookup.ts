import { codeKey } from "../cells";
import { CodeIndex } from "../codes";

/**
 * Look-up of codes typed on many lines (claims, activity): the same raw text
 * repeats thousands of times, so its normalised match is cached per raw value.
 * Returns -1 for an unknown code.
 */
export function cachedLookup(index: CodeIndex): (raw: unknown) => number {
  const cache = new Map<unknown, number>();
  return (raw) => {
    let hit = cache.get(raw);
    if (hit === undefined) {
      hit = raw === null || raw === undefined ? -1 : (index.find(codeKey(String(raw))) ?? -1);
      cache.set(raw, hit);
    }
    return hit;
  };
}
