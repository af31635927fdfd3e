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
} from '../../src/index.js';
import {
  assessmentInputArbitrary,
  caseRecordArbitrary,
  checkVector,
  conformanceVectors,
  daraInputArbitrary,
  invalidAssessmentInputArbitrary,
  rimInputArbitrary,
} from '../../src/testing.js';

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

  it('nearThreshold beyond the items that can count is clamped: assessmentInputArbitrary(sDash2009, { nearThreshold: 14 }) no longer throws (low > high)', () => {
    const counting = sDash2009.items.filter((item) => item.counts).length;
    expect(counting).toBeLessThan(12);
    fc.assert(
      fc.property(assessmentInputArbitrary(sDash2009, { nearThreshold: 14 }), (input) => {
        const checked = validateAssessmentInput(input);
        expect(checked.ok).toBe(true);
        // As close to 14 as the edition allows: every item that can count is yes.
        expect(assess(input).count).toBe(counting);
      }),
      { numRuns: 30 },
    );
  });

  it('arbitraries never produce inputs the library refuses: every shipped checklist, every threshold from 0 to 30, with and without details', () => {
    for (const instrument of [dashRic2009, policeDash2009, sDash2009]) {
      for (let threshold = 0; threshold <= 30; threshold += 3) {
        for (const details of [true, false]) {
          fc.assert(
            fc.property(assessmentInputArbitrary(instrument, { nearThreshold: threshold, details }), (input) => {
              const checked = validateAssessmentInput(input);
              expect(checked.ok, checked.ok ? '' : checked.error.message).toBe(true);
              const count = assess(input).count;
              expect(count).toBeGreaterThanOrEqual(Math.min(Math.max(0, threshold - 2), instrument.items.length));
              expect(count).toBeLessThanOrEqual(threshold + 2);
            }),
            { numRuns: 5, seed: threshold },
          );
        }
      }
      fc.assert(
        fc.property(assessmentInputArbitrary(instrument, { unanswered: false }), (input) => {
          expect(validateAssessmentInput(input).ok).toBe(true);
          expect(assess(input).tally.unanswered).toBe(0);
        }),
        { numRuns: 20 },
      );
    }
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

  it('DARA, RIM and case inputs are accepted as they come back from JSON, over many runs', () => {
    const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    fc.assert(fc.property(daraInputArbitrary(dara2022Provisional), (input) => void assessDara(viaJson(input))), { numRuns: 150 });
    fc.assert(fc.property(rimInputArbitrary(barnardosRimProvisional), (input) => void assessRim(viaJson(input))), { numRuns: 150 });
    fc.assert(fc.property(caseRecordArbitrary(), (record) => void parseCase(viaJson(record))), { numRuns: 100 });
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
