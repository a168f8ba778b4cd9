import type { UiStrings } from "./strings";

export const en: UiStrings = {
  dir: "ltr",
  languageName: "English",
  languageLabel: "Language",
  tagline: "Hospital costing in Excel: cost centres, primary and secondary distribution, cost of units of work and of acts.",
  functions: {
    heading: "The functions",
    intro: "Type them in a cell like any Excel function:",
  },
  template: {
    heading: "Templates",
    description: "Adds new sheets ready to fill in, formulas included. Your existing sheets are never changed.",
    kindLabel: "Template",
    kinds: {
      costCentres: "Cost per centre (step-down costing)",
      actsTariffs: "Acts and tariffs (letter keys, nomenclature, loan)",
    },
    linkHint: "The acts-and-tariffs template reads the centre costs from the cost-centre template already inserted in this workbook; without one, it adds its own centre-cost sheet.",
    contentLabel: "Template content",
    withSample: "With sample data (training)",
    empty: "Empty, for my own data",
    insert: "Insert the template",
    inserting: "Inserting…",
    progress: (done, total) => `Sheets written: ${done} of ${total}`,
    success: (sheets) => `Template inserted. Sheets created: ${sheets.join(", ")}.`,
    successHint: "The formulas calculate as soon as the Hisab Santé add-in is loaded.",
    linked: (resultsSheet) => `Linked to the centre costs of the "${resultsSheet}" sheet.`,
    standalone: "No cost-centre template in this workbook: type the costs in the centre-cost sheet.",
    failures: {
      protected: "The workbook or a sheet is protected: Excel refuses to add sheets. Remove the protection (Review > Protect Workbook), then try again.",
      cell_edit_mode: "A cell is being edited. Press Enter or Esc, then try again.",
      too_large: "Excel refused a request that was too large. Try again; if it keeps failing, insert the empty template.",
      unsupported: "This version of Excel cannot do this. Update Excel or use Excel on the web.",
      unknown: "Excel could not insert the template.",
    },
    nothingChanged: "Your workbook was not changed.",
    leftBehind: (sheets) => `These sheets could not be removed; you can delete them: ${sheets.join(", ")}.`,
    detail: (message) => `Excel's message: ${message}`,
  },
};
