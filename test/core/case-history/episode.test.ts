// The episode of a case: which assessments it holds (since the last closure, within the window on
// London dates, never dropping an open reason to refer), which one governs, the flags it raises,
// and the reasons a practitioner reads.
import { describe, expect, it } from 'vitest';
import {
  applyJudgement,
  assess,
  assessDara,
  caseEpisode,
  caseMaracCheck,
  commonLocalBands,
  defineEpisodePolicy,
  episodeDefaults,
  type CaseAssessment,
  type CaseClosure,
  type CaseEpisode,
  type CaseRecord,
  type CaseReferral,
} from '../../../src/index.js';
import { caseOf, rimAt } from '../../support/cases.js';
import { inputWithYes } from '../../support/fixtures.js';

const NOW = '2025-03-11T09:00:00Z';
const GOVERNS_TAIL =
  'A later, lower assessment never replaces it. Only a recorded decision changes that: a judgement on that assessment where the policy allows the lowering, or a closure; once a referral or a decision not to refer has answered it, it also stops governing when it is older than the window and a newer assessment is on record.';

function dash(id: string, date: string, yes: number): CaseAssessment {
  return { id, date, result: assess({ ...inputWithYes(yes), id, assessedAt: date }) };
}

function dara(id: string, date: string, level: 'standard' | 'medium' | 'high', gradedAt = date): CaseAssessment {
  return {
    id,
    date,
    result: assessDara({ instrument: { id: 'dara', edition: '2022-provisional' }, id, assessedAt: date, answers: {}, grade: { level, rationale: 'Officer\u2019s view.', by: 'pc-1', at: gradedAt } }),
  };
}

const rim = (id: string, date: string, severe: boolean): CaseAssessment => rimAt(id, date, severe ? ['rim-violence-severe-life-threatening'] : [], 4);

/** A DASH raised (or set) by judgement at `at`. */
function judged(base: CaseAssessment, level: 'standard' | 'medium' | 'high', by: string, at: string, extra: { authorisedBy?: string; referToMarac?: boolean } = {}): CaseAssessment {
  if (base.result.kind !== 'checklist') throw new Error('a DASH');
  return { ...base, result: applyJudgement(base.result, { level, rationale: 'Practitioner\u2019s view.', by, at, ...extra }, commonLocalBands) };
}

const referral = (date: string, dateOnly = false): CaseReferral => ({ date, agency: 'idva', ...(dateOnly ? { dateOnly } : {}) });
const closure = (date: string, by = 'idva-lead', id?: string): CaseClosure => ({ ...(id === undefined ? {} : { id }), date, by, rationale: 'Plan complete.' });
const flagIds = (episode: CaseEpisode) => episode.flags.map((flag) => [flag.id, flag.from.assessmentId, flag.to?.assessmentId ?? null]);
const desc = (id: string, date: string, instrument = 'dash-ric 2009') => `assessment ${id} (${instrument}, ${date})`;
const highOpen = (record: CaseRecord, now = NOW) => caseEpisode(record, now).flags.some((flag) => flag.id === 'high-not-referred');

describe('the highest final level governs; among equals the latest', () => {
  it('two high assessments: the later one governs, and the reason says it is the latest of equals', () => {
    const episode = caseEpisode(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 15), dash('a-2', '2025-03-05T10:00:00Z', 16)], maracReferrals: [referral('2025-03-06T10:00:00Z')] }), NOW);
    expect(episode.governing).toMatchObject({ assessmentId: 'a-2', level: 'high' });
    expect(episode.flags).toEqual([]);
    expect(episode.reasons).toEqual([
      'Episode under episode-12-months version 1: 2 assessments in the 12 months from 2024-03-11 (London dates, both inclusive), the policy window, as no closure is recorded inside it, of every instrument.',
      `Governing level high: ${desc('a-2', '2025-03-05T10:00:00Z')} has the highest final level in the episode (the latest of any equal ones). ${GOVERNS_TAIL}`,
    ]);
  });

  it('a single assessment governs without talk of equals', () => {
    const episode = caseEpisode(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 3)] }), NOW);
    expect(episode).toMatchObject({ startedBy: 'window', startsAt: '2024-03-11T00:00:00.000Z', startDate: '2024-03-11', before: 0, after: 0, closure: null, now: NOW });
    expect(episode.reasons).toEqual([
      'Episode under episode-12-months version 1: 1 assessment in the 12 months from 2024-03-11 (London dates, both inclusive), the policy window, as no closure is recorded inside it, of every instrument.',
      `Governing level standard: ${desc('a-1', '2025-03-01T10:00:00Z')} has the highest final level in the episode. ${GOVERNS_TAIL}`,
    ]);
  });

  it('with no assessment, or only a RIM, nothing governs', () => {
    const none = caseEpisode(caseOf({}), NOW);
    expect(none.governing).toBeNull();
    expect(none.reasons).toEqual([
      'Episode under episode-12-months version 1: 0 assessments in the 12 months from 2024-03-11 (London dates, both inclusive), the policy window, as no closure is recorded inside it, of every instrument.',
      'No assessment with a level in the episode: nothing governs the case yet.',
    ]);
    const onlyRim = caseEpisode(caseOf({ assessments: [rim('rim-1', '2025-03-01T10:00:00Z', false)] }), NOW);
    expect(onlyRim.governing).toBeNull();
    expect(onlyRim.assessments).toEqual([{ assessmentId: 'rim-1', date: '2025-03-01T10:00:00Z', instrument: { id: 'barnardos-rim', edition: '2009-provisional' }, level: null, scale: null }]);
  });
});

