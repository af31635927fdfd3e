/**
 * zod schemas for RIM inputs and results.
 *
 * @module
 */
import * as z from 'zod';
import type { RimInput, RimPolicy, RimPolicyFormat1, RimRulesPolicy, ThresholdOfNeedPolicy } from '../model/rim.js';
import type { Instrument } from '../model/instrument.js';
import { answersSchema, cachedSchema, editionRefSchema } from './assessment-schema.js';
import { limits } from '../model/limits.js';
import { isoDateTime, kebabId, opaqueId, policyBasis } from './primitives.js';
import { judgementRule, quotedText } from './policy-schema.js';
import { policyHead } from './primitives.js';
import { auditEventSchema, noticeSchema, resultInstrumentSchema } from './result-schema.js';

/** A RIM scale. @internal */
export const rimScale = /* @__PURE__ */ z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** Most children in one household assessment. @internal */
export const MAX_CHILDREN = 30;

/** The oldest age, in whole years, a RIM takes for a child: given, or worked out from a date of birth. @internal */
export const MAX_CHILD_YEARS = 25;

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Whole years from a date of birth to the calendar date of the assessment,
 * counted as the classification counts them; undefined when either is unreadable
 * (the classification reports that).
 */
function yearsOn(dateOfBirth: string, assessedAt: string): number | undefined {
  const birth = DATE.exec(dateOfBirth);
  const on = DATE.exec(assessedAt);
  if (birth === null || on === null) return undefined;
  let months = (Number(on[1]) - Number(birth[1])) * 12 + (Number(on[2]) - Number(birth[2]));
  if (Number(on[3]) < Number(birth[3])) months--;
  return Math.floor(months / 12);
}

/**
 * Builds the RIM input schema of an edition (structure, and one cross-field
 * rule no schema document can state: a date of birth may not make a child
 * older than {@link MAX_CHILD_YEARS} on the assessment date, the most an age
 * given in years may be, so that every input accepted gives a result that
 * reads back).
 *
 * @internal
 */
export function buildRimSchema(instrument: Instrument) {
  return buildRimShape(instrument).superRefine((value, context) => {
    value.children.forEach((child, index) => {
      if (child.dateOfBirth === undefined) return;
      const years = yearsOn(child.dateOfBirth, value.assessedAt);
      if (years !== undefined && years > MAX_CHILD_YEARS) {
        context.addIssue({
          code: 'custom',
          path: ['children', index, 'dateOfBirth'],
          message: '',
          params: { rule: 'too-old', message: `gives an age above ${MAX_CHILD_YEARS} years on the assessment date, the most the matrix takes` },
        });
      }
    });
  });
}

/**
 * The (cached, compiled where possible) RIM input schema of an edition.
 *
 * @internal
 */
export function rimSchemaFor(instrument: Instrument): z.ZodType<RimInput> {
  // Built from the edition's data, so zod cannot infer the answers' types; the shape is a RimInput by construction.
  return cachedSchema(instrument, buildRimSchema) as z.ZodType<RimInput>;
}

function buildRimShape(instrument: Instrument) {
  const answers = answersSchema(instrument);
  return z.strictObject({
    instrument: editionRefSchema(instrument),
    id: z.exactOptional(opaqueId),
    assessedAt: isoDateTime,
    pregnancy: z.exactOptional(z.boolean()),
    answers,
    children: z
      .array(
        z.strictObject({
          id: opaqueId,
          dateOfBirth: z.exactOptional(z.iso.date()),
          age: z.exactOptional(z.strictObject({ years: z.int().min(0).max(MAX_CHILD_YEARS), months: z.exactOptional(z.int().min(0).max(11)) })),
          specialNeeds: z.boolean(),
          answers: z.exactOptional(answers),
        }),
      )
      .min(1)
      .max(MAX_CHILDREN),
  });
}

const ids = /* @__PURE__ */ z.array(kebabId).max(limits.items);
const text = /* @__PURE__ */ z.string().max(limits.textLength);
const need = /* @__PURE__ */ z.strictObject({ scale: rimScale, threshold: text, response: text });

