// Edges of the assessment deadline, the comparison's refusal, and the management-information counts.
import { describe, expect, it } from 'vitest';
import {
  applyDaraRegrade,
  assess,
  assessmentStatus,
  compareAssessments,
  everyIncident,
  managementInformation,
  reassessmentDefaults,
  safelivesRepeat,
  type CaseRecord,
  type DaraResult,
  type MiOptions,
} from '../../../src/index.js';
import { managementInformation as managementInformationCore } from '../../../src/core/case/mi.js';
import { caseOf, dashAt, incident, plusHours } from '../../support/cases.js';
import { thrown } from '../../support/errors.js';
import { inputWithYes } from '../../support/fixtures.js';
import { daraAt } from './support.js';

const T = '2025-01-10T20:00:00Z';

describe('an assessment within the deadline answers the incident even after a further incident', () => {
  it('an assessment after the next incident, but inside the first one\u2019s deadline, answers both', () => {
    const record = caseOf({ events: [incident(T, false, ['police'], 'first'), incident(plusHours(T, 2), false, ['police'], 'second')], assessments: [dashAt('a-1', plusHours(T, 3))] });
    expect(assessmentStatus(record, plusHours(T, 30), everyIncident).map((s) => [s.incident.id, s.status, s.assessmentId])).toEqual([
      ['first', 'assessed', 'a-1'],
      ['second', 'assessed', 'a-1'],
    ]);
  });

  it('an assessment exactly at the first incident\u2019s deadline, after a further incident, still answers it', () => {
    const record = caseOf({ events: [incident(T, false, ['police'], 'first'), incident(plusHours(T, 10), false, ['police'], 'second')], assessments: [dashAt('a-1', plusHours(T, 24))] });
    const first = assessmentStatus(record, plusHours(T, 30), everyIncident)[0]!;
    expect(first).toMatchObject({ status: 'assessed', assessmentId: 'a-1' });
    expect(first.reason).not.toContain('after the deadline');
  });
});

describe('comparing results that share no item', () => {
  it('the refusal says why', () => {
    const screen = assess({ instrument: { id: 's-dash', edition: '2009' }, answers: {} });
    expect(thrown(() => compareAssessments(assess(inputWithYes(3)), screen, reassessmentDefaults)).issues[0]!.message).toBe('shares no items with the earlier assessment');
  });
});

describe('management information: pairs, regrades and the deadline instant', () => {
  const options: MiOptions = { from: '2025-01-01T00:00:00Z', to: '2025-04-01T00:00:00Z', now: '2025-04-01T00:00:00Z', repeat: safelivesRepeat, reassessment: reassessmentDefaults, assessmentRequired: everyIncident };
  const mi = (records: readonly CaseRecord[], extra: Partial<MiOptions> = {}) => managementInformation(records, { ...options, ...extra });
  const referral = { date: '2025-02-01T00:00:00Z', agency: 'idva' as const };

  it('a case naming no perpetrator, with an empty list or none, is the same victim\u2013perpetrator pair', () => {
    const report = mi([caseOf({ victim: { id: 'v-1' }, perpetrators: [], maracReferrals: [referral] }), caseOf({ victim: { id: 'v-1' }, maracReferrals: [referral] })]);
    expect(report.marac.pairsReferred.value).toBe(1);
  });

  it('perpetrator ids are kept apart: p-1 with 2 is not p-12', () => {
    const report = mi([caseOf({ victim: { id: 'v-1' }, perpetrators: ['p-1', '2'], maracReferrals: [referral] }), caseOf({ victim: { id: 'v-1' }, perpetrators: ['p-12'], maracReferrals: [referral] })]);
    expect(report.marac).toMatchObject({ victimsReferred: { value: 1 }, pairsReferred: { value: 2 } });
  });

  it('perpetrator ids are never run together: p-1 and p-2 are not p-1p-2', () => {
    const report = mi([caseOf({ victim: { id: 'v-1' }, perpetrators: ['p-2', 'p-1'], maracReferrals: [referral] }), caseOf({ victim: { id: 'v-1' }, perpetrators: ['p-1p-2'], maracReferrals: [referral] })]);
    expect(report.marac).toMatchObject({ victimsReferred: { value: 1 }, pairsReferred: { value: 2 } });
  });

  it('a DARA grade lowered on regrade is a regraded assessment and a lowering', () => {
    const graded = daraAt('d-1', '2025-02-01T10:00:00Z', 'high');
    const lowered = { ...graded, result: applyDaraRegrade(graded.result as DaraResult, { level: 'medium', rationale: 'Perpetrator remanded.', by: 'sgt-1', at: '2025-02-02T10:00:00Z', authorisedBy: 'insp-1' }) };
    const report = mi([caseOf({ assessments: [lowered] })]);
    expect(report.regrading).toEqual({ unit: 'assessment', assessments: 1, regraded: 1, rate: 1 });
    expect(report.overrides).toEqual({ unit: 'judgement', raised: 0, lowered: 1, confirmed: 0 });
  });

  it('a reassessment due at the very instant of the report, done at that instant, is counted as done on time', () => {
    // A further incident is due for reassessment by the end of the next London date.
    const due = '2025-02-11T23:59:59.999Z';
    const record = caseOf({ events: [incident('2025-02-10T20:00:00Z')], assessments: [dashAt('a-1', due)] });
    expect(mi([record], { now: due }).reassessments).toEqual({ unit: 'trigger', due: 1, onTime: 1, late: 0, missed: 0, rate: 1 });
    expect(mi([record], { now: '2025-03-01T00:00:00Z' }).reassessments).toMatchObject({ due: 1, onTime: 1, late: 0 });
  });

  it('the notes say what each figure counts', () => {
    expect(mi([caseOf({})]).reasons).toEqual([
      'MARAC: 0 referrals in the period (per referral); a repeat is a referral within the window of safelives-repeat version 1.',
      'Risk levels count assessments completed in the period by final level; RIM results and screens without a level are counted as no level.',
      'Completion counts incidents in the period with an assessment on or after them, under every-incident.',
      'Reassessments count event triggers due in the period; the periodic review clock is not counted here.',
      'Only structured fields are read; no free text.',
    ]);
  });

  it('the period\u2019s ends are named when they cannot be read', () => {
    expect(thrown(() => managementInformationCore([], { ...options, from: '1 January' })).issues[0]).toMatchObject({ path: ['from'], rule: 'iso-datetime' });
    expect(thrown(() => managementInformationCore([], { ...options, to: '1 April' })).issues[0]).toMatchObject({ path: ['to'], rule: 'iso-datetime' });
  });
});