describe('a drop in level within the episode is flagged against the highest level before it', () => {
  it('high, then medium, then standard: two drops, each from the high one', () => {
    const record = caseOf({
      assessments: [dash('a-1', '2025-03-01T10:00:00Z', 15), dash('a-2', '2025-03-03T10:00:00Z', 10), dash('a-3', '2025-03-05T10:00:00Z', 2)],
      maracReferrals: [referral('2025-03-02T10:00:00Z')],
    });
    const episode = caseEpisode(record, NOW);
    expect(flagIds(episode)).toEqual([
      ['level-dropped', 'a-1', 'a-2'],
      ['level-dropped', 'a-1', 'a-3'],
    ]);
    expect(episode.flags[0]!.reason).toBe(
      `Level dropped: ${desc('a-2', '2025-03-03T10:00:00Z')} is medium, below high on ${desc('a-1', '2025-03-01T10:00:00Z')} earlier in the episode. Check what changed and why before relying on the lower level: a drop never removes a referral route or lowers the level the case is managed at by itself.`,
    );
    expect(episode.reasons.slice(2)).toEqual(episode.flags.map((flag) => flag.reason));
  });

  it('medium, then high, then medium: one drop, from the high one', () => {
    const record = caseOf({
      assessments: [dash('a-1', '2025-03-01T10:00:00Z', 10), dash('a-2', '2025-03-03T10:00:00Z', 15), dash('a-3', '2025-03-05T10:00:00Z', 10)],
      maracReferrals: [referral('2025-03-04T10:00:00Z')],
    });
    expect(flagIds(caseEpisode(record, NOW))).toEqual([['level-dropped', 'a-2', 'a-3']]);
  });

  it('equal levels are not a drop', () => {
    const record = caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 10), dash('a-2', '2025-03-03T10:00:00Z', 11)] });
    expect(caseEpisode(record, NOW).flags).toEqual([]);
  });
});

