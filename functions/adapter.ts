/* global CustomFunctions */
import type { Cell } from "../src/engine/cell";
import { DomainError, fail } from "../src/engine/errors";
import { CATALOG, FunctionSpec } from "../src/excel/catalog";
import { formatError, Language } from "../src/excel/messages";
import type { Arg } from "../src/excel/params";
import { checkArguments, checkResultSize } from "../src/excel/payload";

/**
 * The Excel boundary: what every custom function of functions/functions.ts
 * goes through. It refuses a call whose tables are too large for Excel to
 * carry (before any work), runs the function, refuses a number Excel cannot
 * hold, and turns a refusal into an Excel error whose message names the
 * argument, row, column or code in Office's language.
 */

/** Language of error messages: Office's display language when the runtime knows it, French otherwise (our users' first language). */
export function messageLanguage(): Language {
  const display = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return display && !display.toLowerCase().startsWith("fr") ? "en" : "fr";
}

/**
 * Runs a computation for Excel: a domain error becomes an Excel error whose message (shown on hover) names the
 * argument, the row or column and the code. An unknown code is #N/A, like a failed look-up; anything else #VALUE!.
 * Both error kinds can carry a message in Excel; #NUM! and #DIV/0! cannot.
 */
export function toExcel<R>(compute: () => R): R {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DomainError) {
      const code = error.code === "unknown_code" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
      throw new CustomFunctions.Error(code, formatError(error, messageLanguage()));
    }
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Hisab: internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Every number Excel receives is finite: an overflow is refused at its cell of the result, never shown as a wrong number. */
function requireFinite(result: Cell[][]): Cell[][] {
  result.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === "number" && !Number.isFinite(cell)) fail("result_not_finite", { argument: "result", row: r + 1, column: c + 1 });
    }),
  );
  return result;
}

const byCode = new Map<string, FunctionSpec>(CATALOG.map((spec) => [spec.code, spec]));

/** One custom function's call, as Excel makes it: its arguments in parameter order (an omitted one is null). */
export function excelCall(code: string, args: readonly Arg[]): Cell[][] {
  const spec = byCode.get(code);
  if (!spec) throw new Error(`no function "${code}" in the catalog`);
  return toExcel(() => {
    checkArguments(spec, args);
    const result = requireFinite(spec.impl(...args));
    checkResultSize(spec, result);
    return result;
  });
}
