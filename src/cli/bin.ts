#!/usr/bin/env node
/**
 * The `da-risk` executable: runs the command line on the process's streams.
 *
 * @module
 */
import { run } from './main.js';

// `run` watches the streams while it runs; an error after it has finished (stdout closed by
// `| head` as the last line leaves, say) must not become an uncaught exception and a stack trace.
const ignore = (): void => undefined;
process.stdout.on('error', ignore);
process.stderr.on('error', ignore);

run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, interactive: process.stderr.isTTY === true }).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    // run never rejects; if it did, that is an internal error (exit 3), reported without a stack.
    process.exitCode = 3;
  },
);