const childResult = /* @__PURE__ */ z.strictObject({
  childId: opaqueId,
  age: z.strictObject({ years: z.int().min(0).max(MAX_CHILD_YEARS), months: z.int().min(0).max(11) }),
  ageFrom: z.enum(['date-of-birth', 'given']),
  youngChild: z.boolean(),
  baby: z.boolean(),
  specialNeeds: z.boolean(),
  confirmed: ids,
  suspected: ids,
  absent: ids,
  highestConfirmed: z.nullable(rimScale),
  suspectedAbove: z.array(z.strictObject({ item: kebabId, scale: rimScale })).max(limits.items),
  pregnancyRule: z.boolean(),
  flags: z.array(z.strictObject({ id: z.literal('pregnancy-or-baby-incident-suspected'), reason: text })).max(10),
  suggested: z.nullable(rimScale),
  uplift: z.nullable(z.strictObject({ from: rimScale, to: rimScale, reason: text, decision: z.enum(['pending', 'accepted', 'rejected']) })),
  protectiveFactors: ids,
  final: z.strictObject({ scale: z.nullable(rimScale), basis: z.enum(['suggested', 'uplift', 'judgement']) }),
  judgement: z.strictObject({ status: z.enum(['pending', 'recorded']), prompt: text }),
  need: z.nullable(need),
  steps: z.array(text).max(1_000),
});

const ref = /* @__PURE__ */ z.strictObject({ id: kebabId, version: z.string().min(1).max(50), basis: policyBasis });
const perScale = /* @__PURE__ */ z.int().min(0).max(MAX_CHILDREN);

/** A RIM result, format 1. @internal */
export const rimResultSchema = /* @__PURE__ */ z.strictObject({
  resultFormat: z.literal(1),
  kind: z.literal('rim'),
  assessmentId: z.nullable(opaqueId),
  assessedAt: isoDateTime,
  instrument: resultInstrumentSchema,
  policy: ref,
  needPolicy: ref,
  pregnancy: z.boolean(),
  children: z.array(childResult).min(1).max(MAX_CHILDREN),
  household: z.strictObject({
    children: perScale,
    highestFinal: z.nullable(rimScale),
    byScale: z.strictObject({ 1: perScale, 2: perScale, 3: perScale, 4: perScale, none: perScale }),
    pendingDecisions: z.int().min(0).max(MAX_CHILDREN * 2),
    reason: text,
  }),
  notices: z.array(noticeSchema).max(100),
  history: z.array(auditEventSchema).max(10_000),
});

const rimScaleLiteral = rimScale;
const needTitle = /* @__PURE__ */ z.string().min(1).max(limits.labelLength);
const needText = /* @__PURE__ */ z.string().min(1).max(limits.textLength);

const ruleSource = /* @__PURE__ */ z.exactOptional(needText);

/** Shape of a RIM policy in the current format: each rule with its basis and, optionally, its source. @internal */
export const rimRulesPolicySchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('rim'),
  ...policyHead,
  instruments: z.array(kebabId).max(100),
  scales: z.strictObject({ basis: policyBasis, source: ruleSource }),
  suggestedScale: z.strictObject({ rule: z.literal('highest-confirmed'), basis: policyBasis, source: ruleSource }),
  uplift: z.strictObject({ underAge: z.int().min(0).max(25), basis: policyBasis, source: ruleSource }),
  pregnancyOrBaby: z.strictObject({ underMonths: z.int().min(0).max(60), basis: policyBasis, source: ruleSource, note: z.exactOptional(needText) }),
  judgement: judgementRule,
}) satisfies z.ZodType<RimRulesPolicy>;

/** Shape of a RIM policy in the retired format 1 (read back only). @internal */
export const rimPolicyFormat1Schema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('rim'),
  ...policyHead,
  instruments: z.array(kebabId).max(100),
  upliftUnderAge: z.int().min(0).max(25),
  babyUnderMonths: z.int().min(0).max(60),
  judgement: judgementRule,
}) satisfies z.ZodType<RimPolicyFormat1>;

function isFormat1(value: unknown): boolean {
  return value !== null && typeof value === 'object' && ('upliftUnderAge' in value || 'babyUnderMonths' in value);
}

/**
 * Shape of a RIM policy, either format: a definition with `upliftUnderAge`
 * or `babyUnderMonths` is checked as format 1, anything else as the current
 * format, so every issue names the field of the format meant.
 *
 * @internal
 */
export const rimPolicySchema = /* @__PURE__ */ z.unknown().transform((value, context) => {
  const parsed = (isFormat1(value) ? rimPolicyFormat1Schema : rimRulesPolicySchema).safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) context.issues.push({ ...issue, input: undefined });
  return z.NEVER;
}) satisfies z.ZodType<RimPolicy>;

/** Shape of a threshold-of-need policy. @internal */
export const thresholdOfNeedPolicySchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('threshold-of-need'),
  ...policyHead,
  // The response is quoted after the policy id, version and threshold in each child's steps.
  scales: z.array(z.strictObject({ scale: rimScaleLiteral, threshold: needTitle, response: quotedText })).length(4),
}) satisfies z.ZodType<ThresholdOfNeedPolicy>;
