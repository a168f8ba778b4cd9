/**
 * Excel defines the CustomFunctions global in its runtime; Node has none.
 * functions/functions.ts only touches it to report an error: this minimal
 * stand-in (an Error class with a code, the error codes) lets the module load
 * and fail the way it would in Excel. test/setup/customFunctions.ts defines
 * the same shape for jest; an existing global is left alone.
 */
class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

const g = globalThis as unknown as { CustomFunctions?: unknown };
g.CustomFunctions ??= {
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  associate: () => undefined,
};

export {};
