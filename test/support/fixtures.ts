import type { AssessmentInput, DashAnswerValue, Instrument } from '../../src/index.js';
import { dashRic2009 } from '../../src/index.js';

/** Item ids of an edition in form order. */
export function itemIds(instrument: Instrument = dashRic2009): string[] {
  return instrument.items.map((item) => item.id);
}

/** An input with the given answers on an edition. */
export function inputWith(
  answers: Record<string, DashAnswerValue | { value: string; comment?: string; options?: string[]; source?: string }>,
  instrument: Instrument = dashRic2009,
  extra: Partial<Pick<AssessmentInput, 'id' | 'assessedAt'>> = {},
): AssessmentInput {
  const out: Record<string, unknown> = {};
  for (const [id, answer] of Object.entries(answers)) out[id] = typeof answer === 'string' ? { value: answer } : answer;
  return { instrument: { id: instrument.id, edition: instrument.edition }, answers: out as AssessmentInput['answers'], ...extra };
}

/**
 * An input where the first `yes` items are yes and every other item has `rest`
 * (or is unanswered when `rest` is undefined). `skip` lists item ids left out of the yes set.
 */
export function inputWithYes(
  yes: number,
  rest: DashAnswerValue | undefined = 'no',
  instrument: Instrument = dashRic2009,
  skip: readonly string[] = [],
): AssessmentInput {
  const answers: Record<string, DashAnswerValue> = {};
  let given = 0;
  for (const id of itemIds(instrument)) {
    if (given < yes && !skip.includes(id)) {
      answers[id] = 'yes';
      given++;
    } else if (rest !== undefined) {
      answers[id] = rest;
    }
  }
  if (given < yes) throw new Error(`only ${given} items available`);
  return inputWith(answers, instrument);
}

/** Deep copy through JSON. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** True when value and everything in it is frozen. */
export function deepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(deepFrozen);
}
