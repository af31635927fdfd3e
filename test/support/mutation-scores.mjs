// Prints mutation scores per file from Stryker's JSON report: with every mutant, and with
// string-literal mutants left out (a changed message is not a changed decision).
// Usage: node test/support/mutation-scores.mjs [report] [--min-without 90] [--min-with 80]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const reportPath = args.find((arg, i) => !arg.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? 'test/.out/mutation/mutation.json';
const minWithout = flag('--min-without', 90);
const minWith = flag('--min-with', 80);
const report = JSON.parse(readFileSync(reportPath, 'utf8'));

const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const score = (mutants) => {
  const counted = mutants.filter((m) => COUNTED.has(m.status));
  if (counted.length === 0) return null;
  return (100 * counted.filter((m) => DETECTED.has(m.status)).length) / counted.length;
};
const fmt = (value) => (value === null ? '   n/a' : `${value.toFixed(1).padStart(5)}%`);

let failing = 0;
const rows = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
console.log('file                                      all   no-strings  mutants  survived');
for (const [file, { mutants }] of rows) {
  const all = score(mutants);
  const noStrings = score(mutants.filter((m) => m.mutatorName !== 'StringLiteral'));
  const survived = mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage').length;
  const ok = (noStrings === null || noStrings >= minWithout) && (all === null || all >= minWith);
  if (!ok) failing++;
  console.log(`${ok ? ' ' : '!'} ${file.replace(/^.*?src\//, 'src/').padEnd(38)} ${fmt(all)}  ${fmt(noStrings)}  ${String(mutants.length).padStart(7)}  ${String(survived).padStart(8)}`);
}
const every = rows.flatMap(([, { mutants }]) => mutants);
console.log(`  ${'total'.padEnd(38)} ${fmt(score(every))}  ${fmt(score(every.filter((m) => m.mutatorName !== 'StringLiteral')))}  ${String(every.length).padStart(7)}`);
if (failing > 0) {
  console.log(`${failing} file(s) below ${minWithout}% without string literals or ${minWith}% with them`);
  process.exitCode = 1;
}
