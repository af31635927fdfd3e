// Edges of what is due: the last millisecond of the pregnancy window, and a due-date order that
// never depends on the order the events were recorded in.
import { describe, expect, it } from 'vitest';
import { assess, dueReassessments, reassessmentDefaults, type CaseEvent } from '../../../src/index.js';
import { caseOf, dashAt } from '../../support/cases.js';
import { inputWith } from '../../support/fixtures.js';

describe('the pregnancy window includes its last millisecond', () => {
  it('at the last instant of the London date 18 months on, the question still applies', () => {
    const answered = { id: 'a-1', date: '2025-01-20T10:00:00Z', result: assess({ ...inputWith({ 'pregnancy-or-recent-birth': 'no' }), id: 'a-1', assessedAt: '2025-01-20T10:00:00Z' }) };
    const record = caseOf({ assessments: [answered], events: [{ id: 'b-1', type: 'pregnancy-or-birth', date: '2025-01-05T10:00:00Z' }] });
    expect(dueReassessments(record, '2026-07-05T22:59:59.999Z', reassessmentDefaults).recentBirth).toMatchObject({ until: '2026-07-05T22:59:59.999Z', latestAnswer: 'no' });
  });
});

describe('items due at the same moment are listed by trigger name, then in a fixed order, whatever ids and order they were recorded with', () => {
  const types = ['stalking', 'separation', 'order-imposed'] as const;
  const permutations = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  ];

  it.each(permutations)('ids assigned in the order %i, %i, %i', (...order) => {
    const events: CaseEvent[] = order.map((k, i) => {
      const type = types[k]!;
      return type === 'stalking' ? { id: `e-${i}`, type, date: '2025-01-12T10:00:00Z', crime: true, reportedTo: ['police'] } : { id: `e-${i}`, type, date: '2025-01-12T10:00:00Z' };
    });
    const answer = dueReassessments(caseOf({ assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'standard')], events }), '2025-01-12T12:00:00Z', reassessmentDefaults);
    expect(answer.due.map((item) => item.trigger)).toEqual(['order-imposed', 'separation', 'stalking']);
  });

  it('two events of one type at one moment come out in the same order whatever order they were recorded in', () => {
    const a: CaseEvent = { id: 'e-1', type: 'charged', date: '2025-01-12T10:00:00Z' };
    const b: CaseEvent = { id: 'e-2', type: 'charged', date: '2025-01-12T10:00:00Z' };
    const c: CaseEvent = { id: 'e-3', type: 'charged', date: '2025-01-12T10:00:00Z' };
    for (const events of [[a, b, c], [c, b, a], [b, c, a]]) {
      const answer = dueReassessments(caseOf({ assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'standard')], events }), '2025-01-12T12:00:00Z', reassessmentDefaults);
      expect(answer.due.map((item) => item.events[0]!.id)).toEqual(['e-1', 'e-2', 'e-3']);
    }
  });
});
