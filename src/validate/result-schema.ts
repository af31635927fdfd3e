/**
 * zod schema of an assessment result (format 1), for results that come back
 * from storage into `applyJudgement` or `checkMarac`.
 *
 * @module
 */
import * as z from 'zod';
import { limits } from '../model/limits.js';
import { isoDateTime, kebabId, opaqueId, practitionerId, policyBasis, rationaleText, riskLevel } from './primitives.js';

const text = /* @__PURE__ */ z.string().max(limits.textLength);
const ids = /* @__PURE__ */ z.array(kebabId).max(limits.items);
const count = /* @__PURE__ */ z.int().min(0).max(limits.items);
const policyRef = /* @__PURE__ */ z.strictObject({ id: kebabId, version: z.string().min(1).max(50) });
const instrumentRef = /* @__PURE__ */ z.strictObject({ id: kebabId, edition: z.string().min(1).max(limits.idLength) });

/** An audit event. @internal */
const grade = /* @__PURE__ */ z.union([riskLevel, z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const auditEventSchema = /* @__PURE__ */ z.strictObject({
  kind: z.enum(['judgement', 'uplift-decision']),
  action: z.enum(['set', 'raised', 'lowered', 'confirmed', 'accepted', 'rejected']),
  by: practitionerId,
  at: isoDateTime,
  from: z.nullable(grade),
  to: grade,
  computed: z.nullable(grade),
  referToMarac: z.boolean(),
  rationale: rationaleText,
  authorisedBy: z.exactOptional(practitionerId),
  policy: policyRef,
  instrument: instrumentRef,
  subject: z.exactOptional(opaqueId),
});

/** A judgement referral. @internal */
export const judgementReferralSchema = /* @__PURE__ */ z.strictObject({ by: practitionerId, at: isoDateTime, rationale: rationaleText });

/** Screen prompts on a result. @internal */
export const screenPromptsSchema = /* @__PURE__ */ z.array(z.strictObject({ screen: kebabId, items: ids, reason: text })).max(100);

/** A notice. @internal */
export const noticeSchema = /* @__PURE__ */ z.strictObject({ id: kebabId, message: text, items: ids });

/** The instrument of a result. @internal */
export const resultInstrumentSchema = /* @__PURE__ */ z.strictObject({
  id: kebabId,
  edition: z.string().min(1).max(limits.idLength),
  status: z.enum(['verified', 'provisional']),
});

/** A tally of answer kinds. @internal */
export const tallySchema = /* @__PURE__ */ z.strictObject({ yes: count, no: count, dontKnow: count, declined: count, unanswered: count });

/** Item ids by kind of answer. @internal */
export const itemsByAnswerSchema = /* @__PURE__ */ z.strictObject({ yes: ids, no: ids, dontKnow: ids, declined: ids, unanswered: ids });

/** The assessment result, format 1. @internal */
export const assessmentResultSchema = /* @__PURE__ */ z.strictObject({
  resultFormat: z.literal(1),
  kind: z.literal('checklist'),
  assessmentId: z.nullable(opaqueId),
  assessedAt: z.nullable(isoDateTime),
  instrument: resultInstrumentSchema,
  policy: z.strictObject({ id: kebabId, version: z.string().min(1).max(50), basis: policyBasis }),
  count,
  countOutOf: count,
  tally: tallySchema,
  items: itemsByAnswerSchema,
  completeness: z.strictObject({
    status: z.enum(['complete', 'incomplete']),
    known: count,
    unknown: count,
    total: count,
    maxUnknown: z.int().min(0).max(10_000),
    reason: text,
  }),
  computed: z.nullable(
    z.strictObject({
      level: riskLevel,
      band: z.strictObject({ min: z.int().min(0), max: z.nullable(z.int().min(0)) }),
      reason: text,
    }),
  ),
  final: z.strictObject({ level: z.nullable(riskLevel), basis: z.enum(['computed', 'judgement']) }),
  judgement: z.strictObject({ status: z.enum(['pending', 'recorded']), prompt: text }),
  flags: z.array(z.strictObject({ id: kebabId, title: text, items: ids, reason: text })).max(500),
  prompts: screenPromptsSchema,
  notices: z.array(noticeSchema).max(100),
  judgementReferral: z.nullable(judgementReferralSchema),
  reasons: z.array(text).max(1_000),
  history: z.array(auditEventSchema).max(10_000),
});