describe('the episode window runs back to the start of the London date 12 months before the check', () => {
  const now = '2025-06-10T08:00:00Z';
  const answered = (at: string) => caseOf({ assessments: [dash('old', at, 15), dash('new', '2025-06-01T10:00:00Z', 2)], maracReferrals: [referral('2024-06-11T10:00:00Z')] });

  it('an assessment at the first instant of the window (midnight BST) is inside it', () => {
    const episode = caseEpisode(answered('2024-06-09T23:00:00Z'), now);
    expect(episode).toMatchObject({ startsAt: '2024-06-09T23:00:00.000Z', startDate: '2024-06-10', before: 0, governing: { assessmentId: 'old' } });
  });

  it('one a second earlier has left it: flagged left-window, and counted as earlier on record', () => {
    const episode = caseEpisode(answered('2024-06-09T22:59:59Z'), now);
    expect(episode).toMatchObject({ before: 1, governing: { assessmentId: 'new', level: 'standard' } });
    expect(flagIds(episode)).toEqual([['left-window', 'old', 'new']]);
    expect(episode.flags[0]!.reason).toBe(
      `Older than the window: ${desc('old', '2024-06-09T22:59:59Z')} is high and no longer governs: it is older than 12 months, its reasons to refer were answered, a newer assessment is on record, and no closure was recorded. Check that the newer assessment reflects the risk, or close the case with reasons.`,
    );
    expect(episode.reasons[0]).toBe(
      'Episode under episode-12-months version 1: 1 assessment in the 12 months from 2024-06-10 (London dates, both inclusive), the policy window, as no closure is recorded inside it, of every instrument. 1 earlier assessment is on record outside it.',
    );
  });

  it('a higher level that left the window is flagged only when it is higher than what governs now', () => {
    const equal = caseOf({ assessments: [dash('old', '2024-01-10T10:00:00Z', 10), dash('new', '2025-06-01T10:00:00Z', 11)] });
    expect(caseEpisode(equal, now).flags).toEqual([]);
    const lower = caseOf({ assessments: [dash('old', '2024-01-10T10:00:00Z', 2), dash('new', '2025-06-01T10:00:00Z', 11)] });
    expect(caseEpisode(lower, now).flags).toEqual([]);
  });

  it('the highest of those that left is the one flagged, and a RIM alone in the window leaves nothing governing', () => {
    const record = caseOf({
      assessments: [dash('old-1', '2024-01-10T10:00:00Z', 15), dash('old-2', '2024-02-10T10:00:00Z', 10), rim('rim-1', '2025-06-01T10:00:00Z', true)],
      maracReferrals: [referral('2024-01-11T10:00:00Z')],
    });
    const episode = caseEpisode(record, now);
    expect(episode.governing).toBeNull();
    expect(flagIds(episode)).toEqual([['left-window', 'old-1', null]]);
    expect(episode.reasons[0]).toBe(
      'Episode under episode-12-months version 1: 1 assessment in the 12 months from 2024-06-10 (London dates, both inclusive), the policy window, as no closure is recorded inside it, of every instrument. 2 earlier assessments are on record outside it.',
    );
  });

  it('two highs that left: the later one is flagged', () => {
    const record = caseOf({
      assessments: [dash('old-1', '2024-01-10T10:00:00Z', 15), dash('old-2', '2024-02-10T10:00:00Z', 16), dash('new', '2025-06-01T10:00:00Z', 2)],
      maracReferrals: [referral('2024-02-11T10:00:00Z')],
    });
    expect(flagIds(caseEpisode(record, now))).toEqual([['left-window', 'old-2', 'new']]);
  });

  it('a child at RIM scale 4 that left the window is flagged, unless a RIM in the window also has a child at scale 4', () => {
    const left = caseOf({ assessments: [rim('rim-1', '2024-01-10T10:00:00Z', true), rim('rim-2', '2024-02-10T10:00:00Z', true), dash('new', '2025-06-01T10:00:00Z', 2)] });
    const episode = caseEpisode(left, now);
    expect(flagIds(episode)).toEqual([['left-window', 'rim-2', null]]);
    expect(episode.flags[0]!.reason).toBe(
      `Older than the window: ${desc('rim-2', '2024-02-10T10:00:00Z', 'barnardos-rim 2009-provisional')} put a child at RIM scale 4; it is older than 12 months and a newer assessment is on record, so it no longer keeps the case high risk. Redo the matrix, or close the case with reasons.`,
    );
    const stillSevere = caseOf({ assessments: [rim('rim-1', '2024-01-10T10:00:00Z', true), rim('rim-3', '2025-06-01T10:00:00Z', true)] });
    expect(caseEpisode(stillSevere, now).flags).toEqual([]);
    const milder = caseOf({ assessments: [rim('rim-1', '2024-01-10T10:00:00Z', false), dash('new', '2025-06-01T10:00:00Z', 2)] });
    expect(caseEpisode(milder, now).flags).toEqual([]);
  });

  it('a shorter policy window in hours is described by its instants, not London dates', () => {
    const hours = defineEpisodePolicy({ ...episodeDefaults, id: 'two-days', basis: 'local', window: { hours: 48 }, windowBasis: 'local' });
    const episode = caseEpisode(caseOf({ assessments: [dash('a-1', '2025-03-10T09:00:00Z', 3), dash('a-0', '2025-03-09T08:59:59Z', 3)] }), NOW, hours);
    expect(episode).toMatchObject({ startsAt: '2025-03-09T09:00:00.000Z', before: 1, policy: { id: 'two-days', version: '1', basis: 'local' } });
    expect(episode.reasons[0]).toBe(
      'Episode under two-days version 1: 1 assessment in the 48 hours from 2025-03-09T09:00:00.000Z, the policy window, as no closure is recorded inside it, of every instrument. 1 earlier assessment is on record outside it.',
    );
  });
});

