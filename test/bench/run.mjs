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
const {
  assess,
  assessTrusted,
  dashRic2009,
  commonLocalBands,
  assessDara,
  assessDaraTrusted,
  dara2022Provisional,
  daraConsistency,
  assessRim,
  assessRimTrusted,
  barnardosRimProvisional,
  defaultRimPolicies,
} = lib;

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
  const a = assessTrusted(dashRic2009, input, commonLocalBands);
  const b = plainScore(input);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    console.error('plain loop and library disagree on an input; fix the reference first');
    process.exit(1);
  }
}

function measure(label, fn, seconds = 1.5) {
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

// DARA and RIM inputs from the same generator.
const FREQ = ['never', 'once', 'more-than-once', 'not-known', 'declined', 'never'];
const daraInputs = inputs.map((_, i) => {
  const answers = {};
  for (const item of dara2022Provisional.items) {
    if (item.answerType === 'text' || random() < 0.1) continue;
    answers[item.id] = { value: item.answerType === 'frequency' ? FREQ[Math.floor(random() * FREQ.length)] : VALUES[Math.floor(random() * 4)] };
  }
  return JSON.parse(JSON.stringify({
    instrument: { id: 'dara', edition: '2022-provisional' },
    answers,
    grade: { level: ['standard', 'medium', 'high'][i % 3], rationale: 'reasons', by: 'pc-1', at: '2025-03-01T22:00:00Z' },
  }));
});
const STATES = ['confirmed', 'absent', 'absent', 'suspected'];
const rimInputs = inputs.map((_, i) => {
  const answers = {};
  for (const item of barnardosRimProvisional.items) if (random() < 0.4) answers[item.id] = { value: STATES[Math.floor(random() * STATES.length)] };
  return JSON.parse(JSON.stringify({
    instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
    assessedAt: '2025-03-01T10:00:00Z',
    answers,
    children: [
      { id: 'a', age: { years: i % 16 }, specialNeeds: i % 5 === 0 },
      { id: 'b', dateOfBirth: '2019-05-04', specialNeeds: false },
    ],
  }));
});
function cycle(list, fn) {
  let k = 0;
  return () => fn(list[k++ % list.length]);
}

const plain = measure('plain hand-written loop (same result)', plainScore);
const core = measure('score() on validated input', (input) => assessTrusted(dashRic2009, input, commonLocalBands));
const validated = measure('assess() with validation', (input) => assess(input));
const daraNext = cycle(daraInputs, (input) => assessDaraTrusted(dara2022Provisional, input, daraConsistency));
const daraCore = measure('assessDaraTrusted() on validated input', () => ({ count: daraNext().history.length }));
const daraCheckedNext = cycle(daraInputs, (input) => assessDara(input));
const daraChecked = measure('assessDara() with validation', () => ({ count: daraCheckedNext().history.length }));
const rimNext = cycle(rimInputs, (input) => assessRimTrusted(barnardosRimProvisional, input, defaultRimPolicies));
const rimCore = measure('assessRimTrusted() on validated input (2 children)', () => ({ count: rimNext().children.length }));
const rimCheckedNext = cycle(rimInputs, (input) => assessRim(input));
const rimChecked = measure('assessRim() with validation (2 children)', () => ({ count: rimCheckedNext().children.length }));

const fmt = (n) => Math.round(n).toLocaleString('en-GB');
console.log(`DASH RIC 2009, ${INPUTS} distinct inputs cycled, Node ${process.version}`);
for (const row of [plain, core, validated, daraCore, daraChecked, rimCore, rimChecked]) {
  console.log(`${row.label.padEnd(48)} ${fmt(row.perSecond).padStart(12)} per second`);
}
console.log(`assessTrusted() is ${(plain.perSecond / core.perSecond).toFixed(2)}x the time of the plain loop (target: within 4x)`);
const verdict = (value, target) => (value >= target ? 'met' : 'NOT met');
console.log(
  `targets on this machine: assessTrusted() >= 1,000,000/s ${verdict(core.perSecond, 1e6)}; assess() >= 200,000/s ${verdict(validated.perSecond, 2e5)}; ` +
    `assessDaraTrusted() >= 1,000,000/s ${verdict(daraCore.perSecond, 1e6)}; assessRimTrusted() >= 1,000,000/s ${verdict(rimCore.perSecond, 1e6)}`,
);
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
