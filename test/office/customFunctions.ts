/**
 * A stand-in for the CustomFunctions global that Excel's runtime defines and
 * Node and plain browsers lack: an Error class carrying a code and a message,
 * the error codes, and associate (which tells `onAssociate` each id and what
 * it was given). One module for jest (test/setup), the benchmark
 * (scripts/bench) and the browser stub (test/browser/support/officeStub.ts).
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

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type OnAssociate = (id: string, implementation: unknown) => void;

export function customFunctionsStandIn(onAssociate: OnAssociate = () => undefined) {
  return {
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
    associate(idOrMappings: string | Record<string, unknown>, implementation?: unknown): void {
      const entries = typeof idOrMappings === "string" ? [[idOrMappings, implementation] as const] : Object.entries(idOrMappings);
      for (const [id, fn] of entries) onAssociate(id, fn);
    },
  };
}

/** Defines the global, unless the runtime already has one. */
export function installCustomFunctions(onAssociate?: OnAssociate): void {
  const global = globalThis as unknown as { CustomFunctions?: unknown };
  global.CustomFunctions ??= customFunctionsStandIn(onAssociate);
}
