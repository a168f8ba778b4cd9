import { CONTRACTS_SAMPLE } from "../src/workbook/contracts";
import { LINE_STATUS_ORDER } from "../src/workbook/contracts/legend";
import { Grid, isErrorValue, PlanEvaluation } from "../src/workbook/evaluate";
import type { Expr, WorkbookPlan } from "../src/workbook/plan";
import { printTable } from "./demoTable";

/**
 * The summary `npm run demo` prints from the calculated contract sample: the
 * fee-for-service balance and its lines by status, the five contract lines
 * with the largest variance, the PBF payment per facility, the mutuelle's
 * payer and patient totals and its most frequent reasons, the twinning net
 * per month. The files themselves are in demoBooks.ts.
 */

/** A formula calling `fn`: its sheet, arguments and computed result. */
function resultOf(plan: WorkbookPlan, evaluation: PlanEvaluation, fn: string): { sheet: string; args: Expr[]; grid: Grid } {
  for (const sheet of plan.sheets) {
    for (const f of sheet.formulas) {
      if (f.expr.kind === "call" && f.expr.fn === fn) return { sheet: sheet.name, args: f.expr.args, grid: evaluation.results.get(`${sheet.name}!${f.at}`)! };
    }
  }
  throw new Error(`The contract plan has no ${fn} formula`);
}

const column = (grid: Grid, c: number) => grid.map((row) => row[c]);
const numberOf = (v: unknown): number => (typeof v === "number" ? v : 0);

function money(decimals: number): (v: unknown) => string {
  return (v) => (typeof v === "number" ? v.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : isErrorValue(v as Grid[number][number]) ? "#VALUE!" : "");
}

export function printContractsSummary(plan: WorkbookPlan, evaluation: PlanEvaluation): void {
  const { feeForService: ffs, pbf, mutual, twinning } = CONTRACTS_SAMPLE;
  const dzd = money(ffs.currency.decimals);

  const balance = resultOf(plan, evaluation, "CONTRACT.BALANCE");
  const labels = ["Total billed", "Due before the envelope", "Envelope", "Total due", "Advances paid", "Balance due to the provider", "Lines accepted (OK)", "Lines flagged", "Lines rejected"];
  printTable(`Fee-for-service contract: ${ffs.provider} and ${ffs.payer}, 2025 (${ffs.currency.code})`, ["", "amount"], labels.map((label, i) => [label, i < 6 ? dzd(balance.grid[i][0]) : String(balance.grid[i][0])]), 1);

  const lines = resultOf(plan, evaluation, "CONTRACT.LINES");
  const counts = new Map<string, number>();
  for (const status of column(lines.grid, 0)) if (status !== "") counts.set(String(status), (counts.get(String(status)) ?? 0) + 1);
  printTable("Activity lines by status", ["status", "lines"], LINE_STATUS_ORDER.map((s) => [s, String(counts.get(s) ?? 0)]), 1);

  const reconcile = resultOf(plan, evaluation, "CONTRACT.RECONCILE");
  const ranked = ffs.lines
    .map((line, i) => ({ line, row: reconcile.grid[i] }))
    .sort((a, b) => Math.abs(numberOf(b.row[5]) + numberOf(b.row[6])) - Math.abs(numberOf(a.row[5]) + numberOf(a.row[6])))
    .slice(0, 5);
  printTable(
    "The five contract lines with the largest variance (billed − contracted volume × price)",
    ["act", "contracted", "realised", "accepted", "volume variance", "price variance"],
    ranked.map(({ line, row }) => [`${line.code} ${line.label.en}`, String(line.volume ?? ""), String(row[0]), String(row[1]), dzd(row[5]), dzd(row[6])]),
    1,
  );

  const payment = resultOf(plan, evaluation, "PBF.PAYMENT");
  const xaf = money(pbf.currency.decimals);
  const lineFacilities = column(evaluation.evaluate(payment.sheet, payment.args[0]), 0);
  const byFacility = new Map<string, { amount: number; payment: number; unpaid: number }>();
  payment.grid.forEach((row, i) => {
    const f = byFacility.get(String(lineFacilities[i])) ?? { amount: 0, payment: 0, unpaid: 0 };
    byFacility.set(String(lineFacilities[i]), { amount: f.amount + numberOf(row[2]), payment: f.payment + numberOf(row[6]), unpaid: f.unpaid + (row[1] === 0 ? 1 : 0) });
  });
  printTable(
    `PBF payment per facility, ${pbf.period.en} (${pbf.currency.code})`,
    ["facility", "quality score", "lines not paid", "amount", "payment"],
    pbf.facilities.map((f) => {
      const t = byFacility.get(f.code)!;
      return [f.code, f.score === undefined ? "" : `${Math.round(f.score * 100)}%`, String(t.unpaid), xaf(t.amount), xaf(t.payment)];
    }),
    1,
  );

  const claims = resultOf(plan, evaluation, "CLAIMS.SETTLE");
  const xof = money(mutual.currency.decimals);
  const total = (c: number) => column(claims.grid, c).reduce<number>((a, v) => a + numberOf(v), 0);
  const reasons = new Map<string, number>();
  for (const list of column(claims.grid, 5)) for (const reason of String(list).split(", ").filter(Boolean)) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  printTable(`Mutuelle: ${mutual.claims.length} claim lines, ${mutual.members.length} beneficiaries (${mutual.currency.code})`, ["", "amount"], [["Billed", xof(total(0))], ["Payer share", xof(total(3))], ["Patient share", xof(total(4))]], 1);
  printTable("Mutuelle: most frequent reasons", ["reason", "lines"], [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([r, n]) => [r, String(n)]), 1);

  const settlement = resultOf(plan, evaluation, "TWINNING.SETTLE");
  const month = (serial: unknown) => new Date(Date.UTC(1899, 11, 30) + numberOf(serial) * 86_400_000).toISOString().slice(0, 7);
  const twin = money(twinning.currency.decimals);
  printTable(`Twinning ${twinning.hospitalA} (A) and ${twinning.hospitalB} (B), net owed by B to A per month (${twinning.currency.code})`, ["month", "A to B", "B to A", "net"], settlement.grid.map((row) => [month(row[0]), twin(row[1]), twin(row[2]), twin(row[3])]), 1);
}
