/**
 * How a consumer's property-based suite uses the testing kit: check that the
 * case system's own summary of a result (here, a tiny function that stores
 * the level and count) agrees with the library on every valid input, that
 * bad input is refused with the right rule, and that the conformance vectors
 * pass. Run with vitest and fast-check installed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, dashRic2009, validateAssessmentInput } from 'da-risk';
import { assessmentInputArbitrary, checkVector, conformanceVectors, invalidAssessmentInputArbitrary } from 'da-risk/testing';

/** The consumer's code under test: what its database row would hold. */
function toCaseRow(body: unknown): { count: number; level: string | null; needsJudgement: boolean } | { error: string[] } {
  const checked = validateAssessmentInput(body);
  if (!checked.ok) return { error: checked.error.issues.map((issue) => issue.rule) };
  const result = assess(checked.value.input);
  return { count: result.count, level: result.computed?.level ?? null, needsJudgement: result.judgement.status === 'pending' };
}

describe('my case system stores DASH results faithfully', () => {
  it('stores the library\u2019s count and level, and always asks for judgement', () => {
    fc.assert(
      fc.property(assessmentInputArbitrary(dashRic2009, { nearThreshold: 14 }), (input) => {
        const row = toCaseRow(JSON.parse(JSON.stringify(input)));
        const result = assess(input);
        expect(row).toEqual({ count: result.count, level: result.computed?.level, needsJudgement: true });
      }),
    );
  });

  it('refuses bad input with the rule it breaks', () => {
    fc.assert(
      fc.property(invalidAssessmentInputArbitrary(dashRic2009), ({ input, rule }) => {
        const row = toCaseRow(input);
        expect('error' in row && row.error).toContain(rule);
      }),
    );
  });

  it('passes the shipped conformance vectors', () => {
    for (const file of Object.values(conformanceVectors)) {
      for (const vector of file.cases) expect(checkVector(file, vector.name), vector.name).toEqual([]);
    }
  });
});
