#!/usr/bin/env node
/**
 * The `da-risk` executable: runs the command line on the process's streams.
 *
 * @module
 */
import { run } from './main.js';

run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, interactive: process.stderr.isTTY === true }).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
