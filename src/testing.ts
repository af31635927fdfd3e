/**
 * The testing kit (`da-risk/testing`): fast-check arbitraries for consumers'
 * property-based suites, and the conformance vectors with a runner. Needs
 * `fast-check` (an optional peer dependency) installed by the consumer.
 *
 * @module testing
 */
export {
  assessmentInputArbitrary,
  caseRecordArbitrary,
  daraInputArbitrary,
  invalidAssessmentInputArbitrary,
  isoDateTimeArbitrary,
  rimInputArbitrary,
} from './testing/arbitraries.js';
export type { InputArbitraryOptions, InvalidInput } from './testing/arbitraries.js';
export { conformanceVectors } from './testing/vectors.js';
export type { VectorFile } from './testing/vectors.js';
export { checkVector } from './testing/check-vector.js';
