/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { costCentres } from "../../src/journeys/costCentres";
import { DomainError } from "../../src/engine/errors";
import { STRINGS } from "../../taskpane/i18n";
import { ComputeStopped } from "../../taskpane/office/computeJourney";
import { InsertPlanError } from "../../taskpane/office/insertErrors";
import type { RangeChoice } from "../../taskpane/office/rangeChoices";
import { dialogButton, fakeServices, renderApp } from "./fakeServices";

/** The cost-centre journey's page, through the App, in English unless said otherwise. */

const s = STRINGS.en;
const range = (sheet: string, ref: string) => ({ kind: "range" as const, sheet, ref });
const CHOICES: RangeChoice[] = [
  { kind: "selection", formula: "=Sheet1!$B$2:$C$9", ref: range("Sheet1", "B2:C9") },
  { kind: "table", formula: "=tMine[#All]", ref: range("Mine", "A1:B31") },
  { kind: "tableBody", formula: "=tMine", ref: range("Mine", "A2:B31") },
  { kind: "column", formula: "=tMine[Code]", ref: range("Mine", "A2:A31") },
  { kind: "name", formula: "=Keys", ref: range("Keys", "A1:F9") },
];
const MAPPED = {
  inputs: { centres: { ref: range("Mine", "A2:A31"), formula: "=tMine[Code]" } },
  outputs: [{ key: "results", kind: "formulas" as const, sheet: "Results", area: { top: 0, left: 0, rows: 55, cols: 31 } }],
};

async function openJourney(services = fakeServices(), language: "en" | "fr" = "en") {
  renderApp(language, services);
  fireEvent.click(screen.getByRole("button", { name: STRINGS[language].journeys.open(STRINGS[language].journeys.titles.costCentres) }));
  await screen.findByRole("heading", { level: 2, name: STRINGS[language].journeys.titles.costCentres });
  await waitFor(() => expect(services.journeys.state).toHaveBeenCalled());
  await screen.findByRole("button", { name: STRINGS[language].journeys.steps.setup });
  return services;
}

const step = (name: string) => screen.getByRole("button", { name });
const isOpen = (name: string) => step(name).getAttribute("aria-expanded") === "true";

describe("a journey's page", () => {
  it("opens at Set up with the template offered when nothing is mapped, and goes back home", async () => {
    const services = await openJourney();
    expect(services.journeys.state).toHaveBeenCalledWith(costCentres);
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name: s.journeys.titles.costCentres }));
    expect(isOpen(s.journeys.steps.setup)).toBe(true);
    expect((screen.getByRole("radio", { name: s.setup.useTemplate }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole("button", { name: s.template.insert })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: s.journeys.back }));
    expect(screen.getByRole("region", { name: s.journeys.heading })).toBeTruthy();
  });

  it("opens at Check when the workbook already maps the journey's inputs", async () => {
    await openJourney(fakeServices({ journeys: { state: jest.fn().mockResolvedValue(MAPPED) } }));
    await waitFor(() => expect(isOpen(s.journeys.steps.check)).toBe(true));
    expect(isOpen(s.journeys.steps.setup)).toBe(false);
  });

  it("inserts the journey's template from Set up, then reads the workbook again and opens Check", async () => {
    const services = await openJourney();
    fireEvent.click(screen.getByRole("button", { name: s.template.insert }));
    await waitFor(() => expect(services.templates.costCentres).toHaveBeenCalledWith("en", expect.objectContaining({ sample: true })));
    await waitFor(() => expect(services.journeys.state).toHaveBeenCalledTimes(2));
    expect(isOpen(s.journeys.steps.check)).toBe(true);
  });

  it("says why the workbook could not be read", async () => {
    renderApp("en", fakeServices({ journeys: { state: jest.fn().mockRejectedValue(new InsertPlanError("changed", "ItemNotFound", "gone", [])) } }));
    fireEvent.click(screen.getByRole("button", { name: s.journeys.open(s.journeys.titles.costCentres) }));
    await waitFor(() => expect(screen.getByRole("main").textContent).toContain(s.failures.changed));
    expect(screen.queryByRole("button", { name: s.journeys.steps.setup })).toBeNull();
  });
});

