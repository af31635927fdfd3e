/**
 * The parts of FHIR R4 that da-risk reads and writes, kept minimal so that
 * no FHIR type package is needed at runtime or in the public types.
 *
 * @module
 */

/**
 * A FHIR R4 Coding.
 *
 * @since 0.1.0
 */
export interface FhirCoding {
  /** Code system. */
  readonly system?: string;
  /** Code. */
  readonly code?: string;
  /** Display text. */
  readonly display?: string;
}

/**
 * A FHIR R4 Extension (the value types da-risk uses).
 *
 * @since 0.1.0
 */
export interface FhirExtension {
  /** Extension URL. */
  readonly url: string;
  /** Decimal value (item weight, ordinal value). */
  readonly valueDecimal?: number;
  /** Expression value (SDC calculated expression). */
  readonly valueExpression?: { readonly language: string; readonly expression: string; readonly description?: string };
  /** String value. */
  readonly valueString?: string;
}

/**
 * A FHIR R4 Questionnaire item.
 *
 * @since 0.1.0
 */
export interface FhirQuestionnaireItem {
  /** Stable id of the item. */
  readonly linkId: string;
  /** The official number, shown before the text. */
  readonly prefix?: string;
  /** The label. */
  readonly text?: string;
  /** Item type. */
  readonly type: 'group' | 'display' | 'boolean' | 'decimal' | 'integer' | 'date' | 'dateTime' | 'string' | 'text' | 'coding';
  /** Whether it repeats. */
  readonly repeats?: boolean;
  /** Whether it is read-only. */
  readonly readOnly?: boolean;
  /** Whether an answer is required. */
  readonly required?: boolean;
  /** When the item is enabled. */
  readonly enableWhen?: readonly { readonly question: string; readonly operator: '='; readonly answerCoding: FhirCoding }[];
  /** Allowed answers. */
  readonly answerOption?: readonly { readonly valueCoding: FhirCoding; readonly extension?: readonly FhirExtension[] }[];
  /** Extensions. */
  readonly extension?: readonly FhirExtension[];
  /** Child items. */
  readonly item?: readonly FhirQuestionnaireItem[];
}

/**
 * A FHIR R4 Questionnaire.
 *
 * @since 0.1.0
 */
export interface FhirQuestionnaire {
  /** Always `Questionnaire`. */
  readonly resourceType: 'Questionnaire';
  /** Canonical URL. */
  readonly url: string;
  /** The edition. */
  readonly version: string;
  /** Computer-friendly name. */
  readonly name: string;
  /** Title. */
  readonly title: string;
  /** `active` for a verified edition, `draft` for a provisional one. */
  readonly status: 'draft' | 'active';
  /** Publisher. */
  readonly publisher: string;
  /** Summary. */
  readonly description: string;
  /** Licence and attribution. */
  readonly copyright: string;
  /** Items. */
  readonly item: readonly FhirQuestionnaireItem[];
}

/**
 * One answer in a QuestionnaireResponse.
 *
 * @since 0.1.0
 */
export interface FhirAnswer {
  /** A coded answer. */
  readonly valueCoding?: FhirCoding;
  /** A text answer. */
  readonly valueString?: string;
  /** A date-time answer. */
  readonly valueDateTime?: string;
  /** A date answer. */
  readonly valueDate?: string;
  /** A boolean answer. */
  readonly valueBoolean?: boolean;
  /** An integer answer. */
  readonly valueInteger?: number;
}

/**
 * A QuestionnaireResponse item.
 *
 * @since 0.1.0
 */
export interface FhirResponseItem {
  /** The Questionnaire item's linkId. */
  readonly linkId: string;
  /** Answers. */
  readonly answer?: readonly FhirAnswer[];
  /** Child items (groups). */
  readonly item?: readonly FhirResponseItem[];
}

/**
 * A FHIR R4 QuestionnaireResponse.
 *
 * @since 0.1.0
 */
export interface FhirQuestionnaireResponse {
  /** Always `QuestionnaireResponse`. */
  readonly resourceType: 'QuestionnaireResponse';
  /** The Questionnaire: `url|version`. */
  readonly questionnaire: string;
  /** `completed` (or `in-progress`, `amended`). */
  readonly status: 'in-progress' | 'completed' | 'amended';
  /** When it was completed. */
  readonly authored?: string;
  /** Items. */
  readonly item?: readonly FhirResponseItem[];
}
