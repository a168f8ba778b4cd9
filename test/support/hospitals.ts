import fc from "fast-check";
import { Cell } from "../../src/excel/cells";

/** A random hospital as Excel would pass it to ALLOCATE: centres, costs in cents, a labelled key range. */
export interface Hospital {
  centres: Cell[][];
  costs: Cell[][];
  keys: Cell[][];
  support: string[];
  mains: string[];
}

/**
 * Hospitals with 1–8 support and 1–25 main centres, costs up to 100 million
 * with cents, drivers about half dense; every support centre serves at least
 * one main centre (otherwise the methods are not defined). With
 * `crossSupport: false`, support centres never serve each other.
 */
export function hospital(options: { crossSupport: boolean }): fc.Arbitrary<Hospital> {
  return fc
    .record({ k: fc.integer({ min: 1, max: 8 }), m: fc.integer({ min: 1, max: 25 }) })
    .chain(({ k, m }) =>
      fc.record({
        k: fc.constant(k),
        m: fc.constant(m),
        cents: fc.array(fc.integer({ min: -1_000_000, max: 10_000_000_000 }), { minLength: k + m, maxLength: k + m }),
        drivers: fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }), { minLength: k + m, maxLength: k + m }), { minLength: k, maxLength: k }),
        anchor: fc.array(fc.integer({ min: 0, max: m - 1 }), { minLength: k, maxLength: k }),
      }),
    )
    .map(({ k, m, cents, drivers, anchor }) => {
      const support = Array.from({ length: k }, (_, i) => `S${i + 1}`);
      const mains = Array.from({ length: m }, (_, i) => `M${i + 1}`);
      const all = [...support, ...mains];
      const rows = drivers.map((row, i) => {
        const cleaned = row.map((d, j) => (j < k && (!options.crossSupport || j === i) ? null : d));
        cleaned[k + anchor[i]] = Math.max(1, cleaned[k + anchor[i]] ?? 1);
        return [support[i], ...cleaned];
      });
      return { centres: all.map((c) => [c]), costs: cents.map((c) => [c / 100]), keys: [[null, ...all], ...rows], support, mains };
    });
}
