import type { InsertFailureReason } from "../office/insertErrors";
import type { TemplateKind } from "../services";

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
    kindLabel: string;
    kinds: Record<TemplateKind, string>;
    /** How the acts-and-tariffs template finds the centre costs. */
    linkHint: string;
    contentLabel: string;
    withSample: string;
    empty: string;
    insert: string;
    inserting: string;
    progress: (sheetsWritten: number, sheetCount: number) => string;
    success: (sheets: readonly string[]) => string;
    successHint: string;
    /** The acts-and-tariffs template was linked to the cost-centre results on this sheet. */
    linked: (resultsSheet: string) => string;
    /** The acts-and-tariffs template found no cost-centre template: its own centre-cost sheet is to be filled. */
    standalone: string;
    failures: Record<InsertFailureReason, string>;
    nothingChanged: string;
    leftBehind: (sheets: readonly string[]) => string;
    detail: (officeMessage: string) => string;
  };
}
