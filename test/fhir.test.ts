import fc from 'fast-check';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDara,
  barnardosRimProvisional,
  countExpression,
  dara2022Provisional,
  dashRic2009,
  fromQuestionnaireResponse,
  policeDash2009,
  sDash2009,
  shippedInstruments,
  toFhirQuestionnaire,
  toQuestionnaireResponse,
  type DaraInput,
} from '../src/index.js';
import { inputArb, isoArb } from './support/arbitraries.js';
import { thrown } from './support/errors.js';
import { viaJson } from './support/fixtures.js';

const checklists = [dashRic2009, policeDash2009, sDash2009];

describe('FHIR R4 Questionnaire', () => {
  it.each(shippedInstruments.map((i) => [`${i.id}@${i.edition}`, i] as const))('%s: valid shape, unique linkIds, version = edition', (_, instrument) => {
    const questionnaire: fhir4.Questionnaire = toFhirQuestionnaire(instrument) as unknown as fhir4.Questionnaire;
    expect(questionnaire.version).toBe(instrument.edition);
    expect(questionnaire.name).toMatch(/^[A-Z][A-Za-z0-9_]{0,254}$/);
    expect(questionnaire.status).toBe('draft');
    expect(questionnaire.copyright).toContain(instrument.attribution);
    const ids: string[] = [];
    const walk = (items: fhir4.QuestionnaireItem[] | undefined) => items?.forEach((item) => (ids.push(item.linkId), walk(item.item)));
    walk(questionnaire.item);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of instrument.items) expect(ids).toContain(item.id);
  });

  it('weights: 1 for yes on a counting item, 0 otherwise; sub-options enabled by yes; count is calculated', () => {
    const questionnaire = toFhirQuestionnaire(dashRic2009);
    const items = questionnaire.item.flatMap((group) => group.item ?? []);
    const strangulation = items.find((item) => item.linkId === 'strangulation')!;
    expect(strangulation.answerOption?.map((o) => [o.valueCoding.code, o.extension?.[0]?.valueDecimal])).toEqual([
      ['yes', 1],
      ['no', 0],
      ['dont-know', 0],
      ['declined', 0],
    ]);
    const threatened = items.find((item) => item.linkId === 'threats-to-kill.options.threatened')!;
    expect(threatened.enableWhen).toEqual([{ question: 'threats-to-kill', operator: '=', answerCoding: { system: 'urn:da-risk:answer', code: 'yes' } }]);
    const count = questionnaire.item.find((item) => item.linkId === 'count')!;
    expect(count).toMatchObject({ type: 'integer', readOnly: true });
    expect(count.extension?.[0]?.valueExpression?.expression).toBe(countExpression(dashRic2009));
  });

  it('the RIM has a repeating group per child; DARA has the grade items', () => {
    const rim = toFhirQuestionnaire(barnardosRimProvisional);
    expect(rim.item.find((item) => item.linkId === 'children')).toMatchObject({ type: 'group', repeats: true });
    const dara = toFhirQuestionnaire(dara2022Provisional);
    expect(dara.item.find((item) => item.linkId === 'grade')?.item?.map((item) => item.linkId)).toEqual([
      'grade.level',
      'grade.rationale',
      'grade.by',
      'grade.at',
      'grade.referToMarac',
    ]);
    expect(dara.item.some((item) => item.linkId === 'count')).toBe(false);
  });
});

