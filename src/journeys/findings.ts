import type { ErrorParams } from "../engine/errors";
import type { Language } from "../excel/messages";
import { LINE_STATUS_MEANINGS } from "../workbook/contracts/legend";

/**
 * What a journey finds beyond the engine's own errors: ranges of the wrong
 * shape, inputs not mapped, a support centre left out of the keys, the
 * activity lines a contract will reject or flag. One sentence per code and
 * language, like the engine's messages; `{x}` values come from the params.
 */

export type FindingCode =
  | "not_mapped"
  | "not_one_column"
  | "not_one_cell"
  | "too_small"
  | "too_few_columns"
  | "not_aligned"
  | "support_not_in_keys"
  | "main_in_keys"
  | "line_status";

type Template = (p: ErrorParams) => string;

/** What a status of CONTRACT.LINES means (the template's legend). */
const meaning = (status: string | number, lang: Language): string => LINE_STATUS_MEANINGS[status as keyof typeof LINE_STATUS_MEANINGS]?.[lang] ?? String(status);

export const FINDING_MESSAGES: Record<Language, Record<FindingCode, Template>> = {
  fr: {
    not_mapped: () => `aucune plage choisie : choisissez-en une à l'étape « Préparer »`,
    not_one_column: (p) => `une seule colonne est attendue, la plage en a ${p.columns}`,
    not_one_cell: (p) => `une seule cellule est attendue, la plage en a ${p.cells}`,
    too_small: () => `il faut une ligne d'en-tête, une première colonne de codes et au moins une ligne et une colonne de valeurs`,
    too_few_columns: (p) => `${p.expected} colonnes sont attendues dans cet ordre, la plage en a ${p.columns}`,
    not_aligned: (p) => `${p.rows} ligne(s) alors que « ${p.other} » en a ${p.expected} : les deux plages doivent être alignées ligne à ligne`,
    support_not_in_keys: (p) => `« ${p.value} » est un centre auxiliaire absent des clés secondaires : son coût y resterait au lieu d'être réparti`,
    main_in_keys: (p) => `« ${p.value} » est un centre principal : dans les clés secondaires, son coût serait réparti sur les autres centres`,
    line_status: (p) => `${p.status} : ${meaning(p.status, "fr")}`,
  },
  en: {
    not_mapped: () => `no range chosen: choose one in the "Set up" step`,
    not_one_column: (p) => `a single column is expected, the range has ${p.columns}`,
    not_one_cell: (p) => `a single cell is expected, the range has ${p.cells}`,
    too_small: () => `a header row, a first column of codes and at least one row and one column of values are needed`,
    too_few_columns: (p) => `${p.expected} columns are expected in this order, the range has ${p.columns}`,
    not_aligned: (p) => `${p.rows} row(s) where "${p.other}" has ${p.expected}: the two ranges must be aligned row by row`,
    support_not_in_keys: (p) => `"${p.value}" is a support centre missing from the secondary keys: its cost would stay there instead of being distributed`,
    main_in_keys: (p) => `"${p.value}" is a main centre: in the secondary keys, its cost would be distributed over the other centres`,
    line_status: (p) => `${p.status}: ${meaning(p.status, "en")}`,
  },
};
