/**
 * da-risk: UK domestic-abuse risk assessment as versioned data.
 *
 * The main entry: everything in `da-risk/score`, `da-risk/marac`, `da-risk/instruments` and `da-risk/policies`,
 * plus the validating edge — {@link assess}, {@link applyJudgement},
 * {@link checkMarac}, {@link defineInstrument}, {@link defineScoringPolicy},
 * {@link defineMaracPolicy}, {@link createRegistry} and {@link attachWording}.
 *
 * @module index
 */
export * from './score.js';
export * from './marac.js';
export * from './instruments/index.js';
export * from './policies/index.js';
export { gradeDara, regradeDara } from './core/dara.js';
export type {
  ConsistencyFlag,
  ConsistencyRule,
  DaraGrade,
  DaraInput,
  DaraPolicy,
  DaraResult,
  SecondaryAssessmentLink,
  ThemeSummary,
} from './model/dara.js';
export { classifyRim, decideRimUplift, judgeRimScale } from './core/rim.js';
export type { RimPolicies } from './core/rim.js';
export { rimScales } from './model/grades.js';
export type { Grade, RimScale } from './model/grades.js';
export type {
  ChildAge,
  NeedResponse,
  RimChildInput,
  RimChildResult,
  RimHouseholdSummary,
  RimInput,
  RimPolicy,
  RimResult,
  RimUplift,
  ThresholdOfNeedPolicy,
} from './model/rim.js';
export { disclosures, severityOf } from './core/cross-instrument.js';
export type { AnyResult } from './core/cross-instrument.js';
export type { Concept, ConceptDisclosure, ConceptMap, DisclosureState, SeverityOrdering } from './model/cross-instrument.js';
export { assessDara, applyDaraRegrade } from './api/dara.js';
export type { AssessDaraOptions } from './api/dara.js';
export { assessRim, applyRimUpliftDecision, applyRimJudgement, defaultRimPolicies } from './api/rim.js';
export type { AssessRimOptions } from './api/rim.js';
export { assess, validateAssessmentInput } from './api/assess.js';
export type { AssessOptions } from './api/assess.js';
export { applyJudgement } from './api/judgement.js';
export { checkMarac } from './api/marac.js';
export { defineScoringPolicy, defineMaracPolicy, defineDaraPolicy, defineRimPolicy, defineThresholdOfNeedPolicy } from './api/policies.js';
export { createRegistry } from './api/registry.js';
export type { InstrumentRegistry, InstrumentSummary } from './api/registry.js';
export { defaultRegistry } from './api/default-registry.js';
export { attachWording } from './api/wording.js';
export type { WordedInstrument, WordingPack } from './api/wording.js';
export type { Validated } from './api/validation-result.js';
export { defineInstrument } from './validate/define-instrument.js';
export { limits } from './validate/limits.js';
