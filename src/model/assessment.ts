/**
 * What an assessment looks like going in.
 *
 * @module
 */
import type { AnswerSource } from './answers.js';
import type { InstrumentRef } from './instrument.js';

/**
 * One answer to one item.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface Answer {
  /** The answer value, one of the item's answer type (e.g. `yes`, `no`, `dont-know`, `declined`). */
  readonly value: string;
  /** Optional free-text comment. Never copied into errors. */
  readonly comment?: string;
  /** Sub-option choice ids, only with a `yes` answer. */
  readonly options?: readonly string[];
  /** Who or what the answer came from. */
  readonly source?: AnswerSource;
}

/**
 * An assessment to score: the edition it was asked on, and the answers by
 * item id. An item with no entry is *unanswered* — never treated as `no`.
 *
 * @example
 * ```ts
 * const input: AssessmentInput = {
 *   instrument: { id: 'dash-ric', edition: '2009' },
 *   answers: { strangulation: { value: 'yes', source: 'victim' }, separation: { value: 'dont-know' } },
 * };
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export interface AssessmentInput {
  /** The instrument edition the questions were asked on. Never substituted by a later edition. */
  readonly instrument: InstrumentRef;
  /** The caller's opaque id for the assessment (no personal data). */
  readonly id?: string;
  /** When the assessment was completed (ISO 8601 with offset). Supplied by the caller. */
  readonly assessedAt?: string;
  /** Answers keyed by item id. */
  readonly answers: { readonly [itemId: string]: Answer };
}
