import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MotionBehaviourProvider } from "@fluentui/react-motion";
import { render, screen, waitFor, within } from "@testing-library/react";
import type { Language } from "../../src/excel/messages";
import { App } from "../../taskpane/App";
import type { Services } from "../../taskpane/services";

/** Services that answer at once, each a jest mock a test can replace or inspect. */
export function fakeServices(overrides: { templates?: Partial<Services["templates"]>; journeys?: Partial<Services["journeys"]>; repairFormulas?: Services["repairFormulas"] } = {}): Services {
  return {
    templates: {
      costCentres: jest.fn().mockResolvedValue({ sheets: ["Centres"], recorded: true }),
      actsTariffs: jest.fn().mockResolvedValue({ sheets: ["Lettres-clés"], recorded: true }),
      contracts: jest.fn().mockResolvedValue({ sheets: ["Contrat"], recorded: true }),
      ...overrides.templates,
    },
    journeys: {
      state: jest.fn().mockResolvedValue({ inputs: {}, outputs: [] }),
      choices: jest.fn().mockResolvedValue([]),
      saveMapping: jest.fn().mockResolvedValue(undefined),
      check: jest.fn().mockResolvedValue([]),
      select: jest.fn().mockResolvedValue(undefined),
      compute: jest.fn().mockResolvedValue({ sheets: [], figures: [], timings: { read: 1, compute: 2, write: 3 } }),
      ...overrides.journeys,
    },
    repairFormulas: overrides.repairFormulas ?? jest.fn().mockResolvedValue({ formulas: 0, sheets: [] }),
  };
}

/** The App in a light Fluent theme, with these services; motion skipped, so nothing waits on an animation. */
export function renderApp(language: Language, services: Services = fakeServices(), onLanguageChange = jest.fn()) {
  render(
    <MotionBehaviourProvider value="skip">
      <FluentProvider theme={webLightTheme}>
        <App initialLanguage={language} onLanguageChange={onLanguageChange} services={services} />
      </FluentProvider>
    </MotionBehaviourProvider>,
  );
  return { services, onLanguageChange };
}

/**
 * A button of the open dialog, once the dialog is usable: Fluent's focus trap
 * makes a dialog accessible a moment after it mounts, so this waits on that
 * state (never on time) before a test clicks.
 */
export async function dialogButton(role: "dialog" | "alertdialog", name: string): Promise<{ dialog: HTMLElement; button: HTMLElement }> {
  return waitFor(() => {
    const dialog = screen.getByRole(role);
    return { dialog, button: within(dialog).getByRole("button", { name }) };
  });
}
