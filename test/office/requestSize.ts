/**
 * How big a request and its response are, in the one place they are
 * measured: the UTF-8 length of their JSON. A request is its commands (name
 * and arguments, a grid written being the bulk of it); a response is every
 * value loaded. Office's own envelope (object paths, ids) adds a little per
 * command that is not counted: the numbers are a floor on what Excel checks
 * against its 5 MB limit.
 */

export interface Measured {
  where: string;
  /** The command's arguments as JSON-safe data (an object passed in is named by its type). */
  payload?: unknown;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one character of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? "");

export const requestBytes = (commands: readonly Measured[]): number => jsonBytes(commands.map((c) => (c.payload === undefined ? [c.where] : [c.where, c.payload])));
