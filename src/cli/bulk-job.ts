/**
 * What a bulk command does with each record, as plain data: the command,
 * the output format and where its policies come from. The main thread and
 * each worker make the same record handler from it, so the output does not
 * depend on where a record is processed.
 *
 * @module
 */
import type { RecordHandler } from './batch.js';
import type { OutFormat } from './output.js';
import type { PolicySource } from './policies.js';

/** `assess`: one result per record, under a scoring policy. @internal */
export interface AssessJob {
  readonly command: 'assess';
  readonly out: OutFormat;
  readonly scoring: PolicySource;
}

/** `marac`: one decision per record, under a MARAC policy (and the local scoring policy stored results name, if given). @internal */
export interface MaracJob {
  readonly command: 'marac';
  readonly out: OutFormat;
  readonly policy: PolicySource;
  readonly scoring: PolicySource | null;
}

/** A bulk command's job. @internal */
export type BulkJob = AssessJob | MaracJob;

/**
 * The record handler for a job. Each command's handler is loaded when it is
 * needed: a worker for `assess` loads no MARAC rules.
 *
 * @internal
 */
export async function recordHandler(job: BulkJob): Promise<RecordHandler> {
  return job.command === 'assess' ? (await import('./handle-assess.js')).assessHandler(job) : (await import('./handle-marac.js')).maracHandler(job);
}
