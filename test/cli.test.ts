import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { inputWithYes } from './support/fixtures.js';

async function cli(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += String(chunk)));
  stderr.on('data', (chunk) => (err += String(chunk)));
  input.end(stdin);
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
    expect(out.trim().split('\n')).toEqual([
      'line,id,instrument,edition,count,computedLevel,finalLevel,completeness,flags,policy,policyVersion',
      '2,a-1,dash-ric,2009,1,standard,standard,incomplete,unknowns-could-reach-threshold;strangulation,common-local-bands,2',
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
    const { commonLocalBands } = await import('../src/index.js');
    writeFileSync(policy, JSON.stringify({ ...commonLocalBands, id: 'exampleshire', bands: [{ level: 'standard', min: 0 }, { level: 'high', min: 3 }] }));
    const { out } = await cli(['assess', '--policy', policy], JSON.stringify(inputWithYes(3)));
    expect(JSON.parse(out).result).toMatchObject({ policy: { id: 'exampleshire' }, computed: { level: 'high' } });
    const bad = await cli(['assess', '--policy', 'lenient'], JSON.stringify(inputWithYes(3)));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown scoring policy lenient/);
  });

  it('checks MARAC routes in bulk', async () => {
    const { code, out } = await cli(['marac', '--policy', 'safelives-2009'], JSON.stringify({ now: '2025-01-10T00:00:00Z', victimAge: 40, events: [1, 2, 3].map((d) => ({ date: `2025-01-0${d}T00:00:00Z`, reportedTo: ['police'], crime: true })) }));
    expect(code).toBe(0);
    expect(JSON.parse(out).decision).toMatchObject({ outcome: 'refer-to-marac', policy: { id: 'safelives-2009' } });
  });

  it('usage errors exit 2 with a message', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['frobnicate'])).err).toMatch(/unknown command frobnicate/);
    expect((await cli(['assess', '--in', 'xml'])).err).toMatch(/--in must be/);
    expect((await cli(['assess', join(dir, 'missing.ndjson')])).err).toMatch(/could not be found/);
    expect((await cli(['help'])).code).toBe(0);
  });
});
