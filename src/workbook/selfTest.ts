import type { Language } from "../excel/messages";
import { call, formula, local, minus, num } from "./blocks";
import { cellAddress } from "./formula";
import type { Expr, FormulaCell, LabelCell, RangeRef, SheetPlan, Value, ValueBlock } from "./plan";
import { CLAIM, LETTER_KEY, LOAN, PBF, PHOENIX, RECIPROCAL } from "./exercises/publishedCases";

/**
 * "Verify my installation", as a sheet: the published cases' inputs, and for
 * each published answer a live formula calling our functions in this Excel,
 * the answer expected, and a native pass/fail cell that tells a wrong result
 * from functions that are not registered (#NAME?, ERROR.TYPE 5), with what to
 * do about it. The pane writes it like any template sheet; nothing in it
 * needs the pane to be read.
 */

interface Words {
  sheet: string;
  title: string;
  note: string;
  headers: [number: string, source: string, quantity: string, expected: string, obtained: string, tolerance: string, result: string];
  inputs: string;
  ok: string;
  fail: string;
  notLoaded: string;
  error: string;
  allPass: (n: number) => string;
  guidance: string;
  someFail: string;
  checks: string[];
  cases: { phoenix: string; reciprocal: string; letter: string; loan: string; claim: string; pbf: string };
}

const WORDS: Record<Language, Words> = {
  fr: {
    sheet: "Vérifier l'installation",
    title: "Hisab Santé — vérifier l'installation",
    note: "Chaque ligne recalcule un cas publié avec les fonctions installées dans cet Excel et compare au résultat publié.",
    headers: ["N°", "Cas publié", "Grandeur", "Attendu", "Obtenu", "Tolérance", "Résultat"],
    inputs: "Données des cas publiés",
    ok: "OK",
    fail: "ÉCHEC",
    notLoaded: "#NOM? : fonctions non chargées",
    error: "ERREUR",
    allPass: (n) => `Les ${n} contrôles sont justes : Hisab Santé calcule correctement dans cet Excel.`,
    guidance: "Les fonctions Hisab Santé ne sont pas chargées (#NOM?) : ouvrez le volet Hisab Santé, attendez qu'il soit prêt, puis appuyez sur Ctrl+Alt+F9. Si #NOM? reste, videz le cache d'Office et rechargez le complément (INSTALL.md).",
    someFail: "Au moins un contrôle échoue : notez la version d'Excel (Fichier › Compte) et la ligne en ÉCHEC, et signalez-les à l'équipe Hisab Santé.",
    checks: [
      "Méthode directe : coût reçu par GOVT",
      "Méthode directe : coût reçu par CORP",
      "Cascade, AS en premier : GOVT",
      "Cascade, AS en premier : CORP",
      "Réciproque, au centime : Approvisionnement",
      "Réciproque, au centime : Distribution",
      "Réciproque, au centime : Administration",
      "Cession d'Énergie à Entretien",
      "Coût du point",
      "Coût de l'acte de 72 points",
      "Annuité",
      "Intérêts de la dernière année",
      "Part du régime obligatoire",
      "Écart déclaré-vérifié de act1 (%)",
      "Quantité payée pour act2",
    ],
    cases: { phoenix: "Horngren, Phoenix Partners", reciprocal: "Prestations réciproques", letter: "Coût du point (ICR)", loan: "Annuités constantes", claim: "Remboursement d'une consultation", pbf: "FBR, règle des 5 %" },
  },
  en: {
    sheet: "Verify installation",
    title: "Hisab Santé — verify the installation",
    note: "Each row computes a published case again with the functions installed in this Excel and compares it with the published answer.",
    headers: ["No.", "Published case", "Quantity", "Expected", "Obtained", "Tolerance", "Result"],
    inputs: "Data of the published cases",
    ok: "OK",
    fail: "FAIL",
    notLoaded: "#NAME?: functions not loaded",
    error: "ERROR",
    allPass: (n) => `All ${n} checks pass: Hisab Santé computes correctly in this Excel.`,
    guidance: "The Hisab Santé functions are not loaded (#NAME?): open the Hisab Santé pane, wait until it is ready, then press Ctrl+Alt+F9. If #NAME? stays, clear the Office cache and reload the add-in (INSTALL.md).",
    someFail: "At least one check fails: note Excel's version (File › Account) and the row that fails, and report them to the Hisab Santé team.",
    checks: [
      "Direct method: cost allocated to GOVT",
      "Direct method: cost allocated to CORP",
      "Step-down, AS first: GOVT",
      "Step-down, AS first: CORP",
      "Reciprocal, to the cent: Purchasing",
      "Reciprocal, to the cent: Distribution",
      "Reciprocal, to the cent: Administration",
      "Energy passed to Maintenance",
      "Cost of a point",
      "Cost of the act of 72 points",
      "Annual payment",
      "Interest of the last year",
      "Statutory payer's share",
      "Declared-verified gap of act1 (%)",
      "Quantity paid for act2",
    ],
    cases: { phoenix: "Horngren, Phoenix Partners", reciprocal: "Reciprocal services", letter: "Cost of a point (ICR)", loan: "Constant annuity", claim: "Paying for a consultation", pbf: "PBF, the 5% rule" },
  },
};

