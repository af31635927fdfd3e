/// <reference types="fhir" preserve="true" />
/**
 * The FHIR R4 types of the Questionnaires and QuestionnaireResponses, named
 * for this package. Each is an alias of the `@types/fhir` R4 type (the
 * `fhir4` namespace), not a copy: what the library writes is checked against
 * the same types a FHIR client uses. A type reference, not an import: the
 * package imports nothing at run time for these.
 *
 * @module
 */

/**
 * A FHIR R4 Coding (`fhir4.Coding`).
 *
 * @example
 * ```ts
 * const yes: FhirCoding = { system: ANSWER_SYSTEM, code: 'yes', display: 'Yes' };
 * ```
 * @since 0.1.0
 * @category Interop
 */
export type FhirCoding = fhir4.Coding;

/**
 * A FHIR R4 Extension (`fhir4.Extension`).
 *
 * @example
 * ```ts
 * const weight: FhirExtension = { url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 1 };
 * ```
 * @since 0.1.0
 * @category Interop
 */
export type FhirExtension = fhir4.Extension;

/**
 * A FHIR R4 Questionnaire (`fhir4.Questionnaire`). The library's are deep-frozen.
 *
 * @example
 * ```ts
 * const questionnaire: FhirQuestionnaire = toFhirQuestionnaire(dashRic2009);
 * ```
 * @since 0.1.0
 * @category Interop
 */
export type FhirQuestionnaire = fhir4.Questionnaire;

/**
 * A FHIR R4 Questionnaire item (`fhir4.QuestionnaireItem`).
 *
 * @example
 * ```ts
 * const items: FhirQuestionnaireItem[] = toFhirQuestionnaire(dashRic2009).item ?? [];
 * ```
 * @since 0.1.0
 * @category Interop
 */
export type FhirQuestionnaireItem = fhir4.QuestionnaireItem;

/**
 * A FHIR R4 QuestionnaireResponse (`fhir4.QuestionnaireResponse`). The library's are deep-frozen.
 *
 * @example
 * ```ts
 * const response: FhirQuestionnaireResponse = toQuestionnaireResponse(dashRic2009, input);
 * ```
 * @since 0.1.0
 * @category Interop
 */
export type FhirQuestionnaireResponse = fhir4.QuestionnaireResponse;

/**
 * A FHIR R4 QuestionnaireResponse item (`fhir4.QuestionnaireResponseItem`).
 *
 * @example
 * ```ts
 * const sections: FhirResponseItem[] = toQuestionnaireResponse(dashRic2009, input).item ?? [];
 * ```
 * @since 0.1.0
 * @category Interop
 */
export type FhirResponseItem = fhir4.QuestionnaireResponseItem;

/**
 * One answer of a FHIR R4 QuestionnaireResponse item (`fhir4.QuestionnaireResponseItemAnswer`).
 *
 * @example
 * ```ts
 * const answer: FhirAnswer = { valueCoding: { system: ANSWER_SYSTEM, code: 'yes' } };
 * ```
 * @since 0.1.0
 * @category Interop
 */
export type FhirAnswer = fhir4.QuestionnaireResponseItemAnswer;
