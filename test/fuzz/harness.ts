// The fuzz loop: for every target, inputs drawn by fast-check with a fixed seed (valid
// inputs, mutations of them, fc.anything() whole and embedded, hostile objects), each
// call checked by every oracle. Nothing here fails fast: every oracle is counted, and the
// first few failures of each are kept with what is needed to reproduce them.
import fc from 'fast-check';
import { inspect } from 'node:util';
import { DaRiskError, isDaRiskError } from '../../src/index.js';
import { collectStrings, sameState, shallowState, snapshot, stateOf, viaJson, notFrozen, notJsonData, prototypesAtStart, prototypesChanged } from './inspect.js';
import { errorText, leakedStrings } from './leaks.js';
import { anythingArb, canary, hostileArb, hostilise, mutate, mutationArb, slots, type HostileChange, type Mutation, type Shaped } from './mutate.js';
import { makePools } from './pools.js';
import { makeTargets, type Target } from './targets.js';

/** The oracles, in the order they are reported. */
export const ORACLES = [
  'escaped',
  'leaked',
  'polluted',
  'mutated',
  'not-frozen',
  'not-deterministic',
  'not-json',
  'not-read-back',
  'valid-refused',
] as const;
export type Oracle = (typeof ORACLES)[number];

export interface TargetFigures {
  readonly name: string;
  inputs: number;
  successes: number;
  typedErrors: number;
  slowestMs: number;
  /** Time spent on this function, oracles included. */
  totalMs: number;
  readonly failures: Record<Oracle, number>;
  /** Inputs on which the harness itself failed (a bug in the harness, not an oracle): must be zero. */
  harnessErrors: number;
  /** Failures that are known defects in files the harness's author may not change, by note. */
  readonly known: Record<string, number>;
  readonly examples: string[];
}

export interface RunOptions {
  readonly seed: number;
  /** Inputs in total, shared out evenly between the targets. */
  readonly runs: number;
  /** Valid inputs of each kind in the pools. */
  readonly poolSize?: number;
  /** Only targets whose name is in this list. */
  readonly only?: readonly string[];
  /** Called after each target. */
  readonly progress?: (figures: TargetFigures) => void;
  /** Failures kept per target, for the report. */
  readonly examples?: number;
  /**
   * How the inputs are shared out: `even` (the same number for every function, the default) or `by-cost` (fewer
   * for the functions whose inputs cost most, such as the case rules: the short run in `npm test`).
   */
  readonly share?: 'even' | 'by-cost';
  /** Smaller valid inputs (see `makePools`): for the short run. */
  readonly light?: boolean;
}

const trace = process.env.DA_RISK_FUZZ_TRACE === '1';
const timing = process.env.DA_RISK_FUZZ_TRACE === 'time';
const modeTimes = new Map<string, number>();
const phaseTimes = new Map<string, number>();
let lapAt = 0;
function lap(name: string): void {
  if (!timing) return;
  const now = performance.now();
  phaseTimes.set(name, (phaseTimes.get(name) ?? 0) + now - lapAt);
  lapAt = now;
}

type Mode = 'valid' | 'mutated' | 'anything' | 'embedded' | 'hostile' | 'hostile-whole';

interface Draw {
  readonly base: number;
  readonly mode: Mode;
  readonly arg: number;
  readonly mutations: readonly Mutation[];
  readonly hostile: readonly HostileChange[];
  readonly anything: unknown;
}

const MODES: readonly Mode[] = ['valid', 'mutated', 'mutated', 'mutated', 'mutated', 'mutated', 'mutated', 'anything', 'embedded', 'embedded', 'hostile', 'hostile', 'hostile', 'hostile-whole'];

const NONE: readonly never[] = [];

