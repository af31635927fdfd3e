/**
 * `da-risk marac`: check the MARAC referral routes for each record (a MARAC
 * check input: the latest result, events, previous referrals, a
 * practitioner's referral).
 *
 * @module
 */
import { checkMarac } from '../../api/check-marac.js';
import { stringOption, type Values } from '../args.js';
import type { CliIo } from '../io.js';
import { MARAC_COLUMNS, decisionOutput } from '../output.js';
import { maracPolicy, scoringPolicy } from '../policies.js';
import type { Sink } from '../sink.js';
import { bulkOptions, runBulk, type BulkMode } from './bulk.js';

/**
 * Runs `marac` with its options; returns the exit code.
 *
 * @throws {@link UsageError} or {@link CouldNotRun} before any output
 * @internal
 */
export async function maracCommand(io: CliIo, out: Sink, err: Sink, values: Values, positionals: readonly string[]): Promise<number> {
  const shape = { command: 'marac', formats: ['ndjson', 'json'] } as const;
  const options = bulkOptions(shape, values, positionals);
  const policy = await maracPolicy(io, stringOption(values, 'policy'));
  // Stored results are checked for meaning under the policy they name: a local one must be given.
  const scoring = stringOption(values, 'scoring');
  const policies = scoring === undefined ? [] : [await scoringPolicy(io, scoring)];
  const mode: BulkMode = {
    ...shape,
    columns: MARAC_COLUMNS,
    process(line, value, format) {
      const decision = checkMarac(value, policy, { policies });
      return { text: decisionOutput(line, decision, format), key: decision.outcome };
    },
  };
  return runBulk(io, out, err, options, mode);
}
