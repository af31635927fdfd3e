import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  barnardosRimProvisional,
  dara2022Provisional,
  dashRic2009,
  policeDash2009,
  sDash2009,
  shippedInstruments,
  toFhirQuestionnaire,
  toQuestionnaireResponse,
  type Instrument,
} from '../../src/index.js';
import { daraInputArbitrary, rimInputArbitrary } from '../../src/testing.js';
import { inputArb } from '../support/arbitraries.js';
import { root } from '../support/generate.js';
import { r4Validator } from './r4-schema.js';
import { rimInputArb } from './rim-arbitrary.js';

const questionnaireErrors = r4Validator('Questionnaire');
const responseErrors = r4Validator('QuestionnaireResponse');
const slug = (instrument: Instrument) => `${instrument.id}@${instrument.edition}`;
const editions = shippedInstruments.map((instrument) => [slug(instrument), instrument] as const);

describe('the official FHIR R4 JSON Schema', () => {
  const responses: readonly (readonly [Instrument, fc.Arbitrary<Parameters<typeof toQuestionnaireResponse>[1]>])[] = [
    [dashRic2009, inputArb(dashRic2009)],
    [policeDash2009, inputArb(policeDash2009)],
    [sDash2009, inputArb(sDash2009)],
    [dara2022Provisional, daraInputArbitrary(dara2022Provisional)],
    [barnardosRimProvisional, fc.oneof(rimInputArbitrary(barnardosRimProvisional), rimInputArb(barnardosRimProvisional))],
  ];
  it('r4-schema-check: the check refuses what R4 does not allow (an R5 item type, an unknown property)', () => {
    const questionnaire = JSON.parse(JSON.stringify(toFhirQuestionnaire(sDash2009))) as ReturnType<typeof toFhirQuestionnaire>;
    expect(questionnaireErrors(questionnaire)).toEqual([]);
    const r5 = { ...questionnaire, item: [{ linkId: 'x', type: 'coding' }] };
    expect(questionnaireErrors(r5).length).toBeGreaterThan(0);
    expect(questionnaireErrors({ ...questionnaire, weight: 1 }).length).toBeGreaterThan(0);
    expect(responseErrors({ resourceType: 'QuestionnaireResponse', status: 'done' }).length).toBeGreaterThan(0);
  });

  it('r4-response: every shipped edition has a response mapping checked below', () => {
    expect(responses.map(([instrument]) => slug(instrument)).sort()).toEqual(editions.map(([name]) => name).sort());
  });

  it.each(editions)('r4-questionnaire: %s, built by toFhirQuestionnaire, is valid R4', (_, instrument) => {
    expect(questionnaireErrors(toFhirQuestionnaire(instrument))).toEqual([]);
  });

  it.each(editions)('r4-questionnaire: the shipped docs/fhir/%s.questionnaire.json is valid R4', (name) => {
    expect(questionnaireErrors(JSON.parse(readFileSync(join(root, 'docs/fhir', `${name}.questionnaire.json`), 'utf8')))).toEqual([]);
  });

  it.each(responses.map(([instrument, arbitrary]) => [slug(instrument), instrument, arbitrary] as const))(
    'r4-response: every QuestionnaireResponse written for %s is valid R4',
    (_, instrument, arbitrary) => {
      fc.assert(
        fc.property(arbitrary, (input) => {
          expect(responseErrors(toQuestionnaireResponse(instrument, input))).toEqual([]);
        }),
        { numRuns: 200 },
      );
    },
  );
});
