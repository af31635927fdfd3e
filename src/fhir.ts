/**
 * FHIR R4 (`da-risk/fhir`): each edition as a Questionnaire, assessments
 * to and from QuestionnaireResponses, and the check of an incoming response
 * against its Questionnaire.
 *
 * @module fhir
 */
export { toFhirQuestionnaire, countExpression } from './interop/fhir/questionnaire.js';
export { toQuestionnaireResponse } from './interop/fhir/to-questionnaire-response.js';
export { fromQuestionnaireResponse } from './interop/fhir/from-questionnaire-response.js';
export { validateQuestionnaireResponse } from './interop/fhir/validate-response.js';
export { optionSystem, ANSWER_SYSTEM, SOURCE_SYSTEM, LEVEL_SYSTEM } from './interop/fhir/code-systems.js';
export type { FhirOptions } from './interop/fhir/canonical.js';
export type {
  FhirAnswer,
  FhirCoding,
  FhirExtension,
  FhirQuestionnaire,
  FhirQuestionnaireItem,
  FhirQuestionnaireResponse,
  FhirResponseItem,
} from './interop/fhir/r4-types.js';
