/**
 * A FHIR R4 QuestionnaireResponse read back into an assessment input: the
 * reading half of the response mapping, whose writing half is
 * {@link toQuestionnaireResponse}.
 *
 * @module
 */
import { DaRiskError, daRiskError, formatPath, type DaRiskIssue } from '../../errors/error.js';
import { answerTypes } from '../../model/answers.js';
import type { AssessmentInput, Answer } from '../../model/assessment.js';
import type { DaraInput } from '../../model/dara.js';
import { deepFreeze } from '../../common/deep-freeze.js';
import type { Instrument } from '../../model/instrument.js';
import { checkAssessmentInput } from '../../api/assess.js';
import { defaultRegistry } from '../../api/default-registry.js';
import { checkRegistry, type InstrumentRegistry } from '../../api/registry.js';
import { cachedSchema } from '../../validate/assessment-schema.js';
import { buildDaraSchema } from '../../validate/dara-schema.js';
import { questionnaireResponseSchema, type ResponseItemData } from '../../validate/fhir-response-schema.js';
import { parse } from '../../validate/parse.js';
import type { FhirAnswer, FhirCoding } from '../fhir-types.js';
import { readVersionedCanonical, type FhirOptions } from './canonical.js';
import { ANSWER_SYSTEM, LEVEL_SYSTEM, SOURCE_SYSTEM, optionSystem } from './code-systems.js';
import { LINK_IDS, fieldLinkId, groupLinkId, isFieldOf, readFieldLinkId, readQuestionLinkId } from './link-ids.js';
import { familyOf } from '../../validate/instrument-families.js';

type Path = readonly (string | number)[];

/**
 * The groups whose items a response nests inside them (besides the sections): the items are read, the group itself
 * has no answer. The RIM's `children` group is not among them: RIM responses have no mapping.
 */
const CONTAINERS: readonly string[] = [groupLinkId('assessment'), groupLinkId('grade'), groupLinkId('secondary')];

const UNKNOWN_LINK_ID = { rule: 'unknown-link-id', message: 'is not an item of the Questionnaire' } as const;

/** The one answer of an item; an item with none or several is an issue. */
function one(issues: DaRiskIssue[], item: ResponseItemData, path: Path): FhirAnswer | undefined {
  if (item.answer === undefined || item.answer.length !== 1) {
    issues.push({ path: [...path, 'answer'], rule: 'one-answer', message: 'must have exactly one answer' });
    return undefined;
  }
  return item.answer[0] as FhirAnswer;
}

/**
 * Every answer holds one value[x] and nothing nested: FHIR allows items under an answer, but none of these
 * Questionnaires has them, so an answer put there would be lost without a word.
 */
function checkAnswers(issues: DaRiskIssue[], item: ResponseItemData, path: Path): void {
  (item.answer ?? []).forEach((answer, a) => {
    const values = Object.keys(answer).filter((key) => key.startsWith('value'));
    if (values.length !== 1) issues.push({ path: [...path, 'answer', a], rule: 'one-value', message: 'must hold exactly one value[x]' });
    if ((answer as { item?: unknown }).item !== undefined) {
      issues.push({ path: [...path, 'answer', a, 'item'], rule: 'unexpected-nesting', message: 'nests items under an answer, which this Questionnaire does not: give each item in its own place' });
    }
  });
}

/** The code of an answer's coding, which must be of `system` (a system of the library's, never the caller's). */
function code(issues: DaRiskIssue[], answer: FhirAnswer | undefined, system: string, path: Path): string | undefined {
  const coded: FhirCoding | undefined = answer?.valueCoding;
  if (answer === undefined) return undefined;
  if (coded?.code === undefined || coded.system !== system) {
    issues.push({ path: [...path, 'answer', 0, 'valueCoding'], rule: 'coding', message: `must be a code of ${system}` });
    return undefined;
  }
  return coded.code;
}

/** The text of an answer's `valueString` or `valueDateTime`. */
function text(issues: DaRiskIssue[], answer: FhirAnswer | undefined, key: 'valueString' | 'valueDateTime', path: Path): string | undefined {
  if (answer === undefined) return undefined;
  const found = answer[key];
  if (typeof found !== 'string') issues.push({ path: [...path, 'answer', 0, key], rule: 'type', message: `must be a ${key}` });
  return found;
}

