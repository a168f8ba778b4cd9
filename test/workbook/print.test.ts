import { cellAddress, parseRef } from "../../src/workbook/formula";
import { columnPixels, columnWidth, FILTER_BUTTON_PIXELS, INDENT_PIXELS, LABEL_FONTS, lineHeight, sheetLayout, textPixels, textRoom, wrapText } from "../../src/workbook/layout";
import type { SheetPlan } from "../../src/workbook/plan";
import { MIN_SCALE, pageSetup, printableArea } from "../../src/workbook/print";
import { everyPlan } from "../support/everySheet";

/**
 * Every sheet of every template and journey, in French and English, laid out
 * and set up for printing as both writers do it (the .xlsx files are checked
 * in printXlsx.test.ts, LibreOffice's pages in libreofficePrint.test.ts).
 */

const plans = everyPlan();
const sheets = plans.flatMap(({ name, plan, evaluation }) =>
  plan.sheets.map((sheet) => {
    const layout = sheetLayout(sheet, (row, col) => evaluation.read(sheet.name, cellAddress(row, col))[0][0]);
    return { where: `${name}: ${sheet.name}`, sheet, layout, setup: pageSetup(sheet, layout) };
  }),
);

const printedWidth = (sheet: SheetPlan, columns: number): number => {
  let pixels = 0;
  for (let c = 0; c < columns; c++) pixels += columnPixels(columnWidth(sheet, c));
  return pixels * 0.75;
};

it("covers every template and journey in both languages", () => {
  expect(plans.length).toBe(2 * (6 + 3 * 2));
  expect(sheets.length).toBeGreaterThan(140);
});

it("reads every header and label whole: no word wider than its column, no text running into the next cell", () => {
  expect(sheets.flatMap(({ where, layout }) => layout.cut.map((cut) => `${where} ${cut.at}: ${cut.why} (${cut.text})`))).toEqual([]);
});

it("makes each header row tall enough for its header's wrapped lines, within the column's room (less a table's drop-down button)", () => {
  const short: string[] = [];
  for (const { where, sheet, layout } of sheets) {
    for (const table of sheet.tables) {
      const { top, left } = parseRef(table.at);
      table.columns.forEach((column, c) => {
        const header = layout.headers.find((h) => h.row === top && h.col === left + c)!;
        const room = textRoom(columnWidth(sheet, left + c)) - Math.max(FILTER_BUTTON_PIXELS, header.indent * INDENT_PIXELS);
        const { lines } = wrapText(column.header, room, LABEL_FONTS.header);
        if (layout.rowHeight(top) < lines * lineHeight(LABEL_FONTS.header)) short.push(`${where} ${cellAddress(top, left + c)} "${column.header}"`);
      });
    }
    for (const label of sheet.labels.filter((l) => l.style === "header")) {
      const { top, left } = parseRef(label.at);
      const header = layout.headers.find((h) => h.row === top && h.col === left)!;
      const { lines } = wrapText(label.text, textRoom(columnWidth(sheet, left)) - header.indent * INDENT_PIXELS, LABEL_FONTS.header);
      if (layout.rowHeight(top) < lines * lineHeight(LABEL_FONTS.header)) short.push(`${where} ${label.at} "${label.text}"`);
    }
  }
  expect(short).toEqual([]);
});

it("aligns the centre codes heading a key table or the flows like the figures under them, and text headers left", () => {
  const at = (where: string, cell: string) => {
    const found = sheets.find((s) => s.where === where)!;
    const { top, left } = parseRef(cell);
    return found.layout.headers.find((h) => h.row === top && h.col === left)?.align;
  };
  expect(at("costing en sample: Primary keys", "B1")).toBe("right"); // ADM over its drivers
  expect(at("costing en sample: Primary keys", "A1")).toBe("left");
  expect(at("costing en sample: Results", "C46")).toBe("right"); // a centre code over the flows
  expect(at("costing en sample: Results", "B7")).toBe("left"); // Label
  expect(at("costing en sample: Results", "E7")).toBe("right"); // After secondary distribution
  expect(at("costing en sample: Results", "F7")).toBe("left"); // Unit of work (names)
  expect(at("contracts fr sample: Activité", "I1")).toBe("right"); // Quantité acceptée, a General result
  expect(at("contracts fr sample: Activité", "H1")).toBe("left"); // Statut
  expect(at("costCentres journey en, values-only copy: Results (values)", "B7")).toBe("left");
  expect(at("costCentres journey en, values-only copy: Results (values)", "E7")).toBe("right");
});

