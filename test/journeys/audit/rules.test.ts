import { formatFinding } from "../../../src/journeys/audit/findings";
import { modelOfPlan } from "../../../src/journeys/audit/model";
import { evaluatePlan } from "../../../src/workbook/evaluate";
import { cellAddress } from "../../../src/workbook/formula";
import type { WorkbookPlan } from "../../../src/workbook/plan";
import { audit, cellOf, cleanModel, codes, edit, recalculated, recorded, sample, table, withCode } from "./support";

/** Each audit rule on the cost-centre sample, with the defect and without it. */

const R = "'Résultats'";

it("finds nothing wrong in the sample as the pane leaves it, in either language", () => {
  expect(codes(audit(cleanModel()))).toEqual([]);
  expect(audit(cleanModel()).inventory.map((e) => [e.address, e.fn, e.status])).toEqual([
    [`${R}!D8`, "PRIMARY", "matches"],
    [`${R}!E8`, "ALLOCATE", "matches"],
    [`${R}!H8`, "UNITCOST", "matches"],
    [`${R}!B47`, "ALLOCATION.FLOWS", "matches"],
  ]);
});

describe("saved results against their recomputation", () => {
  it("explains an error of our function with the engine's reason, where it arises only", () => {
    const model = recalculated((plan) => (table(plan, "secondaryKeys").rows[0][5] = "beaucoup"));
    const report = audit(model);
    const errors = withCode(report, "formula_error");
    expect(errors.map((f) => f.cells[0])).toEqual([`${R}!E8`, `${R}!B47`]);
    expect(errors[0].cause?.code).toBe("not_a_number");
    expect(formatFinding(errors[0], "fr")).toBe(`HISAB.REPARTIR affiche #VALUE! : clés, ligne 2, colonne 6, code « ADM » : « beaucoup » n'est pas un nombre`);
    expect(formatFinding(errors[0], "en")).toBe(`HISAB.ALLOCATE shows #VALUE!: keys, row 2, column 6, code "ADM": "beaucoup" is not a number`);
  });

  it("says which results were saved while the add-in was not loaded (#NAME?)", () => {
    const model = cleanModel();
    for (const at of ["D8", "E8", "H8", "B47"]) edit(model, "Résultats", at, { error: "#NAME?" }, cellOf(model, "Résultats", at)!.formula);
    expect(withCode(audit(model), "not_registered").map((f) => f.cells[0])).toEqual([`${R}!D8`, `${R}!E8`, `${R}!H8`, `${R}!B47`]);
  });

  it("flags our formulas stored as typed in a file, not when read from Excel", () => {
    const model = cleanModel();
    const cell = cellOf(model, "Résultats", "E8")!;
    cell.formula = cell.formula!.replace("_xldudf_HISAB_ALLOCATE", "HISAB.ALLOCATE");
    expect(codes(audit(model))).toEqual([`typed_form ${R}!E8`]);
    expect(codes(audit(model, "workbook"))).toEqual([]);
  });

  it("flags a value typed over a spilled result as a saved value the formula does not give", () => {
    const model = edit(cleanModel(), "Résultats", "E12", 999_999);
    const report = audit(model);
    const [differs] = withCode(report, "saved_differs");
    expect(differs.cells).toEqual([`${R}!E12`]);
    expect(differs.params).toMatchObject({ count: 1, saved: 999_999, computed: 0 });
    expect(withCode(report, "not_conserved").map((f) => f.cells[0])).toEqual([`${R}!E8`]);
  });

  it("names the cells that block a spill (#SPILL!)", () => {
    const model = cleanModel();
    const anchor = cellOf(model, "Résultats", "E8")!;
    delete anchor.spill;
    anchor.value = { error: "#SPILL!" };
    for (let row = 9; row <= 37; row++) edit(model, "Résultats", `E${row}`, row === 20 ? 1234 : null);
    const report = audit(model);
    expect(withCode(report, "spill_blocked").map((f) => f.cells)).toEqual([[`${R}!E8`, `${R}!E20`]]);
  });

  it("says when a formula was never calculated, and when the audit cannot recompute one", () => {
    const model = cleanModel();
    for (let row = 8; row <= 37; row++) edit(model, "Résultats", `H${row}`, null, row === 8 ? cellOf(model, "Résultats", "H8")!.formula : undefined);
    cellOf(model, "Résultats", "H8")!.spill = "H8:H37";
    edit(model, "Résultats", "J2", 7, "_xldudf_HISAB_UNITCOST(Centres!A2:A31,E8:E37,Centres!E2:E31,2^1)");
    expect(codes(audit(model))).toEqual([`not_calculated ${R}!H8`, `not_recomputable ${R}!J2`]);
  });
});

