/**
 * Why an insert failed, as a small set of reasons the task pane can explain in
 * the user's language. The Office error itself is kept for support.
 */
export type InsertFailureReason = "protected" | "cell_edit_mode" | "too_large" | "unsupported" | "unknown";

/** Office error codes (OfficeExtension.Error.code, Excel.ErrorCodes) grouped by what the user can do about them. */
const REASONS: Record<string, InsertFailureReason> = {
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "cell_edit_mode",
  RequestPayloadSizeLimitExceeded: "too_large",
  ResponsePayloadSizeLimitExceeded: "too_large",
  OperationCellsExceedLimit: "too_large",
  RangeExceedsLimit: "too_large",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  UnsupportedFeature: "unsupported",
};

export class InsertPlanError extends Error {
  constructor(
    readonly reason: InsertFailureReason,
    /** The Office error's code and message, shown as a detail. */
    readonly officeCode: string | undefined,
    officeMessage: string,
    /** Sheets this insert created and could not remove again (normally none). */
    readonly leftBehind: readonly string[],
  ) {
    super(officeMessage);
    this.name = "InsertPlanError";
  }
}

export function insertPlanError(cause: unknown, leftBehind: readonly string[]): InsertPlanError {
  const code = typeof (cause as { code?: unknown })?.code === "string" ? (cause as { code: string }).code : undefined;
  const message = cause instanceof Error ? cause.message : String(cause);
  return new InsertPlanError((code && REASONS[code]) || "unknown", code, message, leftBehind);
}
