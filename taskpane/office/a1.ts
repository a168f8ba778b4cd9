/** A1 addresses on one sheet, 0-based inside the code, so writers can compute blocks without asking Excel. */

export interface CellPosition {
  row: number;
  col: number;
}

export function parseCell(address: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(address.trim());
  if (!match) throw new Error(`Not a single-cell A1 address: "${address}"`);
  const col = [...match[1].toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellAddress({ row, col }: CellPosition): string {
  return columnLetters(col) + (row + 1);
}

/** "B2:D11" for the rows × cols block whose top-left cell is `topLeft` ("B2" for one cell). */
export function blockAddress(topLeft: CellPosition, rows: number, cols: number): string {
  const first = cellAddress(topLeft);
  if (rows === 1 && cols === 1) return first;
  return `${first}:${cellAddress({ row: topLeft.row + rows - 1, col: topLeft.col + cols - 1 })}`;
}

/** "C:C": a whole column, for widths. */
export function columnAddress(col: number): string {
  const letters = columnLetters(col);
  return `${letters}:${letters}`;
}

export function grid<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array<T>(cols).fill(value));
}
