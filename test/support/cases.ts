import {
  applyJudgement,
  assess,
  assessRim,
  commonLocalBands,
  type AssessmentResult,
  type CaseAssessment,
  type CaseEvent,
  type CaseRecord,
  type RiskLevel,
} from '../../src/index.js';
import { inputWithYes } from './fixtures.js';

/** A DASH RIC result with a final level, completed at `date`. */
export function dashAt(id: string, date: string, level: RiskLevel = 'medium', firstResponse = false): CaseAssessment {
  const yes = level === 'high' ? 14 : level === 'medium' ? 10 : 2;
  const result: AssessmentResult = assess({ ...inputWithYes(yes), id, assessedAt: date });
  return { id, date, result, ...(firstResponse ? { firstResponse } : {}) };
}

/** A DASH result raised by judgement (an override) at `at`. */
export function raisedAt(id: string, date: string, at: string): CaseAssessment {
  const base = dashAt(id, date, 'standard');
  return { ...base, result: applyJudgement(base.result as AssessmentResult, { level: 'high', rationale: 'r', by: 'p', at }, commonLocalBands) };
}

/** An incident event. */
export function incident(date: string, crime = true, reportedTo: CaseEvent['reportedTo'] = ['police'], id?: string): CaseEvent {
  return { ...(id === undefined ? {} : { id }), type: 'new-incident', date, crime, reportedTo };
}

/** A case with defaults. */
export function caseOf(parts: Partial<CaseRecord>): CaseRecord {
  return { assessments: [], events: [], maracReferrals: [], reviews: [], ...parts };
}

/** Adds hours to an ISO instant. */
export function plusHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * 3_600_000).toISOString().replace('.000Z', 'Z');
}

/** A RIM on one child (aged `years`), with the given indicators confirmed, completed at `date`. */
export function rimAt(id: string, date: string, confirmed: readonly string[] = [], years = 6): CaseAssessment {
  return {
    id,
    date,
    result: assessRim({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      id,
      assessedAt: date,
      answers: Object.fromEntries(confirmed.map((item) => [item, { value: 'confirmed' }])),
      children: [{ id: 'c-1', age: { years }, specialNeeds: false }],
    }),
  };
}
