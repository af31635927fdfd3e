/**
 * fast-check arbitraries for consumers' property-based tests: valid inputs
 * for every kind of edition (optionally biased toward a threshold), case
 * histories, and invalid inputs with the rule each one breaks.
 *
 * @module
 */
import fc from 'fast-check';
import { answerSources, answerTypes } from '../model/answers.js';
import type { Answer, AssessmentInput } from '../model/assessment.js';
import { incidentTypes, triggerTypes, type CaseEvent, type CaseRecord } from '../model/case.js';
import type { DaraInput } from '../model/dara.js';
import type { Instrument, Item } from '../model/instrument.js';
import { riskLevels } from '../model/levels.js';
import type { RimInput } from '../model/rim.js';
import { assessDaraTrusted } from '../core/dara.js';
import { assessTrusted } from '../core/assess-trusted.js';
import { dara2022Provisional } from '../instruments/dara/dara-2022-provisional.js';
import { daraConsistency } from '../policies/dara/dara-consistency.js';
import { commonLocalBands } from '../policies/scoring/common-local-bands.js';
import { dashRic2009 } from '../instruments/dash/dash-ric-2009.js';

const START = Date.parse('2020-01-01T00:00:00Z');
const END = Date.parse('2030-12-31T00:00:00Z');

/**
 * ISO 8601 date-times with an offset (whole seconds, UTC) between 2020 and 2030.
 *
 * @example
 * ```ts
 * fc.sample(isoDateTimeArbitrary(), 1); // ['2024-07-03T11:52:08Z']
 * ```
 * @since 0.1.0
 * @category Testing
 */
export function isoDateTimeArbitrary(from = START, to = END): fc.Arbitrary<string> {
  return fc.integer({ min: Math.floor(from / 1000), max: Math.floor(to / 1000) }).map((s) => new Date(s * 1000).toISOString().replace('.000Z', 'Z'));
}

const commentArb = fc.string({ minLength: 1, maxLength: 60 }).filter((text) => text.trim() !== '');

/** A rationale: free text with at least one letter or digit. */
const rationaleArb = fc
  .tuple(fc.string({ maxLength: 30 }), fc.constantFrom('a', 'Z', '7', '\u00e9'), fc.string({ maxLength: 30 }))
  .map(([before, visible, after]) => `${before}${visible}${after}`);

function answerFor(item: Item, value: string, details: boolean): fc.Arbitrary<Answer> {
  const choices = item.optionGroups.flatMap((group) => group.choices.map((choice) => choice.id));
  if (!details) return fc.constant({ value });
  return fc
    .record(
      {
        comment: commentArb,
        source: fc.constantFrom(...answerSources),
        options: value === 'yes' && choices.length > 0 ? fc.subarray(choices, { minLength: 1 }) : fc.constant(undefined),
      },
      { requiredKeys: [] },
    )
    .map((extra) => {
      const answer: { value: string; comment?: string; source?: Answer['source']; options?: string[] } = { value };
      if (extra.comment !== undefined && !answerTypes[item.answerType].freeText) answer.comment = extra.comment;
      if (extra.source !== undefined) answer.source = extra.source;
      if (extra.options !== undefined && item.optionGroups.every((group) => group.multiple)) answer.options = extra.options;
      return answer as Answer;
    });
}

function valueArb(item: Item): fc.Arbitrary<string> {
  const type = answerTypes[item.answerType];
  return type.freeText ? commentArb : fc.constantFrom(...type.values.map((v) => v.value));
}

/**
 * Options for {@link assessmentInputArbitrary}.
 *
 * @since 0.1.0
 * @category Testing
 */
export interface InputArbitraryOptions {
  /** Include comments, sources and sub-options. Default true. */
  readonly details?: boolean;
  /**
   * Bias the number of `yes` answers toward this count (for example 14, the
   * visible-high-risk threshold): the yes count is drawn from `threshold - 2`
   * to `threshold + 2`, both clamped to the number of items that can count (an
   * edition with fewer such items gets as close as it can). Default: no bias.
   */
  readonly nearThreshold?: number;
  /** Leave items unanswered at random. Default true. */
  readonly unanswered?: boolean;
}

