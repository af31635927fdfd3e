/**
 * The zod schema of an incoming FHIR R4 QuestionnaireResponse: its structure
 * only (resource type, `questionnaire`, status, and items nested at most
 * {@link MAX_ITEM_DEPTH} deep, each with a link id and answers). What the
 * link ids and answers mean is read in `interop/fhir`.
 *
 * @module
 */
import * as z from 'zod';

const coding = z.looseObject({ system: z.optional(z.string()), code: z.optional(z.string()), display: z.optional(z.string()) });
const answerSchema = z.looseObject({
  valueCoding: z.optional(coding),
  valueString: z.optional(z.string()),
  valueDateTime: z.optional(z.string()),
  valueBoolean: z.optional(z.boolean()),
});

/** An answer of a response item, as the schema lets it through (other keys kept). @internal */
export type ResponseAnswerData = z.infer<typeof answerSchema>;

/** An item of a response, as the schema lets it through (other keys kept). @internal */
export type ResponseItemData = { [key: string]: unknown; linkId: string; answer?: ResponseAnswerData[] | undefined; item?: ResponseItemData[] | undefined };

/**
 * How deep a response's `item`s may nest: a top-level item is at depth 1. The
 * Questionnaires nest at most 4 deep (the RIM's child, section, question and
 * example note); responses read here at most 3.
 *
 * @internal
 */
export const MAX_ITEM_DEPTH = 10;

/**
 * The item schema, built level by level rather than recursively, so that
 * neither zod nor the reader of a response ever recurses deeper than
 * {@link MAX_ITEM_DEPTH}: an item at the last level that has child items is
 * refused (`max-depth`) without its children being read.
 */
const itemSchema: z.ZodType<ResponseItemData> = (() => {
  const linkId = z.string().min(1).max(300);
  const answer = z.optional(z.array(answerSchema).max(100));
  const tooDeep = z.custom<never>(() => false, {
    params: { rule: 'max-depth', message: `nests items more than ${MAX_ITEM_DEPTH} deep` },
  });
  let level: z.ZodType<ResponseItemData> = z.looseObject({ linkId, answer, item: z.optional(tooDeep) });
  for (let depth = MAX_ITEM_DEPTH - 1; depth >= 1; depth--) {
    level = z.looseObject({ linkId, answer, item: z.optional(z.array(level).max(1_000)) });
  }
  return level;
})();

/**
 * The schema of an incoming QuestionnaireResponse (structure only).
 *
 * @internal
 */
export const questionnaireResponseSchema = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  questionnaire: z.string().min(1).max(2_000),
  status: z.enum(['in-progress', 'completed', 'amended']),
  authored: z.optional(z.string()),
  item: z.optional(z.array(itemSchema).max(1_000)),
});
