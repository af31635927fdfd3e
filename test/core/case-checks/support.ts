// Fixtures shared by the case-check specifications in this folder.
import { assessDara, type CaseAssessment, type RiskLevel } from '../../../src/index.js';

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

export { rimAt } from '../../support/cases.js';

/** The item that puts a child at RIM scale 4. */
export const SEVERE = 'rim-violence-severe-life-threatening';
