/**
 * `da-risk assess`: assess records of any instrument family (DASH, DARA,
 * RIM), one result per record.
 *
 * @module
 */
import { assessAny } from '../../api/assess-any.js';
import { stringOption, type Values } from '../args.js';
import type { CliIo } from '../io.js';
import { ASSESS_COLUMNS, levelKey, resultOutput } from '../output.js';
import { scoringPolicy } from '../policies.js';
import type { Sink } from '../sink.js';
import { bulkOptions, runBulk, type BulkMode } from './bulk.js';

/**
 * Runs `assess` with its options; returns the exit code.
 *
 * @throws {@link UsageError} or {@link CouldNotRun} before any output
 * @internal
 */
export async function assessCommand(io: CliIo, out: Sink, err: Sink, values: Values, positionals: readonly string[]): Promise<number> {
  const shape = { command: 'assess', formats: ['ndjson', 'json', 'csv'] } as const;
  const options = bulkOptions(shape, values, positionals);
  const scoring = await scoringPolicy(io, stringOption(values, 'policy'));
  const mode: BulkMode = {
    ...shape,
    columns: ASSESS_COLUMNS,
    process(line, value, format) {
      const result = assessAny(value, { scoring });
      return { text: resultOutput(line, result, format), key: levelKey(result) };
    },
  };
  return runBulk(io, out, err, options, mode);
}
