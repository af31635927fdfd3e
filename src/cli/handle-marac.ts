/**
 * The record handler of `da-risk marac`: a MARAC check input checked
 * against the policy's routes, its decision written as a JSON line or a CSV
 * row and counted under its outcome.
 *
 * @module
 */
import { checkMarac } from '../api/check-marac.js';
import type { RecordHandler } from './batch.js';
import type { MaracJob } from './bulk-job.js';
import { decisionOutput } from './output.js';
import { maracPolicyFrom, scoringPolicyFrom } from './policies.js';

/**
 * The handler for a `marac` job.
 *
 * @internal
 */
export function maracHandler(job: MaracJob): RecordHandler {
  const policy = maracPolicyFrom(job.policy);
  // Stored results are checked for meaning under the policy they name: a local one must be given.
  const options = { policies: job.scoring === null ? [] : [scoringPolicyFrom(job.scoring)] };
  const { out } = job;
  return (line, value) => {
    const decision = checkMarac(value, policy, options);
    return { text: decisionOutput(line, decision, out), key: decision.outcome };
  };
}