// Only what a mode uses is drawn (fc.anything() is the costly part of a draw); each mode's arbitrary is built once.
const drawByMode = new Map<Mode, fc.Arbitrary<Draw>>(
  [...new Set(MODES)].map((mode) => [
    mode,
    fc.record({
      base: fc.nat(),
      mode: fc.constant(mode),
      arg: fc.nat(),
      mutations:
        mode === 'mutated' ? fc.array(mutationArb, { minLength: 1, maxLength: 4 }) : mode === 'valid' ? fc.constant(NONE) : fc.array(mutationArb, { minLength: 1, maxLength: 1 }),
      hostile: mode === 'hostile' || mode === 'hostile-whole' ? fc.array(hostileArb, { minLength: 1, maxLength: 2 }) : fc.constant(NONE),
      anything: mode === 'anything' || mode === 'embedded' ? anythingArb : fc.constant(null),
    }),
  ]),
);
const drawArb: fc.Arbitrary<Draw> = fc.constantFrom(...MODES).chain((mode) => drawByMode.get(mode)!);

function describe(value: unknown): string {
  try {
    return inspect(value, { depth: 4, maxArrayLength: 6, maxStringLength: 80, breakLength: Infinity, compact: true, customInspect: false, getters: false }).replace(/\s*\n\s*/g, ' ').slice(0, 600);
  } catch {
    return '(cannot be shown)';
  }
}

function describeError(error: unknown): string {
  if (error instanceof DaRiskError) return `DaRiskError ${error.code}: ${error.message.slice(0, 300)}`;
  try {
    if (error instanceof Error) {
      const stack = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 8).map((line) => line.trim());
      return `${isDaRiskError(error) ? 'not the library\u2019s own DaRiskError (a caller\u2019s look-alike), ' : ''}${error.name}: ${error.message.slice(0, 200)} @ ${stack.join(' | ')}`;
    }
  } catch {
    // an error object that cannot be read
  }
  return `thrown ${typeof error}: ${describe(error)}`;
}

function sameError(a: unknown, b: unknown): boolean {
  if (!isDaRiskError(a) || !isDaRiskError(b)) return false;
  return a.code === b.code && JSON.stringify(a.issues) === JSON.stringify(b.issues);
}

function restorePrototypes(): void {
  const protos = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype];
  protos.forEach((proto, p) => {
    const known = new Set(prototypesAtStart[p]!.keys);
    for (const key of Reflect.ownKeys(proto)) if (!known.has(key)) delete (proto as Record<PropertyKey, unknown>)[key];
  });
}