describe('a window with no assessment keeps the last known picture, counted back from the latest assessment', () => {
  it('the episode reaches back a window from the latest assessment, and asks for a reassessment', () => {
    const record = caseOf({
      assessments: [dash('a-0', '2023-01-09T10:00:00Z', 3), dash('a-1', '2023-06-01T10:00:00Z', 10), dash('a-2', '2024-01-10T10:00:00Z', 3)],
    });
    const episode = caseEpisode(record, NOW);
    expect(episode).toMatchObject({ startedBy: 'latest-assessment', startsAt: '2023-01-10T00:00:00.000Z', startDate: '2023-01-10', before: 1, governing: { assessmentId: 'a-1', level: 'medium' } });
    expect(flagIds(episode)).toEqual([
      ['level-dropped', 'a-1', 'a-2'],
      ['no-assessment-in-window', 'a-2', null],
    ]);
    expect(episode.flags[1]!.reason).toBe(
      `No assessment in the 12 months to the check and no closure: the last known assessments still stand (the latest is ${desc('a-2', '2024-01-10T10:00:00Z')}). Reassess, or close the case with reasons.`,
    );
    expect(episode.reasons[0]).toBe(
      'Episode under episode-12-months version 1: 2 assessments in the 12 months from 2023-01-10 (London dates, both inclusive) to the latest assessment, as no assessment is in the window to the check, of every instrument. 1 earlier assessment is on record outside it.',
    );
  });

  it('an assessment on the first day of the window to the check is in the window: no fall back', () => {
    expect(caseEpisode(caseOf({ assessments: [dash('a-1', '2024-03-11T00:00:00Z', 3)] }), NOW)).toMatchObject({ startedBy: 'window', before: 0 });
    expect(caseEpisode(caseOf({ assessments: [dash('a-1', '2024-03-10T23:59:59Z', 3)] }), NOW)).toMatchObject({ startedBy: 'latest-assessment', startDate: '2023-03-10', before: 0 });
  });

  it('a RIM with a child\u2019s scale counts as an assessment that says something about risk; one without a scale does not', () => {
    const unscaled = caseEpisode(caseOf({ assessments: [dash('a-1', '2023-01-10T10:00:00Z', 10), rim('rim-1', '2024-01-10T10:00:00Z', false)] }), NOW);
    expect(unscaled).toMatchObject({ startedBy: 'latest-assessment', startDate: '2022-01-10' });
    expect(flagIds(unscaled)).toEqual([['no-assessment-in-window', 'a-1', null]]);
    const episode = caseEpisode(caseOf({ assessments: [dash('a-1', '2023-01-10T10:00:00Z', 10), rim('rim-1', '2024-01-10T10:00:00Z', true)] }), NOW);
    expect(episode).toMatchObject({ startedBy: 'latest-assessment', startDate: '2023-01-10', governing: { assessmentId: 'a-1' } });
    expect(flagIds(episode)).toEqual([['no-assessment-in-window', 'rim-1', null]]);
  });

  it('a closure inside the window counted back from the latest assessment starts the episode at the closure', () => {
    const episode = caseEpisode(caseOf({ assessments: [dash('a-0', '2023-11-01T10:00:00Z', 15), dash('a-1', '2024-01-10T10:00:00Z', 10)], closures: [closure('2023-12-01T10:00:00Z', 'idva-lead', 'cl-1')] }), NOW);
    expect(episode).toMatchObject({ startedBy: 'closure', startsAt: '2023-12-01T10:00:00.000Z', closure: { id: 'cl-1', date: '2023-12-01T10:00:00Z', by: 'idva-lead' }, governing: { assessmentId: 'a-1' }, before: 1 });
  });

  it('a closure after the last assessment but before the window: the window to the check starts the episode, and nothing governs', () => {
    const episode = caseEpisode(caseOf({ assessments: [dash('a-1', '2024-01-10T10:00:00Z', 10)], closures: [closure('2024-02-01T10:00:00Z', 'idva-lead', 'cl-1')] }), NOW);
    expect(episode).toMatchObject({ startedBy: 'window', startDate: '2024-03-11', closure: { id: 'cl-1' }, governing: null, before: 1 });
  });
});

