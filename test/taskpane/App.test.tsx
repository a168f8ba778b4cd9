/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { CATALOG, NAMESPACE } from "../../src/catalog";
import type { Language } from "../../src/messages";
import { App } from "../../taskpane/App";
import { STRINGS } from "../../taskpane/i18n";
import { InsertPlanError } from "../../taskpane/office/insertErrors";
import type { TemplateInserter } from "../../taskpane/services";

function renderApp(
  language: Language,
  insert: TemplateInserter = jest.fn().mockResolvedValue({ sheets: ["Centres"] }),
  onLanguageChange = jest.fn(),
  insertActs: TemplateInserter = jest.fn().mockResolvedValue({ sheets: ["Lettres-clés"] }),
) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App initialLanguage={language} onLanguageChange={onLanguageChange} services={{ insertCostCentreTemplate: insert, insertActsTariffsTemplate: insertActs }} />
    </FluentProvider>,
  );
  return { insert, onLanguageChange, insertActs };
}

const insertButton = (language: Language) => screen.getByRole("button", { name: STRINGS[language].template.insert });

describe("home page", () => {
  it.each<Language>(["fr", "en"])("lists every catalog function as typed in Excel, with its summary (%s)", (language) => {
    renderApp(language);
    expect(screen.getByRole("heading", { level: 1, name: "Hisab Santé" })).toBeTruthy();
    for (const fn of CATALOG) {
      expect(screen.getByText(`=${NAMESPACE}.${fn.name[language]}`)).toBeTruthy();
      expect(screen.getByText(fn.summary[language])).toBeTruthy();
    }
  });

  it("switches language from the pane, and reports the choice so it can be remembered", () => {
    const { onLanguageChange } = renderApp("fr");
    expect(screen.getByText("=HISAB.REPARTIR")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(screen.getByText("=HISAB.ALLOCATE")).toBeTruthy();
    expect(screen.queryByText("=HISAB.REPARTIR")).toBeNull();
    expect(insertButton("en")).toBeTruthy();
    expect(document.querySelector('[lang="en"][dir="ltr"]')).toBeTruthy();
    expect(onLanguageChange).toHaveBeenCalledWith("en");
  });

  it("offers the template with sample data by default, or empty", async () => {
    const { insert } = renderApp("fr");
    expect((screen.getByRole("radio", { name: STRINGS.fr.template.withSample }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: STRINGS.fr.template.empty }));
    fireEvent.click(insertButton("fr"));
    expect(insert).toHaveBeenCalledWith("fr", expect.objectContaining({ sample: false }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("Centres"));
  });
});

describe("choosing the template", () => {
  it("inserts the cost-centre template by default", async () => {
    const { insert, insertActs } = renderApp("en");
    expect((screen.getByRole("radio", { name: STRINGS.en.template.kinds.costCentres }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(insertButton("en"));
    expect(insert).toHaveBeenCalledWith("en", expect.objectContaining({ sample: true }));
    expect(insertActs).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("Centres"));
  });

  it("inserts the acts-and-tariffs template, explains how it finds the centre costs, and says which results it was linked to", async () => {
    const insertActs: TemplateInserter = jest.fn().mockResolvedValue({ sheets: ["Lettres-clés", "Nomenclature"], linkedTo: "Résultats" });
    const { insert } = renderApp("fr", undefined, undefined, insertActs);
    // textContent, not getByText: the French hint keeps its no-break spaces, which getByText's matcher does not.
    const page = () => screen.getByRole("main").textContent;
    expect(page()).not.toContain(STRINGS.fr.template.linkHint);
    fireEvent.click(screen.getByRole("radio", { name: STRINGS.fr.template.kinds.actsTariffs }));
    expect(page()).toContain(STRINGS.fr.template.linkHint);
    fireEvent.click(screen.getByRole("radio", { name: STRINGS.fr.template.empty }));
    fireEvent.click(insertButton("fr"));
    expect(insertActs).toHaveBeenCalledWith("fr", expect.objectContaining({ sample: false }));
    expect(insert).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain(STRINGS.fr.template.linked("Résultats")));
    expect(screen.getByRole("status").textContent).toContain(STRINGS.fr.template.success(["Lettres-clés", "Nomenclature"]));
  });

  it("says when the acts-and-tariffs template found no cost-centre template to read", async () => {
    renderApp("en");
    fireEvent.click(screen.getByRole("radio", { name: STRINGS.en.template.kinds.actsTariffs }));
    fireEvent.click(insertButton("en"));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain(STRINGS.en.template.standalone));
  });
});

describe("inserting the template", () => {
  it("shows progress, then the sheets created", async () => {
    let finish: (sheets: string[]) => void = () => undefined;
    const insert: TemplateInserter = jest.fn((_language, { onProgress }) => {
      onProgress?.(1, 3);
      return new Promise((resolve) => (finish = (sheets) => resolve({ sheets })));
    });
    renderApp("fr", insert);
    fireEvent.click(insertButton("fr"));

    expect(insert).toHaveBeenCalledWith("fr", expect.objectContaining({ sample: true }));
    expect(await screen.findByText("Feuilles écrites : 1 sur 3")).toBeTruthy();
    expect(insertButton("fr").getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(insertButton("fr"));
    expect(insert).toHaveBeenCalledTimes(1);

    await act(async () => finish(["Centres (2)", "Résultats"]));
    expect(screen.getByRole("status").textContent).toContain(STRINGS.fr.template.success(["Centres (2)", "Résultats"]));
    expect(insertButton("fr").getAttribute("aria-disabled")).toBeNull();
  });

  it("explains an Office refusal in the pane's language and says the workbook is unchanged", async () => {
    const insert = jest.fn().mockRejectedValue(new InsertPlanError("protected", "AccessDenied", "The workbook is protected.", []));
    renderApp("en", insert);
    fireEvent.click(insertButton("en"));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain(STRINGS.en.template.failures.protected));
    const alert = screen.getByRole("alert").textContent;
    expect(alert).toContain(STRINGS.en.template.nothingChanged);
    expect(alert).toContain("The workbook is protected.");
  });

  it("names the sheets that could not be removed", async () => {
    const insert = jest.fn().mockRejectedValue(new InsertPlanError("cell_edit_mode", "InvalidOperationInCellEditMode", "edit mode", ["Centres (2)"]));
    renderApp("fr", insert);
    fireEvent.click(insertButton("fr"));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain(STRINGS.fr.template.failures.cell_edit_mode));
    expect(screen.getByRole("alert").textContent).toContain(STRINGS.fr.template.leftBehind(["Centres (2)"]));
  });

  it("reports an unexpected error without claiming anything about the workbook", async () => {
    renderApp("fr", jest.fn().mockRejectedValue(new Error("Excel is not available")));
    fireEvent.click(insertButton("fr"));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain(STRINGS.fr.template.failures.unknown));
    expect(screen.getByRole("alert").textContent).toContain("Excel is not available");
    expect(screen.getByRole("alert").textContent).not.toContain(STRINGS.fr.template.nothingChanged);
  });
});
