/**
 * The `da-risk` command line: list editions, print schemas, and assess or
 * check MARAC routes in bulk, streaming JSON lines or CSV.
 *
 * @module
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { assess } from '../api/assess.js';
import { assessDara } from '../api/dara.js';
import { defaultRegistry } from '../api/default-registry.js';
import { checkMarac } from '../api/marac.js';
import { defineMaracPolicy, defineScoringPolicy } from '../api/policies.js';
import { assessRim } from '../api/rim.js';
import { isDaRiskError } from '../errors/error.js';
import { toFhirQuestionnaire } from '../interop/fhir.js';
import { assessmentInputJsonSchema, resultJsonSchema, type ResultKind } from '../interop/json-schema.js';
import type { MaracPolicy, ScoringPolicy } from '../model/policy.js';
import { commonLocalBands } from '../policies/common-local-bands.js';
import { caadaCrimeOnlyRepeatMarac, safelives2009Marac, safelivesMarac, safelivesPlusLibraryDefaultsMarac } from '../policies/safelives-marac.js';
import { formatCsvLine, parseCsvLine } from './csv.js';

/** What the command line reads from and writes to. @internal */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether stderr is a terminal (progress lines are shown only then). */
  readonly interactive: boolean;
}

const USAGE = `Usage: da-risk <command> [options]

Commands:
  instruments                          list the editions, with their status
  schema <instrument> [--edition E] [--format json-schema|fhir]
                                       print an edition's input JSON Schema or FHIR Questionnaire
  schema --result checklist|dara|rim|marac-decision|case
                                       print a result's JSON Schema
  assess [file|-] [--in json|ndjson|csv] [--out ndjson|csv] [--policy NAME|FILE] [--errors FILE] [--quiet]
                                       assess records (DASH, DARA or RIM inputs), one result per record
  marac [file|-] [--policy safelives-plus-library-defaults|safelives|safelives-2009|caada-crime-only-repeat|FILE] [--scoring FILE] [--errors FILE] [--quiet]
                                       check MARAC routes for each record (MARAC check inputs); --scoring
                                       names the local scoring policy the records' stored results were made under

Input is read as JSON lines (one record per line) unless --in or the file's extension
says otherwise; JSON files (an array) are read whole, JSON lines and CSV are streamed.
A record that fails is reported on stderr (or in --errors) with its line number, the
field and the rule broken, never the value, and the run goes on.
Exit code: 0 all records passed; 1 some record failed; 2 the command could not run.
`;

class UsageError extends Error {}

interface Parsed {
  readonly command: string | undefined;
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const withValue = new Set(['--in', '--out', '--policy', '--scoring', '--errors', '--edition', '--format', '--result']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.split('=', 2) as [string, string | undefined];
      if (withValue.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`${name} needs a value`);
        flags.set(name, value);
      } else if (['--quiet', '--help', '--json'].includes(name)) flags.set(name, true);
      else throw new UsageError(`unknown option ${name}`);
    } else positional.push(arg);
  }
  return { command: positional.shift(), positional, flags };
}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}

