// DARA grading (issue 15): the faster assessDaraTrusted gives exactly the
// 0.1.0 result — the same JSON byte for byte, deep-frozen, or the same error —
// on arbitrary inputs, odd ones included, under the shipped policy and
// policies of other shapes.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { gradeInstant } from '../../../src/core/dara-grade.js';
import { parseInstant } from '../../../src/common/instant.js';
import {
  assessDaraTrusted,
  dara2022Provisional,
  daraConsistency,
  dashRic2009,
  type DaraInput,
  type DaraPolicy,
  type Instrument,
} from '../../../src/index.js';
import { daraInputArbitrary, isoDateTimeArbitrary } from '../../../src/testing.js';
import { assessDaraTrusted as referenceAssessDara } from './reference/dara.js';
import { expectSameAsReference } from './same-as-reference.js';

const ITEMS = dara2022Provisional.items.map((item) => item.id);

/** A local policy of odd shapes: checks without a basis of their own, an item twice, an id the edition lacks, a check watching every item, and prompts of its own. */
const ODD_POLICY = {
  ...daraConsistency,
  id: 'odd-dara',
  version: '1',
  basis: 'local',
  title: 'Odd checks',
  consistency: [
    { id: 'twice', title: 'Twice', reason: 'Counted twice.', gradeBelow: 'high', when: [{ items: ['strangulation', 'strangulation'], atLeast: 2 }] },
    { id: 'missing', title: 'Missing', reason: 'Not in the edition.', gradeBelow: 'medium', when: [{ items: ['no-such-item', 'weapons'], atLeast: 1 }] },
    { id: 'everything', title: 'Everything', reason: 'Many at once.', gradeBelow: 'high', basis: 'national-guidance', when: [{ items: ITEMS, atLeast: 4 }] },
    { id: 'two-parts', title: 'Two parts', reason: 'Both.', gradeBelow: 'high', when: [{ items: ['separation'], atLeast: 1 }, { items: ['isolation', 'monitoring'], atLeast: 0 }] },
    { id: 'none', title: 'None', reason: 'Nothing at all.', gradeBelow: 'medium', when: [] },
  ],
  screenPrompts: [
    { screen: 'barnardos-rim', reason: 'Pregnancy: the matrix.', anyOf: ['pregnancy-or-recent-birth', 'physical-violence'], basis: 'local' },
    { screen: 'stalking-screen', reason: 'Stalking: the screen.', anyOf: ['stalking-harassment', 'monitoring'], basis: 'local' },
    { screen: 'every-item', reason: 'Anything.', anyOf: ITEMS, basis: 'local' },
  ],
} as unknown as DaraPolicy;

/** An edition whose items all sit in one theme (too many to keep its summaries). */
const ONE_THEME: Instrument = {
  ...dara2022Provisional,
  sections: [dara2022Provisional.sections[0]!],
  items: dara2022Provisional.items.map((item) => ({ ...item, section: dara2022Provisional.sections[0]!.id })),
} as Instrument;

const POLICIES: readonly DaraPolicy[] = [daraConsistency, ODD_POLICY, { ...daraConsistency, instruments: [] } as unknown as DaraPolicy];
const EDITIONS: readonly Instrument[] = [dara2022Provisional, ONE_THEME, dashRic2009];

function same(instrument: Instrument, input: DaraInput, policy: DaraPolicy): void {
  expectSameAsReference(
    () => assessDaraTrusted(instrument, input, policy),
    () => referenceAssessDara(instrument, input, policy),
  );
}

type Mutation = (input: DaraInput & Record<string, unknown>) => unknown;

