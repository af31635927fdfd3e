/**
 * The code systems of the codings the Questionnaires offer and the
 * QuestionnaireResponses carry.
 *
 * @module
 */

/** Code system of answer values. @since 0.1.0
 * @example
 * ```ts
 * response.item[0].item[0].answer[0].valueCoding.system; // 'urn:da-risk:answer'
 * ```
 * @category Interop
 */
export const ANSWER_SYSTEM = 'urn:da-risk:answer';
/** Code system of answer sources. @since 0.1.0
 * @example
 * ```ts
 * ({ system: SOURCE_SYSTEM, code: 'victim' }); // the coding of an answer's source
 * ```
 * @category Interop
 */
export const SOURCE_SYSTEM = 'urn:da-risk:answer-source';
/** Code system of risk levels. @since 0.1.0
 * @example
 * ```ts
 * ({ system: LEVEL_SYSTEM, code: 'high' }); // the coding of a DARA grade
 * ```
 * @category Interop
 */
export const LEVEL_SYSTEM = 'urn:da-risk:risk-level';
/** Code system of an item's sub-options. @since 0.1.0
 * @example
 * ```ts
 * optionSystem('threats-to-kill'); // 'urn:da-risk:option:threats-to-kill'
 * ```
 * @category Interop
 */
export function optionSystem(itemId: string): string {
  return `urn:da-risk:option:${itemId}`;
}