function flag(parsed: Parsed, name: string): string | undefined {
  const value = parsed.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

function loadScoringPolicy(spec: string | undefined): ScoringPolicy {
  if (spec === undefined || spec === commonLocalBands.id) return commonLocalBands;
  if (!spec.endsWith('.json')) throw new UsageError(`unknown scoring policy ${spec} (shipped: ${commonLocalBands.id}; or give a .json file)`);
  return defineScoringPolicy(JSON.parse(readFileSync(spec, 'utf8')));
}

function loadMaracPolicy(spec: string | undefined): MaracPolicy {
  if (spec === undefined) return safelivesPlusLibraryDefaultsMarac;
  const shipped = [safelivesPlusLibraryDefaultsMarac, safelivesMarac, safelives2009Marac, caadaCrimeOnlyRepeatMarac].find((policy) => policy.id === spec);
  if (shipped !== undefined) return shipped;
  if (!spec.endsWith('.json')) {
    throw new UsageError(`unknown MARAC policy ${spec} (shipped: safelives-plus-library-defaults, safelives, safelives-2009, caada-crime-only-repeat; or give a .json file)`);
  }
  return defineMaracPolicy(JSON.parse(readFileSync(spec, 'utf8')));
}

async function instruments(io: CliIo, parsed: Parsed): Promise<number> {
  const list = defaultRegistry.list();
  if (parsed.flags.has('--json')) {
    await write(io.stdout, `${JSON.stringify(list)}\n`);
    return 0;
  }
  for (const summary of list) {
    await write(io.stdout, `${`${summary.id}@${summary.edition}`.padEnd(32)} ${summary.status.padEnd(12)} ${String(summary.items).padStart(3)} items  ${summary.title}\n`);
  }
  return 0;
}

async function schema(io: CliIo, parsed: Parsed): Promise<number> {
  const result = flag(parsed, '--result');
  if (result !== undefined) {
    await write(io.stdout, `${JSON.stringify(resultJsonSchema(result as ResultKind), null, 2)}\n`);
    return 0;
  }
  const id = parsed.positional[0];
  if (id === undefined) throw new UsageError('schema needs an instrument id (see da-risk instruments) or --result');
  const editions = defaultRegistry.editions(id);
  const edition = flag(parsed, '--edition') ?? (editions.length === 1 ? editions[0] : undefined);
  if (edition === undefined) throw new UsageError(`name the edition of ${id} with --edition (known: ${editions.join(', ') || 'none'})`);
  const instrument = defaultRegistry.get(id, edition);
  const format = flag(parsed, '--format') ?? 'json-schema';
  if (format !== 'json-schema' && format !== 'fhir') throw new UsageError('--format must be json-schema or fhir');
  const document = format === 'fhir' ? toFhirQuestionnaire(instrument) : assessmentInputJsonSchema(instrument);
  await write(io.stdout, `${JSON.stringify(document, null, 2)}\n`);
  return 0;
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

/** Yields records with their line numbers (1-based; for a JSON array, the index + 1). */
async function* records(io: CliIo, file: string | undefined, format: Format): AsyncGenerator<{ line: number; value: unknown } | { line: number; error: string }> {
  const source = file === undefined || file === '-' ? io.stdin : createReadStream(file, { encoding: 'utf8' });
  if (format === 'json') {
    let text = '';
    for await (const chunk of source) text += String(chunk);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      yield { line: 1, error: 'the file is not valid JSON' };
      return;
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    for (let i = 0; i < list.length; i++) yield { line: i + 1, value: list[i] };
    return;
  }
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  let n = 0;
  let header: string[] | null = null;
  for await (const raw of lines) {
    n++;
    const line = raw.trim();
    if (line === '') continue;
    if (format === 'ndjson') {
      try {
        yield { line: n, value: JSON.parse(line) as unknown };
      } catch {
        yield { line: n, error: 'the line is not valid JSON' };
      }
      continue;
    }
    const fields = parseCsvLine(raw);
    if (fields === null) {
      yield { line: n, error: 'the line has an unclosed quote' };
      continue;
    }
    if (header === null) {
      header = fields;
      for (const required of ['instrument', 'edition']) if (!header.includes(required)) throw new UsageError(`the CSV header needs a ${required} column`);
      continue;
    }
    if (fields.length !== header.length) {
      yield { line: n, error: `the line has ${fields.length} fields; the header has ${header.length}` };
      continue;
    }
    const record: Record<string, unknown> = { answers: {} };
    header.forEach((column, i) => {
      const cell = fields[i]!;
      if (column === 'instrument') record['instrument'] = { ...(record['instrument'] as object), id: cell };
      else if (column === 'edition') record['instrument'] = { ...(record['instrument'] as object), edition: cell };
      else if (column === 'id' || column === 'assessedAt') {
        if (cell !== '') record[column] = cell;
      } else if (cell !== '') (record['answers'] as Record<string, unknown>)[column] = { value: cell };
    });
    yield { line: n, value: record };
  }
}

function kindOf(value: unknown): 'assessor-grade' | 'matrix' | 'checklist' {
  const ref = (value as { instrument?: { id?: unknown; edition?: unknown } } | null)?.instrument;
  if (typeof ref?.id === 'string' && typeof ref.edition === 'string') {
    const instrument = defaultRegistry.find(ref.id, ref.edition);
    if (instrument?.scoring === 'assessor-grade') return 'assessor-grade';
    if (instrument?.scoring === 'matrix') return 'matrix';
  }
  return 'checklist';
}

async function bulk(io: CliIo, parsed: Parsed, mode: 'assess' | 'marac'): Promise<number> {
  const file = parsed.positional[0];
  const format = inputFormat(parsed, file);
  const out = flag(parsed, '--out') ?? 'ndjson';
  if (out !== 'ndjson' && out !== 'csv') throw new UsageError('--out must be ndjson or csv');
  if (mode === 'marac' && out === 'csv') throw new UsageError('marac writes JSON lines only');
  const scoring = mode === 'assess' ? loadScoringPolicy(flag(parsed, '--policy')) : commonLocalBands;
  const marac = mode === 'marac' ? loadMaracPolicy(flag(parsed, '--policy')) : safelivesPlusLibraryDefaultsMarac;
  // Stored results in MARAC records are checked for meaning under the policy they name: a local one must be given.
  const storedPolicies = mode === 'marac' && flag(parsed, '--scoring') !== undefined ? [loadScoringPolicy(flag(parsed, '--scoring'))] : [];
  const errorsPath = flag(parsed, '--errors');
  const errors = errorsPath === undefined ? io.stderr : createWriteStream(errorsPath, { encoding: 'utf8' });
  const quiet = parsed.flags.has('--quiet');
  const counts = new Map<string, number>();
  let total = 0;
  let failed = 0;
  let lastProgress = Date.now();
  if (out === 'csv') {
    await write(io.stdout, `${formatCsvLine(['line', 'id', 'instrument', 'edition', 'count', 'computedLevel', 'finalLevel', 'completeness', 'flags', 'policy', 'policyVersion'])}\n`);
  }
  for await (const record of records(io, file, format)) {
    total++;
    if ('error' in record) {
      failed++;
      await write(errors, `${JSON.stringify({ line: record.line, code: 'invalid-input', issues: [{ path: [], rule: 'format', message: record.error }] })}\n`);
      continue;
    }
    try {
      if (mode === 'marac') {
        const decision = checkMarac(record.value, marac, { policies: storedPolicies });
        counts.set(decision.outcome, (counts.get(decision.outcome) ?? 0) + 1);
        await write(io.stdout, `${JSON.stringify({ line: record.line, decision })}\n`);
      } else {
        const kind = kindOf(record.value);
        const result = kind === 'assessor-grade' ? assessDara(record.value) : kind === 'matrix' ? assessRim(record.value) : assess(record.value, { policy: scoring });
        const level =
          result.kind === 'rim' ? (result.household.highestFinal === null ? 'no scale' : `scale ${result.household.highestFinal}`) : (result.final.level ?? 'no level');
        counts.set(level, (counts.get(level) ?? 0) + 1);
        if (out === 'csv') {
          const checklist = result.kind === 'checklist' ? result : null;
          await write(
            io.stdout,
            `${formatCsvLine([
              record.line,
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
            ])}\n`,
          );
        } else {
          await write(io.stdout, `${JSON.stringify({ line: record.line, result })}\n`);
        }
      }
    } catch (error) {
      if (!isDaRiskError(error)) throw error;
      failed++;
      await write(errors, `${JSON.stringify({ line: record.line, code: error.code, issues: error.issues })}\n`);
    }
    if (io.interactive && !quiet && Date.now() - lastProgress > 1000) {
      lastProgress = Date.now();
      await write(io.stderr, `\r${total} records, ${failed} failed`);
    }
  }
  if (errors !== io.stderr) await new Promise<void>((resolve) => (errors as Writable).end(resolve));
  if (!quiet) {
    const byLevel = [...counts.entries()].map(([key, n]) => `${key}: ${n}`).join(', ');
    await write(io.stderr, `${io.interactive ? '\r' : ''}${total} records, ${failed} failed${byLevel === '' ? '' : `; ${byLevel}`}\n`);
  }
  return failed > 0 ? 1 : 0;
}

/**
 * Runs the command line with arguments and streams; returns the exit code.
 *
 * @internal
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (parsed.command === undefined || parsed.command === 'help' || parsed.flags.has('--help')) {
      await write(parsed.command === undefined && !parsed.flags.has('--help') ? io.stderr : io.stdout, USAGE);
      return parsed.command === undefined && !parsed.flags.has('--help') ? 2 : 0;
    }
    switch (parsed.command) {
      case 'instruments':
        return await instruments(io, parsed);
      case 'schema':
        return await schema(io, parsed);
      case 'assess':
        return await bulk(io, parsed, 'assess');
      case 'marac':
        return await bulk(io, parsed, 'marac');
      default:
        throw new UsageError(`unknown command ${parsed.command}`);
    }
  } catch (error) {
    const message =
      error instanceof UsageError
        ? error.message
        : isDaRiskError(error)
          ? error.message
          : (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'the file could not be found'
            : error instanceof SyntaxError
              ? 'a policy file is not valid JSON'
              : 'the command failed';
    await write(io.stderr, `da-risk: ${message}\n${error instanceof UsageError ? 'Run da-risk help for usage.\n' : ''}`);
    return 2;
  }
}
