/**
 * A FHIR R4 QuestionnaireResponse read back into an assessment input: the
 * reading half of the response mapping, whose writing half is
 * {@link toQuestionnaireResponse}.
 *
 * @module
 */
import { DaRiskError, formatPath, type DaRiskIssue } from '../../errors/error.js';
import { answerTypes } from '../../model/answers.js';
import type { AssessmentInput } from '../../model/assessment.js';
import type { DaraInput } from '../../model/dara.js';
import type { RimInput } from '../../model/rim.js';
import { deepFreeze } from '../../common/deep-freeze.js';
import type { Instrument } from '../../model/instrument.js';
import { checkAssessmentInput } from '../../api/assess.js';
import { defaultRegistry } from '../../api/default-registry.js';
import { checkRegistry, type InstrumentRegistry } from '../../api/registry.js';
import { parseDaraInput } from '../../api/dara.js';
import { parseRimInput } from '../../api/rim.js';
import { questionnaireResponseSchema, type ResponseItemData } from '../../validate/fhir-response-schema.js';
import { parse } from '../../validate/parse.js';
import { readVersionedCanonical, type FhirOptions } from './canonical.js';
import { ANSWER_SYSTEM, LEVEL_SYSTEM } from './code-systems.js';
import { LINK_IDS, fieldLinkId, groupLinkId, isFieldOf, readFieldLinkId, readQuestionLinkId } from './link-ids.js';
import { answerDrafts, detailsWithoutAnswer, readAnswerItem, type AnswerDrafts } from './read-answer-item.js';
import { checkAnswers, code, one, value, type Path } from './read-values.js';
import { familyOf } from '../../validate/instrument-families.js';

/** The groups whose items a response nests inside them (besides the sections): the items are read, the group itself has no answer. */
const CONTAINERS: readonly string[] = [groupLinkId('assessment'), groupLinkId('grade'), groupLinkId('secondary')];

/** The RIM's repeating group of children. */
const CHILDREN = groupLinkId('children');

const UNKNOWN_LINK_ID = { rule: 'unknown-link-id', message: 'is not an item of the Questionnaire' } as const;

/** What one level of items is read into: the top level of the response, or one RIM child. */
interface Target {
  readonly answers: AnswerDrafts;
  /** Fields other than answers: the assessment's (top level) or the child's. */
  readonly fields: Record<string, unknown>;
  /** Where each linkId was first seen: a second item with it would replace or merge the first answer. */
  readonly seen: Map<string, Path>;
  /** The repeating group the link ids are scoped by (a RIM child), if any. */
  readonly scope?: string;
}

function target(scope?: string): Target {
  return { answers: answerDrafts(), fields: {}, seen: new Map(), ...(scope === undefined ? {} : { scope }) };
}

/** The link id without its scope's prefix, or undefined for one outside the scope. */
function unscoped(linkId: string, scope: string | undefined): string | undefined {
  if (scope === undefined) return linkId;
  return linkId.startsWith(`${scope}.`) ? linkId.slice(scope.length + 1) : undefined;
}

