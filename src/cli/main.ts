/**
 * The `da-risk` command line: list editions, print schemas, and assess or
 * check MARAC routes in bulk, streaming JSON lines or CSV.
 *
 * Exit codes: 0 every record passed; 1 some record failed (each reported by
 * line number, field and rule); 2 the command could not run (usage, an
 * unreadable input or policy file, an unwritable errors file, a refused CSV
 * header); 3 it stopped on an internal error (a one-line message; the stack
 * frames only with `--debug`). When stdout is closed early (`| head`), the
 * run stops reading and writing and ends quietly with the code so far: 1 if
 * a record had already failed, else 0.
 *
 * No message written here holds a value from a record, a key or a file's
 * content: line numbers, column numbers, field paths and rule names only.
 *
 * @module
 */
import { fstatSync, readFileSync, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { assessAny } from '../api/assess-any.js';
import { defaultRegistry } from '../api/default-registry.js';
import { checkMarac } from '../api/check-marac.js';
import { defineMaracPolicy, defineScoringPolicy } from '../api/policies.js';
import { isDaRiskError } from '../errors/error.js';
import { toFhirQuestionnaire } from '../interop/fhir/questionnaire.js';
import { assessmentInputJsonSchema, resultJsonSchema, type ResultKind } from '../interop/json-schema.js';
import type { MaracPolicy, ScoringPolicy } from '../model/policy.js';
import { commonLocalBands } from '../policies/scoring/common-local-bands.js';
import { caadaCrimeOnlyRepeatMarac, safelives2009Marac, safelivesMarac, safelivesPlusLibraryDefaultsMarac } from '../policies/marac/safelives-marac.js';
import { formatCsvLine, parseCsvLine } from './csv.js';
import { MAX_JSON_FILE_BYTES, jsonFileBytes, splitLines } from './lines.js';

/** What the command line reads from and writes to. @internal */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether stderr is a terminal (progress lines are shown only then). */
  readonly interactive: boolean;
}

/** The exit codes. @internal */
export const EXIT = Object.freeze({ ok: 0, someFailed: 1, couldNotRun: 2, internalError: 3 });

/** Default longest line of JSON lines or CSV input, in bytes (8 MiB). @internal */
export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;
/** The most `--max-line-bytes` may allow (256 MiB: a longer line could not be held as one string). @internal */
export const MAX_MAX_LINE_BYTES = 256 * 1024 * 1024;

const USAGE = `Usage: da-risk <command> [options]

Commands:
  instruments                          list the editions, with their status
  schema <instrument> [--edition E] [--format json-schema|fhir]
                                       print an edition's input JSON Schema or FHIR Questionnaire
  schema --result checklist|dara|rim|marac-decision|case
                                       print a result's JSON Schema
  assess [file|-] [--in json|ndjson|csv] [--out ndjson|csv] [--policy NAME|FILE] [--errors FILE] [--max-line-bytes N] [--quiet] [--debug]
                                       assess records (DASH, DARA or RIM inputs), one result per record
  marac [file|-] [--policy safelives-plus-library-defaults|safelives|safelives-2009|caada-crime-only-repeat|FILE] [--scoring FILE] [--errors FILE] [--max-line-bytes N] [--quiet] [--debug]
                                       check MARAC routes for each record (MARAC check inputs); --scoring
                                       names the local scoring policy the records' stored results were made under

Input is read as JSON lines (one record per line) unless --in or the file's extension
says otherwise; JSON files (an array, at most 256 MiB) are read whole, JSON lines and
CSV are streamed. A record that fails is reported on stderr (or in --errors) with its
line number, the field and the rule broken, never the value, and the run goes on.
A line longer than --max-line-bytes (default 8 MiB) is reported by its number and skipped.
A CSV header that names a column twice, or names __proto__, constructor or prototype,
is refused.
Exit code: 0 all records passed; 1 some record failed; 2 the command could not run;
3 stopped on an internal error (--debug prints where). If stdout is closed early
(| head), the run stops quietly with the code so far.
`;

/** A mistake in the command line itself: exit 2 with a pointer to the usage. */
class UsageError extends Error {}

