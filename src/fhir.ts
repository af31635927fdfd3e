/**
 * FHIR R4 (`da-risk/fhir`): each edition as a Questionnaire, and assessments
 * to and from QuestionnaireResponses.
 *
 * @module fhir
 */
export {
  toFhirQuestionnaire,
  toQuestionnaireResponse,
  fromQuestionnaireResponse,
  countExpression,
  optionSystem,
  ANSWER_SYSTEM,
  SOURCE_SYSTEM,
  LEVEL_SYSTEM,
} from './interop/fhir.js';
export type { FhirOptions } from './interop/fhir.js';
export type {
  FhirAnswer,
  FhirCoding,
  FhirExtension,
  FhirQuestionnaire,
  FhirQuestionnaireItem,
  FhirQuestionnaireResponse,
  FhirResponseItem,
} from './interop/fhir-types.js';
