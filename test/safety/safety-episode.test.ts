// No silent under-grading at case level: the episode rule, reasons to refer that stay until
// answered, repeats of any abuse with the abuser checked, windows on London calendar dates,
// and children and young people. Each test is named after the rule it proves; the hazard log
// (docs/hazard-log.md) names these tests.
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDara,
  assessmentStatus,
  assessRim,
  applyDaraRegrade,
  applyJudgement,
  cambridgeshireInterventionLevels,
  caseEpisode,
  caseMaracCheck,
  checkMarac,
  checkSafetyPlan,
  commonLocalBands,
  crimeOrRecentHistory,
  defineEpisodePolicy,
  defineMaracPolicy,
  dueReassessments,
  episodeDefaults,
  interventionLevel,
  policeDash2009,
  reassessmentDefaults,
  safelivesMarac,
  caadaCrimeOnlyRepeatMarac,
  type AssessmentResult,
  type CaseAssessment,
  type CaseEvent,
  type CaseRecord,
  type DaraInput,
  type DaraResult,
} from '../../src/index.js';
import { caseOf } from '../support/cases.js';
import { thrown } from '../support/errors.js';
import { inputWith, inputWithYes, viaJson } from '../support/fixtures.js';

const DARA = { id: 'dara', edition: '2022-provisional' };

function dash(id: string, date: string, yes: number): CaseAssessment {
  return { id, date, result: assess({ ...inputWithYes(yes), id, assessedAt: date }) };
}

function dara(id: string, date: string, level: 'standard' | 'medium' | 'high', extra: Partial<DaraInput> = {}): CaseAssessment {
  return {
    id,
    date,
    firstResponse: true,
    result: assessDara({ instrument: DARA, id, assessedAt: date, answers: {}, grade: { level, rationale: 'Officer\u2019s view.', by: 'pc-1', at: date }, ...extra }),
  };
}

function abuse(type: CaseEvent['type'], date: string, extra: Partial<CaseEvent> = {}): CaseEvent {
  return { type, date, crime: true, reportedTo: ['police'], ...extra };
}

// The trace in the issue: a DASH RIC with 15 yes on 1 March, never referred, then a first-response DARA graded standard on 10 March.
const MARCH_1 = '2025-03-01T10:00:00Z';
const MARCH_10 = '2025-03-10T22:00:00Z';
const NOW = '2025-03-11T09:00:00Z';
const TRACE = caseOf({ victim: { age: 34 }, assessments: [dash('dash-1', MARCH_1, 15), dara('dara-1', MARCH_10, 'standard')] });

