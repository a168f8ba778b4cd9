import JSZip from "jszip";
import { parseRef } from "../../src/workbook/formula";

/**
 * Edits a saved .xlsx the way another tool would (or a user's hand before
 * saving without recalculating): cells replaced in the sheet's XML, cached
 * results left as they were, a table's area moved. Used to plant defects in
 * the demo workbooks for the headless audit.
 */

export class XlsxParts {
  private constructor(private readonly zip: JSZip) {}

  static async open(data: Buffer): Promise<XlsxParts> {
    return new XlsxParts(await JSZip.loadAsync(data));
  }

  async save(): Promise<Buffer> {
    return this.zip.generateAsync({ type: "nodebuffer" });
  }

  /** Writes `xml` (a whole <c …>…</c> element) as the cell `ref` of `sheet`, replacing what was there. */
  async setCell(sheet: string, ref: string, xml: string): Promise<void> {
    const path = await this.sheetPath(sheet);
    this.zip.file(path, withCell(await this.zip.file(path)!.async("string"), ref, xml));
  }

  /** A number typed in the cell (its formula, if any, gone). */
  setNumber(sheet: string, ref: string, value: number): Promise<void> {
    return this.setCell(sheet, ref, `<c r="${ref}"><v>${value}</v></c>`);
  }

  /** A text typed in the cell, as an inline string. */
  setText(sheet: string, ref: string, value: string): Promise<void> {
    return this.setCell(sheet, ref, `<c r="${ref}" t="inlineStr"><is><t>${value.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></is></c>`);
  }

  /** Moves the area of a table (and of its filter), as Excel does when a row is typed below it. */
  async setTableRef(name: string, ref: string): Promise<void> {
    for (const path of Object.keys(this.zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
      const xml = await this.zip.file(path)!.async("string");
      if (!new RegExp(`displayName="${name}"`).test(xml)) continue;
      this.zip.file(path, xml.replace(/(<table [^>]*?ref=")[^"]+"/, `$1${ref}"`).replace(/(<autoFilter ref=")[^"]+"/, `$1${ref}"`));
      return;
    }
    throw new Error(`No table ${name}`);
  }

  private async sheetPath(name: string): Promise<string> {
    const workbook = await this.zip.file("xl/workbook.xml")!.async("string");
    const rels = await this.zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const escaped = name.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
    const sheet = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`).exec(workbook);
    if (!sheet) throw new Error(`No sheet ${name}`);
    const target = new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
    return target![1].startsWith("/") ? target![1].slice(1) : `xl/${target![1]}`;
  }
}

/** The sheet's XML with the cell `ref` replaced by `cell`, or inserted in its row (the row created if needed), in order. */
function withCell(xml: string, ref: string, cell: string): string {
  const existing = new RegExp(`<c r="${ref}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`);
  if (existing.test(xml)) return xml.replace(existing, cell);
  const { top, left } = parseRef(ref);
  const rowNumber = top + 1;
  const row = new RegExp(`<row r="${rowNumber}"([^>]*?)(/>|>([\\s\\S]*?)</row>)`).exec(xml);
  if (row) {
    const cells = row[3] ?? "";
    const next = [...cells.matchAll(/<c r="([A-Z]+)\d+"/g)].find((m) => parseRef(`${m[1]}1`).left > left);
    const body = next ? cells.slice(0, next.index) + cell + cells.slice(next.index) : cells + cell;
    return xml.replace(row[0], `<row r="${rowNumber}"${row[1]}>${body}</row>`);
  }
  const after = [...xml.matchAll(/<row r="(\d+)"/g)].find((m) => Number(m[1]) > rowNumber);
  const newRow = `<row r="${rowNumber}">${cell}</row>`;
  if (after) return xml.slice(0, after.index) + newRow + xml.slice(after.index);
  return xml.replace("</sheetData>", `${newRow}</sheetData>`).replace("<sheetData/>", `<sheetData>${newRow}</sheetData>`);
}