describe("setting up the user's own ranges", () => {
  async function ownRanges() {
    const services = await openJourney(fakeServices({ journeys: { state: jest.fn().mockResolvedValue(MAPPED), choices: jest.fn().mockResolvedValue(CHOICES) } }));
    fireEvent.click(step(s.journeys.steps.setup));
    await waitFor(() => expect(services.journeys.choices).toHaveBeenCalled());
    return services;
  }
  const picker = (label: string) => screen.getByRole("combobox", { name: label });

  it("shows what each input is mapped to, and offers the choices that fit each input", async () => {
    await ownRanges();
    expect((picker("Centre codes") as HTMLInputElement).value).toBe("tMine[Code]");
    expect(screen.getByText(s.setup.current("Mine!A2:A31"))).toBeTruthy();
    expect(screen.getAllByText(s.setup.notChosen).length).toBeGreaterThan(0);
    fireEvent.click(picker("Units produced"));
    const options = (await screen.findAllByRole("option")).map((o) => o.textContent);
    expect(options).toEqual(["tMine[Code] (Mine!A2:A31)"]);
    fireEvent.keyDown(picker("Units produced"), { key: "Escape" });
    fireEvent.click(picker("Primary keys"));
    expect((await screen.findAllByRole("option")).map((o) => o.textContent)).toEqual([s.setup.selection("Sheet1!B2:C9"), "tMine[#All] (Mine!A1:B31)", "Keys (Keys!A1:F9)"]);
  });

  it("says at once when the range chosen has the wrong shape", async () => {
    await ownRanges();
    fireEvent.change(picker("Expense amounts"), { target: { value: "Sheet1!B2:C9" } });
    fireEvent.blur(picker("Expense amounts"));
    await waitFor(() => expect(screen.getByText("a single column is expected, the range has 2")).toBeTruthy());
  });

  it("takes a typed address, refuses one it cannot read, and saves only what changed", async () => {
    const services = await ownRanges();
    fireEvent.change(picker("Expense amounts"), { target: { value: "Sheet1!B2:B40" } });
    fireEvent.blur(picker("Expense amounts"));
    fireEvent.change(picker("Key of each expense"), { target: { value: "Sheet1!B2:" } });
    fireEvent.blur(picker("Key of each expense"));
    expect(await screen.findByText(s.setup.badAddress)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: s.setup.save }));
    await waitFor(() => expect(services.journeys.saveMapping).toHaveBeenCalledWith(costCentres, { amounts: "=Sheet1!$B$2:$B$40" }, "en"));
    expect(await screen.findByText(s.setup.saved)).toBeTruthy();
  });

  it("picks a table column from the list", async () => {
    const services = await ownRanges();
    fireEvent.click(picker("Centre labels"));
    fireEvent.click(await screen.findByRole("option", { name: "tMine[Code] (Mine!A2:A31)" }));
    fireEvent.click(screen.getByRole("button", { name: s.setup.save }));
    await waitFor(() => expect(services.journeys.saveMapping).toHaveBeenCalledWith(costCentres, { labels: "=tMine[Code]" }, "en"));
  });

  it("keeps a choice when the box is left before the page has drawn it (an Excel pane can be that slow)", async () => {
    const services = await ownRanges();
    fireEvent.click(picker("Centre labels"));
    const option = await screen.findByRole("option", { name: "tMine[Code] (Mine!A2:A31)" });
    act(() => {
      fireEvent.click(option);
      fireEvent.blur(picker("Centre labels"));
    });
    expect(screen.getAllByText(s.setup.current("Mine!A2:A31")).length).toBe(2);
    fireEvent.click(screen.getByRole("button", { name: s.setup.save }));
    await waitFor(() => expect(services.journeys.saveMapping).toHaveBeenCalledWith(costCentres, { labels: "=tMine[Code]" }, "en"));
  });
});

