/**
 * The zod schema of an incoming FHIR R4 QuestionnaireResponse: its structure
 * only (resource type, `questionnaire`, one of R4's statuses, and items nested
 * at most {@link MAX_ITEM_DEPTH} deep, under an item or under an answer, each
 * with a link id). Whether the items and answers fit the Questionnaire — the
 * value types, the codes, the positions — is checked in `interop/fhir`
 * (`validate-response.ts`), which reports each problem by its path.
 *
 * @module
 */
import * as z from 'zod';

/**
 * An answer of a response item, as the schema lets it through: an object whose
 * value[x] is checked against the item later; items nested under it, if any.
 *
 * @internal
 */
export type ResponseAnswerData = { [key: string]: unknown; item?: ResponseItemData[] | undefined };

/** An item of a response, as the schema lets it through (other keys kept). @internal */
export type ResponseItemData = { [key: string]: unknown; linkId: string; answer?: ResponseAnswerData[] | undefined; item?: ResponseItemData[] | undefined };

/**
 * How deep a response's `item`s may nest, counting an item under an answer
 * like an item under an item: a top-level item is at depth 1. The
 * Questionnaires nest at most 4 deep (the RIM's child, section, question and
 * example note under its answer).
 *
 * @internal
 */
export const MAX_ITEM_DEPTH = 10;

/** The statuses of an R4 QuestionnaireResponse (`QuestionnaireResponseStatus`). @internal */
export const R4_RESPONSE_STATUSES = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'] as const;

/** An R4 QuestionnaireResponse status. @internal */
export type R4ResponseStatus = (typeof R4_RESPONSE_STATUSES)[number];

/**
 * The item schema, built level by level rather than recursively, so that
 * neither zod nor the checks of a response ever recurse deeper than
 * {@link MAX_ITEM_DEPTH}: an item at the last level that has child items (under
 * itself or under an answer) is refused (`max-depth`) without its children
 * being read.
 */
const itemSchema: z.ZodType<ResponseItemData> = /* @__PURE__ */ (() => {
  const linkId = z.string().min(1).max(300);
  const tooDeep = z.custom<never>(() => false, {
    params: { rule: 'max-depth', message: `nests items more than ${MAX_ITEM_DEPTH} deep` },
  });
  const level = (children: z.ZodType<ResponseItemData[] | undefined>): z.ZodType<ResponseItemData> =>
    z.looseObject({ linkId, answer: z.optional(z.array(z.looseObject({ item: children })).max(100)), item: children });
  let current = level(z.optional(tooDeep));
  for (let depth = MAX_ITEM_DEPTH - 1; depth >= 1; depth--) current = level(z.optional(z.array(current).max(1_000)));
  return current;
})();

/** A QuestionnaireResponse as the schema lets it through (other keys kept). @internal */
export interface ResponseData {
  readonly [key: string]: unknown;
  readonly resourceType: 'QuestionnaireResponse';
  readonly questionnaire: string;
  readonly status: R4ResponseStatus;
  readonly authored?: string | undefined;
  readonly item?: ResponseItemData[] | undefined;
}

/**
 * The schema of an incoming QuestionnaireResponse (structure only).
 *
 * @internal
 */
export const questionnaireResponseSchema: z.ZodType<ResponseData> = /* @__PURE__ */ z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  questionnaire: z.string().min(1).max(2_000),
  status: z.enum(R4_RESPONSE_STATUSES),
  authored: z.optional(z.string()),
  item: z.optional(z.array(itemSchema).max(1_000)),
});
