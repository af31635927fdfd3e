// Shared by the command-line tests: run the command in-process on strings, find a fixture, and
// find the built executable (dist/cli/bin.js, built by `npx tsup --silent`; `npm test` builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PassThrough, Readable } from 'node:stream';
import { run, type CliIo } from '../../src/cli/main.js';

/** The repository's root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** A fixture under test/fixtures/cli/. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/cli/${name}`, import.meta.url));
}

/** The built command; fails with what to do when it has not been built. */
export function builtBin(): string {
  const bin = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
  if (!existsSync(bin)) throw new Error('dist/cli/bin.js is missing: run `npx tsup --silent` first (npm test builds it)');
  return bin;
}

/** Runs the command line in-process on a string (or stream) for stdin; collects stdout and stderr. */
export async function cli(args: string[], stdin: string | Readable = '', io: Partial<CliIo> = {}): Promise<{ code: number; out: string; err: string }> {
  const input = typeof stdin === 'string' ? Readable.from([Buffer.from(stdin)]) : stdin;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += String(chunk)));
  stderr.on('data', (chunk) => (err += String(chunk)));
  const code = await run(args, { stdin: input, stdout, stderr, interactive: false, ...io });
  return { code, out, err };
}

/** The lines of a text, without the empty one after a last line break. */
export function lines(text: string): string[] {
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}

/**
 * Runs the built command with `args` piped into `head -1`, stderr to `errFile`: what `head` printed,
 * the command's exit code (from bash's PIPESTATUS) and what the command wrote to stderr.
 */
export function pipedToHeadOne(args: readonly string[], errFile: string): { out: string; exit: string; err: string } {
  const shell = spawnSync('bash', ['-c', `"$0" "$@" 2>"$ERR" | head -1; echo "exit:\${PIPESTATUS[0]}" >&2`, process.execPath, builtBin(), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ERR: errFile },
  });
  return { out: shell.stdout, exit: shell.stderr, err: readFileSync(errFile, 'utf8') };
}
