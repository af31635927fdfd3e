/**
 * `da-risk marac`: check the MARAC referral routes for each record (a MARAC
 * check input: the latest result, events, previous referrals, a
 * practitioner's referral).
 *
 * @module
 */
import { stringOption, type Values } from '../args.js';
import type { CliIo } from '../io.js';
import { MARAC_COLUMNS } from '../output.js';
import { maracPolicySource, scoringPolicySource } from '../policies.js';
import type { Sink } from '../sink.js';
import { bulkOptions, runBulk } from './bulk.js';

/**
 * Runs `marac` with its options; returns the exit code.
 *
 * @throws {@link UsageError} or {@link CouldNotRun} before any output
 * @internal
 */
export async function maracCommand(io: CliIo, out: Sink, err: Sink, values: Values, positionals: readonly string[]): Promise<number> {
  const shape = { command: 'marac', formats: ['ndjson', 'json'] } as const;
  const options = bulkOptions(shape, values, positionals);
  const policy = await maracPolicySource(io, stringOption(values, 'policy'));
  // Stored results are checked for meaning under the policy they name: a local one must be given.
  const given = stringOption(values, 'scoring');
  const scoring = given === undefined ? null : await scoringPolicySource(io, given);
  return runBulk(io, out, err, options, { ...shape, columns: MARAC_COLUMNS, job: { command: 'marac', out: options.out, policy, scoring } });
}
