import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { eachLine } from '../../src/cli/lines.js';
import { LineFramer, type Framed } from '../../src/cli/line-framer.js';
import { run } from '../../src/cli/main.js';
import { inputWithYes } from '../support/fixtures.js';
import { builtBin } from './helpers.js';

// A record with this id makes `assess` throw a plain TypeError (a stand-in for a library bug),
// whose message quotes the record: the command line must stop with exit 3 and never print it.
const PROBE = 'internal-error-probe';
vi.mock('../../src/api/assess.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/api/assess.js')>();
  return {
    ...real,
    assess: (input: unknown, options?: Parameters<typeof real.assess>[1]) => {
      if ((input as { id?: unknown } | null)?.id === PROBE) throw new TypeError(`cannot read SECRET-Jane-07700900123 of ${PROBE}`);
      return real.assess(input, options);
    },
  };
});

async function cli(args: string[], stdin: string | Readable = ''): Promise<{ code: number; out: string; err: string }> {
  const input = typeof stdin === 'string' ? new PassThrough() : stdin;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += String(chunk)));
  stderr.on('data', (chunk) => (err += String(chunk)));
  if (typeof stdin === 'string') (input as PassThrough).end(stdin);
  const code = await run(args, { stdin: input, stdout, stderr, interactive: false });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'da-risk-cli-'));
const SECRET = 'SECRET-Jane-07700900123';