describe("checking", () => {
  const problems = [
    { problem: { severity: "error" as const, input: "units", row: 7, error: new DomainError("not_a_number", { argument: "units", row: 7 }, { value: "n/a" }) }, at: range("Mine", "E8") },
    { problem: { severity: "warning" as const, input: "secondaryKeys", row: 3, column: 1, finding: { code: "main_in_keys" as const, params: { value: "LABO" } } }, at: range("Keys", "A3") },
  ];

  it("lists every problem with its message; a click selects its cell in Excel", async () => {
    const services = await openJourney(fakeServices({ journeys: { state: jest.fn().mockResolvedValue(MAPPED), check: jest.fn().mockResolvedValue(problems) } }));
    fireEvent.click(await screen.findByRole("button", { name: s.check.run }));
    await screen.findByText(s.check.summary(1, 1));
    const items = screen.getAllByRole("listitem").filter((li) => li.textContent?.includes(s.check.goTo("")));
    expect(items.map((li) => li.textContent)).toEqual([
      `${s.check.error}Units produced"n/a" is not a number${s.check.goTo("Mine!E8")}`,
      `${s.check.warning}Secondary keys"LABO" is a main centre: in the secondary keys, its cost would be distributed over the other centres${s.check.goTo("Keys!A3")}`,
    ]);
    fireEvent.click(within(items[1]).getByRole("button"));
    expect(services.journeys.select).toHaveBeenCalledWith(range("Keys", "A3"));
  });

  it("says when nothing is wrong, and caps a long list", async () => {
    const many = Array.from({ length: 53 }, () => problems[1]);
    const check = jest.fn().mockResolvedValueOnce([]).mockResolvedValueOnce(many);
    await openJourney(fakeServices({ journeys: { state: jest.fn().mockResolvedValue(MAPPED), check } }));
    fireEvent.click(await screen.findByRole("button", { name: s.check.run }));
    await screen.findByText(s.check.none);
    fireEvent.click(screen.getByRole("button", { name: s.check.run }));
    await screen.findByText(s.check.summary(0, 53));
    expect(screen.getAllByRole("button", { name: s.check.goTo("Keys!A3") })).toHaveLength(50);
    expect(screen.getByText(s.check.more(3))).toBeTruthy();
  });
});

