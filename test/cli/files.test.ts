// Files the user names that cannot be used: each case has its own message, names the path the
// user gave (their path, never a record's content), says what to do, is exit 2 with nothing on
// stdout, and is prefixed `da-risk:` once.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliFiles } from '../../src/cli/io.js';
import { inputWithYes } from '../support/fixtures.js';
import { builtBin, cli, fixture } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'cli-files-'));
const record = JSON.stringify(inputWithYes(3));

/** A file system whose every open fails with the given error code, as the real one would. */
function failingFiles(code: string): CliFiles {
  return {
    open: async (path: string): Promise<FileHandle> => {
      throw Object.assign(new Error(`${code}: operation failed, open '${path}'`), { code, path });
    },
  };
}

/** Exactly one line on stderr, `da-risk: ` once, and nothing on stdout. */
function expectOneMessage(result: { code: number; out: string; err: string }): string {
  expect(result.code).toBe(2);
  expect(result.out).toBe('');
  expect(result.err.split('\n').filter((line) => line !== '')).toHaveLength(1);
  expect(result.err.match(/da-risk:/g)?.length).toBe(1);
  expect(result.err).toMatch(/^da-risk: /);
  return result.err;
}

describe('files that cannot be used', () => {
  it('cli-file-missing: a missing input file is named and the user told to check the path', async () => {
    const path = join(dir, 'missing.csv');
    expect(expectOneMessage(await cli(['assess', path]))).toBe(`da-risk: the input file "${path}" could not be found: check the path (relative paths start from the current folder)\n`);
  });

  it('cli-file-directory: a folder given as the input is named as a folder', async () => {
    expect(expectOneMessage(await cli(['assess', dir]))).toBe(`da-risk: the input file "${dir}" is a folder, not a file: give the path of a file\n`);
  });

  it('cli-file-permission: an input the user may not read says permission denied (an injected EACCES, so it runs as root too)', async () => {
    const path = join(dir, 'locked.csv');
    const err = expectOneMessage(await cli(['assess', path], '', { files: failingFiles('EACCES') }));
    expect(err).toBe(`da-risk: the input file "${path}" could not be read: permission denied; check the file's permissions (ls -l) or use a copy you can read\n`);
    expect(expectOneMessage(await cli(['assess', path], '', { files: failingFiles('EPERM') }))).toMatch(/permission denied/);
    // The errors file and a policy file get the same treatment, for writing and reading.
    expect(expectOneMessage(await cli(['assess', '--errors', path], record, { files: failingFiles('EACCES') }))).toMatch(
      /^da-risk: the errors file ".*locked\.csv" could not be written: permission denied; .* a copy you can write\n$/,
    );
    expect(expectOneMessage(await cli(['assess', '--policy', join(dir, 'p.json')], record, { files: failingFiles('EACCES') }))).toMatch(/^da-risk: the policy file ".*p\.json" could not be read: permission denied/);
  });

  // chmod cannot deny root a read, so under root (as in CI containers) the built command is run
  // as the unprivileged user `nobody`, whom it does deny.
  const asRoot = process.getuid?.() === 0;
  it('cli-file-permission-chmod: a real chmod 000 input is refused with the permission message', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'cli-chmod-'));
    chmodSync(shared, 0o755);
    const path = join(shared, 'chmod-000.csv');
    writeFileSync(path, 'instrument,edition\n');
    chmodSync(path, 0o000);
    try {
      if (asRoot) {
        const run = spawnSync(process.execPath, [builtBin(), 'assess', path], { encoding: 'utf8', uid: 65_534, gid: 65_534 });
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^da-risk: the input file ".*chmod-000\.csv" could not be read: permission denied/);
      } else {
        expect(expectOneMessage(await cli(['assess', path]))).toMatch(/could not be read: permission denied/);
      }
    } finally {
      chmodSync(path, 0o600);
    }
  });

  it('cli-file-empty: an empty file, a file of blank lines and a CSV with only a header each have their own message', async () => {
    expect(expectOneMessage(await cli(['assess', fixture('empty.csv')]))).toMatch(/^da-risk: the input file ".*empty\.csv" is empty: check that it was saved or exported completely\n$/);
    expect(expectOneMessage(await cli(['assess', fixture('blank-lines.ndjson')]))).toMatch(/".*blank-lines\.ndjson" holds only blank lines/);
    expect(expectOneMessage(await cli(['assess', fixture('header-only.csv'), '--out', 'csv']))).toMatch(/".*header-only\.csv" has a CSV header and no rows/);
    // An empty pipe is a filter upstream that found nothing: no records, exit 0; a CSV header is still written.
    expect(await cli(['assess', '--out', 'csv'], '')).toEqual({ code: 0, out: expect.stringMatching(/^line,id,/), err: '0 records, 0 failed\n' });
    // So is a JSON file holding an empty array, on purpose.
    const emptyArray = join(dir, 'none.json');
    writeFileSync(emptyArray, '[]');
    expect((await cli(['assess', emptyArray])).code).toBe(0);
  });

  it('cli-file-other-errors: a failure with another code names the code and the file, and a full disk says so', async () => {
    const path = join(dir, 'x.ndjson');
    expect(expectOneMessage(await cli(['assess', path], '', { files: failingFiles('EIO') }))).toBe(`da-risk: the input file "${path}" could not be read (EIO); check the file and the disk, then try again\n`);
    // A disk that fills while the errors file is written: the results so far are out, the message is one line.
    const full = await cli(['assess', '--errors', '/dev/full'], `${record}\n{not json\n`);
    expect(full.code).toBe(2);
    expect(full.err).toBe('da-risk: the errors file "/dev/full" could not be written: the disk is full; free some space or give a path on another disk\n');
  });

  it('cli-file-path-escaped: a path with control characters is written escaped, so it cannot break the terminal', async () => {
    const err = expectOneMessage(await cli(['assess', join(dir, 'a\u001b[31mb\nc.csv')]));
    expect(err).toContain('a\\u001b[31mb\\nc.csv');
    expect(err).not.toContain('\u001b');
  });

  it('cli-no-repeated-prefix: a library error is written with da-risk: once, and points to what to do', async () => {
    const { code, err } = await cli(['schema', 'dash-ric', '--edition', '2031']);
    expect(code).toBe(2);
    expect(err).toMatch(/^da-risk: unknown-edition: instrument\.edition: names no edition/);
    expect(err).not.toMatch(/da-risk: da-risk/);
    expect(err).toMatch(/Run da-risk instruments to list the editions/);
    // A policy file the library refuses: named, with the fields (never the values), prefix once.
    const policy = join(dir, 'bad-policy.json');
    writeFileSync(policy, JSON.stringify({ id: 'SECRET-policy', bands: 'SECRET' }));
    const refused = await cli(['assess', '--policy', policy], record);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^da-risk: the policy file ".*bad-policy\.json" is not a valid scoring policy \(.+\); correct those fields\n$/);
    expect(refused.err).not.toMatch(/da-risk: da-risk|SECRET/);
  });
});
