/**
 * zod schemas for case records, case-rule policies and MARAC decisions.
 *
 * @module
 */
import * as z from 'zod';
import { triggerTypes } from '../model/case.js';
import { limits } from './limits.js';
import { agency, duration, isoDateTime, kebabId, opaqueId, policyBasis, policyHead, riskLevel } from './primitives.js';

const title = z.string().min(1).max(limits.labelLength);
const text = z.string().min(1).max(limits.textLength);

/** A trigger type. @internal */
export const triggerType = z.enum(triggerTypes as [string, ...string[]]);

/** A case event. @internal */
export const caseEventSchema = z.strictObject({
  id: z.optional(opaqueId),
  type: triggerType,
  date: isoDateTime,
  precision: z.optional(z.enum(['day', 'month'])),
  crime: z.optional(z.boolean()),
  reportedTo: z.optional(z.array(agency).min(1).max(20)),
});

/** A case record (results inside are checked by kind afterwards). @internal */
export const caseRecordSchema = z.strictObject({
  id: z.optional(opaqueId),
  victim: z.optional(z.strictObject({ id: z.optional(opaqueId), age: z.optional(z.int().min(0).max(130)) })),
  perpetrators: z.optional(z.array(opaqueId).max(20)),
  assessments: z
    .array(z.strictObject({ id: opaqueId, date: isoDateTime, firstResponse: z.optional(z.boolean()), result: z.unknown() }))
    .max(1_000),
  events: z.array(caseEventSchema).max(limits.events),
  maracReferrals: z.array(z.strictObject({ id: z.optional(opaqueId), date: isoDateTime, agency })).max(1_000),
  reviews: z
    .array(z.strictObject({ assessmentId: opaqueId, kind: z.enum(['supervisor', 'referral-unit']), date: isoDateTime, by: z.optional(opaqueId) }))
    .max(2_000),
  safetyPlan: z.optional(
    z.strictObject({
      updatedAt: isoDateTime,
      actions: z.array(z.strictObject({ id: z.optional(opaqueId), type: z.enum(['remove', 'avoid', 'reduce', 'accept']) })).max(200),
    }),
  ),
});


const timing = z.union([z.strictObject({ after: duration }), z.strictObject({ before: duration })]);

/** A reassessment policy. @internal */
export const reassessmentPolicySchema = z.strictObject({
  kind: z.literal('reassessment'),
  ...policyHead,
  triggers: z
    .array(z.strictObject({ trigger: triggerType, title, basis: policyBasis, source: text, timing, timingBasis: policyBasis }))
    .max(100),
  periodic: z.strictObject({
    intervals: z.strictObject({ standard: z.nullable(duration), medium: z.nullable(duration), high: z.nullable(duration) }),
    counting: z.enum(['from-last-assessment', 'from-last-due-date']),
    lead: duration,
    basis: policyBasis,
  }),
  itemTriggers: z.record(kebabId, triggerType),
  recentBirth: z.strictObject({ window: duration, item: kebabId, basis: policyBasis }),
});

/** An assessment-required policy. @internal */
export const assessmentRequiredPolicySchema = z.strictObject({
  kind: z.literal('assessment-required'),
  ...policyHead,
  rule: z.enum(['every-incident', 'crime-or-recent-history']),
  recentWindow: duration,
  within: duration,
  withinBasis: policyBasis,
});

/** A review-deadline policy. @internal */
export const reviewDeadlinePolicySchema = z.strictObject({
  kind: z.literal('review-deadlines'),
  ...policyHead,
  supervisor: z.strictObject({ within: duration, basis: policyBasis }),
  referralUnit: z.strictObject({ levels: z.array(riskLevel).max(3), within: duration, basis: policyBasis }),
});

/** An intervention policy. @internal */
export const interventionPolicySchema = z.strictObject({
  kind: z.literal('intervention-levels'),
  ...policyHead,
  levels: z.array(z.strictObject({ level: z.int().min(0).max(20), title, response: text })).min(1).max(20),
  highest: z.strictObject({
    level: z.int().min(0).max(20),
    riskLevels: z.array(riskLevel).max(3),
    rimScales: z.array(z.int().min(1).max(4)).max(4),
    maracReferral: z.boolean(),
  }),
  assessed: z.int().min(0).max(20),
  unassessed: z.int().min(0).max(20),
});

/** A repeat definition. @internal */
export const repeatDefinitionSchema = z.strictObject({ kind: z.literal('repeat-definition'), ...policyHead, window: duration });

const eventRef = z.strictObject({ id: z.nullable(opaqueId), date: isoDateTime });
const ref = z.strictObject({ id: kebabId, edition: z.string().min(1).max(limits.idLength) });
const line = z.string().max(limits.textLength);

/** A MARAC decision, format 1. @internal */
export const maracDecisionSchema = z.strictObject({
  decisionFormat: z.literal(1),
  outcome: z.enum(['refer-to-marac', 'no-referral', 'children-safeguarding']),
  refer: z.boolean(),
  routesMet: z.array(z.enum(['visible-high-risk', 'graded-high-risk', 'professional-judgement', 'potential-escalation', 'repeat'])).max(5),
  routes: z
    .array(
      z.strictObject({
        id: z.enum(['visible-high-risk', 'graded-high-risk', 'professional-judgement', 'potential-escalation', 'repeat']),
        title: line,
        met: z.boolean(),
        referral: z.boolean(),
        basis: policyBasis,
        reason: line,
        evidence: z.discriminatedUnion('kind', [
          z.strictObject({
            kind: z.literal('count'),
            count: z.nullable(z.int().min(0)),
            threshold: z.int().min(0),
            unknown: z.nullable(z.int().min(0)),
            instrument: z.nullable(ref),
          }),
          z.strictObject({ kind: z.literal('grade'), grade: z.nullable(riskLevel), level: z.nullable(riskLevel), instrument: z.nullable(ref) }),
          z.strictObject({
            kind: z.literal('judgement'),
            source: z.nullable(z.enum(['input', 'assessment-referral', 'assessment-final-high'])),
            by: z.nullable(opaqueId),
            at: z.nullable(isoDateTime),
            rationale: z.nullable(z.string().max(limits.rationaleLength)),
            redFlags: z.array(kebabId).max(500),
          }),
          z.strictObject({
            kind: z.literal('events'),
            windowStart: isoDateTime,
            windowEnd: isoDateTime,
            minEvents: z.int().min(0),
            reportedTo: z.union([z.literal('any-agency'), z.array(agency).max(20)]),
            counted: z.array(eventRef).max(limits.events),
            beforeWindow: z.int().min(0),
            notReportedToCountedAgency: z.int().min(0),
            afterNow: z.int().min(0),
          }),
          z.strictObject({
            kind: z.literal('repeat'),
            lastReferral: z.nullable(eventRef),
            windowEnd: z.nullable(isoDateTime),
            counts: z.enum(['any-abuse', 'crime-only']),
            incidents: z.array(eventRef).max(limits.events),
            notCrime: z.int().min(0),
            afterNow: z.int().min(0),
          }),
        ]),
      }),
    )
    .max(5),
  victimAge: z.nullable(z.int().min(0).max(130)),
  now: isoDateTime,
  policy: z.strictObject({ id: kebabId, version: z.string().min(1).max(50), basis: policyBasis }),
  reasons: z.array(line).max(100),
  notices: z.array(z.strictObject({ id: kebabId, message: line, items: z.array(kebabId).max(limits.items) })).max(20),
});
