// Which referral answers a reason to refer, and which closure ended which assessments.
import { describe, expect, it } from 'vitest';
import { assess, caseEpisode, caseMaracCheck, type CaseAssessment } from '../../../src/index.js';
import { caseOf } from '../../support/cases.js';
import { inputWithYes } from '../../support/fixtures.js';

const NOW = '2025-03-11T09:00:00Z';

function dash(id: string, date: string, yes: number): CaseAssessment {
  return { id, date, result: assess({ ...inputWithYes(yes), id, assessedAt: date }) };
}

describe('the first MARAC referral at or after a reason to refer answers it', () => {
  it('an earlier referral does not; of the later ones, the first is named', () => {
    const record = caseOf({
      victim: { age: 30 },
      assessments: [dash('a-1', '2025-03-01T10:00:00Z', 15)],
      maracReferrals: [
        { date: '2025-02-01T10:00:00Z', agency: 'idva' },
        { date: '2025-03-06T10:00:00Z', agency: 'idva' },
        { date: '2025-03-04T10:00:00Z', agency: 'police' },
      ],
    });
    const decision = caseMaracCheck(record, NOW);
    expect(decision.routesMet).toEqual([]);
    expect(decision.routes[0]!.reason).toMatch(/answered by the MARAC referral of 2025-03-04T10:00:00Z/);
  });
});

describe('each closure is checked against the episode it ended', () => {
  it('an assessment at the moment of an earlier closure belongs to the episode the next closure ended', () => {
    const record = caseOf({
      assessments: [dash('a-1', '2025-01-15T10:00:00Z', 16)],
      closures: [
        { date: '2025-01-15T10:00:00Z', by: 'sw-1', rationale: 'Plan complete.' },
        { date: '2025-02-15T10:00:00Z', by: 'sw-2', rationale: 'Plan complete.' },
      ],
    });
    const episode = caseEpisode(record, NOW);
    expect(episode.flags.map((flag) => [flag.id, flag.from.assessmentId])).toEqual([['closed-with-reason-open', 'a-1']]);
    expect(episode.flags[0]!.reason).toContain('closed on 2025-02-15T10:00:00Z by sw-2');
  });
});

describe('edges of the episode start', () => {
  it('a closure at the very moment of the check starts the episode', () => {
    const episode = caseEpisode(caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 3)], closures: [{ date: NOW, by: 'sw-1', rationale: 'Plan complete.' }] }), NOW);
    expect(episode).toMatchObject({ startedBy: 'closure', closure: { date: NOW, by: 'sw-1' }, before: 1 });
  });

  it('a high at the moment of the closure starts the new episode: it is not counted as an older one kept', () => {
    const record = caseOf({ assessments: [dash('a-1', '2025-03-01T10:00:00Z', 16)], closures: [{ date: '2025-03-01T10:00:00Z', by: 'sw-1', rationale: 'Plan complete.' }] });
    const episode = caseEpisode(record, NOW);
    expect(episode.reasons[0]).toBe('Episode under episode-12-months version 1: 1 assessment since the case was closed on 2025-03-01T10:00:00Z by sw-1, of every instrument.');
    expect(episode.flags.map((flag) => flag.id)).toEqual(['high-not-referred']);
    expect(episode.flags[0]!.reason).not.toMatch(/older than the episode window/);
  });
});
