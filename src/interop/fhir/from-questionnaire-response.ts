/**
 * A FHIR R4 QuestionnaireResponse read back into an assessment input: the
 * reading half of the response mapping, whose writing half is
 * {@link toQuestionnaireResponse}.
 *
 * @module
 */
import { DaRiskError, daRiskError, type DaRiskIssue } from '../../errors/error.js';
import type { AssessmentInput } from '../../model/assessment.js';
import type { DaraInput } from '../../model/dara.js';
import type { RimInput } from '../../model/rim.js';
import { deepFreeze } from '../../common/deep-freeze.js';
import type { Instrument, Item } from '../../model/instrument.js';
import { checkAssessmentInput } from '../../api/assess.js';
import { defaultRegistry } from '../../api/default-registry.js';
import type { InstrumentRegistry } from '../../api/registry.js';
import { parseDaraInput } from '../../api/dara.js';
import { parseRimInput } from '../../api/rim.js';
import type { ResponseItemData } from '../../validate/fhir-response-schema.js';
import type { FhirOptions } from './canonical.js';
import type { FhirQuestionnaireResponse } from './r4-types.js';
import type { OutsideInput } from '../../api/outside-input.js';
import { ANSWER_SYSTEM, LEVEL_SYSTEM } from './code-systems.js';
import { LINK_IDS, fieldLinkId, groupLinkId, isFieldOf, readFieldLinkId, readQuestionLinkId, type QuestionLink } from './link-ids.js';
import { answerDrafts, detailsWithoutAnswer, readAnswerItem, type AnswerDrafts } from './read-answer-item.js';
import { code, one, value, type Path } from './read-values.js';
import { checkQuestionnaireResponse } from './validate-response.js';
import { familyOf } from '../../validate/instrument-families.js';

/** The groups whose items a response nests inside them (besides the sections): the items are read, the group itself has no answer. */
const CONTAINERS: readonly string[] = [groupLinkId('assessment'), groupLinkId('grade'), groupLinkId('secondary')];

/** The RIM's repeating group of children. */
const CHILDREN = groupLinkId('children');

/** Statuses of a response that is read as an assessment (R4 allows also `entered-in-error` and `stopped`, which are not one). */
const READABLE_STATUSES: ReadonlySet<string> = new Set(['in-progress', 'completed', 'amended']);

/** Never reached for a response the check let through: an item of the Questionnaire this reader does not read would be reported, not dropped. */
const UNKNOWN_LINK_ID = { rule: 'unknown-link-id', message: 'is not an item of the Questionnaire' } as const;

/** What one level of items is read into: the top level of the response, or one RIM child. */
interface Target {
  readonly answers: AnswerDrafts;
  /** Fields other than answers: the assessment's (top level) or the child's. */
  readonly fields: Record<string, unknown>;
  /** The repeating group the link ids are scoped by (a RIM child), if any. */
  readonly scope?: string;
}

function target(scope?: string): Target {
  return { answers: answerDrafts(), fields: {}, ...(scope === undefined ? {} : { scope }) };
}

/** What the reader looks up in an edition, made once per edition (editions are frozen). */
interface Lookups {
  readonly byId: ReadonlyMap<string, Item>;
  readonly sections: ReadonlySet<string>;
  /** Link ids read as a question's (its item and part), or null for another form: only the Questionnaire's, after the response check. */
  readonly links: Map<string, { readonly link: QuestionLink; readonly question: Item } | null>;
}

const LOOKUPS = new WeakMap<Instrument, Lookups>();

function lookups(instrument: Instrument): Lookups {
  let found = LOOKUPS.get(instrument);
  if (found === undefined) {
    found = { byId: new Map(instrument.items.map((item) => [item.id, item])), sections: new Set(instrument.sections.map((section) => section.id)), links: new Map() };
    LOOKUPS.set(instrument, found);
  }
  return found;
}

/** A link id (without its scope) read as a question's, with the question; remembered, as the check lets only the Questionnaire's link ids through. */
function questionLink(from: Lookups, own: string): { readonly link: QuestionLink; readonly question: Item } | undefined {
  let read = from.links.get(own);
  if (read === undefined) {
    // A question's link id has one part; its comment and source two; a sub-option group three. More is not a link id here.
    const link = readQuestionLinkId(own);
    const question = link === undefined ? undefined : from.byId.get(link.item);
    read = link === undefined || question === undefined ? null : { link, question };
    from.links.set(own, read);
  }
  return read ?? undefined;
}

/** The link id without its scope's prefix, or undefined for one outside the scope. */
function unscoped(linkId: string, scope: string | undefined): string | undefined {
  if (scope === undefined) return linkId;
  return linkId.startsWith(`${scope}.`) ? linkId.slice(scope.length + 1) : undefined;
}