describe("values typed over formulas", () => {
  it("finds a number typed in a column of copied formulas, naming the formula it replaced", () => {
    const report = audit(edit(cleanModel(), "Résultats", "G15", 12_345));
    expect(codes(report)).toEqual([`typed_over_formula ${R}!G15`]);
    expect(report.findings[0].params).toMatchObject({ value: "12345", where: "column", formula: "=Centres!E9" });
  });

  it("finds a constant in a table's calculated column", () => {
    const model = cleanModel();
    model.tables.find((t) => t.name === "tCharges")!.columns[2].formula = "tCharges[[#This Row],[Compte]]*0";
    const report = audit(model);
    expect(withCode(report, "typed_over_formula")).toHaveLength(28);
    expect(withCode(report, "typed_over_formula")[0].params).toMatchObject({ where: "table" });
  });

  it("does not take a spill's own values, or a column of constants, for typed-over formulas", () => {
    expect(withCode(audit(cleanModel()), "typed_over_formula")).toEqual([]);
  });
});

describe("results replaced by values", () => {
  it("finds a result formula of the journey pasted over as values", () => {
    const model = edit(cleanModel(), "Résultats", "E8", 0);
    const [replaced] = withCode(audit(model), "formula_replaced");
    expect(replaced.cells).toEqual([`${R}!E8`, `${R}!E8:E37`]);
    expect(formatFinding(replaced, "fr")).toBe(
      "les résultats « Coûts par centre » doivent avoir ici la formule =HISAB.REPARTIR(Centres!A2:A31,D8:D37,'Clés secondaires'!A1:AE10,C4) ; la cellule contient une valeur",
    );
  });

  it("needs the journey's names to know what the results should hold", () => {
    const model = edit(cleanModel(), "Résultats", "E8", 0);
    model.names = [];
    expect(withCode(audit(model), "formula_replaced")).toEqual([]);
  });
});

