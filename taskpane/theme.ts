import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Office's own theme decides: the pane should not be a white block in dark Excel. */
export function themeFor(officeTheme: Partial<Office.OfficeTheme> | undefined): Theme {
  return isDark(officeTheme) ? webDarkTheme : webLightTheme;
}

function isDark(officeTheme: Partial<Office.OfficeTheme> | undefined): boolean {
  if (!officeTheme) return false;
  if (typeof officeTheme.isDarkTheme === "boolean") return officeTheme.isDarkTheme;
  // Older hosts give only colours: dark when the body background is dark.
  const hex = /^#?([0-9a-f]{6})$/i.exec(officeTheme.bodyBackgroundColor ?? "")?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
