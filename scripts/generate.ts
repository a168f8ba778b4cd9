import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOG } from "../src/excel/catalog";
import { LANGUAGES } from "../src/excel/language";
import { functionsSource, FUNCTIONS_FILE } from "./generate/functionsSource";
import { referencePage, REFERENCE_FILES } from "./generate/reference";

/**
 * `npm run generate`: writes what derives from the function registry
 * (src/excel/catalog.ts): functions/functions.ts, and the generated blocks of
 * docs/functions.en.md and docs/functions.fr.md. test/generated.test.ts fails
 * when any of them is out of date.
 */

const root = join(__dirname, "..");

export function generatedFiles(): { file: string; content: string }[] {
  const read = (file: string) => readFileSync(join(root, file), "utf8");
  return [
    { file: FUNCTIONS_FILE, content: functionsSource(CATALOG) },
    ...LANGUAGES.map((lang) => ({ file: REFERENCE_FILES[lang], content: referencePage(read(REFERENCE_FILES[lang]), CATALOG, lang) })),
  ];
}

if (require.main === module) {
  for (const { file, content } of generatedFiles()) {
    const before = readFileSync(join(root, file), "utf8");
    if (before === content) continue;
    writeFileSync(join(root, file), content);
    console.log(`wrote ${file}`);
  }
}
