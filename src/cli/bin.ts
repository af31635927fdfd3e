#!/usr/bin/env node
/**
 * The `da-risk` executable: runs the command line on the process's streams.
 * Ctrl-C (SIGINT) stops a run cleanly, with the summary so far and exit
 * 130; a second Ctrl-C ends the process at once.
 *
 * Run as a worker thread (by `--jobs N`), the same file serves batches of
 * records instead (see {@link serveBatches}).
 *
 * @module
 */
import { isMainThread } from 'node:worker_threads';
import { run } from './main.js';

function main(): void {
  // `run` watches the streams while it runs; an error after it has finished (stdout closed by
  // `| head` as the last line leaves, say) must not become an uncaught exception and a stack trace.
  const ignore = (): void => undefined;
  process.stdout.on('error', ignore);
  process.stderr.on('error', ignore);

  const interrupt = new AbortController();
  process.once('SIGINT', () => {
    interrupt.abort();
    process.once('SIGINT', () => process.exit(130));
  });

  // A progress line only on a terminal, and only when the results go elsewhere (a file, a pipe):
  // never into a log, and never between result lines on the same screen.
  const interactive = process.stderr.isTTY === true && process.stdout.isTTY !== true;

  run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, interactive, signal: interrupt.signal }).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      // run never rejects; if it did, that is an internal error (exit 3), reported without a stack.
      process.exitCode = 3;
    },
  );
}

if (isMainThread) main();
else await (await import('./bulk-worker.js')).serveBatches();