/** Runs one target for `runs` inputs. */
export function fuzzTarget(target: Target, runs: number, seed: number, keepExamples = 3): TargetFigures {
  const figures: TargetFigures = {
    name: target.name,
    inputs: 0,
    successes: 0,
    typedErrors: 0,
    slowestMs: 0,
    totalMs: 0,
    failures: Object.fromEntries(ORACLES.map((oracle) => [oracle, 0])) as Record<Oracle, number>,
    known: {},
    harnessErrors: 0,
    examples: [],
  };
  const fail = (oracle: Oracle, draw: Draw, index: number, detail: string, args: readonly unknown[]) => {
    // A value thrown that is not an Error has no stack to say where it came from: for these functions, whose only
    // reads of unvalidated data are the known ones, it is put down to them.
    const known = target.known?.find((entry) => entry.oracle === oracle && (entry.where.test(detail) || detail.startsWith('thrown ')));
    if (known !== undefined) {
      figures.known[known.note] = (figures.known[known.note] ?? 0) + 1;
      return;
    }
    figures.failures[oracle]++;
    if (figures.examples.length < keepExamples) {
      figures.examples.push(`${target.name} [${oracle}] seed ${seed} run ${index} mode ${draw.mode}: ${detail}\n      args: ${describe(args)}`);
    }
  };
  let index = 0;
  const began = performance.now();
  fc.assert(
    fc.property(drawArb, (draw) => {
      const run = index++;
      const began = performance.now();
      try {
        body(draw, run);
      } catch (error) {
        // The harness itself failed on this input (not the library): counted, shown, and the run goes on.
        figures.harnessErrors++;
        if (figures.examples.length < keepExamples) figures.examples.push(`${target.name} [harness error] seed ${seed} run ${run}: ${describeError(error)}`);
      } finally {
        if (timing && performance.now() - began > 1000) console.error(`slow run ${run}: ${describe(draw)}`);
        if (timing) modeTimes.set(`${draw.mode}${draw.mode.startsWith('hostile') ? draw.hostile.map((h) => `/${h.kind}.${h.variant % 3}`).join('') : ''}`, (modeTimes.get(`${draw.mode}${draw.mode.startsWith('hostile') ? draw.hostile.map((h) => `/${h.kind}.${h.variant % 3}`).join('') : ''}`) ?? 0) + performance.now() - began);
      }
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
  figures.totalMs = performance.now() - began;
  if (timing) console.error([...phaseTimes].map(([k, t]) => `  ${k} ${t.toFixed(0)}ms`).join('\n'));
  if (timing) console.error([...modeTimes].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, t]) => `${k} ${t.toFixed(0)}ms`).join('\n'));
  return figures;

  function body(draw: Draw, run: number): void {
      lap('between');
      const valid = target.valid(draw.base % target.count);
      const args = [...valid.args];
      const position = target.outside[draw.arg % target.outside.length]!;
      const shaped: Shaped = { value: args[position], hostile: false, stateful: false, hidden: [] };
      const changed = draw.mode !== 'valid';
      // The argument that is changed is a JSON copy of the pool's (frozen) value, as a case system would give it back.
      const fresh = () => {
        if (shaped.value !== null && typeof shaped.value === 'object') shaped.value = tryRun(() => viaJson(shaped.value)) ?? shaped.value;
      };
      // The arguments given as copies (their state is checked after the call); the others are the pools' frozen values.
      const copied = new Set<number>(draw.mode === 'valid' ? target.outside.filter((p) => !(target.keep ?? []).includes(p)) : [position]);
      switch (draw.mode) {
        case 'valid':
          for (const p of copied) args[p] = viaJson(args[p]);
          shaped.value = args[position];
          break;
        case 'mutated':
          fresh();
          {
            const places = tryRun(() => slots(shaped.value));
            for (const mutation of draw.mutations) tryRun(() => mutate(shaped, mutation, target.grafts ?? [], places));
          }
          break;
        case 'anything':
          shaped.value = draw.anything;
          break;
        case 'embedded':
          fresh();
          tryRun(() => mutate(shaped, { ...draw.mutations[0]!, op: 0, payload: draw.anything }, []));
          break;
        case 'hostile':
          fresh();
          if (draw.hostile[0]!.n % 3 === 0) tryRun(() => mutate(shaped, draw.mutations[0]!, target.grafts ?? []));
          break;
        case 'hostile-whole':
          shaped.value = draw.hostile[0]!.n % 2 === 0 ? {} : [];
          break;
      }
      lap('build');
      // The strings of the input, before anything hostile hides them behind a getter or a Proxy.
      const strings = new Set<string>();
      // A changed argument is a copy of a pool's frozen value (whose strings are collected once, then kept) plus what
      // the mutations put in: its strings are those of both. Anything else is walked.
      const original = valid.args[position];
      if (draw.mode === 'mutated' && original !== null && typeof original === 'object' && Object.isFrozen(original)) {
        collectStrings(original, strings);
        for (const mutation of draw.mutations) {
          collectStrings(mutation.payload, strings);
          strings.add(mutation.key);
        }
        for (const mutation of draw.mutations) if (mutation.op === 9 && (target.grafts ?? []).length > 0) collectStrings(target.grafts![mutation.n % target.grafts!.length], strings);
      } else {
        collectStrings(shaped.value, strings);
      }
      for (const position2 of target.outside) if (position2 !== position) collectStrings(args[position2], strings);
      if (draw.mode === 'hostile' || draw.mode === 'hostile-whole') {
        for (const change of draw.hostile) {
          try {
            hostilise(shaped, change, target.knownStall === undefined);
          } catch {
            // A second change could not walk past the first one's Proxy: it is left out.
          }
        }
      }
      lap('collect+hostile');
      for (const hidden of shaped.hidden) strings.add(hidden);
      if (draw.mode === 'anything') strings.add(canary(-1)); // (keeps the set non-empty; never matches)
      args[position] = shaped.value;
      figures.inputs++;

      // The state of every outside argument before the call (skipped for values that read differently each time).
      // The state of the outside arguments before the call: asked of inputs that are not hostile (a getter or a Proxy
      // is not walked again by the harness; the library reads them once, and that is the oracle for them).
      const outsideArgs = () => target.outside.map((i) => (copied.has(i) ? stateOf(args[i]) : shallowState(args[i])));
      const before = shaped.hostile ? undefined : tryRun(outsideArgs);
      lap('state-before');
      let output: unknown;
      let thrown: unknown;
      let threw = false;
      if (trace) process.stderr.write(`${target.name} run ${run} ${draw.mode}\n`);
      const start = performance.now();
      try {
        output = target.call(args);
      } catch (error) {
        thrown = error;
        threw = true;
      }
      const elapsed = performance.now() - start;
      if (elapsed > figures.slowestMs) figures.slowestMs = elapsed;
      lap('call');

      if (prototypesChanged()) {
        fail('polluted', draw, run, 'a built-in prototype changed', args);
        restorePrototypes();
      }
      if (before !== undefined) {
        const after = tryRun(outsideArgs);
        const changedAt = after === undefined ? -1 : after.findIndex((state, i) => !sameState(state, before[i]!));
        if (changedAt >= 0) fail('mutated', draw, run, `argument ${target.outside[changedAt]} changed during the call: ${stateChange(before[changedAt]!, after![changedAt]!)}`, args);
      }
      lap('pollution+state-after');
      // A validating function that returns its error counts it as a typed error.
      if (!threw && target.validated === true && (output as { ok?: unknown }).ok === false) {
        threw = true;
        thrown = (output as { error: unknown }).error;
      }
      if (threw) {
        if (!isDaRiskError(thrown) || !(thrown instanceof DaRiskError)) {
          fail('escaped', draw, run, describeError(thrown), args);
          return;
        }
        figures.typedErrors++;
        const leaked = leakedStrings(errorText(thrown), strings);
        if (leaked.length > 0) fail('leaked', draw, run, `${JSON.stringify(leaked.map((s) => s.slice(0, 60)))} in ${thrown.message.slice(0, 300)}`, args);
        if (!changed && valid.mustAccept) fail('valid-refused', draw, run, describeError(thrown), args);
        lap('leak');
        // A refusal is asked to be the same every time too, but only for a sample (a second call of every refused input would double the run).
        if (!shaped.stateful && run % 8 === 0) {
          let again: unknown;
          try {
            const second = target.call(args);
            again = target.validated === true && (second as { ok?: unknown }).ok === false ? (second as { error: unknown }).error : second;
          } catch (error) {
            again = error;
          }
          if (!sameError(thrown, again)) fail('not-deterministic', draw, run, `first ${describeError(thrown)}; then ${isDaRiskError(again) ? describeError(again) : describe(again)}`, args);
        }
        lap('error-determinism');
        return;
      }
      figures.successes++;
      const value = target.validated === true ? (output as { value: unknown }).value : output;
      // An output that cannot even be walked (it holds a caller's Proxy, say) is neither frozen data nor JSON.
      const where = target.exempt?.['not-frozen'] === undefined ? problemOf(() => notFrozen(value)) : null;
      if (where !== null) fail('not-frozen', draw, run, `not frozen at ${where}`, args);
      // JSON data exactly (no -0, undefined, hole…) round-trips; and then two outputs are equal when their JSON is.
      const notJson = target.exempt?.['not-json'] === undefined ? problemOf(() => notJsonData(value)) : null;
      if (notJson !== null) fail('not-json', draw, run, `output not JSON data at ${notJson}`, args);
      lap('frozen+json');
      if (!shaped.stateful) {
        try {
          const second = target.call(args);
          const secondValue = target.validated === true ? (second as { value: unknown }).value : second;
          const same = target.exempt?.['not-json'] === undefined ? sameOutput(secondValue, value) : snapshot(secondValue, false) === snapshot(value, false);
          if (!same) fail('not-deterministic', draw, run, 'two calls gave different outputs', args);
        } catch (error) {
          fail('not-deterministic', draw, run, `second call threw ${describeError(error)}`, args);
        }
      }
      lap('determinism');
      if (target.readBack !== undefined) {
        const problem = problemOf(() => target.readBack!(output, args, valid.meta, changed || shaped.hostile));
        if (problem !== null) fail('not-read-back', draw, run, problem, args);
      }
      lap('read-back');
  }
}

