// RIM classification (issue 15): the faster assessRimTrusted gives exactly the
// 0.1.0 result — the same JSON byte for byte, deep-frozen, or the same error —
// on arbitrary households, odd ones included, under the shipped policies,
// a retired format 1 policy and local rules.
import { fc, test } from '@fast-check/vitest';
import { describe, it } from 'vitest';
import {
  assessRimTrusted,
  barnardosRimProvisional,
  barnardosRimRules,
  dara2022Provisional,
  londonCafThresholds,
  type Instrument,
  type RimInput,
  type RimPolicies,
  type RimRulesPolicy,
} from '../../../src/index.js';
import { retiredRimPolicies } from '../../../src/policies/rim/retired-rim-policies.js';
import { rimInputArbitrary } from '../../../src/testing.js';
import { assessRimTrusted as referenceAssessRim } from './reference/rim.js';
import { expectSameAsReference } from './same-as-reference.js';
import { LOCAL_RIM_RULES } from './local-rim-rules.js';

const ITEMS = barnardosRimProvisional.items.map((item) => item.id);
const STATES = ['confirmed', 'suspected', 'absent'] as const;


const POLICIES: readonly RimPolicies[] = [
  { rules: barnardosRimRules, needs: londonCafThresholds },
  { rules: LOCAL_RIM_RULES, needs: { ...londonCafThresholds, basis: 'national-guidance', scales: londonCafThresholds.scales.slice(1) } as typeof londonCafThresholds },
  { rules: retiredRimPolicies[0]!, needs: londonCafThresholds },
  { rules: { ...barnardosRimRules, instruments: [] } as RimRulesPolicy, needs: londonCafThresholds },
];

function same(input: RimInput, policies: RimPolicies = POLICIES[0]!, instrument: Instrument = barnardosRimProvisional): void {
  expectSameAsReference(
    () => assessRimTrusted(instrument, input, policies),
    () => referenceAssessRim(instrument, input, policies),
  );
}

const stateAnswers = (ids: readonly string[]) => fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...STATES).map((value) => ({ value })), { maxKeys: 10 });

/** A household with children of every kind: own answers, dates of birth around the assessment date, ages at the rule edges. */
const household = fc
  .record({
    answers: stateAnswers(ITEMS.slice(0, 12)),
    pregnancy: fc.constantFrom(true, false, undefined, 'yes'),
    assessedAt: fc.constantFrom('2025-03-01T10:00:00Z', '2025-02-28T23:00:00-01:00', '2024-02-29T00:00:00Z', '2025-03-01', 'soon'),
    children: fc.array(
      fc.record({
        own: fc.option(stateAnswers(ITEMS.slice(10)), { nil: undefined }),
        age: fc.oneof(
          fc.record({ years: fc.integer({ min: 0, max: 19 }), months: fc.option(fc.integer({ min: 0, max: 11 }), { nil: undefined }) }),
          fc.record({ years: fc.constantFrom(1.5, -1, 40) }),
        ),
        dateOfBirth: fc.option(
          fc.oneof(
            fc.tuple(fc.integer({ min: 2005, max: 2026 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
              ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
            ),
            fc.constantFrom('2024-02-29', '2023-02-29', '0050-01-01', '0150-06-01', '2025-03-01', '2025-03-02', '2024-03-01', '2024-3-1', '2024-03-01x', ''),
          ),
          { nil: undefined },
        ),
        specialNeeds: fc.constantFrom(true, false, undefined, 1),
        noAge: fc.boolean(),
      }),
      { minLength: 0, maxLength: 5 },
    ),
    duplicate: fc.nat({ max: 8 }),
  })
  .map(({ answers, pregnancy, assessedAt, children, duplicate }) => ({
    instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
    assessedAt,
    ...(pregnancy === undefined ? {} : { pregnancy }),
    answers,
    children: children.map((c, i) => ({
      id: duplicate === 0 && i === children.length - 1 && i > 0 ? 'child-0' : `child-${i}`,
      ...(c.own === undefined ? {} : { answers: c.own }),
      ...(c.dateOfBirth !== undefined ? { dateOfBirth: c.dateOfBirth } : c.noAge && i === 2 ? {} : { age: c.age }),
      specialNeeds: c.specialNeeds,
    })),
  })) as fc.Arbitrary<RimInput>;

describe('assessRimTrusted gives the 0.1.0 result', () => {
  test.prop([rimInputArbitrary(barnardosRimProvisional)], { numRuns: 400 })('on any valid household under the shipped policies', (input) => {
    same(input);
  });

  test.prop([household, fc.constantFrom(...POLICIES)], { numRuns: 800 })('on odd households: own answers, dates at the edges, duplicate ids, no age', (input, policies) => {
    same(input, policies);
  });

  test.prop([rimInputArbitrary(barnardosRimProvisional), fc.constantFrom<Record<string, unknown>>(
    { 'not-an-item': { value: 'confirmed' } },
    { 'rim-child-aware': { value: 'yes' } },
    { 'rim-child-aware': undefined },
  )], { numRuns: 100 })('on unknown indicators and values, for the household and a child', (input, extra) => {
    same({ ...input, answers: { ...input.answers, ...extra } } as RimInput);
    same({ ...input, children: input.children.map((child, i) => (i === 0 ? { ...child, answers: extra } : child)) } as RimInput);
  });

  it('on every single indicator in every state, for a baby, a young child and an older one, with and without pregnancy', () => {
    for (const id of ITEMS) {
      for (const value of STATES) {
        for (const pregnancy of [true, false]) {
          for (const policies of POLICIES.slice(0, 3)) {
            same(
              {
                instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
                assessedAt: '2025-03-01T10:00:00Z',
                pregnancy,
                answers: { [id]: { value }, 'rim-violence-minor-incidents': { value: 'suspected' } },
                children: [
                  { id: 'baby', dateOfBirth: '2024-09-01', specialNeeds: false },
                  { id: 'young', age: { years: 4 }, specialNeeds: false },
                  { id: 'older', age: { years: 12, months: 3 }, specialNeeds: true },
                ],
              } as RimInput,
              policies,
            );
          }
        }
      }
    }
  });

  it('on the wrong kind of edition and an empty household', () => {
    const input = fc.sample(rimInputArbitrary(barnardosRimProvisional), 1)[0]!;
    same(input, POLICIES[0], dara2022Provisional);
    same({ ...input, children: [] });
    same({ ...input, instrument: { id: 'barnardos-rim', edition: '2010' } });
  });
});