describe('the episode rule: every assessment of the current episode counts, the highest level governs', () => {
  it('rule: a later, lower assessment never cancels an earlier high one (MARAC, review clock, safety plan, intervention level)', () => {
    const decision = caseMaracCheck(TRACE, NOW);
    expect(decision.refer).toBe(true);
    expect(decision.routesMet).toEqual(['visible-high-risk']);
    expect(decision.routes[0]!.evidence).toMatchObject({ kind: 'count', count: 15, assessmentId: 'dash-1', assessedAt: MARCH_1 });
    expect(decision.routes[0]!.reason).toMatch(/stays a reason to refer/);
    expect(decision.episode?.governing).toMatchObject({ assessmentId: 'dash-1', level: 'high' });

    const due = dueReassessments(TRACE, NOW, reassessmentDefaults);
    const clock = [...due.due, ...due.upcoming].find((item) => item.kind === 'clock');
    expect(clock).toMatchObject({ title: 'Periodic review (high)', dueDate: '2025-04-21' });
    expect(clock?.reason).toMatch(/governing one \(assessment dash-1/);

    const plan = checkSafetyPlan(TRACE, NOW);
    expect(plan.highRisk).toBe(true);
    expect(plan.flags.map((flag) => flag.id)).toEqual(['no-plan']);
    expect(plan.highRiskReason).toMatch(/dash-1/);

    expect(interventionLevel(TRACE, NOW, cambridgeshireInterventionLevels)).toMatchObject({ level: 4 });
  });

  it('rule: each case check says which assessment governs and why', () => {
    const episode = caseEpisode(TRACE, NOW);
    expect(episode).toMatchObject({
      policy: { id: 'episode-12-months', version: '1', basis: 'library-default' },
      startedBy: 'window',
      startDate: '2024-03-11',
      before: 0,
      governing: { assessmentId: 'dash-1', level: 'high', instrument: { id: 'dash-ric', edition: '2009' } },
    });
    expect(episode.assessments.map((a) => [a.assessmentId, a.level])).toEqual([
      ['dash-1', 'high'],
      ['dara-1', 'standard'],
    ]);
    expect(episode.reasons.join(' ')).toMatch(/Governing level high: assessment dash-1/);
    for (const check of [dueReassessments(TRACE, NOW, reassessmentDefaults), checkSafetyPlan(TRACE, NOW), interventionLevel(TRACE, NOW, cambridgeshireInterventionLevels)!]) {
      expect(check.episode.governing?.assessmentId).toBe('dash-1');
    }
  });

  it('rule: a drop in level between assessments of one episode is flagged level-dropped, with what to check', () => {
    const flags = caseEpisode(TRACE, NOW).flags;
    const dropped = flags.find((flag) => flag.id === 'level-dropped')!;
    expect(dropped.from).toMatchObject({ assessmentId: 'dash-1', instrument: { id: 'dash-ric' }, level: 'high' });
    expect(dropped.to).toMatchObject({ assessmentId: 'dara-1', instrument: { id: 'dara' }, level: 'standard' });
    expect(dropped.reason).toMatch(/Check what changed/);
    expect(caseMaracCheck(TRACE, NOW).episode?.flags.map((flag) => flag.id)).toContain('level-dropped');
  });

  it('rule: a high level never followed by a referral stays a reason to refer, flagged high-not-referred', () => {
    expect(caseEpisode(TRACE, NOW).flags.map((flag) => flag.id)).toEqual(['level-dropped', 'high-not-referred']);
  });

  it('rule: a MARAC referral answers the reasons before it, and the case stays governed by the level that led to it', () => {
    const referred = { ...TRACE, maracReferrals: [{ date: '2025-03-02T09:00:00Z', agency: 'idva' as const }] };
    const decision = caseMaracCheck(referred, NOW);
    expect(decision.refer).toBe(false);
    expect(decision.routes[0]!.reason).toMatch(/was answered by the MARAC referral of 2025-03-02T09:00:00Z/);
    expect(caseEpisode(referred, NOW).flags.map((flag) => flag.id)).toEqual(['level-dropped']);
    expect(dueReassessments(referred, NOW, reassessmentDefaults).upcoming.find((item) => item.kind === 'clock')?.title).toBe('Periodic review (high)');
    expect(checkSafetyPlan(referred, NOW).highRisk).toBe(true);
  });

  it('rule: a recorded decision not to refer (who, when, why) answers the reasons before it, never a later one', () => {
    const decided: CaseRecord = {
      ...TRACE,
      decisionsNotToRefer: [{ date: '2025-03-03T09:00:00Z', assessmentIds: ['dash-1'], by: 'marac-chair-2', rationale: 'Already open to the MARAC in the area she moved to.' }],
    };
    const answered = caseMaracCheck(decided, NOW);
    expect(answered.refer).toBe(false);
    expect(answered.routes[0]!.reason).toMatch(/decision not to refer recorded by marac-chair-2/);
    const later = { ...decided, assessments: [...decided.assessments, dash('dash-2', '2025-03-20T10:00:00Z', 16)] };
    const again = caseMaracCheck(later, '2025-03-21T09:00:00Z');
    expect(again.routesMet).toEqual(['visible-high-risk']);
    expect(again.routes[0]!.evidence).toMatchObject({ assessmentId: 'dash-2', count: 16 });
    expect(thrown(() => caseMaracCheck({ ...TRACE, decisionsNotToRefer: [{ date: NOW, assessmentIds: ['dash-1'], by: 'x', rationale: ' ' }] }, NOW)).issues[0]).toMatchObject({
      path: ['decisionsNotToRefer', 0, 'rationale'],
    });
  });

  it('rule: a recorded closure ends the episode; assessments before it no longer govern', () => {
    const closed: CaseRecord = {
      ...TRACE,
      assessments: [...TRACE.assessments, dash('dash-2', '2025-06-01T10:00:00Z', 4)],
      closures: [{ date: '2025-04-01T12:00:00Z', by: 'idva-lead-1', rationale: 'Perpetrator imprisoned; victim moved; plan complete.' }],
    };
    const episode = caseEpisode(closed, '2025-06-02T09:00:00Z');
    expect(episode).toMatchObject({ startedBy: 'closure', closure: { by: 'idva-lead-1' }, before: 2, governing: { assessmentId: 'dash-2', level: 'standard' } });
    expect(caseMaracCheck(closed, '2025-06-02T09:00:00Z').refer).toBe(false);
  });

  it('rule: the episode reaches back at most its window (12 months on London dates, a labelled library default)', () => {
    const referral = { date: '2024-03-12T09:00:00Z', agency: 'idva' as const };
    const old = caseOf({ assessments: [dash('dash-old', '2024-03-10T22:30:00Z', 15), dara('dara-1', MARCH_10, 'standard')], maracReferrals: [referral] });
    // 22:30 UTC on 10 March 2024 is 10 March in London (GMT): one day before the window's first date, 11 March 2024.
    const episode = caseEpisode(old, NOW);
    expect(episode).toMatchObject({ before: 1, governing: { assessmentId: 'dara-1' } });
    expect(episode.reasons[0]).toMatch(/1 earlier assessment is on record outside it/);
    expect(episodeDefaults.windowBasis).toBe('library-default');
    const inside = caseOf({ assessments: [dash('dash-old', '2024-03-11T00:30:00Z', 15), dara('dara-1', MARCH_10, 'standard')], maracReferrals: [referral] });
    expect(caseEpisode(inside, NOW).governing?.assessmentId).toBe('dash-old');
    const six = defineEpisodePolicy({ ...episodeDefaults, id: 'six-months', basis: 'local', window: { months: 6 }, windowBasis: 'local' });
    expect(caseEpisode(inside, NOW, six).governing?.assessmentId).toBe('dara-1');
  });

  it('rule: the window never silently empties a case: with no assessment in it, the last known picture stands and asks for a reassessment', () => {
    const referred = caseOf({ assessments: [dash('dash-1', '2024-01-10T10:00:00Z', 18)], maracReferrals: [{ date: '2024-01-11T10:00:00Z', agency: 'idva' }] });
    const due = dueReassessments(referred, '2025-01-12T09:00:00Z', reassessmentDefaults);
    expect(due.due.find((item) => item.kind === 'clock')).toMatchObject({ title: 'Periodic review (high)', status: 'overdue' });
    expect(due.episode).toMatchObject({ startedBy: 'latest-assessment', governing: { assessmentId: 'dash-1' } });
    expect(due.episode.flags.map((flag) => flag.id)).toEqual(['no-assessment-in-window']);
    const unreferred = caseOf({ victim: { age: 30 }, assessments: [dash('dash-1', '2024-02-01T10:00:00Z', 16)] });
    const at = '2025-03-05T09:00:00Z';
    expect(caseMaracCheck(unreferred, at).routesMet).toEqual(['visible-high-risk']);
    expect(checkSafetyPlan(unreferred, at)).toMatchObject({ highRisk: true, flags: [{ id: 'no-plan' }] });
    expect(interventionLevel(unreferred, at, cambridgeshireInterventionLevels)?.level).toBe(4);
  });

  it('rule: a high level never referred never leaves the episode; an answered one that leaves the window is flagged left-window', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [dash('dash-1', '2024-03-01T10:00:00Z', 18), dara('dara-1', '2025-02-20T22:00:00Z', 'standard')] });
    for (const now of ['2025-03-01T23:59:00Z', '2025-03-02T00:30:00Z', '2026-01-01T09:00:00Z']) {
      const decision = caseMaracCheck(record, now);
      expect(decision.routesMet).toEqual(['visible-high-risk']);
      expect(decision.routes[0]!.evidence).toMatchObject({ assessmentId: 'dash-1' });
      expect(checkSafetyPlan(record, now).highRisk).toBe(true);
      expect(decision.episode?.governing?.assessmentId).toBe('dash-1');
    }
    const episode = caseEpisode(record, '2025-03-02T00:30:00Z');
    expect(episode.flags.map((flag) => flag.id)).toEqual(['level-dropped', 'high-not-referred']);
    expect(episode.flags[1]!.reason).toMatch(/a reason to refer never expires/);
    const referred = { ...record, maracReferrals: [{ date: '2024-03-02T10:00:00Z', agency: 'idva' as const }] };
    const after = caseEpisode(referred, '2025-03-02T00:30:00Z');
    expect(after.governing?.assessmentId).toBe('dara-1');
    expect(after.flags.map((flag) => [flag.id, flag.from.assessmentId, flag.to?.assessmentId ?? null])).toEqual([['left-window', 'dash-1', 'dara-1']]);
  });

  it('rule: a decision not to refer names the assessments it answers, and sets aside another practitioner\u2019s judgement only with an authoriser', () => {
    const base = dash('dash-1', MARCH_1, 5);
    const referredOnJudgement = {
      ...base,
      result: applyJudgement(base.result as AssessmentResult, { level: 'high', rationale: 'Strangulation.', by: 'idva-1', at: '2025-03-01T11:00:00Z', referToMarac: true }, commonLocalBands),
    };
    const decision = { date: '2025-03-02T09:00:00Z', assessmentIds: ['dash-1'], by: 'pc-9', rationale: 'Not needed.' };
    const colleague = caseOf({ victim: { age: 30 }, assessments: [referredOnJudgement], decisionsNotToRefer: [decision] });
    expect(caseMaracCheck(colleague, NOW).routesMet).toEqual(['professional-judgement']);
    const authorised = { ...colleague, decisionsNotToRefer: [{ ...decision, authorisedBy: 'insp-2' }] };
    expect(caseMaracCheck(authorised, NOW).routesMet).toEqual([]);
    const own = { ...colleague, decisionsNotToRefer: [{ ...decision, by: 'idva-1' }] };
    expect(caseMaracCheck(own, NOW).routesMet).toEqual([]);
    // A decision on one assessment does not answer another, even one completed earlier but entered later.
    const two = caseOf({
      victim: { age: 30 },
      assessments: [dash('dash-1', '2025-02-28T10:00:00Z', 15), dash('dash-2', MARCH_1, 20)],
      decisionsNotToRefer: [{ date: '2025-03-03T09:00:00Z', assessmentIds: ['dash-1'], by: 'chair-1', rationale: 'Open to another MARAC.' }],
    });
    expect(caseMaracCheck(two, NOW).routes[0]!.evidence).toMatchObject({ assessmentId: 'dash-2', count: 20 });
    const unknown = thrown(() => caseMaracCheck({ ...two, decisionsNotToRefer: [{ ...decision, assessmentIds: ['dash-9'] }] }, NOW));
    expect(unknown.issues[0]).toMatchObject({ path: ['decisionsNotToRefer', 0, 'assessmentIds', 0], rule: 'unknown-assessment' });
    expect(thrown(() => caseMaracCheck({ ...two, decisionsNotToRefer: [{ ...decision, assessmentIds: ['dash-1'], authorisedBy: 'PC-9 ' }] }, NOW)).issues[0]).toMatchObject({
      path: ['decisionsNotToRefer', 0, 'authorisedBy'],
      rule: 'authoriser-not-independent',
    });
    for (const blank of [{ by: ' ' }, { rationale: '\u200b' }, { authorisedBy: '\u200b' }]) {
      expect(thrown(() => caseMaracCheck({ ...two, decisionsNotToRefer: [{ ...decision, assessmentIds: ['dash-1'], ...blank }] }, NOW)).issues[0]?.rule).toBe('not-blank');
    }
  });

  it('rule: a closure with a reason to refer open is flagged, and an assessment at the moment of a closure belongs to the new episode', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [dash('dash-1', MARCH_1, 16)], closures: [{ date: '2025-03-02T10:00:00Z', by: 'idva-2', rationale: 'Moved away.' }] });
    const episode = caseEpisode(record, NOW);
    expect(episode.flags.map((flag) => [flag.id, flag.from.assessmentId])).toEqual([['closed-with-reason-open', 'dash-1']]);
    const same = caseOf({ victim: { age: 30 }, assessments: [dash('dash-1', MARCH_1, 16)], closures: [{ date: MARCH_1, by: 'idva-2', rationale: 'Moved away.' }] });
    expect(caseMaracCheck(same, NOW).routesMet).toEqual(['visible-high-risk']);
    expect(thrown(() => caseEpisode({ ...record, closures: [{ date: NOW, by: '\u200b', rationale: 'r' }] }, NOW)).issues[0]?.rule).toBe('not-blank');
  });

  it('rule: a decision recorded after a closure on an earlier assessment brings it into the new episode', () => {
    const base = dash('dash-1', '2025-01-10T10:00:00Z', 3);
    const raised = { ...base, result: applyJudgement(base.result as AssessmentResult, { level: 'high', rationale: 'New disclosure.', by: 'idva-1', at: '2025-02-20T10:00:00Z', referToMarac: true }, commonLocalBands) };
    const closed = caseOf({ victim: { age: 30 }, assessments: [raised], closures: [{ date: '2025-02-01T10:00:00Z', by: 'pc-9', rationale: 'No further concerns.' }] });
    const at = '2025-03-01T09:00:00Z';
    expect(caseEpisode(closed, at).governing).toMatchObject({ assessmentId: 'dash-1', level: 'high' });
    expect(caseMaracCheck(closed, at).routesMet).toEqual(['professional-judgement']);
    expect(checkSafetyPlan(closed, at).highRisk).toBe(true);
    const graded = dara('dara-1', '2025-01-10T22:00:00Z', 'medium');
    const regraded = { ...graded, result: applyDaraRegrade(graded.result as DaraResult, { level: 'high', rationale: 'Stalking.', by: 'sgt-1', at: '2025-02-20T10:00:00Z', referToMarac: true }) };
    const closedDara = caseOf({ victim: { age: 30 }, assessments: [regraded], closures: [{ date: '2025-02-01T10:00:00Z', by: 'pc-9', rationale: 'No further concerns.' }] });
    expect(interventionLevel(closedDara, at, cambridgeshireInterventionLevels)?.level).toBe(4);
  });

  it('rule: a child at RIM scale 4 never drops out silently when the window passes', () => {
    const severe = assessRim({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      assessedAt: '2024-01-10T10:00:00Z',
      answers: { 'rim-violence-severe-life-threatening': { value: 'confirmed' } },
      children: [{ id: 'c-1', age: { years: 3 }, specialNeeds: false }],
    });
    const alone = caseOf({ assessments: [{ id: 'rim-1', date: '2024-01-10T10:00:00Z', result: severe }] });
    const at = '2025-03-01T09:00:00Z';
    expect(checkSafetyPlan(alone, at).highRisk).toBe(true);
    expect(caseEpisode(alone, at).flags.map((flag) => [flag.id, flag.from.assessmentId, flag.from.scale])).toEqual([['no-assessment-in-window', 'rim-1', 4]]);
    const newer = { ...alone, assessments: [...alone.assessments, dara('dara-1', '2025-02-20T22:00:00Z', 'standard')] };
    expect(checkSafetyPlan(newer, at).highRisk).toBe(false);
    expect(caseEpisode(newer, at).flags.map((flag) => [flag.id, flag.from.assessmentId])).toEqual([['left-window', 'rim-1']]);
  });

  it('rule: every closure inside the window that ended an episode with a reason open stays flagged, even after a second closure', () => {
    const record = caseOf({
      victim: { age: 30 },
      assessments: [dash('dash-1', MARCH_1, 16)],
      closures: [
        { date: '2025-03-02T10:00:00Z', by: 'idva-2', rationale: 'Moved away.' },
        { date: '2025-03-02T10:05:00Z', by: 'idva-2', rationale: 'Moved away.' },
      ],
    });
    expect(caseEpisode(record, NOW).flags.map((flag) => flag.id)).toEqual(['closed-with-reason-open']);
  });

  it('rule: a referral held only as a date answers the reasons that arose on that London date', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [dash('dash-1', MARCH_1, 16)], maracReferrals: [{ date: '2025-03-01T00:00:00Z', agency: 'idva', dateOnly: true }] });
    expect(caseMaracCheck(record, NOW).routesMet).toEqual([]);
    const timed = { ...record, maracReferrals: [{ date: '2025-03-01T00:00:00Z', agency: 'idva' as const }] };
    expect(caseMaracCheck(timed, NOW).routesMet).toEqual(['visible-high-risk']);
  });

  it('rule: a high level set by judgement on an earlier assessment stays a reason to refer on judgement', () => {
    const base = dash('dash-1', MARCH_1, 4);
    const raised = { ...base, result: applyJudgement(base.result as AssessmentResult, { level: 'high', rationale: 'Strangulation last week.', by: 'idva-3', at: '2025-03-01T11:00:00Z' }, commonLocalBands) };
    const record = caseOf({ victim: { age: 30 }, assessments: [raised, dara('dara-1', MARCH_10, 'standard')] });
    const decision = caseMaracCheck(record, NOW);
    expect(decision.routesMet).toEqual(['professional-judgement']);
    expect(decision.routes[2]!.evidence).toMatchObject({ source: 'assessment-final-high', assessmentId: 'dash-1', by: 'idva-3' });
  });

  it('rule: a DARA graded high stays a reason to refer after a later DASH below the threshold', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [dara('dara-1', MARCH_1, 'high'), dash('dash-1', MARCH_10, 6)] });
    const decision = caseMaracCheck(record, NOW);
    expect(decision.routesMet).toEqual(['graded-high-risk']);
    expect(decision.routes[1]!.evidence).toMatchObject({ grade: 'high', assessmentId: 'dara-1' });
    expect(decision.routes[1]!.reason).toMatch(/library default/);
  });

  it('rule: a child at RIM scale 4 anywhere in the episode keeps the case high risk for the safety plan and level 4', () => {
    const severe: CaseAssessment = {
      id: 'rim-1',
      date: MARCH_1,
      result: assessRim({
        instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
        assessedAt: MARCH_1,
        answers: { 'rim-violence-severe-life-threatening': { value: 'confirmed' } },
        children: [{ id: 'c-1', age: { years: 9 }, specialNeeds: false }],
      }),
    };
    const record = caseOf({ assessments: [severe, dara('dara-1', MARCH_10, 'standard')] });
    expect(checkSafetyPlan(record, NOW).highRisk).toBe(true);
    expect(interventionLevel(record, NOW, cambridgeshireInterventionLevels)).toMatchObject({ level: 4, reason: expect.stringMatching(/RIM scale 4/) });
  });

  it('rule: a case reads each result as it stood at the check: later decisions are not read, and later assessments are reported', () => {
    const base = dash('dash-1', MARCH_1, 5);
    const raised = applyJudgement(base.result as AssessmentResult, { level: 'high', rationale: 'Strangulation.', by: 'idva-1', at: '2025-03-01T11:00:00Z' }, commonLocalBands);
    const lowered = applyJudgement(raised, { level: 'standard', rationale: 'Reviewed.', by: 'sgt-1', at: '2025-03-20T10:00:00Z', authorisedBy: 'insp-1' }, commonLocalBands);
    const record = caseOf({ victim: { age: 30 }, assessments: [{ ...base, result: lowered }] });
    // As of 5 March the raise stood and the lowering had not happened.
    expect(caseEpisode(record, '2025-03-05T09:00:00Z').governing).toMatchObject({ level: 'high' });
    expect(caseMaracCheck(record, '2025-03-05T09:00:00Z').routesMet).toEqual(['professional-judgement']);
    expect(caseEpisode(record, '2025-03-21T09:00:00Z').governing).toMatchObject({ level: 'standard' });
    const early = caseOf({ assessments: [dash('dash-1', '2025-03-11T09:05:00Z', 16)] });
    const due = dueReassessments(early, NOW, reassessmentDefaults);
    expect(due.reasons.join(' ')).toMatch(/1 dated after it was not read: check the dates/);
    expect(caseMaracCheck(early, NOW).routes[0]!.reason).toMatch(/dated after it was not read/);
  });

  it('rule: a case record whose date or id for an assessment is not the stored result\u2019s own is refused', () => {
    const moved = caseOf({ assessments: [{ ...dash('dash-1', MARCH_1, 16), date: '2023-01-01T10:00:00Z' }] });
    expect(thrown(() => caseMaracCheck(moved, NOW)).issues[0]).toMatchObject({ path: ['assessments', 0, 'date'], rule: 'date-mismatch' });
    const renamed = caseOf({ assessments: [{ ...dash('dash-1', MARCH_1, 16), id: 'dash-9' }] });
    expect(thrown(() => caseMaracCheck(renamed, NOW)).issues[0]).toMatchObject({ path: ['assessments', 0, 'id'], rule: 'id-mismatch' });
  });

  it('rule: a RIM or a screen never answers a trigger that needs a risk reassessment', () => {
    const rim: CaseAssessment = {
      id: 'rim-1',
      date: '2025-03-05T12:00:00Z',
      result: assessRim({
        instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
        assessedAt: '2025-03-05T12:00:00Z',
        answers: {},
        children: [{ id: 'c-1', age: { years: 9 }, specialNeeds: false }],
      }),
    };
    const record = caseOf({ assessments: [dash('dash-1', MARCH_1, 3), rim], events: [{ type: 'released-from-custody', date: '2025-03-04T12:00:00Z' }] });
    expect(dueReassessments(record, '2025-03-06T12:00:00Z', reassessmentDefaults).due.map((item) => [item.trigger, item.status])).toEqual([
      ['released-from-custody', 'overdue'],
    ]);
  });
});

