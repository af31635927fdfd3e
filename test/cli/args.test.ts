// Arguments: --version, help for each command, and strict parsing (node:util parseArgs) whose
// refusals are exit 2, name the argument by position and never repeat what was typed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/args.js';
import { ASSESS_COLUMNS, MARAC_COLUMNS } from '../../src/cli/output.js';
import { cli, root } from './helpers.js';

const version = (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string }).version;

describe('arguments', () => {
  it('cli-version: --version prints the package version and exits 0', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: `${version}\n`, err: '' });
    expect(await cli(['-V'])).toEqual({ code: 0, out: `${version}\n`, err: '' });
    expect((await cli(['--version', 'extra'])).code).toBe(2);
  });

  it('cli-help: da-risk --help lists the commands; da-risk <command> --help and help <command> print that command\'s help on stdout', async () => {
    const general = await cli(['--help']);
    expect(general.code).toBe(0);
    for (const command of COMMANDS) expect(general.out).toContain(`  ${command}`);
    expect((await cli(['help'])).out).toBe(general.out);
    for (const command of COMMANDS) {
      const help = await cli([command, '--help']);
      expect(help).toMatchObject({ code: 0, err: '' });
      expect(help.out).toMatch(new RegExp(`^Usage: da-risk ${command}`));
      expect((await cli([command, '-h'])).out).toBe(help.out);
      expect((await cli(['help', command])).out).toBe(help.out);
      // Help wins over anything else given with it, even an option the command does not know.
      expect(await cli([command, '--no-such-option', '--help'])).toEqual(help);
    }
    // No command: the general help on stderr, exit 2.
    expect(await cli([])).toEqual({ code: 2, out: '', err: general.out });
  });

  it('cli-help-content: assess --help documents the CSV input columns, the output columns and the exit codes', async () => {
    // The output columns as listed (wrapped over lines) are the columns written.
    const columns = (help: string) => help.split('CSV output columns:\n')[1]!.split('\nLists')[0]!.replace(/\s+/g, ' ').trim();
    const assess = (await cli(['assess', '--help'])).out;
    for (const text of ['ITEM.comment', 'ITEM.source', 'ITEM.options', 'byte order mark', 'JSON lines', '130 interrupted']) expect(assess).toContain(text);
    expect(columns(assess)).toBe(ASSESS_COLUMNS.join(', '));
    const marac = (await cli(['marac', '--help'])).out;
    for (const text of ['never CSV', '--scoring']) expect(marac).toContain(text);
    expect(columns(marac)).toBe(MARAC_COLUMNS.join(', '));
  });

  it('cli-unknown-option: an unknown option is exit 2, named by position with the command\'s help pointed to, never echoed', async () => {
    const { code, out, err } = await cli(['assess', 'in.csv', '--jane-doe=07700900123']);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toBe('da-risk: argument 3 is not an option da-risk knows for assess\nRun da-risk assess --help for usage.\n');
    expect((await cli(['schema', '-x'])).err).toMatch(/^da-risk: argument 2 is not an option da-risk knows for schema\n/);
    // An option of another command is not one of this one's.
    expect((await cli(['instruments', '--policy', 'x'])).err).toMatch(/argument 2 is not an option da-risk knows for instruments/);
  });

  it('cli-option-values: a missing value, a value given to a switch, and too many arguments are refused by position', async () => {
    expect((await cli(['assess', '--policy'])).err).toMatch(/^da-risk: argument 2: --policy needs a value/);
    expect((await cli(['assess', '--policy', '--quiet'])).err).toMatch(/argument 2: --policy needs a value \(one that starts with - is given as --policy=-…\)/);
    expect((await cli(['assess', '--quiet=SECRET'])).err).toMatch(/^da-risk: argument 2: --quiet takes no value\n/);
    const extra = await cli(['assess', 'a.csv', 'SECRET.csv']);
    expect(extra.code).toBe(2);
    expect(extra.err).toMatch(/^da-risk: assess takes one file \(or - for stdin\); argument 3 is one too many/);
    expect((await cli(['--policy', 'x', 'assess'])).err).toMatch(/argument 1 is an option: give the command first/);
    for (const result of [await cli(['assess', '--quiet=SECRET']), extra]) expect(result.err).not.toContain('SECRET');
  });

  it('cli-option-terminator: after --, an argument starting with - is a file name', async () => {
    const { code, err } = await cli(['assess', '--', '-in.ndjson']);
    expect(code).toBe(2);
    expect(err).toMatch(/the input file "-in\.ndjson" could not be found/);
  });
});
