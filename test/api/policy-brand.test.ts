// A policy, once checked, is read from the library's own copy: a caller's object that answers
// differently the next time it is read (a getter, a Proxy) cannot change a rule after the check.
import { describe, expect, it } from 'vitest';
import { assess, checkMarac, commonLocalBands, isDaRiskError, safelivesMarac, type ScoringPolicy } from '../../src/index.js';
import { thrown } from '../support/errors.js';
import { inputWithYes, viaJson } from '../support/fixtures.js';

/** A deep-frozen copy of `base` whose `key` answers `first` on its first read and `later` after. */
function shifty<T extends object>(base: T, key: keyof T & string, first: unknown, later: unknown): T {
  const copy = viaJson(base) as Record<string, unknown>;
  delete copy[key];
  let reads = 0;
  Object.defineProperty(copy, key, { enumerable: true, get: () => (reads++ === 0 ? first : later) });
  const freeze = (value: unknown): void => {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
      for (const name of Object.keys(value)) if (name !== key || value !== copy) freeze((value as Record<string, unknown>)[name]);
      Object.freeze(value);
    }
  };
  freeze(first);
  freeze(later);
  freeze(copy);
  return copy as T;
}

describe('policies are read from the library\u2019s own copy', () => {
  it('policy-brand: a policy whose rule is a getter is refused, so a rule cannot answer one thing to the check and another later', () => {
    const lowered = shifty(commonLocalBands, 'bands', viaJson(commonLocalBands.bands), [{ level: 'standard', min: 0 }]) as ScoringPolicy;
    const error = thrown(() => assess(inputWithYes(20), { policy: lowered }));
    expect(error).toMatchObject({ code: 'invalid-definition', issues: [{ path: ['policy'], rule: 'not-frozen' }] });
    const raised = shifty(safelivesMarac, 'visibleHighRisk', viaJson(safelivesMarac.visibleHighRisk), { ...viaJson(safelivesMarac.visibleHighRisk), threshold: 99 });
    expect(thrown(() => checkMarac({ now: '2025-06-01T12:00:00Z', victimAge: 30 }, raised)).code).toBe('invalid-definition');
  });

  it('policy-brand: a frozen policy not made by its define function is checked once and read from the copy the check made', () => {
    const plain = deepFreezeCopy(commonLocalBands);
    expect(assess(inputWithYes(20), { policy: plain }).computed?.level).toBe('high');
    // A Proxy over it that lies on reads cannot reach the rules: frozen data cannot be reported differently,
    // and whatever the Proxy does, only a typed error or the checked rules come out.
    const liar = new Proxy(deepFreezeCopy(commonLocalBands), { get: (target, key) => (key === 'bands' ? [{ level: 'standard', min: 0 }] : Reflect.get(target, key)) });
    let level: string | undefined;
    try {
      level = assess(inputWithYes(20), { policy: liar }).computed?.level;
    } catch (error) {
      expect(isDaRiskError(error)).toBe(true);
    }
    if (level !== undefined) expect(level).toBe('high');
  });
});

function deepFreezeCopy<T>(value: T): T {
  const copy = viaJson(value);
  const freeze = (v: unknown): void => {
    if (v !== null && typeof v === 'object') {
      for (const child of Object.values(v)) freeze(child);
      Object.freeze(v);
    }
  };
  freeze(copy);
  return copy;
}
