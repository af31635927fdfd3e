import { describe, expect, it } from 'vitest';
import {
  applyJudgement,
  assess,
  commonLocalBands,
  crimeOrRecentHistory,
  defineRepeatDefinition,
  everyIncident,
  managementInformation,
  reassessmentDefaults,
  safelivesRepeat,
  type AssessmentResult,
  type CaseAssessment,
  type CaseRecord,
  type CaseReferral,
  type MiOptions,
} from '../../../src/index.js';
import { caseOf, dashAt, incident, plusHours } from '../../support/cases.js';
import { deepFrozen, viaJson } from '../../support/fixtures.js';
import { daraAt, rimAt, SEVERE } from './support.js';

// January to March: London time is UTC.
const FROM = '2025-01-01T00:00:00Z';
const TO = '2025-04-01T00:00:00Z';
const NOW = '2025-04-01T00:00:00Z';
const options: MiOptions = { from: FROM, to: TO, now: NOW, repeat: safelivesRepeat, reassessment: reassessmentDefaults, assessmentRequired: everyIncident };
const mi = (records: readonly CaseRecord[], extra: Partial<MiOptions> = {}) => managementInformation(records, { ...options, ...extra });
const ref = (date: string, agency: CaseReferral['agency'] = 'police'): CaseReferral => ({ date, agency });

function judged(base: CaseAssessment, level: 'standard' | 'medium' | 'high', at: string, authorisedBy?: string): CaseAssessment {
  const judgement = { level, rationale: 'Reviewed with the victim.', by: 'idva-1', at, ...(authorisedBy === undefined ? {} : { authorisedBy }) };
  return { ...base, result: applyJudgement(base.result as AssessmentResult, judgement, commonLocalBands) };
}

describe('the period runs from its start (counted) to its end (not counted), and never past the time of the report', () => {
  it('a referral at the first instant counts; one at the end, or a second before the start, does not', () => {
    const record = caseOf({ maracReferrals: [ref('2024-12-31T23:59:59Z'), ref(FROM), ref(TO)] });
    expect(mi([record], { now: '2025-05-01T00:00:00Z' }).marac.referrals).toBe(1);
  });

  it('with the end after the time of the report, a referral at the time of the report counts and one after it does not', () => {
    const record = caseOf({ maracReferrals: [ref('2025-03-01T00:00:00Z'), ref('2025-03-01T00:00:01Z')] });
    expect(mi([record], { now: '2025-03-01T00:00:00Z' }).marac.referrals).toBe(1);
  });

  it('the report names its period, time, definitions and how many cases it read', () => {
    const report = mi([caseOf({}), caseOf({})]);
    expect(report).toMatchObject({
      miFormat: 1,
      period: { from: FROM, to: TO },
      now: NOW,
      cases: 2,
      definitions: {
        repeat: { id: 'safelives-repeat', version: '1' },
        reassessment: { id: reassessmentDefaults.id, version: reassessmentDefaults.version },
        assessmentRequired: { id: 'every-incident', version: '1' },
      },
    });
    expect(deepFrozen(report)).toBe(true);
  });

  it('every rate is null when there is nothing to divide by', () => {
    const report = mi([caseOf({})]);
    expect(report.marac).toMatchObject({ referrals: 0, repeats: 0, repeatRate: null, fromOtherAgencies: 0, otherAgencyShare: null });
    expect(report.completion).toEqual({ unit: 'incident', incidents: 0, required: 0, assessed: 0, rate: null });
    expect(report.regrading).toEqual({ unit: 'assessment', assessments: 0, regraded: 0, rate: null });
    expect(report.reassessments).toEqual({ unit: 'trigger', due: 0, onTime: 0, late: 0, missed: 0, rate: null });
    expect(report.riskLevels).toEqual({ unit: 'assessment', standard: 0, medium: 0, high: 0, noLevel: 0 });
    expect(report.overrides).toEqual({ unit: 'judgement', raised: 0, lowered: 0, confirmed: 0 });
  });

  it('the notes name the repeat definition and the assessment-required policy used', () => {
    const report = mi([caseOf({ maracReferrals: [ref('2025-02-01T00:00:00Z')] })], { assessmentRequired: crimeOrRecentHistory });
    expect(report.reasons[0]).toBe(
      'MARAC: 1 referrals in the period (per referral); a repeat is a referral within the window of safelives-repeat version 1.',
    );
    expect(report.reasons[2]).toBe('Completion counts incidents in the period with an assessment on or after them, under crime-or-recent-history.');
    expect(report.reasons.join(' ')).toMatch(/no free text/);
  });
});

