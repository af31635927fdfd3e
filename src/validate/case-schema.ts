/**
 * zod schemas for case records, case-rule policies and MARAC decisions.
 *
 * @module
 */
import * as z from 'zod';
import type { AssessmentRequiredPolicy, InterventionPolicy, ReassessmentPolicy, RepeatDefinition, ReviewDeadlinePolicy } from '../model/case-policy.js';
import type { EpisodePolicy } from '../model/episode.js';
import type { MaracDecision } from '../model/marac.js';
import { triggerTypes, type CaseAssessment, type CaseRecord, type TriggerType } from '../model/case.js';
import { limits } from '../model/limits.js';
import { agency, duration, positiveDuration, isoDateTime, kebabId, opaqueId, practitionerId, policyBasis, policyHead, rationaleText, riskLevel } from './primitives.js';

const title = /* @__PURE__ */ z.string().min(1).max(limits.labelLength);
const text = /* @__PURE__ */ z.string().min(1).max(limits.textLength);

/** A trigger type. @internal */
export const triggerType = /* @__PURE__ */ z.enum(triggerTypes as [TriggerType, ...TriggerType[]]);

/** Opaque ids of abusers. @internal */
export const perpetratorIds = /* @__PURE__ */ z.array(opaqueId).min(1).max(20);

/** Whether an incident would be a crime: yes, no, or not known. @internal */
export const crimeStatus = /* @__PURE__ */ z.union([z.boolean(), z.literal('unknown')]);

/** One incident of abuse in a MARAC check. @internal */
export const abuseEventSchema = /* @__PURE__ */ z.strictObject({
  id: z.exactOptional(opaqueId),
  date: isoDateTime,
  reportedTo: z.array(agency).min(1).max(20),
  crime: crimeStatus,
  perpetrators: z.exactOptional(perpetratorIds),
  precision: z.exactOptional(z.enum(['day', 'month'])),
});

/** A case event. @internal */
export const caseEventSchema = /* @__PURE__ */ z.strictObject({
  id: z.exactOptional(opaqueId),
  type: triggerType,
  date: isoDateTime,
  precision: z.exactOptional(z.enum(['day', 'month'])),
  crime: z.exactOptional(crimeStatus),
  reportedTo: z.exactOptional(z.array(agency).min(1).max(20)),
  perpetrators: z.exactOptional(perpetratorIds),
});

const closureSchema = /* @__PURE__ */ z.strictObject({ id: z.exactOptional(opaqueId), date: isoDateTime, by: practitionerId, rationale: rationaleText });

const decisionNotToReferSchema = /* @__PURE__ */ z.strictObject({
  id: z.exactOptional(opaqueId),
  date: isoDateTime,
  assessmentIds: z.array(opaqueId).min(1).max(1_000),
  by: practitionerId,
  authorisedBy: z.exactOptional(practitionerId),
  rationale: rationaleText,
});

/** A case record with each stored result still unread (results are checked by their kind afterwards). @internal */
export type CaseRecordShape = Omit<CaseRecord, 'assessments'> & {
  readonly assessments: readonly (Omit<CaseAssessment, 'result'> & { readonly result: unknown })[];
};

