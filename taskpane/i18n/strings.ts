import type { InsertFailureReason } from "../office/insertErrors";

/** Every text of the task pane, per language. A parity test checks that each language has all of them. */
export interface UiStrings {
  /** Writing direction, set on the pane's root element. */
  dir: "ltr" | "rtl";
  /** The language's name in itself, as shown in the language switch. */
  languageName: string;
  languageLabel: string;
  tagline: string;
  functions: {
    heading: string;
    intro: string;
  };
  template: {
    heading: string;
    description: string;
    contentLabel: string;
    withSample: string;
    empty: string;
    insert: string;
    inserting: string;
    progress: (sheetsWritten: number, sheetCount: number) => string;
    success: (sheets: readonly string[]) => string;
    successHint: string;
    failures: Record<InsertFailureReason, string>;
    nothingChanged: string;
    leftBehind: (sheets: readonly string[]) => string;
    detail: (officeMessage: string) => string;
  };
}
