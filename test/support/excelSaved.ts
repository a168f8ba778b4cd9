import JSZip from "jszip";
import { findFunction } from "../../src/excel/catalog";
import type { Cell } from "../../src/excel/cells";

/**
 * A small workbook written the way Excel 365 saves one, part by part
 * (ECMA-376 SpreadsheetML), to test the headless audit on what Excel itself
 * writes rather than on what our ExcelJS writer writes:
 *
 * - our functions in the stored form (`_xldudf_HISAB_ALLOCATE`), one reading
 *   another's spill through `_xlfn.ANCHORARRAY(B2)` (typed `B2#`);
 * - dynamic arrays: `<f t="array" ref=…>` on a cell with cm="1" and the XLDAPR
 *   metadata part, the spill's other cells holding plain cached values;
 * - shared formulas (`<f t="shared" si="0" ref=…>` then `<f t="shared" si="0"/>`);
 * - dates as serial numbers with a date style (numFmtId 14);
 * - shared strings, a boolean, inline strings nowhere (Excel does not write them);
 * - two tables, one with a calculated column written with
 *   `tActivite[[#This Row],[Qté]]` references in its cells and its definition;
 * - a workbook-scoped and a sheet-scoped defined name.
 *
 * The cached values are computed with the catalog's functions, as Excel
 * would with the add-in loaded. `variant` plants the defects Excel itself can
 * leave in a file.
 */

export type ExcelSavedVariant = "clean" | "spill blocked" | "not registered" | "typed form";

const CENTRES = ["ADM", "ENT", "LABO", "MED", "CHIR"];
const COSTS = [1200, 800, 3000, 5000, 4000];
const KEYS: Cell[][] = [
  ["Auxiliaire", ...CENTRES],
  ["ADM", null, 10, 20, 40, 30],
  ["ENT", 5, null, 25, 40, 30],
];
const UNITS = [null, null, 15_000, 3_200, 900];
const CONTRACT: Cell[][] = [
  ["C1", 500, 40, null],
  ["B20", 120, 300, 250],
];
/** Date serials: 2025-01-03, 2025-02-10, 2025-02-11, 2025-03-01, 2026-01-05 (out of period). */
const ACTIVITY: Cell[][] = [
  [45660, "C1", 2, 500, "F001"],
  [45698, "B20", 100, 120, "F002"],
  [45699, "B20", 200, 120, "F003"],
  [45717, "C1", 1, 550, "F004"],
  [46027, "C1", 1, 500, "F005"],
];
const ADVANCES = [20_000, 10_000];
const PERIOD = [45658, 46022];

const impl = (id: string) => findFunction(id)!.impl;
const col = (values: Cell[]): Cell[][] => values.map((v) => [v]);

