import { describe, expect, it } from 'vitest';
import {
  barnardosRimProvisional,
  dara2022Provisional,
  dashRic2009,
  shippedInstruments,
  toFhirQuestionnaire,
  type FhirQuestionnaireItem,
  type Instrument,
} from '../../src/index.js';

// The established extensions, spelt out here so that a wrong URL in the code fails.
const EXTENSION = {
  weight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  ordinal: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  control: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
} as const;

const all = (items: readonly FhirQuestionnaireItem[] | undefined): FhirQuestionnaireItem[] => (items ?? []).flatMap((item) => [item, ...all(item.item)]);
const itemsOf = (instrument: Instrument) => all(toFhirQuestionnaire(instrument).item);
const control = (item: FhirQuestionnaireItem) => item.extension?.find((e) => e.url === EXTENSION.control)?.valueCodeableConcept?.coding?.[0];
const weights = (item: FhirQuestionnaireItem) => (item.answerOption ?? []).flatMap((option) => option.extension ?? []).filter((e) => e.url === EXTENSION.weight || e.url === EXTENSION.ordinal);
const editions = shippedInstruments.map((instrument) => [`${instrument.id}@${instrument.edition}`, instrument] as const);

describe('the Questionnaires read like the paper form (issue 17)', () => {
  it.each(editions)('fhir-choice-control: %s declares every choice as radio buttons, or check boxes when it repeats', (_, instrument) => {
    const choices = itemsOf(instrument).filter((item) => item.type === 'choice');
    expect(choices.length).toBeGreaterThan(0);
    for (const item of choices) {
      expect(control(item), item.linkId).toEqual({ system: 'http://hl7.org/fhir/questionnaire-item-control', code: item.repeats === true ? 'check-box' : 'radio-button' });
    }
    expect(itemsOf(instrument).filter((item) => item.type !== 'choice' && control(item) !== undefined)).toEqual([]);
  });

  it.each(editions)('fhir-option-display: %s gives every coded answer option display text', (_, instrument) => {
    for (const item of itemsOf(instrument)) {
      for (const option of item.answerOption ?? []) expect(option.valueCoding?.display?.trim(), `${item.linkId} ${option.valueCoding?.code}`).toBeTruthy();
    }
  });

  it('fhir-option-display: sources and the DARA grade read as our labels, not codes', () => {
    const source = itemsOf(dashRic2009).find((item) => item.linkId === 'strangulation.source')!;
    expect(source.answerOption?.map((o) => o.valueCoding?.display)).toEqual(['The victim', 'Practitioner\u2019s own observation', 'Police or agency records', 'Another agency']);
    const grade = itemsOf(dara2022Provisional).find((item) => item.linkId === 'grade.level')!;
    expect(grade.answerOption?.map((o) => [o.valueCoding?.code, o.valueCoding?.display])).toEqual([
      ['standard', 'Standard'],
      ['medium', 'Medium'],
      ['high', 'High'],
    ]);
  });

  it.each(editions)('fhir-weights-where-scored: %s weights only the answers of items a count uses', (_, instrument) => {
    const counted = new Set(instrument.scoring === 'yes-count' || instrument.scoring === 'count-only' ? instrument.items.filter((item) => item.counts).map((item) => item.id) : []);
    for (const item of itemsOf(instrument)) {
      if (counted.has(item.linkId)) {
        // Both extensions, on every option: 1 for yes, 0 otherwise.
        expect(weights(item).length, item.linkId).toBe(2 * (item.answerOption ?? []).length);
        expect(item.answerOption?.map((o) => [o.valueCoding?.code, o.extension?.map((e) => e.valueDecimal)])).toEqual(
          item.answerOption?.map((o) => [o.valueCoding?.code, o.valueCoding?.code === 'yes' ? [1, 1] : [0, 0]]),
        );
      } else expect(weights(item), item.linkId).toEqual([]);
    }
    if (instrument.id === 'dara' || instrument.id === 'barnardos-rim') expect(counted.size).toBe(0);
  });

  it.each(editions)('fhir-follow-ups-when-relevant: %s shows comment and source once answered, sub-options once yes', (_, instrument) => {
    const items = itemsOf(instrument);
    const followUps = items.filter((item) => /\.(comment|source)$/.test(item.linkId));
    expect(followUps.length).toBeGreaterThan(0);
    for (const item of followUps) {
      const question = item.linkId.replace(/\.(comment|source)$/, '');
      expect(items.some((other) => other.linkId === question)).toBe(true);
      expect(item.enableWhen, item.linkId).toEqual([{ question, operator: 'exists', answerBoolean: true }]);
    }
    for (const item of items.filter((other) => other.linkId.includes('.options.'))) {
      expect(item.enableWhen, item.linkId).toEqual([{ question: item.linkId.split('.options.')[0], operator: '=', answerCoding: { system: 'urn:da-risk:answer', code: 'yes' } }]);
    }
  });

  it('fhir-follow-ups-when-relevant: inside the RIM child group, follow-ups name the child\u2019s own question', () => {
    const comment = itemsOf(barnardosRimProvisional).find((item) => item.linkId.startsWith('children.') && item.linkId.endsWith('.comment'))!;
    expect(comment.enableWhen?.[0]?.question).toBe(comment.linkId.replace(/\.comment$/, ''));
    expect(comment.enableWhen?.[0]?.question.startsWith('children.')).toBe(true);
  });

  it('fhir-free-text-source: DARA\u2019s free-text question has the source item its responses carry', () => {
    const linkIds = itemsOf(dara2022Provisional).map((item) => item.linkId);
    expect(linkIds).toContain('victim-view-of-risk.source');
    expect(linkIds).not.toContain('victim-view-of-risk.comment');
  });
});
