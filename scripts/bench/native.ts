import type { Cell, Dataset } from "./data";
import type { Stage } from "./stages";

/**
 * The same work done the way a finance officer does it today: native
 * spreadsheet formulas only (SUMPRODUCT, SUMIFS, MMULT, TRANSPOSE, MATCH,
 * INDEX, IF, ROUND), one formula per cell, amounts rounded cell by cell with
 * ROUND(…, 2) as users do. The sheets are plain 2-D arrays of values and
 * formula strings; bench code loads them into HyperFormula (GPL, benchmark and
 * tests only).
 *
 * Layout (support centres first, in closing order, as data.ts generates them):
 *   Centres     A code, B cost, C units                      (inputs)
 *   Keys        key table; row "main" (1/0) and row "rank" (closing order, 0 = main centre)
 *   Direct      shares (k×n), flows ROUND(cost × share, 2) (k×n), results row
 *   Step        same, with each support centre's amount = cost + what it received before closing
 *   Reciprocal  shares, TRANSPOSE of the support-to-support block, RECIPROCAL_ITERATIONS Jacobi
 *               iterations as columns (ARRAYFORMULA(D + MMULT(Sᵀ, T))), flows, results row
 *   Acts        units, allocated cost, cost per unit (rows), then one row per act:
 *               ROUND(SUMPRODUCT(units used, cost per unit) + direct, 2)
 *   Claims      one row per claim line: MATCH of the code, its contract price (INDEX), status
 *               (nested IF), accepted quantity, due ROUND(qty × price, 2), billed ROUND(qty × billed price, 2)
 *   Contract    per contract line: SUMIFS of quantity, billed and due, due after the envelope
 *               ROUND(due × envelope ÷ total due, 2), variances, COUNTIFS of out-of-period lines
 *   Balance     period, totals, advances, balance, line counts (SUM, COUNTIF)
 * Duplicates are not looked for: a formula that finds them (COUNTIFS over the
 * lines above each line) is quadratic, 2×10¹⁰ comparisons at 200 000 lines.
 */

export const RECIPROCAL_ITERATIONS = 50;

export type Content = number | string | boolean | null;
export type Sheets = Record<string, Content[][]>;

/** The input cell a "change one input" timing edits, and the two values it alternates between. */
export interface ChangeCell {
  sheet: string;
  row: number;
  col: number;
  values: [number, number];
}

export interface NativeWorkbook {
  sheets: Sheets;
  change: ChangeCell;
  /** Where each output sits (0-based rows and columns). */
  layout: Layout;
  formulaCount: number;
}

export interface Layout {
  /** Per allocation sheet: row of the results, columns 1..n. */
  allocationResultRow: Partial<Record<"Direct" | "Step" | "Reciprocal", number>>;
  /** Acts sheet: first act row and the column of the act cost. */
  acts?: { firstRow: number; costCol: number };
  reconciliation?: boolean;
}

