// `--jobs N`: worker threads process the records, and nothing a user can see changes: stdout,
// stderr (failure reports with their line numbers, the summary) and the exit code are byte for byte
// those of `--jobs 1`, on JSON lines, CSV and JSON files, with good, bad and blank records. These
// run the built command (dist/cli/bin.js, the workers' script), since a worker cannot load
// TypeScript sources.
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { inputWithYes } from '../support/fixtures.js';
import { builtBin, cli, fixture, lines, pipedToHeadOne, root } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'da-risk-cli-jobs-'));
const record = (n: number, id?: string) => JSON.stringify({ ...inputWithYes(n % 25), ...(id === undefined ? {} : { id }) });

/** Runs the built command; its stdout, stderr and exit code. */
function runBin(args: readonly string[]): { out: string; err: string; code: number | null } {
  const run = spawnSync(process.execPath, [builtBin(), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { out: run.stdout, err: run.stderr, code: run.status };
}

/** Writes a file in the test folder; its path. */
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/**
 * JSON lines over many 64 KiB chunks: good records (some with ids a spreadsheet would run),
 * lines that are not JSON, records the schema refuses, blank lines, CRLF and CR line ends, a
 * line over the cap given, and a last line with no line break.
 */
function mixedLines(count: number): string {
  const parts: string[] = [];
  for (let i = 1; i <= count; i++) {
    if (i % 97 === 0) parts.push('{not json');
    else if (i % 89 === 0) parts.push('{"instrument":{"id":"dash-ric","edition":"2009"},"answers":{"strangulation":{"value":"maybe"}}}');
    else if (i % 83 === 0) parts.push('   ');
    else if (i % 409 === 0) parts.push(`{"note":"${'x'.repeat(3000)}"}`);
    else parts.push(record(i, i % 7 === 0 ? `=id-${i}` : `id-${i}`));
    parts.push(i % 5 === 0 ? '\r\n' : i % 11 === 0 ? '\r' : '\n');
  }
  return parts.join('').trimEnd();
}

/** The spreadsheet fixture's rows, repeated: quoted fields over two lines, a BOM, CRLF; then a row with an unclosed quote. */
function bigCsv(copies: number): string {
  const [header, ...rows] = readFileSync(fixture('spreadsheet.csv'), 'utf8').split(/\r\n(?=case-|,,|$)/);
  return `${header}\r\n${Array.from({ length: copies }, () => rows.filter((row) => row !== '').join('\r\n')).join('\r\n')}\r\ncase-x,"never closed,2009,yes\r\n`;
}

describe('--jobs N: the same output as one thread', () => {
  const inputs = {
    ndjson: file('mixed.ndjson', mixedLines(3_000)),
    csv: file('sheet.csv', bigCsv(1_500)),
    json: file('array.json', `[${Array.from({ length: 2_500 }, (_, i) => (i % 301 === 0 ? '"not a record"' : record(i))).join(',\n')}]`),
  };

  for (const format of ['ndjson', 'csv', 'json'] as const) {
    it(`cli-jobs-identical: assess over ${format === 'ndjson' ? 'JSON lines' : format === 'csv' ? 'CSV' : 'a JSON file'}, out as JSON lines and CSV, is byte-identical for --jobs 1 and more`, () => {
      for (const out of ['ndjson', 'csv']) {
        const args = ['assess', inputs[format], '--out', out, '--max-line-bytes', '2048'];
        const one = runBin([...args, '--jobs', '1']);
        expect(one.code, `${format} → ${out}`).toBe(1);
        expect(lines(one.out).length).toBeGreaterThan(1_000);
        expect(one.err).toMatch(/^\{"line":/);
        for (const jobs of format === 'ndjson' ? ['2', '3'] : ['2']) {
          const many = runBin([...args, '--jobs', jobs]);
          expect({ ...many, out, jobs }).toEqual({ ...one, out, jobs });
        }
      }
    }, 120_000);
  }

  it('cli-jobs-reports: with --jobs 2, each failure is reported with its line number, in input order, and the summary counts every record', () => {
    const { code, err } = runBin(['assess', inputs.ndjson, '--jobs', '2', '--max-line-bytes', '2048']);
    expect(code).toBe(1);
    const [summary, ...rest] = lines(err).reverse();
    const reported = rest.reverse().map((line) => JSON.parse(line) as { line: number; code: string; issues: { rule: string }[] });
    const expected = [];
    for (let i = 1; i <= 3_000; i++) {
      if (i % 97 === 0) expected.push({ line: i, rule: 'format' });
      else if (i % 89 === 0) expected.push({ line: i, rule: expect.any(String) });
      else if (i % 83 !== 0 && i % 409 === 0) expected.push({ line: i, rule: 'max-line-bytes' });
    }
    expect(reported.map((report) => ({ line: report.line, rule: report.issues[0]!.rule }))).toEqual(expected);
    const blank = Array.from({ length: 3_000 }, (_, i) => i + 1).filter((i) => i % 97 !== 0 && i % 89 !== 0 && i % 83 === 0).length;
    expect(summary).toMatch(new RegExp(`^${3_000 - blank} records, ${expected.length} failed; `));
  });

  it('cli-jobs-marac-errors-file: marac with --errors, --jobs 2 writes the same decisions and the same errors file', () => {
    const checks = readFileSync(fixture('marac.ndjson'), 'utf8').trim().split('\n');
    const path = file('checks.ndjson', `${Array.from({ length: 400 }, (_, i) => (i % 50 === 49 ? '{"now":"yesterday"}' : checks[i % checks.length])).join('\n')}\n`);
    const run = (jobs: string) => {
      const errors = join(dir, `marac-errors-${jobs}.ndjson`);
      const result = runBin(['marac', path, '--out', 'csv', '--errors', errors, '--jobs', jobs]);
      return { ...result, errors: readFileSync(errors, 'utf8') };
    };
    const one = run('1');
    expect(one.code).toBe(1);
    expect(lines(one.errors)).toHaveLength(8);
    expect(run('2')).toEqual(one);
  });

  it('cli-jobs-empty: an empty pipe and a file of blank lines behave as with one thread', () => {
    const blank = fixture('blank-lines.ndjson');
    expect(runBin(['assess', blank, '--jobs', '2'])).toEqual(runBin(['assess', blank]));
    const empty = spawnSync(process.execPath, [builtBin(), 'assess', '--out', 'csv', '--jobs', '2'], { cwd: root, encoding: 'utf8', input: '' });
    expect({ out: empty.stdout, err: empty.stderr, code: empty.status }).toEqual({ out: `${lines(runBin(['assess', fixture('formula.csv'), '--out', 'csv']).out)[0]}\n`, err: '0 records, 0 failed\n', code: 0 });
  });
});

describe('--jobs N: stopping early', () => {
  const many = file('many.ndjson', `${Array.from({ length: 60_000 }, (_, i) => record(i)).join('\n')}\n`);

  /** Spawns the built command with stdout and stderr piped. */
  function spawnBin(args: string[]) {
    const child = spawn(process.execPath, [builtBin(), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }) as ChildProcessByStdio<null, Readable, Readable>;
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += String(chunk)));
    child.stderr.on('data', (chunk) => (err += String(chunk)));
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const firstLine = new Promise<void>((resolve) => {
      const check = () => {
        if (out.includes('\n')) {
          child.stdout.off('data', check);
          resolve();
        }
      };
      child.stdout.on('data', check);
    });
    return { child, closed, firstLine, out: () => out, err: () => err };
  }

  it('cli-jobs-epipe: `da-risk assess FILE --jobs 2 | head -1` prints one result and exits 0 with nothing on stderr', () => {
    const errFile = join(dir, 'head.err');
    const piped = pipedToHeadOne(['assess', many, '--jobs', '2'], errFile);
    expect(piped.exit).toBe('exit:0\n');
    expect(lines(piped.out)).toHaveLength(1);
    expect(JSON.parse(piped.out).line).toBe(1);
    expect(piped.err).toBe('');
  });

  it('cli-jobs-sigint: Ctrl-C with --jobs 2 stops the run, writes the summary so far (matching the output, in order) and exits 130', async () => {
    const run = spawnBin(['assess', many, '--jobs', '2', '--out', 'csv']);
    await run.firstLine;
    run.child.kill('SIGINT');
    expect(await run.closed).toBe(130);
    const rows = lines(run.out()).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60_000);
    expect(rows.map((row) => Number(row.split(',')[0]))).toEqual(rows.map((_, i) => i + 1));
    const [summary, note, ...rest] = lines(run.err());
    expect(summary).toMatch(new RegExp(`^${rows.length} records?, 0 failed; `));
    expect(note).toMatch(/^da-risk: interrupted \(Ctrl-C\)/);
    expect(rest).toEqual([]);
  });
});

describe('--jobs N: the option', () => {
  it('cli-jobs-option: --jobs takes a whole number from 1 to 64; 0, negative, fractional and other values are exit 2 with the rule, never echoed', async () => {
    const line = record(3);
    for (const bad of ['0', '-1', '1.5', 'two', '65', '1e1', '']) {
      const refused = await cli(['assess', `--jobs=${bad}`], line);
      expect(refused, bad).toEqual({ code: 2, out: '', err: 'da-risk: --jobs must be a whole number from 1 to 64 (the number of cores is a good choice)\nRun da-risk assess --help for usage.\n' });
    }
    expect((await cli(['assess', '--jobs', '-2'], line)).err).toMatch(/--jobs needs a value/);
    expect((await cli(['marac', '--jobs=0'], line)).err).toMatch(/--jobs must be a whole number/);
    expect(await cli(['assess', '--jobs', '1'], line)).toEqual(await cli(['assess'], line));
    expect((await cli(['assess', '--help'])).out).toMatch(/--jobs N/);
  });
});