describe('a MARAC repeat is a referral with an earlier referral of the same case inside the repeat window', () => {
  it('an earlier referral before the period still makes a referral in the period a repeat', () => {
    const report = mi([caseOf({ maracReferrals: [ref('2024-06-01T00:00:00Z'), ref('2025-02-01T10:00:00Z')] })]);
    expect(report.marac).toMatchObject({ referrals: 1, repeats: 1, repeatRate: 1 });
  });

  it('the window includes its first London day: an earlier referral at its first instant counts, one a second before does not', () => {
    const inside = mi([caseOf({ maracReferrals: [ref('2024-02-01T00:00:00Z'), ref('2025-02-01T10:00:00Z')] })]);
    expect(inside.marac.repeats).toBe(1);
    const outside = mi([caseOf({ maracReferrals: [ref('2024-01-31T23:59:59Z'), ref('2025-02-01T10:00:00Z')] })]);
    expect(outside.marac).toMatchObject({ referrals: 1, repeats: 0, repeatRate: 0 });
  });

  it('the latest earlier referral is the one read: a chain of referrals, each within a year of the one before', () => {
    const record = caseOf({ maracReferrals: [ref('2023-01-10T00:00:00Z'), ref('2024-05-01T00:00:00Z'), ref('2025-02-01T00:00:00Z'), ref('2025-03-01T00:00:00Z')] });
    const report = mi([record]);
    expect(report.marac).toMatchObject({ referrals: 2, repeats: 2, repeatRate: 1 });
    // A first referral in the period is not a repeat; a second one is.
    const fresh = mi([caseOf({ maracReferrals: [ref('2025-02-01T00:00:00Z'), ref('2025-03-01T00:00:00Z')] })]);
    expect(fresh.marac).toMatchObject({ referrals: 2, repeats: 1, repeatRate: 0.5 });
  });

  it('a referral at the same instant as another is not a repeat of it', () => {
    const report = mi([caseOf({ maracReferrals: [ref('2025-02-01T00:00:00Z', 'police'), ref('2025-02-01T00:00:00Z', 'idva')] })]);
    expect(report.marac).toMatchObject({ referrals: 2, repeats: 0 });
  });

  it('the repeat window is the definition\u2019s own', () => {
    const quarter = defineRepeatDefinition({ ...viaJson(safelivesRepeat), id: 'quarter', window: { months: 3 } });
    const record = caseOf({ maracReferrals: [ref('2024-10-15T00:00:00Z'), ref('2025-02-01T00:00:00Z')] });
    expect(mi([record]).marac.repeats).toBe(1);
    expect(mi([record], { repeat: quarter }).marac.repeats).toBe(0);
  });

  it('referrals in different cases are never repeats of each other', () => {
    const report = mi([caseOf({ victim: { id: 'v-1' }, maracReferrals: [ref('2025-01-10T00:00:00Z')] }), caseOf({ victim: { id: 'v-1' }, maracReferrals: [ref('2025-02-10T00:00:00Z')] })]);
    expect(report.marac).toMatchObject({ referrals: 2, repeats: 0 });
  });
});

describe('who refers and who is referred', () => {
  it('referrals from any agency but the police are counted as from other agencies, with their share', () => {
    const record = caseOf({ maracReferrals: [ref('2025-01-10T00:00:00Z', 'police'), ref('2025-02-10T00:00:00Z', 'idva'), ref('2025-03-10T00:00:00Z', 'health'), ref('2025-03-20T00:00:00Z', 'police')] });
    expect(mi([record]).marac).toMatchObject({ referrals: 4, fromOtherAgencies: 2, otherAgencyShare: 0.5 });
  });

  it('a victim in several cases is one victim referred; each victim\u2013perpetrator pair is counted once, whatever order the perpetrators are named in', () => {
    const report = mi([
      caseOf({ victim: { id: 'v-1' }, perpetrators: ['p-1', 'p-2'], maracReferrals: [ref('2025-01-10T00:00:00Z')] }),
      caseOf({ victim: { id: 'v-1' }, perpetrators: ['p-2', 'p-1'], maracReferrals: [ref('2025-02-10T00:00:00Z')] }),
      caseOf({ victim: { id: 'v-1' }, perpetrators: ['p-3'], maracReferrals: [ref('2025-02-11T00:00:00Z')] }),
      caseOf({ victim: { id: 'v-2' }, maracReferrals: [ref('2025-02-12T00:00:00Z')] }),
      caseOf({ victim: { id: 'v-3' }, maracReferrals: [ref('2024-02-12T00:00:00Z')] }),
    ]);
    expect(report.marac).toMatchObject({ referrals: 4, victimsReferred: { unit: 'victim', value: 2 }, pairsReferred: { unit: 'victim-perpetrator pair', value: 3 } });
  });

  it('cases without a victim id are each their own victim and pair', () => {
    const report = mi([caseOf({ maracReferrals: [ref('2025-01-10T00:00:00Z')] }), caseOf({ maracReferrals: [ref('2025-01-11T00:00:00Z')] }), caseOf({ victim: { age: 30 }, maracReferrals: [ref('2025-01-12T00:00:00Z')] })]);
    expect(report.marac).toMatchObject({ victimsReferred: { value: 3 }, pairsReferred: { value: 3 } });
  });
});

