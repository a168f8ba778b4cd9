import { LABEL_FONTS } from "../../src/workbook/layout";
import type { LabelStyle, Validation } from "../../src/workbook/plan";

/** How each label style looks beyond its size and weight (LABEL_FONTS, which the layout measures): notes are quiet, headers and checks stand out. */
interface LabelLook {
  italic?: boolean;
  color?: string;
  fill?: string;
}

const LABEL_LOOKS: Record<LabelStyle, LabelLook> = {
  title: {},
  subtitle: {},
  header: { fill: "#DDEBF7" },
  note: { italic: true, color: "#595959" },
  check: { fill: "#FFF2CC" },
};

export function applyLabelStyle(range: Excel.Range, style: LabelStyle): void {
  const look = LABEL_LOOKS[style];
  const { size, bold } = LABEL_FONTS[style];
  const font = range.format.font;
  if (bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (size !== 11) font.size = size;
  if (look.color) font.color = look.color;
  if (look.fill) range.format.fill.color = look.fill;
}

/**
 * Plans give widths in characters, as Excel's UI does; Office.js wants points.
 * A character of the default font is 7 pixels plus 5 pixels of padding, and a
 * pixel is 0.75 point (8.43 characters = 64 px = 48 pt).
 */
export function columnWidthPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** Any number at all: a decimal or whole-number rule without bounds still refuses text. */
const ANY_NUMBER = 9.99e307;

function numberBounds({ min, max }: { min?: number; max?: number }): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined) return { operator: "Between", formula1: min, formula2: max };
  if (min !== undefined) return { operator: "GreaterThanOrEqualTo", formula1: min };
  if (max !== undefined) return { operator: "LessThanOrEqualTo", formula1: max };
  return { operator: "Between", formula1: -ANY_NUMBER, formula2: ANY_NUMBER };
}

export function validationRule(validation: Validation): Excel.DataValidationRule {
  switch (validation.kind) {
    case "list": {
      // Office.js always splits the source on "," whatever the user's list separator (OfficeDev/office-js#2128), so a value cannot hold one.
      const withComma = validation.values.find((value) => value.includes(","));
      if (withComma !== undefined) throw new Error(`List validation value "${withComma}" contains a comma`);
      return { list: { inCellDropDown: true, source: validation.values.join(",") } };
    }
    case "decimal":
      return { decimal: numberBounds(validation) };
    case "whole":
      return { wholeNumber: numberBounds(validation) };
  }
}
