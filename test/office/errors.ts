/** Errors as Office.js raises them. */

/** Shaped like OfficeExtension.Error: name "RichApi.Error", code, message, debugInfo. */
export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError = null;

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

export function officeError(code: string, message: string, errorLocation?: string): OfficeError {
  return new OfficeError(code, message, errorLocation);
}

export const notLoaded = (property: string): OfficeError =>
  officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

/** `throw` as an expression. */
export function throwError(error: Error): never {
  throw error;
}
