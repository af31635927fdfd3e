/**
 * Each edition as a FHIR R4 Questionnaire, and the FHIRPath expression of
 * its count.
 *
 * @module
 */
import { answerTypes, answerSources } from '../../model/answers.js';
import { deepFreeze } from '../../common/deep-freeze.js';
import type { Instrument, Item } from '../../model/instrument.js';
import { riskLevels } from '../../model/levels.js';
import { isLibraryExample } from '../../core/library-example.js';
import type { FhirExtension, FhirQuestionnaire, FhirQuestionnaireItem } from '../fhir-types.js';
import { canonical, type FhirOptions } from './canonical.js';
import { ANSWER_SYSTEM, LEVEL_SYSTEM, SOURCE_SYSTEM, optionSystem } from './code-systems.js';
import { LINK_IDS, fieldLinkId, groupLinkId, followUpLinkId, optionsLinkId, questionLinkId, sectionLinkId } from './link-ids.js';
import { familyOf } from '../../validate/instrument-families.js';

const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const CALCULATED = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';

/** The repeating group of the RIM's children, which scopes the sections and questions inside it. */
const CHILDREN = 'children' as const;

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
  return { text: `${item.label}${EXAMPLE_SUFFIX}`, item: [{ linkId: followUpLinkId(linkId, 'example'), text: note, type: 'display' }] };
}

function questionItems(item: Item, counts: boolean, scope?: string): FhirQuestionnaireItem[] {
  const linkId = questionLinkId(item.id, scope);
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
      linkId: optionsLinkId(linkId, group.id),
      text: group.label,
      type: 'coding',
      repeats: group.multiple,
      enableWhen,
      answerOption: group.choices.map((choice) => ({ valueCoding: { system: optionSystem(item.id), code: choice.id, display: choice.label } })),
    });
  }
  out.push({ linkId: followUpLinkId(linkId, 'comment'), text: item.commentPrompt ?? 'Comment', type: 'text' });
  out.push({
    linkId: followUpLinkId(linkId, 'source'),
    text: 'Source of the answer',
    type: 'coding',
    answerOption: answerSources.map((source) => ({ valueCoding: { system: SOURCE_SYSTEM, code: source } })),
  });
  return out;
}

function sectionGroups(instrument: Instrument, counts: boolean, scope?: string): FhirQuestionnaireItem[] {
  return instrument.sections.map((section) => ({
    linkId: sectionLinkId(section.id, scope),
    text: section.label,
    type: 'group' as const,
    item: instrument.items.filter((item) => item.section === section.id).flatMap((item) => questionItems(item, counts, scope)),
  }));
}

/** The RIM's repeating group of children: each child's details, then the sections asked about the child. */
function childrenGroup(instrument: Instrument): FhirQuestionnaireItem {
  return {
    linkId: groupLinkId(CHILDREN),
    text: 'Children',
    type: 'group',
    repeats: true,
    item: [
      { linkId: fieldLinkId(CHILDREN, 'id'), text: 'Child id (opaque)', type: 'string', required: true },
      { linkId: fieldLinkId(CHILDREN, 'dateOfBirth'), text: 'Date of birth', type: 'date' },
      { linkId: fieldLinkId(CHILDREN, 'ageYears'), text: 'Age in years, if no date of birth', type: 'integer' },
      { linkId: fieldLinkId(CHILDREN, 'ageMonths'), text: 'and months', type: 'integer' },
      { linkId: fieldLinkId(CHILDREN, 'specialNeeds'), text: 'Special needs', type: 'boolean', required: true },
      ...sectionGroups(instrument, false, groupLinkId(CHILDREN)),
    ],
  };
}

/** DARA's items after the questions: the grade, the children in the household, observations, evidence and the secondary assessment. */
function daraItems(): FhirQuestionnaireItem[] {
  return [
    {
      linkId: groupLinkId('grade'),
      text: 'The assessor\u2019s grade',
      type: 'group',
      item: [
        {
          linkId: fieldLinkId('grade', 'level'),
          text: 'Grade',
          type: 'coding',
          required: true,
          answerOption: riskLevels.map((level) => ({ valueCoding: { system: LEVEL_SYSTEM, code: level } })),
        },
        { linkId: fieldLinkId('grade', 'rationale'), text: 'Reasons for the grade', type: 'text', required: true },
        { linkId: fieldLinkId('grade', 'by'), text: 'Assessor id (opaque)', type: 'string', required: true },
        { linkId: fieldLinkId('grade', 'at'), text: 'Graded at', type: 'dateTime', required: true },
        { linkId: fieldLinkId('grade', 'referToMarac'), text: 'Referred to MARAC on professional judgement', type: 'boolean' },
      ],
    },
    {
      linkId: fieldLinkId('household', 'children'),
      text: 'Children live in the household',
      type: 'coding',
      answerOption: ['yes', 'no', 'dont-know'].map((code) => ({ valueCoding: { system: ANSWER_SYSTEM, code } })),
    },
    { linkId: LINK_IDS.single.observations, text: 'Officer observations (references)', type: 'string', repeats: true },
    { linkId: LINK_IDS.single.evidence, text: 'Evidence references', type: 'string', repeats: true },
    {
      linkId: groupLinkId('secondary'),
      text: 'Secondary assessment',
      type: 'group',
      item: [
        { linkId: fieldLinkId('secondary', 'instrument'), text: 'Instrument id', type: 'string' },
        { linkId: fieldLinkId('secondary', 'edition'), text: 'Edition', type: 'string' },
        { linkId: fieldLinkId('secondary', 'assessmentId'), text: 'Assessment id', type: 'string' },
      ],
    },
  ];
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
  const ids = instrument.items.filter((item) => item.counts).map((item) => `linkId = '${questionLinkId(item.id)}'`);
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
    linkId: groupLinkId('assessment'),
    text: 'Assessment',
    type: 'group',
    item: [
      { linkId: fieldLinkId('assessment', 'id'), text: 'Assessment id (opaque)', type: 'string' },
      { linkId: fieldLinkId('assessment', 'assessedAt'), text: 'Completed at', type: 'dateTime', required: familyOf(instrument).id === 'rim' },
    ],
  };
  const items: FhirQuestionnaireItem[] = [meta];
  if (familyOf(instrument).id === 'rim') {
    items.push({ linkId: LINK_IDS.single.pregnancy, text: 'Non-abusing parent pregnant', type: 'boolean' });
    items.push(...sectionGroups(instrument, false));
    items.push(childrenGroup(instrument));
  } else {
    items.push(...sectionGroups(instrument, true));
  }
  if (familyOf(instrument).id === 'checklist') {
    items.push({
      linkId: LINK_IDS.single.count,
      text: 'Number of yes answers',
      type: 'integer',
      readOnly: true,
      extension: [{ url: CALCULATED, valueExpression: { language: 'text/fhirpath', expression: countExpression(instrument), description: 'Only yes counts' } }],
    });
  }
  if (familyOf(instrument).id === 'dara') items.push(...daraItems());
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
