/** The pure part of the CSV import: cells read as the export meant them, headers recognised, rows checked. */
import { parseDate, parseNumber, serialOf } from "../../src/journeys/csv/cells";
import { headerKey, recogniseHeaders } from "../../src/journeys/csv/headers";
import { detectSettings, ImportRows, reasonText } from "../../src/journeys/csv/importRows";

describe("numbers as text", () => {
  it.each([
    ["1 500,50", ",", 1500.5],
    ["1\u202f500,50", ",", 1500.5],
    ["1\u00a0234\u00a0567,8", ",", 1234567.8],
    ["1.234.567,89", ",", 1234567.89],
    ["-12,5", ",", -12.5],
    ["+3", ",", 3],
    [",5", ",", 0.5],
    ["1,234.56", ".", 1234.56],
    ["0.285", ".", 0.285],
    ["1500", ".", 1500],
  ] as const)("%s with %s is %d", (text, mark, value) => expect(parseNumber(text, mark)).toBe(value));

  it.each([["12.5", ","], ["1,5", "."], ["1.2.3", ","], ["12,5 DA", ","], ["un", ","], ["-", ","], ["", "."], ["1e5", "."], ["0x10", "."], ["1.23,4", ","]] as const)("%s with %s is not a number", (text, mark) => expect(parseNumber(text, mark)).toBeNull());
});

describe("dates as text", () => {
  it.each([
    ["15/03/2024", true, serialOf(2024, 3, 15)],
    ["15-03-2024", true, serialOf(2024, 3, 15)],
    ["15.03.2024", true, serialOf(2024, 3, 15)],
    ["15/03/24", true, serialOf(2024, 3, 15)],
    ["03/15/2024", false, serialOf(2024, 3, 15)],
    ["2024-03-15", true, serialOf(2024, 3, 15)],
    ["2024/03/15", false, serialOf(2024, 3, 15)],
    ["2024-03-15 18:00", true, serialOf(2024, 3, 15)! + 0.75],
    ["20240315", true, serialOf(2024, 3, 15)],
    ["29/02/2024", true, serialOf(2024, 2, 29)],
  ] as const)("%s is a date", (text, dayFirst, serial) => expect(parseDate(text, dayFirst)).toBe(serial));

  it("are Excel's serial numbers", () => {
    expect(serialOf(2024, 1, 1)).toBe(45292);
    expect(serialOf(1900, 3, 1)).toBe(61);
  });

  it.each(["29/02/2025", "31/04/2024", "15/13/2024", "2024-02-30", "45292", "mars 2024", "15/03"])("%s is not", (text) => expect(parseDate(text, true)).toBeNull());
});

describe("headers", () => {
  it("are recognised in French or English, any case, accents or punctuation, in any order", () => {
    expect(headerKey("N° de facture")).toBe("ndefacture");
    expect(recogniseHeaders(["QUANTITÉ", "prix_unitaire", "Date de l'acte", "Code-Acte", "Remarque"])).toEqual({ profile: "activity", fields: ["quantity", "price", "date", "code", null], missing: [] });
    expect(recogniseHeaders(["Numéro d'assuré", "Date début", "Date fin", "Code article", "Qté", "Prix demandé", "Code FOSA"])).toEqual({ profile: "claims", fields: ["insuree", "dateFrom", "dateTo", "item", "quantity", "price", "facility"], missing: [] });
  });

  it("say which required columns are missing", () => {
    expect(recogniseHeaders(["Date", "Libellé"]).missing).toEqual(["code", "quantity"]);
    expect(recogniseHeaders(["Date", "Montant"], "claims").missing).toEqual(["insuree", "item", "quantity"]);
  });
});

describe("the table's columns", () => {
  it("keep the file's other columns after the fields, under headers that differ", () => {
    const headers = ["Date", "Code acte", "Quantité", "date", ""];
    const rows = new ImportRows(recogniseHeaders(headers), headers, { decimal: ",", dayFirst: true, today: 0 });
    expect(rows.tableColumns("en").map((c) => c.header)).toEqual(["Date", "Act code", "Quantity", "Billed unit price", "Reference", "date (2)", "5"]);
  });
});

describe("rows", () => {
  const headers = ["Date", "Code acte", "Quantité", "Prix"];
  const layout = recogniseHeaders(headers);

  it("take the decimal mark and the order of day and month from the cells only one reading fits", () => {
    expect(detectSettings(layout, [["13/01/2025", "A", "1", "12,5"]], ";", 0)).toMatchObject({ decimal: ",", dayFirst: true });
    expect(detectSettings(layout, [["01/13/2025", "A", "1", "12.5"]], ";", 0)).toMatchObject({ decimal: ".", dayFirst: false });
    expect(detectSettings(layout, [["01/02/2025", "A", "1", "12"]], ",", 0)).toMatchObject({ decimal: ".", dayFirst: true });
    expect(detectSettings(layout, [["01/02/2025", "A", "1", "12"]], ";", 0)).toMatchObject({ decimal: ",", dayFirst: true });
  });

  it("flag a care date in the future, and blank required cells, keeping the row", () => {
    const rows = new ImportRows(layout, headers, { decimal: ",", dayFirst: true, today: serialOf(2025, 6, 30)! });
    const block = rows.convert([["01/07/2025", "A", "1", ""], ["30/06/2025", "", "2", "5"]], 2);
    expect(block.rows).toEqual([[serialOf(2025, 7, 1), "A", 1, null, null], [serialOf(2025, 6, 30), null, 2, 5, null]]);
    expect(block.flagged).toEqual([{ line: 2, reasons: [{ code: "date_in_future", field: "date" }] }, { line: 3, reasons: [{ code: "missing_value", field: "code" }] }]);
    expect(reasonText(block.flagged[1].reasons[0], "en", "activity")).toBe("Act code: blank");
    expect(rows.tableColumns("fr")).toEqual([
      { header: "Date", numberFormat: "dd/mm/yyyy" },
      { header: "Code acte", numberFormat: "@" },
      { header: "Quantité", numberFormat: "General" },
      { header: "Prix unitaire facturé", numberFormat: "General" },
      { header: "Référence", numberFormat: "@" },
    ]);
  });
});
