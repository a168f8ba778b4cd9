import { Random } from "./random";

/**
 * The benchmark's hospital, generated from a seed (no data files): cost
 * centres with their costs and secondary keys, the acts and what each consumes,
 * a fee-for-service contract (price list) and a year of claim lines, some of
 * them messy. Everything is shaped as Excel passes ranges to our functions:
 * row-major 2-D arrays, blank cells as null.
 *
 * Amounts are whole cents divided by 100 (what a cell holding 1 234.56 gives).
 * Support centres come first, in their step-down closing order, then the main
 * centres; the native workbook relies on that layout (see native.ts).
 */

export type Cell = number | string | null;
export type Range = Cell[][];

export type SizeName = "small" | "medium" | "large";

export interface SizeSpec {
  name: SizeName;
  centres: number;
  support: number;
  acts: number;
  lines: number;
  priceList: number;
}

export const SIZES: Record<SizeName, SizeSpec> = {
  small: { name: "small", centres: 20, support: 4, acts: 1_000, lines: 10_000, priceList: 100 },
  medium: { name: "medium", centres: 100, support: 20, acts: 10_000, lines: 200_000, priceList: 2_000 },
  large: { name: "large", centres: 500, support: 100, acts: 10_000, lines: 200_000, priceList: 2_000 },
};
export const SIZE_NAMES = Object.keys(SIZES) as SizeName[];

export const DEFAULT_SEED = 20240101;

/** The contract year: 1 January to 31 December 2024, as Excel serial dates. */
const PERIOD_START = 45292;
const PERIOD_END = 45657;

export interface Messy {
  unknownCodes: number;
  outOfPeriod: number;
  duplicates: number;
  textQuantities: number;
  otherPrices: number;
  blankPrices: number;
  fractionalQuantities: number;
}