const FIRST_CHECK = 7; // 0-based row of the first check (row 8)
const INPUT_COLUMN = 9; // J

/** Blocks of input values laid out down column J, a title above each; `at(block, row, col)` gives a reference inside one. */
class Inputs {
  readonly values: ValueBlock[] = [];
  readonly labels: LabelCell[] = [];
  private next = FIRST_CHECK;

  add(title: string, rows: Value[][]): (row: number, col: number, rows?: number, cols?: number) => RangeRef {
    const top = this.next + 1;
    this.labels.push({ at: cellAddress(this.next, INPUT_COLUMN), text: title, style: "subtitle" });
    this.values.push({ at: cellAddress(top, INPUT_COLUMN), rows });
    this.next = top + rows.length + 1;
    return (row, col, height = 1, width = 1) => local(`${cellAddress(top + row, INPUT_COLUMN + col)}${height * width > 1 ? `:${cellAddress(top + row + height - 1, INPUT_COLUMN + col + width - 1)}` : ""}`);
  }
}

/**
 * An allocation case as a block: centres and their costs in the first two
 * columns; from the fourth, the secondary keys as a labelled table (a blank
 * corner, the centre codes across, one row per support centre, in closing
 * order, which the first column of the keys gives).
 */
function allocationBlock(inputs: Inputs, title: string, c: { support: readonly string[]; operating: readonly string[]; costs: Readonly<Record<string, number>>; shares: Readonly<Record<string, Readonly<Record<string, number>>>> }) {
  const centres = [...c.support, ...c.operating];
  const keyRow = (i: number): Value[] => (i < c.support.length ? [c.support[i], ...centres.map((code) => c.shares[c.support[i]][code] ?? null)] : []);
  const rows: Value[][] = [[null, null, null, null, ...centres], ...centres.map((code, i): Value[] => [code, c.costs[code] ?? 0, null, ...keyRow(i)])];
  const at = inputs.add(title, rows);
  const n = centres.length;
  return { centres: at(1, 0, n, 1), costs: at(1, 1, n, 1), keys: at(0, 3, 1 + c.support.length, 1 + n), order: at(1, 3, c.support.length, 1) };
}