describe('a closure ends the episode before it', () => {
  it('the episode starts at the last closure on or before the check, and says who closed it', () => {
    const record = caseOf({
      assessments: [dash('a-1', '2025-01-10T10:00:00Z', 10), dash('a-2', '2025-02-10T10:00:00Z', 3), dash('a-3', '2025-03-10T10:00:00Z', 3)],
      closures: [closure('2025-01-20T10:00:00Z', 'sw-1'), closure('2025-02-20T10:00:00Z', 'sw-2'), closure('2025-03-20T10:00:00Z', 'sw-3')],
    });
    const episode = caseEpisode(record, NOW);
    expect(episode).toMatchObject({ startedBy: 'closure', startsAt: '2025-02-20T10:00:00.000Z', startDate: '2025-02-20', closure: { id: null, by: 'sw-2' }, before: 2 });
    expect(episode.assessments.map((a) => a.assessmentId)).toEqual(['a-3']);
    expect(episode.reasons[0]).toBe(
      'Episode under episode-12-months version 1: 1 assessment since the case was closed on 2025-02-20T10:00:00Z by sw-2, of every instrument. 2 earlier assessments are on record outside it.',
    );
  });

  it('an assessment at the moment of the closure belongs to the new episode', () => {
    const episode = caseEpisode(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 3)], closures: [closure('2025-03-01T10:00:00Z')] }), NOW);
    expect(episode.assessments.map((a) => a.assessmentId)).toEqual(['a-1']);
  });

  it('a closure older than the window: the window starts the episode, and the closure is still reported', () => {
    const episode = caseEpisode(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 3)], closures: [closure('2024-01-01T10:00:00Z')] }), NOW);
    expect(episode).toMatchObject({ startedBy: 'window', startDate: '2024-03-11', closure: { date: '2024-01-01T10:00:00Z' } });
  });

  it('a closure exactly at the start of the window starts the episode', () => {
    const episode = caseEpisode(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 3)], closures: [closure('2024-03-11T00:00:00Z')] }), NOW);
    expect(episode).toMatchObject({ startedBy: 'closure', startsAt: '2024-03-11T00:00:00.000Z' });
  });

  it('a closure dated after the check has not happened', () => {
    const episode = caseEpisode(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 3)], closures: [closure('2025-03-11T09:00:01Z')] }), NOW);
    expect(episode).toMatchObject({ startedBy: 'window', closure: null });
  });

  it('a decision recorded after the closure on an earlier assessment brings it into the new episode, and the reason says it was kept', () => {
    const raised = judged(dash('a-1', '2025-01-10T10:00:00Z', 3), 'high', 'idva-1', '2025-02-20T10:00:00Z');
    const record = caseOf({ assessments: [raised, dash('a-0', '2025-01-05T10:00:00Z', 3)], closures: [closure('2025-02-01T10:00:00Z')], maracReferrals: [referral('2025-02-21T10:00:00Z')] });
    const episode = caseEpisode(record, NOW);
    expect(episode.assessments.map((a) => a.assessmentId)).toEqual(['a-1']);
    expect(episode.governing).toMatchObject({ assessmentId: 'a-1', level: 'high' });
    expect(episode.reasons[0]).toBe(
      'Episode under episode-12-months version 1: 1 assessment since the case was closed on 2025-02-01T10:00:00Z by idva-lead, of every instrument. That includes 1 older assessment kept in it: a reason to refer still open, or a decision recorded after the closure. 1 earlier assessment is on record outside it.',
    );
  });

  it('a decision recorded at the moment of the closure also brings the assessment in; one before it does not', () => {
    const at = judged(dash('a-1', '2025-01-10T10:00:00Z', 3), 'medium', 'idva-1', '2025-02-01T10:00:00Z');
    expect(caseEpisode(caseOf({ assessments: [at], closures: [closure('2025-02-01T10:00:00Z')] }), NOW).assessments.map((a) => a.assessmentId)).toEqual(['a-1']);
    const before = judged(dash('a-1', '2025-01-10T10:00:00Z', 3), 'medium', 'idva-1', '2025-02-01T09:59:59Z');
    expect(caseEpisode(caseOf({ assessments: [before], closures: [closure('2025-02-01T10:00:00Z')] }), NOW).assessments).toEqual([]);
  });

  it('an old assessment brought in by a decision after the closure does not make the episode fall back to it', () => {
    const raised = judged(dash('a-1', '2023-06-10T10:00:00Z', 3), 'medium', 'idva-1', '2025-02-20T10:00:00Z');
    const episode = caseEpisode(caseOf({ assessments: [raised], closures: [closure('2025-02-01T10:00:00Z')] }), NOW);
    expect(episode).toMatchObject({ startedBy: 'closure', governing: { assessmentId: 'a-1', level: 'medium' } });
    expect(episode.flags).toEqual([]);
  });
});

