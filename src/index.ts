/**
 * da-risk: UK domestic-abuse risk assessment as versioned data.
 *
 * The main entry: everything in `da-risk/score`, `da-risk/marac`, `da-risk/instruments` and `da-risk/policies`,
 * plus the validating edge — {@link assess}, {@link applyJudgement},
 * {@link checkMarac}, {@link defineInstrument}, {@link defineScoringPolicy},
 * {@link defineMaracPolicy}, {@link createRegistry} and {@link attachWording}.
 * The validating functions type their outside data with {@link OutsideInput},
 * and the main ones have a `safe…` form that returns a {@link Validated}
 * instead of throwing ({@link safeAssess}, {@link safeApplyJudgement},
 * {@link safeCheckMarac}, …).
 *
 * @module index
 */
export * from './score.js';
export * from './marac.js';
export * from './instruments.js';
export * from './policies.js';
export * from './dara.js';
export * from './rim.js';
export * from './fhir.js';
export * from './json-schema.js';
export { disclosures, severityOf, compareEditions } from './api/cross-instrument.js';
export type { AnyResult, Concept, ConceptDisclosure, ConceptMap, DisclosureState, SeverityOrdering } from './model/cross-instrument.js';
export { assessDara, applyDaraRegrade } from './api/dara.js';
export type { AssessDaraOptions } from './api/dara.js';
export { assessRim, applyRimUpliftDecision, applyRimJudgement, defaultRimPolicies } from './api/rim.js';
export type { AssessRimOptions } from './api/rim.js';
export { assess, validateAssessmentInput } from './api/assess.js';
export type { AssessOptions } from './api/assess.js';
export { assessAny } from './api/assess-any.js';
export type { AssessAnyOptions } from './api/assess-any.js';
export { applyJudgement } from './api/judgement.js';
export { verifyResult } from './api/verify.js';
export type { ResultVerification } from './api/verify.js';
export type { ResultDifference } from './core/replay.js';
export type { ResultPolicy, StoredResultOptions } from './api/stored-result.js';
export { checkMarac } from './api/check-marac.js';
export { youngPeoplePathway } from './api/young-people-pathway.js';
export { youngPeoplePathwayTrusted } from './core/young-people-pathway-trusted.js';
export type { PathwayDecision, PathwayKind, YoungPeoplePathway } from './model/pathway.js';
export {
  defineScoringPolicy,
  defineMaracPolicy,
  defineDaraPolicy,
  defineRimPolicy,
  defineThresholdOfNeedPolicy,
  defineYoungPeoplePathway,
} from './api/policies.js';
export { createRegistry } from './api/registry.js';
export type { InstrumentRegistry, InstrumentSummary } from './api/registry.js';
export { defaultRegistry } from './api/default-registry.js';
export { attachWording } from './api/wording.js';
export type { WordedInstrument, WordingPack } from './api/wording.js';
export type { Validated } from './api/validated.js';
export type { OutsideInput } from './api/outside-input.js';
export {
  safeAssess,
  safeAssessAny,
  safeAssessDara,
  safeAssessRim,
  safeApplyJudgement,
  safeApplyDaraRegrade,
  safeApplyRimJudgement,
  safeApplyRimUpliftDecision,
  safeCheckMarac,
  safeMaracReferral,
  safeVerifyResult,
} from './api/safe.js';
export { defineInstrument } from './api/define-instrument.js';
export { limits } from './model/limits.js';
export {
  parseCase,
  validateCase,
  dueReassessments,
  assessmentStatus,
  reviewDeadlines,
  caseMaracCheck,
  compareAssessments,
  maracReferral,
  checkSafetyPlan,
  interventionLevel,
  managementInformation,
  caseEpisode,
} from './api/case.js';
export {
  defineReassessmentPolicy,
  defineAssessmentRequiredPolicy,
  defineReviewDeadlinePolicy,
  defineInterventionPolicy,
  defineRepeatDefinition,
  defineEpisodePolicy,
} from './api/define-case-policies.js';
export { maracReferralTrusted } from './core/case/referral.js';
export type { MaracReferralPayload, ReferralOptions } from './core/case/referral.js';
export type { ReassessmentItem } from './core/case/triggers.js';
export type { DueReassessments } from './core/case/due.js';
export type { IncidentAssessmentStatus } from './core/case/assessment-status.js';
export type { ReviewDeadline } from './core/case/review-deadlines.js';
export type { AssessmentComparison } from './core/case/compare.js';
export type { SafetyPlanCheck } from './core/case/safety-plan.js';
export type { InterventionLevel } from './core/case/intervention.js';
export type { ManagementInformation, MiOptions } from './core/case/mi.js';
export { triggerTypes, incidentTypes } from './model/case.js';
export type {
  CaseAssessment,
  CaseClosure,
  CaseEvent,
  CrimeStatus,
  DecisionNotToRefer,
  CaseRecord,
  CaseReferral,
  CaseReview,
  SafetyAction,
  SafetyPlan,
  TriggerType,
} from './model/case.js';
export type {
  AssessmentRequiredPolicy,
  InterventionPolicy,
  ReassessmentPolicy,
  RepeatDefinition,
  ReviewDeadlinePolicy,
  TriggerRule,
} from './model/case-policy.js';
export type { EditionComparison, ItemChange } from './core/compare-editions.js';