describe('repeats: any further abuse, reported to any agency, between the same victim and abuser(s)', () => {
  const REFERRED = '2025-01-15T10:00:00Z';
  const referral = { date: REFERRED, agency: 'idva' as const, perpetrators: ['p-1'] };

  it.each([
    ['unwanted-contact', false],
    ['stalking', true],
    ['breach', true],
    ['child-contact-incident', false],
    ['new-incident', false],
  ] as const)('rule: %s after a referral is a repeat, crime or not, reported to any agency', (type, crime) => {
    const record = caseOf({ victim: { age: 30 }, maracReferrals: [referral], events: [abuse(type, '2025-02-01T20:00:00Z', { crime, reportedTo: ['housing'] })] });
    const decision = caseMaracCheck(record, '2025-02-02T09:00:00Z');
    expect(decision.routesMet).toEqual(['repeat']);
  });

  it('rule: an unknown crime status is never read as "not a crime" where that would drop a route or an assessment', () => {
    const record = caseOf({ victim: { age: 30 }, maracReferrals: [referral], events: [abuse('unwanted-contact', '2025-02-01T20:00:00Z', { crime: 'unknown' })] });
    const old = caseMaracCheck(record, '2025-02-02T09:00:00Z', caadaCrimeOnlyRepeatMarac);
    expect(old.routesMet).toEqual(['repeat']);
    expect(old.routes[4]!.evidence).toMatchObject({ crimeUnknown: 1, notCrime: 0 });
    expect(old.routes[4]!.reason).toMatch(/unknown is never read as "not a crime"/);
    const notCrime = caseOf({ victim: { age: 30 }, maracReferrals: [referral], events: [abuse('unwanted-contact', '2025-02-01T20:00:00Z', { crime: false })] });
    expect(caseMaracCheck(notCrime, '2025-02-02T09:00:00Z', caadaCrimeOnlyRepeatMarac).routesMet).toEqual([]);
    const status = assessmentStatus(caseOf({ events: [abuse('new-incident', '2025-02-01T20:00:00Z', { crime: 'unknown' })] }), '2025-02-02T09:00:00Z', crimeOrRecentHistory);
    expect(status[0]).toMatchObject({ required: true, reason: expect.stringMatching(/unknown is never read as not a crime/) });
  });

  it('rule: where both the incident and the referral name abusers, a repeat needs a shared one; otherwise it counts and says the link was not checked', () => {
    const at = '2025-02-02T09:00:00Z';
    const other = caseMaracCheck(caseOf({ maracReferrals: [referral], events: [abuse('new-incident', '2025-02-01T20:00:00Z', { perpetrators: ['p-2'] })] }), at);
    expect(other.routesMet).toEqual([]);
    expect(other.routes[4]!.evidence).toMatchObject({ otherPerpetrator: 1 });
    expect(other.routes[4]!.reason).toMatch(/same victim and abuser\(s\)/);
    const shared = caseMaracCheck(caseOf({ maracReferrals: [referral], events: [abuse('new-incident', '2025-02-01T20:00:00Z', { perpetrators: ['p-2', 'p-1'] })] }), at);
    expect(shared.routesMet).toEqual(['repeat']);
    expect(shared.routes[4]!.evidence).toMatchObject({ linkNotChecked: 0 });
    const unnamed = caseMaracCheck(caseOf({ maracReferrals: [referral], events: [abuse('new-incident', '2025-02-01T20:00:00Z')] }), at);
    expect(unnamed.routesMet).toEqual(['repeat']);
    expect(unnamed.routes[4]!.evidence).toMatchObject({ linkNotChecked: 1 });
    expect(unnamed.routes[4]!.reason).toMatch(/link to the referral's abuser\(s\) was not checked/);
  });

  it('rule: an incident repeats the latest earlier referral about the same abuser, not only the latest referral', () => {
    const record = caseOf({
      maracReferrals: [referral, { date: '2025-03-01T10:00:00Z', agency: 'police', perpetrators: ['p-2'] }],
      events: [abuse('new-incident', '2025-03-10T20:00:00Z', { perpetrators: ['p-1'] })],
    });
    const decision = caseMaracCheck(record, '2025-03-11T09:00:00Z');
    expect(decision.routesMet).toEqual(['repeat']);
    expect(decision.routes[4]!.evidence).toMatchObject({ lastReferral: { date: REFERRED } });
  });

  it('rule: an incident known only to the month is read each way that keeps a route, and the reason says so', () => {
    const record = caseOf({
      maracReferrals: [{ date: '2025-03-15T10:00:00Z', agency: 'idva' }],
      events: [abuse('new-incident', '2025-03-01T00:00:00Z', { precision: 'month' })],
    });
    const decision = caseMaracCheck(record, '2025-04-02T09:00:00Z');
    expect(decision.routesMet).toEqual(['repeat']);
    expect(decision.routes[4]!.reason).toMatch(/dated only to the month/);
    const escalation = caseOf({
      events: [abuse('new-incident', '2024-06-01T00:00:00Z', { precision: 'month' }), abuse('breach', '2025-01-10T20:00:00Z'), abuse('stalking', '2025-06-01T20:00:00Z')],
    });
    // The window to 20 June 2025 starts on 20 June 2024: an incident "in June 2024" may be inside it.
    expect(caseMaracCheck(escalation, '2025-06-20T09:00:00Z').routesMet).toEqual(['potential-escalation']);
  });

  it('rule: an incident already taken back to MARAC by a later referral is not counted again', () => {
    const record = caseOf({
      maracReferrals: [referral, { date: '2025-02-05T10:00:00Z', agency: 'idva', perpetrators: ['p-1'] }],
      events: [abuse('new-incident', '2025-02-01T20:00:00Z', { perpetrators: ['p-1'] })],
    });
    expect(caseMaracCheck(record, '2025-02-06T09:00:00Z').routesMet).toEqual([]);
  });

  it('rule: a MARAC referral after the escalation events answers potential escalation; a further event makes it a reason again', () => {
    const events = [abuse('new-incident', '2025-01-02T20:00:00Z'), abuse('unwanted-contact', '2025-01-10T20:00:00Z', { crime: false, reportedTo: ['housing'] }), abuse('breach', '2025-01-20T20:00:00Z')];
    const escalated = caseOf({ victim: { age: 30 }, events });
    expect(caseMaracCheck(escalated, '2025-01-21T09:00:00Z').routesMet).toEqual(['potential-escalation']);
    const referred = { ...escalated, maracReferrals: [{ date: '2025-01-21T10:00:00Z', agency: 'police' as const }] };
    const after = caseMaracCheck(referred, '2025-01-22T09:00:00Z');
    expect(after.routesMet).toEqual([]);
    expect(after.routes[3]!.reason).toMatch(/answered by the MARAC referral of 2025-01-21T10:00:00Z/);
    const again = { ...referred, events: [...events, abuse('unwanted-contact', '2025-01-25T20:00:00Z', { crime: false, reportedTo: ['health'] })] };
    expect(caseMaracCheck(again, '2025-01-26T09:00:00Z').routesMet).toEqual(['potential-escalation', 'repeat']);
  });

  it('rule: a decision not to refer never answers potential escalation or a repeat', () => {
    const decision = { date: '2025-03-01T10:00:00Z', assessmentIds: ['dash-0'], by: 'marac-chair-1', rationale: 'Reviewed.' };
    const escalated = caseOf({
      assessments: [dash('dash-0', '2025-01-01T10:00:00Z', 2)],
      events: [abuse('new-incident', '2025-02-01T20:00:00Z'), abuse('new-incident', '2025-02-10T20:00:00Z'), abuse('new-incident', '2025-02-20T20:00:00Z')],
      decisionsNotToRefer: [decision],
    });
    expect(caseMaracCheck(escalated, '2025-03-02T09:00:00Z').routesMet).toEqual(['potential-escalation']);
    const repeated = caseOf({ assessments: [dash('dash-0', '2025-01-01T10:00:00Z', 2)], maracReferrals: [referral], events: [abuse('new-incident', '2025-02-01T20:00:00Z')], decisionsNotToRefer: [decision] });
    expect(caseMaracCheck(repeated, '2025-03-02T09:00:00Z').routesMet).toEqual(['repeat']);
  });

  it('rule: every abuse event type must carry its crime status and the agencies it was reported to', () => {
    const error = thrown(() => caseMaracCheck(caseOf({ events: [{ type: 'unwanted-contact', date: '2025-02-01T20:00:00Z' }] }), '2025-02-02T09:00:00Z'));
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.rule])).toEqual([
      ['events.0.crime', 'required'],
      ['events.0.reportedTo', 'required'],
    ]);
  });
});

