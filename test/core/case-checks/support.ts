// Fixtures shared by the case-check specifications in this folder.
import { assessDara, assessRim, type CaseAssessment, type RiskLevel } from '../../../src/index.js';

/** A DARA graded `level` at `date`. */
export function daraAt(id: string, date: string, level: RiskLevel): CaseAssessment {
  return {
    id,
    date,
    result: assessDara({
      instrument: { id: 'dara', edition: '2022-provisional' },
      id,
      assessedAt: date,
      answers: {},
      grade: { level, rationale: 'The officer\u2019s view.', by: 'pc-1', at: date },
    }),
  };
}

/** A RIM on one child, with the given items confirmed. */
export function rimAt(id: string, date: string, confirmed: readonly string[]): CaseAssessment {
  return {
    id,
    date,
    result: assessRim({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      id,
      assessedAt: date,
      answers: Object.fromEntries(confirmed.map((item) => [item, { value: 'confirmed' }])),
      children: [{ id: 'c-1', age: { years: 6 }, specialNeeds: false }],
    }),
  };
}

/** The item that puts a child at RIM scale 4. */
export const SEVERE = 'rim-violence-severe-life-threatening';
