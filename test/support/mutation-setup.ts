// Under mutation testing only: property tests run fewer cases, so each of several thousand
// mutants is judged in seconds. The full numbers of runs stay in `npm test`.
import { vi } from 'vitest';

vi.mock('fast-check', async (importOriginal) => {
  const fc = await importOriginal<typeof import('fast-check')>();
  const cap = <T extends { numRuns?: number } | undefined>(params: T) => ({ ...params, numRuns: Math.min(params?.numRuns ?? 100, 25) });
  return {
    ...fc,
    default: { ...fc, assert: (property: never, params?: { numRuns?: number }) => fc.assert(property, cap(params)) },
    assert: (property: never, params?: { numRuns?: number }) => fc.assert(property, cap(params)),
  };
});