describe('a high level not answered by a referral or a decision not to refer stays in the episode and is flagged', () => {
  it('inside the window: flagged, with the reason', () => {
    const episode = caseEpisode(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 15)] }), NOW);
    expect(flagIds(episode)).toEqual([['high-not-referred', 'a-1', null]]);
    expect(episode.flags[0]!.reason).toBe(
      `High and not referred: ${desc('a-1', '2025-03-01T10:00:00Z')} has a final level of high, and no MARAC referral and no recorded decision not to refer has followed it. It stays a reason to refer, and keeps the case high risk, until one is recorded.`,
    );
  });

  it('older than the window: kept in the episode, governing, and the reason says why', () => {
    const record = caseOf({ assessments: [dash('a-1', '2023-03-01T10:00:00Z', 15), dash('a-2', '2025-03-01T10:00:00Z', 10), dash('a-3', '2023-04-01T10:00:00Z', 10)] });
    const episode = caseEpisode(record, NOW);
    expect(episode.assessments.map((a) => a.assessmentId)).toEqual(['a-1', 'a-2']);
    expect(episode).toMatchObject({ before: 1, governing: { assessmentId: 'a-1' } });
    expect(episode.flags.at(-1)!.reason).toBe(
      `High and not referred: ${desc('a-1', '2023-03-01T10:00:00Z')} has a final level of high, and no MARAC referral and no recorded decision not to refer has followed it (it is older than the episode window, and stays in the episode: a reason to refer never expires). It stays a reason to refer, and keeps the case high risk, until one is recorded.`,
    );
    expect(episode.reasons[0]).toBe(
      'Episode under episode-12-months version 1: 2 assessments in the 12 months from 2024-03-11 (London dates, both inclusive), the policy window, as no closure is recorded inside it, of every instrument. That includes 1 older assessment kept in it: a reason to refer still open, or a decision recorded after the closure. 1 earlier assessment is on record outside it.',
    );
  });

  it('two older open highs are both kept', () => {
    const record = caseOf({ assessments: [dash('a-1', '2023-03-01T10:00:00Z', 15), dash('a-3', '2023-04-01T10:00:00Z', 16), dash('a-2', '2025-03-01T10:00:00Z', 10)] });
    expect(caseEpisode(record, NOW).reasons[0]).toContain('That includes 2 older assessments kept in it:');
  });

  it('a computed high is answered by a referral from the moment it was completed, not before', () => {
    expect(highOpen(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 15)], maracReferrals: [referral('2025-03-01T10:00:00Z')] }))).toBe(false);
    expect(highOpen(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 15)], maracReferrals: [referral('2025-03-01T09:59:59Z')] }))).toBe(true);
  });

  it('a referral dated after the check answers nothing yet', () => {
    expect(highOpen(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 15)], maracReferrals: [referral('2025-03-11T09:00:01Z')] }))).toBe(true);
    expect(highOpen(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 15)], maracReferrals: [referral(NOW)] }))).toBe(false);
  });

  it('a referral held only as a date answers a reason that arose at any time on that London date, and not the next', () => {
    // 22:30 UTC on 10 June is 23:30 BST, still 10 June in London; 23:30 UTC is 00:30 BST on 11 June.
    const late = (at: string) => caseOf({ assessments: [dash('a-1', at, 15)], maracReferrals: [referral('2025-06-10T08:00:00Z', true)] });
    expect(highOpen(late('2025-06-10T21:30:00Z'), '2025-06-20T09:00:00Z')).toBe(false);
    expect(highOpen(late('2025-06-10T23:30:00Z'), '2025-06-20T09:00:00Z')).toBe(true);
    const timed = caseOf({ assessments: [dash('a-1', '2025-06-10T21:30:00Z', 15)], maracReferrals: [referral('2025-06-10T08:00:00Z')] });
    expect(highOpen(timed, '2025-06-20T09:00:00Z')).toBe(true);
  });

  it('a high set by judgement is a reason from the judgement, not from the completion', () => {
    const raised = judged(dash('a-1', '2025-03-01T10:00:00Z', 3), 'high', 'idva-1', '2025-03-05T10:00:00Z');
    expect(highOpen(caseOf({ assessments: [raised], maracReferrals: [referral('2025-03-03T10:00:00Z')] }))).toBe(true);
    expect(highOpen(caseOf({ assessments: [raised], maracReferrals: [referral('2025-03-05T10:00:00Z')] }))).toBe(false);
  });

  it('a computed high confirmed later by judgement is a reason from the completion', () => {
    const confirmed = judged(dash('a-1', '2025-03-01T10:00:00Z', 15), 'high', 'sgt-1', '2025-03-05T10:00:00Z');
    expect(highOpen(caseOf({ assessments: [confirmed], maracReferrals: [referral('2025-03-03T10:00:00Z')] }))).toBe(false);
  });

  it('a high raised, then confirmed by another practitioner: the reason runs from the raise', () => {
    const raised = judged(dash('a-1', '2025-03-01T10:00:00Z', 3), 'high', 'idva-1', '2025-03-03T10:00:00Z');
    const confirmed = judged(raised, 'high', 'sgt-1', '2025-03-06T10:00:00Z');
    expect(highOpen(caseOf({ assessments: [confirmed], maracReferrals: [referral('2025-03-04T10:00:00Z')] }))).toBe(false);
    expect(highOpen(caseOf({ assessments: [confirmed], maracReferrals: [referral('2025-03-02T10:00:00Z')] }))).toBe(true);
  });

  it('a high raised again after a lowering is a new reason from the second raise', () => {
    const raised = judged(dash('a-1', '2025-03-01T10:00:00Z', 3), 'high', 'idva-1', '2025-03-02T10:00:00Z');
    const lowered = judged(raised, 'medium', 'sgt-1', '2025-03-03T10:00:00Z', { authorisedBy: 'insp-1' });
    const again = judged(lowered, 'high', 'idva-1', '2025-03-06T10:00:00Z');
    expect(highOpen(caseOf({ assessments: [again], maracReferrals: [referral('2025-03-02T12:00:00Z')] }))).toBe(true);
    expect(highOpen(caseOf({ assessments: [again], maracReferrals: [referral('2025-03-06T10:00:00Z')] }))).toBe(false);
  });

  it('a DARA graded high after it was completed is a reason from the grading', () => {
    const graded = dara('d-1', '2025-03-01T10:00:00Z', 'high', '2025-03-01T12:00:00Z');
    expect(highOpen(caseOf({ assessments: [graded], maracReferrals: [referral('2025-03-01T11:00:00Z')] }))).toBe(true);
    expect(highOpen(caseOf({ assessments: [graded], maracReferrals: [referral('2025-03-01T12:00:00Z')] }))).toBe(false);
  });
});

