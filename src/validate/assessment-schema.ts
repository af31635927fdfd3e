/**
 * The assessment input schema of one edition, built from the edition's data:
 * its item ids, answer values and sub-options. Built once per edition and
 * compiled where the runtime allows it.
 *
 * @module
 */
import * as z from 'zod';
import { answerTypes } from '../model/answers.js';
import type { AssessmentInput } from '../model/assessment.js';
import type { Instrument, Item } from '../model/instrument.js';
import { limits } from '../model/limits.js';
import { answerSource, isoDateTime, opaqueId } from './primitives.js';

const comment = /* @__PURE__ */ z.string().max(limits.commentLength).regex(/\S/);

const freeText = /* @__PURE__ */ z.string().max(limits.commentLength).regex(/\S/);

function answerSchema(item: Item): z.ZodType {
  if (answerTypes[item.answerType].freeText) {
    return z.strictObject({ value: freeText, source: z.exactOptional(answerSource) }).meta({ description: `${item.number}. ${item.label}` });
  }
  const values = answerTypes[item.answerType].values.map((v) => v.value) as [string, ...string[]];
  const choices = item.optionGroups.flatMap((group) => group.choices.map((choice) => choice.id));
  const description = `${item.number}. ${item.label}`;
  if (choices.length === 0) {
    return z
      .strictObject({ value: z.enum(values), comment: z.exactOptional(comment), source: z.exactOptional(answerSource) })
      .meta({ description });
  }
  const others = values.filter((value) => value !== 'yes') as [string, ...string[]];
  return z
    .discriminatedUnion('value', [
      z.strictObject({
        value: z.literal('yes'),
        comment: z.exactOptional(comment),
        options: z.exactOptional(z.array(z.enum(choices as [string, ...string[]])).max(choices.length)),
        source: z.exactOptional(answerSource),
      }),
      z.strictObject({ value: z.enum(others), comment: z.exactOptional(comment), source: z.exactOptional(answerSource) }),
    ])
    .meta({ description });
}

/**
 * The schema of an edition's answers object: every item optional, no other key.
 *
 * @internal
 */
export function answersSchema(instrument: Instrument) {
  const shape: Record<string, z.ZodType> = {};
  for (const item of instrument.items) shape[item.id] = z.exactOptional(answerSchema(item));
  return z.strictObject(shape);
}

/**
 * The schema of the reference to one edition.
 *
 * @internal
 */
export function editionRefSchema(instrument: Instrument) {
  return z.strictObject({ id: z.literal(instrument.id), edition: z.literal(instrument.edition) });
}

/**
 * Builds the zod schema of an assessment input for one edition (not cached,
 * not compiled). Structure only: no refinements or transforms.
 *
 * @internal
 */
export function buildAssessmentSchema(instrument: Instrument) {
  return z.strictObject({
    instrument: editionRefSchema(instrument),
    id: z.exactOptional(opaqueId),
    assessedAt: z.exactOptional(isoDateTime),
    answers: answersSchema(instrument),
  });
}

const CACHE = new WeakMap<Instrument, Map<(instrument: Instrument) => z.ZodType, z.ZodType>>();

/**
 * The input schema an edition gets from `build`, built once per edition and
 * compiled where the runtime allows it.
 *
 * @internal
 */
export function cachedSchema(instrument: Instrument, build: (instrument: Instrument) => z.ZodType): z.ZodType {
  let byBuilder = CACHE.get(instrument);
  if (byBuilder === undefined) {
    byBuilder = new Map();
    CACHE.set(instrument, byBuilder);
  }
  let schema = byBuilder.get(build);
  if (schema === undefined) {
    schema = z.compile(build(instrument));
    byBuilder.set(build, schema);
  }
  return schema;
}

/**
 * The (cached, compiled where possible) assessment input schema of an edition.
 *
 * @internal
 */
export function assessmentSchemaFor(instrument: Instrument): z.ZodType<AssessmentInput> {
  // Built from the edition's data, so zod cannot infer the answers' types; the shape is an AssessmentInput by construction.
  return cachedSchema(instrument, buildAssessmentSchema) as z.ZodType<AssessmentInput>;
}
