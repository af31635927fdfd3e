/**
 * RIM inputs the kit's `rimInputArbitrary` does not draw and the FHIR mapping must carry: an
 * assessment id, no pregnancy answer, comments and sources on indicators, a child's own
 * indicators, and an age in years without months.
 */
import fc from 'fast-check';
import { answerSources, type Answer, type Instrument, type RimInput } from '../../src/index.js';
import { rimInputArbitrary } from '../../src/testing.js';

function answersArb(instrument: Instrument): fc.Arbitrary<Record<string, Answer>> {
  const answer = fc.record(
    {
      value: fc.constantFrom('confirmed', 'suspected', 'absent'),
      comment: fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text.trim() !== ''),
      source: fc.constantFrom(...answerSources),
    },
    { requiredKeys: ['value'] },
  );
  return fc.dictionary(fc.constantFrom(...instrument.items.map((item) => item.id)), answer, { maxKeys: 5 });
}

/** The kit's RIM inputs, widened as above. */
export function rimInputArb(instrument: Instrument): fc.Arbitrary<RimInput> {
  return fc
    .tuple(rimInputArbitrary(instrument), answersArb(instrument), fc.array(fc.tuple(answersArb(instrument), fc.boolean()), { minLength: 4, maxLength: 4 }), fc.boolean())
    .map(([input, household, perChild, withId]) => {
      const { pregnancy, ...rest } = input;
      return {
        ...rest,
        ...(withId ? { id: 'rim-1' } : pregnancy === undefined ? {} : { pregnancy }),
        answers: { ...input.answers, ...household },
        children: input.children.map((child, i) => {
          const [answers, dropMonths] = perChild[i]!;
          const age = child.age === undefined ? {} : { age: dropMonths ? { years: child.age.years } : child.age };
          return { ...child, ...age, ...(Object.keys(answers).length === 0 ? {} : { answers }) };
        }),
      };
    });
}
