/**
 * FHIR R4: each edition as a Questionnaire, and an assessment to and from a
 * QuestionnaireResponse without loss.
 *
 * Link ids: the item id for each question; `<item>.options.<group>`,
 * `<item>.comment` and `<item>.source` for its sub-options, comment and
 * source; `assessment.id` and `assessment.assessedAt`; `count` for the
 * calculated count; `grade.*`, `household.children`, `observations`,
 * `evidence` and `secondary.*` for DARA; `<item>.example` for the display note
 * under an item that is a da-risk example (tag `library-example`: the
 * Barnardo's RIM rows not read on the matrix), whose text also ends
 * "(da-risk example)". Item ids never contain a dot, so these never collide.
 *
 * @module
 */
import * as z from 'zod';
import { DaRiskError, daRiskError, formatPath, type DaRiskIssue } from '../errors/error.js';
import { answerTypes, answerSources } from '../model/answers.js';
import type { AssessmentInput, Answer } from '../model/assessment.js';
import type { DaraInput } from '../model/dara.js';
import { deepFreeze } from '../common/deep-freeze.js';
import type { Instrument, Item } from '../model/instrument.js';
import { riskLevels } from '../model/levels.js';
import { checkAssessmentInput } from '../api/assess.js';
import { defaultRegistry } from '../api/default-registry.js';
import { readOptions } from '../api/read-outside.js';
import { checkRegistry, type InstrumentRegistry } from '../api/registry.js';
import { toDaRiskError } from '../validate/issues.js';
import { cachedSchema } from '../validate/assessment-schema.js';
import { isLibraryExample } from '../core/library-example.js';
import { buildDaraSchema } from '../validate/dara-schema.js';
import type {
  FhirAnswer,
  FhirCoding,
  FhirExtension,
  FhirQuestionnaire,
  FhirQuestionnaireItem,
  FhirQuestionnaireResponse,
  FhirResponseItem,
} from './fhir-types.js';
import { safeParse } from '../validate/safe-parse.js';

/** Code system of answer values. @since 0.1.0
 * @example
 * ```ts
 * response.item[0].item[0].answer[0].valueCoding.system; // 'urn:da-risk:answer'
 * ```
 */
export const ANSWER_SYSTEM = 'urn:da-risk:answer';
/** Code system of answer sources. @since 0.1.0
 * @example
 * ```ts
 * ({ system: SOURCE_SYSTEM, code: 'victim' }); // the coding of an answer's source
 * ```
 */
export const SOURCE_SYSTEM = 'urn:da-risk:answer-source';
/** Code system of risk levels. @since 0.1.0
 * @example
 * ```ts
 * ({ system: LEVEL_SYSTEM, code: 'high' }); // the coding of a DARA grade
 * ```
 */
export const LEVEL_SYSTEM = 'urn:da-risk:risk-level';
/** Code system of an item's sub-options. @since 0.1.0
 * @example
 * ```ts
 * optionSystem('threats-to-kill'); // 'urn:da-risk:option:threats-to-kill'
 * ```
 */
export function optionSystem(itemId: string): string {
  return `urn:da-risk:option:${itemId}`;
}

const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const CALCULATED = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';
const DEFAULT_BASE = 'https://da-risk.invalid/fhir/Questionnaire';

/**
 * Options for the FHIR conversions.
 *
 * @since 0.1.0
 */
export interface FhirOptions {
  /** Base of the Questionnaire canonical URL; the instrument id is appended. Default `https://da-risk.invalid/fhir/Questionnaire`. */
  readonly baseUrl?: string;
}

/** The base of the canonical URLs, read once from the caller's options and checked to be text. */
function baseOf(options: FhirOptions | undefined): string {
  const { baseUrl } = readOptions(options, ['baseUrl']);
  if (baseUrl === undefined) return DEFAULT_BASE;
  if (typeof baseUrl !== 'string' || baseUrl.length === 0 || baseUrl.length > 2_000 || /\s|\|/.test(baseUrl)) {
    throw daRiskError('invalid-input', ['options', 'baseUrl'], 'type', 'must be a URL of at most 2,000 characters, without spaces or |');
  }
  return baseUrl;
}

