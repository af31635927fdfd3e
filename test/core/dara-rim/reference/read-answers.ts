// Reference: the 0.1.0 implementation, kept unchanged apart from its imports (not shipped), so that
// property tests can show the faster DARA and RIM paths in src/core give identical results (issue 15).
/**
 * Reading answers: one pass over an assessment's answers into compact codes
 * in form order, refusing unknown item ids and values an item does not allow.
 * Shared by every scorer.
 *
 * @module
 */
import { daRiskError, unknownKeySegment } from '../../../../src/errors/error.js';
import { answerTypes, type AnswerKind, type AnswerTypeId } from '../../../../src/model/answers.js';
import type { Answer } from '../../../../src/model/assessment.js';
import type { Instrument } from '../../../../src/model/instrument.js';

/** Answer codes (0 = unanswered). @internal */
export const UNANSWERED = 0;
/** @internal */
export const YES = 1;
/** @internal */
export const NO = 2;
/** @internal */
export const DONT_KNOW = 3;
/** @internal */
export const DECLINED = 4;
/** A free-text answer. @internal */
export const TEXT = 5;

const CODE_OF_KIND: Readonly<Record<AnswerKind, number>> = { yes: YES, no: NO, dontKnow: DONT_KNOW, declined: DECLINED };

/** The per-edition lookups every scorer needs. @internal */
export interface EditionPlan {
  readonly n: number;
  readonly ids: readonly string[];
  /** Item index by item id (null prototype). */
  readonly index: Readonly<Record<string, number>>;
  /** Per item: answer value to code (null for free text). */
  readonly valueCodes: readonly (ReadonlyMap<string, number> | null)[];
}

const CODE_MAPS = new Map<AnswerTypeId, ReadonlyMap<string, number> | null>();

function codesOf(type: AnswerTypeId): ReadonlyMap<string, number> | null {
  let map = CODE_MAPS.get(type);
  if (map === undefined) {
    map = answerTypes[type].freeText
      ? null
      : new Map(answerTypes[type].values.map((value) => [value.value, CODE_OF_KIND[value.kind]] as const));
    CODE_MAPS.set(type, map);
  }
  return map;
}

const PLANS = new WeakMap<Instrument, EditionPlan>();

/** The lookups of an edition, built once. @internal */
export function editionPlan(instrument: Instrument): EditionPlan {
  let plan = PLANS.get(instrument);
  if (plan === undefined) {
    const index = Object.create(null) as Record<string, number>;
    instrument.items.forEach((item, i) => (index[item.id] = i));
    plan = {
      n: instrument.items.length,
      ids: instrument.items.map((item) => item.id),
      index,
      valueCodes: instrument.items.map((item) => codesOf(item.answerType)),
    };
    PLANS.set(instrument, plan);
  }
  return plan;
}

/**
 * Reads answers into codes in form order. Own enumerable keys only; an
 * unknown item id or a value the item does not allow throws a
 * {@link DaRiskError} naming the field (never the value).
 *
 * @internal
 */
export function readAnswers(
  instrument: Instrument,
  answers: { readonly [itemId: string]: Answer | undefined },
  path: readonly (string | number)[] = ['answers'],
): Uint8Array {
  const plan = editionPlan(instrument);
  const codes = new Uint8Array(plan.n);
  const keys = Object.keys(answers);
  for (let k = 0; k < keys.length; k++) {
    const id = keys[k]!;
    const i = plan.index[id];
    if (i === undefined) {
      // The unknown key is reported by its place, never its text (it may be personal data typed into the wrong field).
      throw daRiskError('invalid-input', [...path, unknownKeySegment(1)], 'unknown-item', `is not an item of ${instrument.id} edition ${instrument.edition}`);
    }
    const answer = answers[id];
    if (answer === undefined) continue;
    const map = plan.valueCodes[i]!;
    let code: number | undefined;
    if (map === null) code = typeof answer.value === 'string' && answer.value.trim() !== '' ? TEXT : undefined;
    else code = map.get(answer.value);
    if (code === undefined) {
      throw daRiskError('invalid-input', [...path, id, 'value'], 'one-of', 'is not an answer this item allows');
    }
    codes[i] = code;
  }
  return codes;
}

/**
 * Checks that an input names the edition given to score it.
 *
 * @internal
 */
export function checkEdition(instrument: Instrument, ref: { readonly id: string; readonly edition: string }): void {
  if (ref.id !== instrument.id) {
    throw daRiskError('invalid-input', ['instrument', 'id'], 'instrument-mismatch', 'names a different instrument from the edition given to score it');
  }
  if (ref.edition !== instrument.edition) {
    throw daRiskError(
      'invalid-input',
      ['instrument', 'edition'],
      'edition-mismatch',
      'names a different edition from the one given to score it; editions are never substituted',
    );
  }
}
