// A stored result read as it stood at a check: edges of the moment of a decision, and a RIM
// whose children had no scale until a practitioner set one.
import { describe, expect, it } from 'vitest';
import { applyJudgement, applyRimJudgement, assess, assessRim, commonLocalBands } from '../../../src/index.js';
import { resultAsOf } from '../../../src/core/case/timeline.js';
import { inputWithYes } from '../../support/fixtures.js';

const at = (iso: string) => Date.parse(iso);

describe('a decision recorded at the very moment of the check is read', () => {
  it('as of the instant of a raise, the raise stands; a second before, it does not', () => {
    const base = assess({ ...inputWithYes(5), id: 'a-1', assessedAt: '2025-03-01T10:00:00Z' });
    const raised = applyJudgement(base, { level: 'high', rationale: 'Strangulation.', by: 'idva-1', at: '2025-03-01T11:00:00Z' }, commonLocalBands);
    const lowered = applyJudgement(raised, { level: 'medium', rationale: 'Reviewed.', by: 'sgt-1', at: '2025-03-20T10:00:00Z', authorisedBy: 'insp-1' }, commonLocalBands);
    const atRaise = resultAsOf(lowered, at('2025-03-01T11:00:00Z'));
    expect(atRaise.kind === 'checklist' && atRaise.final).toEqual({ level: 'high', basis: 'judgement' });
    const before = resultAsOf(lowered, at('2025-03-01T10:59:59Z'));
    expect(before.kind === 'checklist' && before.final).toEqual({ level: base.final.level, basis: 'computed' });
  });
});

describe('a RIM whose children had no scale until a practitioner set one', () => {
  it('before the scale was set, no child has a scale and the household has no highest scale', () => {
    const rim = assessRim({ instrument: { id: 'barnardos-rim', edition: '2009-provisional' }, id: 'rim-1', assessedAt: '2025-03-01T10:00:00Z', answers: {}, children: [{ id: 'c-1', age: { years: 9 }, specialNeeds: false }] });
    const set = applyRimJudgement(rim, 'c-1', { scale: 2, rationale: 'Heard the violence.', by: 'sw-1', at: '2025-03-05T10:00:00Z' });
    const before = resultAsOf(set, at('2025-03-02T10:00:00Z'));
    if (before.kind !== 'rim') throw new Error('a RIM');
    expect(before.children.map((child) => child.final)).toEqual([{ scale: null, basis: 'suggested' }]);
    expect(before.household.highestFinal).toBeNull();
    expect(set.household.highestFinal).toBe(2);
  });
});
