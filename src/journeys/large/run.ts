import type { Cell, Range } from "../../engine/cell";
import { claimsSettle, contractBalance, contractLines, contractReconcile } from "../../excel/sheetFunctions";
import type { ColumnKind } from "./columns";

/**
 * A large-table reconciliation as data: what it reads and what it gives,
 * computed by the very functions a workbook calls (CONTRACT.LINES,
 * CONTRACT.RECONCILE, CONTRACT.BALANCE, CLAIMS.SETTLE) on the same cells, so
 * a run from the pane gives, cell for cell, what the formulas would.
 *
 * The large table (the activity or the claims) crosses to the worker in
 * blocks of typed columns; everything else is small and crosses as the cells
 * the functions take (ranges as 2-D arrays, settings as single cells).
 */

export type LargeRunKind = "feeForService" | "claims";

/** The fee-for-service contract's small inputs, as CONTRACT.RECONCILE and CONTRACT.BALANCE take them. */
export interface FeeForServiceTerms {
  /** Contract lines: code, price, volume, ceiling. */
  contract: Range;
  /** Advances paid, one column of amounts. */
  advances: Range;
  periodStart: Cell;
  periodEnd: Cell;
  envelope: Cell;
  rule: Cell;
  decimals: Cell;
}

/** The mutual convention's small inputs, as CLAIMS.SETTLE takes them. */
export interface ClaimsTerms {
  priceList: Range;
  careTypes: Range;
  members: Range;
  deductible: Cell;
  generalCeiling: Cell;
  waitingDays: Cell;
  periodStart: Cell;
  periodEnd: Cell;
  decimals: Cell;
}

export type RunInputs = { kind: "feeForService"; terms: FeeForServiceTerms } | { kind: "claims"; terms: ClaimsTerms };

/**
 * The columns of the large table, in order, and what each should hold:
 * activity (date, act code, quantity, billed unit price, reference);
 * claims (date, beneficiary, act code, quantity, billed price, already paid by another payer).
 */
export const LINE_COLUMNS: Record<LargeRunKind, readonly ColumnKind[]> = {
  feeForService: ["number", "code", "number", "number", "code"],
  claims: ["number", "code", "code", "number", "number", "number"],
};

/** The columns of the line results: CONTRACT.LINES (status, quantity accepted, amount due); CLAIMS.SETTLE (billed, base, deductible, payer, patient, reasons). */
export const RESULT_COLUMNS: Record<LargeRunKind, readonly ColumnKind[]> = {
  feeForService: ["code", "number", "number"],
  claims: ["number", "number", "number", "number", "number", "code"],
};

export interface RunOutcome {
  /** One result row per line of the large table. */
  lines: Range;
  /** Fee-for-service: CONTRACT.RECONCILE, one row per contract line (the contract range's rows). */
  reconciliation: Range | null;
  /** Fee-for-service: CONTRACT.BALANCE, nine values in a column. */
  balance: Range | null;
}

/** The run's results from the functions themselves; a DomainError (a bad contract price, a text amount already paid…) is thrown as they throw it. */
export function computeRun(inputs: RunInputs, lines: Range): RunOutcome {
  if (inputs.kind === "feeForService") {
    const t = inputs.terms;
    // The three calls pass the same ranges: the functions reconcile once (src/excel/sheet/rangeMemo.ts).
    return {
      lines: contractLines(t.contract, lines, t.periodStart, t.periodEnd, t.decimals),
      reconciliation: contractReconcile(t.contract, lines, t.periodStart, t.periodEnd, t.envelope, t.rule, t.decimals),
      balance: contractBalance(t.contract, lines, t.advances, t.periodStart, t.periodEnd, t.envelope, t.rule, t.decimals),
    };
  }
  const t = inputs.terms;
  const claims = lines.map((row) => row.slice(0, 5));
  const othersPaid = lines.map((row) => [row[5]]);
  return {
    lines: claimsSettle(claims, t.priceList, t.careTypes, t.members, t.deductible, t.generalCeiling, t.waitingDays, t.periodStart, t.periodEnd, othersPaid, t.decimals),
    reconciliation: null,
    balance: null,
  };
}
