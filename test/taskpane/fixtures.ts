import type { Value, WorkbookPlan } from "../../src/workbook/plan";

/** A small hand-made plan with every kind of block: labels, an input table with rules, and cross-sheet formulas. */
export function smallPlan(centreRows: Value[][] = sampleCentres): WorkbookPlan {
  return {
    id: "test-plan",
    title: "Test plan",
    sheets: [
      {
        key: "centres",
        name: "Centres",
        labels: [
          { at: "A1", text: "Centres de coût", style: "title" },
          { at: "F1", text: "=SUM(A1) is not a formula", style: "note" },
        ],
        tables: [
          {
            name: "tCentres",
            at: "A3",
            columns: [
              { header: "Code", width: 12 },
              { header: "Type", validation: { kind: "list", values: ["auxiliaire", "principal"] } },
              { header: "Coût", numberFormat: "#,##0.00", validation: { kind: "decimal", min: 0 }, width: 16 },
            ],
            rows: centreRows,
          },
        ],
        formulas: [],
        columnWidths: { B: 20 },
        freezeRows: 3,
      },
      {
        key: "results",
        name: "Résultats",
        labels: [
          { at: "A1", text: "Résultats", style: "title" },
          { at: "A2", text: "Centre", style: "header" },
          { at: "B2", text: "Coût final", style: "header" },
          { at: "D1", text: "Écart", style: "check" },
        ],
        tables: [],
        formulas: [
          { at: "A3", expr: { kind: "range", sheet: "Centres", ref: "A4:A6" }, rows: 3, cols: 1 },
          {
            at: "B3",
            expr: {
              kind: "call",
              fn: "ALLOCATE",
              args: [
                { kind: "range", sheet: "Centres", ref: "A4:A6" },
                { kind: "range", sheet: "Centres", ref: "C4:C6" },
                { kind: "range", sheet: "Clés", ref: "A1:D3" },
              ],
            },
            rows: 3,
            cols: 1,
            numberFormat: "#,##0",
          },
          {
            at: "D2",
            expr: { kind: "binary", op: "-", left: { kind: "call", fn: "SUM", args: [{ kind: "range", ref: "B3:B5" }] }, right: { kind: "call", fn: "SUM", args: [{ kind: "range", sheet: "Centres", ref: "C4:C6" }] } },
            rows: 1,
            cols: 1,
            numberFormat: "0.00",
          },
        ],
      },
      {
        key: "keys",
        name: "Clés",
        labels: [{ at: "A1", text: "Clés" }],
        tables: [],
        formulas: [],
      },
    ],
  };
}

/** Rows with values Excel would misread if they were not written as text. */
const sampleCentres: Value[][] = [
  ["ADM", "auxiliaire", 1200],
  ["=evil()", "+33 6 00", 300.5],
  ["0012", "-", null],
];

/** `count` rows of three columns, to exercise chunked writes. */
export function manyCentres(count: number): Value[][] {
  return Array.from({ length: count }, (_, i) => [`C${i + 1}`, i % 2 === 0 ? "principal" : "auxiliaire", i * 10]);
}
