import fc from 'fast-check';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { describe, expect, it } from 'vitest';
import type { FhirQuestionnaireItem, FhirQuestionnaireResponse, FhirResponseItem } from '../../src/index.js';
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
  type RimInput,
} from '../../src/index.js';
import { isoDateTimeArbitrary, rimInputArbitrary } from '../../src/testing.js';
import { rimInputArb } from './rim-arbitrary.js';
import { inputArb } from '../support/arbitraries.js';
import { thrown } from '../support/errors.js';
import { deepFrozen, viaJson } from '../support/fixtures.js';

const checklists = [dashRic2009, policeDash2009, sDash2009];
// fhirpath's R4 model, typed as the evaluator takes it (its `score` is optional there, possibly undefined here).
const { score, ...r4Rest } = r4;
const r4Model: fhirpath.Model = score === undefined ? r4Rest : { ...r4Rest, score };
const topItems = (questionnaire: { readonly item?: FhirQuestionnaireItem[] | undefined }): FhirQuestionnaireItem[] => questionnaire.item ?? [];

describe('FHIR R4 Questionnaire', () => {
  it.each(shippedInstruments.map((i) => [`${i.id}@${i.edition}`, i] as const))('%s: valid shape, unique linkIds, version = edition', (_, instrument) => {
    const questionnaire: fhir4.Questionnaire = toFhirQuestionnaire(instrument);
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
    const items = topItems(questionnaire).flatMap((group) => group.item ?? []);
    const strangulation = items.find((item) => item.linkId === 'strangulation')!;
    expect(strangulation.answerOption?.map((o) => [o.valueCoding?.code, o.extension?.[0]?.valueDecimal])).toEqual([
      ['yes', 1],
      ['no', 0],
      ['dont-know', 0],
      ['declined', 0],
    ]);
    const threatened = items.find((item) => item.linkId === 'threats-to-kill.options.threatened')!;
    expect(threatened.enableWhen).toEqual([{ question: 'threats-to-kill', operator: '=', answerCoding: { system: 'urn:da-risk:answer', code: 'yes' } }]);
    const count = topItems(questionnaire).find((item) => item.linkId === 'count')!;
    expect(count).toMatchObject({ type: 'integer', readOnly: true });
    expect(count.extension?.[0]?.valueExpression?.expression).toBe(countExpression(dashRic2009));
  });

  it('the RIM has a repeating group per child; DARA has the grade items', () => {
    const rim = toFhirQuestionnaire(barnardosRimProvisional);
    expect(topItems(rim).find((item) => item.linkId === 'children')).toMatchObject({ type: 'group', repeats: true });
    const dara = toFhirQuestionnaire(dara2022Provisional);
    expect(topItems(dara).find((item) => item.linkId === 'grade')?.item?.map((item) => item.linkId)).toEqual([
      'grade.level',
      'grade.rationale',
      'grade.by',
      'grade.at',
      'grade.referToMarac',
    ]);
    expect(topItems(dara).some((item) => item.linkId === 'count')).toBe(false);
  });
});

