/**
 * Measurements taken inside the page (passed to page.evaluate, so each
 * function is self-contained: no imports, no outside helpers).
 */

export interface Layout {
  rootScrollWidth: number;
  rootClientWidth: number;
  pageScrollWidth: number;
  pageClientWidth: number;
  /** Visible elements reaching past either edge, or text cut by overflow. */
  overflowing: string[];
  /** The pane's themed area (FluentProvider): background and text colours. */
  background: string;
  color: string;
  /** How far the page extends below the themed area (a strip of another colour). */
  uncoveredHeight: number;
  /** Text whose contrast with its background is under 4.5:1 (WCAG AA), with the ratio. */
  lowContrast: string[];
  smallestFontPx: number;
}

export function measureLayout(): Layout {
  const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (css: string) => {
    const [r, g, b] = rgb(css)
      .slice(0, 3)
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const backgroundOf = (element: Element | null): string => {
    for (let e = element; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (bg !== "transparent" && rgb(bg)[3] !== 0) return bg;
    }
    return "rgb(255, 255, 255)";
  };
  const describe = (e: Element) => {
    const className = typeof e.className === "string" && e.className !== "" ? `.${e.className.split(" ")[0]}` : "";
    return `<${e.tagName.toLowerCase()}${className}> "${(e.textContent ?? "").trim().slice(0, 40)}"`;
  };
  const root = document.getElementById("root") as HTMLElement;
  const page = document.documentElement;
  const width = page.clientWidth;
  const overflowing: string[] = [];
  const lowContrast: string[] = [];
  let smallestFontPx = Infinity;
  for (const element of Array.from(root.querySelectorAll("*"))) {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (box.width === 0 || box.height === 0 || style.visibility === "hidden" || style.opacity === "0") continue;
    if (box.right > width + 0.5 || box.left < -0.5) overflowing.push(`${describe(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
    // Content wider than its box: cut off when overflow is hidden, spilling out of it otherwise (inline boxes have no clientWidth).
    if (style.display !== "inline" && element.scrollWidth > element.clientWidth + 1) {
      overflowing.push(`${describe(element)} ${["hidden", "clip"].includes(style.overflowX) ? "cut" : "spills"}: ${element.scrollWidth} px in ${element.clientWidth}`);
    }
    const ownText = Array.from(element.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
    if (!ownText) continue;
    smallestFontPx = Math.min(smallestFontPx, parseFloat(style.fontSize));
    const background = backgroundOf(element);
    const [l1, l2] = [luminance(style.color), luminance(background)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    if (ratio < 4.5) lowContrast.push(`${describe(element)} ${ratio.toFixed(2)}:1 (${style.color} on ${background})`);
  }
  const provider = root.firstElementChild as HTMLElement;
  return {
    rootScrollWidth: root.scrollWidth,
    rootClientWidth: root.clientWidth,
    pageScrollWidth: page.scrollWidth,
    pageClientWidth: width,
    overflowing,
    background: getComputedStyle(provider).backgroundColor,
    color: getComputedStyle(provider).color,
    uncoveredHeight: Math.max(0, page.scrollHeight - provider.getBoundingClientRect().height),
    lowContrast,
    smallestFontPx,
  };
}

/**
 * Function names (the list's <code> elements) that wrap inside a word, shown
 * with "|" where the line breaks ("=HISAB.CONTRAT.LIG|NES"). A break right
 * after a dot is fine.
 */
export function namesBrokenInsideAWord(): string[] {
  const broken: string[] = [];
  for (const code of Array.from(document.querySelectorAll("li code"))) {
    const chars: { ch: string; top: number }[] = [];
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        chars.push({ ch: text[i], top: Math.round(range.getBoundingClientRect().top) });
      }
    }
    let shown = "";
    let inWord = false;
    chars.forEach(({ ch, top }, i) => {
      if (i > 0 && top > chars[i - 1].top + 2) {
        shown += "|";
        if (chars[i - 1].ch !== ".") inWord = true;
      }
      shown += ch;
    });
    if (inWord) broken.push(shown);
  }
  return broken;
}

/** Perceived lightness of a CSS rgb() colour, 0 (black) to 1 (white). */
export function lightness(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
}
