import { freeSheetName, freeTableName, nameKey, validSheetName, validTableName } from "../../taskpane/office/names";

const taken = (...names: string[]) => new Set(names.map(nameKey));

describe("sheet names", () => {
  it.each([
    ["Centres", "Centres"],
    ["Clés / coûts [2024]", "Clés - coûts -2024-"],
    ["a:b*c?d\\e", "a-b-c-d-e"],
    ["'quoted'", "quoted"],
    ["   ", "fallback"],
    ["x".repeat(40), "x".repeat(31)],
  ])("%j is written %j", (wanted, expected) => {
    expect(validSheetName(wanted, "fallback")).toBe(expected);
  });

  it.each([
    ["Centres", [], "Centres"],
    ["Centres", ["centres"], "Centres (2)"],
    ["Centres", ["CENTRES", "centres (2)", "Centres (3)"], "Centres (4)"],
    ["Répartition", ["RÉPARTITION"], "Répartition (2)"],
    ["History", [], "History (2)"],
  ])("%j among %j becomes %j", (wanted, existing, expected) => {
    expect(freeSheetName(wanted, taken(...existing))).toBe(expected);
  });

  it("shortens a long name so the suffix still fits in 31 characters", () => {
    const long = "Répartition secondaire des coûts";
    const first = freeSheetName(long, taken());
    const second = freeSheetName(long, taken(first));
    expect(first).toBe("Répartition secondaire des coût");
    expect(second).toBe("Répartition secondaire des (2)");
    expect(second.length).toBeLessThanOrEqual(31);
  });

  it("remembers the names it hands out", () => {
    const names = taken();
    expect([freeSheetName("A", names), freeSheetName("a", names), freeSheetName("A", names)]).toEqual(["A", "a (2)", "A (3)"]);
  });
});

describe("table names", () => {
  it.each([
    ["tCentres", "tCentres"],
    ["t Clés", "t_Clés"],
    ["2024", "t_2024"],
    ["A1", "t_A1"],
    ["R1C1", "t_R1C1"],
    ["c", "t_c"],
  ])("%j is written %j", (wanted, expected) => {
    expect(validTableName(wanted)).toBe(expected);
  });

  it("adds a suffix when the name is used by a table or a defined name", () => {
    expect(freeTableName("tCentres", taken("TCENTRES", "tCentres_2"))).toBe("tCentres_3");
  });
});
