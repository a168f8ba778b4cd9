import type { InputKind } from "../../src/journeys/journey";
import { NAME_PREFIX, nameReference, parseAddress } from "../../src/journeys/names";
import { areaRef, parseRef } from "../../src/workbook/formula";
import type { RangeRef } from "../../src/workbook/plan";

/**
 * What the pickers offer for an input: the current selection, the
 * workbook's tables (whole, body, each column, as structured references
 * that keep following the table as it grows) and its named ranges. Each
 * choice is what the journey's defined name will refer to, and where it is now.
 */

export type ChoiceKind = "selection" | "table" | "tableBody" | "column" | "name";

export interface RangeChoice {
  kind: ChoiceKind;
  /** What the defined name refers to: "=tCentres[Code]", "=Feuil1!$B$2:$B$40", "=MyRange". */
  formula: string;
  /** Where it is now. */
  ref: RangeRef;
}

/** A column name inside a structured reference: [ ] # ' are escaped with a quote. */
const column = (name: string) => name.replace(/['[\]#]/g, "'$&");

export async function rangeChoices(context: Excel.RequestContext): Promise<RangeChoice[]> {
  const { tables, names } = context.workbook;
  const selection = context.workbook.getSelectedRange().load("address");
  tables.load("items/name");
  names.load("items/name");
  await context.sync();
  const tableParts = tables.items.map((table) => ({ name: table.name, range: table.getRange().load("address"), header: table.getHeaderRowRange().load("values") }));
  const namedRanges = names.items.filter((item) => !item.name.toUpperCase().startsWith(NAME_PREFIX)).map((item) => ({ name: item.name, range: item.getRangeOrNullObject().load("address") }));
  await context.sync();

  const choices: RangeChoice[] = [];
  const selected = parseAddress(selection.address);
  if (selected) choices.push({ kind: "selection", formula: nameReference(selected), ref: selected });
  for (const { name, range, header } of tableParts) {
    const whole = parseAddress(range.address);
    if (!whole) continue;
    const area = parseRef(whole.ref);
    const body = { ...area, top: area.top + 1, rows: area.rows - 1 };
    const at = (a: typeof area): RangeRef => ({ ...whole, ref: areaRef(a) });
    choices.push({ kind: "table", formula: `=${name}[#All]`, ref: whole });
    choices.push({ kind: "tableBody", formula: `=${name}`, ref: at(body) });
    (header.values[0] ?? []).forEach((title, c) => {
      choices.push({ kind: "column", formula: `=${name}[${column(String(title))}]`, ref: at({ ...body, left: body.left + c, cols: 1 }) });
    });
  }
  for (const { name, range } of namedRanges) {
    const ref = range.isNullObject ? undefined : parseAddress(range.address);
    if (ref) choices.push({ kind: "name", formula: `=${name}`, ref });
  }
  return choices;
}

/** Whether a choice fits an input of this kind (its shape is checked again, with a message, once chosen). */
export function fits(choice: RangeChoice, kind: InputKind): boolean {
  const { rows, cols } = parseRef(choice.ref.ref);
  switch (kind) {
    case "labelledTable":
      return choice.kind !== "column" && choice.kind !== "tableBody" && rows >= 2 && cols >= 2;
    case "table":
      return choice.kind !== "table" && choice.kind !== "column";
    case "scalar":
      return rows === 1 && cols === 1;
    default:
      return cols === 1 && choice.kind !== "table";
  }
}
