import { FakeWorkbook, officeError } from "../taskpane/mockWorkbook";
import { RequestContext } from "./requestContext";
import { jsonBytes } from "./requestSize";
import { PAYLOAD_LIMIT_BYTES, WorkbookModel } from "./workbookModel";

/**
 * The in-memory Excel's own rules, each checked once here since both the
 * jest adapter and the browser stub rely on them.
 */

const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe("Office's request model", () => {
  it("gives a property only once it is loaded and synced, and runs writes at the sync", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    const context = book.context();
    const range = context.workbook.worksheets.getItem("Feuil1").getRange("A1:B1");
    range.values = [[1, "two"]];
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(book.sheet("Feuil1").cells.size).toBe(0);
    await context.sync();
    expect(range.values).toEqual([[1, "two"]]);
    expect(book.requests).toEqual([{ commands: ["Range.values", "Range.load"], cellsWritten: 2, requestBytes: jsonBytes([["Range.values", [[1, "two"]]], ["Range.load", ["values"]]]), responseBytes: jsonBytes([[[1, "two"]]]) }]);
  });

  it("refuses a grid of the wrong size, and a missing sheet, when the request runs", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    const context = book.context();
    context.workbook.worksheets.getItem("Feuil1").getRange("A1:B2").values = [[1, 2]];
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument", name: "RichApi.Error" });
    context.workbook.worksheets.getItem("Ailleurs").getRange("A1").values = [[1]];
    expect(await rejection(context.sync())).toMatchObject({ code: "ItemNotFound" });
    expect(book.snapshot().stats).toMatchObject({ syncs: 2, failedSyncs: 2 });
  });

  it("throws on a member the fake does not implement, and lists it as a problem", () => {
    const model = new WorkbookModel(["Feuil1"]);
    const range = new RequestContext(model).workbook.worksheets.getItem("Feuil1").getRange("A1") as unknown as Record<string, unknown>;
    expect(() => range.hyperlink).toThrow(/Range\.hyperlink is not implemented/);
    expect(() => (range.style = "Good")).toThrow(/setting Range\.style is not implemented/);
    expect(model.problems).toHaveLength(2);
  });
});

describe("what Excel does with what is written", () => {
  async function written(values: unknown[][], numberFormat?: string[][]) {
    const book = new FakeWorkbook(["Feuil1"]);
    const context = book.context();
    const range = context.workbook.worksheets.getItem("Feuil1").getRange(`A1:${String.fromCharCode(64 + values[0].length)}${values.length}`);
    if (numberFormat) range.numberFormat = numberFormat;
    range.values = values;
    await context.sync();
    return book.sheet("Feuil1");
  }

  it("reads a string as typing: = + - @ start a formula, a number-like string is a number, a lone sign stays text", async () => {
    const sheet = await written([["=A2", "+A2", "-5", "0012", "-", "@A2", "texte"]]);
    expect(["A1", "B1", "C1", "D1", "E1", "F1", "G1"].map((a) => sheet.cells.get(a))).toEqual([
      { formula: "=A2", numberFormat: "General" },
      { formula: "=+A2", numberFormat: "General" },
      { value: -5, numberFormat: "General" },
      { value: 12, numberFormat: "General" },
      { value: "-", numberFormat: "General" },
      { formula: "=@A2", numberFormat: "General" },
      { value: "texte", numberFormat: "General" },
    ]);
  });

  it("keeps every string as text in a Text cell, and leaves a cell alone where the grid holds null", async () => {
    const sheet = await written([["=evil()", "0012", null]], [["@", "@", "0.00"]]);
    expect(sheet.cells.get("A1")).toEqual({ value: "=evil()", numberFormat: "@" });
    expect(sheet.cells.get("B1")).toEqual({ value: "0012", numberFormat: "@" });
    expect(sheet.cells.get("C1")).toEqual({ value: "", numberFormat: "0.00" });
  });

  it("reports a formula Excel would show as #REF!", async () => {
    const model = new WorkbookModel(["Feuil1"]);
    const context = new RequestContext(model);
    context.workbook.worksheets.getItem("Feuil1").getRange("A1").formulas = [["=SUM('Gone'!A1:A3)"]];
    await context.sync();
    expect(model.problems).toEqual([`Feuil1!A1: =SUM('Gone'!A1:A3) refers to sheet "Gone", which does not exist (#REF!)`]);
  });
});

