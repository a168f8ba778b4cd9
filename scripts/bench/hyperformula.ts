import { ConfigParams, HyperFormula, RawCellContent } from "hyperformula";
import type { Dataset } from "./data";
import type { EngineOutputs, Method } from "./engine";
import { BALANCE_ROWS, CLAIMS, CONTRACT, NativeWorkbook } from "./native";
import { actsDrift, allocationDrift, centsApart, reconciliationDrift, Stage } from "./stages";

/**
 * The native workbook recalculated by HyperFormula (GPL-3.0: benchmark and
 * tests only, never shipped). Loading and calculating are separate so that
 * the full recalculation can be timed on its own (and a lower bound given when
 * it does not finish): the sheets are loaded with evaluation suspended
 * (parsing, dependency graph), then resumeEvaluation() computes every formula.
 */

const HF_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  maxRows: 1_048_576,
  maxColumns: 16_384,
  // Raw values, not rounded for display: cents are read from them.
  smartRounding: false,
  useStats: true,
};

export interface Loaded {
  hf: HyperFormula;
  loadMs: number;
}

/** Parses the sheets and builds the dependency graph, without computing anything yet. */
export function loadWorkbook(wb: NativeWorkbook): Loaded {
  const t0 = performance.now();
  const hf = HyperFormula.buildEmpty(HF_CONFIG);
  for (const name of Object.keys(wb.sheets)) hf.addSheet(name);
  hf.suspendEvaluation();
  for (const [name, cells] of Object.entries(wb.sheets)) hf.setSheetContent(sheetId(hf, name), cells as RawCellContent[][]);
  return { hf, loadMs: performance.now() - t0 };
}

/** Full recalculation: every formula of the workbook. */
export function calculate(hf: HyperFormula): number {
  const t0 = performance.now();
  hf.resumeEvaluation();
  return performance.now() - t0;
}

/** One input cell changed, and HyperFormula's recalculation of what depends on it (setCellContents returns when done). */
export function changeInput(hf: HyperFormula, wb: NativeWorkbook, variant: 0 | 1): number {
  const { sheet, row, col, values } = wb.change;
  const t0 = performance.now();
  hf.setCellContents({ sheet: sheetId(hf, sheet), row, col }, values[variant]);
  return performance.now() - t0;
}

function sheetId(hf: HyperFormula, name: string): number {
  const id = hf.getSheetId(name);
  if (id === undefined) throw new Error(`No sheet ${name}`);
  return id;
}

export interface NativeOutputs extends EngineOutputs {
  /** Per activity line: status; per contract line: due before and after the envelope; the balance column. */
  claims?: { status: unknown[]; due: unknown[] };
  contract?: { due: unknown[]; dueAfter: unknown[] };
  balance?: unknown[];
}

/** Reads the workbook's outputs in the shapes the engine returns them. */
export function readOutputs(hf: HyperFormula, wb: NativeWorkbook, data: Dataset): NativeOutputs {
  const n = data.centres.length;
  const out: NativeOutputs = { allocations: {} };
  const sheetNames: Record<Method, "Direct" | "Step" | "Reciprocal"> = { direct: "Direct", step: "Step", reciprocal: "Reciprocal" };
  for (const [method, name] of Object.entries(sheetNames) as [Method, "Direct" | "Step" | "Reciprocal"][]) {
    const row = wb.layout.allocationResultRow[name];
    if (row === undefined) continue;
    out.allocations[method] = Array.from({ length: n }, (_, j) => hf.getCellValue({ sheet: sheetId(hf, name), row, col: j + 1 }));
  }
  if (wb.layout.acts) {
    const { firstRow, costCol } = wb.layout.acts;
    const acts = sheetId(hf, "Acts");
    out.acts = data.volumes.map((_, a) => hf.getCellValue({ sheet: acts, row: firstRow + a, col: costCol }));
  }
  if (wb.layout.reconciliation) {
    const claims = sheetId(hf, "Claims");
    const contract = sheetId(hf, "Contract");
    const balance = sheetId(hf, "Balance");
    const lines = data.activity.map((_, i) => i + 1);
    const prices = data.contract.map((_, i) => i + 1);
    out.claims = {
      status: lines.map((row) => hf.getCellValue({ sheet: claims, row, col: CLAIMS.status })),
      due: lines.map((row) => hf.getCellValue({ sheet: claims, row, col: CLAIMS.due })),
    };
    out.contract = {
      due: prices.map((row) => hf.getCellValue({ sheet: contract, row, col: CONTRACT.due })),
      dueAfter: prices.map((row) => hf.getCellValue({ sheet: contract, row, col: CONTRACT.dueAfter })),
    };
    out.balance = BALANCE_ROWS.map((_, row) => hf.getCellValue({ sheet: balance, row, col: 1 }));
  }
  return out;
}

/** The native route's cents lost or gained, defined as for the engine (see stages.ts). */
export function nativeDrift(stage: Stage, out: NativeOutputs, data: Dataset): number {
  let total = 0;
  for (const values of Object.values(out.allocations)) if (values) total += Math.abs(allocationDrift(values, data));
  if (out.acts) total += Math.abs(actsDrift(out.acts, data));
  if (out.contract) total += Math.abs(reconciliationDrift(out.contract.dueAfter, out.contract.due, data.envelopeCents));
  // A single stage reports its signed drift; end to end adds the absolute drifts of its parts.
  if (stage === "end-to-end") return total;
  const [method] = Object.keys(out.allocations) as Method[];
  if (method) return allocationDrift(out.allocations[method] as unknown[], data);
  if (out.acts) return actsDrift(out.acts, data);
  if (out.contract) return reconciliationDrift(out.contract.dueAfter, out.contract.due, data.envelopeCents);
  return total;
}

export interface Comparison {
  /** Σ |native − engine| in cents over every compared amount. */
  centsApart: number;
  /** Claim lines whose native status differs from the engine's. */
  statusMismatches: number;
  /** Claim lines whose native amount due differs from the engine's by a cent (ROUND in HyperFormula on exact half cents). */
  lineAmountMismatches: number;
  /** Claim lines the engine flags DUPLICATE (the native route cannot find them). */
  duplicates: number;
}

/** How far the native numbers are from the engine's, output by output. */
export function compare(native: NativeOutputs, engine: EngineOutputs): Comparison {
  let apart = 0;
  for (const [method, values] of Object.entries(native.allocations)) apart += centsApart(values as unknown[], engine.allocations[method as Method] ?? []);
  if (native.acts && engine.acts) apart += centsApart(native.acts, engine.acts);
  let statusMismatches = 0;
  let lineAmountMismatches = 0;
  let duplicates = 0;
  if (native.contract && native.claims && engine.reconciliation) {
    const r = engine.reconciliation;
    apart += centsApart(native.contract.dueAfter, r.reconcile.map((row) => row[4]));
    r.lines.forEach((line, i) => {
      if (line[0] === "DUPLICATE") duplicates++;
      if (line[0] !== native.claims?.status[i]) statusMismatches++;
      else if (Math.round(((line[2] as number) || 0) * 100) !== Math.round(((native.claims?.due[i] as number) || 0) * 100)) lineAmountMismatches++;
    });
  }
  return { centsApart: apart, statusMismatches, lineAmountMismatches, duplicates };
}
