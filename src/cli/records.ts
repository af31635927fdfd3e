/**
 * The records of a bulk command's input, in any of its formats, in batches:
 * JSON lines and CSV streamed, a JSON file read whole. Reading stops when the user
 * interrupts; a named file that holds no records is refused.
 *
 * @module
 */
import type { BatchPart, RecordBatch } from './batch.js';
import { csvRecordBatches } from './csv-records.js';
import { CouldNotRun, Interrupted, emptyInput, fileError } from './errors.js';
import { RegularFile, closeInput, type Input } from './files.js';
import type { Emptiness, InputRecord } from './input-record.js';
import { LineFramer, type Framed } from './line-framer.js';
import { MAX_JSON_FILE_BYTES, asBytes, jsonFileBytes } from './lines.js';

/** An input format. @internal */
export type Format = 'json' | 'ndjson' | 'csv';

/** The next item of an iterator, or Interrupted as soon as `signal` is aborted (the listener removed either way). */
function nextOrInterrupt(iterator: AsyncIterator<unknown>, signal: AbortSignal | undefined): Promise<IteratorResult<unknown>> {
  if (signal === undefined) return iterator.next();
  if (signal.aborted) return Promise.reject(new Interrupted('interrupted'));
  // A listener per read, removed when it settles: one long-lived promise raced against every read
  // would keep every chunk reachable from its reactions, and memory would grow with the input.
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(new Interrupted('interrupted'));
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (next) => {
        signal.removeEventListener('abort', onAbort);
        resolve(next);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Bytes read from a regular file at a time: a batch of records, and a text short enough to stay out of V8's large-object space. */
const FILE_CHUNK_BYTES = 64 * 1024;

/** Resolves after the event loop has had a turn: signals, worker messages and stream events come in. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The source's chunks. A read error (a folder, a device failing) becomes
 * "could not run" naming the file; an interrupt stops the reading at once,
 * even while waiting for stdin.
 */
async function* chunksOf(input: Input, signal: AbortSignal | undefined): AsyncGenerator<unknown> {
  const { source } = input;
  if (source instanceof RegularFile) {
    try {
      for (;;) {
        // A file is always ready: give the event loop its turn between chunks, or nothing else would run.
        await nextTurn();
        if (signal?.aborted === true) throw new Interrupted('interrupted');
        let chunk: Buffer | null;
        try {
          chunk = source.read(FILE_CHUNK_BYTES);
        } catch (error) {
          throw fileError('input file', input.path!, error);
        }
        if (chunk === null) return;
        yield chunk;
      }
    } finally {
      source.close();
    }
  }
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  try {
    for (;;) {
      let next: IteratorResult<unknown>;
      try {
        next = await nextOrInterrupt(iterator, signal);
      } catch (error) {
        if (error instanceof Interrupted) throw error;
        throw input.path === undefined ? new CouldNotRun('the input (stdin) could not be read; check what is piped in') : fileError('input file', input.path, error);
      }
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    // Stops and closes the source when the run ends early (stdout closed, an interrupt, an internal
    // error). Destroyed first: the iterator's own return waits behind a read still pending (stdin
    // waiting for input), which would keep the process alive.
    closeInput(input);
    iterator.return?.().catch(() => undefined);
  }
}

/** The most records of a JSON file put in one batch. */
const JSON_BATCH_RECORDS = 1024;

/**
 * JSON lines: one record per line; blank lines skipped. A batch per chunk:
 * the lines it completes as text, parsed by whoever processes the batch.
 */
async function* ndjsonBatches(chunks: AsyncIterable<unknown>, maxBytes: number): AsyncGenerator<RecordBatch, Emptiness> {
  const framer = new LineFramer(maxBytes);
  let bytes = 0;
  // Whether a line held anything but blanks (a line over the cap counts): only looked for until found.
  let records = false;
  const batchOf = (framed: readonly Framed[]): BatchPart[] => {
    const batch: BatchPart[] = [];
    for (const part of framed) {
      if (part.kind === 'lines') {
        records ||= part.text.trim() !== '';
        batch.push(part);
      } else {
        records = true;
        batch.push({ kind: 'records', records: [{ line: part.line, rule: 'max-line-bytes', error: `the line is longer than ${maxBytes} bytes (--max-line-bytes); it was skipped` }] });
      }
    }
    return batch;
  };
  for await (const raw of chunks) {
    const chunk = asBytes(raw);
    bytes += chunk.length;
    const batch = batchOf(framer.push(chunk));
    if (batch.length > 0) yield batch;
  }
  const last = batchOf(framer.end());
  if (last.length > 0) yield last;
  return records ? null : bytes === 0 ? 'no bytes' : 'blank lines';
}

/** CSV: a batch of the records each chunk completes. */
async function* csvBatches(chunks: AsyncIterable<unknown>, maxBytes: number): AsyncGenerator<RecordBatch, Emptiness> {
  const batches = csvRecordBatches(chunks, maxBytes);
  try {
    for (;;) {
      const next = await batches.next();
      if (next.done === true) return next.value;
      if (next.value.length > 0) yield [{ kind: 'records', records: next.value }];
    }
  } finally {
    // Stopped early: close the chunks too.
    await batches.return(null);
  }
}

/** A JSON file: an array of records (or one record), read whole, in batches. */
async function* jsonBatches(chunks: AsyncIterable<unknown>): AsyncGenerator<RecordBatch, Emptiness> {
  const text = await jsonFileBytes(chunks, MAX_JSON_FILE_BYTES);
  if (text === null) throw new CouldNotRun(`a JSON file is read whole, and this one is over ${MAX_JSON_FILE_BYTES / 1024 / 1024} MiB: give JSON lines instead`);
  if (text.trim() === '') return text === '' ? 'no bytes' : 'blank lines';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    yield [{ kind: 'records', records: [{ line: 1, rule: 'format', error: 'the file is not valid JSON' }] }];
    return null;
  }
  const list: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
  for (let from = 0; from < list.length; from += JSON_BATCH_RECORDS) {
    const records: InputRecord[] = [];
    for (let i = from; i < Math.min(list.length, from + JSON_BATCH_RECORDS); i++) records.push({ line: i + 1, value: list[i] });
    yield [{ kind: 'records', records }];
  }
  // An empty array is a file of no records on purpose: not refused as empty.
  return null;
}

/**
 * Yields the input's records in batches, one per chunk read (JSON lines
 * still as text; CSV rows and a JSON file's items read), with their line
 * numbers (1-based; for a JSON array, the index + 1).
 *
 * @throws {@link CouldNotRun} for an input that cannot be read, a refused CSV header, or a named file with no records;
 *   {@link Interrupted} when `signal` is aborted
 * @internal
 */
export async function* readBatches(input: Input, format: Format, maxBytes: number, signal?: AbortSignal): AsyncGenerator<RecordBatch> {
  const chunks = chunksOf(input, signal);
  const empty = format === 'csv' ? yield* csvBatches(chunks, maxBytes) : format === 'json' ? yield* jsonBatches(chunks) : yield* ndjsonBatches(chunks, maxBytes);
  // A named file with nothing to read is a mistake worth saying so; an empty pipe is a filter that found nothing.
  if (input.path !== undefined && empty !== null) throw emptyInput(input.path, empty);
}

/** The format named by `--in`, else by the file's extension (`.csv`, `.json`), else JSON lines. @internal */
export function formatOf(given: string | undefined, path: string | undefined): Format | null {
  if (given !== undefined) return given === 'json' || given === 'ndjson' || given === 'csv' ? given : null;
  const lower = path?.toLowerCase();
  if (lower?.endsWith('.csv')) return 'csv';
  if (lower?.endsWith('.json')) return 'json';
  return 'ndjson';
}
