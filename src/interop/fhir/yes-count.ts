/**
 * The meaning of a checklist Questionnaire's calculated `count` item: the
 * number of answers of kind yes on the counting questions, as `assess`
 * counts them.
 *
 * @module
 */
import { answerTypes } from '../../model/answers.js';
import type { Instrument } from '../../model/instrument.js';

/**
 * The number of counting items of `instrument` whose answer (`valueOf` the
 * item id: its answer code, or undefined when unanswered) is of kind yes.
 *
 * @internal
 */
export function yesCount(instrument: Instrument, valueOf: (itemId: string) => string | undefined): number {
  let count = 0;
  for (const item of instrument.items) {
    if (!item.counts) continue;
    const value = valueOf(item.id);
    if (value !== undefined && answerTypes[item.answerType].values.some((allowed) => allowed.kind === 'yes' && allowed.value === value)) count++;
  }
  return count;
}
