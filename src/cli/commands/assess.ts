/**
 * `da-risk assess`: assess records of any instrument family (DASH, DARA,
 * RIM), one result per record.
 *
 * @module
 */
import { stringOption, type Values } from '../args.js';
import type { CliIo } from '../io.js';
import { ASSESS_COLUMNS } from '../output.js';
import { scoringPolicySource } from '../policies.js';
import type { Sink } from '../sink.js';
import { bulkOptions, runBulk } from './bulk.js';

/**
 * Runs `assess` with its options; returns the exit code.
 *
 * @throws {@link UsageError} or {@link CouldNotRun} before any output
 * @internal
 */
export async function assessCommand(io: CliIo, out: Sink, err: Sink, values: Values, positionals: readonly string[]): Promise<number> {
  const shape = { command: 'assess', formats: ['ndjson', 'json', 'csv'] } as const;
  const options = bulkOptions(shape, values, positionals);
  const scoring = await scoringPolicySource(io, stringOption(values, 'policy'));
  return runBulk(io, out, err, options, { ...shape, columns: ASSESS_COLUMNS, job: { command: 'assess', out: options.out, scoring } });
}
