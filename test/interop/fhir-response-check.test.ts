/**
 * validateQuestionnaireResponse (issue 17): a QuestionnaireResponse is checked against the Questionnaire of the
 * edition it names. One focused test per rule — a response the library emits, mutated one way — asserting the
 * code, rule and path, and that no message carries the mutated text; then the property that every response the
 * library emits passes and reads back to the same input.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessTrusted,
  barnardosRimProvisional,
  commonLocalBands,
  countExpression,
  dara2022Provisional,
  dashRic2009,
  fromQuestionnaireResponse,
  policeDash2009,
  sDash2009,
  shippedInstruments,
  toFhirQuestionnaire,
  toQuestionnaireResponse,
  validateQuestionnaireResponse,
  type AssessmentInput,
  type DaRiskError,
  type DaraInput,
  type FhirQuestionnaire,
  type FhirQuestionnaireItem,
  type FhirQuestionnaireResponse,
  type FhirResponseItem,
  type Instrument,
  type RimInput,
} from '../../src/index.js';
import { indexQuestionnaire } from '../../src/interop/fhir/questionnaire-index.js';
import { daraInputArbitrary, isoDateTimeArbitrary, rimInputArbitrary } from '../../src/testing.js';
import { inputArb } from '../support/arbitraries.js';
import { thrown } from '../support/errors.js';
import { deepFrozen, viaJson } from '../support/fixtures.js';
import { r4Validator } from './r4-schema.js';
import { rimInputArb } from './rim-arbitrary.js';

type Mutable = FhirQuestionnaireResponse & { item: FhirResponseItem[] };
const ANSWER = 'urn:da-risk:answer';
const yes = { system: ANSWER, code: 'yes' };
const no = { system: ANSWER, code: 'no' };

/** A response as a host holds it after JSON: a mutable copy with its items. */
function mutable(response: FhirQuestionnaireResponse): Mutable {
  const copy = viaJson(response);
  return { ...copy, item: copy.item ?? [] };
}

/** The error of a refused response; fails when the response is accepted. */
function refused(response: unknown): DaRiskError {
  const checked = validateQuestionnaireResponse(response);
  if (checked.ok) throw new Error('expected the response to be refused');
  return checked.error;
}

/** The error names no text of the response that was changed. */
function noEcho(error: DaRiskError, ...texts: string[]): void {
  const said = error.message + JSON.stringify(error.issues);
  for (const text of texts) expect(said).not.toContain(text);
}

/** The section group of a response holding `linkId`, and the item's index in it. */
function find(response: Mutable, linkId: string): { readonly section: FhirResponseItem; readonly s: number; readonly at: number } {
  for (const [s, section] of response.item.entries()) {
    const at = (section.item ?? []).findIndex((item) => item.linkId === linkId);
    if (at >= 0) return { section, s, at };
  }
  throw new Error(`no item ${linkId}`);
}

