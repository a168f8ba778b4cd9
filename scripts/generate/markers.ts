/**
 * Generated blocks inside hand-written files: between two HTML comments, so
 * the prose around them stays whoever wrote it. A block not there yet is
 * inserted where `insertAt` says, once; later runs replace only its inside.
 */

const begin = (key: string) => `<!-- BEGIN GENERATED ${key} (npm run generate) -->`;
const end = (key: string) => `<!-- END GENERATED ${key} -->`;

export function withBlock(text: string, key: string, content: string, insertAt: (text: string) => number): string {
  const block = `${begin(key)}\n${content.trimEnd()}\n${end(key)}`;
  const from = text.indexOf(begin(key));
  if (from >= 0) {
    const to = text.indexOf(end(key), from);
    if (to < 0) throw new Error(`"${begin(key)}" has no "${end(key)}"`);
    return text.slice(0, from) + block + text.slice(to + end(key).length);
  }
  const at = insertAt(text);
  const rest = text.slice(at).replace(/^\n*/, "");
  return `${text.slice(0, at).replace(/\n*$/, "\n\n")}${block}\n${rest === "" ? "" : `\n${rest}`}`;
}

/** Index just past the line that contains `needle` (searching from `from`). */
export function afterLine(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not found`);
  const eol = text.indexOf("\n", at);
  return eol < 0 ? text.length : eol + 1;
}