function canonical(instrument: Instrument, options: FhirOptions | undefined): string {
  return `${baseOf(options)}/${instrument.id}`;
}

function pascal(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function weight(value: number): FhirExtension[] {
  return [
    { url: ITEM_WEIGHT, valueDecimal: value },
    { url: ORDINAL_VALUE, valueDecimal: value },
  ];
}

const EXAMPLE_SUFFIX = ' (da-risk example)';

/** The text of a question and, for a da-risk example, a display note under it saying so (from its provenance). */
function labelled(item: Item, linkId: string): { readonly text: string; readonly item?: readonly FhirQuestionnaireItem[] } {
  if (!isLibraryExample(item)) return { text: item.label };
  const note = item.provenance.note ?? 'A da-risk example, not the publisher\u2019s text.';
  return { text: `${item.label}${EXAMPLE_SUFFIX}`, item: [{ linkId: `${linkId}.example`, text: note, type: 'display' }] };
}

function questionItems(item: Item, counts: boolean, prefix = ''): FhirQuestionnaireItem[] {
  const linkId = `${prefix}${item.id}`;
  const type = answerTypes[item.answerType];
  if (type.freeText) return [{ linkId, prefix: String(item.number), ...labelled(item, linkId), type: 'text' }];
  const { text, item: note } = labelled(item, linkId);
  const out: FhirQuestionnaireItem[] = [
    {
      linkId,
      prefix: String(item.number),
      text,
      type: 'coding',
      answerOption: type.values.map((value) => ({
        valueCoding: { system: ANSWER_SYSTEM, code: value.value, display: value.label },
        extension: weight(counts && item.counts && value.kind === 'yes' ? 1 : 0),
      })),
      ...(note === undefined ? {} : { item: note }),
    },
  ];
  const enableWhen = [{ question: linkId, operator: '=' as const, answerCoding: { system: ANSWER_SYSTEM, code: 'yes' } }];
  for (const group of item.optionGroups) {
    out.push({
      linkId: `${linkId}.options.${group.id}`,
      text: group.label,
      type: 'coding',
      repeats: group.multiple,
      enableWhen,
      answerOption: group.choices.map((choice) => ({ valueCoding: { system: optionSystem(item.id), code: choice.id, display: choice.label } })),
    });
  }
  out.push({ linkId: `${linkId}.comment`, text: item.commentPrompt ?? 'Comment', type: 'text' });
  out.push({
    linkId: `${linkId}.source`,
    text: 'Source of the answer',
    type: 'coding',
    answerOption: answerSources.map((source) => ({ valueCoding: { system: SOURCE_SYSTEM, code: source } })),
  });
  return out;
}

function sectionGroups(instrument: Instrument, counts: boolean, prefix = ''): FhirQuestionnaireItem[] {
  return instrument.sections.map((section) => ({
    linkId: `${prefix}${section.id}`,
    text: section.label,
    type: 'group' as const,
    item: instrument.items.filter((item) => item.section === section.id).flatMap((item) => questionItems(item, counts, prefix)),
  }));
}

/**
 * The FHIRPath expression that counts the `yes` answers on an edition's
 * counting items in a QuestionnaireResponse.
 *
 * @param instrument - the edition
 * @returns the expression
 *
 * @example
 * ```ts
 * countExpression(sDash2009); // "%resource.repeat(item).where(linkId = 'stalking-victim-frightened' or …).answer.value.where(system = 'urn:da-risk:answer' and code = 'yes').count()"
 * ```
 * @since 0.1.0
 */
export function countExpression(instrument: Instrument): string {
  const ids = instrument.items.filter((item) => item.counts).map((item) => `linkId = '${item.id}'`);
  return `%resource.repeat(item).where(${ids.join(' or ')}).answer.value.where(system = '${ANSWER_SYSTEM}' and code = 'yes').count()`;
}

/**
 * An edition as a FHIR R4 Questionnaire: a `linkId` per item from its stable
 * id, `version` = the edition, coded answers with weights (`itemWeight`, and
 * `ordinalValue` for older readers), sub-options enabled by a `yes`, a
 * comment and a source per question, the count as a read-only item with an
 * SDC `calculatedExpression` (checklists), the grade items (DARA), or a
 * repeating group per child (the RIM). `copyright` carries the licence and
 * attribution; `status` is `draft` for a provisional edition.
 *
 * @param instrument - the edition
 * @param options - canonical URL base
 * @returns the Questionnaire
 *
 * @example
 * ```ts
 * const questionnaire = toFhirQuestionnaire(dashRic2009);
 * questionnaire.version; // '2009'
 * ```
 * @since 0.1.0
 */
export function toFhirQuestionnaire(instrument: Instrument, options: FhirOptions = {}): FhirQuestionnaire {
  const meta: FhirQuestionnaireItem = {
    linkId: 'assessment',
    text: 'Assessment',
    type: 'group',
    item: [
      { linkId: 'assessment.id', text: 'Assessment id (opaque)', type: 'string' },
      { linkId: 'assessment.assessedAt', text: 'Completed at', type: 'dateTime', required: instrument.scoring === 'matrix' },
    ],
  };
  const items: FhirQuestionnaireItem[] = [meta];
  if (instrument.scoring === 'matrix') {
    items.push({ linkId: 'pregnancy', text: 'Non-abusing parent pregnant', type: 'boolean' });
    items.push(...sectionGroups(instrument, false));
    items.push({
      linkId: 'children',
      text: 'Children',
      type: 'group',
      repeats: true,
      item: [
        { linkId: 'children.id', text: 'Child id (opaque)', type: 'string', required: true },
        { linkId: 'children.dateOfBirth', text: 'Date of birth', type: 'date' },
        { linkId: 'children.ageYears', text: 'Age in years, if no date of birth', type: 'integer' },
        { linkId: 'children.ageMonths', text: 'and months', type: 'integer' },
        { linkId: 'children.specialNeeds', text: 'Special needs', type: 'boolean', required: true },
        ...sectionGroups(instrument, false, 'children.'),
      ],
    });
  } else {
    items.push(...sectionGroups(instrument, true));
  }
  if (instrument.scoring === 'yes-count' || instrument.scoring === 'count-only') {
    items.push({
      linkId: 'count',
      text: 'Number of yes answers',
      type: 'integer',
      readOnly: true,
      extension: [{ url: CALCULATED, valueExpression: { language: 'text/fhirpath', expression: countExpression(instrument), description: 'Only yes counts' } }],
    });
  }
  if (instrument.scoring === 'assessor-grade') {
    items.push(
      {
        linkId: 'grade',
        text: 'The assessor\u2019s grade',
        type: 'group',
        item: [
          {
            linkId: 'grade.level',
            text: 'Grade',
            type: 'coding',
            required: true,
            answerOption: riskLevels.map((level) => ({ valueCoding: { system: LEVEL_SYSTEM, code: level } })),
          },
          { linkId: 'grade.rationale', text: 'Reasons for the grade', type: 'text', required: true },
          { linkId: 'grade.by', text: 'Assessor id (opaque)', type: 'string', required: true },
          { linkId: 'grade.at', text: 'Graded at', type: 'dateTime', required: true },
          { linkId: 'grade.referToMarac', text: 'Referred to MARAC on professional judgement', type: 'boolean' },
        ],
      },
      {
        linkId: 'household.children',
        text: 'Children live in the household',
        type: 'coding',
        answerOption: ['yes', 'no', 'dont-know'].map((code) => ({ valueCoding: { system: ANSWER_SYSTEM, code } })),
      },
      { linkId: 'observations', text: 'Officer observations (references)', type: 'string', repeats: true },
      { linkId: 'evidence', text: 'Evidence references', type: 'string', repeats: true },
      {
        linkId: 'secondary',
        text: 'Secondary assessment',
        type: 'group',
        item: [
          { linkId: 'secondary.instrument', text: 'Instrument id', type: 'string' },
          { linkId: 'secondary.edition', text: 'Edition', type: 'string' },
          { linkId: 'secondary.assessmentId', text: 'Assessment id', type: 'string' },
        ],
      },
    );
  }
  return deepFreeze({
    resourceType: 'Questionnaire',
    url: canonical(instrument, options),
    version: instrument.edition,
    name: pascal(instrument.id),
    title: instrument.title,
    status: instrument.status === 'verified' ? 'active' : 'draft',
    publisher: instrument.publisher,
    description: instrument.summary,
    copyright: `${instrument.licence} ${instrument.attribution}`,
    item: items,
  });
}

function answerItems(instrument: Instrument, answers: AssessmentInput['answers']): FhirResponseItem[] {
  return instrument.sections.flatMap((section) => {
    const children: FhirResponseItem[] = [];
    for (const item of instrument.items) {
      if (item.section !== section.id) continue;
      const answer = answers[item.id];
      if (answer === undefined) continue;
      if (answerTypes[item.answerType].freeText) {
        children.push({ linkId: item.id, answer: [{ valueString: answer.value }] });
        if (answer.source !== undefined) children.push({ linkId: `${item.id}.source`, answer: [{ valueCoding: { system: SOURCE_SYSTEM, code: answer.source } }] });
        continue;
      }
      children.push({ linkId: item.id, answer: [{ valueCoding: { system: ANSWER_SYSTEM, code: answer.value } }] });
      if (answer.options !== undefined) {
        for (const group of item.optionGroups) {
          const chosen = answer.options.filter((option) => group.choices.some((choice) => choice.id === option));
          children.push({
            linkId: `${item.id}.options.${group.id}`,
            answer: chosen.map((code) => ({ valueCoding: { system: optionSystem(item.id), code } })),
          });
        }
      }
      if (answer.comment !== undefined) children.push({ linkId: `${item.id}.comment`, answer: [{ valueString: answer.comment }] });
      if (answer.source !== undefined) children.push({ linkId: `${item.id}.source`, answer: [{ valueCoding: { system: SOURCE_SYSTEM, code: answer.source } }] });
    }
    return children.length === 0 ? [] : [{ linkId: section.id, item: children }];
  });
}

/**
 * An assessment (a checklist or DARA input) as a FHIR R4
 * QuestionnaireResponse for the edition's Questionnaire. Unanswered items are
 * left out; sub-options, comments and sources are kept, so
 * {@link fromQuestionnaireResponse} gives the same assessment back.
 *
 * @param instrument - the edition the input names
 * @param input - a validated assessment input (checklist or DARA)
 * @param options - canonical URL base
 * @returns the QuestionnaireResponse
 * @throws {@link DaRiskError} `invalid-input` for a RIM edition (a household of children has no response mapping yet) or an edition mismatch
 *
 * @example
 * ```ts
 * const response = toQuestionnaireResponse(dashRic2009, input);
 * response.questionnaire; // 'https://da-risk.invalid/fhir/Questionnaire/dash-ric|2009'
 * ```
 * @since 0.1.0
 */
export function toQuestionnaireResponse(instrument: Instrument, input: AssessmentInput | DaraInput, options: FhirOptions = {}): FhirQuestionnaireResponse {
  if (instrument.scoring === 'matrix') {
    throw daRiskError('invalid-input', ['instrument'], 'not-supported', 'RIM assessments have a Questionnaire but no QuestionnaireResponse mapping yet');
  }
  if (input.instrument.id !== instrument.id || input.instrument.edition !== instrument.edition) {
    throw daRiskError('invalid-input', ['instrument'], 'edition-mismatch', 'the input names a different edition');
  }
  const meta: FhirResponseItem[] = [];
  if (input.id !== undefined) meta.push({ linkId: 'assessment.id', answer: [{ valueString: input.id }] });
  if (input.assessedAt !== undefined) meta.push({ linkId: 'assessment.assessedAt', answer: [{ valueDateTime: input.assessedAt }] });
  const item: FhirResponseItem[] = [];
  if (meta.length > 0) item.push({ linkId: 'assessment', item: meta });
  item.push(...answerItems(instrument, input.answers));
  if ('grade' in input) {
    const grade: FhirResponseItem[] = [
      { linkId: 'grade.level', answer: [{ valueCoding: { system: LEVEL_SYSTEM, code: input.grade.level } }] },
      { linkId: 'grade.rationale', answer: [{ valueString: input.grade.rationale }] },
      { linkId: 'grade.by', answer: [{ valueString: input.grade.by }] },
      { linkId: 'grade.at', answer: [{ valueDateTime: input.grade.at }] },
    ];
    if (input.grade.referToMarac !== undefined) grade.push({ linkId: 'grade.referToMarac', answer: [{ valueBoolean: input.grade.referToMarac }] });
    item.push({ linkId: 'grade', item: grade });
    if (input.childrenInHousehold !== undefined) {
      item.push({ linkId: 'household.children', answer: [{ valueCoding: { system: ANSWER_SYSTEM, code: input.childrenInHousehold } }] });
    }
    if (input.observations !== undefined) item.push({ linkId: 'observations', answer: input.observations.map((value) => ({ valueString: value })) });
    if (input.evidence !== undefined) item.push({ linkId: 'evidence', answer: input.evidence.map((value) => ({ valueString: value })) });
    if (input.secondaryAssessment !== undefined) {
      item.push({
        linkId: 'secondary',
        item: [
          { linkId: 'secondary.instrument', answer: [{ valueString: input.secondaryAssessment.instrument.id }] },
          { linkId: 'secondary.edition', answer: [{ valueString: input.secondaryAssessment.instrument.edition }] },
          { linkId: 'secondary.assessmentId', answer: [{ valueString: input.secondaryAssessment.assessmentId }] },
        ],
      });
    }
  }
  return deepFreeze({
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${canonical(instrument, options)}|${instrument.edition}`,
    status: 'completed',
    ...(input.assessedAt === undefined ? {} : { authored: input.assessedAt }),
    item,
  });
}

const coding = z.looseObject({ system: z.optional(z.string()), code: z.optional(z.string()), display: z.optional(z.string()) });
const answerSchema = z.looseObject({
  valueCoding: z.optional(coding),
  valueString: z.optional(z.string()),
  valueDateTime: z.optional(z.string()),
  valueBoolean: z.optional(z.boolean()),
});
type ResponseItem = { linkId: string; answer?: z.infer<typeof answerSchema>[]; item?: ResponseItem[] };

/**
 * How deep a response's `item`s may nest: a top-level item is at depth 1. The
 * Questionnaires nest at most 4 deep (the RIM's child, section, question and
 * example note); responses read here at most 3.
 */
const MAX_ITEM_DEPTH = 10;

/**
 * The item schema, built level by level rather than recursively, so that
 * neither zod nor the reader below ever recurses deeper than
 * {@link MAX_ITEM_DEPTH}: an item at the last level that has child items is
 * refused (`max-depth`) without its children being read.
 */
const itemSchema: z.ZodType<ResponseItem> = (() => {
  const linkId = z.string().min(1).max(300);
  const answer = z.optional(z.array(answerSchema).max(100));
  const tooDeep = z.custom<never>(() => false, {
    params: { rule: 'max-depth', message: `nests items more than ${MAX_ITEM_DEPTH} deep` },
  });
  let level: z.ZodType = z.looseObject({ linkId, answer, item: z.optional(tooDeep) });
  for (let depth = MAX_ITEM_DEPTH - 1; depth >= 1; depth--) {
    level = z.looseObject({ linkId, answer, item: z.optional(z.array(level).max(1_000)) });
  }
  return level as unknown as z.ZodType<ResponseItem>;
})();
const responseSchema = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  questionnaire: z.string().min(1).max(2_000),
  status: z.enum(['in-progress', 'completed', 'amended']),
  authored: z.optional(z.string()),
  item: z.optional(z.array(itemSchema).max(1_000)),
});

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
  const parsed = safeParse(responseSchema, response);
  if (!parsed.success) throw toDaRiskError('invalid-input', parsed.error.issues, response);
  const value = parsed.data;
  const base = `${baseOf(options)}/`;
  const [url, edition] = value.questionnaire.split('|');
  if (url === undefined || edition === undefined || !url.startsWith(base)) {
    throw daRiskError('invalid-input', ['questionnaire'], 'unknown-questionnaire', 'must be the canonical URL of a da-risk Questionnaire followed by |edition');
  }
  const instrument = checkRegistry(registry).get(url.slice(base.length), edition);
  if (instrument.scoring === 'matrix') {
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

  const one = (item: ResponseItem, path: (string | number)[]): FhirAnswer | undefined => {
    if (item.answer === undefined || item.answer.length !== 1) {
      issues.push({ path: [...path, 'answer'], rule: 'one-answer', message: 'must have exactly one answer' });
      return undefined;
    }
    return item.answer[0] as FhirAnswer;
  };
  // Every answer holds one value[x] and nothing nested: FHIR allows items under an answer, but none of these
  // Questionnaires has them, so an answer put there would be lost without a word.
  const checkAnswers = (item: ResponseItem, path: readonly (string | number)[]): void => {
    (item.answer ?? []).forEach((answer, a) => {
      const values = Object.keys(answer).filter((key) => key.startsWith('value'));
      if (values.length !== 1) issues.push({ path: [...path, 'answer', a], rule: 'one-value', message: 'must hold exactly one value[x]' });
      if ((answer as { item?: unknown }).item !== undefined) {
        issues.push({ path: [...path, 'answer', a, 'item'], rule: 'unexpected-nesting', message: 'nests items under an answer, which this Questionnaire does not: give each item in its own place' });
      }
    });
  };
  const code = (answer: FhirAnswer | undefined, system: string, path: (string | number)[]): string | undefined => {
    const coded: FhirCoding | undefined = answer?.valueCoding;
    if (answer === undefined) return undefined;
    if (coded?.code === undefined || coded.system !== system) {
      issues.push({ path: [...path, 'answer', 0, 'valueCoding'], rule: 'coding', message: `must be a code of ${system}` });
      return undefined;
    }
    return coded.code;
  };
  const text = (answer: FhirAnswer | undefined, key: 'valueString' | 'valueDateTime', path: (string | number)[]): string | undefined => {
    if (answer === undefined) return undefined;
    const found = answer[key];
    if (typeof found !== 'string') issues.push({ path: [...path, 'answer', 0, key], rule: 'type', message: `must be a ${key}` });
    return found;
  };

  // Where each linkId was first seen: a second item with it would replace or merge the first answer.
  const seen = new Map<string, readonly (string | number)[]>();
  const counts = instrument.scoring === 'yes-count' || instrument.scoring === 'count-only';
  let statedCount: { readonly value: number; readonly path: readonly (string | number)[] } | undefined;

  // Recursion is bounded: the schema refuses items nested more than MAX_ITEM_DEPTH deep.
  const visit = (items: readonly ResponseItem[], path: (string | number)[]): void => {
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
      const parts = linkId.split('.');
      const [head, rest, group] = parts;
      // A question's link id has one part; its comment and source two; a sub-option group three. More is not a link id here.
      const question = parts.length <= (rest === 'options' ? 3 : 2) ? byId.get(head ?? '') : undefined;
      if (item.item !== undefined && (instrument.sections.some((s) => s.id === linkId) || ['assessment', 'grade', 'secondary'].includes(linkId))) {
        visit(item.item, [...at, 'item']);
        return;
      }
      checkAnswers(item, at);
      if (item.item !== undefined) {
        issues.push({ path: [...at, 'item'], rule: 'unexpected-nesting', message: 'nests items under a question, which this Questionnaire does not: give each item in its own place' });
      }
      if (question !== undefined && rest === undefined) {
        const answer = one(item, at);
        const raw = answerTypes[question.answerType].freeText ? text(answer, 'valueString', at) : code(answer, ANSWER_SYSTEM, at);
        if (raw !== undefined) entry(question.id).value = raw;
      } else if (question !== undefined && rest === 'comment') {
        const raw = text(one(item, at), 'valueString', at);
        if (raw !== undefined) entry(question.id).comment = raw;
      } else if (question !== undefined && rest === 'source') {
        const raw = code(one(item, at), SOURCE_SYSTEM, at);
        if (raw !== undefined) entry(question.id).source = raw;
      } else if (question !== undefined && rest === 'options' && question.optionGroups.some((g) => g.id === group)) {
        const chosen = (item.answer ?? []).map((answer, a) => code(answer as FhirAnswer, optionSystem(question.id), [...at, 'answer', a]));
        entry(question.id).options = [...(entry(question.id).options ?? []), ...chosen.filter((c): c is string => c !== undefined)];
      } else if (counts && linkId === 'count') {
        const answer = one(item, at);
        if (answer !== undefined) {
          const stated = answer.valueInteger;
          if (typeof stated !== 'number' || !Number.isSafeInteger(stated) || stated < 0) {
            issues.push({ path: [...at, 'answer', 0, 'valueInteger'], rule: 'type', message: 'must be a valueInteger of 0 or more' });
          } else statedCount = { value: stated, path: [...at, 'answer', 0, 'valueInteger'] };
        }
      } else if (linkId === 'assessment.id') {
        const raw = text(one(item, at), 'valueString', at);
        if (raw !== undefined) input['id'] = raw;
      } else if (linkId === 'assessment.assessedAt') {
        const raw = text(one(item, at), 'valueDateTime', at);
        if (raw !== undefined) input['assessedAt'] = raw;
      } else if (instrument.scoring === 'assessor-grade' && linkId.startsWith('grade.')) {
        const answer = one(item, at);
        if (linkId === 'grade.level') grade['level'] = code(answer, LEVEL_SYSTEM, at);
        else if (linkId === 'grade.at') grade['at'] = text(answer, 'valueDateTime', at);
        else if (linkId === 'grade.referToMarac') {
          // A referral by judgement is never dropped: anything but a boolean is an error, not "no".
          if (answer !== undefined && typeof answer.valueBoolean !== 'boolean') {
            issues.push({ path: [...at, 'answer', 0, 'valueBoolean'], rule: 'type', message: 'must be a valueBoolean' });
          } else grade['referToMarac'] = answer?.valueBoolean;
        }
        else if (linkId === 'grade.rationale' || linkId === 'grade.by') grade[linkId.slice(6)] = text(answer, 'valueString', at);
        else issues.push({ path: [...at, 'linkId'], rule: 'unknown-link-id', message: 'is not an item of the Questionnaire' });
      } else if (instrument.scoring === 'assessor-grade' && linkId === 'household.children') {
        const raw = code(one(item, at), ANSWER_SYSTEM, at);
        if (raw !== undefined) input['childrenInHousehold'] = raw;
      } else if (instrument.scoring === 'assessor-grade' && (linkId === 'observations' || linkId === 'evidence')) {
        input[linkId] = (item.answer ?? []).map((answer, a) => text(answer as FhirAnswer, 'valueString', [...at, 'answer', a]));
      } else if (instrument.scoring === 'assessor-grade' && ['secondary.instrument', 'secondary.edition', 'secondary.assessmentId'].includes(linkId)) {
        const raw = text(one(item, at), 'valueString', at);
        if (raw !== undefined) secondary[linkId.slice(10)] = raw;
      } else {
        issues.push({ path: [...at, 'linkId'], rule: 'unknown-link-id', message: 'is not an item of the Questionnaire' });
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
  if (instrument.scoring === 'assessor-grade') {
    input['grade'] = Object.fromEntries(Object.entries(grade).filter(([, v]) => v !== undefined));
    if (Object.keys(secondary).length > 0) {
      input['secondaryAssessment'] = {
        instrument: { id: secondary['instrument'], edition: secondary['edition'] },
        assessmentId: secondary['assessmentId'],
      };
    }
    const checked = safeParse(cachedSchema(instrument, buildDaraSchema), input);
    if (!checked.success) throw toDaRiskError('invalid-input', checked.error.issues, input);
    return Object.freeze({ instrument, input: deepFreeze(checked.data as DaraInput) });
  }
  const checked = checkAssessmentInput(input, registry);
  if (!checked.ok) throw checked.error;
  return Object.freeze({ instrument, input: deepFreeze(checked.value.input) });
}
