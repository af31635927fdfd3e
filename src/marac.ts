/**
 * The MARAC check core (`da-risk/marac`): the four SafeLives referral routes
 * over trusted input, with no runtime dependency. Use the main entry's
 * `checkMarac` for outside data; take policies from `da-risk/policies`.
 *
 * @module marac
 */
export { decideMarac } from './core/marac.js';
export type {
  AbuseEvent,
  EventRef,
  GradedHighRiskEvidence,
  MaracCheckInput,
  MaracDecision,
  MaracOutcome,
  MaracReferralRecord,
  MaracRoute,
  MaracRouteId,
  PotentialEscalationEvidence,
  ProfessionalJudgementEvidence,
  RepeatEvidence,
  VisibleHighRiskEvidence,
} from './model/marac.js';