describe("names", () => {
  it("follows a renamed sheet in formulas and defined names, and gives #REF! once the sheet is deleted", async () => {
    const book = new FakeWorkbook(["Feuil1", "Données"]);
    book.fill("Feuil1", "A1", [["=SUM('Données'!A1:A3)"]]);
    const add = book.context();
    add.workbook.names.add("MES_DONNEES", "='Données'!$A$1:$A$3", "");
    await add.sync();
    book.renameSheet("Données", "Données 2024");
    expect(book.sheet("Feuil1").cells.get("A1")?.formula).toBe("=SUM('Données 2024'!A1:A3)");
    expect(book.names()).toEqual(["MES_DONNEES → ='Données 2024'!$A$1:$A$3"]);

    const remove = book.context();
    remove.workbook.worksheets.getItem("Données 2024").delete();
    const range = remove.workbook.names.getItem("MES_DONNEES").getRangeOrNullObject();
    await remove.sync();
    expect(range.isNullObject).toBe(true);
  });

  it("keeps tables and defined names in one namespace, and tables from overlapping", async () => {
    const book = new FakeWorkbook(["Feuil1"], { tables: ["tCentres"] });
    const context = book.context();
    context.workbook.names.add("TCENTRES", "=Feuil1!$A$1", "");
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidArgument" });
    context.workbook.worksheets.getItem("Feuil1").tables.add("B2:C3", true);
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidOperation" });
  });

  it("makes a table's headers text and unique", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    book.fill("Feuil1", "A1", [["Code", "", "Code", 2024]]);
    const context = book.context();
    context.workbook.worksheets.getItem("Feuil1").tables.add("A1:D1", true);
    await context.sync();
    expect(book.sheet("Feuil1").tables).toEqual([{ name: "Table1", address: "A1:D2", hasHeaders: true, headers: ["Code", "Column2", "Code2", "2024"] }]);
  });
});

describe("Excel refusing", () => {
  it("a sync refused runs none of its commands", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    book.failSync(1, officeError("InvalidOperationInCellEditMode", "edit mode"));
    const context = book.context();
    context.workbook.worksheets.add("Nouvelle");
    expect(await rejection(context.sync())).toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(book.sheetNames()).toEqual(["Feuil1"]);
    expect(book.requests.map((r) => r.error)).toEqual(["InvalidOperationInCellEditMode"]);
  });

  it("a command refused stops its request after the commands before it have run", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    book.failCommand("TableCollection.add", officeError("AccessDenied", "protected"));
    const context = book.context();
    const sheet = context.workbook.worksheets.add("Nouvelle");
    sheet.tables.add("A1:B2", true);
    sheet.getRange("D1").values = [["after"]];
    expect(await rejection(context.sync())).toMatchObject({ code: "AccessDenied", message: "protected" });
    expect(book.sheetNames()).toEqual(["Feuil1", "Nouvelle"]);
    expect(book.sheet("Nouvelle").cells.get("D1")).toBeUndefined();
  });

  it("a request over the payload limit is refused whole; a response over it delivers nothing", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    const big = Array.from({ length: 1000 }, (_, r) => [`ligne ${r} `.repeat(20)]);
    book.model.limits.requestBytes = jsonBytes(big) - 1;
    const write = book.context();
    write.workbook.worksheets.getItem("Feuil1").getRange("A1:A1000").values = big;
    expect(await rejection(write.sync())).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(book.sheet("Feuil1").cells.size).toBe(0);

    book.model.limits.requestBytes = PAYLOAD_LIMIT_BYTES;
    book.fill("Feuil1", "A1", big);
    book.model.limits.responseBytes = 1000;
    const read = book.context();
    const range = read.workbook.worksheets.getItem("Feuil1").getRange("A1:A1000").load("values");
    expect(await rejection(read.sync())).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(book.requests.at(-1)?.responseBytes).toBeGreaterThan(1000);
  });
});
