/**
 * A worker of `--jobs N`: makes the job's record handler, then processes
 * each batch it is sent and sends the result back with the batch's id.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, type BatchResult } from './batch.js';
import { recordHandler } from './bulk-job.js';
import type { BatchMessage, ResultMessage, WorkerSetup } from './worker-pool.js';

/** An error as a worker can post it: its name and stack frames (the message may quote a record, and is withheld anyway). */
function postable(cause: unknown): Error {
  const error = new Error('internal error in a worker');
  error.name = cause instanceof Error ? cause.name : typeof cause;
  const frames = cause instanceof Error && typeof cause.stack === 'string' ? cause.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  error.stack = [`${error.name}: ${error.message}`, ...frames].join('\n');
  return error;
}

/**
 * Serves batches on this worker's port until the pool ends the worker.
 *
 * @internal
 */
export async function serveBatches(): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  const { job } = workerData as WorkerSetup;
  const handle = await recordHandler(job);
  port.on('message', ({ id, batch }: BatchMessage) => {
    let result: BatchResult = processBatch(batch, handle);
    // What a record threw may not be postable (a function, a class instance): its name and frames are.
    if (result.stop !== undefined) result = { ...result, stop: { line: result.stop.line, cause: postable(result.stop.cause) } };
    const message: ResultMessage = { id, result };
    port.postMessage(message);
  });
}