const checklist = { instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes', source: 'victim' }, separation: { value: 'no' } } } as const;
const ric = (): Mutable => mutable(toQuestionnaireResponse(dashRic2009, checklist));
const police = (): Mutable =>
  mutable(
    toQuestionnaireResponse(policeDash2009, {
      instrument: { id: 'police-dash', edition: '2009' },
      answers: { 'current-injury': { value: 'yes' }, strangulation: { value: 'no' }, 'threats-to-kill': { value: 'yes', options: ['victim'] } },
    }),
  );
const daraInput: DaraInput = {
  instrument: { id: 'dara', edition: '2022-provisional' },
  answers: { strangulation: { value: 'once', source: 'victim' } },
  grade: { level: 'high', rationale: 'Strangulation.', by: 'pc-1', at: '2025-03-01T22:00:00Z' },
  observations: ['obs-1', 'obs-2'],
};
const dara = (): Mutable => mutable(toQuestionnaireResponse(dara2022Provisional, daraInput));
const rimInput: RimInput = {
  instrument: { id: barnardosRimProvisional.id, edition: barnardosRimProvisional.edition },
  assessedAt: '2025-06-01T10:00:00Z',
  answers: { 'rim-perpetrator-controlling': { value: 'confirmed' } },
  children: [
    { id: 'c-1', age: { years: 3, months: 2 }, specialNeeds: false },
    { id: 'c-2', dateOfBirth: '2020-02-01', specialNeeds: true },
  ],
};
const rim = (): Mutable => mutable(toQuestionnaireResponse(barnardosRimProvisional, rimInput));

describe('validateQuestionnaireResponse: the response fits its Questionnaire (issue 17)', () => {
  it('fhir-check-accepts: the library\u2019s own responses pass, frozen, with the edition and its Questionnaire', () => {
    for (const [instrument, response] of [
      [dashRic2009, ric()],
      [policeDash2009, police()],
      [dara2022Provisional, dara()],
      [barnardosRimProvisional, rim()],
    ] as const) {
      const checked = validateQuestionnaireResponse(response);
      expect(checked.ok).toBe(true);
      if (!checked.ok) continue;
      expect(checked.value.instrument).toBe(instrument);
      expect(checked.value.questionnaire).toEqual(toFhirQuestionnaire(instrument));
      expect(deepFrozen(checked)).toBe(true);
    }
    const base = 'https://forms.example.org/fhir/Questionnaire';
    const elsewhere = validateQuestionnaireResponse(toQuestionnaireResponse(dashRic2009, checklist, { baseUrl: base }), undefined, { baseUrl: base });
    expect(elsewhere.ok && elsewhere.value.questionnaire.url).toBe(`${base}/dash-ric`);
  });

  it('fhir-check-unknown-link-id: a linkId the Questionnaire does not have', () => {
    const response = ric();
    const { s, at, section } = find(response, 'separation');
    section.item![at]!.linkId = 'SECRET-separaton';
    const error = refused(response);
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([{ path: ['item', s, 'item', at, 'linkId'], rule: 'unknown-link-id', message: expect.any(String) }]);
    noEcho(error, 'SECRET');
  });

  it('fhir-check-position: a real linkId at the wrong position (a section\u2019s question at the top level, or in another section)', () => {
    const top = police();
    const { section, at } = find(top, 'strangulation');
    const [moved] = section.item!.splice(at, 1);
    top.item.push(moved!);
    const error = refused(top);
    expect(error.issues).toEqual([{ path: ['item', top.item.length - 1, 'linkId'], rule: 'misplaced-link-id', message: expect.any(String) }]);
    noEcho(error, 'strangulation');
    // Into another section: police DASH has strangulation under abuse-history, not current-situation.
    const across = police();
    const from = find(across, 'strangulation');
    const [item] = from.section.item!.splice(from.at, 1);
    const into = across.item.findIndex((group) => group.linkId === 'current-situation');
    across.item[into]!.item!.push(item!);
    const wrongSection = refused(across);
    expect(wrongSection.issues).toEqual([
      { path: ['item', into, 'item', across.item[into]!.item!.length - 1, 'linkId'], rule: 'misplaced-link-id', message: expect.any(String) },
    ]);
    noEcho(wrongSection, 'strangulation', 'current-situation', 'abuse-history');
    // A follow-up is a sibling of its question, never nested under the question item or its answer.
    const nested = ric();
    const { section: group, at: q, s: g } = find(nested, 'strangulation');
    const source = group.item!.findIndex((entry) => entry.linkId === 'strangulation.source');
    const [follow] = group.item!.splice(source, 1);
    group.item![q]!.answer![0]!.item = [follow!];
    expect(refused(nested).issues).toEqual([{ path: ['item', g, 'item', q, 'answer', 0, 'item'], rule: 'unexpected-nesting', message: expect.any(String) }]);
  });

  it('fhir-check-nesting: items go under a question\u2019s answer only where the Questionnaire has items under it', () => {
    // The RIM's da-risk example rows have a display note under the question: a renderer may send it under the answer.
    const withNote = rim();
    const { section, at, s } = find(withNote, 'rim-perpetrator-controlling');
    section.item![at]!.answer![0]!.item = [{ linkId: 'rim-perpetrator-controlling.example' }];
    expect(validateQuestionnaireResponse(withNote).ok).toBe(true);
    expect(fromQuestionnaireResponse(withNote).input).toEqual(rimInput);
    // Not under the question item itself, and not with an answer of its own.
    const direct = rim();
    direct.item[s]!.item![at]!.item = [{ linkId: 'rim-perpetrator-controlling.example' }];
    expect(refused(direct).issues).toEqual([{ path: ['item', s, 'item', at, 'item'], rule: 'unexpected-nesting', message: expect.any(String) }]);
    const answeredNote = rim();
    answeredNote.item[s]!.item![at]!.answer![0]!.item = [{ linkId: 'rim-perpetrator-controlling.example', answer: [{ valueString: 'SECRET' }] }];
    const error = refused(answeredNote);
    expect(error.issues).toEqual([{ path: ['item', s, 'item', at, 'answer', 0, 'item', 0, 'answer'], rule: 'not-answerable', message: expect.any(String) }]);
    noEcho(error, 'SECRET');
    // A group carries no answer either.
    const group = ric();
    group.item[0]!.answer = [{ valueString: 'SECRET' }];
    expect(refused(group).issues).toEqual([{ path: ['item', 0, 'answer'], rule: 'not-answerable', message: expect.any(String) }]);
  });

  it('fhir-check-type: each answer\u2019s value[x] fits the item type, and is well-formed for it', () => {
    const response = ric();
    const { s, at, section } = find(response, 'strangulation');
    section.item![at]!.answer = [{ valueString: 'SECRET yes' }];
    const error = refused(response);
    expect(error.issues).toEqual([{ path: ['item', s, 'item', at, 'answer', 0, 'valueCoding'], rule: 'type', message: expect.stringContaining('choice') }]);
    noEcho(error, 'SECRET');
    // R4 formats: a date the month does not have, a date written another way, an integer that is not whole.
    const dates = rim();
    const children = dates.item.filter((item) => item.linkId === 'children');
    const second = children[1]!.item!.find((item) => item.linkId === 'children.dateOfBirth')!;
    const childAt = dates.item.indexOf(children[1]!);
    const dobAt = children[1]!.item!.indexOf(second);
    for (const bad of ['2020-02-30', '01/02/2020', '2020-2-1']) {
      second.answer = [{ valueDate: bad }];
      const refusedDate = refused(dates);
      expect(refusedDate.issues).toEqual([{ path: ['item', childAt, 'item', dobAt, 'answer', 0, 'valueDate'], rule: 'format', message: expect.any(String) }]);
      noEcho(refusedDate, bad);
    }
    second.answer = [{ valueDate: '2020-02-29' }];
    expect(validateQuestionnaireResponse(dates).ok).toBe(true);
    const years = children[0]!.item!.find((item) => item.linkId === 'children.ageYears')!;
    years.answer = [{ valueInteger: 2.5 }];
    expect(refused(dates).issues.map((issue) => [issue.rule, issue.path.at(-1)])).toEqual([['type', 'valueInteger']]);
    // authored is an R4 dateTime when given.
    const authored = ric();
    authored.authored = '2025-03-01 10:00';
    expect(refused(authored).issues).toEqual([{ path: ['authored'], rule: 'format', message: expect.any(String) }]);
  });

  it('fhir-check-one-value: an answer holds exactly one value[x]', () => {
    const response = ric();
    const { s, at, section } = find(response, 'strangulation');
    section.item![at]!.answer = [{ valueCoding: yes, valueString: 'SECRET' }];
    const error = refused(response);
    expect(error.issues).toEqual([{ path: ['item', s, 'item', at, 'answer', 0], rule: 'one-value', message: expect.any(String) }]);
    noEcho(error, 'SECRET');
  });

  it('fhir-check-answer-option: a code not among the item\u2019s answer options, or of another system', () => {
    const response = ric();
    const { s, at, section } = find(response, 'strangulation');
    section.item![at]!.answer = [{ valueCoding: { system: ANSWER, code: 'SECRET-maybe' } }];
    const error = refused(response);
    expect(error.issues).toEqual([{ path: ['item', s, 'item', at, 'answer', 0, 'valueCoding'], rule: 'one-of', message: expect.stringContaining('yes, no, dont-know, declined') }]);
    noEcho(error, 'SECRET');
    section.item![at]!.answer = [{ valueCoding: { system: 'http://snomed.info/sct/SECRET', code: 'yes' } }];
    const system = refused(response);
    expect(system.issues).toEqual([{ path: ['item', s, 'item', at, 'answer', 0, 'valueCoding'], rule: 'coding', message: expect.stringContaining(ANSWER) }]);
    noEcho(system, 'SECRET', 'snomed');
    // A sub-option is of its item's own option system.
    const options = police();
    const group = find(options, 'threats-to-kill.options.threatened');
    group.section.item![group.at]!.answer = [{ valueCoding: { system: 'urn:da-risk:option:strangulation', code: 'threatened' } }];
    expect(refused(options).issues[0]).toMatchObject({ rule: 'coding', path: ['item', group.s, 'item', group.at, 'answer', 0, 'valueCoding'] });
  });

  it('fhir-check-required: a required item is present with an answer, where its group is present', () => {
    const missing = dara();
    const g = missing.item.findIndex((item) => item.linkId === 'grade');
    missing.item[g]!.item = missing.item[g]!.item!.filter((item) => item.linkId !== 'grade.level');
    const error = refused(missing);
    expect(error.issues).toEqual([{ path: ['item', g, 'item'], rule: 'required', message: expect.stringContaining('grade.level') }]);
    // Present without an answer is missing too.
    const empty = dara();
    const rationale = empty.item[g]!.item!.findIndex((item) => item.linkId === 'grade.rationale');
    delete empty.item[g]!.item![rationale]!.answer;
    expect(refused(empty).issues).toEqual([{ path: ['item', g, 'item', rationale, 'answer'], rule: 'required', message: expect.any(String) }]);
    // R4 demands required items of a completed response: an in-progress one may still lack them (and is not yet an assessment).
    expect(validateQuestionnaireResponse({ ...missing, status: 'in-progress' }).ok).toBe(true);
    expect(thrown(() => fromQuestionnaireResponse({ ...missing, status: 'in-progress' })).code).toBe('invalid-input');
    // The groups the library cannot read an assessment without are required themselves (R4 demands a
    // required item only inside a group that is there): DARA's grade, the RIM's children and its
    // completion time. A completed response without one is refused by the check, not only by the reader.
    const noGrade = dara();
    noGrade.item = noGrade.item.filter((item) => item.linkId !== 'grade');
    expect(refused(noGrade).issues).toEqual([{ path: ['item'], rule: 'required', message: expect.stringContaining('grade') }]);
    const noChildren = rim();
    noChildren.item = noChildren.item.filter((item) => item.linkId !== 'children');
    expect(refused(noChildren).issues).toEqual([{ path: ['item'], rule: 'required', message: expect.stringContaining('children') }]);
    const noAssessment = rim();
    noAssessment.item = noAssessment.item.filter((item) => item.linkId !== 'assessment');
    expect(refused(noAssessment).issues).toEqual([{ path: ['item'], rule: 'required', message: expect.stringContaining('assessment') }]);
    // Each repeat of a repeating group must have its own required items.
    const child = rim();
    const second = child.item.filter((item) => item.linkId === 'children')[1]!;
    second.item = second.item!.filter((item) => item.linkId !== 'children.id');
    expect(refused(child).issues).toEqual([{ path: ['item', child.item.indexOf(second), 'item'], rule: 'required', message: expect.stringContaining('children.id') }]);
  });

  it('fhir-check-enable-when: an answer on an item its enableWhen disables is refused', () => {
    // A comment with no answer to its question.
    const comment = ric();
    const { section, s, at } = find(comment, 'separation');
    section.item!.splice(at, 1);
    section.item!.push({ linkId: 'separation.comment', answer: [{ valueString: 'SECRET note' }] });
    const error = refused(comment);
    expect(error.issues).toEqual([{ path: ['item', s, 'item', section.item!.length - 1, 'answer'], rule: 'disabled-item-answered', message: expect.any(String) }]);
    noEcho(error, 'SECRET');
    // Sub-options once the answer is no: enabled only by yes (operator =).
    const options = police();
    const question = find(options, 'threats-to-kill');
    question.section.item![question.at]!.answer = [{ valueCoding: no }];
    const chosen = find(options, 'threats-to-kill.options.threatened');
    expect(refused(options).issues).toEqual([
      { path: ['item', chosen.s, 'item', chosen.at, 'answer'], rule: 'disabled-item-answered', message: expect.any(String) },
    ]);
    // Inside a repeat: months without years in the same child (operator exists), though another child has years.
    const months = rim();
    const [first, other] = months.item.filter((item) => item.linkId === 'children');
    other!.item!.push({ linkId: 'children.ageMonths', answer: [{ valueInteger: 4 }] });
    expect(first!.item!.some((item) => item.linkId === 'children.ageYears')).toBe(true);
    expect(refused(months).issues).toEqual([
      { path: ['item', months.item.indexOf(other!), 'item', other!.item!.length - 1, 'answer'], rule: 'disabled-item-answered', message: expect.any(String) },
    ]);
    // A follow-up present with no answer, where it is disabled, carries nothing: the check lets it through, the reader refuses it.
    const blank = ric();
    blank.item[0]!.item!.push({ linkId: 'current-injury.comment' });
    expect(validateQuestionnaireResponse(blank).ok).toBe(true);
    expect(thrown(() => fromQuestionnaireResponse(blank)).issues[0]?.rule).toBe('one-answer');
  });

  it('fhir-check-repeats: two answers on a non-repeating item, a non-repeating group twice', () => {
    const twice = ric();
    const { section, s, at } = find(twice, 'strangulation');
    section.item![at]!.answer = [{ valueCoding: yes }, { valueCoding: no }];
    expect(refused(twice).issues).toEqual([{ path: ['item', s, 'item', at, 'answer'], rule: 'too-many-answers', message: expect.any(String) }]);
    // A repeating item takes several: the sub-options of a multiple choice, DARA's observations.
    expect(validateQuestionnaireResponse(dara()).ok).toBe(true);
    const group = police();
    group.item.push(viaJson(group.item[1]!));
    const error = refused(group);
    expect(error.issues).toEqual([{ path: ['item', group.item.length - 1, 'linkId'], rule: 'duplicate-link-id', message: expect.stringContaining('item[1]') }]);
    noEcho(error, 'current-situation');
    // A question in a second item, even one that repeats: several answers go in one item's answer list.
    const split = police();
    const chosen = find(split, 'threats-to-kill.options.threatened');
    chosen.section.item!.push(viaJson(chosen.section.item![chosen.at]!));
    expect(refused(split).issues[0]?.rule).toBe('duplicate-link-id');
    // The RIM's children group repeats: one item per child.
    expect(rim().item.filter((item) => item.linkId === 'children')).toHaveLength(2);
  });

  it('fhir-check-count: the calculated count equals the yes answers; a wrong one is refused', () => {
    const right = ric();
    right.item.push({ linkId: 'count', answer: [{ valueInteger: 1 }] });
    expect(validateQuestionnaireResponse(right).ok).toBe(true);
    expect(fromQuestionnaireResponse(right).input).toEqual(checklist);
    const wrong = ric();
    wrong.item.push({ linkId: 'count', answer: [{ valueInteger: 7 }] });
    const error = refused(wrong);
    expect(error.issues).toEqual([{ path: ['item', wrong.item.length - 1, 'answer', 0, 'valueInteger'], rule: 'count-mismatch', message: expect.any(String) }]);
    noEcho(error, '7');
    // The count is the library's: every yes on the S-DASH's counting questions.
    const input = { instrument: { id: 's-dash', edition: '2009' }, answers: Object.fromEntries(sDash2009.items.map((item) => [item.id, { value: 'yes' }])) };
    const allYes = mutable(toQuestionnaireResponse(sDash2009, input));
    allYes.item.push({ linkId: 'count', answer: [{ valueInteger: assess(input).count }] });
    expect(validateQuestionnaireResponse(allYes).ok).toBe(true);
    allYes.item.at(-1)!.answer = [{ valueInteger: assess(input).count - 1 }];
    expect(refused(allYes).issues[0]?.rule).toBe('count-mismatch');
  });

  it('fhir-check-canonical: the questionnaire is the edition\u2019s url|version, exactly', () => {
    const version = ric();
    version.questionnaire = version.questionnaire!.replace('|2009', '|2031');
    const error = refused(version);
    expect(error.code).toBe('unknown-edition');
    expect(error.issues).toEqual([{ path: ['questionnaire'], rule: 'unknown-edition', message: expect.any(String) }]);
    noEcho(error, '2031');
    const extra = ric();
    extra.questionnaire = `${extra.questionnaire!}|SECRET`;
    const more = refused(extra);
    expect(more.issues).toEqual([{ path: ['questionnaire'], rule: 'unknown-questionnaire', message: expect.any(String) }]);
    noEcho(more, 'SECRET');
    const instrument = ric();
    instrument.questionnaire = instrument.questionnaire!.replace('/dash-ric|', '/SECRET-ric|');
    expect(refused(instrument)).toMatchObject({ code: 'unknown-instrument', issues: [{ path: ['questionnaire'], rule: 'unknown-instrument' }] });
  });

  it('fhir-check-status: status is one of R4\u2019s codes and resourceType is QuestionnaireResponse', () => {
    const error = refused({ ...ric(), status: 'SECRET-done' });
    expect(error.issues).toEqual([{ path: ['status'], rule: 'one-of', message: expect.any(String) }]);
    noEcho(error, 'SECRET');
    expect(refused({ ...ric(), resourceType: 'Questionnaire' }).issues).toEqual([{ path: ['resourceType'], rule: 'one-of', message: expect.any(String) }]);
    // R4 allows stopped and entered-in-error; neither is an assessment to read.
    for (const status of ['stopped', 'entered-in-error']) {
      expect(validateQuestionnaireResponse({ ...ric(), status }).ok).toBe(true);
      expect(thrown(() => fromQuestionnaireResponse<unknown>({ ...ric(), status })).issues).toEqual([{ path: ['status'], rule: 'one-of', message: expect.any(String) }]);
    }
  });

  it('fhir-check-no-throw: never throws for outside data; issues are capped at 100; a bad registry is an error value', () => {
    const many = ric();
    for (let i = 0; i < 150; i++) many.item.push({ linkId: `SECRET-${i}` });
    const error = refused(many);
    expect(error.issues).toHaveLength(101);
    expect(error.issues[100]).toMatchObject({ rule: 'more-issues', message: 'and 50 more issues not listed' });
    noEcho(error, 'SECRET');
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const checked = validateQuestionnaireResponse(value);
        expect(checked.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    const registry = validateQuestionnaireResponse(ric(), {} as never);
    expect(registry.ok || registry.error.issues[0]?.rule).toBe('not-a-registry');
  });
});

describe('the Questionnaires hold nothing the check does not evaluate (issue 17)', () => {
  const editions = shippedInstruments.map((instrument) => [`${instrument.id}@${instrument.edition}`, instrument] as const);
  const copy = (instrument: Instrument): FhirQuestionnaire & { item: FhirQuestionnaireItem[] } => {
    const questionnaire = viaJson(toFhirQuestionnaire(instrument));
    return { ...questionnaire, item: questionnaire.item ?? [] };
  };
  const rules = (questionnaire: FhirQuestionnaire, instrument: Instrument) => thrown(() => indexQuestionnaire(questionnaire, instrument)).issues.map((issue) => issue.rule);

  it.each(editions)('fhir-check-index: %s indexes without refusal', (_, instrument) => {
    expect(() => indexQuestionnaire(toFhirQuestionnaire(instrument), instrument)).not.toThrow();
  });

  it('fhir-check-calculated: a read-only or calculated item the check cannot work out fails at Questionnaire-build time', () => {
    const readOnly = copy(dashRic2009);
    readOnly.item.push({ linkId: 'risk-score', type: 'integer', readOnly: true });
    expect(thrown(() => indexQuestionnaire(readOnly, dashRic2009)).code).toBe('invalid-definition');
    expect(rules(readOnly, dashRic2009)).toEqual(['unchecked-calculation']);
    const calculatedElsewhere = copy(dashRic2009);
    calculatedElsewhere.item.push({ ...calculatedElsewhere.item.at(-1)!, linkId: 'count-again' });
    expect(rules(calculatedElsewhere, dashRic2009)).toEqual(['unchecked-calculation']);
    // The count of another edition's expression is not this edition's count.
    const otherCount = copy(sDash2009);
    otherCount.item.at(-1)!.extension![0]!.valueExpression!.expression = countExpression(dashRic2009);
    expect(rules(otherCount, sDash2009)).toEqual(['unchecked-calculation']);
  });

  it('fhir-check-unchecked: an extension, property, item type or enableWhen the check does not evaluate fails at build time', () => {
    const extension = copy(dashRic2009);
    extension.item[1]!.item![0]!.extension = [{ url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression', valueExpression: { language: 'text/fhirpath', expression: 'true' } }];
    expect(rules(extension, dashRic2009)).toEqual(['unchecked-extension']);
    const property = copy(dashRic2009);
    property.item[1]!.item![1]!.maxLength = 10;
    expect(rules(property, dashRic2009)).toEqual(['unchecked-property']);
    const type = copy(dashRic2009);
    type.item.push({ linkId: 'photo', type: 'attachment' });
    expect(rules(type, dashRic2009)).toEqual(['unchecked-type']);
    const enableWhen = copy(dashRic2009);
    enableWhen.item[1]!.item![1]!.enableWhen = [{ question: 'no-such-question', operator: 'exists', answerBoolean: true }];
    expect(rules(enableWhen, dashRic2009)).toEqual(['unchecked-enable-when']);
    const ordered = copy(dashRic2009);
    ordered.item[1]!.item![1]!.enableWhen = [{ question: 'strangulation', operator: '>', answerCoding: yes }];
    expect(rules(ordered, dashRic2009)).toEqual(['unchecked-enable-when']);
    const valueSet = copy(dashRic2009);
    valueSet.item[1]!.item![0]!.answerValueSet = 'http://example.org/ValueSet/x';
    expect(rules(valueSet, dashRic2009)).toContain('unchecked-property');
  });
});

describe('every response the library emits passes the check and reads back (issue 17)', () => {
  const r4Errors = r4Validator('QuestionnaireResponse');
  const withMeta = <T extends object>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> =>
    fc.tuple(arbitrary, fc.option(isoDateTimeArbitrary(), { nil: undefined })).map(([input, at]) => (at === undefined ? input : { ...input, id: 'a-1', assessedAt: at }));
  type Input = Parameters<typeof toQuestionnaireResponse>[1];
  const editions: readonly (readonly [Instrument, fc.Arbitrary<Input>])[] = [
    [dashRic2009, withMeta(inputArb(dashRic2009))],
    [policeDash2009, withMeta(inputArb(policeDash2009))],
    [sDash2009, withMeta(inputArb(sDash2009))],
    [dara2022Provisional, withMeta(daraInputArbitrary(dara2022Provisional))],
    [barnardosRimProvisional, fc.oneof(rimInputArbitrary(barnardosRimProvisional), rimInputArb(barnardosRimProvisional))],
  ];
  /** Inputs per edition; the issue asks for at least 10,000. */
  const RUNS = 10_000;

  it('fhir-check-editions: every shipped edition that has responses is checked', () => {
    expect(editions.map(([instrument]) => instrument).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...shippedInstruments].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it.each(editions.map(([instrument, arbitrary]) => [`${instrument.id}@${instrument.edition}`, instrument, arbitrary] as const))(
    'fhir-check-property: %s, 10,000 inputs: the emitted response passes, with a renderer\u2019s count too, and reads back to the input',
    (_, instrument, arbitrary) => {
      const counted = instrument.scoring === 'yes-count' || instrument.scoring === 'count-only';
      let n = 0;
      fc.assert(
        fc.property(arbitrary, fc.boolean(), (input, withCount) => {
          const emitted = toQuestionnaireResponse(instrument, input);
          const checked = validateQuestionnaireResponse(emitted);
          if (!checked.ok) throw new Error(`refused: ${checked.error.message}`);
          if (checked.value.instrument !== instrument) throw new Error('another edition');
          let response: FhirQuestionnaireResponse = emitted;
          if (withCount && counted) {
            // A form renderer sends the calculated count back: the library's count (fromQuestionnaireResponse checks it first).
            const count = assessTrusted(instrument, input as AssessmentInput, commonLocalBands).count;
            response = { ...emitted, item: [...(emitted.item ?? []), { linkId: 'count', answer: [{ valueInteger: count }] }] };
          }
          // Every 50th: through JSON as a host receives it, and against the official R4 schema.
          if (n++ % 50 === 0) {
            response = viaJson(response);
            expect(r4Errors(response)).toEqual([]);
          }
          const back = fromQuestionnaireResponse(response).input;
          // The quick comparison first; the full one (with its diff) only when it fails.
          if (!isDeepStrictEqual(back, input)) expect(back).toEqual(input);
        }),
        { numRuns: RUNS },
      );
    },
  );
});

describe('validateQuestionnaireResponse: FHIR JSON has no empty lists', () => {
  it('fhir-check-empty-array: an empty answer or item list is refused', () => {
    const response = JSON.parse(JSON.stringify(toQuestionnaireResponse(dashRic2009, { instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes' } } })));
    const section = response.item.findIndex((item: { item?: unknown[] }) => Array.isArray(item.item));
    const question = response.item[section].item.findIndex((item: { answer?: unknown[] }) => Array.isArray(item.answer));
    response.item[section].item[question].answer = [];
    const checked = validateQuestionnaireResponse(response);
    expect(checked.ok).toBe(false);
    expect(checked.ok || checked.error.issues[0]).toMatchObject({ path: ['item', section, 'item', question, 'answer'], rule: 'empty-array' });
  });
});