function sameOutput(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b) && notJsonData(a) === null;
  } catch {
    return false;
  }
}

function stateChange(before: readonly unknown[], after: readonly unknown[]): string {
  let i = 0;
  while (i < before.length && i < after.length && Object.is(before[i], after[i])) i++;
  const show = (value: unknown) => (typeof value === 'object' && value !== null ? '(an object)' : describe(value));
  return `entry ${i} of its state was ${show(before[i])}, is ${show(after[i])} (an object's state lists its prototype, then frozen, then extensible)`;
}

/** A check's finding (null when it found nothing), or what made the check itself throw. */
function problemOf(check: () => string | null): string | null {
  try {
    return check();
  } catch (error) {
    return `(the output could not be read: ${describeError(error)})`;
  }
}

function tryRun<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/** Runs every target; returns the figures per target. */
export function fuzz(options: RunOptions): TargetFigures[] {
  const pools = makePools(options.seed, options.poolSize ?? 24, options.light === true);
  let targets = makeTargets(pools);
  if (options.only !== undefined && options.only.length > 0) targets = targets.filter((target) => options.only!.includes(target.name));
  const weight = (target: Target) => (options.share === 'by-cost' ? 1 / (target.cost ?? 1) : 1);
  const total = targets.reduce((sum, target) => sum + weight(target), 0);
  const all: TargetFigures[] = [];
  targets.forEach((target) => {
    const runs = Math.max(1, Math.ceil((options.runs * weight(target)) / total));
    // Each function's inputs depend on the seed and its name only: `--only name` replays them exactly.
    const figures = fuzzTarget(target, runs, seedFor(options.seed, target.name), options.examples ?? 3);
    all.push(figures);
    options.progress?.(figures);
  });
  return all;
}

