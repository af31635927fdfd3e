/**
 * Date forms: a date the caller gave comes back exactly as given (same text,
 * same offset, no milliseconds added); a date the library computes is always
 * UTC with milliseconds, because window ends fall at 23:59:59.999 London time
 * and one fixed form compares correctly as text.
 */
import { describe, expect, it } from 'vitest';
import { applyJudgement, assess, checkMarac } from '../../src/index.js';
import { inputWithYes } from '../support/fixtures.js';

const FIXED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('date forms', () => {
  it('dates the caller gave are returned as given, in results, judgements and decisions', () => {
    const result = assess({ ...inputWithYes(2), assessedAt: '2025-03-01T09:00:00+01:00' });
    expect(result.assessedAt).toBe('2025-03-01T09:00:00+01:00');
    const judged = applyJudgement(result, { level: 'high', rationale: 'Strangulation.', by: 'idva-1', at: '2025-03-01T10:00:00Z' });
    expect(judged.history.at(-1)?.at).toBe('2025-03-01T10:00:00Z');
    const decision = checkMarac({
      now: '2025-06-01T12:00:00Z',
      victimAge: 30,
      assessment: judged,
      events: [{ date: '2025-05-01T10:00:00+01:00', reportedTo: ['police'], crime: true }],
    });
    expect(decision.now).toBe('2025-06-01T12:00:00Z');
    const escalation = decision.routes.find((route) => route.id === 'potential-escalation')!.evidence;
    expect(escalation).toMatchObject({ windowEnd: '2025-06-01T12:00:00Z', counted: [{ date: '2025-05-01T10:00:00+01:00' }] });
  });

  it('dates the library computes are in the one fixed form, milliseconds included', () => {
    const decision = checkMarac({ now: '2025-06-01T12:00:00Z', victimAge: 30, events: [] });
    const escalation = decision.routes.find((route) => route.id === 'potential-escalation')!.evidence;
    expect(escalation).toMatchObject({ windowStart: expect.stringMatching(FIXED) });
  });
});