/**
 * Reads a FHIR R4 QuestionnaireResponse back into an assessment input
 * (checklist, DARA or RIM) for the edition its `questionnaire` names (`<base>/<instrument id>|<edition>`),
 * and validates it like any other input. An unknown questionnaire or edition,
 * an unknown `linkId`, a code from the wrong system or not allowed for the
 * item, or a malformed value is a {@link DaRiskError} naming the field —
 * never the value. So are:
 *
 * - a `linkId` that appears on more than one item (`duplicate-link-id`): each
 *   question is answered once, and a repeated answer goes in one item's
 *   `answer` list, so a second item would silently replace the first. The
 *   one exception is the RIM's repeating `children` group: one item per
 *   child, in the household's order, inside which link ids are unique again;
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
): { readonly instrument: Instrument; readonly input: AssessmentInput | DaraInput | RimInput } {
  const parsed = parse(questionnaireResponseSchema, response);
  const named = readVersionedCanonical(parsed.questionnaire, options);
  const instrument = checkRegistry(registry).get(named.id, named.edition);
  const family = familyOf(instrument).id;
  const byId = new Map(instrument.items.map((item) => [item.id, item]));
  const sections = new Set(instrument.sections.map((section) => section.id));
  const issues: DaRiskIssue[] = [];
  const top = target();
  const grade: Record<string, unknown> = {};
  const secondary: Record<string, string> = {};
  const children: { readonly child: Target; readonly path: Path }[] = [];
  let statedCount: { readonly value: number; readonly path: Path } | undefined;

  /** Reads a field of the top level that is not an answer; false when the link id is none of them. */
  const readTopField = (linkId: string, item: ResponseItemData, at: Path): boolean => {
    const field = readFieldLinkId(linkId);
    if (family === 'checklist' && linkId === LINK_IDS.single.count) {
      const stated = value(issues, one(issues, item, at), 'valueInteger', at);
      if (stated !== undefined && stated < 0) issues.push({ path: [...at, 'answer', 0, 'valueInteger'], rule: 'type', message: 'must be a valueInteger of 0 or more' });
      else if (stated !== undefined) statedCount = { value: stated, path: [...at, 'answer', 0, 'valueInteger'] };
    } else if (linkId === fieldLinkId('assessment', 'id')) {
      top.fields['id'] = value(issues, one(issues, item, at), 'valueString', at);
    } else if (linkId === fieldLinkId('assessment', 'assessedAt')) {
      top.fields['assessedAt'] = value(issues, one(issues, item, at), 'valueDateTime', at);
    } else if (family === 'rim' && linkId === LINK_IDS.single.pregnancy) {
      top.fields['pregnancy'] = value(issues, one(issues, item, at), 'valueBoolean', at);
    } else if (family === 'dara' && field?.group === 'grade') {
      // Anything under `grade.` has one answer; only the grade's own fields are read.
      const answer = one(issues, item, at);
      if (!isFieldOf(field, 'grade')) issues.push({ path: [...at, 'linkId'], ...UNKNOWN_LINK_ID });
      else if (field.field === 'level') grade[field.field] = code(issues, answer, LEVEL_SYSTEM, at);
      else if (field.field === 'at') grade[field.field] = value(issues, answer, 'valueDateTime', at);
      // A referral by judgement is never dropped: anything but a boolean is an error, not "no".
      else if (field.field === 'referToMarac') grade[field.field] = value(issues, answer, 'valueBoolean', at);
      else grade[field.field] = value(issues, answer, 'valueString', at);
    } else if (family === 'dara' && linkId === fieldLinkId('household', 'children')) {
      top.fields['childrenInHousehold'] = code(issues, one(issues, item, at), ANSWER_SYSTEM, at);
    } else if (family === 'dara' && (linkId === LINK_IDS.single.observations || linkId === LINK_IDS.single.evidence)) {
      top.fields[linkId] = (item.answer ?? []).map((answer, a) => value(issues, answer, 'valueString', [...at, 'answer', a]));
    } else if (family === 'dara' && isFieldOf(field, 'secondary')) {
      const raw = value(issues, one(issues, item, at), 'valueString', at);
      if (raw !== undefined) secondary[field.field] = raw;
    } else return false;
    return true;
  };

  /** Reads a child's own field (`children.<field>`); false when the link id is none of them. */
  const readChildField = (into: Target, linkId: string, item: ResponseItemData, at: Path): boolean => {
    const field = readFieldLinkId(linkId);
    if (!isFieldOf(field, 'children')) return false;
    const answer = one(issues, item, at);
    if (field.field === 'id') into.fields['id'] = value(issues, answer, 'valueString', at);
    else if (field.field === 'dateOfBirth') into.fields['dateOfBirth'] = value(issues, answer, 'valueDate', at);
    else if (field.field === 'specialNeeds') into.fields['specialNeeds'] = value(issues, answer, 'valueBoolean', at);
    else into.fields[field.field] = value(issues, answer, 'valueInteger', at);
    return true;
  };

  // Recursion is bounded: the schema refuses items nested more than MAX_ITEM_DEPTH deep.
  const visit = (into: Target, items: readonly ResponseItemData[], path: Path): void => {
    items.forEach((item, index) => {
      const at = [...path, index];
      const linkId = item.linkId;
      if (family === 'rim' && into.scope === undefined && linkId === CHILDREN && item.answer === undefined) {
        // One item per child: each is read on its own, with link ids unique inside it.
        const child = target(CHILDREN);
        children.push({ child, path: at });
        visit(child, item.item ?? [], [...at, 'item']);
        return;
      }
      const first = into.seen.get(linkId);
      if (first !== undefined) {
        issues.push({
          path: [...at, 'linkId'],
          rule: 'duplicate-link-id',
          message: `repeats the linkId of ${formatPath(first)}: a question is answered in one item (several answers go in its answer list)`,
        });
        return;
      }
      into.seen.set(linkId, at);
      const own = unscoped(linkId, into.scope);
      if (item.item !== undefined && own !== undefined && (sections.has(own) || (into.scope === undefined && CONTAINERS.includes(linkId)))) {
        visit(into, item.item, [...at, 'item']);
        return;
      }
      checkAnswers(issues, item, at);
      if (item.item !== undefined) {
        issues.push({ path: [...at, 'item'], rule: 'unexpected-nesting', message: 'nests items under a question, which this Questionnaire does not: give each item in its own place' });
      }
      // A question's link id has one part; its comment and source two; a sub-option group three. More is not a link id here.
      const link = own === undefined ? undefined : readQuestionLinkId(own);
      const question = link === undefined ? undefined : byId.get(link.item);
      if (question !== undefined && link !== undefined && readAnswerItem(issues, into.answers, question, link, item, at)) return;
      if (into.scope === undefined ? readTopField(linkId, item, at) : readChildField(into, linkId, item, at)) return;
      issues.push({ path: [...at, 'linkId'], ...UNKNOWN_LINK_ID });
    });
  };
  visit(top, parsed.item ?? [], ['item']);
  if (statedCount !== undefined) {
    // The library's own count: counting questions answered with a value of kind yes (as `assess` counts them).
    const yes = instrument.items.filter(
      (item) => item.counts && answerTypes[item.answerType].values.some((allowed) => allowed.kind === 'yes' && allowed.value === top.answers[item.id]?.value),
    ).length;
    if (statedCount.value !== yes) {
      issues.push({ path: statedCount.path, rule: 'count-mismatch', message: 'must equal the number of yes answers on the counting questions' });
    }
  }
  issues.push(...detailsWithoutAnswer(top.answers, ['item']));
  for (const { child, path } of children) issues.push(...detailsWithoutAnswer(child.answers, [...path, 'item']));
  if (issues.length > 0) throw new DaRiskError('invalid-input', issues);
  const defined = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const input: Record<string, unknown> = { instrument: { id: instrument.id, edition: instrument.edition }, ...defined(top.fields), answers: top.answers };
  if (family === 'rim') {
    input['children'] = children.map(({ child }) => {
      const { ageYears, ageMonths, ...fields } = defined(child.fields);
      const age = ageYears === undefined && ageMonths === undefined ? {} : { age: defined({ years: ageYears, months: ageMonths }) };
      return { ...fields, ...age, ...(Object.keys(child.answers).length === 0 ? {} : { answers: child.answers }) };
    });
    return Object.freeze({ instrument, input: deepFreeze(parseRimInput(input, registry).input) });
  }
  if (family === 'dara') {
    input['grade'] = defined(grade);
    if (Object.keys(secondary).length > 0) {
      input['secondaryAssessment'] = {
        instrument: { id: secondary['instrument'], edition: secondary['edition'] },
        assessmentId: secondary['assessmentId'],
      };
    }
    return Object.freeze({ instrument, input: deepFreeze(parseDaraInput(input, registry).input) });
  }
  const checked = checkAssessmentInput(input, registry);
  if (!checked.ok) throw checked.error;
  return Object.freeze({ instrument, input: deepFreeze(checked.value.input) });
}
