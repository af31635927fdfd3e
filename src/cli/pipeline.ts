/**
 * The bulk commands' pipeline: batches read, processed (on this thread or
 * by workers) and written in input order, with at most the runner's
 * capacity in flight, so memory stays bounded whatever the input's size:
 * reading waits for the writing, and the writing waits for stdout.
 *
 * @module
 */
import type { BatchResult, RecordBatch } from './batch.js';
import type { BatchRunner } from './batch-runner.js';

const ignore = (): void => undefined;

/**
 * Reads `batches`, gives each to `runner`, and hands the results to `write`
 * in the order the batches were read, one at a time. `check` is called
 * before each batch is read and before it is processed (it throws to stop,
 * as on an interrupt). Resolves when every batch has been written; rejects
 * with the first error from reading, processing or writing, after which
 * nothing more is read or written (the caller closes the runner and the
 * input).
 *
 * @internal
 */
export async function runPipeline(batches: AsyncIterator<RecordBatch>, runner: BatchRunner, write: (result: BatchResult) => Promise<void>, check: () => void): Promise<void> {
  /** Results of the batches in flight, oldest first. */
  const inFlight: Promise<BatchResult>[] = [];
  let reading: Promise<IteratorResult<RecordBatch>> | null = null;
  let ended = false;
  try {
    for (;;) {
      if (!ended && reading === null && inFlight.length < runner.capacity) {
        check();
        reading = batches.next();
      }
      const oldest = inFlight[0];
      if (reading === null && oldest === undefined) return;
      // Whichever comes first: the next batch read, or the oldest batch's result.
      const event: { readonly read: IteratorResult<RecordBatch> } | { readonly result: BatchResult } =
        reading === null
          ? { result: await oldest! }
          : oldest === undefined
            ? { read: await reading }
            : await Promise.race([reading.then((read) => ({ read })), oldest.then((result) => ({ result }))]);
      if ('read' in event) {
        reading = null;
        if (event.read.done === true) ended = true;
        else {
          check();
          const result = runner.run(event.read.value);
          // A batch whose result is never awaited (the run stopped first) must not fail unhandled.
          result.catch(ignore);
          inFlight.push(result);
        }
      } else {
        inFlight.shift();
        await write(event.result);
      }
    }
  } finally {
    // A read still pending when the run stops is settled by the caller closing the input.
    reading?.catch(ignore);
  }
}
