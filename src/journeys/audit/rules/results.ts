import { formulaKey, isErrorValue } from "../../../workbook/evaluate";
import { cellRef } from "../model";
import { Finding, finding } from "../findings";
import { functionOf, isOurs } from "../recompute";
import type { AuditContext } from "./context";

/**
 * Each formula's saved result against its recomputation: errors our
 * functions gave (with the engine's reason), results saved while the add-in
 * was not loaded (#NAME?) or never calculated, spills blocked by typed
 * values, saved values the formula no longer gives, formulas stored in the
 * typed form another tool writes, and our formulas the audit cannot recompute.
 */
export function resultFindings({ book, formulas, source }: AuditContext): Finding[] {
  return formulas.flatMap((entry): Finding[] => {
    const ours = isOurs(entry);
    const fn = functionOf(entry);
    const anchor = entry.saved[0][0];
    const out: Finding[] = [];
    if (ours && source === "file" && /(^|[^_\w])HISAB\./i.test(entry.cell.formula ?? "")) out.push(finding("typed_form", [entry.address], { fn }));
    if (isErrorValue(anchor) && anchor.error === "#NAME?") return ours ? [...out, finding("not_registered", [entry.address], { fn })] : out;
    if (isErrorValue(anchor) && anchor.error === "#SPILL!") {
      const [rows, cols] = [entry.recomputed?.length ?? 1, entry.recomputed?.[0]?.length ?? 1];
      const blocking: string[] = [];
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const cell = book.cell(entry.sheet, entry.cell.row + r, entry.cell.col + c);
          if ((r > 0 || c > 0) && cell && cell.value !== null && cell.value !== "") blocking.push(cellRef(entry.sheet, cell.row, cell.col));
        }
      }
      return [...out, finding("spill_blocked", [entry.address, ...blocking], { fn, count: blocking.length })];
    }
    if (entry.problem !== undefined) return ours ? [...out, finding("not_recomputable", [entry.address], { fn, detail: entry.problem })] : out;
    if (entry.saved.every((row) => row.every((v) => v === null))) return ours ? [...out, finding("not_calculated", [entry.address], { fn })] : out;
    const error = entry.recomputed?.flat().find(isErrorValue);
    if (isErrorValue(anchor) && error && error.error === anchor.error) {
      // Reported where it arises: a formula that only passes on the error of a cell it reads is left to that cell.
      return error.at === formulaKey(entry.sheet, "(expression)") && ours ? [...out, finding("formula_error", [entry.address], { fn, error: anchor.error }, error.cause)] : out;
    }
    if (isErrorValue(anchor) && !ours) return out;
    if (entry.differences.length > 0) {
      const [first] = entry.differences;
      const shown = (v: unknown) => (isErrorValue(v as never) ? (v as { error: string }).error : v === null || v === "" ? "∅" : (v as string | number));
      out.push(finding("saved_differs", [...entry.differences.map((d) => d.at)], { fn, count: entry.differences.length, cell: first.at, saved: shown(first.saved), computed: shown(first.computed) }));
    }
    return out;
  });
}