describe('risk levels and regrading count the assessments completed in the period', () => {
  it('each assessment by final level; RIM results and screens as no level; only the period\u2019s', () => {
    const screen: CaseAssessment = { id: 's-1', date: '2025-02-05T00:00:00Z', result: assess({ instrument: { id: 's-dash', edition: '2009' }, id: 's-1', assessedAt: '2025-02-05T00:00:00Z', answers: {} }) };
    const record = caseOf({
      assessments: [
        dashAt('old', '2024-12-31T23:59:59Z', 'high'),
        dashAt('a-s', FROM, 'standard'),
        dashAt('a-m', '2025-01-20T00:00:00Z', 'medium'),
        dashAt('a-h', '2025-02-01T00:00:00Z', 'high'),
        daraAt('d-h', '2025-02-02T00:00:00Z', 'high'),
        rimAt('rim-1', '2025-02-03T00:00:00Z', [SEVERE]),
        screen,
        dashAt('late', TO, 'high'),
      ],
    });
    const report = mi([record], { now: '2025-05-01T00:00:00Z' });
    expect(report.riskLevels).toEqual({ unit: 'assessment', standard: 1, medium: 1, high: 2, noLevel: 2 });
    // The regrading rate is over assessments with a level or a screen, never a RIM.
    expect(report.regrading).toEqual({ unit: 'assessment', assessments: 5, regraded: 0, rate: 0 });
  });

  it('an assessment whose level was raised or lowered by judgement is regraded; one confirmed is not', () => {
    const raised = judged(dashAt('r', '2025-01-10T00:00:00Z', 'standard'), 'high', '2025-01-10T01:00:00Z');
    const lowered = judged(judged(dashAt('l', '2025-01-11T00:00:00Z', 'standard'), 'high', '2025-01-11T01:00:00Z'), 'medium', '2025-01-11T02:00:00Z', 'insp-1');
    const confirmed = judged(dashAt('c', '2025-01-12T00:00:00Z', 'medium'), 'medium', '2025-01-12T01:00:00Z');
    const report = mi([caseOf({ assessments: [raised, lowered, confirmed, dashAt('plain', '2025-01-13T00:00:00Z', 'medium')] })]);
    expect(report.regrading).toEqual({ unit: 'assessment', assessments: 4, regraded: 2, rate: 0.5 });
    expect(report.riskLevels).toMatchObject({ standard: 0, medium: 3, high: 1 });
    expect(report.overrides).toEqual({ unit: 'judgement', raised: 2, lowered: 1, confirmed: 1 });
  });

  it('judgements are counted by their own date, in the period, whatever the date of the assessment; a DARA grade as entered is not a judgement', () => {
    const before = judged(dashAt('b', '2024-12-20T00:00:00Z', 'standard'), 'high', '2025-01-05T00:00:00Z');
    const after = judged(dashAt('a', '2025-03-31T00:00:00Z', 'standard'), 'high', '2025-04-02T00:00:00Z');
    const report = mi([caseOf({ assessments: [before, after, daraAt('d', '2025-02-01T00:00:00Z', 'high')] })], { now: '2025-05-01T00:00:00Z' });
    expect(report.overrides).toEqual({ unit: 'judgement', raised: 1, lowered: 0, confirmed: 0 });
  });
});

