// Fixtures for the MARAC threshold-check specifications in this folder.
import {
  applyDaraRegrade,
  applyJudgement,
  assess,
  assessDara,
  commonLocalBands,
  dashRic2009,
  defineMaracPolicy,
  safelivesMarac,
  type AbuseEvent,
  type AssessmentResult,
  type CaseAssessment,
  type DashAnswerValue,
  type DaraResult,
  type Instrument,
  type MaracDecision,
  type MaracPolicy,
  type MaracRoute,
  type MaracRouteId,
  type RiskLevel,
} from '../../../src/index.js';
import { inputWith, itemIds } from '../../support/fixtures.js';

export const NOW = '2025-06-01T12:00:00Z';
export const DARA = { id: 'dara', edition: '2022-provisional' } as const;

/** One route of a decision, by id. */
export function route(decision: MaracDecision, id: MaracRouteId): MaracRoute {
  const found = decision.routes.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no route ${id}`);
  return found;
}

/** A checklist result: `yes` yes answers, `unknown` don't-knows, the rest no. */
export function checklist(
  yes: number,
  options: { id?: string; assessedAt?: string; unknown?: number; instrument?: Instrument; answers?: Record<string, DashAnswerValue> } = {},
): AssessmentResult {
  const instrument = options.instrument ?? dashRic2009;
  const answers: Record<string, DashAnswerValue> = {};
  let given = 0;
  let unknown = 0;
  for (const id of itemIds(instrument)) {
    if (given < yes) {
      answers[id] = 'yes';
      given++;
    } else if (unknown < (options.unknown ?? 0)) {
      answers[id] = 'dont-know';
      unknown++;
    } else {
      answers[id] = 'no';
    }
  }
  const extra = {
    ...(options.id === undefined ? {} : { id: options.id }),
    ...(options.assessedAt === undefined ? {} : { assessedAt: options.assessedAt }),
  };
  return assess(inputWith({ ...answers, ...options.answers }, instrument, extra));
}

/** A checklist entry of a case. */
export function dashEntry(id: string, date: string, yes: number, unknown = 0): CaseAssessment {
  return { id, date, result: checklist(yes, { id, assessedAt: date, unknown }) };
}

/** A DARA result graded by the assessor. */
export function daraResult(level: RiskLevel, id: string | undefined, date: string, referToMarac = false): DaraResult {
  return assessDara({
    instrument: DARA,
    ...(id === undefined ? {} : { id }),
    assessedAt: date,
    answers: {},
    grade: { level, rationale: 'Officer view.', by: 'pc-1', at: date, ...(referToMarac ? { referToMarac: true } : {}) },
  });
}

/** A DARA entry of a case. */
export function daraEntry(id: string, date: string, level: RiskLevel): CaseAssessment {
  return { id, date, firstResponse: true, result: daraResult(level, id, date) };
}

/** A DARA result regraded by a reviewer at `at`. */
export function regraded(result: DaraResult, level: RiskLevel, at: string, by = 'sgt-2'): DaraResult {
  return applyDaraRegrade(result, { level, rationale: 'Reviewed.', by, at });
}

/** A checklist result whose final level was set by judgement (and, optionally, referred to MARAC on judgement). */
export function judged(
  result: AssessmentResult,
  level: RiskLevel,
  at: string,
  options: { by?: string; referToMarac?: boolean } = {},
): AssessmentResult {
  return applyJudgement(
    result,
    { level, rationale: 'Practitioner view.', by: options.by ?? 'p-1', at, ...(options.referToMarac ? { referToMarac: true } : {}) },
    commonLocalBands,
  );
}

/** An abuse event (police-reported crime unless told otherwise). */
export function abuse(date: string, extra: Partial<AbuseEvent> = {}): AbuseEvent {
  return { date, reportedTo: ['police'], crime: true, ...extra };
}

/** The SafeLives policy with some parts replaced, as a local policy. */
export function localPolicy(parts: Partial<MaracPolicy>, id = 'local-test'): MaracPolicy {
  return defineMaracPolicy({ ...safelivesMarac, id, version: 'L1', basis: 'local', ...parts });
}
