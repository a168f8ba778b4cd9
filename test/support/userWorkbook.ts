import { costCentreTemplate } from "../../src/workbook/costCentres";
import { areaRef, parseRef } from "../../src/workbook/formula";
import type { TableBlock, Value } from "../../src/workbook/plan";

/**
 * A finance officer's own workbook holding the district hospital's cost
 * centres, laid out their way (a table of centres, a plain range of expenses
 * further down, both key tables on one sheet), and the references a user
 * picks for the cost-centre journey. Plain data, so the Office.js mock and
 * the browser stub build the same workbook.
 */

export interface UserSheet {
  name: string;
  /** Blocks of values by top-left cell. */
  blocks: { at: string; rows: Value[][] }[];
  /** Excel tables over cells of the blocks: name and address, header row included. */
  tables: { name: string; address: string }[];
}

export interface UserWorkbook {
  sheets: UserSheet[];
  /** What each input's defined name refers to, as the pickers would record it. */
  choices: Record<string, string>;
}

const tableBlock = (table: TableBlock): Value[][] => [table.columns.map((c) => c.header), ...table.rows];

export function userCostCentres(): UserWorkbook {
  const plan = costCentreTemplate("fr", { sample: true });
  const table = (key: string) => plan.sheets.find((s) => s.key === key)!.tables[0];
  const centres = table("centres");
  const expenses = table("expenses");
  const primary = table("primaryKeys");
  const secondary = table("secondaryKeys");
  const keysAt = "A1";
  const secondaryAt = `A${primary.rows.length + 4}`;
  const block = (at: string, rows: Value[][]) => ({ at, rows });
  const lines = expenses.rows.length;
  const whole = (at: string, rows: Value[][]) => {
    const { top, left } = parseRef(at);
    return areaRef({ top, left, rows: rows.length, cols: rows[0].length }).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  };
  return {
    sheets: [
      { name: "Notes", blocks: [block("A1", [["Mes données", 42]])], tables: [] },
      { name: "Centres 2024", blocks: [block("A1", tableBlock(centres))], tables: [{ name: "tMesCentres", address: areaRef({ top: 0, left: 0, rows: centres.rows.length + 1, cols: 5 }) }] },
      { name: "Charges 2024", blocks: [block("B2", [["Charges de l'exercice 2024"]]), block("B3", tableBlock(expenses))], tables: [] },
      { name: "Clés", blocks: [block(keysAt, tableBlock(primary)), block(secondaryAt, tableBlock(secondary))], tables: [] },
    ],
    choices: {
      centres: "=tMesCentres[Code]",
      labels: "=tMesCentres[Libellé]",
      kinds: "=tMesCentres[Type]",
      // In a structured reference, an apostrophe of a column's name is written twice.
      unitNames: "=tMesCentres[Unité d''œuvre]",
      units: "=tMesCentres[Unités produites]",
      amounts: `='Charges 2024'!$D$4:$D$${lines + 3}`,
      keyNames: `='Charges 2024'!$E$4:$E$${lines + 3}`,
      keyTable: `='Clés'!${whole(keysAt, tableBlock(primary))}`,
      secondaryKeys: `='Clés'!${whole(secondaryAt, tableBlock(secondary))}`,
    },
  };
}