/**
 * Reads a FHIR R4 QuestionnaireResponse back into an assessment input for
 * the edition its `questionnaire` names (`<base>/<instrument id>|<edition>`),
 * and validates it like any other input. An unknown questionnaire or edition,
 * an unknown `linkId`, a code from the wrong system or not allowed for the
 * item, or a malformed value is a {@link DaRiskError} naming the field —
 * never the value. So are:
 *
 * - a `linkId` that appears on more than one item (`duplicate-link-id`): each
 *   question is answered once, and a repeated answer goes in one item's
 *   `answer` list, so a second item would silently replace the first;
 * - items nested more than 10 deep (`max-depth`);
 * - for a checklist, the Questionnaire's calculated `count` item when its
 *   `valueInteger` is not the number of `yes` answers on the counting
 *   questions (`count-mismatch`). A `count` that matches is accepted (form
 *   fillers that evaluate the calculated expression send it) and otherwise
 *   ignored: the library computes the count itself.
 *
 * The returned object and the input inside it are deep-frozen.
 *
 * @param response - the QuestionnaireResponse (outside data)
 * @param registry - where editions are looked up (default {@link defaultRegistry})
 * @param options - canonical URL base
 * @returns the edition and the validated input
 * @throws {@link DaRiskError} `invalid-input`, `unknown-instrument`, `unknown-edition`
 *
 * @example
 * ```ts
 * const { instrument, input } = fromQuestionnaireResponse(response);
 * assess(input).count;
 * ```
 * @since 0.1.0
 */