describe('da-risk command line', () => {
  it('lists editions with their status', async () => {
    const { code, out } = await cli(['instruments']);
    expect(code).toBe(0);
    expect(out).toMatch(/dash-ric@2009\s+provisional\s+24 items/);
    expect(JSON.parse((await cli(['instruments', '--json'])).out)).toHaveLength(5);
  });

  it('prints JSON Schema and FHIR for an edition, and result schemas', async () => {
    expect(JSON.parse((await cli(['schema', 'dash-ric'])).out).$id).toMatch(/dash-ric@2009\.input\.json$/);
    expect(JSON.parse((await cli(['schema', 'police-dash', '--edition', '2009', '--format', 'fhir'])).out).resourceType).toBe('Questionnaire');
    expect(JSON.parse((await cli(['schema', '--result', 'dara'])).out).title).toMatch(/DARA result/);
    const bad = await cli(['schema', 'dash-ric', '--edition', '2031']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown-edition/);
  });

  it('assesses JSON lines, reports a bad record with its line, field and rule (no value), and goes on', async () => {
    const lines = [
      JSON.stringify(inputWithYes(14)),
      '',
      JSON.stringify({ instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: SECRET } } }),
      '{not json',
      JSON.stringify(inputWithYes(3)),
    ].join('\n');
    const { code, out, err } = await cli(['assess'], lines);
    expect(code).toBe(1);
    const results = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(results.map((r) => [r.line, r.result.computed.level])).toEqual([
      [1, 'high'],
      [5, 'standard'],
    ]);
    expect(err).toContain('"line":3');
    expect(err).toContain('"rule":"one-of"');
    expect(err).toContain('"line":4');
    expect(err).not.toContain(SECRET);
    expect(err).toMatch(/4 records, 2 failed; high: 1, standard: 1/);
  });

  it('reads CSV and writes CSV; writes errors to a file when asked', async () => {
    const csv = join(dir, 'in.csv');
    writeFileSync(csv, 'instrument,edition,id,strangulation,separation,threats-to-kill\ndash-ric,2009,a-1,yes,no,\ndash-ric,2009,a-2,"maybe, perhaps",no,yes\n');
    const errors = join(dir, 'errors.ndjson');
    const { code, out } = await cli(['assess', csv, '--out', 'csv', '--errors', errors, '--quiet']);
    expect(code).toBe(1);
    // Issue 14: assessedAt, the tally (yes … unanswered) and completeness are columns.
    expect(out.trim().split('\n')).toEqual([
      'line,id,instrument,edition,assessedAt,count,computedLevel,finalLevel,completeness,yes,no,dontKnow,declined,unanswered,flags,policy,policyVersion',
      '2,a-1,dash-ric,2009,,1,standard,standard,incomplete,1,1,0,0,22,unknowns-could-reach-threshold;strangulation,common-local-bands,2',
    ]);
    const reported = readFileSync(errors, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(reported).toEqual([{ line: 3, code: 'invalid-input', issues: [expect.objectContaining({ path: ['answers', 'strangulation', 'value'], rule: 'one-of' })] }]);
  });

  it('assesses DARA and RIM records too, and a JSON array file', async () => {
    const file = join(dir, 'mixed.json');
    writeFileSync(
      file,
      JSON.stringify([
        { instrument: { id: 'dara', edition: '2022-provisional' }, answers: {}, grade: { level: 'high', rationale: 'r', by: 'p', at: '2025-01-01T00:00:00Z' } },
        { instrument: { id: 'barnardos-rim', edition: '2009-provisional' }, assessedAt: '2025-01-01T00:00:00Z', answers: {}, children: [{ id: 'c', age: { years: 4 }, specialNeeds: false }] },
      ]),
    );
    const { code, out } = await cli(['assess', file]);
    expect(code).toBe(0);
    expect(out.trim().split('\n').map((line) => JSON.parse(line).result.kind)).toEqual(['dara', 'rim']);
  });

  it('uses a named or file policy, and refuses an unknown one', async () => {
    const policy = join(dir, 'policy.json');
    const { commonLocalBands } = await import('../../src/index.js');
    writeFileSync(policy, JSON.stringify({ ...commonLocalBands, id: 'exampleshire', bands: [{ level: 'standard', min: 0 }, { level: 'high', min: 3 }] }));
    const { out } = await cli(['assess', '--policy', policy], JSON.stringify(inputWithYes(3)));
    expect(JSON.parse(out).result).toMatchObject({ policy: { id: 'exampleshire' }, computed: { level: 'high' } });
    const bad = await cli(['assess', '--policy', 'lenient'], JSON.stringify(inputWithYes(3)));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/the scoring policy given is not a shipped one/);
    expect(bad.err).not.toMatch(/lenient/);
  });

  it('checks MARAC routes in bulk', async () => {
    const { code, out } = await cli(['marac', '--policy', 'safelives-2009'], JSON.stringify({ now: '2025-01-10T00:00:00Z', victimAge: 40, events: [1, 2, 3].map((d) => ({ date: `2025-01-0${d}T00:00:00Z`, reportedTo: ['police'], crime: true })) }));
    expect(code).toBe(0);
    expect(JSON.parse(out).decision).toMatchObject({ outcome: 'refer-to-marac', policy: { id: 'safelives-2009' } });
  });

  it('cli-no-echo: usage errors exit 2 with a message that never repeats what was typed', async () => {
    expect((await cli([])).code).toBe(2);
    const unknownCommand = (await cli(['frobnicate'])).err;
    expect(unknownCommand).toMatch(/the command given is not one of/);
    expect(unknownCommand).not.toMatch(/frobnicate/);
    const unknownOption = (await cli(['assess', '--jane-doe'])).err;
    expect(unknownOption).toMatch(/argument 2 is not an option da-risk knows/);
    expect(unknownOption).not.toMatch(/jane/);
    expect((await cli(['assess', '--in', 'xml'])).err).toMatch(/--in must be/);
    expect((await cli(['assess', join(dir, 'missing.ndjson')])).err).toMatch(/could not be found/);
    expect((await cli(['help'])).code).toBe(0);
  });
});

