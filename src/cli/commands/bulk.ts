/**
 * The loop `assess` and `marac` share: open the input and the errors file,
 * read records, write one output per record and one report per failure, and
 * end with a summary. Stops quietly when stdout is closed (`| head`), and
 * with the summary so far when interrupted (Ctrl-C).
 *
 * @module
 */
import { isDaRiskError } from '../../errors/error.js';
import { stringOption, type Values } from '../args.js';
import { EXIT, InternalError, Interrupted, OutputClosed, UsageError } from '../errors.js';
import { openErrorsFile, openInput } from '../files.js';
import type { CliIo } from '../io.js';
import { DEFAULT_MAX_LINE_BYTES, MAX_MAX_LINE_BYTES } from '../lines.js';
import { formatOf, readRecords, type Format } from '../records.js';
import { outputHeader, type OutFormat } from '../output.js';
import type { Sink } from '../sink.js';
import { RunCounts } from '../summary.js';

/** What a bulk command does with each record. @internal */
export interface BulkMode {
  /** The command's name, for messages. */
  readonly command: 'assess' | 'marac';
  /** The CSV output's columns. */
  readonly columns: readonly string[];
  /** The input formats the command reads. */
  readonly formats: readonly Format[];
  /**
   * Processes one record: the text to write and the key it is counted under.
   * A DaRiskError thrown is the record's failure; anything else is an internal error.
   */
  process(line: number, value: unknown, out: OutFormat): { readonly text: string; readonly key: string };
}

/** The options every bulk command takes, read and checked. @internal */
export interface BulkOptions {
  readonly file: string | undefined;
  readonly format: Format;
  readonly out: OutFormat;
  readonly maxLineBytes: number;
  readonly errors: string | undefined;
  readonly quiet: boolean;
}

/**
 * Reads and checks the options `assess` and `marac` share.
 *
 * @throws {@link UsageError} for a value out of range
 * @internal
 */
export function bulkOptions(mode: Pick<BulkMode, 'command' | 'formats'>, values: Values, positionals: readonly string[]): BulkOptions {
  const file = positionals[0];
  const named = stringOption(values, 'in');
  const format = formatOf(named, file);
  if (format === null || (named !== undefined && !mode.formats.includes(format))) {
    throw new UsageError(`--in must be ${mode.formats.join(', ').replace(/, ([^,]*)$/, ' or $1')}`, mode.command);
  }
  if (!mode.formats.includes(format)) {
    // Only a file's extension gets here: say why, and how to read the file anyway.
    throw new UsageError(`${mode.command} reads JSON lines or a JSON file, not CSV (its records hold lists); for a file with another extension, give --in ndjson or --in json`, mode.command);
  }
  const out = stringOption(values, 'out') ?? 'ndjson';
  if (out !== 'ndjson' && out !== 'csv') throw new UsageError('--out must be ndjson or csv', mode.command);
  const given = stringOption(values, 'max-line-bytes');
  const maxLineBytes = given === undefined ? DEFAULT_MAX_LINE_BYTES : /^[0-9]{1,10}$/.test(given) ? Number(given) : NaN;
  if (!(maxLineBytes >= 1 && maxLineBytes <= MAX_MAX_LINE_BYTES)) {
    throw new UsageError(`--max-line-bytes must be a whole number of bytes from 1 to ${MAX_MAX_LINE_BYTES}`, mode.command);
  }
  return { file, format, out, maxLineBytes, errors: stringOption(values, 'errors'), quiet: values['quiet'] === true };
}

/**
 * Runs a bulk command over its input; returns the exit code: 0 every record
 * passed, 1 some failed, 130 interrupted (after writing the summary so far).
 *
 * @throws {@link CouldNotRun} or {@link UsageError} before any output when a file cannot be used
 * @internal
 */
export async function runBulk(io: CliIo, out: Sink, err: Sink, options: BulkOptions, mode: BulkMode): Promise<number> {
  const input = await openInput(io, options.file);
  let errors: Sink;
  try {
    errors = await openErrorsFile(io, options.errors, err, options.file);
  } catch (error) {
    if (input.source !== io.stdin) input.source.destroy();
    throw error;
  }
  const counts = new RunCounts(err, io.interactive && !options.quiet, io.now ?? Date.now);
  const report = async (text: string): Promise<void> => {
    if (errors === err) await counts.clear();
    await errors.write(text);
  };
  // The CSV header goes out with the first row (or at the end), so a file refused as empty leaves stdout empty.
  let header = outputHeader(options.out, mode.columns);
  const write = async (text: string): Promise<void> => {
    await out.write(header + text);
    header = '';
  };
  let stopped: 'closed' | 'interrupted' | null = null;
  try {
    for await (const record of readRecords(input, options.format, options.maxLineBytes, io.signal)) {
      if (io.signal?.aborted === true) throw new Interrupted('interrupted');
      await counts.tick();
      counts.total++;
      if ('error' in record) {
        counts.failed++;
        await report(`${JSON.stringify({ line: record.line, code: 'invalid-input', issues: [{ path: [], rule: record.rule, message: record.error }] })}\n`);
        continue;
      }
      let written: { readonly text: string; readonly key: string };
      try {
        written = mode.process(record.line, record.value, options.out);
      } catch (error) {
        if (!isDaRiskError(error)) throw new InternalError(record.line, error);
        counts.failed++;
        await report(`${JSON.stringify({ line: record.line, code: error.code, issues: error.issues })}\n`);
        continue;
      }
      counts.passed(written.key);
      await write(written.text);
    }
    if (header !== '') await write('');
  } catch (error) {
    if (error instanceof OutputClosed) stopped = 'closed';
    else if (error instanceof Interrupted) stopped = 'interrupted';
    else {
      if (errors !== err) await errors.end().catch(() => undefined);
      throw error;
    }
  }
  // The errors file must be complete even when the run stopped early: if it cannot be, that is exit 2.
  if (errors !== err) await errors.end();
  const code = counts.failed > 0 ? EXIT.someFailed : EXIT.ok;
  // The reader of stdout has gone: stop quietly with the code so far.
  if (stopped === 'closed') return code;
  await counts.clear();
  if (stopped === 'interrupted') {
    await err.write(`${counts.summary()}\nda-risk: interrupted (Ctrl-C): the results of the records counted above were written; run again to do the rest\n`);
    return EXIT.interrupted;
  }
  if (!options.quiet) await err.write(`${counts.summary()}\n`);
  return code;
}