export function fromQuestionnaireResponse(
  response: unknown,
  registry: InstrumentRegistry = defaultRegistry,
  options: FhirOptions = {},
): { readonly instrument: Instrument; readonly input: AssessmentInput | DaraInput } {
  const value = parse(questionnaireResponseSchema, response);
  const named = readVersionedCanonical(value.questionnaire, options);
  const instrument = checkRegistry(registry).get(named.id, named.edition);
  if (familyOf(instrument).id === 'rim') {
    throw daRiskError('invalid-input', ['questionnaire'], 'not-supported', 'RIM assessments have no QuestionnaireResponse mapping yet');
  }
  const byId = new Map(instrument.items.map((item) => [item.id, item]));
  const issues: DaRiskIssue[] = [];
  // Keyed by the edition's item ids: no prototype, so an id such as `constructor` finds nothing inherited.
  const answers: Record<string, { value?: string; comment?: string; options?: string[]; source?: string }> = Object.create(null) as Record<string, never>;
  const input: Record<string, unknown> = { instrument: { id: instrument.id, edition: instrument.edition } };
  const grade: Record<string, unknown> = {};
  const secondary: Record<string, string> = {};
  const entry = (id: string) => (answers[id] ??= {});

  // Where each linkId was first seen: a second item with it would replace or merge the first answer.
  const seen = new Map<string, Path>();
  const counts = familyOf(instrument).id === 'checklist';
  const dara = familyOf(instrument).id === 'dara';
  let statedCount: { readonly value: number; readonly path: Path } | undefined;

  // Recursion is bounded: the schema refuses items nested more than MAX_ITEM_DEPTH deep.
  const visit = (items: readonly ResponseItemData[], path: (string | number)[]): void => {
    items.forEach((item, index) => {
      const at = [...path, index];
      const linkId = item.linkId;
      const first = seen.get(linkId);
      if (first !== undefined) {
        issues.push({
          path: [...at, 'linkId'],
          rule: 'duplicate-link-id',
          message: `repeats the linkId of ${formatPath(first)}: a question is answered in one item (several answers go in its answer list)`,
        });
        return;
      }
      seen.set(linkId, at);
      // A question's link id has one part; its comment and source two; a sub-option group three. More is not a link id here.
      const link = readQuestionLinkId(linkId);
      const question = link === undefined ? undefined : byId.get(link.item);
      if (item.item !== undefined && (instrument.sections.some((s) => s.id === linkId) || CONTAINERS.includes(linkId))) {
        visit(item.item, [...at, 'item']);
        return;
      }
      checkAnswers(issues, item, at);
      if (item.item !== undefined) {
        issues.push({ path: [...at, 'item'], rule: 'unexpected-nesting', message: 'nests items under a question, which this Questionnaire does not: give each item in its own place' });
      }
      const field = readFieldLinkId(linkId);
      if (question !== undefined && link?.part === 'answer') {
        const answer = one(issues, item, at);
        const raw = answerTypes[question.answerType].freeText ? text(issues, answer, 'valueString', at) : code(issues, answer, ANSWER_SYSTEM, at);
        if (raw !== undefined) entry(question.id).value = raw;
      } else if (question !== undefined && link?.part === 'comment') {
        const raw = text(issues, one(issues, item, at), 'valueString', at);
        if (raw !== undefined) entry(question.id).comment = raw;
      } else if (question !== undefined && link?.part === 'source') {
        const raw = code(issues, one(issues, item, at), SOURCE_SYSTEM, at);
        if (raw !== undefined) entry(question.id).source = raw;
      } else if (question !== undefined && link?.part === 'options' && question.optionGroups.some((g) => g.id === link.group)) {
        const chosen = (item.answer ?? []).map((answer, a) => code(issues, answer as FhirAnswer, optionSystem(question.id), [...at, 'answer', a]));
        entry(question.id).options = [...(entry(question.id).options ?? []), ...chosen.filter((c): c is string => c !== undefined)];
      } else if (counts && linkId === LINK_IDS.single.count) {
        const answer = one(issues, item, at);
        if (answer !== undefined) {
          const stated = answer.valueInteger;
          if (typeof stated !== 'number' || !Number.isSafeInteger(stated) || stated < 0) {
            issues.push({ path: [...at, 'answer', 0, 'valueInteger'], rule: 'type', message: 'must be a valueInteger of 0 or more' });
          } else statedCount = { value: stated, path: [...at, 'answer', 0, 'valueInteger'] };
        }
      } else if (linkId === fieldLinkId('assessment', 'id')) {
        const raw = text(issues, one(issues, item, at), 'valueString', at);
        if (raw !== undefined) input['id'] = raw;
      } else if (linkId === fieldLinkId('assessment', 'assessedAt')) {
        const raw = text(issues, one(issues, item, at), 'valueDateTime', at);
        if (raw !== undefined) input['assessedAt'] = raw;
      } else if (dara && field?.group === 'grade') {
        // Anything under `grade.` has one answer; only the grade's own fields are read.
        const answer = one(issues, item, at);
        if (!isFieldOf(field, 'grade')) issues.push({ path: [...at, 'linkId'], ...UNKNOWN_LINK_ID });
        else if (field.field === 'level') grade[field.field] = code(issues, answer, LEVEL_SYSTEM, at);
        else if (field.field === 'at') grade[field.field] = text(issues, answer, 'valueDateTime', at);
        else if (field.field === 'referToMarac') {
          // A referral by judgement is never dropped: anything but a boolean is an error, not "no".
          if (answer !== undefined && typeof answer.valueBoolean !== 'boolean') {
            issues.push({ path: [...at, 'answer', 0, 'valueBoolean'], rule: 'type', message: 'must be a valueBoolean' });
          } else grade[field.field] = answer?.valueBoolean;
        } else grade[field.field] = text(issues, answer, 'valueString', at);
      } else if (dara && linkId === fieldLinkId('household', 'children')) {
        const raw = code(issues, one(issues, item, at), ANSWER_SYSTEM, at);
        if (raw !== undefined) input['childrenInHousehold'] = raw;
      } else if (dara && (linkId === LINK_IDS.single.observations || linkId === LINK_IDS.single.evidence)) {
        input[linkId] = (item.answer ?? []).map((answer, a) => text(issues, answer as FhirAnswer, 'valueString', [...at, 'answer', a]));
      } else if (dara && isFieldOf(field, 'secondary')) {
        const raw = text(issues, one(issues, item, at), 'valueString', at);
        if (raw !== undefined) secondary[field.field] = raw;
      } else {
        issues.push({ path: [...at, 'linkId'], ...UNKNOWN_LINK_ID });
      }
    });
  };
  visit(value.item ?? [], ['item']);
  if (statedCount !== undefined) {
    // The library's own count: counting questions answered with a value of kind yes (as `assess` counts them).
    const yes = instrument.items.filter(
      (item) => item.counts && answerTypes[item.answerType].values.some((allowed) => allowed.kind === 'yes' && allowed.value === answers[item.id]?.value),
    ).length;
    if (statedCount.value !== yes) {
      issues.push({ path: statedCount.path, rule: 'count-mismatch', message: 'must equal the number of yes answers on the counting questions' });
    }
  }
  for (const [id, answer] of Object.entries(answers)) {
    if (answer.value === undefined) {
      issues.push({ path: ['item'], rule: 'detail-without-answer', message: `item ${id} has a comment, source or sub-option but no answer` });
    }
  }
  if (issues.length > 0) throw new DaRiskError('invalid-input', issues);
  input['answers'] = answers as Record<string, Answer>;
  if (dara) {
    input['grade'] = Object.fromEntries(Object.entries(grade).filter(([, v]) => v !== undefined));
    if (Object.keys(secondary).length > 0) {
      input['secondaryAssessment'] = {
        instrument: { id: secondary['instrument'], edition: secondary['edition'] },
        assessmentId: secondary['assessmentId'],
      };
    }
    const checked = parse(cachedSchema(instrument, buildDaraSchema), input);
    return Object.freeze({ instrument, input: deepFreeze(checked as DaraInput) });
  }
  const checked = checkAssessmentInput(input, registry);
  if (!checked.ok) throw checked.error;
  return Object.freeze({ instrument, input: deepFreeze(checked.value.input) });
}