/**
 * Reads a FHIR R4 QuestionnaireResponse back into an assessment input
 * (checklist, DARA or RIM) for the edition its `questionnaire` names (`<base>/<instrument id>|<edition>`),
 * and validates it like any other input.
 *
 * It first runs {@link validateQuestionnaireResponse} and throws its error:
 * what it reads and what the edition's Questionnaire allows are one rule (an
 * unknown or misplaced `linkId`, a value of the wrong type, a code not among
 * the item's options, a missing required item, an answer on an item its
 * `enableWhen` disables, an item repeated where it does not repeat, a
 * calculated `count` that is not the number of `yes` answers, items nested
 * more than 10 deep — each a {@link DaRiskError} naming the path and rule,
 * never the value). A `count` that matches is accepted (form renderers that
 * evaluate the calculated expression send it back) and otherwise ignored: the
 * library computes the count itself.
 *
 * Then it reads what the Questionnaire cannot say, and refuses:
 *
 * - a response that is `entered-in-error` or `stopped` (`one-of` on
 *   `status`): it is not an assessment;
 * - a question item with no answer (`one-answer`), and a comment, source or
 *   sub-option group without the answer it belongs to
 *   (`detail-without-answer`);
 * - an input that the edition's own validation refuses (as `assess`,
 *   `assessDara` or `assessRim` would, with their rules).
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
 * @category Interop
 */
export function fromQuestionnaireResponse<T>(
  response: OutsideInput<T, FhirQuestionnaireResponse>,
  registry: InstrumentRegistry = defaultRegistry,
  options: FhirOptions = {},
): { readonly instrument: Instrument; readonly input: AssessmentInput | DaraInput | RimInput } {
  const { instrument, response: parsed } = checkQuestionnaireResponse(response, registry, options);
  if (!READABLE_STATUSES.has(parsed.status)) {
    throw daRiskError('invalid-input', ['status'], 'one-of', 'must be in-progress, completed or amended to be read as an assessment');
  }
  const family = familyOf(instrument).id;
  const edition = lookups(instrument);
  const sections = edition.sections;
  const issues: DaRiskIssue[] = [];
  const top = target();
  const grade: Record<string, unknown> = {};
  const secondary: Record<string, string> = {};
  const children: { readonly child: Target; readonly path: Path }[] = [];

  /** Reads a field of the top level that is not an answer; false when the link id is none of them. */
  const readTopField = (linkId: string, item: ResponseItemData, at: Path): boolean => {
    const field = readFieldLinkId(linkId);
    if (family === 'checklist' && linkId === LINK_IDS.single.count) {
      // The calculated count: checked against the answers by the response check, and never read (the library counts).
    } else if (linkId === fieldLinkId('assessment', 'id')) {
      top.fields['id'] = value(issues, one(issues, item, at), 'valueString', at);
    } else if (linkId === fieldLinkId('assessment', 'assessedAt')) {
      top.fields['assessedAt'] = value(issues, one(issues, item, at), 'valueDateTime', at);
    } else if (family === 'rim' && linkId === LINK_IDS.single.pregnancy) {
      top.fields['pregnancy'] = value(issues, one(issues, item, at), 'valueBoolean', at);
    } else if (family === 'dara' && isFieldOf(field, 'grade')) {
      const answer = one(issues, item, at);
      if (field.field === 'level') grade[field.field] = code(issues, answer, LEVEL_SYSTEM, at);
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

  // Recursion is bounded: the schema refuses items nested more than MAX_ITEM_DEPTH deep. The response
  // check has put every item in its place, once (a repeating group once per repeat), with values of its
  // type and codes among its options: what is left is to read each item into the input.
  const visit = (into: Target, items: readonly ResponseItemData[], path: Path): void => {
    items.forEach((item, index) => {
      const at = [...path, index];
      const linkId = item.linkId;
      if (family === 'rim' && into.scope === undefined && linkId === CHILDREN) {
        // One item per child: each is read on its own, with link ids unique inside it.
        const child = target(CHILDREN);
        children.push({ child, path: at });
        visit(child, item.item ?? [], [...at, 'item']);
        return;
      }
      const own = unscoped(linkId, into.scope);
      if (own !== undefined && (sections.has(own) || (into.scope === undefined && CONTAINERS.includes(linkId)))) {
        visit(into, item.item ?? [], [...at, 'item']);
        return;
      }
      const read = own === undefined ? undefined : questionLink(edition, own);
      if (read !== undefined && readAnswerItem(issues, into.answers, read.question, read.link, item, at)) {
        // Items under an answer are the Questionnaire's items under the question (the display note of a da-risk example): read in their place.
        (item.answer ?? []).forEach((answer, a) => visit(into, answer.item ?? [], [...at, 'answer', a, 'item']));
        return;
      }
      if (into.scope === undefined ? readTopField(linkId, item, at) : readChildField(into, linkId, item, at)) return;
      issues.push({ path: [...at, 'linkId'], ...UNKNOWN_LINK_ID });
    });
  };
  visit(top, parsed.item ?? [], ['item']);
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