describe("computing and reviewing", () => {
  const outcome = {
    sheets: [
      { key: "results", name: "Results", kind: "formulas" as const },
      { key: "results", name: "Results (values)", kind: "values" as const },
    ],
    figures: [
      { label: "Total expenses", value: 1234567.891, format: "amount" as const, sheet: "results", at: "D42" },
      { label: "Conservation check, secondary distribution", value: 0, format: "amount" as const, check: true, sheet: "results", at: "D44" },
      { label: "Acts below cost", value: { error: "#VALUE!" as const, at: "x" }, format: "count" as const, check: true, sheet: "results", at: "D45" },
    ],
    timings: { read: 12.4, compute: 340, write: 1234 },
  };

  async function computePage(compute: jest.Mock) {
    const services = await openJourney(fakeServices({ journeys: { state: jest.fn().mockResolvedValue(MAPPED), compute } }));
    fireEvent.click(step(s.journeys.steps.compute));
    return services;
  }

  it("writes the results, says where and how long each phase took, then shows the key figures and the sheets", async () => {
    const compute = jest.fn(async (_journey, options) => {
      options.onProgress?.({ phase: "writing", sheetsWritten: 1, sheetCount: 2 });
      return outcome;
    });
    const services = await computePage(compute);
    fireEvent.click(screen.getByRole("checkbox", { name: s.compute.valuesCopy }));
    fireEvent.click(screen.getByRole("button", { name: s.compute.run }));
    expect(compute).toHaveBeenCalledWith(costCentres, expect.objectContaining({ lang: "en", valuesCopy: true }));
    await screen.findByText(s.compute.done(["Results", "Results (values)"]));
    expect(screen.getByText(s.compute.timings("12 ms", "340 ms", "1.2 s"))).toBeTruthy();
    await waitFor(() => expect(isOpen(s.journeys.steps.review)).toBe(true));
    expect(screen.getByRole("button", { name: "1,234,567.89" })).toBeTruthy();
    expect(screen.getByRole("img", { name: s.review.passed })).toBeTruthy();
    expect(screen.getByRole("img", { name: s.review.failed })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "1,234,567.89" }));
    expect(services.journeys.select).toHaveBeenCalledWith(range("Results", "D42"));
    fireEvent.click(screen.getByRole("button", { name: s.review.goTo("Results (values)") }));
    expect(services.journeys.select).toHaveBeenCalledWith(range("Results (values)", "A1"));
  });

  it("says when the inputs have errors, and computes only when asked to", async () => {
    const compute = jest.fn().mockRejectedValueOnce(new ComputeStopped({ reason: "problems", problems: 3 })).mockResolvedValueOnce(outcome);
    await computePage(compute);
    fireEvent.click(screen.getByRole("button", { name: s.compute.run }));
    await screen.findByText(s.compute.problems(3));
    fireEvent.click(screen.getByRole("button", { name: s.compute.computeAnyway }));
    expect(compute).toHaveBeenLastCalledWith(costCentres, expect.objectContaining({ acceptProblems: true }));
    await screen.findByText(s.compute.done(["Results", "Results (values)"]));
  });

  it("asks before writing over the user's cells, and writes only once confirmed", async () => {
    const compute = jest.fn().mockRejectedValueOnce(new ComputeStopped({ reason: "overwrite", cells: ["Results!A60"], count: 1 })).mockResolvedValueOnce(outcome);
    await computePage(compute);
    fireEvent.click(screen.getByRole("button", { name: s.compute.run }));
    const { dialog, button } = await dialogButton("alertdialog", s.compute.overwriteConfirm);
    expect(dialog.textContent).toContain(s.compute.overwrite(["Results!A60"], 1));
    fireEvent.click(button);
    expect(compute).toHaveBeenLastCalledWith(costCentres, expect.objectContaining({ allowOverwrite: true }));
    await screen.findByText(s.compute.done(["Results", "Results (values)"]));
  });

  it("leaves the user's cells alone when the question is cancelled", async () => {
    const compute = jest.fn().mockRejectedValueOnce(new ComputeStopped({ reason: "overwrite", cells: ["Results!A60"], count: 4 }));
    await computePage(compute);
    fireEvent.click(screen.getByRole("button", { name: s.compute.run }));
    fireEvent.click((await dialogButton("alertdialog", s.compute.cancel)).button);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("explains a refusal and what became of the results", async () => {
    await computePage(jest.fn().mockRejectedValue(new InsertPlanError("protected", "AccessDenied", "Protected.", [], ["Results"])));
    fireEvent.click(screen.getByRole("button", { name: s.compute.run }));
    const alert = await screen.findByText(s.failures.protected);
    expect(alert.closest("[role=alert]")?.textContent).toContain(s.compute.cleared(["Results"]));
  });

  it("cannot compute with inputs missing: it points to the Check step", async () => {
    await computePage(jest.fn().mockRejectedValue(new ComputeStopped({ reason: "blocked", problems: 2 })));
    fireEvent.click(screen.getByRole("button", { name: s.compute.run }));
    await screen.findByText(s.compute.blocked(2));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: s.compute.seeProblems })));
    expect(isOpen(s.journeys.steps.check)).toBe(true);
  });
});
