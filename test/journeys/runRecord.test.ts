import { Fingerprint, parseRecordRows, recordRows, RunRecord, stampInput, staleInputs } from "../../src/journeys/runRecord";

const activity = [
  [45658, "CS01", 1, 1500, "F-001"],
  [45659, "CS02", 2, "", "F-002"],
  [45660, "RX01", 1, 3000, null],
];

const record = (): RunRecord => ({
  run: "contracts",
  at: "2026-12-02T10:00:00.000Z",
  version: "0.1.0",
  inputs: [stampInput("activity", "Activité!A2:E4", activity), stampInput("contract", "Contrat!A2:D3", [["CS01", 1500, 100, ""], ["CS02", 800, 50, 60]])],
  settings: { periodStart: 45658, periodEnd: 46022, rule: "prorata", decimals: 2 },
  totals: { due: 6100.5, balance: -12.25 },
});

describe("fingerprint", () => {
  it("is the same whether the table is fed in one piece or in blocks", () => {
    const whole = new Fingerprint().add(activity).digest();
    const blocks = new Fingerprint().add(activity.slice(0, 2)).add(activity.slice(2)).digest();
    expect(blocks).toBe(whole);
    expect(whole).toMatch(/^[0-9a-f]{16}$/);
  });

  it("reads blank as blank whatever the reader gives (\"\" from Office, null from a file)", () => {
    expect(stampInput("a", "S!A1", [["", null, undefined]]).fingerprint).toBe(stampInput("a", "S!A1", [[null, "", null]]).fingerprint);
  });

  it.each([
    ["a changed cell", (t: unknown[][]) => ((t[1][2] = 3), t)],
    ["a number typed as text", (t: unknown[][]) => ((t[0][3] = "1500"), t)],
    ["a sorted table", (t: unknown[][]) => t.reverse()],
    ["a cell moved to its neighbour", (t: unknown[][]) => ((t[2][3] = null), (t[2][4] = 3000), t)],
    ["text split across cells", (t: unknown[][]) => ((t[0][1] = "CS"), (t[0][2] = "011"), t)],
  ])("changes with %s", (_, edit) => {
    const edited = edit(activity.map((row) => row.slice())) as typeof activity;
    expect(stampInput("a", "S!A1", edited).fingerprint).not.toBe(stampInput("a", "S!A1", activity).fingerprint);
  });

  it("counts rows and columns", () => {
    expect(stampInput("activity", "S!A1", activity)).toMatchObject({ rows: 3, cols: 5 });
  });
});

describe("staleness", () => {
  it("finds nothing when the inputs are those of the run", () => {
    const r = record();
    expect(staleInputs(r, r.inputs.map((s) => ({ ...s, address: s.address.replace("A2", "$A$2").toLowerCase() })))).toEqual([]);
  });

  it("names each input that changed, and how", () => {
    const r = record();
    const added = [...activity, [45661, "CS01", 1, 1500, "F-004"]];
    expect(staleInputs(r, [stampInput("activity", "Activité!A2:E5", added), r.inputs[1]])).toEqual([{ id: "activity", reason: "moved", was: "Activité!A2:E4", now: "Activité!A2:E5" }]);
    expect(staleInputs(r, [stampInput("activity", "Activité!A2:E4", added), r.inputs[1]])).toEqual([{ id: "activity", reason: "rows", was: 3, now: 4 }]);
    const edited = activity.map((row) => row.slice());
    edited[0][2] = 2;
    expect(staleInputs(r, [stampInput("activity", "Activité!A2:E4", edited), r.inputs[1]])).toEqual([{ id: "activity", reason: "values" }]);
    expect(staleInputs(r, [r.inputs[0]])).toEqual([{ id: "contract", reason: "missing", was: "Contrat!A2:D3" }]);
  });
});

describe("rows on the record sheet", () => {
  it("read back to the same record, whatever the labels' language", () => {
    const r = record();
    const rows = recordRows(r, { title: "Journal du calcul", inputs: ["Adresse", "Lignes", "Colonnes", "Empreinte"] });
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    expect(parseRecordRows(rows)).toEqual(r);
  });

  it("are not mistaken for a record when they are something else", () => {
    expect(parseRecordRows([])).toBeUndefined();
    expect(parseRecordRows([["Budget 2026", 1, 2]])).toBeUndefined();
    const rows = recordRows(record(), { title: "Run record", inputs: ["Address", "Rows", "Columns", "Fingerprint"] });
    rows[3][2] = "many";
    expect(parseRecordRows(rows)).toBeUndefined();
  });
});