describe('a recorded decision not to refer answers the reasons on the assessments it names', () => {
  const high = dash('a-1', '2025-03-01T10:00:00Z', 15);
  const decision = (date: string, extra: object = {}) => ({ date, assessmentIds: ['a-1'], by: 'chair-1', rationale: 'Open to another MARAC.', ...extra });

  it('a decision at or after the reason, and on or before the check, answers it', () => {
    expect(highOpen(caseOf({ assessments: [high], decisionsNotToRefer: [decision('2025-03-01T10:00:00Z')] }))).toBe(false);
    expect(highOpen(caseOf({ assessments: [high], decisionsNotToRefer: [decision(NOW)] }))).toBe(false);
  });

  it('a decision before the reason, or after the check, does not', () => {
    expect(highOpen(caseOf({ assessments: [high], decisionsNotToRefer: [decision('2025-03-01T09:59:59Z')] }))).toBe(true);
    expect(highOpen(caseOf({ assessments: [high], decisionsNotToRefer: [decision('2025-03-11T09:00:01Z')] }))).toBe(true);
  });

  it('a decision naming another assessment does not', () => {
    const other = dash('a-2', '2025-02-01T10:00:00Z', 3);
    expect(highOpen(caseOf({ assessments: [high, other], decisionsNotToRefer: [{ ...decision('2025-03-02T10:00:00Z'), assessmentIds: ['a-2'] }] }))).toBe(true);
  });

  it('the first answer is reported: a referral before a decision, or at the same moment, is the answer', () => {
    const both = (referralAt: string) =>
      caseMaracCheck(caseOf({ victim: { age: 30 }, assessments: [high], maracReferrals: [referral(referralAt)], decisionsNotToRefer: [decision('2025-03-03T10:00:00Z')] }), NOW).routes[0]!.reason;
    expect(both('2025-03-02T10:00:00Z')).toMatch(/answered by the MARAC referral of 2025-03-02T10:00:00Z/);
    expect(both('2025-03-03T10:00:00Z')).toMatch(/answered by the MARAC referral of 2025-03-03T10:00:00Z/);
    expect(both('2025-03-04T10:00:00Z')).toMatch(/decision not to refer recorded by chair-1/);
  });

  it('another practitioner\u2019s raise is set aside only with an independent authoriser; the practitioner\u2019s own decision answers it', () => {
    const raised = judged(dash('a-1', '2025-03-01T10:00:00Z', 3), 'high', 'idva-1', '2025-03-01T11:00:00Z');
    const at = '2025-03-02T10:00:00Z';
    expect(highOpen(caseOf({ assessments: [raised], decisionsNotToRefer: [decision(at)] }))).toBe(true);
    expect(highOpen(caseOf({ assessments: [raised], decisionsNotToRefer: [decision(at, { authorisedBy: 'insp-1' })] }))).toBe(false);
    expect(highOpen(caseOf({ assessments: [raised], decisionsNotToRefer: [decision(at, { by: 'idva-1' })] }))).toBe(false);
  });

  it('a raise confirmed by a second practitioner needs both, or an authoriser, to be set aside', () => {
    const raised = judged(dash('a-1', '2025-03-01T10:00:00Z', 3), 'high', 'idva-1', '2025-03-01T11:00:00Z');
    const confirmed = judged(raised, 'high', 'sgt-1', '2025-03-01T12:00:00Z');
    expect(highOpen(caseOf({ assessments: [confirmed], decisionsNotToRefer: [decision('2025-03-02T10:00:00Z', { by: 'idva-1' })] }))).toBe(true);
    expect(highOpen(caseOf({ assessments: [confirmed], decisionsNotToRefer: [decision('2025-03-02T10:00:00Z', { by: 'idva-1', authorisedBy: 'sgt-1' })] }))).toBe(false);
  });

  it('a computed high on no one\u2019s judgement is answered by any practitioner\u2019s decision', () => {
    expect(highOpen(caseOf({ assessments: [high], decisionsNotToRefer: [decision('2025-03-02T10:00:00Z', { by: 'pc-7' })] }))).toBe(false);
  });

  it('a later decision naming the assessment answers it when an earlier one did not', () => {
    const raised = judged(dash('a-1', '2025-03-01T10:00:00Z', 3), 'high', 'idva-1', '2025-03-01T11:00:00Z');
    const decisions = [decision('2025-03-02T10:00:00Z'), decision('2025-03-03T10:00:00Z', { authorisedBy: 'insp-1' })];
    expect(highOpen(caseOf({ assessments: [raised], decisionsNotToRefer: decisions }))).toBe(false);
  });
});

