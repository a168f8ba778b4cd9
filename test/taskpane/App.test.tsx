/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { CATALOG, NAMESPACE } from "../../src/excel/catalog";
import type { Language } from "../../src/excel/messages";
import { STRINGS } from "../../taskpane/i18n";
import { InsertPlanError } from "../../taskpane/office/insertErrors";
import type { TemplateInserter } from "../../taskpane/services";
import { dialogButton, fakeServices, renderApp } from "./fakeServices";

const templates = (language: Language) => within(screen.getByRole("region", { name: STRINGS[language].template.heading }));
const insertButton = (language: Language) => templates(language).getByRole("button", { name: STRINGS[language].template.insert });

describe("home page", () => {
  it.each<Language>(["fr", "en"])("lists every catalog function as typed in Excel, with its summary (%s)", (language) => {
    renderApp(language);
    expect(screen.getByRole("heading", { level: 1, name: "Hisab Santé" })).toBeTruthy();
    for (const fn of CATALOG) {
      expect(screen.getByText(`=${NAMESPACE}.${fn.name[language]}`)).toBeTruthy();
      expect(screen.getByText(fn.summary[language])).toBeTruthy();
    }
  });

  it("offers the three guided journeys", () => {
    renderApp("en");
    const journeys = within(screen.getByRole("region", { name: STRINGS.en.journeys.heading }));
    expect(journeys.getAllByRole("button").map((b) => b.getAttribute("aria-label"))).toEqual(Object.values(STRINGS.en.journeys.titles).map(STRINGS.en.journeys.open));
  });

  it("switches language from the pane, sets the page's language and direction, and reports the choice so it can be remembered", () => {
    const { onLanguageChange } = renderApp("fr");
    expect(document.documentElement.lang).toBe("fr");
    expect(screen.getByText("=HISAB.REPARTIR")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(screen.getByText("=HISAB.ALLOCATE")).toBeTruthy();
    expect(screen.queryByText("=HISAB.REPARTIR")).toBeNull();
    expect(insertButton("en")).toBeTruthy();
    expect(document.querySelector('[lang="en"][dir="ltr"]')).toBeTruthy();
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(["en", "ltr"]);
    expect(onLanguageChange).toHaveBeenCalledWith("en");
  });

  it("lets a function name wrap after its dots only", () => {
    renderApp("fr");
    const code = screen.getByText("=HISAB.COUT.ACTE.LETTRE");
    expect(code.innerHTML).toBe("=HISAB.<wbr>COUT.<wbr>ACTE.<wbr>LETTRE");
  });

  it("offers the template with sample data by default, or empty", async () => {
    const { services } = renderApp("fr");
    expect((templates("fr").getByRole("radio", { name: STRINGS.fr.template.withSample }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(templates("fr").getByRole("radio", { name: STRINGS.fr.template.empty }));
    fireEvent.click(insertButton("fr"));
    expect(services.templates.costCentres).toHaveBeenCalledWith("fr", expect.objectContaining({ sample: false }));
    await waitFor(() => expect(templates("fr").getByRole("status").textContent).toContain("Centres"));
  });
});

describe("choosing the template", () => {
  it("inserts the cost-centre template by default", async () => {
    const { services } = renderApp("en");
    expect((templates("en").getByRole("radio", { name: STRINGS.en.template.kinds.costCentres }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(insertButton("en"));
    expect(services.templates.costCentres).toHaveBeenCalledWith("en", expect.objectContaining({ sample: true }));
    expect(services.templates.actsTariffs).not.toHaveBeenCalled();
    await waitFor(() => expect(templates("en").getByRole("status").textContent).toContain("Centres"));
  });

  it("inserts the acts-and-tariffs template, explains how it finds the centre costs, and says which results it was linked to", async () => {
    const actsTariffs: TemplateInserter = jest.fn().mockResolvedValue({ sheets: ["Lettres-clés", "Nomenclature"], linkedTo: "Résultats", recorded: true });
    const services = fakeServices({ templates: { actsTariffs } });
    renderApp("fr", services);
    // textContent, not getByText: the French hint keeps its no-break spaces, which getByText's matcher does not.
    const page = () => screen.getByRole("main").textContent;
    expect(page()).not.toContain(STRINGS.fr.template.linkHint);
    fireEvent.click(templates("fr").getByRole("radio", { name: STRINGS.fr.template.kinds.actsTariffs }));
    expect(page()).toContain(STRINGS.fr.template.linkHint);
    fireEvent.click(templates("fr").getByRole("radio", { name: STRINGS.fr.template.empty }));
    fireEvent.click(insertButton("fr"));
    expect(actsTariffs).toHaveBeenCalledWith("fr", expect.objectContaining({ sample: false }));
    expect(services.templates.costCentres).not.toHaveBeenCalled();
    await waitFor(() => expect(templates("fr").getByRole("status").textContent).toContain(STRINGS.fr.template.linked("Résultats")));
    expect(templates("fr").getByRole("status").textContent).toContain(STRINGS.fr.template.success(["Lettres-clés", "Nomenclature"]));
  });

  it("says when the acts-and-tariffs template found no cost-centre template to read", async () => {
    renderApp("en");
    fireEvent.click(templates("en").getByRole("radio", { name: STRINGS.en.template.kinds.actsTariffs }));
    fireEvent.click(insertButton("en"));
    await waitFor(() => expect(templates("en").getByRole("status").textContent).toContain(STRINGS.en.template.standalone));
  });

  it("inserts the contract template, saying that its sample takes a moment", async () => {
    const { services } = renderApp("en");
    fireEvent.click(templates("en").getByRole("radio", { name: STRINGS.en.template.kinds.contracts }));
    expect(screen.getByRole("main").textContent).toContain(STRINGS.en.template.contractsHint);
    fireEvent.click(insertButton("en"));
    expect(services.templates.contracts).toHaveBeenCalledWith("en", expect.objectContaining({ sample: true }));
    await waitFor(() => expect(templates("en").getByRole("status").textContent).toContain("Contrat"));
  });

  it("says when the template's ranges could not be recorded for its journey", async () => {
    renderApp("en", fakeServices({ templates: { costCentres: jest.fn().mockResolvedValue({ sheets: ["Centres"], recorded: false }) } }));
    fireEvent.click(insertButton("en"));
    await waitFor(() => expect(templates("en").getByRole("status").textContent).toContain(STRINGS.en.template.notRecorded));
  });
});

describe("inserting the template", () => {
  it("shows progress, then the sheets created", async () => {
    let finish: (sheets: string[]) => void = () => undefined;
    const costCentres: TemplateInserter = jest.fn((_language, { onProgress }) => {
      onProgress?.(1, 3);
      return new Promise((resolve) => (finish = (sheets) => resolve({ sheets })));
    });
    renderApp("fr", fakeServices({ templates: { costCentres } }));
    fireEvent.click(insertButton("fr"));

    expect(costCentres).toHaveBeenCalledWith("fr", expect.objectContaining({ sample: true }));
    expect(await screen.findByText("Feuilles écrites : 1 sur 3")).toBeTruthy();
    expect(insertButton("fr").getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(insertButton("fr"));
    expect(costCentres).toHaveBeenCalledTimes(1);

    await act(async () => finish(["Centres (2)", "Résultats"]));
    expect(templates("fr").getByRole("status").textContent).toContain(STRINGS.fr.template.success(["Centres (2)", "Résultats"]));
    expect(insertButton("fr").getAttribute("aria-disabled")).toBeNull();
  });

  it("keeps its status and alert regions in one block, so no empty area adds a gap under the button", () => {
    renderApp("en");
    const status = templates("en").getByRole("status");
    const alert = templates("en").getByRole("alert");
    expect(status.parentElement).toBe(alert.parentElement);
    expect(status.parentElement?.previousElementSibling).toBe(insertButton("en"));
  });

  it("explains an Office refusal in the pane's language and says the workbook is unchanged", async () => {
    const costCentres = jest.fn().mockRejectedValue(new InsertPlanError("protected", "AccessDenied", "The workbook is protected.", []));
    renderApp("en", fakeServices({ templates: { costCentres } }));
    fireEvent.click(insertButton("en"));
    await waitFor(() => expect(templates("en").getByRole("alert").textContent).toContain(STRINGS.en.failures.protected));
    const alert = templates("en").getByRole("alert").textContent;
    expect(alert).toContain(STRINGS.en.template.nothingChanged);
    expect(alert).toContain("The workbook is protected.");
  });

  it("names the sheets that could not be removed", async () => {
    const costCentres = jest.fn().mockRejectedValue(new InsertPlanError("cell_edit_mode", "InvalidOperationInCellEditMode", "edit mode", ["Centres (2)"]));
    renderApp("fr", fakeServices({ templates: { costCentres } }));
    fireEvent.click(insertButton("fr"));
    await waitFor(() => expect(templates("fr").getByRole("alert").textContent).toContain(STRINGS.fr.failures.cell_edit_mode));
    expect(templates("fr").getByRole("alert").textContent).toContain(STRINGS.fr.template.leftBehind(["Centres (2)"]));
  });

  it("reports an unexpected error without claiming anything about the workbook", async () => {
    renderApp("fr", fakeServices({ templates: { costCentres: jest.fn().mockRejectedValue(new Error("Excel is not available")) } }));
    fireEvent.click(insertButton("fr"));
    await waitFor(() => expect(templates("fr").getByRole("alert").textContent).toContain(STRINGS.fr.template.unknownFailure));
    expect(templates("fr").getByRole("alert").textContent).toContain("Excel is not available");
    expect(templates("fr").getByRole("alert").textContent).not.toContain(STRINGS.fr.template.nothingChanged);
  });
});

describe("repairing formulas", () => {
  const region = () => within(screen.getByRole("region", { name: STRINGS.en.tools.heading }));

  it("repairs the journeys' results at once, and says how many formulas were re-entered", async () => {
    const repairFormulas = jest.fn().mockResolvedValue({ formulas: 12, sheets: ["Results"] });
    renderApp("en", fakeServices({ repairFormulas }));
    fireEvent.click(region().getByRole("button", { name: STRINGS.en.tools.repairResults }));
    expect(repairFormulas).toHaveBeenCalledWith("results");
    await waitFor(() => expect(region().getByRole("status").textContent).toContain(STRINGS.en.tools.repaired(12, ["Results"])));
  });

  it("asks before touching the active sheet, and does nothing when the user cancels", async () => {
    const repairFormulas = jest.fn().mockResolvedValue({ formulas: 0, sheets: [] });
    renderApp("en", fakeServices({ repairFormulas }));
    fireEvent.click(region().getByRole("button", { name: STRINGS.en.tools.repairSheet }));
    const { dialog, button } = await dialogButton("dialog", STRINGS.en.tools.cancel);
    expect(dialog.textContent).toContain(STRINGS.en.tools.confirmText);
    fireEvent.click(button);
    expect(repairFormulas).not.toHaveBeenCalled();
    fireEvent.click(region().getByRole("button", { name: STRINGS.en.tools.repairSheet }));
    fireEvent.click((await dialogButton("dialog", STRINGS.en.tools.confirm)).button);
    expect(repairFormulas).toHaveBeenCalledWith("activeSheet");
    await waitFor(() => expect(region().getByRole("status").textContent).toContain(STRINGS.en.tools.nothing));
  });
});
