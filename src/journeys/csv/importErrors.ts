import type { Language } from "../../excel/messages";
import type { FieldId } from "./headers";
import { PROFILES } from "./headers";

/** Why a CSV file cannot be imported at all, with what the message needs; phrased in French and English. */
export type CsvStop =
  | { code: "empty" }
  | { code: "missing_columns"; profile: keyof typeof PROFILES; fields: FieldId[] }
  | { code: "too_many_rows"; limit: number }
  | { code: "mixed_encoding"; line: number };

export class CsvImportError extends Error {
  constructor(readonly stop: CsvStop) {
    super(`CSV import stopped: ${stop.code}`);
    this.name = "CsvImportError";
  }
}

export function csvStopText(stop: CsvStop, lang: Language): string {
  switch (stop.code) {
    case "empty":
      return lang === "fr" ? "Le fichier est vide : il n'a pas même une ligne d'en-tête." : "The file is empty: it has not even a header line.";
    case "missing_columns": {
      const names = stop.fields.map((id) => `« ${PROFILES[stop.profile].find((f) => f.id === id)?.header[lang] ?? id} »`).join(", ");
      return lang === "fr" ? `Colonnes introuvables dans l'en-tête : ${names}. Renommez l'en-tête de ces colonnes (en français ou en anglais) puis importez à nouveau.` : `Columns not found in the header: ${names.replace(/« | »/g, '"')}. Rename these columns' headers (in French or English), then import again.`;
    }
    case "too_many_rows":
      return lang === "fr" ? `Le fichier a plus de ${stop.limit.toLocaleString("fr-FR")} lignes : une feuille Excel ne peut pas les contenir. Découpez-le (par exemple par trimestre).` : `The file has more than ${stop.limit.toLocaleString("en-US")} lines: an Excel sheet cannot hold them. Split it (by quarter, for example).`;
    case "mixed_encoding":
      return lang === "fr" ? `Le fichier mélange deux encodages (UTF-8 puis autre chose vers la ligne ${stop.line}) : enregistrez-le à nouveau en UTF-8.` : `The file mixes two encodings (UTF-8, then something else near line ${stop.line}): save it again as UTF-8.`;
  }
}