describe('completion counts the incidents in the period and those with an assessment', () => {
  it('required and assessed incidents, under the policy given', () => {
    const record = caseOf({
      events: [
        incident('2024-12-31T23:00:00Z', true, ['police'], 'before'),
        incident('2025-01-10T20:00:00Z', false, ['police'], 'i-1'),
        incident('2025-02-10T20:00:00Z', true, ['police'], 'i-2'),
        incident('2025-03-10T20:00:00Z', false, ['police'], 'i-3'),
        { type: 'released-from-custody', date: '2025-03-11T00:00:00Z' },
      ],
      assessments: [dashAt('a-2', '2025-02-10T22:00:00Z')],
    });
    expect(mi([record]).completion).toEqual({ unit: 'incident', incidents: 3, required: 3, assessed: 1, rate: 1 / 3 });
    // Under the historical rule a first-time non-crime incident is not required; a non-crime one with an incident in the 12 months before is.
    const historical = mi([caseOf({ events: [incident('2025-01-10T20:00:00Z', false), incident('2025-06-10T20:00:00Z', false)] })], { assessmentRequired: crimeOrRecentHistory, now: '2025-07-01T00:00:00Z', to: '2025-07-01T00:00:00Z' });
    expect(historical.completion).toEqual({ unit: 'incident', incidents: 2, required: 1, assessed: 0, rate: 0 });
  });

  it('an incident after the time of the report is not counted', () => {
    const record = caseOf({ events: [incident('2025-02-10T20:00:00Z'), incident('2025-03-10T20:00:00Z')] });
    expect(mi([record], { now: '2025-03-01T00:00:00Z' }).completion).toMatchObject({ incidents: 1, required: 1 });
  });
});

describe('event-triggered reassessments due in the period', () => {
  // A further incident is due for reassessment by the end of the next London date.
  const at = '2025-02-10T20:00:00Z';
  const due = '2025-02-11T23:59:59Z';

  it('on time (an assessment at the deadline), late, or missed', () => {
    const onTime = caseOf({ assessments: [dashAt('a-0', '2025-01-05T00:00:00Z')], events: [incident(at)] });
    const onTimeAnswered = { ...onTime, assessments: [...onTime.assessments, dashAt('a-1', due)] };
    expect(mi([onTimeAnswered]).reassessments).toEqual({ unit: 'trigger', due: 1, onTime: 1, late: 0, missed: 0, rate: 1 });
    const late = { ...onTime, assessments: [...onTime.assessments, dashAt('a-1', '2025-02-12T00:00:00Z')] };
    expect(mi([late]).reassessments).toEqual({ unit: 'trigger', due: 1, onTime: 0, late: 1, missed: 0, rate: 0 });
    expect(mi([onTime]).reassessments).toEqual({ unit: 'trigger', due: 1, onTime: 0, late: 0, missed: 1, rate: 0 });
  });

  it('an answer dated after the time of the report is missed, and a trigger not yet due at the time of the report is not counted', () => {
    const record = caseOf({ events: [incident(at)], assessments: [dashAt('a-1', '2025-02-11T10:00:00Z')] });
    expect(mi([record], { now: '2025-02-11T09:00:00Z' }).reassessments).toMatchObject({ due: 0 });
    expect(mi([record], { now: '2025-02-12T00:00:00Z' }).reassessments).toMatchObject({ due: 1, onTime: 1 });
    const unanswered = caseOf({ events: [incident(at)], assessments: [dashAt('a-1', '2025-02-13T10:00:00Z')] });
    expect(mi([unanswered], { now: '2025-02-12T00:00:00Z' }).reassessments).toMatchObject({ due: 1, missed: 1, late: 0 });
  });

  it('a trigger due outside the period is not counted', () => {
    const early = caseOf({ events: [incident('2024-12-30T20:00:00Z')] });
    expect(mi([early]).reassessments.due).toBe(0);
    const edge = caseOf({ events: [incident('2024-12-31T00:00:00Z')] });
    // Due by the end of 1 January 2025, inside the period.
    expect(mi([edge]).reassessments).toMatchObject({ due: 1, missed: 1 });
    expect(mi([caseOf({ events: [incident(plusHours(TO, -1))] })], { now: '2025-05-01T00:00:00Z' }).reassessments.due).toBe(0);
  });
});

describe('mi-distinct-keys: victims and pairs are told apart whatever characters their ids hold', () => {
  it('ids with separators, and a victim id that looks like a case place, are never merged', () => {
    const referred = (parts: Partial<CaseRecord>) => caseOf({ ...parts, maracReferrals: [ref('2025-02-01T00:00:00Z')] });
    const figures = mi([
      referred({ victim: { id: 'v-1' }, perpetrators: ['p-1,p-2'] }),
      referred({ victim: { id: 'v-1' }, perpetrators: ['p-1', 'p-2'] }),
      referred({ victim: { id: '#3' } }),
      referred({}),
    ]).marac;
    expect(figures.victimsReferred.value).toBe(3);
    expect(figures.pairsReferred.value).toBe(4);
  });
});