export function selfTestSheet(lang: Language): SheetPlan {
  const w = WORDS[lang];
  const inputs = new Inputs();
  const phoenix = allocationBlock(inputs, w.cases.phoenix, PHOENIX);
  const reciprocal = allocationBlock(inputs, w.cases.reciprocal, RECIPROCAL);
  const letter = inputs.add(w.cases.letter, [["K", LETTER_KEY.sectionCost, LETTER_KEY.pointsProduced / 50, 50], [null, "BLOC"], ["ACTE72", LETTER_KEY.actPoints]]);
  // The claim's four arguments a blank row apart: each is a table of its own (an audit would take adjacent rows for rows left out).
  const claim = inputs.add(w.cases.claim, [[46000, "M1", "CONSULT", 1, CLAIM.billed], [], ["CONSULT", CLAIM.tariff, "C"], [], ["C", CLAIM.rate, CLAIM.flatFee, null, 1], [], ["M1", null, null]]);
  const pbf = inputs.add(w.cases.pbf, PBF.lines.map((l) => ["FOSA", l.activity, l.declared, l.verified, l.validated, l.fee]));

  const index = (expr: Expr, row: number, col?: number) => call("INDEX", expr, num(row), ...(col === undefined ? [] : [num(col)]));
  const text = (value: string): Expr => ({ kind: "text", value });
  const allocate = (c: typeof phoenix, method: string, more: Expr[] = []) => call("ALLOCATE", c.centres, c.costs, c.keys, text(method), ...more);
  const obtainedAt = (i: number) => local(cellAddress(FIRST_CHECK + i, 4));
  const keyCost = call("KEYCOST", letter(0, 0), letter(0, 1), letter(0, 0), letter(0, 3), letter(0, 2));
  const loan = call("LOAN.SCHEDULE", num(LOAN.principal), num(LOAN.rate), num(LOAN.years));
  const payment = call("PBF.PAYMENT", pbf(0, 0, 2, 6), num(PBF.gapTolerance));
  const checks: [source: string, expected: number, tolerance: number, obtained: Expr][] = [
    [w.cases.phoenix, PHOENIX.answers.direct.GOVT, PHOENIX.tolerance, index(allocate(phoenix, "direct"), 3)],
    [w.cases.phoenix, PHOENIX.answers.direct.CORP, PHOENIX.tolerance, index(allocate(phoenix, "direct"), 4)],
    [w.cases.phoenix, PHOENIX.answers.step.GOVT, PHOENIX.tolerance, index(allocate(phoenix, "step", [phoenix.order]), 3)],
    [w.cases.phoenix, PHOENIX.answers.step.CORP, PHOENIX.tolerance, index(allocate(phoenix, "step", [phoenix.order]), 4)],
    [w.cases.reciprocal, RECIPROCAL.answers.after.Approvisionnement, RECIPROCAL.tolerance, index(allocate(reciprocal, "reciprocal", [text(""), num(2)]), 3)],
    [w.cases.reciprocal, RECIPROCAL.answers.after.Distribution, RECIPROCAL.tolerance, index(allocate(reciprocal, "reciprocal", [text(""), num(2)]), 4)],
    [w.cases.reciprocal, RECIPROCAL.answers.after.Administration, RECIPROCAL.tolerance, index(allocate(reciprocal, "reciprocal", [text(""), num(2)]), 5)],
    [w.cases.reciprocal, RECIPROCAL.answers.energyToMaintenance, RECIPROCAL.tolerance, index(call("ALLOCATION.FLOWS", reciprocal.centres, reciprocal.costs, reciprocal.keys, text("reciprocal"), text(""), num(2)), 1, 2)],
    [w.cases.letter, LETTER_KEY.answers.pointCost, LETTER_KEY.tolerance, keyCost],
    [w.cases.letter, LETTER_KEY.answers.actCost, LETTER_KEY.tolerance, call("ACTCOST", letter(1, 1), obtainedAt(8), letter(1, 0, 2, 2))],
    [w.cases.loan, LOAN.answers.annuity, LOAN.tolerance, index(loan, 1, 5)],
    [w.cases.loan, LOAN.answers.interest4, LOAN.tolerance, index(loan, 4, 3)],
    [w.cases.claim, CLAIM.answers.primary, CLAIM.tolerance, index(call("CLAIMS.SETTLE", claim(0, 0, 1, 5), claim(2, 0, 1, 3), claim(4, 0, 1, 5), claim(6, 0, 1, 3)), 1, 4)],
    [w.cases.pbf, PBF.answers.gapPercent, PBF.tolerance, { kind: "binary", op: "*", left: index(payment, 1, 1), right: num(100) }],
    [w.cases.pbf, PBF.answers.act2, PBF.tolerance, index(payment, 2, 2)],
  ];

  const rows = checks.map((_, i) => FIRST_CHECK + i);
  const cell = (row: number, col: number) => local(cellAddress(row, col));
  const verdict = (row: number): Expr => {
    const obtained = cell(row, 4);
    const loaded = call("IF", { kind: "binary", op: "=", left: call("ERROR.TYPE", obtained), right: num(5) }, text(w.notLoaded), text(w.error));
    const close = { kind: "binary" as const, op: "<=" as const, left: call("ABS", minus(obtained, cell(row, 3))), right: cell(row, 5) };
    return call("IF", call("ISERROR", obtained), loaded, call("IF", close, text(w.ok), text(w.fail)));
  };
  const results = local(`${cellAddress(rows[0], 6)}:${cellAddress(rows[rows.length - 1], 6)}`);
  const summary = call(
    "IF",
    { kind: "binary", op: "=", left: call("COUNTIF", results, text(w.ok)), right: num(checks.length) },
    text(w.allPass(checks.length)),
    call("IF", { kind: "binary", op: ">", left: call("COUNTIF", results, text(w.notLoaded)), right: num(0) }, text(w.guidance), text(w.someFail)),
  );

  const labels: LabelCell[] = [
    { at: "A1", text: w.title, style: "title" },
    { at: "A2", text: w.note, style: "note" },
    ...w.headers.map((text, col): LabelCell => ({ at: cellAddress(FIRST_CHECK - 1, col), text, style: "header" })),
    ...checks.flatMap(([source], i): LabelCell[] => [
      { at: cellAddress(rows[i], 1), text: source },
      { at: cellAddress(rows[i], 2), text: w.checks[i] },
    ]),
    { at: cellAddress(FIRST_CHECK - 2, INPUT_COLUMN), text: w.inputs, style: "subtitle" },
    ...inputs.labels,
  ];
  const values: ValueBlock[] = [
    { at: cellAddress(rows[0], 0), rows: checks.map((_, i) => [i + 1]) },
    { at: cellAddress(rows[0], 3), rows: checks.map(([, expected]) => [expected]) },
    { at: cellAddress(rows[0], 5), rows: checks.map(([, , tolerance]) => [tolerance]) },
    ...inputs.values,
  ];
  const formulas: FormulaCell[] = [
    ...checks.map(([, , , obtained], i) => formula(cellAddress(rows[i], 4), obtained, "General")),
    ...rows.map((row) => formula(cellAddress(row, 6), verdict(row))),
    formula("A4", summary),
  ];
  return { key: "selfTest", name: w.sheet, tables: [], labels, formulas, values, columnWidths: { A: 6, B: 30, C: 44, D: 16, E: 16, F: 12, G: 30, J: 14, K: 14 } };
}

/** The workbook holding the sheet alone (what the demo writes, for checking an installation by hand). */
export const selfTestWorkbook = (lang: Language) => ({ id: "self-test", title: WORDS[lang].title, sheets: [selfTestSheet(lang)] });
