import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { browserStore, initialLanguage, rememberLanguage } from "./language";
import { officeServices } from "./office/officeServices";
import { themeFor } from "./theme";

/** Entry point of the task pane page: waits for Office, then renders the pane in Office's theme and language. */
Office.onReady(() => {
  const store = browserStore();
  const root = document.getElementById("root");
  if (!root) throw new Error('taskpane.html has no <div id="root">');
  createRoot(root).render(
    <FluentProvider theme={themeFor(Office.context.officeTheme)} style={{ minHeight: "100vh" }}>
      <App
        initialLanguage={initialLanguage(Office.context.displayLanguage, store)}
        onLanguageChange={(language) => rememberLanguage(store, language)}
        services={officeServices}
      />
    </FluentProvider>,
  );
});
