/**
 * The records of a bulk command's input, in any of its formats: JSON lines
 * and CSV streamed, a JSON file read whole. Reading stops when the user
 * interrupts; a named file that holds no records is refused.
 *
 * @module
 */
import { csvRecords } from './csv-records.js';
import { CouldNotRun, Interrupted, emptyInput, fileError } from './errors.js';
import type { Input } from './files.js';
import type { Emptiness, InputRecord } from './input-record.js';
import { MAX_JSON_FILE_BYTES, asBytes, jsonFileBytes, splitLines } from './lines.js';

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

/**
 * The source's chunks. A read error (a folder, a device failing) becomes
 * "could not run" naming the file; an interrupt stops the reading at once,
 * even while waiting for stdin.
 */
async function* chunksOf(input: Input, signal: AbortSignal | undefined): AsyncGenerator<unknown> {
  const iterator = input.source[Symbol.asyncIterator]() as AsyncIterator<unknown>;
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
    input.source.destroy();
    iterator.return?.().catch(() => undefined);
  }
}

/** Counts the bytes going by. */
async function* counted(chunks: AsyncIterable<unknown>, count: { bytes: number }): AsyncGenerator<Buffer> {
  for await (const raw of chunks) {
    const chunk = asBytes(raw);
    count.bytes += chunk.length;
    yield chunk;
  }
}

/** JSON lines: one record per line; blank lines skipped. */
async function* ndjsonRecords(chunks: AsyncIterable<unknown>, maxBytes: number): AsyncGenerator<InputRecord, Emptiness> {
  const count = { bytes: 0 };
  let records = 0;
  for await (const batch of splitLines(counted(chunks, count), maxBytes)) {
    for (const read of batch) {
      records++;
      if ('tooLong' in read) {
        yield { line: read.line, rule: 'max-line-bytes', error: `the line is longer than ${maxBytes} bytes (--max-line-bytes); it was skipped` };
        continue;
      }
      const text = read.text.trim();
      if (text === '') {
        records--;
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text) as unknown;
      } catch {
        yield { line: read.line, rule: 'format', error: 'the line is not valid JSON' };
        continue;
      }
      yield { line: read.line, value };
    }
  }
  return records > 0 ? null : count.bytes === 0 ? 'no bytes' : 'blank lines';
}

/** A JSON file: an array of records (or one record), read whole. */
async function* jsonRecords(chunks: AsyncIterable<unknown>): AsyncGenerator<InputRecord, Emptiness> {
  const text = await jsonFileBytes(chunks, MAX_JSON_FILE_BYTES);
  if (text === null) throw new CouldNotRun(`a JSON file is read whole, and this one is over ${MAX_JSON_FILE_BYTES / 1024 / 1024} MiB: give JSON lines instead`);
  if (text.trim() === '') return text === '' ? 'no bytes' : 'blank lines';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    yield { line: 1, rule: 'format', error: 'the file is not valid JSON' };
    return null;
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  for (let i = 0; i < list.length; i++) yield { line: i + 1, value: list[i] };
  // An empty array is a file of no records on purpose: not refused as empty.
  return null;
}

/**
 * Yields the input's records with their line numbers (1-based; for a JSON
 * array, the index + 1).
 *
 * @throws {@link CouldNotRun} for an input that cannot be read, a refused CSV header, or a named file with no records;
 *   {@link Interrupted} when `signal` is aborted
 * @internal
 */
export async function* readRecords(input: Input, format: Format, maxBytes: number, signal?: AbortSignal): AsyncGenerator<InputRecord> {
  const chunks = chunksOf(input, signal);
  const empty = format === 'csv' ? yield* csvRecords(chunks, maxBytes) : format === 'json' ? yield* jsonRecords(chunks) : yield* ndjsonRecords(chunks, maxBytes);
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