describe("totals and conservation", () => {
  it("finds a check that does not read 0", () => {
    const report = audit(edit(cleanModel(), "Résultats", "D43", 12.5, "ROUND(SUM(E8:E37)-SUM(Charges!C2:C29),2)"));
    expect(withCode(report, "check_not_zero").map((f) => f.cells[0])).toEqual([`${R}!D43`]);
  });

  it("takes a difference of two cells for a balance, not a check, unless its row says it must read 0", () => {
    const plan = (label: string): WorkbookPlan => ({
      id: "t",
      title: "t",
      sheets: [
        {
          key: "s",
          name: "Solde",
          tables: [],
          labels: [{ at: "A3", text: label }],
          values: [{ at: "B1", rows: [[100], [40]] }],
          formulas: [{ at: "B3", expr: { kind: "call", fn: "ROUND", args: [{ kind: "binary", op: "-", left: { kind: "range", ref: "B1" }, right: { kind: "range", ref: "B2" } }, { kind: "number", value: 2 }] }, rows: 1, cols: 1 }],
        },
      ],
    });
    expect(codes(audit(modelOfPlan(plan("Solde dû au prestataire"))))).toEqual([]);
    expect(codes(audit(modelOfPlan(plan("Écart reçu − versé (doit être 0)"))))).toEqual(["check_not_zero Solde!B3"]);
  });

  it("finds a SUM that stops one figure short (in the journey's results, a formula changed too)", () => {
    const model = recalculated((plan) => {
      const results = plan.sheets.find((s) => s.key === "results")!;
      const total = results.formulas.find((f) => f.at === "D38")!;
      total.expr = { kind: "call", fn: "SUM", args: [{ kind: "range", ref: "D8:D36" }] };
    });
    expect(codes(audit(model))).toEqual([`formula_replaced ${R}!D38`, `total_omits_cells ${R}!D38`]);
  });

  it("does not take a running total for one that stops short", () => {
    const plan: WorkbookPlan = {
      id: "t",
      title: "t",
      sheets: [
        {
          key: "s",
          name: "Cumul",
          tables: [{ name: "tM", at: "A1", columns: [{ header: "Mois" }, { header: "Montant" }], rows: [["janv.", 10], ["févr.", 20], ["mars", 30]] }],
          labels: [],
          formulas: [2, 3, 4].map((row) => ({ at: `C${row}`, expr: { kind: "call" as const, fn: "SUM", args: [{ kind: "range" as const, ref: `B2:B${row}` }] }, rows: 1, cols: 1 })),
        },
      ],
    };
    expect(codes(audit(modelOfPlan(plan)))).toEqual([]);
  });

  it("finds a typed total that is not the sum of the figures above it", () => {
    const plan = (total: number): WorkbookPlan => ({
      id: "t",
      title: "t",
      sheets: [{ key: "s", name: "Budget", tables: [], labels: [], formulas: [], values: [{ at: "A1", rows: [["Salaires", 100], ["Énergie", 20.5], ["Total", total]] }] }],
    });
    expect(codes(audit(modelOfPlan(plan(130))))).toEqual(["total_not_footed Budget!B3"]);
    expect(codes(audit(modelOfPlan(plan(120.5))))).toEqual([]);
  });

  it("finds allocations whose results do not add up to what they distribute", () => {
    const model = cleanModel();
    edit(model, "Résultats", "D20", (cellOf(model, "Résultats", "D20")!.value as number) + 100);
    // The primary distribution gives 100 too much; the secondary one, reading it, distributes 100 less than its costs say.
    expect(withCode(audit(model), "not_conserved").map((f) => [f.cells[0], f.params.difference])).toEqual([[`${R}!D8`, 100], [`${R}!E8`, -100]]);
  });
});

describe("results older than their inputs", () => {
  it("finds a key changed after the run when Excel recalculated (only the run record tells)", () => {
    const report = audit(recalculated((plan) => (table(plan, "secondaryKeys").rows[0][5] = 7_777)));
    expect(codes(report)).toEqual(["stale_input 'Clés secondaires'!A1:AE10"]);
    expect(formatFinding(report.findings[0], "en")).toBe(`"Secondary keys" ('Clés secondaires'!A1:AE10) changed after the "Cost per centre" run of 2026-01-15 10:00 UTC: its results are older than their inputs`);
  });

  it("finds a key changed after the run in a file edited without recalculating, and the results that no longer follow", () => {
    const report = audit(edit(cleanModel(), "Clés secondaires", "F2", 7_777));
    expect(codes(report)).toEqual([`saved_differs ${R}!E17`, `saved_differs ${R}!C47`, "stale_input 'Clés secondaires'!A1:AE10"]);
  });

  it("finds an input that grew after the run, by the journey's name Excel moved", () => {
    const model = recalculated((plan) => table(plan, "expenses").rows.push(["60900", "Divers", 1_000_000, "Effectif total"]));
    model.names.find((n) => n.name === "HISAB_CC_AMOUNTS")!.refersTo = "Charges!$C$2:$C$30";
    const stale = withCode(audit(model), "stale_input");
    expect(stale.map((f) => [f.params.input, f.params.reason, f.params.was, f.params.now])).toEqual([["amounts", "moved", "Charges!C2:C29", "Charges!C2:C30"]]);
  });

  it("finds a setting changed after the run", () => {
    const report = audit(recalculated((plan) => (plan.sheets.find((s) => s.key === "results")!.tables[0].rows[0][1] = "directe")));
    expect(codes(report)).toEqual([`setting_changed ${R}!C4`]);
    expect(formatFinding(report.findings[0], "fr")).toBe("le paramètre « Méthode de répartition secondaire » valait « cascade » au calcul « Coûts par centre » du 2026-01-15 10:00 UTC ; il vaut « directe » maintenant");
  });

  it("notes a workbook with our formulas and no run record", () => {
    expect(codes(audit(modelOfPlan(sample())))).toEqual(["no_run_record"]);
  });
});

