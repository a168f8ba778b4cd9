import { codeKey } from "../cell";
import { CodeIndex } from "../codes";

/**
 * Look-up of codes typed on many lines (claims, activity): the same raw text
 * repeats thousands of times, so its normalised match is cached per raw text.
 * Returns -1 for an unknown code.
 */
export function cachedLookup(index: CodeIndex): (raw: unknown) => number {
  // A prototype-less object rather than a Map: V8 finds property names (strings it internalises) several times faster.
  const cache: Record<string, number> = Object.create(null);
  return (raw) => {
    if (raw === null || raw === undefined) return -1;
    const text = typeof raw === "string" ? raw : String(raw);
    let hit = cache[text];
    if (hit === undefined) cache[text] = hit = index.find(codeKey(text)) ?? -1;
    return hit;
  };
}
