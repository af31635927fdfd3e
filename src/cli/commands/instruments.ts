/**
 * `da-risk instruments`: list the editions da-risk ships, with their status.
 *
 * @module
 */
import { defaultRegistry } from '../../api/default-registry.js';
import type { Values } from '../args.js';
import { EXIT } from '../errors.js';
import type { Sink } from '../sink.js';

/**
 * Writes the editions, one a line (or as JSON with `--json`); returns the exit code.
 *
 * @internal
 */
export async function instrumentsCommand(out: Sink, values: Values): Promise<number> {
  const list = defaultRegistry.list();
  if (values['json'] === true) {
    await out.write(`${JSON.stringify(list)}\n`);
    return EXIT.ok;
  }
  for (const summary of list) {
    await out.write(`${`${summary.id}@${summary.edition}`.padEnd(32)} ${summary.status.padEnd(12)} ${String(summary.items).padStart(3)} items  ${summary.title}\n`);
  }
  return EXIT.ok;
}
