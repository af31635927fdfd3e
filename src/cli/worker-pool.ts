/**
 * `--jobs N`: N threads process batches (parse, assess, format): N - 1
 * worker threads, each kept two batches ahead, and the main thread, which
 * processes a batch itself whenever every worker has its hands full. The
 * pipeline puts the results back in input order; every thread runs the same
 * {@link processBatch} as the main thread does alone for `--jobs 1`.
 *
 * The executable (`bin.js`) is also the workers' script: run off the main
 * thread, it serves batches (see {@link serveBatches}).
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import { processBatch, type BatchResult, type RecordBatch, type RecordHandler } from './batch.js';
import type { BatchRunner } from './batch-runner.js';
import type { BulkJob } from './bulk-job.js';
import { InternalError } from './errors.js';

/** Batches in flight per worker: one being processed and the next waiting, so a worker never waits for the main thread. */
const BATCHES_PER_WORKER = 2;

/**
 * A worker's young generation, in MB: a quarter of V8's default (32 MB). Records die young, so
 * a smaller one costs some garbage-collection time (measured: about a third more in the worker)
 * and lowers the peak memory of a `--jobs 2` run (measured with a capped old generation: 140-145
 * MB on 200,000 records, 153-159 MB with 16 MB).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

// A worker's old generation is not capped. A cap of 32 MB kept the process's peak lower (about
// 140 MB on 200,000 records, against 171-185 MB without), but a worker then ran out of heap now
// and then on ordinary input (2,500 records of a JSON file, one run in five on a loaded machine):
// exit 3 where `--jobs 1` succeeds. A run that stops is worse than one that uses more memory.

/** The message a worker is sent: a batch and its id. @internal */
export interface BatchMessage {
  readonly id: number;
  readonly batch: RecordBatch;
}

/** The message a worker sends back: a batch's result and its id. @internal */
export interface ResultMessage {
  readonly id: number;
  readonly result: BatchResult;
}

/** What a worker is started with. @internal */
export interface WorkerSetup {
  readonly job: BulkJob;
}

interface Waiting {
  readonly resolve: (result: BatchResult) => void;
  readonly reject: (error: unknown) => void;
  readonly worker: PoolWorker;
}

interface PoolWorker {
  readonly thread: Worker;
  /** Batches given to it and not yet back. */
  inHand: number;
}

class WorkerPool implements BatchRunner {
  readonly capacity: number;
  private readonly workers: PoolWorker[];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private broken: unknown;

  constructor(
    workers: number,
    job: BulkJob,
    script: URL,
    private readonly inline: RecordHandler,
    oldGenerationMb: number | undefined,
  ) {
    // Two batches per thread, the main thread's included: the main thread's results, ready at
    // once, wait behind the workers' in input order, and with only one slot for them it would
    // sit idle until a worker finished (measured: a third of the batches instead of half).
    this.capacity = (workers + 1) * BATCHES_PER_WORKER;
    const setup: WorkerSetup = { job };
    this.workers = Array.from({ length: workers }, () => {
      const resourceLimits =
        oldGenerationMb === undefined
          ? { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
          : { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: oldGenerationMb };
      const worker: PoolWorker = { thread: new Worker(script, { workerData: setup, resourceLimits, stdout: false, stderr: false }), inHand: 0 };
      worker.thread.on('message', (message: ResultMessage) => this.settle(message));
      worker.thread.on('error', (error: unknown) => this.fail(error));
      worker.thread.on('exit', () => this.fail(new Error('a worker stopped')));
      return worker;
    });
  }

  run(batch: RecordBatch): Promise<BatchResult> {
    if (this.broken !== undefined) return Promise.reject(new InternalError(undefined, this.broken));
    let worker = this.workers[0]!;
    for (const other of this.workers) if (other.inHand < worker.inHand) worker = other;
    if (worker.inHand >= BATCHES_PER_WORKER) return Promise.resolve(processBatch(batch, this.inline));
    const id = this.nextId++;
    worker.inHand++;
    return new Promise<BatchResult>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker });
      const message: BatchMessage = { id, batch };
      worker.thread.postMessage(message);
    });
  }

  private settle({ id, result }: ResultMessage): void {
    const waiting = this.waiting.get(id);
    if (waiting === undefined) return;
    this.waiting.delete(id);
    waiting.worker.inHand--;
    waiting.resolve(result);
  }

  /** A worker failed or stopped: every batch still out fails, and so does every later one. */
  private fail(error: unknown): void {
    this.broken ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(new InternalError(undefined, this.broken));
    this.waiting.clear();
  }

  async close(): Promise<void> {
    this.broken ??= new Error('closed');
    await Promise.all(this.workers.map((worker) => worker.thread.terminate()));
  }
}

/**
 * Starts the runner for `jobs` threads (at least 2): `jobs - 1` workers for
 * a job, and the main thread with `inline`, the job's own handler. `script`
 * is the executable, which serves batches when it is run as a worker;
 * `oldGenerationMb`, when given (tests do), caps each worker's old
 * generation; by default it is not capped.
 *
 * @internal
 */
export function startWorkers(
  jobs: number,
  job: BulkJob,
  inline: RecordHandler,
  script: URL = new URL('./bin.js', import.meta.url),
  oldGenerationMb?: number,
): BatchRunner {
  return new WorkerPool(jobs - 1, job, script, inline, oldGenerationMb);
}
