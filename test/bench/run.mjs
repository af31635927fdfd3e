// `npm run bench`: every measure of issue 15 in one run on this machine, each with its target
// met or not — scoring against the plain count-and-band loop, validation, DARA and RIM, the case
// rules, and the command line (one core and worker threads). Prints what it measured; it is not a
// timed test and never fails on speed. See "Benchmarks" in the README for what each row means and
// what profiling found.
import { cpus } from 'node:os';
import { printRow } from './measure.mjs';

const parts = [
  ['Scoring and validation (DASH RIC 2009)', './scoring.mjs'],
  ['DARA and RIM', './dara-rim.mjs'],
  ['Case rules', './case.mjs'],
  ['Command line', './cli.mjs'],
];
const only = process.argv[2];
const all = [];
console.log(`da-risk benchmark, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})`);
for (const [title, file] of parts) {
  if (only !== undefined && !file.includes(only)) continue;
  console.log(`\n${title}`);
  const { run } = await import(file);
  const rows = await run();
  for (const row of rows) printRow(row);
  all.push(...rows);
  globalThis.gc?.();
}
const targets = all.filter((row) => row.met !== null);
const missed = targets.filter((row) => !row.met);
console.log(`\nTargets: ${targets.length - missed.length} of ${targets.length} met${missed.length > 0 ? `; not met: ${missed.map((row) => row.measure).join('; ')}` : ''}.`);