/** The command could not run: exit 2. The message is ours, never a value from a file. */
class CouldNotRun extends Error {}

/** stdout was closed by its reader (EPIPE and the like): stop quietly. */
class OutputClosed extends Error {}

/** Something that should never fail did: exit 3. */
class InternalError extends Error {
  constructor(
    readonly line: number | undefined,
    override readonly cause: unknown,
  ) {
    super('internal error');
  }
}

interface Parsed {
  readonly command: string | undefined;
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const withValue = new Set(['--in', '--out', '--policy', '--scoring', '--errors', '--edition', '--format', '--result', '--max-line-bytes']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.split('=', 2) as [string, string | undefined];
      if (withValue.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`${name} needs a value`);
        flags.set(name, value);
      } else if (['--quiet', '--help', '--json', '--debug'].includes(name)) flags.set(name, true);
      else throw new UsageError(`argument ${i + 1} is not an option da-risk knows (options: ${[...withValue, '--quiet', '--help', '--json', '--debug'].join(', ')})`);
    } else positional.push(arg);
  }
  return { command: positional.shift(), positional, flags };
}

/**
 * A stream the command writes to, watched for errors: an error event is kept (so it never goes
 * unhandled and crashes the process) and the next write fails with `closed()` instead of waiting
 * for a drain that will never come. A best-effort sink (stderr) drops writes once broken.
 */
class Sink {
  private failure: unknown;
  private readonly onError = (error: unknown): void => {
    this.failure ??= error;
  };

  constructor(
    readonly stream: Writable,
    private readonly closed: (() => Error) | 'best-effort',
  ) {
    stream.on('error', this.onError);
  }

  private broken(): boolean {
    return this.failure !== undefined || this.stream.destroyed || this.stream.writableEnded;
  }

  private fail(): Promise<void> {
    return this.closed === 'best-effort' ? Promise.resolve() : Promise.reject(this.closed());
  }

  write(text: string): Promise<void> {
    if (this.broken()) return this.fail();
    return new Promise<void>((resolve, reject) => {
      let waiting = false;
      const settle = (error: unknown): void => {
        if (waiting) {
          waiting = false;
          this.stream.off('drain', drained);
          this.stream.off('close', gone);
        }
        if (error === undefined) resolve();
        else {
          this.failure ??= error;
          this.fail().then(resolve, reject);
        }
      };
      const drained = (): void => settle(undefined);
      const gone = (): void => settle(this.failure ?? new Error('closed'));
      const ok = this.stream.write(text, (error) => {
        if (error !== null && error !== undefined) settle(error);
      });
      if (ok) resolve();
      else {
        waiting = true;
        this.stream.once('drain', drained);
        this.stream.once('close', gone);
      }
    });
  }

  /** Ends the stream (for a file) and waits until it is flushed; fails with `closed()` if it could not be. */
  async end(): Promise<void> {
    if (!this.broken()) {
      await new Promise<void>((resolve) => {
        this.stream.once('close', resolve);
        this.stream.end();
      });
    }
    if (this.failure !== undefined) await this.fail();
  }

  /** Stops watching (the stream belongs to the caller); a later error is still swallowed by bin.ts. */
  detach(): void {
    this.stream.off('error', this.onError);
  }
}

