/**
 * The established FHIR extensions the Questionnaires use, and nothing made
 * up: item weights (`itemWeight`, with `ordinalValue` for R4 readers), how a
 * choice is shown (`questionnaire-itemControl`) and the SDC calculated
 * expression. No item is hidden, so `questionnaire-hidden` is not used.
 *
 * @module
 */
import type { FhirExtension } from './r4-types.js';

/** The core extension for an answer option's weight in a score. @internal */
export const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
/** The R4 extension older readers take the weight from. @internal */
export const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
/** The SDC extension for a value worked out from the other answers. @internal */
export const CALCULATED = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';
/** The core extension for the control a renderer shows an item with. @internal */
export const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
/** The code system of the controls. @internal */
export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';

/**
 * An answer option's weight in a score, in both extensions that carry one.
 *
 * @internal
 */
export function weight(value: number): FhirExtension[] {
  return [
    { url: ITEM_WEIGHT, valueDecimal: value },
    { url: ORDINAL_VALUE, valueDecimal: value },
  ];
}

/**
 * How a renderer shows a choice item: radio buttons for one answer, check
 * boxes for several.
 *
 * @internal
 */
export function choiceControl(repeats: boolean): FhirExtension {
  return { url: ITEM_CONTROL, valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: repeats ? 'check-box' : 'radio-button' }] } };
}

/**
 * A value a form filler works out with a FHIRPath expression.
 *
 * @internal
 */
export function calculated(expression: string, description: string): FhirExtension {
  return { url: CALCULATED, valueExpression: { language: 'text/fhirpath', expression, description } };
}
