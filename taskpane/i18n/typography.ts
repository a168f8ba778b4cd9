import type { Language } from "../../src/excel/messages";

/** French typography for texts we do not write ourselves (the catalog): a no-break space before : ; ! ? » and after «, so no line starts with the sign. */
export function typeset(text: string, language: Language): string {
  return language === "fr" ? text.replace(/ ([:;!?»])/g, "\u00A0$1").replace(/« /g, "«\u00A0") : text;
}
