/**
 * Each edition as a FHIR R4 Questionnaire, and the FHIRPath expression of
 * its count.
 *
 * @module
 */
import { answerTypes } from '../../model/answers.js';
import { deepFreeze } from '../../common/deep-freeze.js';
import type { Instrument } from '../../model/instrument.js';
import { riskLevels } from '../../model/levels.js';
import type { FhirQuestionnaire, FhirQuestionnaireItem } from './r4-types.js';
import { canonical, type FhirOptions } from './canonical.js';
import { ANSWER_SYSTEM, LEVEL_SYSTEM } from './code-systems.js';
import { calculated, choiceControl } from './extensions.js';
import { LINK_IDS, fieldLinkId, groupLinkId, questionLinkId, sectionLinkId } from './link-ids.js';
import { LEVEL_LABELS } from './option-labels.js';
import { questionItems } from './question-items.js';
import { familyOf } from '../../validate/instrument-families.js';

/** The repeating group of the RIM's children, which scopes the sections and questions inside it. */
const CHILDREN = 'children' as const;

function pascal(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** A group per section, holding its questions; `counted` gives a checklist's counting items their weights. */
function sectionGroups(instrument: Instrument, counted: boolean, scope?: string): FhirQuestionnaireItem[] {
  return instrument.sections.map((section) => ({
    linkId: sectionLinkId(section.id, scope),
    text: section.label,
    type: 'group' as const,
    item: instrument.items.filter((item) => item.section === section.id).flatMap((item) => questionItems(item, counted, scope)),
  }));
}

/** The RIM's repeating group of children: each child's details, then the sections asked about the child. */
function childrenGroup(instrument: Instrument): FhirQuestionnaireItem {
  return {
    linkId: groupLinkId(CHILDREN),
    text: 'Children',
    type: 'group',
    // At least one child: a household is assessed for its children.
    required: true,
    repeats: true,
    item: [
      { linkId: fieldLinkId(CHILDREN, 'id'), text: 'Child id (opaque)', type: 'string', required: true },
      { linkId: fieldLinkId(CHILDREN, 'dateOfBirth'), text: 'Date of birth', type: 'date' },
      { linkId: fieldLinkId(CHILDREN, 'ageYears'), text: 'Age in years, if no date of birth', type: 'integer' },
      {
        linkId: fieldLinkId(CHILDREN, 'ageMonths'),
        text: 'and months',
        type: 'integer',
        enableWhen: [{ question: fieldLinkId(CHILDREN, 'ageYears'), operator: 'exists', answerBoolean: true }],
      },
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
      // The grade is the assessment: a DARA response without it is not one.
      required: true,
      item: [
        {
          linkId: fieldLinkId('grade', 'level'),
          text: 'Grade',
          type: 'choice',
          required: true,
          extension: [choiceControl(false)],
          answerOption: riskLevels.map((level) => ({ valueCoding: { system: LEVEL_SYSTEM, code: level, display: LEVEL_LABELS[level] } })),
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
      type: 'choice',
      extension: [choiceControl(false)],
      answerOption: answerTypes['yes-no-dont-know'].values
        .filter((value) => value.kind !== 'declined')
        .map((value) => ({ valueCoding: { system: ANSWER_SYSTEM, code: value.value, display: value.label } })),
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
 * @category Interop
 */
export function countExpression(instrument: Instrument): string {
  const ids = instrument.items.filter((item) => item.counts).map((item) => `linkId = '${questionLinkId(item.id)}'`);
  return `%resource.repeat(item).where(${ids.join(' or ')}).answer.value.where(system = '${ANSWER_SYSTEM}' and code = 'yes').count()`;
}

/**
 * An edition as a FHIR R4 Questionnaire, valid against the official R4
 * schema: a `linkId` per item from its stable id, `version` = the edition,
 * each coded question a `choice` shown as radio buttons (`itemControl`)
 * with a label on every answer option. Only a checklist's counting items
 * carry weights (`itemWeight`, and `ordinalValue` for older readers: 1 for
 * yes, 0 otherwise), as only the count is scored from them. Follow-ups show
 * where relevant: sub-options (check boxes when several may be chosen) once
 * the question is answered yes, a comment and the source of the answer once
 * it has any answer (`enableWhen`). The count is a read-only item with an SDC
 * `calculatedExpression` (checklists); DARA adds the grade items, the RIM a
 * repeating group per child. `copyright` carries the licence and attribution;
 * `status` is `draft` for a provisional edition. The result is deep-frozen.
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
 * @category Interop
 */
export function toFhirQuestionnaire(instrument: Instrument, options: FhirOptions = {}): FhirQuestionnaire {
  const meta: FhirQuestionnaireItem = {
    linkId: groupLinkId('assessment'),
    text: 'Assessment',
    type: 'group',
    // Its completion time is required on the RIM, so the group is too (R4 asks for a required item only inside a group that is there).
    ...(familyOf(instrument).id === 'rim' ? { required: true } : {}),
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
    items.push(...sectionGroups(instrument, familyOf(instrument).id === 'checklist'));
  }
  if (familyOf(instrument).id === 'checklist') {
    items.push({
      linkId: LINK_IDS.single.count,
      text: 'Number of yes answers',
      type: 'integer',
      readOnly: true,
      extension: [calculated(countExpression(instrument), 'Only yes counts')],
    });
  }
  if (familyOf(instrument).id === 'dara') items.push(...daraItems());
  const questionnaire: FhirQuestionnaire = {
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
  };
  return deepFreeze(questionnaire);
}