const ANSWER_MUTATIONS: readonly Mutation[] = [
  (input) => ({ ...input.answers, 'not-an-item': { value: 'yes' } }),
  (input) => ({ ...input.answers, weapons: { value: 'yes' } }),
  (input) => ({ ...input.answers, 'very-frightened': { value: 'more-than-once' } }),
  (input) => ({ ...input.answers, 'victim-view-of-risk': { value: '   ' } }),
  (input) => ({ ...input.answers, 'victim-view-of-risk': { value: 7 } }),
  (input) => ({ ...input.answers, strangulation: undefined }),
  (input) => ({ ...input.answers, separation: { value: 'maybe' } }),
  (input) => Object.assign(Object.create({ weapons: { value: 'once' } }) as object, input.answers),
  (input) => {
    const answers = { ...input.answers };
    Object.defineProperty(answers, 'strangulation', { value: { value: 'once' }, enumerable: false });
    return answers;
  },
  () => ({}),
  (input) => Object.fromEntries(Object.entries(input.answers).reverse()),
];

const GRADE_MUTATIONS: readonly Mutation[] = [
  (input) => ({ ...input.grade, level: 'extreme' }),
  (input) => ({ ...input.grade, level: 'constructor' }),
  (input) => ({ ...input.grade, rationale: '   ' }),
  (input) => ({ ...input.grade, rationale: '\u00e9 only' }),
  (input) => ({ ...input.grade, by: '' }),
  (input) => ({ ...input.grade, by: undefined }),
  (input) => ({ ...input.grade, at: '2025-02-30T10:00:00Z' }),
  (input) => ({ ...input.grade, at: '2025-03-01T10:00:00+01:00' }),
  (input) => ({ ...input.grade, at: '0050-03-01T10:00:00Z' }),
  (input) => ({ ...input.grade, at: '2025-03-01T24:00:00Z' }),
  (input) => ({ ...input.grade, at: '2025-03-01 10:00:00Z' }),
  (input) => ({ ...input.grade, at: '2024-02-29T23:59:59Z' }),
  (input) => ({ ...input.grade, at: '2019-12-31T23:59:59Z' }),
  (input) => ({ ...input.grade, authorisedBy: 'sgt-9' }),
  (input) => ({ ...input.grade, authorisedBy: input.grade.by }),
  (input) => ({ ...input.grade, referToMarac: true }),
  (input) => ({ ...input.grade, referToMarac: 'yes' }),
  (input) => ({ ...input.grade, extra: 'kept' }),
];

const INPUT_MUTATIONS: readonly Mutation[] = [
  (input) => ({ ...input, answers: fc.sample(fc.constantFrom(...ANSWER_MUTATIONS), 1)[0]!(input) }),
  (input) => ({ ...input, assessedAt: '2025-03-01T10:00:00Z' }),
  (input) => ({ ...input, assessedAt: '2031-01-01T00:00:00Z' }),
  (input) => ({ ...input, assessedAt: 'not a time' }),
  (input) => ({ ...input, assessedAt: null }),
  (input) => ({ ...input, id: 'case-7', observations: ['bwv-1', 'obs-2'], evidence: [] }),
  (input) => ({ ...input, observations: null, evidence: ['crime-1'] }),
  (input) => ({ ...input, secondaryAssessment: { instrument: { id: 'dash-ric', edition: '2009' }, assessmentId: 'a-2' } }),
  (input) => ({ ...input, childrenInHousehold: 'yes' }),
  (input) => ({ ...input, childrenInHousehold: 'dont-know' }),
  (input) => ({ ...input, childrenInHousehold: null }),
  (input) => ({ ...input, instrument: { id: 'dara', edition: '2019' } }),
  (input) => ({ ...input, instrument: { id: 'dash-ric', edition: '2009' } }),
];

/** A DARA input with one odd change to its answers, its grade or its other fields. */
const oddInput = fc
  .tuple(daraInputArbitrary(dara2022Provisional), fc.nat({ max: ANSWER_MUTATIONS.length + GRADE_MUTATIONS.length + INPUT_MUTATIONS.length - 1 }))
  .map(([input, m]) => {
    const loose = input as DaraInput & Record<string, unknown>;
    if (m < ANSWER_MUTATIONS.length) return { ...input, answers: ANSWER_MUTATIONS[m]!(loose) } as DaraInput;
    m -= ANSWER_MUTATIONS.length;
    if (m < GRADE_MUTATIONS.length) return { ...input, grade: GRADE_MUTATIONS[m]!(loose) } as DaraInput;
    return INPUT_MUTATIONS[m - GRADE_MUTATIONS.length]!(loose) as DaraInput;
  });

