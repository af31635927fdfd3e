/**
 * The loop `assess` and `marac` share: open the input and the errors file,
 * read records in batches, process them (on this thread, or by `--jobs N`
 * workers), write each batch's output and failure reports in input order,
 * and end with a summary. Stops quietly when stdout is closed (`| head`),
 * and with the summary so far when interrupted (Ctrl-C).
 *
 * @module
 */
import { stringOption, type Values } from '../args.js';
import type { BatchResult } from '../batch.js';
import { inlineRunner, type BatchRunner } from '../batch-runner.js';
import { recordHandler, type BulkJob } from '../bulk-job.js';
import { EXIT, InternalError, Interrupted, OutputClosed, UsageError } from '../errors.js';
import { closeInput, openErrorsFile, openInput } from '../files.js';
import type { CliIo } from '../io.js';
import { DEFAULT_MAX_LINE_BYTES, MAX_MAX_LINE_BYTES } from '../lines.js';
import { outputHeader, type OutFormat } from '../output.js';
import { runPipeline } from '../pipeline.js';
import { formatOf, readBatches, type Format } from '../records.js';
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
  /** The job each record is processed under (as data, so workers can be given it). */
  readonly job: BulkJob;
}

/** The options every bulk command takes, read and checked. @internal */
export interface BulkOptions {
  readonly file: string | undefined;
  readonly format: Format;
  readonly out: OutFormat;
  readonly maxLineBytes: number;
  readonly errors: string | undefined;
  readonly quiet: boolean;
  /** Worker threads processing records (`--jobs`); 1 processes them on the main thread. */
  readonly jobs: number;
}

/** The most `--jobs` may ask for. @internal */
export const MAX_JOBS = 64;

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
  const jobsGiven = stringOption(values, 'jobs');
  const jobs = jobsGiven === undefined ? 1 : /^[0-9]{1,3}$/.test(jobsGiven) ? Number(jobsGiven) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS} (the number of cores is a good choice)`, mode.command);
  return { file, format, out, maxLineBytes, errors: stringOption(values, 'errors'), quiet: values['quiet'] === true, jobs };
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
    if (input.source !== io.stdin) closeInput(input);
    throw error;
  }
  const counts = new RunCounts(err, io.interactive && !options.quiet, io.now ?? Date.now);
  // The CSV header goes out with the first row (or at the end), so a file refused as empty leaves stdout empty.
  let header = outputHeader(options.out, mode.columns);
  // A batch's counts are added before its output is written: when stdout closes, the code says
  // whether a record read so far failed; when interrupted, every batch counted was written.
  const write = async (result: BatchResult): Promise<void> => {
    counts.add(result);
    if (result.out !== '') {
      await out.write(header + result.out);
      header = '';
    }
    if (result.reports !== '') {
      if (errors === err) await counts.clear();
      await errors.write(result.reports);
    }
    if (result.stop !== undefined) throw new InternalError(result.stop.line, result.stop.cause);
    await counts.tick();
  };
  const check = (): void => {
    if (io.signal?.aborted === true) throw new Interrupted('interrupted');
  };
  let stopped: 'closed' | 'interrupted' | null = null;
  let runner: BatchRunner | undefined;
  try {
    runner = await startRunner(options.jobs, mode.job, counts);
    await runPipeline(readBatches(input, options.format, options.maxLineBytes, io.signal), runner, write, check);
    if (header !== '') await out.write(header);
  } catch (error) {
    // Stops reading at once, even while waiting for more input on stdin.
    closeInput(input);
    if (error instanceof OutputClosed) stopped = 'closed';
    else if (error instanceof Interrupted) stopped = 'interrupted';
    else {
      if (errors !== err) await errors.end().catch(() => undefined);
      throw error;
    }
  } finally {
    await runner?.close();
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

/** The runner for `--jobs`: this thread alone for 1 (with the progress line drawn record by record), else this thread and workers. */
async function startRunner(jobs: number, job: BulkJob, counts: RunCounts): Promise<BatchRunner> {
  if (jobs > 1) return (await import('../worker-pool.js')).startWorkers(jobs, job, await recordHandler(job));
  const progress = (total: number, failed: number): void => void counts.tick(counts.total + total, counts.failed + failed);
  return inlineRunner(await recordHandler(job), counts.drawsProgress ? progress : undefined);
}