describe('QuestionnaireResponse', () => {
  const anyChecklist = fc.constantFrom(...checklists).chain((instrument) => inputArb(instrument).map((input) => [instrument, input] as const));

  it('round-trips every checklist assessment without loss', () => {
    fc.assert(
      fc.property(anyChecklist, fc.option(isoDateTimeArbitrary(), { nil: undefined }), ([instrument, input], assessedAt) => {
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
        const evaluated = fhirpath.evaluate(response, expressions.get(instrument.id)!, { resource: response }, r4Model) as unknown[];
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
    expect(assessDara(back.input as DaraInput).final.level).toBe('high');
  });

  it('fhir-rim-round-trip: round-trips every RIM household assessment without loss, each child a repeat of the children group', () => {
    fc.assert(
      fc.property(fc.oneof(rimInputArbitrary(barnardosRimProvisional), rimInputArb(barnardosRimProvisional)), (input) => {
        const response = toQuestionnaireResponse(barnardosRimProvisional, input);
        const groups = (response.item ?? []).filter((item) => item.linkId === 'children');
        expect(groups.map((group) => group.item?.[0]?.answer?.[0]?.valueString)).toEqual(input.children.map((child) => child.id));
        const back = fromQuestionnaireResponse(viaJson(response));
        expect(back.instrument).toBe(barnardosRimProvisional);
        expect(back.input).toEqual(input);
        expect(deepFrozen(back.input)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('fhir-rim-children: a child\u2019s link ids are unique within the child only, and a child\u2019s details are read as typed', () => {
    const input: RimInput = {
      instrument: { id: barnardosRimProvisional.id, edition: barnardosRimProvisional.edition },
      assessedAt: '2025-06-01T10:00:00Z',
      answers: {},
      children: [
        { id: 'c-1', age: { years: 3 }, specialNeeds: false },
        { id: 'c-2', dateOfBirth: '2020-02-01', specialNeeds: true },
      ],
    };
    const response = viaJson(toQuestionnaireResponse(barnardosRimProvisional, input));
    expect(fromQuestionnaireResponse(response).input).toEqual(input);
    const child = response.item!.find((item) => item.linkId === 'children')!;
    child.item!.push(viaJson(child.item![0]!));
    expect(thrown(() => fromQuestionnaireResponse(response)).issues[0]?.rule).toBe('duplicate-link-id');
    child.item!.pop();
    child.item!.find((item) => item.linkId === 'children.ageYears')!.answer = [{ valueString: 'SECRET-3' }];
    const error = thrown(() => fromQuestionnaireResponse(response));
    expect(error.issues[0]).toMatchObject({ rule: 'type', path: expect.arrayContaining(['valueInteger']) });
    expect(error.message + JSON.stringify(error.issues)).not.toContain('SECRET');
  });

  it('invalid FHIR input fails with typed, value-free errors', () => {
    const input = { instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes' } } };
    const response = viaJson(toQuestionnaireResponse(dashRic2009, input));
    expect(thrown(() => fromQuestionnaireResponse({ ...response, questionnaire: 'https://elsewhere.example/Questionnaire/x|1' })).issues[0]?.rule).toBe(
      'unknown-questionnaire',
    );
    expect(thrown(() => fromQuestionnaireResponse({ ...response, questionnaire: response.questionnaire!.replace('|2009', '|2031') })).code).toBe('unknown-edition');
    const unknown = viaJson(response);
    unknown.item![0]!.item![0]!.linkId = 'strangulaton';
    expect(thrown(() => fromQuestionnaireResponse(unknown)).issues[0]).toMatchObject({ rule: 'unknown-link-id', path: ['item', 0, 'item', 0, 'linkId'] });
    const notAllowed = viaJson(response);
    notAllowed.item![0]!.item![0]!.answer = [{ valueCoding: { system: 'urn:da-risk:answer', code: 'SECRET-maybe' } }];
    const error = thrown(() => fromQuestionnaireResponse(notAllowed));
    expect(error.issues[0]?.rule).toBe('one-of');
    expect(error.message + JSON.stringify(error.issues)).not.toContain('SECRET');
    const wrongSystem = viaJson(response);
    wrongSystem.item![0]!.item![0]!.answer = [{ valueCoding: { system: 'http://snomed.info/sct', code: 'yes' } }];
    expect(thrown(() => fromQuestionnaireResponse(wrongSystem)).issues[0]?.rule).toBe('coding');
    expect(thrown(() => fromQuestionnaireResponse<unknown>({ resourceType: 'Patient' })).issues[0]?.path).toEqual(['resourceType']);
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

describe('QuestionnaireResponse: refused shapes and frozen results (issue 11)', () => {
  const CALCULATED = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';
  type Mutable = FhirQuestionnaireResponse & { item: FhirResponseItem[] };
  /** A response as a host would hold it: a mutable copy with its items. */
  const mutable = (value: FhirQuestionnaireResponse): Mutable => {
    const copy = viaJson(value);
    return { ...copy, item: copy.item ?? [] };
  };
  const yes = { system: 'urn:da-risk:answer', code: 'yes' };
  const no = { system: 'urn:da-risk:answer', code: 'no' };
  const base = { instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes' }, separation: { value: 'no' } } } as const;
  const response = (): Mutable => mutable(toQuestionnaireResponse(dashRic2009, base));

  it('fhir-duplicate-linkid: a response with two answers for one question is refused', () => {
    const twice = response();
    const section = twice.item[0]!.item!;
    const at = section.findIndex((item) => item.linkId === 'strangulation');
    section.push({ linkId: 'strangulation', answer: [{ valueCoding: no }] });
    const error = thrown(() => fromQuestionnaireResponse(twice));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      { path: ['item', 0, 'item', section.length - 1, 'linkId'], rule: 'duplicate-link-id', message: expect.stringContaining(`item[0].item[${at}]`) },
    ]);
    expect(error.message).not.toMatch(/strangulation/);
    // The same linkId in two places (a section and the top level) is refused too — the second is not where the
    // Questionnaire has the question (issue 17) — as is a repeated sub-option item.
    const elsewhere = response();
    elsewhere.item.push({ linkId: 'strangulation', answer: [{ valueCoding: yes }] });
    expect(thrown(() => fromQuestionnaireResponse(elsewhere)).issues[0]).toMatchObject({ rule: 'misplaced-link-id', path: ['item', elsewhere.item.length - 1, 'linkId'] });
    const options = mutable(toQuestionnaireResponse(dashRic2009, { ...base, answers: { 'threats-to-kill': { value: 'yes', options: ['threatened'] } } }));
    const group = options.item[0]!.item!;
    const optionItem = group.find((item) => item.linkId.startsWith('threats-to-kill.options.'))!;
    group.push(viaJson(optionItem));
    expect(thrown(() => fromQuestionnaireResponse(options)).issues[0]?.rule).toBe('duplicate-link-id');
  });

  it('fhir-count-item: the Questionnaire\u2019s own calculated count is accepted when it equals the yes answers', () => {
    // The item the shipped Questionnaire calculates: linkId `count`, an integer with a calculatedExpression.
    const declared = topItems(toFhirQuestionnaire(dashRic2009)).filter((item) => item.extension?.some((e) => e.url === CALCULATED));
    expect(declared.map((item) => [item.linkId, item.type])).toEqual([['count', 'integer']]);
    const withCount = response();
    withCount.item.push({ linkId: 'count', answer: [{ valueInteger: 1 }] });
    expect(fromQuestionnaireResponse(withCount).input).toEqual(base);
    // A form filler's count, evaluated from the Questionnaire's own expression, is always accepted and never changes the input.
    fc.assert(
      fc.property(fc.constantFrom(...checklists).chain((instrument) => inputArb(instrument).map((input) => [instrument, input] as const)), ([instrument, input]) => {
        const filled = mutable(toQuestionnaireResponse(instrument, input));
        const [count] = fhirpath.evaluate(filled, countExpression(instrument), { resource: filled }, r4Model) as number[];
        filled.item.push({ linkId: 'count', answer: [{ valueInteger: count }] });
        expect(fromQuestionnaireResponse(filled).input).toEqual(input);
      }),
      { numRuns: 40 },
    );
  });

  it('fhir-count-item: a count that is not the number of yes answers is refused, and DARA has no count item', () => {
    for (const stated of [0, 2, 1.5, -1]) {
      const wrong = response();
      wrong.item.push({ linkId: 'count', answer: [{ valueInteger: stated }] });
      const error = thrown(() => fromQuestionnaireResponse(wrong));
      expect(error.issues).toEqual([
        // -1 is a well-formed integer that is not the count (issue 17: `count-mismatch`, before `type`); 1.5 is no integer.
        expect.objectContaining({ path: ['item', wrong.item.length - 1, 'answer', 0, 'valueInteger'], rule: Number.isInteger(stated) ? 'count-mismatch' : 'type' }),
      ]);
    }
    const text = response();
    text.item.push({ linkId: 'count', answer: [{ valueString: '1' }] });
    expect(thrown(() => fromQuestionnaireResponse(text)).issues[0]?.rule).toBe('type');
    const dara = mutable(
      toQuestionnaireResponse(dara2022Provisional, {
        instrument: { id: 'dara', edition: '2022-provisional' },
        answers: {},
        grade: { level: 'standard', rationale: 'r', by: 'p', at: '2025-01-01T00:00:00Z' },
      }),
    );
    dara.item.push({ linkId: 'count', answer: [{ valueInteger: 0 }] });
    expect(thrown(() => fromQuestionnaireResponse(dara)).issues[0]?.rule).toBe('unknown-link-id');
  });

  it('fhir-max-depth: items nested 1,000 (or 100,000) deep are refused with a typed error, without unbounded recursion', () => {
    for (const depth of [1_000, 100_000]) {
      // Nested sections, the one shape the reader descends into.
      let nested: FhirResponseItem = { linkId: 'risk' };
      for (let i = 0; i < depth; i++) nested = { linkId: 'risk', item: [nested] };
      const deep: FhirQuestionnaireResponse = { ...response(), item: [nested] };
      const error = thrown(() => fromQuestionnaireResponse(deep));
      expect(error.issues).toEqual([{ path: [...Array.from({ length: 10 }, () => ['item', 0]).flat(), 'item'], rule: 'max-depth', message: 'nests items more than 10 deep' }]);
    }
    // Ten levels are still read (the reader refuses them for their shape, not their depth).
    let ten: FhirResponseItem = { linkId: 'x' };
    for (let i = 0; i < 9; i++) ten = { linkId: 'x', item: [ten] };
    const rules = thrown(() => fromQuestionnaireResponse({ ...response(), item: [ten] })).issues.map((issue) => issue.rule);
    expect(rules).toContain('unknown-link-id');
    expect(rules).not.toContain('max-depth');
  });

  it('fhir-frozen-result: fromQuestionnaireResponse returns a deep-frozen result', () => {
    const checklist = fromQuestionnaireResponse(
      viaJson(toQuestionnaireResponse(dashRic2009, { ...base, id: 'a-1', answers: { 'threats-to-kill': { value: 'yes', options: ['threatened'], comment: 'c', source: 'victim' } } })),
    );
    expect(deepFrozen(checklist.input)).toBe(true);
    expect(Object.isFrozen(checklist)).toBe(true);
    const dara = fromQuestionnaireResponse(
      viaJson(
        toQuestionnaireResponse(dara2022Provisional, {
          instrument: { id: 'dara', edition: '2022-provisional' },
          answers: { strangulation: { value: 'once', source: 'victim' } },
          grade: { level: 'high', rationale: 'r', by: 'p', at: '2025-01-01T00:00:00Z' },
          observations: ['o-1'],
          secondaryAssessment: { instrument: { id: 'dash-ric', edition: '2009' }, assessmentId: 'a-9' },
        }),
      ),
    );
    expect(deepFrozen(dara.input)).toBe(true);
  });

  it('fhir-no-lost-nesting: answers nested under a question or an answer are refused, never dropped', () => {
    const under = (where: 'answer' | 'question') => {
      const nested = response();
      const section = nested.item[0]!.item!;
      const at = section.findIndex((item) => item.linkId === 'separation');
      const [moved] = section.splice(at, 1);
      const host = section.find((item) => item.linkId === 'strangulation')!;
      if (where === 'answer') host.answer![0]!.item = [moved!];
      else host.item = [moved!];
      return nested;
    };
    expect(thrown(() => fromQuestionnaireResponse(under('answer'))).issues.map((issue) => issue.rule)).toContain('unexpected-nesting');
    expect(thrown(() => fromQuestionnaireResponse(under('question'))).issues.map((issue) => issue.rule)).toContain('unexpected-nesting');
  });

  it('fhir-one-value: an answer holding two values, or none, is refused', () => {
    const two = response();
    const item = two.item[0]!.item!.find((entry) => entry.linkId === 'strangulation')!;
    item.answer = [{ valueCoding: yes, valueString: 'no' }];
    expect(thrown(() => fromQuestionnaireResponse(two)).issues.map((issue) => issue.rule)).toContain('one-value');
  });

  it('fhir-link-id-parts: a link id with parts past its own is unknown, never read as its first parts', () => {
    const extra = mutable(toQuestionnaireResponse(dashRic2009, { ...base, answers: { strangulation: { value: 'yes', source: 'victim' } } }));
    extra.item[0]!.item!.push({ linkId: 'strangulation.source.again', answer: [{ valueCoding: { system: 'urn:da-risk:source', code: 'practitioner' } }] });
    expect(thrown(() => fromQuestionnaireResponse(extra)).issues[0]?.rule).toBe('unknown-link-id');
  });

  it('fhir-referral-by-judgement-kept: a DARA grade whose MARAC referral is not a boolean is refused, never read as no referral', () => {
    const input: DaraInput = {
      instrument: { id: 'dara', edition: '2022-provisional' },
      answers: {},
      grade: { level: 'medium', rationale: 'r', by: 'p', at: '2025-01-01T00:00:00Z', referToMarac: true },
    } as DaraInput;
    const fhir = mutable(toQuestionnaireResponse(dara2022Provisional, input));
    const grade = fhir.item.find((item) => item.linkId === 'grade')!;
    const refer = grade.item!.find((item) => item.linkId === 'grade.referToMarac')!;
    expect(refer.answer).toEqual([{ valueBoolean: true }]);
    expect((fromQuestionnaireResponse(viaJson(fhir)).input as DaraInput).grade.referToMarac).toBe(true);
    refer.answer = [{ valueString: 'true' }];
    const error = thrown(() => fromQuestionnaireResponse(fhir));
    expect(error.issues.map((issue) => issue.rule)).toContain('type');
  });
});