describe('assessDaraTrusted gives the 0.1.0 result', () => {
  test.prop([daraInputArbitrary(dara2022Provisional)], { numRuns: 400 })('on any valid input under the shipped policy', (input) => {
    same(dara2022Provisional, input, daraConsistency);
  });

  test.prop([daraInputArbitrary(dara2022Provisional), fc.constantFrom(...POLICIES), fc.constantFrom(...EDITIONS)], { numRuns: 300 })(
    'on any valid input under policies and editions of other shapes',
    (input, policy, instrument) => {
      same(instrument, input, policy);
    },
  );

  test.prop([oddInput, fc.constantFrom(...POLICIES.slice(0, 2))], { numRuns: 600 })('on odd inputs: unknown items, bad values, odd grades and times', (input, policy) => {
    same(dara2022Provisional, input, policy);
  });

  it('when every answer is more than once, on every grade, with children and every prompt', () => {
    for (const level of ['standard', 'medium', 'high'] as const) {
      const answers = Object.fromEntries(
        dara2022Provisional.items.map((item) => [item.id, { value: item.answerType === 'frequency' ? 'more-than-once' : item.answerType === 'text' ? 'Afraid.' : 'yes' }]),
      );
      const input = { instrument: { id: 'dara', edition: '2022-provisional' }, answers, grade: { level, rationale: 'Reasons.', by: 'pc-1', at: '2025-03-01T22:00:00Z' }, childrenInHousehold: 'yes' } as DaraInput;
      for (const policy of POLICIES.slice(0, 2)) same(dara2022Provisional, input, policy);
      same(ONE_THEME, input, ODD_POLICY);
    }
  });

  it('when nothing is answered and nothing optional is given', () => {
    const input = { instrument: { id: 'dara', edition: '2022-provisional' }, answers: {}, grade: { level: 'standard', rationale: 'Reasons.', by: 'pc-1', at: '2025-03-01T22:00:00Z' } } as DaraInput;
    for (const policy of POLICIES) same(dara2022Provisional, input, policy);
  });

  it('keeps no more than its bound of tallies, whatever the counts', () => {
    const input = (n: number) =>
      ({
        instrument: { id: 'dara', edition: '2022-provisional' },
        answers: Object.fromEntries(ITEMS.slice(0, 15).map((id, i) => [id, { value: dara2022Provisional.items[i]!.answerType === 'frequency' ? ['never', 'once', 'not-known', 'declined'][(n >> (2 * (i % 8))) & 3]! : ['yes', 'no', 'dont-know', 'declined'][(n >> i) & 3]! }]).filter((_, i) => (n >> (i + 3)) & 1)),
        grade: { level: 'high', rationale: 'Reasons.', by: 'pc-1', at: '2025-03-01T22:00:00Z' },
      }) as DaraInput;
    for (let n = 0; n < 3000; n++) same(dara2022Provisional, input(n * 7919), daraConsistency);
  });
});

describe('the grade time reader', () => {
  const piece = (digits: number) => fc.oneof(fc.integer({ min: 0, max: 10 ** digits - 1 }).map((n) => String(n).padStart(digits, '0')), fc.string({ minLength: digits, maxLength: digits }));
  const nearly = fc
    .tuple(piece(4), piece(2), piece(2), piece(2), piece(2), piece(2), fc.constantFrom('Z', 'Z', 'Z', '+01:00', 'z', ''), fc.constantFrom('-', '-', '/'), fc.constantFrom('T', 'T', ' '))
    .map(([y, mo, d, h, mi, s, zone, dash, t]) => `${y}${dash}${mo}-${d}${t}${h}:${mi}:${s}${zone}`);

  test.prop([fc.oneof(nearly, isoDateTimeArbitrary(Date.parse('0001-01-01T00:00:00Z'), Date.parse('9999-12-31T23:59:59Z')), fc.string())], { numRuns: 3000 })(
    'reads every text as parseInstant does',
    (text) => {
      expect(gradeInstant(text)).toBe(parseInstant(text));
    },
  );
});
