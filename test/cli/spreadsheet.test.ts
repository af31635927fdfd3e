// CSV as an analyst's spreadsheet saves it, in and out: the fixtures under test/fixtures/cli/
// (a byte order mark, CRLF, a quoted comment over two lines, the header in another order), the
// extra columns for comments, sources and sub-options, the output's columns and its guard against
// formula injection, and `marac --out csv`.
import { createReadStream, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRow } from '../../src/cli/csv-read.js';
import { csvRecords } from '../../src/cli/csv-records.js';
import { ASSESS_COLUMNS, MARAC_COLUMNS } from '../../src/cli/output.js';
import { cli, fixture } from './helpers.js';

/** CSV output as one object per row, keyed by the header. */
function table(out: string): Record<string, string>[] {
  const reader = new CsvReader(1 << 20);
  const rows = [...reader.push(Buffer.from(out)), ...reader.end()] as CsvRow[];
  const [header, ...body] = rows.map((row) => row.fields);
  return body.map((fields) => Object.fromEntries(header!.map((name, i) => [name, fields[i]!])));
}

const reports = (err: string) => err.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { line: number; issues: { path: unknown[]; rule: string; message: string }[] });

describe('CSV from a spreadsheet', () => {
  it('cli-spreadsheet-fixture: a BOM, CRLF, a quoted comment over two lines with "" and a comma, and a reordered header are read as written', async () => {
    const bytes = readFileSync(fixture('spreadsheet.csv'));
    // The fixture is what it claims to be.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const records = [];
    for await (const record of csvRecords(createReadStream(fixture('spreadsheet.csv'), { highWaterMark: 7 }), 1 << 20)) records.push(record);
    expect(records).toEqual([
      {
        line: 2,
        value: {
          instrument: { id: 'dash-ric', edition: '2009' },
          id: 'case-001',
          assessedAt: '2025-03-01T10:00:00Z',
          answers: {
            strangulation: { comment: 'Said it happened twice, "last week" and before.\r\nSecond line of the note.', value: 'yes', source: 'victim' },
            'threats-to-kill': { value: 'yes', options: ['victim', 'children'] },
          },
        },
      },
      {
        line: 4,
        value: {
          instrument: { id: 'dash-ric', edition: '2009' },
          id: 'case-002',
          assessedAt: '2025-03-02T11:30:00+01:00',
          answers: { 'threats-to-kill': { value: 'no' }, strangulation: { value: 'dont-know' } },
        },
      },
      // Line 5 is a blank spreadsheet row (",,,,,,,,"): skipped.
      {
        line: 6,
        value: {
          instrument: { id: 'dash-ric', edition: '2009' },
          id: 'case-003',
          answers: { strangulation: { comment: 'One line, with a comma', value: 'no', source: 'practitioner' }, 'threats-to-kill': { value: 'declined' } },
        },
      },
    ]);
  });

  it('cli-csv-output-columns: assess --out csv has the tally, completeness and assessedAt columns', async () => {
    const { code, out, err } = await cli(['assess', fixture('spreadsheet.csv'), '--out', 'csv']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(ASSESS_COLUMNS.join(','));
    expect(table(out)).toEqual([
      expect.objectContaining({ line: '2', id: 'case-001', assessedAt: '2025-03-01T10:00:00Z', count: '2', completeness: 'incomplete', yes: '2', no: '0', dontKnow: '0', declined: '0', unanswered: '22' }),
      expect.objectContaining({ line: '4', id: 'case-002', assessedAt: '2025-03-02T11:30:00+01:00', count: '0', yes: '0', no: '1', dontKnow: '1', declined: '0', unanswered: '22' }),
      expect.objectContaining({ line: '6', id: 'case-003', assessedAt: '', yes: '0', no: '1', dontKnow: '0', declined: '1', unanswered: '22' }),
    ]);
    expect(err).toBe('3 records, 0 failed; standard: 3\n');
  });

  it('cli-csv-extra-columns: .source and .options are checked like JSON input; a bad one is reported by field path, never by value', async () => {
    const csv = 'instrument,edition,strangulation,strangulation.source,threats-to-kill,threats-to-kill.options\r\ndash-ric,2009,yes,SECRET-neighbour,yes,victim;SECRET-option\r\n';
    const { code, err } = await cli(['assess', '--in', 'csv'], csv);
    expect(code).toBe(1);
    expect(reports(err)[0]?.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining([['answers', 'strangulation', 'source'], ['answers', 'threats-to-kill', 'options', 1]]));
    expect(err).not.toContain('SECRET');
  });

  it('cli-csv-header-refusals: an unknown suffix, an extra column without its item, and a missing edition are refused by column number', async () => {
    const refusal = async (header: string) => (await cli(['assess', '--in', 'csv'], `${header}\r\ndash-ric,2009,yes,x\r\n`)).err;
    expect(await refusal('instrument,edition,strangulation,strangulation.SECRET')).toMatch(/column 4 with a suffix da-risk does not know/);
    expect(await refusal('instrument,edition,strangulation.comment,x')).toMatch(/column 3 for an item's comment but no column for the item's answer/);
    expect(await refusal('instrument,SECRET,strangulation,x')).toMatch(/needs an edition column/);
    for (const header of ['instrument,edition,strangulation,strangulation.SECRET', 'instrument,SECRET,strangulation,x']) expect(await refusal(header)).not.toContain('SECRET');
  });

  it('cli-csv-bad-rows: a row with an unclosed quote or text after a quote is reported by line and rule; the other rows are assessed', async () => {
    const unclosed = await cli(['assess', fixture('unclosed-quote.csv')]);
    expect(unclosed.code).toBe(1);
    expect(reports(unclosed.err)).toEqual([{ line: 3, code: 'invalid-input', issues: [{ path: [], rule: 'format', message: expect.stringMatching(/never closed/) }] }]);
    const after = await cli(['assess', fixture('text-after-quote.csv'), '--out', 'csv']);
    expect(after.code).toBe(1);
    expect(reports(after.err)).toEqual([{ line: 2, code: 'invalid-input', issues: [{ path: [], rule: 'format', message: expect.stringMatching(/text after its closing quote/) }] }]);
    expect(table(after.out).map((row) => row['id'])).toEqual(['a-2']);
  });

  it('cli-csv-formula-guard-output: ids from the input that a spreadsheet would run are written with a visible quote, quoted', async () => {
    const { code, out } = await cli(['assess', fixture('formula.csv'), '--out', 'csv']);
    expect(code).toBe(0);
    const rows = out.split('\n');
    expect(rows[1]).toMatch(/^2,"'=HYPERLINK\(""http:\/\/example\.invalid""\)",dash-ric,/);
    expect(table(out).map((row) => row['id'])).toEqual(["'=HYPERLINK(\"http://example.invalid\")", "'+44 7700 900000", "'-2+3", "'@SUM(A1)", "'\tTAB", "'\rCR", 'plain-1']);
    // No cell of the output starts with a formula character, except the command's own numbers.
    for (const row of table(out)) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+$)/);
  });

  it('cli-marac-csv: marac --out csv writes one row per decision under its header', async () => {
    const { code, out, err } = await cli(['marac', fixture('marac.ndjson'), '--policy', 'safelives-2009', '--out', 'csv']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(MARAC_COLUMNS.join(','));
    expect(table(out)).toEqual([
      expect.objectContaining({ line: '1', outcome: 'refer-to-marac', refer: 'true', routesMet: 'potential-escalation', actions: '', victimAge: '40', policy: 'safelives-2009' }),
      expect.objectContaining({ line: '2', outcome: 'no-referral', refer: 'false', routesMet: '' }),
      expect.objectContaining({ line: '3', outcome: 'children-safeguarding', refer: 'false', actions: 'childrens-safeguarding-referral:required', victimAge: '15' }),
    ]);
    expect(err).toMatch(/^3 records, 0 failed; refer-to-marac: 1, no-referral: 1, children-safeguarding: 1\n$/);
  });

  it('cli-marac-no-csv-input: marac refuses CSV input, by --in or by the extension, and says how to read JSON lines', async () => {
    expect((await cli(['marac', '--in', 'csv'])).err).toMatch(/--in must be ndjson or json/);
    const byExtension = await cli(['marac', fixture('formula.csv')]);
    expect(byExtension.code).toBe(2);
    expect(byExtension.err).toMatch(/marac reads JSON lines or a JSON file, not CSV/);
  });
});