describe('QuestionnaireResponse', () => {
  const anyChecklist = fc.constantFrom(...checklists).chain((instrument) => inputArb(instrument).map((input) => [instrument, input] as const));

  it('round-trips every checklist assessment without loss', () => {
    fc.assert(
      fc.property(anyChecklist, fc.option(isoArb, { nil: undefined }), ([instrument, input], assessedAt) => {
        const full = assessedAt === undefined ? input : { ...input, id: 'a-1', assessedAt };
        const response = toQuestionnaireResponse(instrument, full);
        const back = fromQuestionnaireResponse(viaJson(response));
        expect(back.instrument).toBe(instrument);
        expect(back.input).toEqual(full);
      }),
    );
  });

  it('conformance: the FHIRPath count over the response equals the library\u2019s count', () => {
    const expressions = new Map(checklists.map((instrument) => [instrument.id, countExpression(instrument)]));
    fc.assert(
      fc.property(anyChecklist, ([instrument, input]) => {
        const response = viaJson(toQuestionnaireResponse(instrument, input));
        const evaluated = fhirpath.evaluate(response, expressions.get(instrument.id)!, { resource: response }, r4 as unknown as fhirpath.Model) as unknown[];
        const [count] = evaluated;
        expect(count).toBe(assess(input).count);
      }),
      { numRuns: 60 },
    );
  });

  it('round-trips a DARA assessment with its grade, observations, evidence and secondary link', () => {
    const input: DaraInput = {
      instrument: { id: 'dara', edition: '2022-provisional' },
      id: 'dara-1',
      assessedAt: '2025-03-01T21:40:00Z',
      answers: {
        strangulation: { value: 'once', source: 'victim' },
        'physical-violence': { value: 'more-than-once', comment: 'Weekly since January' },
        'victim-view-of-risk': { value: 'She thinks he will find her.' },
      },
      grade: { level: 'high', rationale: 'Strangulation.', by: 'pc-1', at: '2025-03-01T22:00:00Z', referToMarac: true },
      observations: ['obs-1'],
      evidence: ['bwv-1', 'crime-2'],
      secondaryAssessment: { instrument: { id: 'dash-ric', edition: '2009' }, assessmentId: 'idva-9' },
    };
    const response = toQuestionnaireResponse(dara2022Provisional, input);
    const back = fromQuestionnaireResponse(viaJson(response));
    expect(back.input).toEqual(input);
    expect(assessDara(back.input).final.level).toBe('high');
  });

  it('invalid FHIR input fails with typed, value-free errors', () => {
    const input = { instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes' } } };
    const response = viaJson(toQuestionnaireResponse(dashRic2009, input)) as unknown as { questionnaire: string; item: { item: { linkId: string; answer: unknown[] }[] }[] };
    expect(thrown(() => fromQuestionnaireResponse({ ...response, questionnaire: 'https://elsewhere.example/Questionnaire/x|1' })).issues[0]?.rule).toBe(
      'unknown-questionnaire',
    );
    expect(thrown(() => fromQuestionnaireResponse({ ...response, questionnaire: response.questionnaire.replace('|2009', '|2031') })).code).toBe('unknown-edition');
    const unknown = viaJson(response);
    unknown.item[0]!.item[0]!.linkId = 'strangulaton';
    expect(thrown(() => fromQuestionnaireResponse(unknown)).issues[0]).toMatchObject({ rule: 'unknown-link-id', path: ['item', 0, 'item', 0, 'linkId'] });
    const notAllowed = viaJson(response);
    notAllowed.item[0]!.item[0]!.answer = [{ valueCoding: { system: 'urn:da-risk:answer', code: 'SECRET-maybe' } }];
    const error = thrown(() => fromQuestionnaireResponse(notAllowed));
    expect(error.issues[0]?.rule).toBe('one-of');
    expect(error.message + JSON.stringify(error.issues)).not.toContain('SECRET');
    const wrongSystem = viaJson(response);
    wrongSystem.item[0]!.item[0]!.answer = [{ valueCoding: { system: 'http://snomed.info/sct', code: 'yes' } }];
    expect(thrown(() => fromQuestionnaireResponse(wrongSystem)).issues[0]?.rule).toBe('coding');
    expect(thrown(() => fromQuestionnaireResponse({ resourceType: 'Patient' })).issues[0]?.path).toEqual(['resourceType']);
  });

  it('arbitrary input never crashes the reader', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          fromQuestionnaireResponse(value);
        } catch (error) {
          expect((error as Error).name).toBe('DaRiskError');
        }
      }),
    );
  });
});
