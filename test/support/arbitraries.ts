/**
 * Test-only arbitraries. Everything the shipped testing kit (`src/testing/arbitraries.ts`,
 * `da-risk/testing`) offers is taken from it — tests import `assessmentInputArbitrary`,
 * `isoDateTimeArbitrary`, `caseRecordArbitrary`, … from `../../src/testing.js` directly — so the
 * suite exercises the kit consumers get. Only what the kit does not draw stays here.
 */
import fc from 'fast-check';
import type { Answer, AssessmentInput, Instrument } from '../../src/index.js';
import { assessmentInputArbitrary } from '../../src/testing.js';

/**
 * The kit's checklist inputs (details and unanswered items on), widened by the one case the kit
 * never draws and the old hand-written arbitrary did: a `yes` with an empty sub-option list
 * (`options: []`), which must validate, score and round-trip through FHIR like any other answer.
 * Stays because the kit always gives a `yes` with sub-options at least one of them.
 */
export function inputArb(instrument: Instrument): fc.Arbitrary<AssessmentInput> {
  const withChoices = new Set(instrument.items.filter((item) => item.optionGroups.some((group) => group.choices.length > 0)).map((item) => item.id));
  const n = instrument.items.length;
  return fc
    .tuple(assessmentInputArbitrary(instrument), fc.array(fc.nat({ max: 3 }), { minLength: n, maxLength: n }))
    .map(([input, empty]) => {
      // About one yes in four with sub-options on offer gets the empty list; the rest keep the kit's answer.
      const answers: Record<string, Answer> = {};
      instrument.items.forEach((item, i) => {
        const answer = input.answers[item.id];
        if (answer === undefined) return;
        answers[item.id] = answer.value === 'yes' && withChoices.has(item.id) && empty[i] === 0 ? { ...answer, options: [] } : answer;
      });
      return { ...input, answers };
    });
}
