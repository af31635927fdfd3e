// The built command (dist/cli/bin.js) as a process: `| head -1` ends it quietly (EPIPE), Ctrl-C
// (SIGINT) stops it with the summary so far and exit 130, and the progress line shows only on a
// terminal.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, type Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { inputWithYes } from '../support/fixtures.js';
import { builtBin, cli, lines, pipedToHeadOne, root } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'da-risk-cli-process-'));
const record = (n: number) => JSON.stringify(inputWithYes(n));

/** A JSON-lines file of `count` records (25 kinds, repeated). */
function recordsFile(name: string, count: number): string {
  const file = join(dir, name);
  const block = `${Array.from({ length: 25 }, (_, i) => record(i)).join('\n')}\n`;
  writeFileSync(file, block.repeat(Math.ceil(count / 25)));
  return file;
}

/** Spawns the built command with stdout and stderr piped. */
function spawnBin(args: string[], stdin: 'ignore' | 'pipe' = 'ignore') {
  const child = spawn(process.execPath, [builtBin(), ...args], { cwd: root, stdio: [stdin, 'pipe', 'pipe'] }) as ChildProcessByStdio<Writable | null, Readable, Readable>;
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += String(chunk)));
  child.stderr.on('data', (chunk) => (err += String(chunk)));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  const outputLines = (n: number) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (lines(out).length >= n) {
          child.stdout.off('data', check);
          resolve();
        }
      };
      child.stdout.on('data', check);
      check();
    });
  return { child, closed, outputLines, out: () => out, err: () => err };
}

describe('the built command as a process', () => {
  it('cli-epipe-head: `da-risk assess FILE | head -1` prints one result and exits 0 with nothing on stderr', () => {
    // Far more output than a pipe holds, so head leaves while the command is still writing.
    const file = recordsFile('head.ndjson', 2_000);
    const errFile = join(dir, 'head.err');
    const piped = pipedToHeadOne(['assess', file], errFile);
    expect(piped.exit).toBe('exit:0\n');
    expect(lines(piped.out)).toHaveLength(1);
    expect(JSON.parse(piped.out).line).toBe(1);
    expect(piped.err).toBe('');
  });

  it('cli-sigint: Ctrl-C on a long run stops it, writes the summary so far (matching the output) and exits 130', async () => {
    const total = 60_000;
    const run = spawnBin(['assess', recordsFile('long.ndjson', total)]);
    await run.outputLines(1);
    run.child.kill('SIGINT');
    const { code } = await run.closed;
    expect(code).toBe(130);
    const written = lines(run.out()).length;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(total);
    const [summary, note, ...rest] = lines(run.err());
    expect(summary).toBe(`${written} record${written === 1 ? '' : 's'}, 0 failed; ${summary!.split('; ')[1]}`);
    expect(note).toMatch(/^da-risk: interrupted \(Ctrl-C\): the results of the records counted above were written; run again to do the rest$/);
    expect(rest).toEqual([]);
    // Not a terminal: no progress line.
    expect(run.err()).not.toContain('\r');
  });

  it('cli-sigint-stdin: Ctrl-C while waiting for more input on stdin stops at once with the summary so far', async () => {
    const run = spawnBin(['assess', '--out', 'csv'], 'pipe');
    run.child.stdin!.write(`${record(3)}\n${record(14)}\n`);
    await run.outputLines(3); // the CSV header and two rows
    run.child.kill('SIGINT');
    const { code } = await run.closed;
    expect(code).toBe(130);
    expect(lines(run.err())[0]).toBe('2 records, 0 failed; standard: 1, high: 1');
    run.child.stdin!.destroy();
  });
});

describe('progress and interrupts in-process', () => {
  it('cli-progress: on a terminal, a progress line is drawn at most once a second and cleared before the summary; never otherwise', async () => {
    const input = Array.from({ length: 6 }, (_, i) => record(i)).join('\n');
    let now = 0;
    const clock = () => (now += 600); // every read of the clock is 0.6 s later
    const shown = await cli(['assess'], input, { interactive: true, now: clock });
    expect(shown.code).toBe(0);
    const progress = shown.err.match(/\r\u001b\[K\d+ records?, \d+ failed/g) ?? [];
    expect(progress.length).toBeGreaterThan(0);
    expect(shown.err).toMatch(/\r\u001b\[K6 records, 0 failed; standard: 6\n$/);
    expect(await cli(['assess'], input, { interactive: false, now: clock })).toMatchObject({ err: '6 records, 0 failed; standard: 6\n' });
    expect((await cli(['assess', '--quiet'], input, { interactive: true, now: clock })).err).toBe('');
  });

  it('cli-interrupt: an aborted signal stops the run, even while it waits for input, with the summary so far, exit 130', async () => {
    const interrupt = new AbortController();
    async function* input(): AsyncGenerator<Buffer> {
      yield Buffer.from(`${record(3)}\n${record(14)}\n`);
      // Then nothing more, as a terminal or a pipe that is still open.
      await new Promise(() => undefined);
    }
    const stdout = new PassThrough();
    let written = '';
    stdout.on('data', (chunk) => {
      written += String(chunk);
      if (lines(written).length === 2) interrupt.abort();
    });
    const { code, err } = await cli(['assess', '--quiet'], Readable.from(input()), { signal: interrupt.signal, stdout });
    expect(code).toBe(130);
    expect(lines(written).map((line) => JSON.parse(line).line)).toEqual([1, 2]);
    // Even with --quiet: an interrupted run always says where it stopped.
    expect(lines(err)).toEqual(['2 records, 0 failed; standard: 1, high: 1', expect.stringMatching(/^da-risk: interrupted/)]);
  });
});