describe('windows on London calendar dates, both ends inclusive', () => {
  it('rule: the time of day of a check never changes a decision (month and day windows)', () => {
    const record = caseOf({
      victim: { age: 30 },
      maracReferrals: [{ date: '2024-06-10T16:00:00Z', agency: 'police' }],
      events: [abuse('new-incident', '2025-06-10T05:00:00Z'), { type: 'released-from-custody', date: '2025-06-09T08:00:00Z' }],
    });
    // 10 June 2025 in London runs from 23:00 UTC on 9 June to 22:59:59.999 UTC on 10 June (BST).
    const times = ['2025-06-10T05:00:01Z', '2025-06-10T12:00:00Z', '2025-06-10T22:59:59Z'];
    const decisions = times.map((now) => caseMaracCheck(record, now));
    for (const decision of decisions) expect(decision.routesMet).toEqual(['repeat']);
    const statuses = times.map((now) => dueReassessments(record, now, reassessmentDefaults).due.map((item) => [item.trigger, item.status, item.dueDate]));
    for (const status of statuses) {
      expect(status).toEqual([
        ['released-from-custody', 'due', '2025-06-10'],
        ['new-incident', 'due', '2025-06-11'],
      ]);
    }
    expect(dueReassessments(record, '2025-06-10T23:00:00Z', reassessmentDefaults).due[0]).toMatchObject({ trigger: 'released-from-custody', status: 'overdue' });
  });

  it('rule: windows hold across British Summer Time and GMT edges', () => {
    // 23:30 UTC on 30 March 2025 is 00:30 BST on 31 March: a 1-day trigger then is due by the end of 1 April.
    const spring = caseOf({ events: [{ type: 'released-from-custody', date: '2025-03-30T23:30:00Z' }] });
    expect(dueReassessments(spring, '2025-03-31T08:00:00Z', reassessmentDefaults).due[0]).toMatchObject({ dueDate: '2025-04-01', dueAt: '2025-04-01T22:59:59.999Z' });
    // 00:30 UTC on 26 October 2025 is 01:30 BST, before the clocks go back: due by the end of 27 October (GMT).
    const autumn = caseOf({ events: [{ type: 'released-from-custody', date: '2025-10-26T00:30:00Z' }] });
    expect(dueReassessments(autumn, '2025-10-26T08:00:00Z', reassessmentDefaults).due[0]).toMatchObject({ dueDate: '2025-10-27', dueAt: '2025-10-27T23:59:59.999Z' });
  });

  it('rule: 12 months from 29 February end on 28 February; a month from 31 January ends on 28 February', () => {
    const leap = { date: '2024-02-29T12:00:00Z', agency: 'police' as const };
    const check = (date: string) => caseMaracCheck(caseOf({ maracReferrals: [leap], events: [abuse('new-incident', date)] }), '2025-06-01T12:00:00Z').routesMet;
    expect(check('2025-02-28T23:59:59Z')).toEqual(['repeat']);
    expect(check('2025-03-01T00:00:00Z')).toEqual([]);
    const monthly = defineMaracPolicy({ ...viaJson(safelivesMarac), id: 'one-month-repeat', basis: 'local', repeat: { window: { months: 1 }, counts: 'any-abuse', basis: 'local' } });
    const jan = { date: '2025-01-31T09:00:00Z', agency: 'police' as const };
    const monthEnd = (date: string) => caseMaracCheck(caseOf({ maracReferrals: [jan], events: [abuse('new-incident', date)] }), '2025-04-01T12:00:00Z', monthly);
    expect(monthEnd('2025-02-28T23:00:00Z').routesMet).toEqual(['repeat']);
    expect(monthEnd('2025-03-01T00:00:00Z').routesMet).toEqual([]);
    expect(monthEnd('2025-02-28T23:00:00Z').routes[4]!.evidence).toMatchObject({ windowDates: { from: '2025-01-31', to: '2025-02-28' } });
  });

  it('rule: hour windows stay exact instants', () => {
    const record = caseOf({ events: [abuse('new-incident', '2025-01-10T20:00:00Z')] });
    expect(assessmentStatus(record, '2025-01-11T20:00:00Z', crimeOrRecentHistory)[0]?.status).toBe('no-assessment-on-record');
    expect(assessmentStatus(record, '2025-01-11T20:00:01Z', crimeOrRecentHistory)[0]?.status).toBe('assessment-overdue');
  });
});

