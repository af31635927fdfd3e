/**
 * Writing CSV (RFC 4180) for spreadsheets, guarded against formula
 * injection as OWASP recommends: text that a spreadsheet would run as a
 * formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is
 * written with a single quote in front and in double quotes, so opening the
 * output never runs what a record held. The quote is visible in the cell by
 * design, and {@link CsvReader} does not strip it: the output is for people
 * reading spreadsheets, and a cell is never silently changed back.
 *
 * Rows end with LF, which every spreadsheet and CSV reader accepts.
 *
 * @module
 */

/** A cell: text (guarded), a number or a boolean (written as is), or null (empty). @internal */
export type CsvCell = string | number | boolean | null;

/** Characters that make a spreadsheet read a cell as a formula when they come first (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Characters that need the field quoted: a quote, a comma, a line break, or a byte order mark in front. */
const NEEDS_QUOTES = /[",\r\n]|^\uFEFF/;

/**
 * Whether text would be read by a spreadsheet as a formula, and is therefore
 * written with a single quote in front.
 *
 * @example
 * ```ts
 * isFormulaLike('=1+1'); // true
 * isFormulaLike('a-1');  // false
 * ```
 * @internal
 */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * One cell as CSV text: quoted when it holds a quote, a comma or a line
 * break; text that looks like a formula gets a single quote in front and is
 * quoted.
 *
 * @example
 * ```ts
 * csvCell('a,b');   // '"a,b"'
 * csvCell('+44 1'); // `"'+44 1"`
 * csvCell(-1);      // '-1' (a number is not text from a record)
 * csvCell(null);    // ''
 * ```
 * @internal
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  if (isFormulaLike(value)) return `"'${value.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One row as a CSV line, LF included. A row of one empty cell is
 * written `""`, so it is not read back as a blank line.
 *
 * @example
 * ```ts
 * csvRow(['line', 'id']); // 'line,id\n'
 * csvRow([2, 'a "b"']);   // '2,"a ""b"""\n'
 * ```
 * @internal
 */
export function csvRow(cells: readonly CsvCell[]): string {
  if (cells.length === 1 && (cells[0] === '' || cells[0] === null)) return '""\n';
  return `${cells.map(csvCell).join(',')}\n`;
}
