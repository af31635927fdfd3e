import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDara,
  assessRim,
  barnardosRimProvisional,
  dara2022Provisional,
  dashRic2009,
  dueReassessments,
  parseCase,
  policeDash2009,
  reassessmentDefaults,
  sDash2009,
  shippedInstruments,
  validateAssessmentInput,
} from '../src/index.js';
import {
  assessmentInputArbitrary,
  caseRecordArbitrary,
  checkVector,
  conformanceVectors,
  daraInputArbitrary,
  invalidAssessmentInputArbitrary,
  rimInputArbitrary,
} from '../src/testing/index.js';

describe('conformance vectors', () => {
  it('there is a vector file for every shipped edition', () => {
    expect(Object.keys(conformanceVectors).sort()).toEqual(shippedInstruments.map((i) => `${i.id}@${i.edition}`).sort());
  });

  const all = Object.entries(conformanceVectors).flatMap(([key, file]) => file.cases.map((c) => [`${key}: ${c.name}`, file, c.name] as const));
  it.each(all)('%s', (_, file, name) => {
    expect(checkVector(file, name)).toEqual([]);
  });

  it('the runner reports a mismatch (it can fail)', () => {
    const file = conformanceVectors['dash-ric@2009']!;
    const altered = { ...file, cases: [{ ...file.cases[2]!, expected: { ...file.cases[2]!.expected, count: 13 } }] };
    expect(checkVector(altered, file.cases[2]!.name)).toEqual(['count: expected 13, got 14']);
  });
});

describe('arbitraries', () => {
  it.each([dashRic2009, policeDash2009, sDash2009].map((i) => [i.id, i] as const))('%s inputs are valid', (_, instrument) => {
    fc.assert(fc.property(assessmentInputArbitrary(instrument), (input) => {
      expect(validateAssessmentInput(input).ok).toBe(true);
    }), { numRuns: 50 });
  });

  it('biased toward a threshold, the yes count stays near it', () => {
    fc.assert(
      fc.property(assessmentInputArbitrary(dashRic2009, { nearThreshold: 14 }), (input) => {
        const count = assess(input).count;
        expect(count).toBeGreaterThanOrEqual(12);
        expect(count).toBeLessThanOrEqual(16);
      }),
      { numRuns: 50 },
    );
  });

  it('DARA and RIM inputs are valid', () => {
    fc.assert(fc.property(daraInputArbitrary(dara2022Provisional), (input) => {
      expect(assessDara(input).final.level).toBe(input.grade.level);
    }), { numRuns: 40 });
    fc.assert(fc.property(rimInputArbitrary(barnardosRimProvisional), (input) => {
      expect(assessRim(input).children).toHaveLength(input.children.length);
    }), { numRuns: 40 });
  });

  it('case histories are valid', () => {
    fc.assert(
      fc.property(caseRecordArbitrary(), (record) => {
        expect(() => dueReassessments(parseCase(JSON.parse(JSON.stringify(record))), '2026-01-01T00:00:00Z', reassessmentDefaults)).not.toThrow();
      }),
      { numRuns: 40 },
    );
  });

  it('invalid inputs are refused with the rule they break', () => {
    fc.assert(
      fc.property(invalidAssessmentInputArbitrary(), ({ input, rule }) => {
        const checked = validateAssessmentInput(input);
        expect(checked.ok).toBe(false);
        if (!checked.ok) expect(checked.error.issues.map((issue) => issue.rule)).toContain(rule);
      }),
      { numRuns: 100 },
    );
  });
});
