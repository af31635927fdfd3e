/**
 * Answer types as data: which values an item accepts and what kind of answer
 * each value is. Counting, completeness and validation all read this table, so
 * a new answer type is one entry here.
 *
 * @module
 */

/**
 * What an answer means for counting and completeness, whatever its wording:
 * - `yes` — the risk factor is present (adds to a count when the item counts);
 * - `no` — the risk factor is absent;
 * - `dontKnow` — the person answering does not know (never treated as `no`);
 * - `declined` — the victim chose not to answer (kept apart from `dontKnow` and `no`).
 *
 * An item with no answer at all is *unanswered*, a fifth state that is not an answer kind.
 *
 * @since 0.1.0
 * @category Scoring
 */
export type AnswerKind = 'yes' | 'no' | 'dontKnow' | 'declined';

/**
 * The answer types an item can have in format version 1.
 * - `yes-no-dont-know` — `yes`, `no`, `dont-know`, `declined` (the DASH checklists).
 * - `yes-no` — `yes`, `no`, `declined` (the S-DASH screen). Not knowing is recorded by leaving the item unanswered.
 * - `frequency` — `never`, `once`, `more-than-once`, `not-known`, `declined` (behaviour items of DARA):
 *   `once` and `more-than-once` are kind `yes`, `never` is `no`, `not-known` is `dontKnow`.
 * - `indicator-state` — `confirmed`, `suspected`, `absent` (the Barnardo's RIM): `confirmed` is kind `yes`,
 *   `absent` is `no`, and `suspected` — neither established nor ruled out — is kind `dontKnow`.
 * - `text` — free text (DARA's victim's own view of the risk); never counted, never echoed in errors.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export type AnswerTypeId = 'yes-no-dont-know' | 'yes-no' | 'frequency' | 'indicator-state' | 'text';

/**
 * One allowed answer value and its kind.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface AnswerValueDefinition {
  /** The value as written in an assessment input, e.g. `dont-know`. */
  readonly value: string;
  /** What the value means for counting and completeness. */
  readonly kind: AnswerKind;
  /** Our short label for the value. */
  readonly label: string;
}

/**
 * Definition of an answer type.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface AnswerTypeDefinition {
  /** The answer type id. */
  readonly id: AnswerTypeId;
  /** Allowed values in display order (empty for free text). */
  readonly values: readonly AnswerValueDefinition[];
  /** True for free text: any non-blank text is an answer, and it has no kind. */
  readonly freeText: boolean;
}

/**
 * Every answer type of format version 1, keyed by id.
 *
 * @example
 * ```ts
 * answerTypes['yes-no-dont-know'].values.map((v) => v.value); // ['yes', 'no', 'dont-know', 'declined']
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export const answerTypes: { readonly [K in AnswerTypeId]: AnswerTypeDefinition } = /* @__PURE__ */ Object.freeze({
  'yes-no-dont-know': Object.freeze({
    id: 'yes-no-dont-know',
    freeText: false,
    values: Object.freeze([
      Object.freeze({ value: 'yes', kind: 'yes', label: 'Yes' }),
      Object.freeze({ value: 'no', kind: 'no', label: 'No' }),
      Object.freeze({ value: 'dont-know', kind: 'dontKnow', label: "Don't know" }),
      Object.freeze({ value: 'declined', kind: 'declined', label: 'Declined to answer' }),
    ]),
  }),
  'yes-no': Object.freeze({
    id: 'yes-no',
    freeText: false,
    values: Object.freeze([
      Object.freeze({ value: 'yes', kind: 'yes', label: 'Yes' }),
      Object.freeze({ value: 'no', kind: 'no', label: 'No' }),
      Object.freeze({ value: 'declined', kind: 'declined', label: 'Declined to answer' }),
    ]),
  }),
  frequency: Object.freeze({
    id: 'frequency',
    freeText: false,
    values: Object.freeze([
      Object.freeze({ value: 'never', kind: 'no', label: 'Never' }),
      Object.freeze({ value: 'once', kind: 'yes', label: 'Once' }),
      Object.freeze({ value: 'more-than-once', kind: 'yes', label: 'More than once' }),
      Object.freeze({ value: 'not-known', kind: 'dontKnow', label: 'Not known' }),
      Object.freeze({ value: 'declined', kind: 'declined', label: 'Declined to answer' }),
    ]),
  }),
  'indicator-state': Object.freeze({
    id: 'indicator-state',
    freeText: false,
    values: Object.freeze([
      Object.freeze({ value: 'confirmed', kind: 'yes', label: 'Confirmed' }),
      Object.freeze({ value: 'suspected', kind: 'dontKnow', label: 'Suspected' }),
      Object.freeze({ value: 'absent', kind: 'no', label: 'Absent' }),
    ]),
  }),
  text: Object.freeze({ id: 'text', freeText: true, values: Object.freeze([]) }),
} as const);

/**
 * The answer values of a DASH item (`yes-no-dont-know`).
 *
 * @since 0.1.0
 * @category Scoring
 */
export type DashAnswerValue = 'yes' | 'no' | 'dont-know' | 'declined';

/**
 * Who or what an answer came from.
 * - `victim` — the victim said so;
 * - `practitioner` — the assessing officer's or practitioner's own observation;
 * - `records` — police or agency records;
 * - `other-agency` — information from another agency.
 *
 * @since 0.1.0
 * @category Scoring
 */
export type AnswerSource = 'victim' | 'practitioner' | 'records' | 'other-agency';

/**
 * All answer sources, in display order.
 *
 * @example
 * ```ts
 * answerSources; // ['victim', 'practitioner', 'records', 'other-agency']
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export const answerSources: readonly AnswerSource[] = /* @__PURE__ */ Object.freeze([
  'victim',
  'practitioner',
  'records',
  'other-agency',
] as const);

/**
 * The kind of an answer value for an answer type, or `undefined` when the value
 * is not allowed for that type.
 *
 * @example
 * ```ts
 * answerKindOf('yes-no-dont-know', 'dont-know'); // 'dontKnow'
 * answerKindOf('yes-no', 'dont-know'); // undefined
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function answerKindOf(type: AnswerTypeId, value: string): AnswerKind | undefined {
  for (const definition of answerTypes[type].values) {
    if (definition.value === value) return definition.kind;
  }
  return undefined;
}
