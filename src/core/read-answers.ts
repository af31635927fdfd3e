/**
 * Reading answers: one pass over an assessment's answers into compact codes
 * in form order, refusing unknown item ids and values an item does not allow.
 * Shared by every scorer.
 *
 * @module
 */
import { daRiskError, unknownKeySegment } from '../errors/error.js';
import { answerTypes, type AnswerKind } from '../model/answers.js';
import type { Answer } from '../model/assessment.js';
import type { Instrument } from '../model/instrument.js';

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
  /** Per item: the allowed values (null for free text) and, at the same places, their codes; compared in turn, which profiling showed faster than a Map for a handful of values. */
  readonly values: readonly (readonly string[] | null)[];
  readonly codes: readonly (readonly number[] | null)[];
}

/**
 * The code of an answer value among an item's allowed values, or undefined
 * when the item does not allow it (any non-string is not allowed).
 *
 * @internal
 */
export function codeOf(values: readonly string[], codes: readonly number[], value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  for (let k = 0; k < values.length; k++) if (values[k] === value) return codes[k];
  return undefined;
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
      values: instrument.items.map((item) => (answerTypes[item.answerType].freeText ? null : answerTypes[item.answerType].values.map((v) => v.value))),
      codes: instrument.items.map((item) => (answerTypes[item.answerType].freeText ? null : answerTypes[item.answerType].values.map((v) => CODE_OF_KIND[v.kind]))),
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
  const index = plan.index;
  const values = plan.values;
  // for…in with an own-key test visits exactly the own enumerable string keys, in the order
  // Object.keys gives, without building the array of keys; V8 reads each value by the object's
  // enum cache (profiled in issue 15: Object.keys plus per-key lookups was the largest cost).
  for (const id in answers) {
    if (!hasOwn.call(answers, id)) continue;
    const i = index[id];
    if (i === undefined) {
      // The unknown key is reported by its place, never its text (it may be personal data typed into the wrong field).
      throw daRiskError('invalid-input', [...path, unknownKeySegment(1)], 'unknown-item', `is not an item of ${instrument.id} edition ${instrument.edition}`);
    }
    const answer = answers[id];
    if (answer === undefined) continue;
    const allowed = values[i]!;
    let code: number | undefined;
    if (allowed === null) code = typeof answer.value === 'string' && answer.value.trim() !== '' ? TEXT : undefined;
    else code = codeOf(allowed, plan.codes[i]!, answer.value);
    if (code === undefined) {
      throw daRiskError('invalid-input', [...path, id, 'value'], 'one-of', 'is not an answer this item allows');
    }
    codes[i] = code;
  }
  return codes;
}

const hasOwn = Object.prototype.hasOwnProperty;

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
