/**
 * The benchmark's pieces, checked fast and deterministically (timings belong
 * to `npm run bench`, not here): seeded generators, the native workbook
 * agreeing with the engine on the small size, the JSON lines' fields.
 */
import { generate, SIZES } from "../../scripts/bench/data";
import { dropTables, engineStage, prepareTables, stepCosts, useTables } from "../../scripts/bench/engine";
import { calculate, compare, loadWorkbook, nativeDrift, NativeOutputs, readOutputs } from "../../scripts/bench/hyperformula";
import { measure } from "../../scripts/bench/measure";
import { colName, nativeWorkbook } from "../../scripts/bench/native";
import { parseOptions } from "../../scripts/bench";
import { addRatios, goals, jsonLine, REQUIRED_FIELDS, Row } from "../../scripts/bench/report";
import { Stage, toCents } from "../../scripts/bench/stages";
import { reconcile } from "../../scripts/bench/engine";
import { referenceMismatches, referenceReconcile, STATUS_NAMES } from "../../scripts/bench/reference";

jest.setTimeout(120_000);

describe("generators", () => {
  it("are seeded: the same seed gives the same data, another seed other data", () => {
    const a = generate("small");
    expect(JSON.stringify(generate("small"))).toBe(JSON.stringify(a));
    expect(JSON.stringify(generate("small", 7).activity)).not.toBe(JSON.stringify(a.activity));
  });

  it("give each size its shape, with keys about half dense and a few percent of messy claim lines", () => {
    const d = generate("small");
    const z = SIZES.small;
    expect(d.centres).toHaveLength(z.centres);
    expect(d.keys).toHaveLength(z.support + 1);
    expect(d.consumption).toHaveLength(z.acts + 1);
    expect(d.activity).toHaveLength(z.lines);
    expect(d.contract).toHaveLength(z.priceList);
    const body = d.keys.slice(1).flatMap((row) => row.slice(1));
    const filled = body.filter((v) => v !== null).length / body.length;
    expect(filled).toBeGreaterThan(0.4);
    expect(filled).toBeLessThan(0.6);
    for (const [kind, count] of Object.entries(d.messy)) {
      expect([kind, count > 0]).toEqual([kind, true]);
      expect([kind, count / z.lines < 0.07]).toEqual([kind, true]);
    }
    // Costs are whole cents; every act uses 1 to 4 centres; every main centre is used.
    expect(d.costs.every(([c]) => Number.isInteger(Math.round((c as number) * 100)) && toCents(c) === Math.round((c as number) * 100))).toBe(true);
    const uses = d.consumption.slice(1).map((row) => row.slice(1).filter((u) => u !== null).length);
    expect(Math.min(...uses)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...uses)).toBeLessThanOrEqual(4);
    expect(d.units.slice(d.supportCount).every(([u]) => typeof u === "number" && u > 0)).toBe(true);
    // The probe line is clean, so changing its quantity changes the amounts due.
    const probe = d.activity[d.probeLine];
    expect(probe[2]).toBe(1);
    expect(d.contract.some((c) => c[0] === probe[1])).toBe(true);
  });

  it("name columns as a spreadsheet does", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(colName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
});

describe("the native workbook of the small size gives the engine's numbers", () => {
  const data = generate("small");
  const steps = stepCosts(data).map((r) => r[0] as number);
  const results = new Map<Stage, { native: NativeOutputs; drift: number }>();
  const nativeOf = (stage: Stage) => {
    const wb = nativeWorkbook(data, stage, steps);
    const { hf } = loadWorkbook(wb);
    calculate(hf);
    const native = readOutputs(hf, wb, data);
    hf.destroy();
    const drift = nativeDrift(stage, native, data);
    results.set(stage, { native, drift });
    return native;
  };

  afterAll(() => {
    // The native route's drift, for the record (the engine's is 0).
    console.log(`native drift on the small size, cents: ${[...results].map(([stage, r]) => `${stage} ${r.drift}`).join(", ")}`);
  });

  it.each(["allocation-direct", "allocation-step", "allocation-reciprocal"] as Stage[])("%s: each centre within a few cents, the totals a few cents apart", (stage) => {
    const native = nativeOf(stage);
    const engine = engineStage(data, stage);
    const out = engine.run();
    const method = stage.slice("allocation-".length) as "direct" | "step" | "reciprocal";
    const n = native.allocations[method] as unknown[];
    const e = out.allocations[method] as unknown[];
    // A centre receives one rounded flow per support centre (each off by at most half a cent) against the engine's footed rounding (off by less than a cent).
    n.forEach((v, j) => expect(Math.abs(toCents(v) - toCents(e[j]))).toBeLessThanOrEqual(Math.ceil(data.supportCount / 2) + 1));
    expect(engine.drift(out)).toBe(0);
    expect(Math.abs(results.get(stage)?.drift ?? Infinity)).toBeLessThanOrEqual(data.supportCount * data.centres.length);
  });

  it("acts: each act to the cent", () => {
    const native = nativeOf("acts");
    const engine = engineStage(data, "acts");
    const out = engine.run();
    native.acts?.forEach((v, a) => expect(Math.abs(toCents(v) - toCents(out.acts?.[a]))).toBeLessThanOrEqual(1));
    expect(engine.drift(out)).toBe(0);
  });

  it("reconciliation: same statuses and amounts, except the duplicates the native route cannot find and HyperFormula's ROUND on exact half cents", () => {
    const native = nativeOf("reconciliation");
    const engine = engineStage(data, "reconciliation");
    const out = engine.run();
    const r = out.reconciliation;
    if (!r || !native.claims || !native.contract || !native.balance) throw new Error("missing outputs");
    const c = compare(native, out);
    expect(c.statusMismatches).toBe(c.duplicates);
    expect(c.duplicates).toBeGreaterThan(0);
    // Lines both accept: the native amount is the engine's, or one cent less where qty × price ends in exactly half a cent.
    let halfCents = 0;
    r.lines.forEach((line, i) => {
      if (line[0] === "DUPLICATE") {
        expect(["OK", "PRICE_DIFFERS"]).toContain(native.claims?.status[i]);
        return;
      }
      const gap = toCents(line[2]) - toCents(native.claims?.due[i]);
      expect([0, 1]).toContain(gap);
      halfCents += gap;
    });
    expect(halfCents).toBe(c.lineAmountMismatches);
    // Per contract line, before the envelope: the native due is the engine's plus the duplicates it accepted (each at its own amount), minus the half cents.
    const extra = new Map<unknown, number>();
    r.lines.forEach((line, i) => {
      const code = data.activity[i][1];
      if (line[0] === "DUPLICATE") extra.set(code, (extra.get(code) ?? 0) + toCents(native.claims?.due[i]));
      else if (toCents(line[2]) !== toCents(native.claims?.due[i])) extra.set(code, (extra.get(code) ?? 0) - 1);
    });
    data.contract.forEach((row, p) => expect(toCents(native.contract?.due[p]) - toCents(r.reconcile[p][3])).toBe(extra.get(row[0]) ?? 0));
    // Balance: every line counted once; the native route rejects fewer lines (the duplicates).
    const [, , , , , , , , ok, flagged, rejected] = native.balance as number[];
    expect(ok + flagged + rejected).toBe(data.activity.length);
    expect(rejected).toBe((r.balance[8][0] as number) - c.duplicates);
    // Both foot to the envelope: the engine exactly, the native route within a cent per contract line.
    expect(engine.drift(out)).toBe(0);
    expect(Math.abs(results.get("reconciliation")?.drift ?? Infinity)).toBeLessThanOrEqual(data.contract.length);
  });
});

describe("the engine's timed runs", () => {
  it("give every call copies of its tables that follow the changed input", () => {
    const d = generate("small");
    for (const stage of ["allocation-step", "end-to-end"] as Stage[]) {
      const s = engineStage(d, stage);
      prepareTables(s.tables());
      s.vary(1);
      useTables(1);
      const onCopies = s.run();
      dropTables();
      const onTables = s.run();
      s.vary(0);
      expect(onCopies).toEqual(onTables);
      expect(engineStage(d, stage).run()).not.toEqual(onTables);
    }
  });
});

describe("results", () => {
  it("become JSON lines with the required fields", () => {
    const job = { size: "small" as const, stage: "allocation-direct" as const, seed: 1, runs: 1, warmup: 0, capSeconds: 60 };
    const rows: Row[] = [measure({ ...job, approach: "engine" }), measure({ ...job, approach: "native-formulas" })];
    addRatios(rows);
    for (const row of rows) {
      const parsed = JSON.parse(jsonLine(row));
      for (const field of REQUIRED_FIELDS) expect(parsed).toHaveProperty(field);
      expect(parsed).toMatchObject({ size: "small", stage: "allocation-direct", lower_bound: false, runs: 1 });
      expect(typeof parsed.median_ms).toBe("number");
      expect(typeof parsed.after_change_ms).toBe("number");
      expect(typeof parsed.peak_mb).toBe("number");
      expect(typeof parsed.ratio).toBe("number");
      expect(Number.isInteger(parsed.cents_drift)).toBe(true);
      expect(jsonLine(row)).not.toContain("\n");
    }
    expect(rows.map((r) => r.approach)).toEqual(["engine", "native-formulas"]);
    expect(rows[0].cents_drift).toBe(0);
  });

  it("judge the goals only on what was run", () => {
    expect(goals([]).map((g) => g.status)).toEqual(["SKIP", "SKIP", "SKIP", "SKIP", "SKIP", "SKIP"]);
    const row = (approach: Row["approach"], median: number, lower = false): Row => ({ size: "medium", stage: "end-to-end", approach, median_ms: median, runs: 1, after_change_ms: null, after_change_runs: 0, peak_mb: null, ratio: null, cents_drift: 0, lower_bound: lower });
    const rows = [row("engine", 40), row("native-formulas", 120_000, true)];
    addRatios(rows);
    const list = goals(rows);
    expect(list[0].status).toBe("PASS");
    expect(list[4]).toMatchObject({ status: "PASS" });
    expect(list[4].detail).toContain("≥ 3,000×");
  });

  it("parse the command line", () => {
    expect(parseOptions(["--sizes", "small", "--stages=acts,reconciliation", "--cap", "30", "--runs", "3", "--json", "out.jsonl"])).toMatchObject({
      sizes: ["small"],
      stages: ["acts", "reconciliation"],
      capSeconds: 30,
      runs: 3,
      json: "out.jsonl",
    });
    expect(parseOptions([]).sizes).toEqual(["small", "medium", "large"]);
    expect(() => parseOptions(["--sizes", "huge"])).toThrow(/unknown size "huge"/);
    expect(() => parseOptions(["--cap", "0"])).toThrow(/--cap/);
  });
});

describe("the integer-cents reference of the reconciliation", () => {
  it("gives the engine's statuses, line amounts and totals on the benchmark's year", () => {
    const data = generate("small");
    const ref = referenceReconcile(data);
    expect(referenceMismatches(ref, reconcile(data))).toEqual({ statuses: 0, lineCents: 0, centsApart: 0 });
    const statuses = new Set(Array.from(ref.status, (s) => STATUS_NAMES[s]));
    expect([...statuses].sort()).toEqual(["BAD_QUANTITY", "DUPLICATE", "OK", "OUT_OF_PERIOD", "PRICE_DIFFERS", "UNKNOWN_CODE"]);
  });

  it("and with volume ceilings that cut lines, odd cells and no envelope", () => {
    const data = generate("small", 7);
    const busiest = new Map<unknown, number>();
    for (const [, code, qty] of data.activity) if (typeof qty === "number") busiest.set(code, (busiest.get(code) ?? 0) + qty);
    data.contract = data.contract.map((row) => [row[0], row[1], row[2], Math.floor((busiest.get(row[0]) ?? 0) * 0.8)]);
    // A boolean, as a cell can hold one (the benchmark's generator never makes one).
    (data.activity as unknown[][]).push([true, "A0001", 1, null, "odd"], ["x", 1001, "", 12.5, 7], [null, null, null, null, null], [45300, " a0002 ", 2, 12.345, "F1"], [45300, "A0003", -1, null, ""]);
    // An envelope that never binds, at the largest amount in cents the functions accept (10^13: 15 digits with the cents).
    data.envelopeCents = 10 ** 15;
    data.envelope = data.envelopeCents / 100;
    const ref = referenceReconcile(data);
    expect(Array.from(ref.status).filter((s) => STATUS_NAMES[s] === "OVER_CEILING").length).toBeGreaterThan(10);
    expect(referenceMismatches(ref, reconcile(data))).toEqual({ statuses: 0, lineCents: 0, centsApart: 0 });
  });

  it("is measured beside the engine, its ratio on both rows, and judged against the 2× goal", () => {
    const job = { size: "small" as const, stage: "reconciliation" as const, seed: 1, runs: 1, warmup: 0, capSeconds: 60 };
    const rows: Row[] = [measure({ ...job, approach: "engine" }), measure({ ...job, approach: "reference" })];
    addRatios(rows);
    const parsed = rows.map((row) => JSON.parse(jsonLine(row)));
    expect(parsed[1]).toMatchObject({ approach: "reference", stage: "reconciliation", status_mismatches: 0, vs_engine_cents: 0, cents_drift: 0 });
    expect(typeof parsed[1].median_ms).toBe("number");
    expect(parsed[0].engine_vs_reference).toBeCloseTo(parsed[0].median_ms / parsed[1].median_ms);
    expect(parsed[1].engine_vs_reference).toBe(parsed[0].engine_vs_reference);
    const medium = (approach: Row["approach"], median: number): Row => ({ ...rows[0], size: "medium", approach, median_ms: median, status_mismatches: approach === "reference" ? 0 : undefined, vs_engine_cents: approach === "reference" ? 0 : undefined });
    expect(goals([medium("engine", 60), medium("reference", 40)]).at(-1)).toMatchObject({ status: "PASS", name: "reconciliation ≤ 2× the integer-cents reference (medium)" });
    expect(goals([medium("engine", 90), medium("reference", 40)]).at(-1)?.status).toBe("FAIL");
    expect(() => measure({ ...job, stage: "acts", approach: "reference" })).toThrow("reconciliation only");
    expect(parseOptions(["--sizes", "medium", "--stages", "reconciliation", "--approaches", "engine,reference"]).approaches).toEqual(["engine", "reference"]);
  });
});
