/**
 * The MARAC check core (`da-risk/marac`): the four SafeLives referral routes
 * over trusted input, with no runtime dependency. Use the main entry's
 * `checkMarac` for outside data; take policies from `da-risk/policies`.
 *
 * @module marac
 */
export { checkMaracTrusted } from './core/marac.js';
export type {
  AbuseEvent,
  EventRef,
  GradedHighRiskEvidence,
  MaracAction,
  MaracCheckInput,
  MaracDecision,
  MaracOutcome,
  MaracReferralRecord,
  MaracRoute,
  MaracRouteId,
  PaperCount,
  PotentialEscalationEvidence,
  ProfessionalJudgementEvidence,
  RepeatEvidence,
  VisibleHighRiskEvidence,
  WindowDates,
} from './model/marac.js';
export type { CaseEpisode, EpisodeAssessment, EpisodeClosure, EpisodeFlag, EpisodePolicy, LevelledAssessment } from './model/episode.js';
