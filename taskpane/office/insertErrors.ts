/**
 * Why an Office operation failed, as a small set of reasons the task pane can
 * explain in the user's language. The Office error itself is kept for support.
 */
export type InsertFailureReason = "protected" | "cell_edit_mode" | "too_large" | "changed" | "unsupported" | "unknown";

/** Office error codes (OfficeExtension.Error.code, Excel.ErrorCodes) grouped by what the user can do about them. */
const REASONS: Record<string, InsertFailureReason> = {
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "cell_edit_mode",
  RequestPayloadSizeLimitExceeded: "too_large",
  ResponsePayloadSizeLimitExceeded: "too_large",
  OperationCellsExceedLimit: "too_large",
  RangeExceedsLimit: "too_large",
  ItemNotFound: "changed",
  InvalidReference: "changed",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  UnsupportedFeature: "unsupported",
};

/** An Office refusal, explained. */
export class OfficeFailure extends Error {
  constructor(
    readonly reason: InsertFailureReason,
    /** The Office error's code, shown as a detail with its message. */
    readonly officeCode: string | undefined,
    officeMessage: string,
  ) {
    super(officeMessage);
    this.name = "OfficeFailure";
  }
}

/** A failed write of sheets, with what it left in the workbook. */
export class InsertPlanError extends OfficeFailure {
  constructor(
    reason: InsertFailureReason,
    officeCode: string | undefined,
    officeMessage: string,
    /** Sheets this write created and could not remove again (normally none). */
    readonly leftBehind: readonly string[],
    /** Sheets of the add-in's own results it was rewriting, left cleared rather than half written. */
    readonly cleared: readonly string[] = [],
  ) {
    super(reason, officeCode, officeMessage);
    this.name = "InsertPlanError";
  }
}

function parts(cause: unknown): [reason: InsertFailureReason, code: string | undefined, message: string] {
  const code = typeof (cause as { code?: unknown })?.code === "string" ? (cause as { code: string }).code : undefined;
  const message = cause instanceof Error ? cause.message : String(cause);
  return [(code && REASONS[code]) || "unknown", code, message];
}

export function officeFailure(cause: unknown): OfficeFailure {
  return cause instanceof OfficeFailure ? cause : new OfficeFailure(...parts(cause));
}

export function insertPlanError(cause: unknown, leftBehind: readonly string[], cleared: readonly string[] = []): InsertPlanError {
  return new InsertPlanError(...parts(cause), leftBehind, cleared);
}