describe("ranges mapped to the wrong table or with missing rows", () => {
  it("finds an expense line added to the table after the formulas were written", () => {
    const report = audit(recalculated((plan) => table(plan, "expenses").rows.push(["60900", "Divers", 1_000_000, "Effectif total"])));
    expect(codes(report)).toEqual(["missing_rows 'Résultats'!D8", "missing_rows 'Résultats'!D8", "unmapped_line 'Résultats'!D8", `total_omits_cells ${R}!D41`]);
    expect(withCode(report, "missing_rows").map((f) => [f.params.argument, f.params.left])).toEqual([["amounts", "Charges!C30"], ["keyNames", "Charges!D30"]]);
  });

  it("finds data right below a range that is not a table", () => {
    const plan: WorkbookPlan = {
      id: "t",
      title: "t",
      sheets: [
        { key: "d", name: "Données", tables: [], labels: [], formulas: [], values: [{ at: "A1", rows: [["A", 100, 4], ["B", 50, 5], ["C", 30, 6]] }] },
        { key: "r", name: "Calcul", tables: [], labels: [], formulas: [{ at: "A1", expr: { kind: "call", fn: "UNITCOST", args: [{ kind: "range", sheet: "Données", ref: "A1:A2" }, { kind: "range", sheet: "Données", ref: "B1:B2" }, { kind: "range", sheet: "Données", ref: "C1:C2" }] }, rows: 2, cols: 1 }] },
      ],
    };
    const report = audit(modelOfPlan(plan));
    expect(withCode(report, "missing_rows").map((f) => f.params.left)).toEqual(["'Données'!A3", "'Données'!B3", "'Données'!C3"]);
  });

  it("finds a centre's column of a key table left out of the range", () => {
    const model = recalculated((plan) => {
      const results = plan.sheets.find((s) => s.key === "results")!;
      const primary = results.formulas.find((f) => f.expr.kind === "call" && f.expr.fn === "PRIMARY")!;
      if (primary.expr.kind === "call") primary.expr.args[3] = { kind: "range", sheet: "Clés primaires", ref: "A1:AD16" };
    });
    const missing = withCode(audit(model), "missing_columns");
    expect(missing.map((f) => [f.params.argument, f.params.left])).toEqual([["keyTable", "'Clés primaires'!AE1:AE16"]]);
  });

  it("finds two columns read row for row that are shifted, and two that come from different tables", () => {
    const shifted = recalculated((plan) => {
      const results = plan.sheets.find((s) => s.key === "results")!;
      const primary = results.formulas.find((f) => f.expr.kind === "call" && f.expr.fn === "PRIMARY")!;
      if (primary.expr.kind === "call") primary.expr.args[2] = { kind: "range", sheet: "Charges", ref: "D3:D30" };
    });
    expect(withCode(audit(shifted), "misaligned_ranges").map((f) => [f.params.first, f.params.second])).toEqual([["amounts", "keyNames"]]);
    const mixed = recalculated((plan) => {
      const results = plan.sheets.find((s) => s.key === "results")!;
      const unit = results.formulas.find((f) => f.expr.kind === "call" && f.expr.fn === "UNITCOST")!;
      if (unit.expr.kind === "call") unit.expr.args[2] = { kind: "range", sheet: "Charges", ref: "C2:C31" };
    });
    expect(withCode(audit(mixed), "wrong_table").map((f) => [f.params.first, f.params.firstTable, f.params.second, f.params.secondTable])).toEqual([["centres", "tCentres", "units", "tCharges"]]);
  });
});

