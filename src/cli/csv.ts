/**
 * The small part of CSV (RFC 4180) the command line reads and writes: one
 * record per line, fields separated by commas, quoted when they hold a comma,
 * a quote or a line break. A quoted field may not span lines here.
 *
 * @module
 */

/**
 * Splits one CSV line into fields, or returns null when its quotes are unbalanced.
 *
 * @internal
 */
export function parseCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
    i++;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

/**
 * Formats fields as one CSV line.
 *
 * @internal
 */
export function formatCsvLine(fields: readonly (string | number | null)[]): string {
  return fields
    .map((value) => {
      // Text a spreadsheet would run as a formula (=, +, -, @, tab or return first) is written with a leading
      // apostrophe, so opening the output never runs what a record held.
      const text = value === null ? '' : typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}
