import fc from 'fast-check';
import { answerTypes, type Answer, type AssessmentInput, type Instrument, type Item } from '../../src/index.js';

/** A valid answer to one item, with optional comment, source and (for yes) sub-options. */
export function answerArb(item: Item): fc.Arbitrary<Answer> {
  const values = answerTypes[item.answerType].values.map((v) => v.value);
  const choices = item.optionGroups.flatMap((g) => g.choices.map((c) => c.id));
  return fc
    .record(
      {
        value: fc.constantFrom(...values),
        comment: fc.string({ maxLength: 40 }).filter((text) => text.trim() !== ''),
        source: fc.constantFrom('victim', 'practitioner', 'records', 'other-agency' as const),
        options: fc.subarray(choices),
      },
      { requiredKeys: ['value'] },
    )
    .map((answer) => {
      const out: { value: string; comment?: string; source?: NonNullable<Answer['source']>; options?: string[] } = { value: answer.value };
      if (answer.comment !== undefined) out.comment = answer.comment;
      if (answer.source !== undefined) out.source = answer.source;
      if (answer.options !== undefined && answer.value === 'yes' && choices.length > 0) out.options = answer.options;
      return out;
    });
}

/** A valid assessment input on an edition: each item answered or left unanswered. */
export function inputArb(instrument: Instrument): fc.Arbitrary<AssessmentInput> {
  const model: Record<string, fc.Arbitrary<Answer>> = {};
  for (const item of instrument.items) model[item.id] = answerArb(item);
  return fc.record(model, { requiredKeys: [] }).map((answers) => ({
    instrument: { id: instrument.id, edition: instrument.edition },
    answers: answers as AssessmentInput['answers'],
  }));
}

/** An ISO date-time with offset inside 2020–2030. */
export const isoArb = fc
  .integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2030-12-31T00:00:00Z') })
  .map((ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
