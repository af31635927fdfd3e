// Shared by the benchmarks: warm-up, best of several rounds over a list of
// distinct inputs, and one way of printing a row with its target. A benchmark
// prints what it measured; it never fails on speed.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The built package's root entry (the benchmarks measure what users install). */
export async function loadDist(entry = 'index.js') {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', entry);
  if (!existsSync(file)) {
    console.error('dist/ not found: run `npm run build` first (npm run bench does).');
    process.exit(2);
  }
  return import(pathToFileURL(file).href);
}

/** A deterministic xorshift generator (a fixed seed, so every run measures the same inputs). */
export function randomFrom(seed) {
  let s = seed | 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

let sink = 0;
/** Keeps results alive so no call is optimised away. */
export function consume(value) {
  if (value === null || value === undefined) sink++;
  else sink += typeof value === 'object' ? 1 : Number(value) || 0;
}

/**
 * Calls `fn` once on every input per round: `warmup` rounds first, then
 * `rounds` timed rounds; returns the best round's rate (inputs per second)
 * and every round's rate.
 */
export function bestOf(fn, inputs, { rounds = 5, warmup = 1 } = {}) {
  const n = inputs.length;
  for (let w = 0; w < warmup; w++) for (let i = 0; i < n; i++) consume(fn(inputs[i]));
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < n; i++) consume(fn(inputs[i]));
    rates.push(n / ((performance.now() - start) / 1000));
  }
  if (sink === -1) console.log(sink);
  return { perSecond: Math.max(...rates), rates };
}

/** A number as the report prints it. */
export const fmt = (n) => Math.round(n).toLocaleString('en-GB');

/**
 * A row of the report: what was measured, the figure, the target and whether
 * it was met. `atLeast` targets are met when value >= target, `atMost` when
 * value <= target.
 */
export function row({ measure, value, unit, target, atMost = false, detail = '' }) {
  const met = target === undefined ? null : atMost ? value <= target : value >= target;
  return { measure, value, unit, target, atMost, met, detail };
}

/** Prints one row as a line. */
export function printRow(r) {
  const figure = r.unit === 'x' ? `${r.value.toFixed(2)}x` : `${fmt(r.value)} ${r.unit}`;
  const target = r.target === undefined ? '' : `  target ${r.atMost ? '<=' : '>='} ${r.unit === 'x' ? `${r.target}x` : `${fmt(r.target)} ${r.unit}`}: ${r.met ? 'met' : 'NOT met'}`;
  console.log(`${r.measure.padEnd(58)} ${figure.padStart(18)}${target}${r.detail ? `  (${r.detail})` : ''}`);
}