/**
 * Valid assessment inputs for a checklist edition (DASH RIC, police DASH,
 * S-DASH, or a deployer's own): every answer allowed for its item, sub-options
 * only with `yes`, unanswered items left out.
 *
 * @param instrument - the edition (default the DASH RIC 2009)
 * @param options - details, threshold bias, unanswered items
 * @returns the arbitrary
 *
 * @example
 * ```ts
 * fc.assert(fc.property(assessmentInputArbitrary(dashRic2009, { nearThreshold: 14 }), (input) => {
 *   const mine = myCaseSystemScore(input);
 *   expect(mine.count).toBe(assess(input).count);
 * }));
 * ```
 * @since 0.1.0
 * @category Testing
 */
export function assessmentInputArbitrary(instrument: Instrument = dashRic2009, options: InputArbitraryOptions = {}): fc.Arbitrary<AssessmentInput> {
  const details = options.details !== false;
  const items = instrument.items;
  const base = (values: (string | undefined)[]) =>
    fc
      .tuple(...items.map((item, i) => (values[i] === undefined ? fc.constant(undefined) : answerFor(item, values[i]!, details))))
      .map((answers) => ({
        instrument: { id: instrument.id, edition: instrument.edition },
        answers: Object.fromEntries(items.flatMap((item, i) => (answers[i] === undefined ? [] : [[item.id, answers[i]!]]))),
      }));
  if (options.nearThreshold !== undefined) {
    const counting = items.flatMap((item, i) => (item.counts && answerTypes[item.answerType].values.some((v) => v.value === 'yes') ? [i] : []));
    // Both ends are clamped to the items that can count: an edition with fewer (the S-DASH for a
    // threshold of 14) gets as close to the threshold as it can, never an empty range.
    const target = Number.isFinite(options.nearThreshold) ? Math.max(0, Math.floor(options.nearThreshold)) : 0;
    const high = Math.min(counting.length, target + 2);
    const low = Math.min(Math.max(0, target - 2), high);
    const otherThanYes = (item: Item): fc.Arbitrary<string> => {
      const others = answerTypes[item.answerType].values.map((v) => v.value).filter((v) => v !== 'yes');
      return answerTypes[item.answerType].freeText || others.length === 0 ? valueArb(item) : fc.constantFrom(...others);
    };
    return fc
      .tuple(fc.integer({ min: low, max: high }), fc.shuffledSubarray(counting, { minLength: counting.length, maxLength: counting.length }))
      .chain(([yesCount, order]) => {
        const yes = new Set(order.slice(0, yesCount));
        return fc.tuple(...items.map((item, i) => (yes.has(i) ? fc.constant('yes') : otherThanYes(item)))).chain((values) => base(values));
      });
  }
  return fc
    .tuple(...items.map((item) => (options.unanswered === false ? valueArb(item) : fc.option(valueArb(item), { nil: undefined, freq: 4 }))))
    .chain((values) => base(values));
}

/**
 * Valid DARA inputs for an edition graded by the assessor, with a grade and
 * reasons.
 *
 * @param instrument - the DARA edition
 * @returns the arbitrary
 *
 * @example
 * ```ts
 * fc.assert(fc.property(daraInputArbitrary(dara2022Provisional), (input) => assessDara(input).final.level === input.grade.level));
 * ```
 * @since 0.1.0
 * @category Testing
 */
export function daraInputArbitrary(instrument: Instrument): fc.Arbitrary<DaraInput> {
  return fc
    .tuple(
      assessmentInputArbitrary(instrument),
      fc.constantFrom(...riskLevels),
      isoDateTimeArbitrary(),
      rationaleArb,
      fc.boolean(),
      fc.option(fc.constantFrom('yes', 'no', 'dont-know' as const), { nil: undefined }),
    )
    .map(([input, level, at, rationale, referToMarac, children]) => ({
      ...input,
      grade: { level, rationale, by: 'assessor-1', at, referToMarac },
      ...(children === undefined ? {} : { childrenInHousehold: children }),
    }));
}

/**
 * Valid household RIM inputs (one to four children, each with an age or a
 * date of birth before the assessment date).
 *
 * @param instrument - the RIM edition
 * @returns the arbitrary
 *
 * @example
 * ```ts
 * fc.assert(fc.property(rimInputArbitrary(barnardosRimProvisional), (input) => assessRim(input).children.length === input.children.length));
 * ```
 * @since 0.1.0
 * @category Testing
 */
