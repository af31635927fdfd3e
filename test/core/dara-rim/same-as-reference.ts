// Shared by the DARA and RIM fast-path tests: run the shipped function and the
// 0.1.0 reference on the same input and say whether they agree exactly.
import { expect } from 'vitest';
import { isDaRiskError } from '../../../src/index.js';
import { deepFrozen } from '../../support/fixtures.js';

type Outcome = { readonly result: unknown } | { readonly error: unknown };

function outcome(fn: () => unknown): Outcome {
  try {
    return { result: fn() };
  } catch (error) {
    return { error };
  }
}

/** What a thrown error looks like to a caller: a DaRiskError in full (code, message, issues), anything else by its kind. */
function describeError(error: unknown): unknown {
  if (isDaRiskError(error)) return { name: error.name, message: error.message, ...JSON.parse(JSON.stringify(error)) };
  return { other: error instanceof Error ? error.constructor.name : typeof error };
}

/**
 * Expects the fast path and the reference to agree: the same result as JSON
 * (byte for byte), both deep-frozen, or the same error.
 */
export function expectSameAsReference(fast: () => unknown, reference: () => unknown): void {
  const a = outcome(fast);
  const b = outcome(reference);
  if ('error' in b) {
    expect('error' in a ? describeError(a.error) : { returned: (a as { result: unknown }).result }).toEqual(describeError(b.error));
    return;
  }
  if ('error' in a) throw a.error;
  expect(JSON.stringify(a.result)).toBe(JSON.stringify(b.result));
  expect(deepFrozen(a.result)).toBe(true);
}
