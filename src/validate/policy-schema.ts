/**
 * zod schemas of the policy definition formats.
 *
 * @module
 */
import * as z from 'zod';
import type { MaracPolicy, ScoringPolicy } from '../model/policy.js';
import { limits } from '../model/limits.js';
import { agency, duration, kebabId, policyBasis, policyHead, riskLevel } from './primitives.js';

const title = /* @__PURE__ */ z.string().min(1).max(limits.labelLength);
const text = /* @__PURE__ */ z.string().min(1).max(limits.textLength);

/** Policy text a result quotes inside a sentence of its own (see `limits.quotedTextLength`). @internal */
export const quotedText = /* @__PURE__ */ z.string().min(1).max(limits.quotedTextLength);

/** Screen prompt rules. @internal */
export const screenPromptRules = /* @__PURE__ */ z
  .array(z.strictObject({ screen: kebabId, reason: text, anyOf: z.array(kebabId).min(1).max(100), basis: policyBasis, source: z.exactOptional(text) }))
  .max(50);

/** Who may lower a level. @internal */
export const judgementRule = /* @__PURE__ */ z.strictObject({
  lowering: z.enum(['refused', 'allowed-with-rationale']),
  authorisation: z.strictObject({ anotherPractitionersLevel: z.boolean(), belowComputed: z.boolean(), basis: policyBasis }),
  basis: policyBasis,
  source: z.exactOptional(text),
});

/** Shape of a scoring policy. @internal */
export const scoringPolicySchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('scoring'),
  ...policyHead,
  instruments: z.array(kebabId).max(100),
  bands: z.array(z.strictObject({ level: riskLevel, min: z.int().min(0).max(10_000) })).min(1).max(10),
  redFlags: z
    .array(
      z.strictObject({
        id: kebabId,
        title,
        // Quoted after the title in the result's reasons: "Red flag — title: reason".
        reason: quotedText,
        allOf: z.array(z.array(kebabId).min(1).max(100)).min(1).max(20),
        basis: policyBasis,
        source: z.exactOptional(text),
      }),
    )
    .max(200),
  screenPrompts: screenPromptRules,
  completeness: z.strictObject({ maxUnknown: z.int().min(0).max(10_000), basis: policyBasis, source: z.exactOptional(text) }),
  judgement: judgementRule,
}) satisfies z.ZodType<ScoringPolicy>;

/** Shape of a MARAC policy. @internal */
export const maracPolicySchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('marac'),
  ...policyHead,
  minimumVictimAge: z.int().min(0).max(130),
  // The source is quoted inside the reason of the children's safeguarding action.
  childrensSafeguarding: z.strictObject({ underAge: z.int().min(0).max(130), basis: policyBasis, source: quotedText }),
  visibleHighRisk: z.strictObject({
    threshold: z.int().min(1).max(10_000),
    instruments: z.array(kebabId).max(100),
    basis: policyBasis,
    source: z.exactOptional(text),
    otherThresholds: z.exactOptional(
      z
        .array(z.strictObject({ instrument: kebabId, threshold: z.int().min(1).max(10_000), basis: policyBasis, source: z.exactOptional(text) }))
        .max(100),
    ),
  }),
  gradedHighRisk: z.nullable(
    z.strictObject({
      instruments: z.array(kebabId).max(100),
      level: riskLevel,
      isReferralRoute: z.boolean(),
      basis: policyBasis,
      source: z.exactOptional(text),
    }),
  ),
  professionalJudgement: z.strictObject({
    basis: policyBasis,
    source: z.exactOptional(text),
    judgementHighIsReferral: z.boolean(),
    judgementHighBasis: policyBasis,
  }),
  potentialEscalation: z.strictObject({
    minEvents: z.int().min(1).max(10_000),
    window: duration,
    reportedTo: z.union([z.literal('any-agency'), z.array(agency).min(1).max(20)]),
    isReferralRoute: z.boolean(),
    basis: policyBasis,
    source: z.exactOptional(text),
  }),
  repeat: z.nullable(z.strictObject({ window: duration, counts: z.enum(['any-abuse', 'crime-only']), basis: policyBasis, source: z.exactOptional(text) })),
}) satisfies z.ZodType<MaracPolicy>;