export function rimInputArbitrary(instrument: Instrument): fc.Arbitrary<RimInput> {
  const states = fc.constantFrom('confirmed', 'suspected', 'absent');
  const answers = fc.dictionary(fc.constantFrom(...instrument.items.map((item) => item.id)), states.map((value) => ({ value })), { maxKeys: 8 });
  const child = fc.record({
    years: fc.integer({ min: 0, max: 17 }),
    months: fc.integer({ min: 0, max: 11 }),
    specialNeeds: fc.boolean(),
    byDate: fc.boolean(),
  });
  return fc
    .tuple(answers, fc.array(child, { minLength: 1, maxLength: 4 }), fc.boolean())
    .map(([household, children, pregnancy]) => ({
      instrument: { id: instrument.id, edition: instrument.edition },
      assessedAt: '2025-06-01T10:00:00Z',
      pregnancy,
      answers: household,
      children: children.map((c, i) =>
        c.byDate
          ? { id: `child-${i}`, dateOfBirth: `${2025 - c.years - 1}-07-01`, specialNeeds: c.specialNeeds }
          : { id: `child-${i}`, age: { years: c.years, months: c.months }, specialNeeds: c.specialNeeds },
      ),
    }));
}

/** Decisions not to refer naming one of the generated assessments (none when there is none). */
function decisionsOn(
  dash: number,
  dara: boolean,
  decisions: readonly { date: string; by: string; rationale: string; pick: number; authorised: boolean }[],
): { decisionsNotToRefer?: NonNullable<CaseRecord['decisionsNotToRefer']> } {
  const ids = [...Array.from({ length: dash }, (_, i) => `a-${i}`), ...(dara ? ['dara-1'] : [])];
  if (ids.length === 0 || decisions.length === 0) return {};
  return {
    decisionsNotToRefer: decisions.map(({ pick, authorised, ...decision }) => ({
      ...decision,
      assessmentIds: [ids[pick % ids.length]!],
      ...(authorised ? { authorisedBy: 'team-leader-1' } : {}),
    })),
  };
}

/**
 * Valid case histories: up to three DASH RIC assessments (scored by the
 * library) and a DARA first-response assessment now and then, up to twelve
 * events of every trigger type (incidents of abuse with their crime status —
 * `true`, `false` or `unknown` — the agencies told and, sometimes, the
 * abusers named), MARAC referrals (sometimes naming the abusers), and now and
 * then a recorded decision not to refer or a closure, all within one year.
 *
 * @returns the arbitrary
 *
 * @example
 * ```ts
 * fc.assert(fc.property(caseRecordArbitrary(), (record) => dueReassessments(record, now, reassessmentDefaults).due.length >= 0));
 * ```
 * @since 0.1.0
 * @category Testing
 */
export function caseRecordArbitrary(): fc.Arbitrary<CaseRecord> {
  const from = Date.parse('2025-01-01T00:00:00Z');
  const to = Date.parse('2025-12-31T00:00:00Z');
  const date = isoDateTimeArbitrary(from, to);
  const perpetrators = fc.option(fc.subarray(['p-1', 'p-2'], { minLength: 1 }), { nil: undefined });
  const event: fc.Arbitrary<CaseEvent> = fc
    .record({
      type: fc.constantFrom(...triggerTypes),
      date,
      crime: fc.constantFrom(true, false, 'unknown' as const),
      agency: fc.constantFrom('police', 'idva', 'health', 'housing' as const),
      perpetrators,
    })
    .map(({ type, date: when, crime, agency, perpetrators: who }) =>
      incidentTypes.includes(type)
        ? { type, date: when, crime, reportedTo: [agency], ...(who === undefined ? {} : { perpetrators: who }) }
        : { type, date: when },
    );
  const assessment = fc.tuple(assessmentInputArbitrary(dashRic2009, { details: false }), date);
  const firstResponse = fc.option(fc.tuple(fc.constantFrom(...riskLevels), date), { nil: undefined });
  const closure = fc.record({ date, by: fc.constantFrom('idva-1', 'marac-chair-1'), rationale: fc.constant('Recorded reasons.') });
  const decision = fc.record({
    date,
    by: fc.constantFrom('idva-1', 'marac-chair-1'),
    rationale: fc.constant('Recorded reasons.'),
    pick: fc.nat({ max: 3 }),
    authorised: fc.boolean(),
  });
  return fc
    .record({
      assessments: fc.array(assessment, { maxLength: 3 }),
      dara: firstResponse,
      events: fc.array(event, { maxLength: 12 }),
      referrals: fc.array(fc.record({ date, agency: fc.constantFrom('police', 'idva', 'health' as const), perpetrators }), { maxLength: 3 }),
      decisions: fc.array(decision, { maxLength: 1 }),
      closures: fc.array(closure, { maxLength: 1 }),
      age: fc.integer({ min: 16, max: 90 }),
    })
    .map(({ assessments, dara, events, referrals, decisions, closures, age }) => ({
      victim: { age },
      ...decisionsOn(assessments.length, dara !== undefined, decisions),
      assessments: [
        ...assessments.map(([input, when], i) => ({ id: `a-${i}`, date: when, result: assessTrusted(dashRic2009, { ...input, assessedAt: when }, commonLocalBands) })),
        ...(dara === undefined
          ? []
          : [
              {
                id: 'dara-1',
                date: dara[1],
                firstResponse: true,
                result: assessDaraTrusted(
                  dara2022Provisional,
                  { instrument: { id: 'dara', edition: '2022-provisional' }, answers: {}, grade: { level: dara[0], rationale: 'Officer\u2019s reasons.', by: 'pc-1', at: dara[1] } },
                  daraConsistency,
                ),
              },
            ]),
      ],
      events,
      maracReferrals: referrals.map(({ perpetrators: who, ...referral }) => (who === undefined ? referral : { ...referral, perpetrators: who })),
      reviews: [],
      ...(closures.length === 0 ? {} : { closures }),
    }));
}

