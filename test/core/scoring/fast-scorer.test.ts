// Issue 15: the scorer reads answers by for…in, keeps each red flag and screen by the yes
// answers on its own items (a bounded store per rule), and builds the item lists in one pass.
// These properties show it gives exactly what the 0.1.0 scorer (kept as a reference under
// test/support/reference-scoring) gives — the same frozen result, byte for byte as JSON, or the
// same error — on arbitrary inputs, editions and policies, including rules over more items than
// the stores keep.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessTrusted } from '../../../src/core/assess-trusted.js';
import { MAX_KEPT_ITEMS } from '../../../src/core/plan.js';
import { isDaRiskError } from '../../../src/errors/error.js';
import type { Instrument, ScoringPolicy } from '../../../src/index.js';
import { commonLocalBands, dashRic2009, policeDash2009, retiredPolicies, sDash2009 } from '../../../src/index.js';
import { assessmentInputArbitrary } from '../../../src/testing.js';
import { assessTrusted as referenceAssess } from '../../support/reference-scoring/assess-trusted.js';
import { isDeepFrozen } from '../../../src/common/is-deep-frozen.js';
import { miniInstrument, miniPolicy } from './mini.js';

/** The outcome of a call: the result as JSON, or the error's code and issues. */
function outcome(score: () => unknown): string {
  try {
    const result = score();
    expect(isDeepFrozen(result)).toBe(true);
    return JSON.stringify(result);
  } catch (error) {
    if (!isDaRiskError(error)) throw error;
    return `error ${error.code} ${JSON.stringify(error.issues)}`;
  }
}

function same(instrument: Instrument, input: unknown, policy: ScoringPolicy): void {
  const fast = outcome(() => assessTrusted(instrument, input as never, policy));
  const reference = outcome(() => referenceAssess(instrument, input as never, policy));
  expect(fast).toBe(reference);
}

/** A scoring policy over an edition's items: random bands, red flags and screens, some over more items than a store keeps. */
function policyArb(instrument: Instrument): fc.Arbitrary<ScoringPolicy> {
  const ids = [...instrument.items.map((item) => item.id), 'not-on-this-form'];
  const group = fc.subarray(ids, { minLength: 1, maxLength: Math.min(ids.length, MAX_KEPT_ITEMS + 4) }).chain((g) => fc.shuffledSubarray(g, { minLength: g.length }));
  const n = instrument.items.length;
  return fc
    .record({
      medium: fc.integer({ min: 1, max: n + 1 }),
      gap: fc.integer({ min: 1, max: n + 1 }),
      flags: fc.array(fc.array(group, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
      prompts: fc.array(fc.tuple(fc.constantFrom('scr-a', 'scr-b', 'h-dash', 's-dash'), group), { maxLength: 4 }),
      maxUnknown: fc.nat({ max: 5 }),
    })
    .map(({ medium, gap, flags, prompts, maxUnknown }) =>
      miniPolicy({
        id: 'random-bands',
        instruments: [instrument.id],
        bands: [
          { level: 'standard', min: 0 },
          { level: 'medium', min: medium },
          { level: 'high', min: medium + gap },
        ],
        redFlags: flags.map((allOf, k) => ({ id: `flag-${k}`, title: `Flag ${k}`, reason: `Reason ${k}.`, allOf, basis: 'local' as const })),
        screenPrompts: prompts.map(([screen, anyOf], k) => ({ screen, reason: `Prompt ${k}.`, anyOf, basis: 'local' as const })),
        completeness: { maxUnknown, basis: 'local' },
      }),
    );
}

/** Inputs on an edition, now and then with a defect: an unknown key, a value the item does not allow, a key whose value is undefined. */
function inputsArb(instrument: Instrument): fc.Arbitrary<unknown[]> {
  const one = fc
    .tuple(
      assessmentInputArbitrary(instrument),
      fc.constantFrom('none', 'none', 'none', 'unknown-key', 'bad-value', 'undefined-value', 'id-and-date'),
      fc.nat({ max: instrument.items.length - 1 }),
    )
    .map(([input, defect, at]) => {
      const id = instrument.items[at]!.id;
      switch (defect) {
        case 'unknown-key':
          return { ...input, answers: { ...input.answers, 'Not an item': { value: 'yes' } } };
        case 'bad-value':
          return { ...input, answers: { ...input.answers, [id]: { value: 'maybe' } } };
        case 'undefined-value':
          return { ...input, answers: { ...input.answers, [id]: undefined } };
        case 'id-and-date':
          return { ...input, id: `a-${at}`, assessedAt: '2025-03-01T10:00:00Z' };
        default:
          return input;
      }
    });
  return fc.array(one, { minLength: 1, maxLength: 12 });
}

describe('the fast scorer gives exactly what the reference scorer gives', () => {
  const retiredScoring = retiredPolicies.flatMap((entry) => (entry.policy.kind === 'scoring' ? [entry.policy as ScoringPolicy] : []));
  const shipped: [Instrument, ScoringPolicy][] = [
    [dashRic2009, commonLocalBands],
    [policeDash2009, commonLocalBands],
    [sDash2009, commonLocalBands],
    ...retiredScoring.map((policy): [Instrument, ScoringPolicy] => [dashRic2009, policy]),
  ];
  it.each(shipped.map(([instrument, policy]) => [`${instrument.id} ${instrument.edition} under ${policy.id}`, instrument, policy] as const))(
    'on %s, for arbitrary inputs (valid and with defects)',
    (_name, instrument, policy) => {
      fc.assert(fc.property(inputsArb(instrument), (inputs) => inputs.forEach((input) => same(instrument, input, policy))), { numRuns: 150 });
    },
  );

  it('rule: the fast scorer gives exactly what the reference scorer gives, under arbitrary policies scored many times on one plan', () => {
    fc.assert(
      fc.property(policyArb(dashRic2009), inputsArb(dashRic2009), (policy, inputs) => {
        // The stores fill on the first inputs and are read on the later ones.
        for (const input of [...inputs, ...inputs]) same(dashRic2009, input, policy);
      }),
      { numRuns: 200 },
    );
  });

  it('on a small edition with a count-only scoring and one with items that do not count', () => {
    const countOnly = miniInstrument({ scoring: 'count-only' });
    const mini = miniInstrument();
    fc.assert(
      fc.property(policyArb(mini), inputsArb(mini), inputsArb(countOnly), (policy, inputs, countOnlyInputs) => {
        for (const input of inputs) same(mini, input, policy);
        for (const input of countOnlyInputs) {
          same(countOnly, input, { ...policy, instruments: [] });
          same(countOnly, input, { ...policy, instruments: [], bands: [] });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses the same way: another edition, a policy without bands for the instrument, answers that are not a plain object', () => {
    const input = { instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes' } } };
    same(dashRic2009, { ...input, instrument: { id: 'dash-ric', edition: '2010' } }, commonLocalBands);
    same(dashRic2009, input, { ...commonLocalBands, instruments: ['other'] });
    same(dashRic2009, { ...input, answers: Object.create({ strangulation: { value: 'yes' } }) }, commonLocalBands);
    same(dashRic2009, { ...input, answers: Object.assign(Object.create(null), { weapons: { value: 'no' } }) }, commonLocalBands);
  });
});
