/**
 * An assessment (a checklist or DARA input) as a FHIR R4
 * QuestionnaireResponse: the writing half of the response mapping, whose
 * reading half is {@link fromQuestionnaireResponse}.
 *
 * @module
 */
import { daRiskError } from '../../errors/error.js';
import { answerTypes } from '../../model/answers.js';
import type { AssessmentInput } from '../../model/assessment.js';
import type { DaraInput } from '../../model/dara.js';
import { deepFreeze } from '../../common/deep-freeze.js';
import type { Instrument } from '../../model/instrument.js';
import type { FhirQuestionnaireResponse, FhirResponseItem } from '../fhir-types.js';
import { versionedCanonical, type FhirOptions } from './canonical.js';
import { ANSWER_SYSTEM, LEVEL_SYSTEM, SOURCE_SYSTEM, optionSystem } from './code-systems.js';
import { LINK_IDS, fieldLinkId, followUpLinkId, groupLinkId, optionsLinkId, questionLinkId, sectionLinkId } from './link-ids.js';
import { familyOf } from '../../validate/instrument-families.js';

/** The answered questions, a group per section that has any: each answer with its sub-options, comment and source. */
function answerItems(instrument: Instrument, answers: AssessmentInput['answers']): FhirResponseItem[] {
  return instrument.sections.flatMap((section) => {
    const children: FhirResponseItem[] = [];
    for (const item of instrument.items) {
      if (item.section !== section.id) continue;
      const answer = answers[item.id];
      if (answer === undefined) continue;
      const linkId = questionLinkId(item.id);
      if (answerTypes[item.answerType].freeText) {
        children.push({ linkId, answer: [{ valueString: answer.value }] });
        if (answer.source !== undefined) children.push({ linkId: followUpLinkId(linkId, 'source'), answer: [{ valueCoding: { system: SOURCE_SYSTEM, code: answer.source } }] });
        continue;
      }
      children.push({ linkId, answer: [{ valueCoding: { system: ANSWER_SYSTEM, code: answer.value } }] });
      if (answer.options !== undefined) {
        for (const group of item.optionGroups) {
          const chosen = answer.options.filter((option) => group.choices.some((choice) => choice.id === option));
          children.push({
            linkId: optionsLinkId(linkId, group.id),
            answer: chosen.map((code) => ({ valueCoding: { system: optionSystem(item.id), code } })),
          });
        }
      }
      if (answer.comment !== undefined) children.push({ linkId: followUpLinkId(linkId, 'comment'), answer: [{ valueString: answer.comment }] });
      if (answer.source !== undefined) children.push({ linkId: followUpLinkId(linkId, 'source'), answer: [{ valueCoding: { system: SOURCE_SYSTEM, code: answer.source } }] });
    }
    return children.length === 0 ? [] : [{ linkId: sectionLinkId(section.id), item: children }];
  });
}

/** DARA's items after the questions: the grade, the children in the household, observations, evidence and the secondary assessment. */
function daraItems(input: DaraInput): FhirResponseItem[] {
  const item: FhirResponseItem[] = [];
  const grade: FhirResponseItem[] = [
    { linkId: fieldLinkId('grade', 'level'), answer: [{ valueCoding: { system: LEVEL_SYSTEM, code: input.grade.level } }] },
    { linkId: fieldLinkId('grade', 'rationale'), answer: [{ valueString: input.grade.rationale }] },
    { linkId: fieldLinkId('grade', 'by'), answer: [{ valueString: input.grade.by }] },
    { linkId: fieldLinkId('grade', 'at'), answer: [{ valueDateTime: input.grade.at }] },
  ];
  if (input.grade.referToMarac !== undefined) grade.push({ linkId: fieldLinkId('grade', 'referToMarac'), answer: [{ valueBoolean: input.grade.referToMarac }] });
  item.push({ linkId: groupLinkId('grade'), item: grade });
  if (input.childrenInHousehold !== undefined) {
    item.push({ linkId: fieldLinkId('household', 'children'), answer: [{ valueCoding: { system: ANSWER_SYSTEM, code: input.childrenInHousehold } }] });
  }
  if (input.observations !== undefined) item.push({ linkId: LINK_IDS.single.observations, answer: input.observations.map((value) => ({ valueString: value })) });
  if (input.evidence !== undefined) item.push({ linkId: LINK_IDS.single.evidence, answer: input.evidence.map((value) => ({ valueString: value })) });
  if (input.secondaryAssessment !== undefined) {
    item.push({
      linkId: groupLinkId('secondary'),
      item: [
        { linkId: fieldLinkId('secondary', 'instrument'), answer: [{ valueString: input.secondaryAssessment.instrument.id }] },
        { linkId: fieldLinkId('secondary', 'edition'), answer: [{ valueString: input.secondaryAssessment.instrument.edition }] },
        { linkId: fieldLinkId('secondary', 'assessmentId'), answer: [{ valueString: input.secondaryAssessment.assessmentId }] },
      ],
    });
  }
  return item;
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
  if (familyOf(instrument).id === 'rim') {
    throw daRiskError('invalid-input', ['instrument'], 'not-supported', 'RIM assessments have a Questionnaire but no QuestionnaireResponse mapping yet');
  }
  if (input.instrument.id !== instrument.id || input.instrument.edition !== instrument.edition) {
    throw daRiskError('invalid-input', ['instrument'], 'edition-mismatch', 'the input names a different edition');
  }
  const meta: FhirResponseItem[] = [];
  if (input.id !== undefined) meta.push({ linkId: fieldLinkId('assessment', 'id'), answer: [{ valueString: input.id }] });
  if (input.assessedAt !== undefined) meta.push({ linkId: fieldLinkId('assessment', 'assessedAt'), answer: [{ valueDateTime: input.assessedAt }] });
  const item: FhirResponseItem[] = [];
  if (meta.length > 0) item.push({ linkId: groupLinkId('assessment'), item: meta });
  item.push(...answerItems(instrument, input.answers));
  if ('grade' in input) item.push(...daraItems(input));
  return deepFreeze({
    resourceType: 'QuestionnaireResponse',
    questionnaire: versionedCanonical(instrument, options),
    status: 'completed',
    ...(input.assessedAt === undefined ? {} : { authored: input.assessedAt }),
    item,
  });
}
