/**
 * da-risk: UK domestic-abuse risk assessment as versioned data.
 *
 * The main entry: everything in `da-risk/score`, `da-risk/instruments` and `da-risk/policies`,
 * plus the validating edge — {@link assess}, {@link applyJudgement},
 * {@link checkMarac}, {@link defineInstrument}, {@link defineScoringPolicy},
 * {@link defineMaracPolicy}, {@link createRegistry} and {@link attachWording}.
 *
 * @module index
 */
export * from './score.js';
export * from './instruments/index.js';
export * from './policies/index.js';
export { assess, validateAssessmentInput } from './api/assess.js';
export type { AssessOptions } from './api/assess.js';
export { applyJudgement } from './api/judgement.js';
export { checkMarac } from './api/marac.js';
export { defineScoringPolicy, defineMaracPolicy } from './api/policies.js';
export { createRegistry } from './api/registry.js';
export type { InstrumentRegistry, InstrumentSummary } from './api/registry.js';
export { defaultRegistry } from './api/default-registry.js';
export { attachWording } from './api/wording.js';
export type { WordedInstrument, WordingPack } from './api/wording.js';
export type { Validated } from './api/validation-result.js';
export { defineInstrument } from './validate/define-instrument.js';
export { limits } from './validate/limits.js';