/** The seed of one function's run: the run's seed mixed with the function's name. */
export function seedFor(seed: number, name: string): number {
  let hash = seed | 0;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash >>> 1;
}

/** Total of every oracle's failures. */
export function failuresOf(figures: readonly TargetFigures[]): number {
  return figures.reduce((sum, f) => sum + f.harnessErrors + ORACLES.reduce((s, oracle) => s + f.failures[oracle], 0), 0);
}

/** The figures as a table. */
export function table(figures: readonly TargetFigures[]): string {
  const head = ['function', 'inputs', 'ok', 'typed errors', 'slowest ms', ...ORACLES, 'known (reported)'];
  const knownOf = (f: TargetFigures) => Object.values(f.known).reduce((s, n) => s + n, 0);
  const rows = figures.map((f) => [f.name, String(f.inputs), String(f.successes), String(f.typedErrors), f.slowestMs.toFixed(1), ...ORACLES.map((o) => String(f.failures[o])), String(knownOf(f))]);
  const total = [
    'total',
    String(figures.reduce((s, f) => s + f.inputs, 0)),
    String(figures.reduce((s, f) => s + f.successes, 0)),
    String(figures.reduce((s, f) => s + f.typedErrors, 0)),
    figures.reduce((s, f) => Math.max(s, f.slowestMs), 0).toFixed(1),
    ...ORACLES.map((o) => String(figures.reduce((s, f) => s + f.failures[o], 0))),
    String(figures.reduce((s, f) => s + knownOf(f), 0)),
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length), total[i]!.length));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line), line(total)].join('\n');
}
