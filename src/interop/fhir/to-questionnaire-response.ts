/**
 * An assessment (a checklist, DARA or RIM input) as a FHIR R4
 * QuestionnaireResponse: the writing half of the response mapping, whose
 * reading half is {@link fromQuestionnaireResponse}.
 *
 * @module
 */
import { daRiskError } from '../../errors/error.js';
import type { AssessmentInput } from '../../model/assessment.js';
import type { DaraInput } from '../../model/dara.js';
import type { RimInput } from '../../model/rim.js';
import { deepFreeze } from '../../common/deep-freeze.js';
import type { Instrument } from '../../model/instrument.js';
import type { FhirQuestionnaireResponse, FhirResponseItem } from './r4-types.js';
import { versionedCanonical, type FhirOptions } from './canonical.js';
import { ANSWER_SYSTEM, LEVEL_SYSTEM } from './code-systems.js';
import { answerItems } from './answer-items.js';
import { LINK_IDS, fieldLinkId, groupLinkId } from './link-ids.js';
import { rimResponseItems } from './rim-response-items.js';
import { familyOf } from '../../validate/instrument-families.js';

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

/** The items after the assessment's id and time, by the edition's family; an input of another family is refused. */
function familyItems(instrument: Instrument, input: AssessmentInput | DaraInput | RimInput): FhirResponseItem[] {
  const family = familyOf(instrument).id;
  const shape = 'children' in input ? 'rim' : 'grade' in input ? 'dara' : 'checklist';
  if (shape !== family) throw daRiskError('invalid-input', ['input'], 'wrong-family', `is not an input of the edition's family (${family})`);
  if ('children' in input) return rimResponseItems(instrument, input);
  return [...answerItems(instrument, input.answers), ...('grade' in input ? daraItems(input) : [])];
}

/**
 * An assessment (a checklist, DARA or RIM input) as a FHIR R4
 * QuestionnaireResponse for the edition's Questionnaire, valid against the
 * official R4 schema. Unanswered items are left out; sub-options, comments
 * and sources are kept, and a RIM household's children each come as one
 * repeat of the `children` group (the child's details, then the child's own
 * indicators), so {@link fromQuestionnaireResponse} gives the same
 * assessment back. One difference FHIR cannot carry: a RIM child given an
 * empty `answers` object has no answer items, so it reads back without
 * `answers` (the same meaning: no indicator of the child's own). The result
 * is deep-frozen.
 *
 * @param instrument - the edition the input names
 * @param input - a validated assessment input (checklist, DARA or RIM) of that edition
 * @param options - canonical URL base
 * @returns the QuestionnaireResponse
 * @throws {@link DaRiskError} `invalid-input` when the input names another edition, or is not of the edition's family
 *
 * @example
 * ```ts
 * const response = toQuestionnaireResponse(dashRic2009, input);
 * response.questionnaire; // 'https://da-risk.invalid/fhir/Questionnaire/dash-ric|2009'
 * ```
 * @since 0.1.0
 * @category Interop
 */
export function toQuestionnaireResponse(instrument: Instrument, input: AssessmentInput | DaraInput | RimInput, options: FhirOptions = {}): FhirQuestionnaireResponse {
  if (input.instrument.id !== instrument.id || input.instrument.edition !== instrument.edition) {
    throw daRiskError('invalid-input', ['instrument'], 'edition-mismatch', 'the input names a different edition');
  }
  const meta: FhirResponseItem[] = [];
  if (input.id !== undefined) meta.push({ linkId: fieldLinkId('assessment', 'id'), answer: [{ valueString: input.id }] });
  if (input.assessedAt !== undefined) meta.push({ linkId: fieldLinkId('assessment', 'assessedAt'), answer: [{ valueDateTime: input.assessedAt }] });
  const item: FhirResponseItem[] = [];
  if (meta.length > 0) item.push({ linkId: groupLinkId('assessment'), item: meta });
  item.push(...familyItems(instrument, input));
  const response: FhirQuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: versionedCanonical(instrument, options),
    status: 'completed',
    ...(input.assessedAt === undefined ? {} : { authored: input.assessedAt }),
    item,
  };
  return deepFreeze(response);
}
