import { isDaRiskError, type DaRiskError } from '../../src/index.js';

/** Runs `fn` and returns the DaRiskError it throws; fails when it throws anything else or nothing. */
export function thrown(fn: () => unknown): DaRiskError {
  try {
    fn();
  } catch (error) {
    if (isDaRiskError(error)) return error;
    throw error;
  }
  throw new Error('expected a DaRiskError, but nothing was thrown');
}
