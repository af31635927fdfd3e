// Rules whose defects mutation testing found: each test is named after the rule as it should be.
import { describe, expect, it } from 'vitest';
import { caseEpisode, defineReassessmentPolicy, dueReassessments, reassessmentDefaults, type ReassessmentPolicy } from '../../../src/index.js';
import { caseOf, dashAt } from '../../support/cases.js';
import { viaJson } from '../../support/fixtures.js';

function weeklyFixedSchedule(): ReassessmentPolicy {
  const base = viaJson(reassessmentDefaults);
  return defineReassessmentPolicy({
    ...base,
    id: 'exampleshire-weekly',
    basis: 'local',
    periodic: { ...base.periodic, intervals: { high: { days: 7 }, medium: null, standard: null }, counting: 'from-last-due-date', lead: { days: 1 } },
  });
}

describe('a fixed review schedule', () => {
  it('a review on its London due date meets that step, and the next step is due', () => {
    const record = caseOf({ assessments: [dashAt('a-1', '2025-01-01T10:00:00Z', 'high'), dashAt('a-2', '2025-01-08T10:00:00Z', 'high')] });
    const answer = dueReassessments(record, '2025-01-09T09:00:00Z', weeklyFixedSchedule());
    const clock = [...answer.due, ...answer.upcoming].find((item) => item.kind === 'clock');
    expect(clock).toMatchObject({ dueDate: '2025-01-15', status: 'upcoming' });
  });

  it('a review the day before its due date does not meet that step', () => {
    const record = caseOf({ assessments: [dashAt('a-1', '2025-01-01T10:00:00Z', 'high'), dashAt('a-2', '2025-01-07T10:00:00Z', 'high')] });
    const answer = dueReassessments(record, '2025-01-07T12:00:00Z', weeklyFixedSchedule());
    const clock = [...answer.due, ...answer.upcoming].find((item) => item.kind === 'clock');
    expect(clock).toMatchObject({ dueDate: '2025-01-08' });
  });
});

describe('no assessment in the window', () => {
  it('is flagged when nothing was assessed in the window, even with a closure before the latest assessment', () => {
    const record = caseOf({
      assessments: [dashAt('a-1', '2024-01-10T10:00:00Z', 'medium')],
      closures: [{ date: '2023-12-01T10:00:00Z', by: 'idva-1', rationale: 'No further contact after safety planning.' }],
    } as never);
    const episode = caseEpisode(record, '2025-03-11T09:00:00Z');
    expect(episode.startedBy).toBe('closure');
    expect(episode.governing?.assessmentId).toBe('a-1');
    const flag = episode.flags.find((f) => f.id === 'no-assessment-in-window');
    expect(flag?.reason).toMatch(/^No assessment in the 12 months to the check since the closure: /);
  });

  it('is flagged, saying there is no closure, when there is none', () => {
    const episode = caseEpisode(caseOf({ assessments: [dashAt('a-1', '2024-01-10T10:00:00Z', 'medium')] }), '2025-03-11T09:00:00Z');
    expect(episode.startedBy).toBe('latest-assessment');
    expect(episode.flags.find((f) => f.id === 'no-assessment-in-window')?.reason).toMatch(/to the check and no closure: /);
  });
});