/**
 * An input with exactly one defect, and the rule a validating function must
 * report for it.
 *
 * @since 0.1.0
 * @category Testing
 */
export interface InvalidInput {
  /** The input. */
  readonly input: unknown;
  /** What is wrong with it. */
  readonly defect: string;
  /** The `rule` of the issue expected. */
  readonly rule: string;
}

/**
 * Checklist inputs with exactly one defect each — an unknown item id, a
 * value the item does not allow, sub-options with a `no`, a malformed date,
 * an unknown edition, a missing answers object — and the rule that must be
 * reported. For testing that an integration rejects bad input with a clear
 * error, never a crash or a silent wrong answer.
 *
 * @param instrument - the edition (default the DASH RIC 2009)
 * @returns the arbitrary
 *
 * @example
 * ```ts
 * fc.assert(fc.property(invalidAssessmentInputArbitrary(), ({ input, rule }) => {
 *   const checked = validateAssessmentInput(input);
 *   return !checked.ok && checked.error.issues.some((issue) => issue.rule === rule);
 * }));
 * ```
 * @since 0.1.0
 * @category Testing
 */
export function invalidAssessmentInputArbitrary(instrument: Instrument = dashRic2009): fc.Arbitrary<InvalidInput> {
  const valid = assessmentInputArbitrary(instrument, { details: false });
  const withOptions = instrument.items.find((item) => item.optionGroups.length > 0);
  const defects: fc.Arbitrary<InvalidInput>[] = [
    fc
      .tuple(valid, fc.constantFrom('strangulaton', 'threat-to-kill', 'q15', 'not-an-item'))
      .map(([input, id]) => ({ input: { ...input, answers: { ...input.answers, [id]: { value: 'yes' } } }, defect: 'unknown item id', rule: 'unknown-item' })),
    fc
      .tuple(valid, fc.constantFrom(...instrument.items.map((item) => item.id)), fc.constantFrom('maybe', 'Yes', 'true', '1', 'unknown'))
      .map(([input, id, value]) => ({ input: { ...input, answers: { ...input.answers, [id]: { value } } }, defect: 'answer not allowed', rule: 'one-of' })),
    fc
      .tuple(valid, fc.constantFrom('2025-02-30T10:00:00Z', '2025-03-01', '01/03/2025', '2025-03-01T10:00:00', 'yesterday'))
      .map(([input, assessedAt]) => ({ input: { ...input, assessedAt }, defect: 'malformed date', rule: 'iso-datetime' })),
    valid.map((input) => ({ input: { ...input, instrument: { id: instrument.id, edition: '1999' } }, defect: 'unknown edition', rule: 'unknown-edition' })),
    valid.map((input) => ({ input: { instrument: input.instrument }, defect: 'no answers', rule: 'required' })),
  ];
  if (withOptions !== undefined) {
    const choice = withOptions.optionGroups[0]!.choices[0]!.id;
    defects.push(
      valid.map((input) => ({
        input: { ...input, answers: { ...input.answers, [withOptions.id]: { value: 'no', options: [choice] } } },
        defect: 'sub-options with no',
        rule: 'options-need-yes',
      })),
    );
  }
  return fc.oneof(...defects);
}
