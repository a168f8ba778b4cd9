import type { JourneyId } from "../../src/journeys/journey";
import type { InsertFailureReason } from "../office/insertErrors";
import type { TemplateKind } from "../services";

/** Every text of the task pane, per language. A parity test checks that each language has all of them. */
export interface UiStrings {
  /** Writing direction, set on the pane's root element and the page (a right-to-left language sets "rtl"). */
  dir: "ltr" | "rtl";
  /** The language's name in itself, as shown in the language switch. */
  languageName: string;
  languageLabel: string;
  tagline: string;
  functions: {
    heading: string;
    intro: string;
  };
  /** How an Office refusal is explained, whatever the pane was doing. */
  failures: Record<InsertFailureReason, string>;
  detail: (officeMessage: string) => string;
  template: {
    heading: string;
    description: string;
    kindLabel: string;
    kinds: Record<TemplateKind, string>;
    /** How the acts-and-tariffs template finds the centre costs. */
    linkHint: string;
    /** The contract template's sample is large: it takes a while. */
    contractsHint: string;
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
    /** The template was inserted but its ranges could not be recorded for its journey. */
    notRecorded: string;
    unknownFailure: string;
    nothingChanged: string;
    leftBehind: (sheets: readonly string[]) => string;
  };
  journeys: {
    heading: string;
    intro: string;
    titles: Record<JourneyId, string>;
    descriptions: Record<JourneyId, string>;
    open: (title: string) => string;
    back: string;
    loading: string;
    steps: { setup: string; check: string; compute: string; review: string };
  };
  setup: {
    modeLabel: string;
    useTemplate: string;
    useOwn: string;
    ownIntro: string;
    required: string;
    optional: string;
    settings: string;
    settingsHint: string;
    placeholder: string;
    groups: { selection: string; tables: string; columns: string; names: string };
    selection: (address: string) => string;
    refresh: string;
    save: string;
    saving: string;
    saved: string;
    current: (address: string) => string;
    notChosen: string;
    /** A typed address Excel cannot read. */
    badAddress: string;
  };
  check: {
    intro: string;
    run: string;
    running: string;
    none: string;
    summary: (errors: number, warnings: number) => string;
    error: string;
    warning: string;
    goTo: (address: string) => string;
    more: (count: number) => string;
  };
  compute: {
    intro: string;
    valuesCopy: string;
    valuesCopyHint: string;
    run: string;
    reading: string;
    computing: string;
    writing: (sheetsWritten: number, sheetCount: number) => string;
    done: (sheets: readonly string[]) => string;
    timings: (read: string, compute: string, write: string) => string;
    timingsHint: string;
    problems: (count: number) => string;
    computeAnyway: string;
    seeProblems: string;
    blocked: (count: number) => string;
    overwriteTitle: string;
    overwrite: (cells: readonly string[], count: number) => string;
    overwriteConfirm: string;
    cancel: string;
    inputInResults: (input: string, sheet: string) => string;
    cleared: (sheets: readonly string[]) => string;
  };
  review: {
    intro: string;
    empty: string;
    figures: string;
    passed: string;
    failed: string;
    sheets: string;
    goTo: (sheet: string) => string;
  };
  tools: {
    heading: string;
    repairIntro: string;
    repairResults: string;
    repairSheet: string;
    confirmTitle: string;
    confirmText: string;
    confirm: string;
    cancel: string;
    repairing: string;
    repaired: (formulas: number, sheets: readonly string[]) => string;
    nothing: string;
  };
}