/** Column letters of a 0-based column index (0 → A, 26 → AA). */
export function colName(c: number): string {
  let s = "";
  for (let x = c + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A1 reference of a 0-based cell; `$` on the column and/or row when asked. */
function ref(row: number, col: number, absCol = false, absRow = false): string {
  return `${absCol ? "$" : ""}${colName(col)}${absRow ? "$" : ""}${row + 1}`;
}
const abs = (row: number, col: number) => ref(row, col, true, true);

/** An input value as HyperFormula must receive it: text kept as text (a leading apostrophe: "2" stays text, not 2). */
function input(cell: Cell): Content {
  return typeof cell === "string" ? `'${cell}` : cell;
}

class Sheet {
  readonly cells: Content[][] = [];
  formulas = 0;
  set(row: number, col: number, value: Content): void {
    const line = (this.cells[row] ??= []);
    line[col] = value;
    if (typeof value === "string" && value.startsWith("=")) this.formulas++;
  }
  dense(): Content[][] {
    return Array.from(this.cells, (row) => Array.from(row ?? [], (v) => (v === undefined ? null : v)));
  }
}

interface Builder {
  sheets: Map<string, Sheet>;
  sheet(name: string): Sheet;
}

function builder(): Builder {
  const sheets = new Map<string, Sheet>();
  return {
    sheets,
    sheet(name) {
      let s = sheets.get(name);
      if (!s) sheets.set(name, (s = new Sheet()));
      return s;
    },
  };
}

/* ---------- cost centres ---------- */

function centresSheet(b: Builder, data: Dataset): void {
  const s = b.sheet("Centres");
  ["centre", "cost", "units"].forEach((h, c) => s.set(0, c, h));
  data.centres.forEach((row, j) => {
    s.set(j + 1, 0, input(row[0]));
    s.set(j + 1, 1, data.costs[j][0]);
    s.set(j + 1, 2, data.units[j][0]);
  });
}

/** Keys sheet rows (0-based): 0 header, 1..k support rows, k+1 "main" flags, k+2 closing ranks. Centre j sits in column j+1. */
function keysSheet(b: Builder, data: Dataset): void {
  const s = b.sheet("Keys");
  const k = data.supportCount;
  data.keys.forEach((row, r) => row.forEach((cell, c) => s.set(r, c, input(cell))));
  s.set(k + 1, 0, "main");
  s.set(k + 2, 0, "rank");
  data.centres.forEach((_, j) => {
    s.set(k + 1, j + 1, j < k ? 0 : 1);
    s.set(k + 2, j + 1, j < k ? j + 1 : 0);
  });
}

const costRef = (j: number) => `Centres!${abs(j + 1, 1)}`;

/** Results row: main centres = own cost + Σ of the rounded flows they receive; support centres 0. */
function resultsRow(s: Sheet, data: Dataset, resultRow: number, flowTop: number): void {
  const k = data.supportCount;
  const n = data.centres.length;
  s.set(resultRow, 0, "result");
  for (let j = 0; j < n; j++) {
    const c = colName(j + 1);
    s.set(resultRow, j + 1, `=IF(Keys!${c}$${k + 2}=1,${costRef(j)}+SUM(${c}${flowTop + 1}:${c}${flowTop + k}),0)`);
  }
}

/** Direct: shares over main centres only, flows = ROUND(cost × share, 2). */
function directSheet(b: Builder, data: Dataset): number {
  const s = b.sheet("Direct");
  const k = data.supportCount;
  const n = data.centres.length;
  const last = colName(n);
  for (let i = 0; i < k; i++) {
    s.set(i, 0, `=SUMPRODUCT(Keys!$B${i + 2}:$${last}${i + 2},Keys!$B$${k + 2}:$${last}$${k + 2})`);
    s.set(k + i, 0, `=${costRef(i)}`);
    for (let j = 0; j < n; j++) {
      const c = colName(j + 1);
      s.set(i, j + 1, `=IF(Keys!${c}$${k + 2}=1,Keys!${c}${i + 2}/$A${i + 1},0)`);
      s.set(k + i, j + 1, `=ROUND($A${k + i + 1}*${c}${i + 1},2)`);
    }
  }
  resultsRow(s, data, 2 * k, k);
  return 2 * k;
}

/**
 * Step-down in the row order of the keys (= closing order): a centre's amount
 * is its cost plus the rounded flows it received from the centres closed
 * before it; its shares go to main centres and to support centres closed
 * after it (SUMIFS on the rank row).
 */
function stepSheet(b: Builder, data: Dataset): number {
  const s = b.sheet("Step");
  const k = data.supportCount;
  const n = data.centres.length;
  const last = colName(n);
  const rankRow = k + 3;
  for (let i = 0; i < k; i++) {
    const keyRow = `Keys!$B${i + 2}:$${last}${i + 2}`;
    const ranks = `Keys!$B$${rankRow}:$${last}$${rankRow}`;
    const myRank = `Keys!$${colName(i + 1)}$${rankRow}`;
    s.set(i, 0, `=SUMIFS(${keyRow},${ranks},0)+SUMIFS(${keyRow},${ranks},">"&${myRank})`);
    const own = colName(i + 1);
    s.set(k + i, 0, i === 0 ? `=${costRef(0)}` : `=${costRef(i)}+SUM(${own}${k + 1}:${own}${k + i})`);
    for (let j = 0; j < n; j++) {
      const c = colName(j + 1);
      s.set(i, j + 1, `=IF(OR(Keys!${c}$${rankRow}=0,Keys!${c}$${rankRow}>${myRank}),Keys!${c}${i + 2}/$A${i + 1},0)`);
      s.set(k + i, j + 1, `=ROUND($A${k + i + 1}*${c}${i + 1},2)`);
    }
  }
  resultsRow(s, data, 2 * k, k);
  return 2 * k;
}

/**
 * Reciprocal: shares over all other centres; T = D + Sᵀ T solved by Jacobi
 * iterations laid out as columns (HyperFormula has no MINVERSE), each column
 * one array formula =ARRAYFORMULA(D + MMULT(Sᵀ, previous column)); flows =
 * ROUND(T × share, 2).
 * Rows: 0..k-1 shares (col 0 Σ drivers), k..2k-1 Sᵀ (cols 1..k), 2k..3k-1
 * iterations (col 0 = D, col t = iteration t), 3k..4k-1 flows (col 0 = T), 4k results.
 */
function reciprocalSheet(b: Builder, data: Dataset): number {
  const s = b.sheet("Reciprocal");
  const k = data.supportCount;
  const n = data.centres.length;
  const last = colName(n);
  for (let i = 0; i < k; i++) {
    s.set(i, 0, `=SUM(Keys!$B${i + 2}:$${last}${i + 2})`);
    for (let j = 0; j < n; j++) s.set(i, j + 1, `=Keys!${colName(j + 1)}${i + 2}/$A${i + 1}`);
  }
  s.set(k, 1, `=TRANSPOSE(${abs(0, 1)}:${abs(k - 1, k)})`);
  const iter = 2 * k;
  for (let i = 0; i < k; i++) s.set(iter + i, 0, `=${costRef(i)}`);
  const d = `${abs(iter, 0)}:${abs(iter + k - 1, 0)}`;
  const st = `${abs(k, 1)}:${abs(2 * k - 1, k)}`;
  for (let t = 1; t <= RECIPROCAL_ITERATIONS; t++) {
    const prev = `${ref(iter, t - 1)}:${ref(iter + k - 1, t - 1)}`;
    s.set(iter, t, `=ARRAYFORMULA(${d}+MMULT(${st},${prev}))`);
  }
  const flows = 3 * k;
  const final = colName(RECIPROCAL_ITERATIONS);
  for (let i = 0; i < k; i++) {
    s.set(flows + i, 0, `=${final}${iter + i + 1}`);
    for (let j = 0; j < n; j++) s.set(flows + i, j + 1, `=ROUND($A${flows + i + 1}*${colName(j + 1)}${i + 1},2)`);
  }
  resultsRow(s, data, 4 * k, flows);
  return 4 * k;
}

/* ---------- acts ---------- */

/**
 * Acts: rows 0 header, 1 units, 2 allocated cost, 3 cost per unit (main
 * centres as columns), then one row per act. `allocated(c)` is the content of
 * the allocated-cost cell of main centre c: a value (acts stage alone) or a
 * reference to the step-down results (whole workbook).
 */
function actsSheet(b: Builder, data: Dataset, allocated: (mainIndex: number) => Content): { firstRow: number; costCol: number } {
  const s = b.sheet("Acts");
  const k = data.supportCount;
  const m = data.centres.length - k;
  const lastMain = colName(m);
  const directCol = m + 1;
  const volumeCol = m + 2;
  const costCol = m + 3;
  s.set(0, 0, "act");
  for (let c = 0; c < m; c++) s.set(0, c + 1, input(data.centres[k + c][0]));
  s.set(0, directCol, "direct");
  s.set(0, volumeCol, "volume");
  s.set(0, costCol, "cost");
  s.set(1, 0, "units");
  s.set(2, 0, "allocated");
  s.set(3, 0, "unit cost");
  for (let c = 0; c < m; c++) {
    const col = colName(c + 1);
    s.set(1, c + 1, data.units[k + c][0]);
    s.set(2, c + 1, allocated(c));
    s.set(3, c + 1, `=IF(${col}2=0,0,${col}3/${col}2)`);
  }
  const first = 4;
  data.consumption.slice(1).forEach((row, a) => {
    const r = first + a;
    row.forEach((cell, c) => s.set(r, c, input(cell)));
    s.set(r, directCol, data.direct[a][0]);
    s.set(r, volumeCol, data.volumes[a]);
    s.set(r, costCol, `=ROUND(SUMPRODUCT(B${r + 1}:${lastMain}${r + 1},$B$4:$${lastMain}$4)+${colName(directCol)}${r + 1},2)`);
  });
  return { firstRow: first, costCol };
}

/* ---------- contract reconciliation ---------- */

/** Claims columns (0-based): 0 date, 1 code, 2 qty, 3 billed price, 4 reference, 5 match, 6 contract price, 7 status, 8 accepted qty, 9 due, 10 billed amount. */
export const CLAIMS = { status: 7, accepted: 8, due: 9, billed: 10 } as const;
/** Contract columns: 0 code, 1 price, 2 volume, 3 ceiling, 4 realised, 5 billed, 6 due, 7 due after envelope, 8 volume variance, 9 price variance, 10 rejected. */
export const CONTRACT = { realised: 4, billed: 5, due: 6, dueAfter: 7, volumeVariance: 8, priceVariance: 9, rejected: 10 } as const;
/** Balance rows (column B): period start, period end, due before envelope, envelope, billed, due, advances, balance, OK, flagged, rejected. */
export const BALANCE_ROWS = ["period start", "period end", "due before envelope", "envelope", "billed", "due", "advances", "balance", "lines OK", "lines flagged", "lines rejected"] as const;

function reconciliationSheets(b: Builder, data: Dataset): void {
  const p = data.contract.length;
  const l = data.activity.length;
  // Claims first: HyperFormula builds the SUMIFS ranges faster over cells that already exist.
  const claims = b.sheet("Claims");
  const balance = b.sheet("Balance");
  const contract = b.sheet("Contract");

  const codes = `Contract!$A$2:$A$${p + 1}`;
  const prices = `Contract!$B$2:$B$${p + 1}`;
  ["date", "code", "quantity", "billed price", "reference", "match", "contract price", "status", "accepted", "due", "billed"].forEach((h, c) => claims.set(0, c, h));
  data.activity.forEach((row, i) => {
    const r = i + 2; // A1 row
    row.forEach((cell, c) => claims.set(i + 1, c, input(cell)));
    claims.set(i + 1, 5, `=MATCH(B${r},${codes},0)`);
    claims.set(i + 1, 6, `=IF(ISNA(F${r}),0,INDEX(${prices},F${r}))`);
    claims.set(
      i + 1,
      7,
      `=IF(NOT(ISNUMBER(A${r})),"BAD_DATE",IF(NOT(ISNUMBER(C${r})),"BAD_QUANTITY",IF(ISNA(F${r}),"UNKNOWN_CODE",` +
        `IF(OR(A${r}<Balance!$B$1,A${r}>Balance!$B$2),"OUT_OF_PERIOD",IF(OR(ISBLANK(D${r}),D${r}=G${r}),"OK","PRICE_DIFFERS")))))`,
    );
    claims.set(i + 1, 8, `=IF(OR(H${r}="OK",H${r}="PRICE_DIFFERS"),C${r},0)`);
    claims.set(i + 1, 9, `=ROUND(I${r}*G${r},2)`);
    claims.set(i + 1, 10, `=IF(I${r}=0,0,ROUND(I${r}*IF(ISBLANK(D${r}),G${r},D${r}),2))`);
  });

  const col = (c: string) => `Claims!$${c}$2:$${c}$${l + 1}`;
  ["code", "price", "volume", "ceiling", "realised", "billed", "due", "due after envelope", "volume variance", "price variance", "rejected lines"].forEach((h, c) => contract.set(0, c, h));
  data.contract.forEach((row, i) => {
    const r = i + 2;
    row.forEach((cell, c) => contract.set(i + 1, c, input(cell)));
    contract.set(i + 1, 4, `=SUMIFS(${col("I")},${col("B")},$A${r})`);
    contract.set(i + 1, 5, `=SUMIFS(${col("K")},${col("B")},$A${r})`);
    contract.set(i + 1, 6, `=SUMIFS(${col("J")},${col("B")},$A${r})`);
    contract.set(i + 1, 7, `=IF(Balance!$B$3>Balance!$B$4,ROUND(G${r}*Balance!$B$4/Balance!$B$3,2),G${r})`);
    contract.set(i + 1, 8, `=ROUND((E${r}-C${r})*B${r},2)`);
    contract.set(i + 1, 9, `=F${r}-G${r}`);
    contract.set(i + 1, 10, `=COUNTIFS(${col("B")},$A${r},${col("H")},"OUT_OF_PERIOD")`);
  });

  const sum = (c: string) => `SUM(Contract!${c}2:${c}${p + 1})`;
  const status = col("H");
  const values: Content[] = [
    data.periodStart,
    data.periodEnd,
    `=${sum("G")}`,
    data.envelope,
    `=${sum("F")}`,
    `=${sum("H")}`,
    `=SUM(D1:D${data.advances.length})`,
    "=B6-B7",
    `=COUNTIF(${status},"OK")`,
    `=COUNTIF(${status},"PRICE_DIFFERS")+COUNTIF(${status},"OVER_CEILING")`,
    `=COUNTA(${col("B")})-B9-B10`,
  ];
  BALANCE_ROWS.forEach((label, r) => {
    balance.set(r, 0, label);
    balance.set(r, 1, values[r]);
  });
  data.advances.forEach((row, r) => balance.set(r, 3, row[0]));
}

/* ---------- workbooks per stage ---------- */

/**
 * The native workbook of one stage. The acts stage alone starts from
 * `stepCosts` (the step-down results, as values); the whole workbook chains
 * acts to the native step-down results.
 */
export function nativeWorkbook(data: Dataset, stage: Stage, stepCosts: readonly number[]): NativeWorkbook {
  const b = builder();
  const layout: Layout = { allocationResultRow: {} };
  const k = data.supportCount;
  const costChange: ChangeCell = { sheet: "Centres", row: 1, col: 1, values: [data.costs[0][0] as number, (data.costs[0][0] as number) + 1000] };
  let change = costChange;
  const allocation = stage.startsWith("allocation") || stage === "end-to-end";
  if (allocation) {
    centresSheet(b, data);
    keysSheet(b, data);
  }
  if (stage === "allocation-direct" || stage === "end-to-end") layout.allocationResultRow.Direct = directSheet(b, data);
  if (stage === "allocation-step" || stage === "end-to-end") layout.allocationResultRow.Step = stepSheet(b, data);
  if (stage === "allocation-reciprocal" || stage === "end-to-end") layout.allocationResultRow.Reciprocal = reciprocalSheet(b, data);
  if (stage === "acts") {
    layout.acts = actsSheet(b, data, (c) => stepCosts[k + c]);
    change = { sheet: "Acts", row: 2, col: 1, values: [stepCosts[k], stepCosts[k] + 1000] };
  }
  if (stage === "end-to-end") {
    const row = layout.allocationResultRow.Step as number;
    layout.acts = actsSheet(b, data, (c) => `=Step!${colName(k + c + 1)}${row + 1}`);
  }
  if (stage === "reconciliation" || stage === "end-to-end") {
    reconciliationSheets(b, data);
    layout.reconciliation = true;
  }
  if (stage === "reconciliation") {
    const qty = data.activity[data.probeLine][2] as number;
    change = { sheet: "Claims", row: data.probeLine + 1, col: 2, values: [qty, qty + 1] };
  }
  const sheets: Sheets = {};
  let formulaCount = 0;
  for (const [name, sheet] of b.sheets) {
    sheets[name] = sheet.dense();
    formulaCount += sheet.formulas;
  }
  return { sheets, change, layout, formulaCount };
}