describe('da-risk command line: caps, refusals and exit codes (issue 11)', () => {
  const record = (n: number, id?: string) => JSON.stringify({ ...inputWithYes(n), ...(id === undefined ? {} : { id }) });
  const resultLines = (out: string) => out.trim().split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as { line: number });
  const reports = (err: string) => err.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { line: number; code: string; issues: { rule: string; message: string }[] });

  it('cli-line-cap: a line over --max-line-bytes is reported by number and the next record is read', async () => {
    const file = join(dir, 'long-line.ndjson');
    // A 5 MB line holding a secret, between two good records; CRLF line ends.
    writeFileSync(file, `${record(14)}\r\n{"note":"${SECRET}${'a'.repeat(5_000_000)}"}\r\n${record(3)}\r\n`);
    const { code, out, err } = await cli(['assess', file, '--max-line-bytes', '1024']);
    expect(code).toBe(1);
    expect(resultLines(out).map((r) => r.line)).toEqual([1, 3]);
    expect(reports(err)).toEqual([{ line: 2, code: 'invalid-input', issues: [{ path: [], rule: 'max-line-bytes', message: expect.stringMatching(/longer than 1024 bytes/) }] }]);
    expect(err).not.toContain(SECRET);
    expect(err).not.toContain('aaaa');
    // Exactly at the cap is read; one byte over is not.
    const line = record(3);
    expect((await cli(['assess', '--max-line-bytes', String(Buffer.byteLength(line))], line)).code).toBe(0);
    expect(reports((await cli(['assess', '--max-line-bytes', String(Buffer.byteLength(line) - 1)], line)).err)[0]?.issues[0]?.rule).toBe('max-line-bytes');
    // A CSV header over the cap: the command cannot run.
    expect((await cli(['assess', '--in', 'csv', '--max-line-bytes', '8'], 'instrument,edition\n')).code).toBe(2);
    // Issue 14: strict parseArgs takes a value starting with - only as --max-line-bytes=-1.
    for (const bad of ['0', '-1', '1.5', 'lots', String(256 * 1024 * 1024 + 1)]) {
      expect((await cli(['assess', `--max-line-bytes=${bad}`], line)).err).toMatch(/--max-line-bytes must be a whole number/);
    }
    expect((await cli(['assess', '--max-line-bytes', '-1'], line)).err).toMatch(/--max-line-bytes needs a value/);
  });

  it('cli-line-cap: lines split at LF, CR and CRLF wherever the chunks break, multi-byte characters intact, long lines by number', async () => {
    // As the bulk commands frame them: the framer over the chunks, then each framed part's lines.
    const collect = (chunks: Buffer[], max: number) => {
      const framer = new LineFramer(max);
      const out: (string | number)[] = [];
      const take = (framed: readonly Framed[]) => {
        for (const part of framed) {
          if (part.kind === 'too-long') out.push(-part.line);
          else eachLine(part, (_line, text) => out.push(text));
        }
      };
      for (const chunk of chunks) take(framer.push(chunk));
      take(framer.end());
      return out;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'é', '\u{1F600}', '\r', '\n', '\r\n'), { maxLength: 40 }).map((parts) => parts.join('')),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        async (text, cuts, max) => {
          const bytes = Buffer.from(text);
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((from, i) => bytes.subarray(from, [...at, bytes.length][i]));
          const lines = text.split(/\r\n|\r|\n/);
          if (lines.at(-1) === '') lines.pop();
          const expected = lines.map((line, i) => (Buffer.byteLength(line) > max ? -(i + 1) : line));
          expect(collect(chunks, max)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cli-line-cap: a 600 MB line streams by in bounded memory and the records after it are processed', async () => {
    // 600 chunks of 1 MiB, the same buffer each time, so only the reader can make memory grow.
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const before = process.memoryUsage();
    let peak = 0;
    async function* input(): AsyncGenerator<Buffer> {
      yield Buffer.from(`${record(14)}\n{"note":"`);
      for (let i = 0; i < 600; i++) {
        if (i % 16 === 0) {
          const now = process.memoryUsage();
          peak = Math.max(peak, now.heapUsed + now.arrayBuffers - before.heapUsed - before.arrayBuffers);
          // Fail fast, rather than run out of memory, if the line is being held.
          if (peak > 128 * 1024 * 1024) throw new Error('the reader is holding the long line');
        }
        yield chunk;
      }
      yield Buffer.from(`"}\n${record(3)}\n${record(20)}`);
    }
    const { code, out, err } = await cli(['assess'], Readable.from(input()));
    expect(err).not.toContain('holding');
    expect(code).toBe(1);
    expect(resultLines(out).map((r) => r.line)).toEqual([1, 3, 4]);
    expect(reports(err)).toEqual([expect.objectContaining({ line: 2, issues: [expect.objectContaining({ rule: 'max-line-bytes', message: expect.stringMatching(/8388608 bytes/) })] })]);
    expect(peak).toBeLessThan(128 * 1024 * 1024);
  });

  it('cli-csv-duplicate-column: a CSV header that names a column twice is refused, never an answer dropped', async () => {
    const csv = 'instrument,edition,strangulation,separation,strangulation\ndash-ric,2009,yes,no,no\n';
    const { code, out, err } = await cli(['assess', '--in', 'csv'], csv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/columns 3 and 5/);
    expect(err).not.toMatch(/strangulation/);
    const again = await cli(['assess', '--in', 'csv'], 'instrument,edition,edition\ndash-ric,2009,2009\n');
    expect(again.code).toBe(2);
  });

  it('cli-csv-proto-column: a __proto__, constructor or prototype column is refused and never reaches a prototype', async () => {
    for (const column of ['__proto__', 'constructor', 'prototype']) {
      const { code, out, err } = await cli(['assess', '--in', 'csv'], `instrument,edition,strangulation,${column}\ndash-ric,2009,yes,yes\n`);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/column 4 with a reserved name/);
    }
    expect(({} as { value?: unknown }).value).toBeUndefined();
  });

  it('cli-csv-inherited-name-column: a column named after an inherited member (toString, valueOf…) is an unknown item, never dropped nor written onto a built-in', async () => {
    for (const column of ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString', '__lookupGetter__']) {
      const { code, out, err } = await cli(['assess', '--in', 'csv'], `instrument,edition,strangulation,${column},${column}.comment\ndash-ric,2009,yes,yes,typed here\n`);
      expect(code, column).toBe(1);
      expect(out, column).toBe('');
      expect(err, column).toMatch(/"rule":"unknown-item"/);
      expect(err, column).not.toContain('typed here');
      expect((Object.prototype as unknown as Record<string, { value?: unknown; comment?: unknown }>)[column], column).not.toHaveProperty('value');
      expect((Object.prototype as unknown as Record<string, { value?: unknown; comment?: unknown }>)[column], column).not.toHaveProperty('comment');
    }
  });

  it('cli-epipe: stdout closed by its reader ends the run quietly with the code so far', async () => {
    const closingAfter = (lines: number) => {
      let written = 0;
      return new Writable({
        write(_chunk, _encoding, callback) {
          if (++written > lines) callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
          else callback();
        },
      });
    };
    const many = Array.from({ length: 50 }, (_, i) => record(i % 25)).join('\n');
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (chunk) => (err += String(chunk)));
    expect(await run(['assess'], { stdin: Readable.from([many]), stdout: closingAfter(1), stderr, interactive: false })).toBe(0);
    expect(err).toBe('');
    // A record had failed before the reader left: the code so far is 1.
    const failing = `${record(3)}\n{not json\n${many}`;
    expect(await run(['assess'], { stdin: Readable.from([failing]), stdout: closingAfter(1), stderr: new PassThrough(), interactive: false })).toBe(1);
    expect(await run(['instruments'], { stdin: new PassThrough(), stdout: closingAfter(0), stderr: new PassThrough(), interactive: false })).toBe(0);
  });

  it('cli-epipe: the executable piped into a reader that leaves early (| head -1) exits 0 without a stack trace', async () => {
    const file = join(dir, 'many.ndjson');
    writeFileSync(file, `${Array.from({ length: 20_000 }, (_, i) => record(i % 25)).join('\n')}\n`);
    const child = spawn(process.execPath, [builtBin(), 'assess', file], { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk) => (err += String(chunk)));
    let first = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk) => {
        first += String(chunk);
        if (first.includes('\n')) {
          child.stdout.destroy();
          resolve();
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(first.split('\n')[0]!).line).toBe(1);
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('cli-errors-file: an errors file that cannot be written is exit 2 with one line, no stack', async () => {
    const unopenable = await cli(['assess', '--errors', join(dir, 'no-such-dir', 'errors.ndjson')], `${record(3)}\n{not json`);
    expect(unopenable).toMatchObject({ code: 2, out: '' });
    // Issue 14: the message names the path given and says what to do.
    expect(unopenable.err).toBe(`da-risk: the errors file "${join(dir, 'no-such-dir', 'errors.ndjson')}" could not be created: its folder does not exist; create the folder or give another path\n`);
  });

  it('cli-errors-file: an errors file that fails while written (a full disk) is exit 2, no stack', async () => {
    const full = await cli(['assess', '--errors', '/dev/full'], `${record(3)}\n{not json\n${record(3)}`);
    expect(full.code).toBe(2);
    expect(full.err).toBe('da-risk: the errors file "/dev/full" could not be written: the disk is full; free some space or give a path on another disk\n');
  });

  it('cli-errors-not-input: --errors naming the input file is refused before anything is opened, and the records are kept', async () => {
    const file = join(dir, 'keep.ndjson');
    writeFileSync(file, `${record(3)}\n`);
    const same = await cli(['assess', file, '--errors', file]);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/--errors names the input file/);
    expect(readFileSync(file, 'utf8')).toBe(`${record(3)}\n`);
  });

  it('cli-errors-not-input: --errors naming the file stdin reads is refused too, and the records are kept', async () => {
    const file = join(dir, 'stdin.ndjson');
    writeFileSync(file, `${record(14)}\n`);
    const input = openSync(file, 'r');
    try {
      const run = spawnSync(process.execPath, [builtBin(), 'assess', '--errors', file], { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: [input, 'pipe', 'pipe'], encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/--errors names the input file/);
    } finally {
      closeSync(input);
    }
    expect(readFileSync(file, 'utf8')).toBe(`${record(14)}\n`);
  });

  it('cli-csv-formula-guard: a record id a spreadsheet would run as a formula is written as text', async () => {
    const { out } = await cli(['assess', '--out', 'csv'], `${record(3, '=HYPERLINK("http://x","y")')}\n${record(3, '+1')}\n${record(3, 'a-1')}`);
    const lines = out.trim().split('\n');
    expect(lines[1]).toMatch(/^1,"'=HYPERLINK\(""http:\/\/x"",""y""\)",/);
    // Issue 14: a guarded cell is quoted too, as OWASP recommends.
    expect(lines[2]).toMatch(/^2,"'\+1",/);
    expect(lines[3]).toMatch(/^3,a-1,/);
  });

  it('cli-no-echo: an unknown instrument for schema is not repeated', async () => {
    const { code, err } = await cli(['schema', 'jane-doe']);
    expect(code).toBe(2);
    expect(err).not.toMatch(/jane/);
  });

  it('cli-exit-codes: 0 all passed, 1 some failed, 2 could not run, 3 stopped on an internal error (one line; frames only with --debug)', async () => {
    expect((await cli(['assess'], record(3))).code).toBe(0);
    expect((await cli(['assess'], `${record(3)}\n{`)).code).toBe(1);
    expect((await cli(['assess', join(dir, 'absent.ndjson')])).code).toBe(2);
    expect((await cli(['assess', dir])).code).toBe(2); // a directory: the input could not be read
    const internal = await cli(['assess'], `${record(3)}\n${record(3, PROBE)}\n${record(3)}`);
    expect(internal.code).toBe(3);
    expect(resultLines(internal.out).map((r) => r.line)).toEqual([1]);
    expect(internal.err).toBe('da-risk: stopped on an internal error at line 2; the records before it were written. Run again with --debug to see where.\n');
    const debug = await cli(['assess', '--debug'], `${record(3, PROBE)}`);
    expect(debug.code).toBe(3);
    expect(debug.err).toMatch(/TypeError/);
    expect(debug.err).toMatch(/^\s+at /m);
    expect(debug.err).not.toContain(SECRET);
  });

  it('cli-no-values-in-messages: messages name lines, columns, paths and rules, never a record, key or file content', async () => {
    const results: { err: string }[] = [];
    results.push(await cli(['assess', '--in', 'csv'], `instrument,edition,${SECRET},${SECRET}\ndash-ric,2009,yes,yes\n`));
    results.push(await cli(['assess', '--in', 'csv'], `instrument,edition,"${SECRET}\ndash-ric,2009,yes\n`));
    results.push(await cli(['assess', '--in', 'csv'], `instrument,edition,strangulation\ndash-ric,2009,"${SECRET}\ndash-ric,2009,${SECRET},x\n`));
    results.push(await cli(['assess', '--max-line-bytes', '10'], `{"${SECRET}":1}\n{"a":"${SECRET}"`));
    results.push(await cli(['assess'], `{"instrument":{"id":"dash-ric","edition":"2009"},"answers":{"${SECRET}":{"value":"yes"}}}\n{"${SECRET}`));
    results.push(await cli(['assess', '--in', 'json'], `[{"${SECRET}":`));
    const policy = join(dir, 'secret-policy.json');
    writeFileSync(policy, `{"id": "${SECRET}", oops`);
    results.push(await cli(['assess', '--policy', policy], record(3)));
    results.push(await cli(['assess', '--debug'], record(3, PROBE)));
    for (const { err } of results) {
      expect(err).not.toBe('');
      expect(err).not.toContain(SECRET);
    }
  });
});
