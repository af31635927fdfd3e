// Benchmark: DASH assessments per second, pre-validated and with validation,
// against a plain hand-written loop that produces the same result. Prints what
// it measured; it is not a timed test and never fails on speed.
//
// Run with `npm run bench` (builds first). Pin to one core with e.g.
// `taskset -c 0 node test/bench/run.mjs` where taskset is available.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { plainScore } from './plain-loop.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('dist/ not found: run `npm run build` first (npm run bench does).');
  process.exit(2);
}
const lib = await import(pathToFileURL(dist).href);
const { assess, score, dashRic2009, commonLocalBands } = lib;

// Deterministic pseudo-random inputs (a fixed seed, so every run scores the same inputs).
let seed = 0x2545f491;
function random() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const VALUES = ['yes', 'yes', 'no', 'no', 'no', 'dont-know', 'declined'];
const ids = dashRic2009.items.map((item) => item.id);
const INPUTS = 4096;
const inputs = [];
for (let i = 0; i < INPUTS; i++) {
  const answers = {};
  for (const id of ids) {
    const r = random();
    if (r < 0.05) continue; // unanswered
    answers[id] = { value: VALUES[Math.floor(random() * VALUES.length)], source: 'victim' };
  }
  // Parsed from JSON, as inputs arrive from a case system or an HTTP body.
  inputs.push(JSON.parse(JSON.stringify({ instrument: { id: 'dash-ric', edition: '2009' }, answers })));
}

// The plain loop must agree with the library on every input, or the comparison means nothing.
for (const input of inputs) {
  const a = score(dashRic2009, input, commonLocalBands);
  const b = plainScore(input);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    console.error('plain loop and library disagree on an input; fix the reference first');
    process.exit(1);
  }
}

function measure(label, fn, seconds = 2) {
  let sink = 0;
  // warm up
  const warm = performance.now();
  let n = 0;
  while (performance.now() - warm < 300) sink += fn(inputs[n++ % INPUTS]).count;
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < seconds * 1000) {
    for (let i = 0; i < 1000; i++) sink += fn(inputs[count++ % INPUTS]).count;
    now = performance.now();
  }
  const perSecond = count / ((now - start) / 1000);
  if (sink < 0) console.log(sink);
  return { label, perSecond };
}

const plain = measure('plain hand-written loop (same result)', plainScore);
const core = measure('score() on validated input', (input) => score(dashRic2009, input, commonLocalBands));
const validated = measure('assess() with validation', (input) => assess(input));

const fmt = (n) => Math.round(n).toLocaleString('en-GB');
console.log(`DASH RIC 2009, ${INPUTS} distinct inputs cycled, Node ${process.version}`);
for (const row of [plain, core, validated]) console.log(`${row.label.padEnd(40)} ${fmt(row.perSecond).padStart(12)} assessments/s`);
console.log(`score() is ${(plain.perSecond / core.perSecond).toFixed(2)}x the time of the plain loop (target: within 4x)`);
console.log(`targets: score() >= 1,000,000/s: ${core.perSecond >= 1e6 ? 'met' : 'NOT met'}; assess() >= 200,000/s: ${validated.perSecond >= 2e5 ? 'met' : 'NOT met'}`);
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
