// The command line's own CSV reader and writer (src/cli/csv-read.ts, src/cli/csv-write.ts):
// RFC 4180 as spreadsheets write it, property-tested for round trips, for any chunking of the
// bytes, and for never throwing on arbitrary input.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvBadRow, type CsvRow } from '../../src/cli/csv-read.js';
import { csvRecords } from '../../src/cli/csv-records.js';
import { csvCell, csvRow, isFormulaLike } from '../../src/cli/csv-write.js';
import { CouldNotRun } from '../../src/cli/errors.js';

/** Reads bytes cut into chunks at the given offsets. */
function read(bytes: Buffer, cuts: readonly number[] = [], max = 1 << 20): (CsvRow | CsvBadRow)[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const reader = new CsvReader(max);
  const rows: (CsvRow | CsvBadRow)[] = [];
  let from = 0;
  for (const to of [...at, bytes.length]) {
    // Each chunk in its own buffer, overwritten after use: the reader must keep copies of what it needs.
    const chunk = Buffer.from(bytes.subarray(from, to));
    rows.push(...reader.push(chunk));
    chunk.fill(0x78);
    from = to;
  }
  rows.push(...reader.end());
  return rows;
}

const text = (s: string, cuts?: readonly number[], max?: number) => read(Buffer.from(s, 'utf8'), cuts, max);

/** Characters that stress CSV: quotes, commas, line breaks, a BOM, formula starts, multi-byte text. */
const tricky = fc.constantFrom('a', 'b', ' ', '"', ',', '\r', '\n', '\r\n', '\uFEFF', '=', '+', '-', '@', '\t', "'", 'é', '\u{1F600}', ';');
const cellArb = fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join(''));
const tableArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });

describe('CSV reader (RFC 4180, as spreadsheets write it)', () => {
  it('cli-csv-bom: drops a UTF-8 byte order mark at the start only, wherever the chunks break', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a,b\n\uFEFFc,d\n')]);
    for (const cut of [0, 1, 2, 3, 4]) {
      expect(read(bytes, [cut])).toEqual([
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['\uFEFFc', 'd'] },
      ]);
    }
    // A file of only part of a BOM is read as the bytes it is.
    expect(read(Buffer.from([0xef, 0xbb]))).toEqual([{ line: 1, fields: ['\uFFFD'] }]);
  });

  it('cli-csv-crlf: rows end at CRLF, LF or CR; a CRLF split across chunks is one line break', () => {
    for (let cut = 0; cut <= 12; cut++) {
      expect(text('a,b\r\nc,d\re,f\ng', [cut])).toEqual([
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['c', 'd'] },
        { line: 3, fields: ['e', 'f'] },
        { line: 4, fields: ['g'] },
      ]);
    }
  });

  it('cli-csv-multiline: a quoted field keeps commas, doubled quotes and line breaks; the row is numbered by its first line', () => {
    const csv = 'id,comment\r\n1,"first, ""quoted""\r\nsecond\nthird"\r\n2,x\r\n';
    expect(text(csv)).toEqual([
      { line: 1, fields: ['id', 'comment'] },
      { line: 2, fields: ['1', 'first, "quoted"\r\nsecond\nthird'] },
      { line: 5, fields: ['2', 'x'] },
    ]);
  });

  it('cli-csv-edges: blank lines skipped, empty fields kept, "" is one empty field, a quote inside an unquoted field is a character', () => {
    expect(text('\n\r\n,\n""\na,,b,\n5" tall,x\n')).toEqual([
      { line: 3, fields: ['', ''] },
      { line: 4, fields: [''] },
      { line: 5, fields: ['a', '', 'b', ''] },
      { line: 6, fields: ['5" tall', 'x'] },
    ]);
    expect(text('')).toEqual([]);
    expect(text('a')).toEqual([{ line: 1, fields: ['a'] }]);
  });

  it('cli-csv-bad-rows: an unclosed quote and text after a closing quote are reported by line, and reading goes on where it can', () => {
    expect(text('a\n"x"y,z\nb\n"open,\nc\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, problem: 'text-after-quote' },
      { line: 3, fields: ['b'] },
      { line: 4, problem: 'unclosed-quote' },
    ]);
  });

  it('cli-csv-row-cap: a row over the cap (line break excluded) is dropped as it streams by and reported; the next row is read', () => {
    const row = '"ab\r\ncd",ef'; // 11 bytes
    expect(text(`${row}\r\nx\r\n`, [], 11)).toEqual([
      { line: 1, fields: ['ab\r\ncd', 'ef'] },
      { line: 3, fields: ['x'] },
    ]);
    for (let cut = 0; cut <= 14; cut++) {
      expect(text(`${row}\r\nx\r\n`, [cut, cut + 3], 10)).toEqual([
        { line: 1, problem: 'too-long' },
        { line: 3, fields: ['x'] },
      ]);
    }
  });

  it('cli-csv-never-throws: any bytes, any chunking, any cap: rows in order, each with a line number, and no exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.array(fc.nat(), { maxLength: 6 }), fc.integer({ min: 1, max: 64 }), (bytes, cuts, max) => {
        const rows = read(Buffer.from(bytes), cuts, max);
        let last = 0;
        for (const row of rows) {
          expect(row.line).toBeGreaterThan(last);
          last = row.line;
          if ('fields' in row) expect(row.fields.join(',').length).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('cli-csv-chunking: the same rows whatever the chunks', () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), (parts, cuts) => {
        const bytes = Buffer.from(parts.join(''));
        expect(read(bytes, cuts)).toEqual(read(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('cli-csv-records-typed-errors: reading records from arbitrary input throws nothing but the command line\'s own CouldNotRun', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 120 }), fc.array(tricky, { maxLength: 40 }).map((parts) => Buffer.from(`instrument,edition,x\n${parts.join('')}`))), async (bytes) => {
        try {
          for await (const record of csvRecords(Readable.from([Buffer.from(bytes)]), 64)) expect(record.line).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(CouldNotRun);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV writer (for spreadsheets, guarded against formula injection)', () => {
  it('cli-csv-formula-guard: text starting with =, +, -, @, tab or CR gets a single quote in front and is quoted (OWASP)', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+44')).toBe(`"'+44"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('=HYPERLINK("u")')).toBe(`"'=HYPERLINK(""u"")"`);
    // Numbers and booleans are the command's own values, not text from a record.
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a-1')).toBe('a-1');
    expect(csvCell("'already")).toBe("'already");
  });

  it('cli-csv-quoting: quotes, commas, line breaks and a leading BOM are quoted; a lone empty cell is ""', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('\uFEFFa')).toBe('"\uFEFFa"');
    expect(csvRow([''])).toBe('""\n');
    expect(csvRow([null])).toBe('""\n');
    expect(csvRow([1, 'x', null])).toBe('1,x,\n');
  });

  it('cli-csv-round-trip: any table of strings written by the writer is read back cell for cell (a formula-like cell keeps its visible quote)', () => {
    fc.assert(
      fc.property(tableArb, fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), (table, bom, cuts) => {
        let written = bom ? '\uFEFF' : '';
        const expected: CsvRow[] = [];
        for (const row of table) {
          // The line a row starts on: one more than the line breaks written before it.
          const line = 1 + (written.match(/\r\n|\r|\n/g)?.length ?? 0);
          expected.push({ line, fields: row.map((cell) => (isFormulaLike(cell) ? `'${cell}` : cell)) });
          written += csvRow(row);
        }
        expect(read(Buffer.from(written), cuts)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
