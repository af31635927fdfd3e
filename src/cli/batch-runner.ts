/**
 * Where batches are processed: on the main thread, one at a time
 * (`--jobs 1`), or by a pool of workers (see {@link startWorkers}).
 *
 * @module
 */
import { processBatch, type BatchResult, type RecordBatch, type RecordHandler } from './batch.js';

/** Processes batches; the pipeline keeps at most `capacity` of them in flight. @internal */
export interface BatchRunner {
  /** How many batches may be in flight at once (read and not yet written). */
  readonly capacity: number;
  /** Processes a batch. Rejects only when the runner itself broke (a worker died). */
  run(batch: RecordBatch): Promise<BatchResult>;
  /** Stops the runner (ends its workers). */
  close(): Promise<void>;
}

/**
 * A runner that processes each batch on this thread as it is given, one
 * batch in flight at a time; `progress` is called after each record with
 * the batch's counts so far.
 *
 * @internal
 */
export function inlineRunner(handle: RecordHandler, progress?: (total: number, failed: number) => void): BatchRunner {
  return {
    capacity: 1,
    run: (batch) => Promise.resolve(processBatch(batch, handle, progress)),
    close: () => Promise.resolve(),
  };
}
