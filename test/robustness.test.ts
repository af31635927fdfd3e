// No input inside or outside the documented limits stalls the process or escapes as anything
// but a typed error of bounded size.
import { describe, expect, it } from 'vitest';
import { assess, commonLocalBands, defineScoringPolicy, isDaRiskError } from '../src/index.js';
import { thrown } from './support/errors.js';
import { viaJson } from './support/fixtures.js';

describe('bounded errors and walks', () => {
  it('error-issue-cap: an input breaking thousands of rules gives an error listing 100 and counting the rest', () => {
    const answers = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`not-an-item-${i}`, { value: 'yes' }]));
    const error = thrown(() => assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers }));
    expect(error.issues).toHaveLength(101);
    expect(error.issues[100]).toMatchObject({ rule: 'more-issues', message: expect.stringMatching(/^and \d+ more issues not listed$/) });
    expect(error.message.length).toBeLessThan(2000);
    expect(error.message).not.toContain('not-an-item');
  });

  it('deep-walk-iterative: a cyclic or very deep policy is refused with a typed error, never a stack overflow', () => {
    const cyclic: Record<string, unknown> = { ...viaJson(commonLocalBands) };
    cyclic['self'] = cyclic;
    Object.freeze(cyclic);
    const first = thrown(() => assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers: {} }, { policy: cyclic as never }));
    expect(first.code).toBe('invalid-definition');

    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++) deep = Object.freeze({ next: deep });
    const nested = Object.freeze({ ...viaJson(commonLocalBands), extra: deep });
    let caught: unknown;
    try {
      assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers: {} }, { policy: nested as never });
    } catch (error) {
      caught = error;
    }
    expect(isDaRiskError(caught)).toBe(true);
    expect(() => defineScoringPolicy(nested)).toThrow(/invalid-definition/);
  });
});
