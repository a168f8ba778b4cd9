import { DomainError } from "../src/engine/errors";
import { formatError, Language } from "../src/excel/messages";

/** Language of error messages: Office's display language when the runtime knows it, French otherwise (our users' first language). */
function messageLanguage(): Language {
  const display = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return display && !display.toLowerCase().startsWith("fr") ? "en" : "fr";
}

/**
 * Runs an engine function for Excel: a domain error becomes an Excel error
 * whose message (shown on hover) names the argument, the row or column and
 * the code. An unknown code is #N/A, like a failed look-up; anything else #VALUE!.
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
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Hisab: ${error instanceof Error ? error.message : String(error)}`);
  }
}