describe('children and young people', () => {
  it('rule: a 16- or 17-year-old victim at visible high risk is referred to MARAC and a children\u2019s safeguarding referral is required', () => {
    for (const age of [16, 17]) {
      const record = caseOf({ victim: { age }, assessments: [dash('dash-1', MARCH_1, 15)] });
      const decision = caseMaracCheck(record, NOW);
      expect(decision.outcome).toBe('refer-to-marac');
      expect(decision.actions).toEqual([
        { id: 'childrens-safeguarding-referral', status: 'required', basis: 'national-guidance', source: expect.stringMatching(/Children Act 1989.*local safeguarding partnership procedures/), reason: expect.stringMatching(/Both are required/) },
      ]);
      expect(decision.reasons.join(' ')).toMatch(/Both are required/);
    }
    // A 16/17-year-old is never treated as an adult only: the safeguarding referral is required even when no MARAC route is met.
    expect(checkMarac({ now: NOW, victimAge: 17 }).actions).toMatchObject([{ status: 'required', reason: expect.stringMatching(/not to be treated as an adult only/) }]);
    expect(checkMarac({ now: NOW, victimAge: 16 }, safelivesMarac).actions).toMatchObject([{ status: 'required' }]);
    expect(checkMarac({ now: NOW, victimAge: 15, assessment: assess(inputWithYes(15)) })).toMatchObject({ outcome: 'children-safeguarding', refer: false, actions: [{ status: 'required' }] });
    expect(checkMarac({ now: NOW, victimAge: 18, assessment: assess(inputWithYes(15)) }).actions).toEqual([]);
  });

  it('rule: a baby under 12 months, or a pregnancy, with a suspected incident is flagged for judgement, not left under review', () => {
    const base = {
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      assessedAt: '2025-03-01T10:00:00Z',
      answers: { 'rim-violence-serious-or-persistent': { value: 'suspected' } },
    };
    const baby = assessRim({ ...base, children: [{ id: 'baby', age: { years: 0, months: 5 }, specialNeeds: false }] }).children[0]!;
    expect(baby.flags).toEqual([{ id: 'pregnancy-or-baby-incident-suspected', reason: expect.stringMatching(/confirm or rule out the incident now.*Do not leave it under review/) }]);
    expect(baby.judgement.status).toBe('pending');
    expect(baby.steps.join(' ')).not.toMatch(/keep it under review/);
    const pregnant = assessRim({ ...base, pregnancy: true, children: [{ id: 'older', age: { years: 9 }, specialNeeds: false }] }).children[0]!;
    expect(pregnant.flags.map((flag) => flag.id)).toEqual(['pregnancy-or-baby-incident-suspected']);
    const confirmed = assessRim({ ...base, answers: { 'rim-violence-serious-or-persistent': { value: 'confirmed' } }, children: [{ id: 'baby', age: { years: 0, months: 5 }, specialNeeds: false }] });
    expect(confirmed.children[0]).toMatchObject({ pregnancyRule: true, suggested: 4, flags: [] });
  });

  it('rule: DASH answers about children, dependants, child contact or a pregnancy prompt the Barnardo\u2019s RIM', () => {
    const police = assess(inputWith({ 'hurt-children-or-dependants': 'yes' }, policeDash2009));
    expect(police.prompts).toEqual([expect.objectContaining({ screen: 'barnardos-rim', items: ['hurt-children-or-dependants'] })]);
    const ric = assess(inputWith({ 'child-contact-conflict': 'yes', 'pregnancy-or-recent-birth': 'yes' }));
    expect(ric.prompts).toEqual([expect.objectContaining({ screen: 'barnardos-rim', items: ['child-contact-conflict', 'pregnancy-or-recent-birth'] })]);
    expect(commonLocalBands.screenPrompts[0]).toMatchObject({ screen: 'barnardos-rim', basis: 'local' });
    expect(assess(inputWith({ 'hurt-children-or-dependants': 'no' }, policeDash2009)).prompts).toEqual([]);
  });

  it('rule: a DARA that records children in the household prompts the RIM; not knowing prompts finding out; not recording it is said', () => {
    const make = (childrenInHousehold?: 'yes' | 'no' | 'dont-know') =>
      assessDara({
        instrument: DARA,
        answers: {},
        grade: { level: 'medium', rationale: 'r', by: 'pc-1', at: MARCH_1 },
        ...(childrenInHousehold === undefined ? {} : { childrenInHousehold }),
      });
    expect(make('yes').prompts).toEqual([expect.objectContaining({ screen: 'barnardos-rim', reason: expect.stringMatching(/Children live in the household/) })]);
    expect(make('dont-know').prompts[0]?.reason).toMatch(/not known whether children live in the household/);
    expect(make('no').prompts).toEqual([]);
    expect(make().childrenInHousehold).toBeNull();
    expect(make().reasons.join(' ')).toMatch(/was not recorded/);
    const pregnant = assessDara({ instrument: DARA, answers: { 'pregnancy-or-recent-birth': { value: 'yes' } }, grade: { level: 'medium', rationale: 'r', by: 'pc-1', at: MARCH_1 } });
    expect(pregnant.prompts.map((prompt) => prompt.screen)).toEqual(['barnardos-rim']);
  });
});
