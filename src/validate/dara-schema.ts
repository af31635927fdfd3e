/**
 * zod schemas for DARA inputs and results.
 *
 * @module
 */
import * as z from 'zod';
import type { Instrument } from '../model/instrument.js';
import type { DaraInput, DaraPolicy } from '../model/dara.js';
import { answersSchema, cachedSchema, editionRefSchema } from './assessment-schema.js';
import { limits } from '../model/limits.js';
import { instrumentRef, isoDateTime, kebabId, opaqueId, practitionerId, policyBasis, rationaleText, riskLevel } from './primitives.js';
import { judgementRule, quotedText, screenPromptRules } from './policy-schema.js';
import { policyHead } from './primitives.js';
import { auditEventSchema, judgementReferralSchema, noticeSchema, resultInstrumentSchema, screenPromptsSchema, tallySchema, itemsByAnswerSchema } from './result-schema.js';

const opaqueList = /* @__PURE__ */ z.array(opaqueId).max(100);

/** The grade as entered. @internal */
export const daraGradeSchema = /* @__PURE__ */ z.strictObject({
  level: riskLevel,
  rationale: rationaleText,
  by: practitionerId,
  at: isoDateTime,
  referToMarac: z.exactOptional(z.boolean()),
});

const secondary = /* @__PURE__ */ z.strictObject({ instrument: instrumentRef, assessmentId: opaqueId });

/** Whether children live in the household. @internal */
const childrenInHousehold = /* @__PURE__ */ z.enum(['yes', 'no', 'dont-know']);

/**
 * Builds the DARA input schema of an edition (structure only).
 *
 * @internal
 */
export function buildDaraSchema(instrument: Instrument) {
  return z.strictObject({
    instrument: editionRefSchema(instrument),
    id: z.exactOptional(opaqueId),
    assessedAt: z.exactOptional(isoDateTime),
    answers: answersSchema(instrument),
    grade: daraGradeSchema,
    observations: z.exactOptional(opaqueList),
    evidence: z.exactOptional(opaqueList),
    secondaryAssessment: z.exactOptional(secondary),
    childrenInHousehold: z.exactOptional(childrenInHousehold),
  });
}

/**
 * The (cached, compiled where possible) DARA input schema of an edition.
 *
 * @internal
 */
export function daraSchemaFor(instrument: Instrument): z.ZodType<DaraInput> {
  // Built from the edition's data, so zod cannot infer the answers' types; the shape is a DaraInput by construction.
  return cachedSchema(instrument, buildDaraSchema) as z.ZodType<DaraInput>;
}



const ids = /* @__PURE__ */ z.array(kebabId).max(limits.items);
const text = /* @__PURE__ */ z.string().max(limits.textLength);

/** A DARA result, format 1. @internal */
export const daraResultSchema = /* @__PURE__ */ z.strictObject({
  resultFormat: z.literal(1),
  kind: z.literal('dara'),
  assessmentId: z.nullable(opaqueId),
  assessedAt: z.nullable(isoDateTime),
  instrument: resultInstrumentSchema,
  policy: z.strictObject({ id: kebabId, version: z.string().min(1).max(50), basis: policyBasis }),
  grade: daraGradeSchema,
  final: z.strictObject({ level: riskLevel, basis: z.enum(['assessor', 'regrade']) }),
  tally: tallySchema,
  items: itemsByAnswerSchema,
  repeated: ids,
  textAnswered: ids,
  themes: z
    .array(z.strictObject({ theme: kebabId, title: text, disclosed: ids, repeated: ids, unknown: ids, reason: text }))
    .max(100),
  consistencyFlags: z
    .array(z.strictObject({ id: kebabId, title: text, items: ids, expected: riskLevel, graded: riskLevel, reason: text }))
    .max(200),
  observations: opaqueList,
  evidence: opaqueList,
  secondaryAssessment: z.nullable(secondary),
  judgementReferral: z.nullable(judgementReferralSchema),
  childrenInHousehold: z.nullable(childrenInHousehold),
  prompts: screenPromptsSchema,
  notices: z.array(noticeSchema).max(100),
  reasons: z.array(text).max(1_000),
  history: z.array(auditEventSchema).max(10_000),
});

const ruleTitle = /* @__PURE__ */ z.string().min(1).max(limits.labelLength);
const ruleText = /* @__PURE__ */ z.string().min(1).max(limits.textLength);

/** Shape of a DARA policy. @internal */
export const daraPolicySchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('dara'),
  ...policyHead,
  instruments: z.array(kebabId).max(100),
  consistency: z
    .array(
      z.strictObject({
        id: kebabId,
        title: ruleTitle,
        // Quoted in the flag's reason and in the result's reasons, after the title.
        reason: quotedText,
        when: z.array(z.strictObject({ items: z.array(kebabId).min(1).max(100), atLeast: z.int().min(1).max(100) })).min(1).max(20),
        gradeBelow: riskLevel,
        basis: z.exactOptional(policyBasis),
        source: z.exactOptional(ruleText),
      }),
    )
    .max(200),
  screenPrompts: screenPromptRules,
  judgement: judgementRule,
}) satisfies z.ZodType<DaraPolicy>;