export interface Dataset {
  size: SizeSpec;
  seed: number;
  /** Codes of all centres, one column: support centres first (closing order), then main centres. */
  centres: Range;
  /** Cost of each centre before secondary distribution (primary costs), one column. */
  costs: Range;
  costCents: number[];
  supportCount: number;
  /** Secondary keys, labelled: first row all centres, first column the support centres; about half the drivers blank. */
  keys: Range;
  /** Units of work of each centre (blank for support centres), = Σ volume × units of the acts that use it. */
  units: Range;
  /** Units each act uses in each main centre, labelled: first row main centres, first column acts; 1–4 centres per act. */
  consumption: Range;
  /** Direct consumables of each act (blank = none). */
  direct: Range;
  /** Number of each act performed in the year. */
  volumes: number[];
  /** Price list, no header: act code, contract price, contracted volume, ceiling (blank). */
  contract: Range;
  /** Claim lines, no header: date, act code, quantity, billed unit price (blank = contract price), reference. */
  activity: Range;
  periodStart: number;
  periodEnd: number;
  envelope: number;
  envelopeCents: number;
  advances: Range;
  /** A clean claim line (valid, in period, never copied by a duplicate): the one the "change one claim line" timing edits. */
  probeLine: number;
  messy: Messy;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const cents = (x: number): number => x / 100;

/** Sub-streams so that growing one part of the data never reshuffles another. */
const stream = (seed: number, part: number): Random => new Random(Math.imul(seed, 2654435761) ^ Math.imul(part + 1, 40503));

export function generate(sizeName: SizeName, seed: number = DEFAULT_SEED, overrides: { priceList?: number } = {}): Dataset {
  const size: SizeSpec = { ...SIZES[sizeName], ...(overrides.priceList ? { priceList: overrides.priceList } : {}) };
  const n = size.centres;
  const k = size.support;
  const m = n - k;
  const base = seed + SIZE_NAMES.indexOf(sizeName) * 7919;

  // Centres and their primary costs (support 20 k–1.5 M, main 50 k–9 M).
  const r = stream(base, 0);
  const codes = [...Array.from({ length: k }, (_, i) => `S${pad(i + 1, 3)}`), ...Array.from({ length: m }, (_, j) => `M${pad(j + 1, 3)}`)];
  const costCents = codes.map((_, j) => (j < k ? r.int(2_000_000, 150_000_000) : r.int(5_000_000, 900_000_000)));

  // Secondary keys: about half dense, integer drivers (m², staff, kg…); each support centre serves at least one main centre.
  const keys: Range = [[null, ...codes]];
  for (let i = 0; i < k; i++) {
    const row: Cell[] = codes.map((_, j) => (j !== i && r.chance(0.5) ? r.int(1, 1000) : null));
    if (!row.some((d, j) => j >= k && d !== null)) row[k + r.int(0, m - 1)] = r.int(1, 1000);
    keys.push([codes[i], ...row]);
  }

  // Acts: each uses 1–4 main centres; every main centre is used by at least one act (its cost must be absorbed).
  const ra = stream(base, 1);
  const unitsCount = new Array<number>(m).fill(0);
  const consumption: Range = [[null, ...codes.slice(k)]];
  const direct: Range = [];
  const volumes: number[] = [];
  for (let a = 0; a < size.acts; a++) {
    const used = ra.distinct(ra.int(1, 4), m);
    if (a < m && !used.includes(a)) used[0] = a;
    const volume = ra.int(1, 300);
    const row: Cell[] = new Array<Cell>(m).fill(null);
    for (const c of used) {
      const u = ra.int(1, 60);
      row[c] = u;
      unitsCount[c] += u * volume;
    }
    consumption.push([`ACT${pad(a + 1, 5)}`, ...row]);
    direct.push([ra.chance(0.7) ? cents(ra.int(0, 2_000_000)) : null]);
    volumes.push(volume);
  }

  // The contract's price list: prices from 5.00 to 50 000.00, log-uniform.
  const rc = stream(base, 2);
  const priceCents: number[] = [];
  const contract: Range = [];
  for (let p = 0; p < size.priceList; p++) {
    const price = Math.round(Math.exp(Math.log(500) + rc.next() * (Math.log(5_000_000) - Math.log(500))));
    priceCents.push(price);
    contract.push([`A${pad(p + 1, 4)}`, cents(price), rc.int(10, 2000), null]);
  }

  // A year of claim lines; a few percent are messy.
  const messy: Messy = { unknownCodes: 0, outOfPeriod: 0, duplicates: 0, textQuantities: 0, otherPrices: 0, blankPrices: 0, fractionalQuantities: 0 };
  const activity: Range = [];
  let approxDueCents = 0;
  let probeLine = -1;
  const copied = new Set<number>();
  for (let line = 0; line < size.lines; line++) {
    if (line > 0 && rc.chance(0.01)) {
      const original = rc.int(0, line - 1);
      copied.add(original);
      activity.push(activity[original].slice());
      messy.duplicates++;
      continue;
    }
    let clean = true;
    let date = rc.int(PERIOD_START, PERIOD_END);
    if (rc.chance(0.01)) {
      date = rc.chance(0.5) ? rc.int(PERIOD_START - 90, PERIOD_START - 1) : rc.int(PERIOD_END + 1, PERIOD_END + 60);
      messy.outOfPeriod++;
      clean = false;
    }
    const act = Math.floor(size.priceList * rc.next() ** 2);
    let code = contract[act][0] as string;
    if (rc.chance(0.01)) {
      code = `X${pad(rc.int(1, 99_999), 5)}`;
      messy.unknownCodes++;
      clean = false;
    }
    let qty: Cell = 1;
    const q = rc.next();
    if (q < 0.005) {
      qty = rc.pick(["1", "2", "un", "1,5"]);
      messy.textQuantities++;
      clean = false;
    } else if (q < 0.035) {
      qty = rc.pick([0.5, 1.5, 2.5]);
      messy.fractionalQuantities++;
      clean = false;
    } else if (q < 0.135) {
      qty = rc.int(2, 5);
    }
    let billed: Cell = cents(priceCents[act]);
    const b = rc.next();
    if (b < 0.02) {
      billed = cents(Math.round(priceCents[act] * rc.pick([0.9, 1.05, 1.1])));
      messy.otherPrices++;
      clean = false;
    } else if (b < 0.05) {
      billed = null;
      messy.blankPrices++;
    }
    if (typeof qty === "number" && !code.startsWith("X")) approxDueCents += qty * priceCents[act];
    activity.push([date, code, qty, billed, `F${pad(line + 1, 7)}`]);
    if (clean && qty === 1) probeLine = line;
  }
  // The probe line must not be the original of a duplicate: walk back to a clean line nobody copied.
  while (probeLine >= 0 && (copied.has(probeLine) || !isCleanLine(activity[probeLine], contract))) probeLine--;

  // A binding envelope (about 95% of what is due) and twelve monthly advances.
  const envelopeCents = Math.round(approxDueCents * 0.95);
  const advanceCents = Math.round(envelopeCents * 0.08);

  return {
    size,
    seed,
    centres: codes.map((c) => [c]),
    costs: costCents.map((c) => [cents(c)]),
    costCents,
    supportCount: k,
    keys,
    units: codes.map((_, j) => [j < k ? null : unitsCount[j - k]]),
    consumption,
    direct,
    volumes,
    contract,
    activity,
    periodStart: PERIOD_START,
    periodEnd: PERIOD_END,
    envelope: cents(envelopeCents),
    envelopeCents,
    advances: Array.from({ length: 12 }, () => [cents(advanceCents)]),
    probeLine,
    messy,
  };
}

function isCleanLine(row: Cell[], contract: Range): boolean {
  const [date, code, qty, billed] = row;
  if (typeof date !== "number" || date < PERIOD_START || date > PERIOD_END || qty !== 1) return false;
  const line = contract.find((c) => c[0] === code);
  return line !== undefined && (billed === null || billed === line[1]);
}

/** Exact Σ of the primary costs, in cents: what every allocation method must add up to. */
export const totalCostCents = (data: Dataset): number => data.costCents.reduce((a, b) => a + b, 0);