it("prints every sheet on A4 at a readable size: fitted to one page wide, or a matrix a few pages wide at the smallest readable scale", () => {
  const small: string[] = [];
  for (const { where, sheet, layout, setup } of sheets) {
    const page = printableArea(setup.orientation);
    const width = printedWidth(sheet, layout.printColumns);
    const scale = "scale" in setup.zoom ? setup.zoom.scale / 100 : Math.min(1, (setup.zoom.pagesWide * page.width) / width);
    if (scale < 0.45 || (setup.orientation === "portrait" && scale < MIN_SCALE)) small.push(`${where}: ${setup.orientation} at ${Math.round(scale * 100)} %`);
    if ("pagesWide" in setup.zoom && setup.zoom.pagesWide > 1) expect({ where, titleColumn: setup.titleColumn, scale: scale >= MIN_SCALE }).toEqual({ where, titleColumn: true, scale: true });
  }
  expect(small).toEqual([]);
});

it("fits the contract statement on one portrait page with room for both signatures, months on the next", () => {
  const balances = sheets.filter(({ sheet }) => sheet.key === "balance");
  expect(balances.length).toBe(2 * 2 + 2 * 2); // templates (sample, empty) and journey results (formulas, values), both languages
  for (const { where, sheet, layout, setup } of balances) {
    expect({ where, orientation: setup.orientation, breaks: setup.breaksAfter.length }).toEqual({ where, orientation: "portrait", breaks: 1 });
    if (!("scale" in setup.zoom)) throw new Error(`${where} should print at a fixed scale`);
    const scale = setup.zoom.scale / 100;
    const page = printableArea("portrait");
    let height = 0;
    for (let row = 0; row < setup.breaksAfter[0]; row++) height += layout.rowHeight(row);
    expect({ where, width: printedWidth(sheet, layout.printColumns) * scale <= page.width, height: height * scale <= page.height, readable: scale >= MIN_SCALE }).toEqual({ where, width: true, height: true, readable: true });
    const signatures = sheet.labels.filter((l) => parseRef(l.at).top < setup.breaksAfter[0] && /^(Signature|Nom et fonction|Name and position|Date)\s?:/.test(l.text));
    expect({ where, signatures: signatures.length }).toEqual({ where, signatures: 6 }); // name, date, signature for each party
    for (const line of signatures) expect(textPixels(line.text, LABEL_FONTS.note)).toBeGreaterThan(250); // a line long enough to write on
  }
});

it("repeats the header row of a table longer than a page, and only then", () => {
  const titles = (where: string) => sheets.find((s) => s.where === where)?.setup.titleRow;
  expect(titles("contracts en sample: Activity")).toBe(1);
  expect(titles("contracts en sample: Claims")).toBe(1);
  expect(titles("contracts en sample: Reconciliation")).toBe(4);
  expect(titles("contracts en sample: PBF")).toBe(20);
  expect(titles("costing en sample: Nomenclature")).toBe(1);
  expect(titles("costing en sample: Tariffs")).toBe(12);
  expect(titles("costing en sample: Results")).toBeUndefined(); // 30 centres fit a page: the flows below have their own header
  expect(titles("costing en sample: Centres")).toBeUndefined();
});

it("prints the claims without the legend of reasons beside them (the guide has it), and every sheet with its name and page in the footer", () => {
  expect(sheets.find((s) => s.where === "contracts fr sample: Prestations")?.setup.columns).toBe("A:Q");
  for (const { setup } of sheets) expect(setup.footer).toEqual({ left: "&A", right: "&P / &N" });
});
