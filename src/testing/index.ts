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
} from './arbitraries.js';
export type { InputArbitraryOptions, InvalidInput } from './arbitraries.js';
export { conformanceVectors } from './vectors.js';
export type { VectorFile } from './vectors.js';
export { checkVector } from './check-vector.js';