/** A case record (results inside are checked by kind afterwards). @internal */
export const caseRecordSchema = /* @__PURE__ */ z.strictObject({
  id: z.exactOptional(opaqueId),
  victim: z.exactOptional(z.strictObject({ id: z.exactOptional(opaqueId), age: z.exactOptional(z.int().min(0).max(130)) })),
  perpetrators: z.exactOptional(z.array(opaqueId).max(20)),
  assessments: z
    .array(z.strictObject({ id: opaqueId, date: isoDateTime, firstResponse: z.exactOptional(z.boolean()), result: z.unknown() }))
    .max(1_000),
  events: z.array(caseEventSchema).max(limits.events),
  maracReferrals: z
    .array(z.strictObject({ id: z.exactOptional(opaqueId), date: isoDateTime, agency, perpetrators: z.exactOptional(perpetratorIds), dateOnly: z.exactOptional(z.boolean()) }))
    .max(1_000),
  reviews: z
    .array(z.strictObject({ assessmentId: opaqueId, kind: z.enum(['supervisor', 'referral-unit']), date: isoDateTime, by: z.exactOptional(practitionerId) }))
    .max(2_000),
  safetyPlan: z.exactOptional(
    z.strictObject({
      updatedAt: isoDateTime,
      actions: z.array(z.strictObject({ id: z.exactOptional(opaqueId), type: z.enum(['remove', 'avoid', 'reduce', 'accept']) })).max(200),
    }),
  ),
  decisionsNotToRefer: z.exactOptional(z.array(decisionNotToReferSchema).max(1_000)),
  closures: z.exactOptional(z.array(closureSchema).max(1_000)),
}) satisfies z.ZodType<CaseRecordShape>;


const timing = /* @__PURE__ */ z.union([z.strictObject({ after: duration }), z.strictObject({ before: duration })]);

/** A reassessment policy. @internal */
export const reassessmentPolicySchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('reassessment'),
  ...policyHead,
  triggers: z
    .array(z.strictObject({ trigger: triggerType, title, basis: policyBasis, source: text, timing, timingBasis: policyBasis }))
    .max(100),
  periodic: z.strictObject({
    intervals: z.strictObject({ standard: z.nullable(positiveDuration), medium: z.nullable(positiveDuration), high: z.nullable(positiveDuration) }),
    counting: z.enum(['from-last-assessment', 'from-last-due-date']),
    lead: duration,
    basis: policyBasis,
    source: z.exactOptional(text),
  }),
  itemTriggers: z.record(kebabId, triggerType),
  recentBirth: z.strictObject({ window: duration, item: kebabId, basis: policyBasis, source: z.exactOptional(text) }),
}) satisfies z.ZodType<ReassessmentPolicy>;

/** An assessment-required policy. @internal */
export const assessmentRequiredPolicySchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('assessment-required'),
  ...policyHead,
  rule: z.enum(['every-incident', 'crime-or-recent-history']),
  recentWindow: duration,
  within: duration,
  withinBasis: policyBasis,
}) satisfies z.ZodType<AssessmentRequiredPolicy>;

/** A review-deadline policy. @internal */
export const reviewDeadlinePolicySchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('review-deadlines'),
  ...policyHead,
  supervisor: z.strictObject({ within: duration, basis: policyBasis, source: z.exactOptional(text) }),
  referralUnit: z.strictObject({ levels: z.array(riskLevel).max(3), within: duration, basis: policyBasis, source: z.exactOptional(text) }),
}) satisfies z.ZodType<ReviewDeadlinePolicy>;

/** An intervention policy. @internal */
export const interventionPolicySchema = /* @__PURE__ */ z.strictObject({
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
  mappingBasis: z.exactOptional(policyBasis),
}) satisfies z.ZodType<InterventionPolicy>;

/** A repeat definition. @internal */
export const repeatDefinitionSchema = /* @__PURE__ */ z.strictObject({ kind: z.literal('repeat-definition'), ...policyHead, window: duration }) satisfies z.ZodType<RepeatDefinition>;

const eventRef = /* @__PURE__ */ z.strictObject({ id: z.nullable(opaqueId), date: isoDateTime });
const ref = /* @__PURE__ */ z.strictObject({ id: kebabId, edition: z.string().min(1).max(limits.idLength) });
const line = /* @__PURE__ */ z.string().max(limits.textLength);
const londonDate = /* @__PURE__ */ z.iso.date();
const windowDates = /* @__PURE__ */ z.nullable(z.strictObject({ from: londonDate, to: londonDate }));
const policyRef = /* @__PURE__ */ z.strictObject({ id: kebabId, version: z.string().min(1).max(50), basis: policyBasis });

