import type { OfficeError } from "./errors";

/**
 * What a test makes Excel refuse, one mechanism for every adapter: a given
 * sync rejects (its commands do not run), or a command fails when its sync
 * runs it (the commands before it in the request have run, as in Excel).
 * Sync numbers are absolute (the workbook's nth sync); callers count from now.
 */
export class Faults {
  private readonly syncs = new Map<number, OfficeError>();
  private readonly commands = new Map<string, { error: OfficeError; times: number }>();

  failSync(syncNumber: number, error: OfficeError): void {
    this.syncs.set(syncNumber, error);
  }

  /** `where` is the command's name ("TableCollection.add", "Worksheet.delete"); it fails `times` times, every time by default. */
  failCommand(where: string, error: OfficeError, times = Infinity): void {
    this.commands.set(where, { error, times });
  }

  clear(): void {
    this.syncs.clear();
    this.commands.clear();
  }

  /** The error sync `syncNumber` rejects with, if any (then forgotten). */
  syncFailure(syncNumber: number): OfficeError | undefined {
    const error = this.syncs.get(syncNumber);
    this.syncs.delete(syncNumber);
    return error;
  }

  commandFailure(where: string): OfficeError | undefined {
    const fault = this.commands.get(where);
    if (!fault) return undefined;
    if (--fault.times <= 0) this.commands.delete(where);
    return fault.error;
  }

  /** Stops forcing a command to fail. */
  allow(where: string): void {
    this.commands.delete(where);
  }
}

/** A sync held until the test resumes it (to look at the pane while a write is under way). */
export class Pauses {
  private at: number | undefined;
  private release: (() => void) | undefined;

  holdAt(syncNumber: number): void {
    this.at = syncNumber;
  }

  async wait(syncNumber: number): Promise<void> {
    if (this.at !== syncNumber) return;
    this.at = undefined;
    await new Promise<void>((resolve) => (this.release = resolve));
    this.release = undefined;
  }

  resume(): void {
    this.release?.();
  }

  get paused(): boolean {
    return this.release !== undefined;
  }
}
