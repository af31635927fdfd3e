/**
 * The scoring core (`da-risk/score`): pure functions over trusted input, with
 * no runtime dependency (no zod). For forms generated from an edition and
 * other code that builds its input itself; use the main entry's `assess`,
 * `applyJudgement` and `checkMarac` for outside data. Editions and policies
 * are data, passed in: take them from `da-risk/instruments` and
 * `da-risk/policies`.
 *
 * @module score
 */
export { assessTrusted } from './core/assess-trusted.js';
export { applyJudgementTrusted } from './core/apply-judgement-trusted.js';
export { describeBasis } from './core/policy-notice.js';
export { DaRiskError, isDaRiskError, formatPath, unknownKeySegment } from './errors/error.js';
export type { DaRiskErrorCode, DaRiskIssue } from './errors/error.js';
export { answerTypes, answerSources, answerKindOf } from './model/answers.js';
export type { AnswerKind, AnswerTypeId, AnswerTypeDefinition, AnswerValueDefinition, AnswerSource, DashAnswerValue } from './model/answers.js';
export { riskLevels, compareLevels } from './model/levels.js';
export type { RiskLevel } from './model/levels.js';
export { parseInstant, isIsoDateTime } from './common/instant.js';
export { addMonths, addDuration, describeDuration, toIso } from './model/dates.js';
export { londonDate, windowEnd, windowStart, isCalendarDuration } from './model/calendar.js';
export type { Duration } from './model/dates.js';
export { INSTRUMENT_FORMAT_VERSION } from './model/instrument.js';
export type {
  Instrument,
  InstrumentRef,
  InstrumentStatus,
  Item,
  OptionChoice,
  OptionGroup,
  Provenance,
  ProvenanceStatus,
  ScoringMethod,
  ScreenPromptDefinition,
  Section,
  SourceReference,
} from './model/instrument.js';
export { agencies } from './model/policy.js';
export type { Agency, Band, JudgementRule, MaracPolicy, OtherCountThreshold, PolicyBasis, PolicyRef, RedFlagRule, ScoringPolicy, ScreenPromptRule } from './model/policy.js';
export type { Answer, AssessmentInput } from './model/assessment.js';
export type { Judgement } from './model/judgement.js';
export { RESULT_FORMAT_VERSION } from './model/result.js';
export type {
  AssessmentResult,
  AuditEvent,
  Completeness,
  ComputedLevel,
  FinalLevel,
  ItemsByAnswer,
  JudgementReferral,
  JudgementStep,
  Notice,
  RedFlag,
  ResultInstrument,
  ScreenPrompt,
  Tally,
} from './model/result.js';
