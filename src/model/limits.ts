/**
 * Size limits on outside data. Generous for real use, small enough that a
 * malformed or hostile input is refused quickly.
 *
 * @module
 */

/**
 * The size limits every validating function applies.
 *
 * @example
 * ```ts
 * limits.commentLength; // 10000
 * ```
 * @since 0.1.0
 * @category Errors and validation
 */
export const limits = /* @__PURE__ */ Object.freeze({
  /** Longest opaque id (assessment, practitioner, event, referral). */
  idLength: 200,
  /** Longest comment on one answer. */
  commentLength: 10_000,
  /** Longest rationale for a judgement or referral. */
  rationaleLength: 20_000,
  /** Most events or referrals in one check. */
  events: 10_000,
  /** Most cases in one management-information report. */
  cases: 1_000_000,
  /** Most items in one instrument edition. */
  items: 500,
  /** Longest label or title in a definition. */
  labelLength: 1_000,
  /** Longest longer text in a definition (summary, licence, reason). */
  textLength: 10_000,
  /**
   * Longest policy text that results quote inside a sentence of their own (a red
   * flag's reason after its title, a DARA check's reason, a need's response, the
   * source of the children's safeguarding rule): short enough that the sentence,
   * title and all, stays within `textLength` and the result reads back.
   */
  quotedTextLength: 8_500,
});
