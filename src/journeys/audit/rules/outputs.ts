import { LANGUAGES } from "../../../excel/messages";
import { areaRef, formulaText, parseRef } from "../../../workbook/formula";
import type { Expr, SheetPlan } from "../../../workbook/plan";
import { JOURNEYS } from "../../index";
import type { Journey, Mapping, Settings } from "../../journey";
import { inputName, outputName } from "../../names";
import { Finding, finding } from "../findings";
import { areaAddress, cellRef, contains, Workbook } from "../model";
import type { AuditContext } from "./context";

/**
 * Results replaced by values: the areas a journey's results own (its
 * HISAB_xx_OUT_… names) must hold the formulas the journey writes from its
 * mapped inputs (its HISAB_xx_… names). Each formula is rebuilt from the
 * journey's own definition and compared, as a tree, with the cell's formula;
 * a formula pasted over as values is the silent error no recalculation shows.
 */
export function outputFindings({ book }: AuditContext): Finding[] {
  return JOURNEYS.flatMap((journey) =>
    journey.outputKeys.flatMap((key) => {
      const owned = book.resolveName(outputName(journey, key, "formulas"), "");
      if (!owned?.sheet) return [];
      const expected = expectedSheets(journey, book, key);
      if (expected.length === 0) return [];
      // The language the results were written in is not recorded; their formulas are the same in both but for their texts.
      const byLanguage = expected.map((sheet) => mismatches(book, journey, sheet, owned.sheet!, parseRef(owned.ref)));
      return byLanguage.reduce((best, f) => (f.length < best.length ? f : best));
    }),
  );
}

/** The results sheet `key` the journey writes from its mapping, in each language; none when its inputs are not all mapped. */
function expectedSheets(journey: Journey, book: Workbook, key: string): SheetPlan[] {
  const mapping: Mapping = {};
  const settings: Settings = {};
  for (const input of journey.inputs) {
    const ref = book.resolveName(inputName(journey, input.id), "");
    if (ref && input.kind === "scalar") settings[input.id] = ref;
    else if (ref) mapping[input.id] = ref;
    else if (!input.optional && input.kind !== "scalar") return [];
  }
  return LANGUAGES.flatMap((lang) => {
    try {
      const sheet = journey.results(lang, mapping, settings).plan.sheets.find((s) => s.key === key);
      return sheet ? [sheet] : [];
    } catch {
      return [];
    }
  });
}

function mismatches(book: Workbook, journey: Journey, sheet: SheetPlan, actual: string, owned: ReturnType<typeof parseRef>): Finding[] {
  return sheet.formulas.flatMap((formula) => {
    const { top, left } = parseRef(formula.at);
    if (!contains(owned, top, left)) return [];
    const cell = book.cell(actual, top, left);
    const parsed = cell?.formula !== undefined ? book.parse(actual, cell) : undefined;
    if (parsed && "expr" in parsed && sameExpr(formula.expr, parsed.expr, actual)) return [];
    const at = cellRef(actual, top, left);
    const area = formula.rows * formula.cols > 1 ? [areaAddress(actual, { top, left, rows: formula.rows, cols: formula.cols })] : [];
    return [finding("formula_replaced", [at, ...area], { journey: journey.id, formula: `=${formulaText(formula.expr, { form: "typed" })}`, now: cell?.formula === undefined ? "" : `=${cell.formula}` })];
  });
}

/** Two formulas are the same when their trees are, references compared as blocks of cells (a reference without a sheet is on `sheet`). */
function sameExpr(a: Expr, b: Expr, sheet: string): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "range": {
      const other = b as typeof a;
      return (a.sheet ?? sheet).toLowerCase() === (other.sheet ?? sheet).toLowerCase() && areaRef(parseRef(a.ref)) === areaRef(parseRef(other.ref));
    }
    case "call": {
      const other = b as typeof a;
      return a.fn === other.fn && a.args.length === other.args.length && a.args.every((arg, i) => sameExpr(arg, other.args[i], sheet));
    }
    case "binary": {
      const other = b as typeof a;
      return a.op === other.op && sameExpr(a.left, other.left, sheet) && sameExpr(a.right, other.right, sheet);
    }
    default:
      return a.value === (b as typeof a).value;
  }
}