export async function excelSavedXlsx(variant: ExcelSavedVariant = "clean"): Promise<Buffer> {
  const allocated = impl("ALLOCATE")(col(CENTRES), col(COSTS), KEYS, "réciproque").map((r) => r[0] as number);
  const unitCosts = impl("UNITCOST")(col(CENTRES), col(allocated), col(UNITS)).map((r) => r[0]);
  const balance = impl("CONTRACT.BALANCE")(CONTRACT, ACTIVITY, col(ADVANCES), PERIOD[0], PERIOD[1]).map((r) => r[0]);

  const strings: string[] = [];
  const s = (text: string) => {
    const i = strings.indexOf(text);
    return String(i >= 0 ? i : strings.push(text) - 1);
  };
  const value = (v: Cell, style?: number): string => {
    const st = style ? ` s="${style}"` : "";
    if (v === null || v === "") return `${st}/>`;
    if (typeof v === "number") return `${st}><v>${v}</v></c>`;
    if (typeof v === "boolean") return `${st} t="b"><v>${v ? 1 : 0}</v></c>`;
    return `${st} t="s"><v>${s(String(v))}</v></c>`;
  };
  const c = (ref: string, v: Cell, style?: number) => `<c r="${ref}"${value(v, style)}`;
  const cached = (v: Cell) => (typeof v === "number" ? `<v>${v}</v>` : v === "" || v === null ? "<v></v>" : `<v>${escape(String(v))}</v>`);
  const cachedType = (v: Cell) => (typeof v === "number" ? "" : ' t="str"');
  const name = (id: string) => (variant === "typed form" ? `HISAB.${id}` : `_xldudf_HISAB_${id.replace(/\./g, "_")}`);

  // ---- Données: centres, costs, keys, method, units
  const data = [
    row(1, [c("A1", "Code"), c("B1", "Coût primaire"), ...KEYS[0].map((v, i) => c(`${letter(4 + i)}1`, v)), c("K1", "Méthode"), c("L1", "Unités")]),
    ...CENTRES.map((code, i) =>
      row(i + 2, [c(`A${i + 2}`, code), c(`B${i + 2}`, COSTS[i]), ...(i < 2 ? KEYS[i + 1].map((v, k) => c(`${letter(4 + k)}${i + 2}`, v)) : []), ...(i === 0 ? [c("K2", "réciproque")] : []), c(`L${i + 2}`, UNITS[i])]),
    ),
  ];

  // ---- Résultats: ALLOCATE spilled, UNITCOST reading its spill, a shared ROUND column, a total and a check
  const blocked = variant === "spill blocked";
  const unregistered = variant === "not registered";
  /** A native formula's cached value: #NAME? when it reads results saved without the add-in. */
  const native = (v: number) => (unregistered ? `<v>#NAME?</v>` : `<v>${v}</v>`);
  const nativeType = unregistered ? ' t="e"' : "";
  const anchor = (ref: string, formula: string, area: string, first: Cell) =>
    unregistered
      ? `<c r="${ref}" t="e"><f>${escape(formula)}</f><v>#NAME?</v></c>`
      : blocked && ref === "B2"
        ? `<c r="${ref}" t="e"><f>${escape(formula)}</f><v>#SPILL!</v></c>`
        : `<c r="${ref}" cm="1"${cachedType(first)}><f t="array" ref="${area}">${escape(formula)}</f>${cached(first)}</c>`;
  const allocate = `${name("ALLOCATE")}(Données!A2:A6,Données!B2:B6,Données!D1:I3,Données!K2)`;
  const unitCost = `${name("UNITCOST")}(Données!A2:A6,_xlfn.ANCHORARRAY(B2),Données!L2:L6)`;
  const results = [
    row(1, [c("A1", "Centre"), c("B1", "Après répartition"), c("C1", "Coût de l'UO"), c("D1", "Arrondi")]),
    ...CENTRES.map((code, i) => {
      const r = i + 2;
      const b = i === 0 ? anchor("B2", allocate, "B2:B6", allocated[0]) : unregistered || blocked ? (blocked && r === 4 ? c(`B${r}`, 999) : "") : c(`B${r}`, allocated[i]);
      // Blocked, ALLOCATE leaves nothing for UNITCOST and the rounded column to read: the fixture leaves them out.
      if (blocked) return row(r, [c(`A${r}`, code), b]);
      const cc = i === 0 ? anchor("C2", unitCost, "C2:C6", unitCosts[0]) : unregistered ? "" : `<c r="C${r}"${cachedType(unitCosts[i])}>${cached(unitCosts[i])}</c>`;
      const round = typeof unitCosts[i] === "number" ? Math.round((unitCosts[i] as number) * 100) / 100 : 0;
      const d = i === 0 ? `<c r="D2"${nativeType}><f t="shared" ref="D2:D6" si="0">ROUND(C2,2)</f>${native(round)}</c>` : `<c r="D${r}"${nativeType}><f t="shared" si="0"/>${native(round)}</c>`;
      return row(r, [c(`A${r}`, code), b, cc, d]);
    }),
    ...(blocked
      ? []
      : [
          row(7, [c("A7", "Total"), `<c r="B7"${nativeType}><f>SUM(B2:B6)</f>${native(allocated.reduce((a, v) => a + v, 0))}</c>`]),
          row(8, [c("A8", "Contrôle"), `<c r="B8"${nativeType}><f>ROUND(B7-SUM(Données!B2:B6),2)</f>${native(0)}</c>`]),
        ]),
  ];

  // ---- Contrat: two tables, the activity's amount as a calculated column, dates with a date style, the balance spilled
  const activity = ACTIVITY.map((line, i) => {
    const r = i + 2;
    const amount = (line[2] as number) * (line[3] as number);
    return row(r, [
      c(`A${r}`, line[0], 1),
      c(`B${r}`, line[1]),
      c(`C${r}`, line[2]),
      c(`D${r}`, line[3]),
      c(`E${r}`, line[4]),
      `<c r="F${r}"><f>tActivite[[#This Row],[Qté]]*tActivite[[#This Row],[Prix]]</f><v>${amount}</v></c>`,
      ...(i < CONTRACT.length ? CONTRACT[i].map((v, k) => c(`${letter(8 + k)}${r}`, v)) : []),
      ...(i < ADVANCES.length ? [c(`M${r}`, ADVANCES[i])] : []),
      ...(i === 0 ? [c("O2", PERIOD[0], 1), anchor("Q2", `${name("CONTRACT.BALANCE")}(tContrat,tActivite[[Date]:[Réf]],M2:M3,O2,O3)`, "Q2:Q10", balance[0])] : []),
      ...(i === 1 ? [c("O3", PERIOD[1], 1)] : []),
      ...(i > 0 && !unregistered ? [`<c r="Q${r}"${cachedType(balance[i])}>${cached(balance[i])}</c>`] : []),
    ]);
  });
  const contract = [
    row(1, [c("A1", "Date"), c("B1", "Code"), c("C1", "Qté"), c("D1", "Prix"), c("E1", "Réf"), c("F1", "Montant"), c("H1", "Code"), c("I1", "Prix"), c("J1", "Volume"), c("K1", "Plafond"), c("M1", "Avances"), c("O1", "Période"), c("S1", "Vérifié"), c("T1", true)]),
    ...activity,
    ...[7, 8, 9, 10].map((r) => (unregistered ? "" : row(r, [`<c r="Q${r}"${cachedType(balance[r - 2])}>${cached(balance[r - 2])}</c>`]))),
  ];

  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file("xl/workbook.xml", WORKBOOK);
  zip.file("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
  zip.file("xl/styles.xml", STYLES);
  zip.file("xl/metadata.xml", METADATA);
  zip.file("xl/worksheets/sheet1.xml", sheet(data));
  zip.file("xl/worksheets/sheet2.xml", sheet(results));
  zip.file("xl/worksheets/sheet3.xml", sheet(contract, ["rId1", "rId2"]));
  zip.file("xl/worksheets/_rels/sheet3.xml.rels", rels([["rId1", "table", "../tables/table1.xml"], ["rId2", "table", "../tables/table2.xml"]]));
  zip.file("xl/tables/table1.xml", table(1, "tActivite", "A1:F6", ["Date", "Code", "Qté", "Prix", "Réf", "Montant"], { 5: "tActivite[[#This Row],[Qté]]*tActivite[[#This Row],[Prix]]" }));
  zip.file("xl/tables/table2.xml", table(2, "tContrat", "H1:K3", ["Code", "Prix", "Volume", "Plafond"], {}));
  zip.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ""}>${escape(t)}</t></si>`).join("")}</sst>`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const letter = (i: number) => String.fromCharCode(64 + i);
const row = (r: number, cells: string[]) => `<row r="${r}">${cells.join("")}</row>`;

function sheet(rows: string[], tables: string[] = []): string {
  const parts = tables.length ? `<tableParts count="${tables.length}">${tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>` : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>${rows.filter(Boolean).join("")}</sheetData>${parts}</worksheet>`;
}

function rels(list: [id: string, type: string, target: string][]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join("")}</Relationships>`;
}

function table(id: number, name: string, ref: string, columns: string[], calculated: Record<number, string>): string {
  const cols = columns.map((column, i) => `<tableColumn id="${i + 1}" name="${escape(column)}"${calculated[i] ? ` dataDxfId="0"><calculatedColumnFormula>${escape(calculated[i])}</calculatedColumnFormula></tableColumn>` : "/>"}`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/xl/tables/table2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${NS}" xmlns:r="${REL}"><workbookPr defaultThemeVersion="202300"/><sheets><sheet name="Données" sheetId="1" r:id="rId1"/><sheet name="Résultats" sheetId="2" r:id="rId2"/><sheet name="Contrat" sheetId="3" r:id="rId3"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">Contrat!$A$1:$F$6</definedName><definedName name="Méthode">Données!$K$2</definedName><definedName name="Période" localSheetId="2">Contrat!$O$2:$O$3</definedName></definedNames><calcPr calcId="191029"/></workbook>`;

const WORKBOOK_RELS = rels([
  ["rId1", "worksheet", "worksheets/sheet1.xml"],
  ["rId2", "worksheet", "worksheets/sheet2.xml"],
  ["rId3", "worksheet", "/xl/worksheets/sheet3.xml"],
  ["rId4", "styles", "styles.xml"],
  ["rId5", "sharedStrings", "sharedStrings.xml"],
  ["rId6", "sheetMetadata", "metadata.xml"],
]);

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Aptos Narrow"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

const METADATA = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<metadata xmlns="${NS}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;