describe("rounding", () => {
  const rounded = (allocate: number | undefined, flows: number | undefined) =>
    recalculated((plan) => {
      const results = plan.sheets.find((s) => s.key === "results")!;
      for (const [fn, decimals] of [["ALLOCATE", allocate], ["ALLOCATION.FLOWS", flows]] as const) {
        const f = results.formulas.find((x) => x.expr.kind === "call" && x.expr.fn === fn)!;
        if (f.expr.kind === "call" && decimals !== undefined) f.expr.args.push({ kind: "text", value: "" }, { kind: "number", value: decimals });
      }
    });

  it("finds formulas over the same centres that round differently", () => {
    const [f] = withCode(audit(rounded(2, undefined)), "inconsistent_rounding");
    expect(f.cells).toEqual([`${R}!E8`, `${R}!B47`]);
    expect(formatFinding(f, "en")).toContain("HISAB.ALLOCATE ('Résultats'!E8): 2, HISAB.ALLOCATION.FLOWS ('Résultats'!B47): —");
  });

  it("accepts them rounding alike", () => {
    expect(withCode(audit(rounded(2, 2)), "inconsistent_rounding")).toEqual([]);
  });
});

describe("coverage of expense lines", () => {
  it("lists every line that reaches no centre, by reason, and adds them up", () => {
    const report = audit(
      recalculated((plan) => {
        const rows = table(plan, "expenses").rows;
        rows.push(["60900", "Divers", 1_000, "Effectif total"]);
        const keys = table(plan, "primaryKeys").rows;
        keys.push(["Clé vide", ...new Array(30).fill(null)]);
      }),
    );
    const [coverage] = report.coverage;
    expect(coverage.unmapped.map((l) => [l.at, l.label, l.amount, l.reason])).toEqual([["Charges!C30", "60900 — Divers", 1_000, "outside"]]);
    expect(coverage.total - coverage.distributed).toBe(1_000);
  });

  it.each([
    ["no_key", null],
    ["unknown_key", "Clé inconnue"],
  ])("names a line %s in the key column", (reason, key) => {
    const model = cleanModel();
    edit(model, "Charges", "D10", key);
    const lines = audit(model).coverage[0].unmapped;
    expect(lines.map((l) => [l.at, l.reason])).toEqual([["Charges!C10", reason]]);
  });

  it("names a line whose key gives nothing to any centre", () => {
    const model = cleanModel();
    // Row 9 of the primary keys: "Équipements", the key of accounts 61520 and 68120.
    for (let col = 1; col <= 30; col++) edit(model, "Clés primaires", cellAddress(8, col), null);
    expect(audit(model).coverage[0].unmapped.map((l) => [l.at, l.label, l.reason])).toEqual([
      ["Charges!C15", "61520 — Maintenance des équipements biomédicaux", "zero_key"],
      ["Charges!C28", "68120 — Dotations aux amortissements des équipements", "zero_key"],
    ]);
  });

  it("finds every line mapped in the sample", () => {
    const [coverage] = audit(cleanModel()).coverage;
    expect(coverage.unmapped).toEqual([]);
    expect(coverage.distributed).toBeCloseTo(evaluatePlan(recorded(sample())).read("Résultats", "D41")[0][0] as number, 2);
  });
});