const rimScaleValue = /* @__PURE__ */ z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const episodeAssessment = /* @__PURE__ */ z.strictObject({ assessmentId: opaqueId, date: isoDateTime, instrument: ref, level: z.nullable(riskLevel), scale: z.nullable(rimScaleValue) });
const levelledAssessment = /* @__PURE__ */ z.strictObject({ assessmentId: opaqueId, date: isoDateTime, instrument: ref, level: riskLevel, scale: z.nullable(rimScaleValue) });

/** The episode a case check read. @internal */
export const caseEpisodeSchema = /* @__PURE__ */ z.strictObject({
  policy: policyRef,
  now: isoDateTime,
  startsAt: isoDateTime,
  startDate: londonDate,
  startedBy: z.enum(['closure', 'window', 'latest-assessment']),
  closure: z.nullable(z.strictObject({ id: z.nullable(opaqueId), date: isoDateTime, by: practitionerId })),
  assessments: z.array(episodeAssessment).max(1_000),
  before: z.int().min(0),
  after: z.int().min(0),
  governing: z.nullable(levelledAssessment),
  flags: z
    .array(
      z.strictObject({
        id: z.enum(['level-dropped', 'high-not-referred', 'left-window', 'no-assessment-in-window', 'closed-with-reason-open']),
        from: episodeAssessment,
        to: z.nullable(episodeAssessment),
        reason: line,
      }),
    )
    .max(2_000),
  reasons: z.array(line).max(3_000),
});

/** A MARAC decision, format 1. @internal */
export const maracDecisionSchema = /* @__PURE__ */ z.strictObject({
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
            assessmentId: z.nullable(opaqueId),
            assessedAt: z.nullable(isoDateTime),
            from: z.nullable(z.enum(['result', 'paper-count'])),
          }),
          z.strictObject({
            kind: z.literal('grade'),
            grade: z.nullable(riskLevel),
            level: z.nullable(riskLevel),
            instrument: z.nullable(ref),
            assessmentId: z.nullable(opaqueId),
            assessedAt: z.nullable(isoDateTime),
          }),
          z.strictObject({
            kind: z.literal('judgement'),
            source: z.nullable(z.enum(['input', 'assessment-referral', 'assessment-final-high'])),
            by: z.nullable(opaqueId),
            at: z.nullable(isoDateTime),
            rationale: z.nullable(z.string().max(limits.rationaleLength)),
            assessmentId: z.nullable(opaqueId),
            redFlags: z.array(kebabId).max(500),
          }),
          z.strictObject({
            kind: z.literal('events'),
            windowStart: isoDateTime,
            windowEnd: isoDateTime,
            windowDates,
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
            windowDates,
            counts: z.nullable(z.enum(['any-abuse', 'crime-only'])),
            incidents: z.array(eventRef).max(limits.events),
            notCrime: z.int().min(0),
            crimeUnknown: z.int().min(0),
            otherPerpetrator: z.int().min(0),
            linkNotChecked: z.int().min(0),
            afterNow: z.int().min(0),
          }),
        ]),
      }),
    )
    .max(5),
  victimAge: z.nullable(z.int().min(0).max(130)),
  now: isoDateTime,
  policy: policyRef,
  reasons: z.array(line).max(5_000),
  notices: z.array(z.strictObject({ id: kebabId, message: line, items: z.array(kebabId).max(limits.items) })).max(20),
  actions: z
    .array(
      z.strictObject({
        id: z.literal('childrens-safeguarding-referral'),
        status: z.enum(['required', 'consider']),
        basis: policyBasis,
        source: line,
        reason: line,
      }),
    )
    .max(5),
  episode: z.nullable(caseEpisodeSchema),
}) satisfies z.ZodType<MaracDecision>;

/** An episode policy. @internal */
export const episodePolicySchema = /* @__PURE__ */ z.strictObject({ kind: z.literal('episode'), ...policyHead, window: positiveDuration, windowBasis: policyBasis }) satisfies z.ZodType<EpisodePolicy>;
