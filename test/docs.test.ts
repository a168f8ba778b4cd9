/** The function reference documents every function of the catalog, in French and English, where the help links point. */
import { readFileSync } from "fs";
import { join } from "path";
import { CATALOG } from "../src/excel/catalog";

const anchor = (id: string) => id.toLowerCase().replace(/\./g, "");
const read = (lang: string) => readFileSync(join(__dirname, "..", "docs", `functions.${lang}.md`), "utf8");

describe.each(["en", "fr"] as const)("docs/functions.%s.md", (lang) => {
  const text = read(lang);
  test.each(CATALOG.map((f) => f))("documents $id with its signature and every parameter", (f) => {
    const heading = `## ${f.name[lang]}`;
    expect(text).toContain(heading);
    if (lang === "fr") expect(text).toContain(`<a id="${anchor(f.id)}"></a>`);
    const section = text.slice(text.indexOf(heading)).split("\n## ")[0];
    const sep = lang === "fr" ? "; " : ", ";
    const signature = f.params.map((p) => (p.optional ? `[${p.name[lang]}]` : p.name[lang])).join(sep);
    expect(section).toContain(`=HISAB.${f.name[lang]}(${signature})`);
  });
});
