/** Files derived from the function registry are up to date: functions/functions.ts and the reference's generated blocks. */
import { readFileSync } from "fs";
import { join } from "path";
import { generatedFiles } from "../scripts/generate";
import { withBlock } from "../scripts/generate/markers";

describe.each(generatedFiles())("$file", ({ file, content }) => {
  test("is what `npm run generate` writes from src/excel/catalog.ts", () => {
    const onDisk = readFileSync(join(__dirname, "..", file), "utf8");
    if (onDisk !== content) throw new Error(`${file} is out of date: run \`npm run generate\` and commit the result`);
  });
});

describe("generated blocks in hand-written pages", () => {
  const page = "# Title\n\nProse before.\n\n## Section\n\nProse after.\n";
  const at = (text: string) => text.indexOf("## Section");

  test("a block is inserted once, then only its inside is replaced; the prose around stays", () => {
    const once = withBlock(page, "k", "first", at);
    expect(once).toBe("# Title\n\nProse before.\n\n<!-- BEGIN GENERATED k (npm run generate) -->\nfirst\n<!-- END GENERATED k -->\n\n## Section\n\nProse after.\n");
    const twice = withBlock(once, "k", "second", at);
    expect(twice).toBe(once.replace("first", "second"));
    expect(withBlock(twice, "k", "second", at)).toBe(twice);
  });

  test("a block without its end marker is an error, not a silent rewrite", () => {
    expect(() => withBlock("<!-- BEGIN GENERATED k (npm run generate) -->\nkept", "k", "x", at)).toThrow("has no");
  });
});