describe('a closure with a reason to refer open is flagged, for every closure in the window', () => {
  it('the flag names the closure and who made it', () => {
    const episode = caseEpisode(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 16)], closures: [closure('2025-03-02T10:00:00Z', 'sw-9')] }), NOW);
    expect(flagIds(episode)).toEqual([['closed-with-reason-open', 'a-1', null]]);
    expect(episode.flags[0]!.reason).toBe(
      `Closed with a reason to refer open: the case was closed on 2025-03-02T10:00:00Z by sw-9 while ${desc('a-1', '2025-03-01T10:00:00Z')} was high and neither referred nor decided on. The closure is on the record; check it was meant.`,
    );
  });

  it('a high answered before the closure is not flagged; one answered only after it still is', () => {
    const answered = caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 16)], maracReferrals: [referral('2025-03-01T12:00:00Z')], closures: [closure('2025-03-02T10:00:00Z')] });
    expect(caseEpisode(answered, NOW).flags).toEqual([]);
    const late = caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 16)], maracReferrals: [referral('2025-03-03T12:00:00Z')], closures: [closure('2025-03-02T10:00:00Z')] });
    expect(flagIds(caseEpisode(late, NOW))).toEqual([['closed-with-reason-open', 'a-1', null]]);
  });

  it('each closure is checked against the episode it ended, not the one before', () => {
    const record = caseOf({
      assessments: [dash('a-1', '2025-01-01T10:00:00Z', 16), dash('a-2', '2025-02-01T10:00:00Z', 3)],
      closures: [closure('2025-01-15T10:00:00Z', 'sw-1'), closure('2025-02-15T10:00:00Z', 'sw-2')],
    });
    const episode = caseEpisode(record, NOW);
    expect(episode.flags.map((flag) => [flag.id, flag.from.assessmentId, flag.reason.includes('by sw-1')])).toEqual([['closed-with-reason-open', 'a-1', true]]);
  });

  it('an assessment at the moment of the closure was not ended by it', () => {
    const record = caseOf({ assessments: [dash('a-1', '2025-03-02T10:00:00Z', 16)], closures: [closure('2025-03-02T10:00:00Z')] });
    expect(flagIds(caseEpisode(record, NOW))).toEqual([['high-not-referred', 'a-1', null]]);
  });

  it('a closure older than the window is checked only when it is the last one', () => {
    const old = caseOf({ assessments: [dash('a-1', '2023-01-01T10:00:00Z', 16)], closures: [closure('2023-02-01T10:00:00Z')] });
    expect(flagIds(caseEpisode(old, NOW))).toEqual([['closed-with-reason-open', 'a-1', null]]);
    const superseded = caseOf({
      assessments: [dash('a-1', '2023-01-01T10:00:00Z', 16), dash('a-2', '2025-01-01T10:00:00Z', 3)],
      closures: [closure('2023-02-01T10:00:00Z'), closure('2025-02-01T10:00:00Z')],
    });
    expect(caseEpisode(superseded, NOW).flags).toEqual([]);
  });

  it('a closure at the first instant of the window is checked', () => {
    const record = caseOf({
      assessments: [dash('a-1', '2024-03-01T10:00:00Z', 16), dash('a-2', '2025-01-01T10:00:00Z', 3)],
      closures: [closure('2024-03-11T00:00:00Z', 'sw-1'), closure('2025-02-01T10:00:00Z', 'sw-2')],
    });
    expect(flagIds(caseEpisode(record, NOW))).toEqual([['closed-with-reason-open', 'a-1', null]]);
  });
});

describe('assessments dated after the check are not read, and counted', () => {
  it('one, then two', () => {
    const one = caseEpisode(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 3), dash('a-2', '2025-03-12T10:00:00Z', 3)] }), NOW);
    expect(one).toMatchObject({ after: 1, before: 0 });
    expect(one.assessments.map((a) => a.assessmentId)).toEqual(['a-1']);
    expect(one.reasons[0]).toBe(
      'Episode under episode-12-months version 1: 1 assessment in the 12 months from 2024-03-11 (London dates, both inclusive), the policy window, as no closure is recorded inside it, of every instrument. 1 assessment is dated after the time of the check and was not read.',
    );
    const two = caseEpisode(caseOf({ assessments: [dash('a-2', '2025-03-12T10:00:00Z', 3), dash('a-3', '2025-03-13T10:00:00Z', 3)] }), NOW);
    expect(two.reasons[0]).toBe(
      'Episode under episode-12-months version 1: 0 assessments in the 12 months from 2024-03-11 (London dates, both inclusive), the policy window, as no closure is recorded inside it, of every instrument. 2 assessments are dated after the time of the check and were not read.',
    );
  });
});