function flag(parsed: Parsed, name: string): string | undefined {
  const value = parsed.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

function maxLineBytes(parsed: Parsed): number {
  const given = flag(parsed, '--max-line-bytes');
  if (given === undefined) return DEFAULT_MAX_LINE_BYTES;
  const value = /^[0-9]{1,10}$/.test(given) ? Number(given) : NaN;
  if (!(value >= 1 && value <= MAX_MAX_LINE_BYTES)) throw new UsageError(`--max-line-bytes must be a whole number of bytes from 1 to ${MAX_MAX_LINE_BYTES}`);
  return value;
}

/** Reads and parses a policy file; its content never reaches a message. */
function readPolicyFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CouldNotRun((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the policy file could not be found' : 'the policy file could not be read');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CouldNotRun('a policy file is not valid JSON');
  }
}

function loadScoringPolicy(spec: string | undefined): ScoringPolicy {
  if (spec === undefined || spec === commonLocalBands.id) return commonLocalBands;
  if (!spec.endsWith('.json')) throw new UsageError(`the scoring policy given is not a shipped one (shipped: ${commonLocalBands.id}; or give a .json file)`);
  return defineScoringPolicy(readPolicyFile(spec));
}

function loadMaracPolicy(spec: string | undefined): MaracPolicy {
  if (spec === undefined) return safelivesPlusLibraryDefaultsMarac;
  const shipped = [safelivesPlusLibraryDefaultsMarac, safelivesMarac, safelives2009Marac, caadaCrimeOnlyRepeatMarac].find((policy) => policy.id === spec);
  if (shipped !== undefined) return shipped;
  if (!spec.endsWith('.json')) {
    throw new UsageError(`the MARAC policy given is not a shipped one (shipped: safelives-plus-library-defaults, safelives, safelives-2009, caada-crime-only-repeat; or give a .json file)`);
  }
  return defineMaracPolicy(readPolicyFile(spec));
}

async function instruments(out: Sink, parsed: Parsed): Promise<number> {
  const list = defaultRegistry.list();
  if (parsed.flags.has('--json')) {
    await out.write(`${JSON.stringify(list)}\n`);
    return EXIT.ok;
  }
  for (const summary of list) {
    await out.write(`${`${summary.id}@${summary.edition}`.padEnd(32)} ${summary.status.padEnd(12)} ${String(summary.items).padStart(3)} items  ${summary.title}\n`);
  }
  return EXIT.ok;
}

async function schema(out: Sink, parsed: Parsed): Promise<number> {
  const result = flag(parsed, '--result');
  if (result !== undefined) {
    await out.write(`${JSON.stringify(resultJsonSchema(result as ResultKind), null, 2)}\n`);
    return EXIT.ok;
  }
  const id = parsed.positional[0];
  if (id === undefined) throw new UsageError('schema needs an instrument id (see da-risk instruments) or --result');
  const editions = defaultRegistry.editions(id);
  const edition = flag(parsed, '--edition') ?? (editions.length === 1 ? editions[0] : undefined);
  if (edition === undefined) throw new UsageError(`name the edition with --edition (${editions.length === 0 ? 'the instrument named is not one da-risk ships; see da-risk instruments' : `known: ${editions.join(', ')}`})`);
  const instrument = defaultRegistry.get(id, edition);
  const format = flag(parsed, '--format') ?? 'json-schema';
  if (format !== 'json-schema' && format !== 'fhir') throw new UsageError('--format must be json-schema or fhir');
  const document = format === 'fhir' ? toFhirQuestionnaire(instrument) : assessmentInputJsonSchema(instrument);
  await out.write(`${JSON.stringify(document, null, 2)}\n`);
  return EXIT.ok;
}

type Format = 'json' | 'ndjson' | 'csv';

function inputFormat(parsed: Parsed, file: string | undefined): Format {
  const given = flag(parsed, '--in');
  if (given !== undefined) {
    if (given !== 'json' && given !== 'ndjson' && given !== 'csv') throw new UsageError('--in must be json, ndjson or csv');
    return given;
  }
  if (file?.endsWith('.csv')) return 'csv';
  if (file?.endsWith('.json')) return 'json';
  return 'ndjson';
}

/** Opens the input before anything is written, so a missing or unreadable file is exit 2 with nothing on stdout. */
async function openInput(io: CliIo, file: string | undefined): Promise<Readable> {
  if (file === undefined || file === '-') return io.stdin;
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new CouldNotRun((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the input file could not be found' : 'the input file could not be read');
  }
  return handle.createReadStream();
}

/** The source's chunks; a read error (a directory, a device failing) becomes "could not run". */
async function* chunksOf(source: Readable): AsyncGenerator<unknown> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  try {
    for (;;) {
      let next: IteratorResult<unknown>;
      try {
        next = await iterator.next();
      } catch {
        throw new CouldNotRun('the input could not be read');
      }
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    // Stops and closes the source when the run ends early (stdout closed, an internal error).
    await iterator.return?.().catch(() => undefined);
  }
}

/** A record, or why its line could not be read (a rule id and a value-free message). */
type Record_ = { readonly line: number; readonly value: unknown } | { readonly line: number; readonly rule: string; readonly error: string };

/** Column names a CSV header may not use: each would reach an object's prototype machinery. */
const RESERVED_COLUMNS = new Set(['__proto__', 'constructor', 'prototype']);

/** Refuses a CSV header that would lose or misplace an answer. Messages name columns by position only. */
function checkHeader(header: readonly string[], line: number): void {
  const first = new Map<string, number>();
  header.forEach((column, i) => {
    if (RESERVED_COLUMNS.has(column)) {
      throw new CouldNotRun(`the CSV header (line ${line}) names column ${i + 1} with a reserved name: __proto__, constructor and prototype are refused`);
    }
    const earlier = first.get(column);
    if (earlier !== undefined) {
      throw new CouldNotRun(`the CSV header (line ${line}) names columns ${earlier + 1} and ${i + 1} the same: each field needs its own column`);
    }
    first.set(column, i);
  });
  for (const required of ['instrument', 'edition']) if (!first.has(required)) throw new CouldNotRun(`the CSV header needs an ${required} column`);
}

/** Yields records with their line numbers (1-based; for a JSON array, the index + 1). */
async function* records(source: Readable, format: Format, maxBytes: number): AsyncGenerator<Record_> {
  if (format === 'json') {
    const text = await jsonFileBytes(chunksOf(source), MAX_JSON_FILE_BYTES);
    if (text === null) throw new CouldNotRun(`a JSON file is read whole, and this one is over ${MAX_JSON_FILE_BYTES / 1024 / 1024} MiB: give JSON lines instead`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      yield { line: 1, rule: 'format', error: 'the file is not valid JSON' };
      return;
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    for (let i = 0; i < list.length; i++) yield { line: i + 1, value: list[i] };
    return;
  }
  let header: string[] | null = null;
  for await (const batch of splitLines(chunksOf(source), maxBytes)) {
    for (const read of batch) {
      const n = read.line;
      if ('tooLong' in read) {
        if (format === 'csv' && header === null) throw new CouldNotRun(`the CSV header (line ${n}) is longer than ${maxBytes} bytes (--max-line-bytes)`);
        yield { line: n, rule: 'max-line-bytes', error: `the line is longer than ${maxBytes} bytes (--max-line-bytes); it was skipped` };
        continue;
      }
      const raw = read.text;
      const line = raw.trim();
      if (line === '') continue;
      if (format === 'ndjson') {
        let value: unknown;
        try {
          value = JSON.parse(line) as unknown;
        } catch {
          yield { line: n, rule: 'format', error: 'the line is not valid JSON' };
          continue;
        }
        yield { line: n, value };
        continue;
      }
      const fields = parseCsvLine(raw);
      if (header === null) {
        if (fields === null) throw new CouldNotRun(`the CSV header (line ${n}) has an unclosed quote`);
        checkHeader(fields, n);
        header = fields;
        continue;
      }
      if (fields === null) {
        yield { line: n, rule: 'format', error: 'the line has an unclosed quote' };
        continue;
      }
      if (fields.length !== header.length) {
        yield { line: n, rule: 'format', error: `the line has ${fields.length} fields; the header has ${header.length}` };
        continue;
      }
      const instrument: Record<string, string> = {};
      const answers: Record<string, { value: string }> = {};
      const record: Record<string, unknown> = { instrument, answers };
      header.forEach((column, i) => {
        const cell = fields[i]!;
        if (column === 'instrument') instrument['id'] = cell;
        else if (column === 'edition') instrument['edition'] = cell;
        else if (column === 'id' || column === 'assessedAt') {
          if (cell !== '') record[column] = cell;
        } else if (cell !== '') answers[column] = { value: cell };
      });
      yield { line: n, value: record };
    }
  }
}


/** Opens the errors file before any input is read: one that cannot be written is exit 2 at once. */
/** Whether a path names the input: the input file (the same path, or a link to it), or whatever stdin reads. */
function sameFile(a: string, input: string | undefined): boolean {
  try {
    const first = statSync(a);
    const second = input === undefined || input === '-' ? fstatSync(0) : statSync(input);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

async function openErrors(path: string | undefined, stderr: Sink, input: string | undefined): Promise<Sink> {
  if (path === undefined) return stderr;
  // Opening the errors file empties it: if it is the input, the records would be gone before they were read.
  if (sameFile(path, input)) throw new UsageError('--errors names the input file: give another file, so the records are not overwritten');
  let handle: FileHandle;
  try {
    handle = await open(path, 'w');
  } catch {
    throw new CouldNotRun('the errors file could not be opened for writing');
  }
  return new Sink(handle.createWriteStream({ encoding: 'utf8' }), () => new CouldNotRun('the errors file could not be written'));
}

async function bulk(io: CliIo, out: Sink, err: Sink, parsed: Parsed, mode: 'assess' | 'marac'): Promise<number> {
  const file = parsed.positional[0];
  const format = inputFormat(parsed, file);
  const outFormat = flag(parsed, '--out') ?? 'ndjson';
  if (outFormat !== 'ndjson' && outFormat !== 'csv') throw new UsageError('--out must be ndjson or csv');
  if (mode === 'marac' && outFormat === 'csv') throw new UsageError('marac writes JSON lines only');
  const maxBytes = maxLineBytes(parsed);
  const scoring = mode === 'assess' ? loadScoringPolicy(flag(parsed, '--policy')) : commonLocalBands;
  const marac = mode === 'marac' ? loadMaracPolicy(flag(parsed, '--policy')) : safelivesPlusLibraryDefaultsMarac;
  // Stored results in MARAC records are checked for meaning under the policy they name: a local one must be given.
  const storedPolicies = mode === 'marac' && flag(parsed, '--scoring') !== undefined ? [loadScoringPolicy(flag(parsed, '--scoring'))] : [];
  const quiet = parsed.flags.has('--quiet');
  const source = await openInput(io, file);
  let errors: Sink;
  try {
    errors = await openErrors(flag(parsed, '--errors'), err, file);
  } catch (error) {
    if (source !== io.stdin) source.destroy();
    throw error;
  }
  const counts = new Map<string, number>();
  let total = 0;
  let failed = 0;
  let lastProgress = Date.now();
  try {
    if (outFormat === 'csv') {
      await out.write(`${formatCsvLine(['line', 'id', 'instrument', 'edition', 'count', 'computedLevel', 'finalLevel', 'completeness', 'flags', 'policy', 'policyVersion'])}\n`);
    }
    for await (const record of records(source, format, maxBytes)) {
      if (io.interactive && !quiet && Date.now() - lastProgress > 1000) {
        lastProgress = Date.now();
        await err.write(`\r${total} records, ${failed} failed`);
      }
      total++;
      if ('error' in record) {
        failed++;
        await errors.write(`${JSON.stringify({ line: record.line, code: 'invalid-input', issues: [{ path: [], rule: record.rule, message: record.error }] })}\n`);
        continue;
      }
      let written: string;
      try {
        written = outcome(record.line, record.value, mode, outFormat, scoring, marac, storedPolicies, counts);
      } catch (error) {
        if (!isDaRiskError(error)) throw new InternalError(record.line, error);
        failed++;
        await errors.write(`${JSON.stringify({ line: record.line, code: error.code, issues: error.issues })}\n`);
        continue;
      }
      await out.write(written);
    }
  } catch (error) {
    if (error instanceof OutputClosed) {
      // The reader of stdout has gone: stop quietly with the code so far (the errors file still
      // has to be complete: if it cannot be, that is exit 2).
      if (errors !== err) await errors.end();
      return failed > 0 ? EXIT.someFailed : EXIT.ok;
    }
    if (errors !== err) await errors.end().catch(() => undefined);
    throw error;
  }
  if (errors !== err) await errors.end();
  if (!quiet) {
    const byLevel = [...counts.entries()].map(([key, n]) => `${key}: ${n}`).join(', ');
    await err.write(`${io.interactive ? '\r' : ''}${total} records, ${failed} failed${byLevel === '' ? '' : `; ${byLevel}`}\n`);
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** Assesses or checks one record and returns the text to write for it; a DaRiskError is the record's failure. */
function outcome(
  line: number,
  value: unknown,
  mode: 'assess' | 'marac',
  outFormat: 'ndjson' | 'csv',
  scoring: ScoringPolicy,
  marac: MaracPolicy,
  storedPolicies: readonly ScoringPolicy[],
  counts: Map<string, number>,
): string {
  if (mode === 'marac') {
    const decision = checkMarac(value, marac, { policies: storedPolicies });
    counts.set(decision.outcome, (counts.get(decision.outcome) ?? 0) + 1);
    return `${JSON.stringify({ line, decision })}\n`;
  }
  const result = assessAny(value, { scoring });
  const level = result.kind === 'rim' ? (result.household.highestFinal === null ? 'no scale' : `scale ${result.household.highestFinal}`) : (result.final.level ?? 'no level');
  counts.set(level, (counts.get(level) ?? 0) + 1);
  if (outFormat === 'ndjson') return `${JSON.stringify({ line, result })}\n`;
  const checklist = result.kind === 'checklist' ? result : null;
  return `${formatCsvLine([
    line,
    result.assessmentId,
    result.instrument.id,
    result.instrument.edition,
    checklist?.count ?? null,
    checklist?.computed?.level ?? null,
    result.kind === 'rim' ? result.household.highestFinal : result.final.level,
    checklist?.completeness.status ?? null,
    (checklist?.flags ?? (result.kind === 'dara' ? result.consistencyFlags : [])).map((f) => f.id).join(';'),
    result.policy.id,
    result.policy.version,
  ])}\n`;
}

/** An internal error's stack frames, without its message (which might quote a value). */
function frames(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  return [`  ${name} (message withheld: it may quote a record)`, ...stack].join('\n');
}

/**
 * Runs the command line with arguments and streams; returns the exit code
 * (see {@link EXIT}). Never throws, and never leaves an error event on the
 * streams unhandled.
 *
 * @internal
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const out = new Sink(io.stdout, () => new OutputClosed('stdout closed'));
  const err = new Sink(io.stderr, 'best-effort');
  let debug = argv.includes('--debug');
  try {
    const parsed = parseArgs(argv);
    debug = parsed.flags.has('--debug');
    if (parsed.command === undefined || parsed.command === 'help' || parsed.flags.has('--help')) {
      const asked = parsed.command !== undefined || parsed.flags.has('--help');
      await (asked ? out : err).write(USAGE);
      return asked ? EXIT.ok : EXIT.couldNotRun;
    }
    switch (parsed.command) {
      case 'instruments':
        return await instruments(out, parsed);
      case 'schema':
        return await schema(out, parsed);
      case 'assess':
        return await bulk(io, out, err, parsed, 'assess');
      case 'marac':
        return await bulk(io, out, err, parsed, 'marac');
      default:
        // What was typed is not repeated: an argument can hold anything, even a name.
        throw new UsageError('the command given is not one of: instruments, schema, assess, marac');
    }
  } catch (error) {
    if (error instanceof OutputClosed) return EXIT.ok;
    if (error instanceof UsageError || error instanceof CouldNotRun || isDaRiskError(error)) {
      await err.write(`da-risk: ${error.message}\n${error instanceof UsageError ? 'Run da-risk help for usage.\n' : ''}`);
      return EXIT.couldNotRun;
    }
    const line = error instanceof InternalError && error.line !== undefined ? ` at line ${error.line}` : '';
    const cause = error instanceof InternalError ? error.cause : error;
    await err.write(
      `da-risk: stopped on an internal error${line}; the records before it were written.${debug ? `\n${frames(cause)}` : ' Run again with --debug to see where.'}\n`,
    );
    return EXIT.internalError;
  } finally {
    out.detach();
    err.detach();
  }
}
