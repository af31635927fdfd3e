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
 * Whether text can be written as it is: it does not start like a formula or
 * with a byte order mark, and holds no quote, comma or line break. Most
 * cells can; a loop over their characters finds so faster than two patterns.
 */
function isPlain(text: string): boolean {
  const first = text.charCodeAt(0);
  // = + - @ tab CR BOM
  if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d || first === 0xfeff) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // " , LF CR
    if (c === 0x22 || c === 0x2c || c === 0x0a || c === 0x0d) return false;
  }
  return true;
}

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
  if (isPlain(value)) return value;
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
  let row = csvCell(cells[0] ?? null);
  for (let i = 1; i < cells.length; i++) row += `,${csvCell(cells[i]!)}`;
  return `${row}\n`;
}
