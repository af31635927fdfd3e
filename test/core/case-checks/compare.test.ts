import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDara,
  compareAssessments,
  dashRic2009,
  defineReassessmentPolicy,
  policeDash2009,
  reassessmentDefaults,
  type DashAnswerValue,
  type DaraInput,
  type RiskLevel,
} from '../../../src/index.js';
import { thrown } from '../../support/errors.js';
import { deepFrozen, inputWith, inputWithYes, viaJson } from '../../support/fixtures.js';

const AT = '2025-03-01T22:10:00Z';

function dara(answers: Record<string, string>, level: RiskLevel, id?: string): ReturnType<typeof assessDara> {
  const input: DaraInput = {
    instrument: { id: 'dara', edition: '2022-provisional' },
    ...(id === undefined ? {} : { id }),
    assessedAt: '2025-03-01T21:40:00Z',
    answers: Object.fromEntries(Object.entries(answers).map(([item, value]) => [item, { value }])),
    grade: { level, rationale: 'Assessor\u2019s reasons.', by: 'pc-1', at: AT },
  };
  return assessDara(input);
}

/** Every RIC item answered the same way. */
function allRic(value: DashAnswerValue | undefined) {
  return assess(inputWithYes(0, value));
}

describe('what changed, item by item', () => {
  it('an item yes before and yes now is unchanged, not new', () => {
    const diff = compareAssessments(assess(inputWith({ weapons: 'yes' })), assess(inputWith({ weapons: 'yes', separation: 'yes' })), reassessmentDefaults);
    expect(diff.newYes).toEqual(['separation']);
    expect(diff.unchanged).toEqual(['weapons']);
    expect(diff.resolved).toEqual([]);
    expect(diff.noLongerKnown).toEqual([]);
  });

  it('an item yes before and answered no now is resolved; one not yes before and no now is not', () => {
    const diff = compareAssessments(assess(inputWith({ weapons: 'yes', isolation: 'dont-know' })), assess(inputWith({ weapons: 'no', isolation: 'no' })), reassessmentDefaults);
    expect(diff.resolved).toEqual(['weapons']);
    expect(diff.noLongerKnown).toEqual([]);
    expect(diff.newYes).toEqual([]);
  });

  it('an item yes before and now unknown, declined or unanswered is no longer known, never resolved', () => {
    const earlier = assess(inputWith({ weapons: 'yes', isolation: 'yes', separation: 'yes', strangulation: 'yes' }));
    const later = assess(inputWith({ weapons: 'dont-know', isolation: 'declined', strangulation: 'no' }));
    const diff = compareAssessments(earlier, later, reassessmentDefaults);
    expect(diff.noLongerKnown).toEqual(['isolation', 'separation', 'weapons']);
    expect(diff.resolved).toEqual(['strangulation']);
    expect(diff.reasons).toContain(
      'Answered yes before and not known now (isolation, separation, weapons): an unknown is not a no; ask again where it is safe to.',
    );
  });

  it('an item the later edition does not ask is neither resolved nor no longer known', () => {
    const earlier = assess(inputWith({ 'hurt-children-or-dependants': 'yes', weapons: 'yes' }, policeDash2009));
    const later = assess(inputWith({ weapons: 'yes' }, dashRic2009));
    const diff = compareAssessments(earlier, later, reassessmentDefaults);
    expect(diff.noLongerKnown).toEqual([]);
    expect(diff.resolved).toEqual([]);
    expect(diff.unchanged).toEqual(['weapons']);
    expect(diff.earlier).toMatchObject({ instrument: 'police-dash', edition: '2009' });
    expect(diff.later).toMatchObject({ instrument: 'dash-ric', edition: '2009' });
  });

  it('names each assessment compared by its id', () => {
    const earlier = assess({ ...inputWith({ weapons: 'yes' }), id: 'a-1' });
    const later = assess({ ...inputWith({ weapons: 'yes' }), id: 'a-2' });
    const diff = compareAssessments(earlier, later, reassessmentDefaults);
    expect(diff.earlier).toEqual({ instrument: 'dash-ric', edition: '2009', assessmentId: 'a-1' });
    expect(diff.later).toEqual({ instrument: 'dash-ric', edition: '2009', assessmentId: 'a-2' });
    expect(deepFrozen(diff)).toBe(true);
  });
});

describe('two assessments of one edition compare whatever the answers', () => {
  it.each([['no'], ['dont-know'], ['declined'], [undefined]] as const)('every item %s both times: nothing changed', (value) => {
    const diff = compareAssessments(allRic(value), allRic(value), reassessmentDefaults);
    expect(diff).toMatchObject({ newYes: [], resolved: [], unchanged: [], noLongerKnown: [], triggers: [], count: { before: 0, after: 0, change: 0 } });
    expect(diff.level.change).toBe('same');
  });

  it('every item yes both times: all unchanged', () => {
    const all = assess(inputWithYes(24));
    const diff = compareAssessments(all, all, reassessmentDefaults);
    expect(diff.unchanged).toHaveLength(24);
    expect(diff.count).toEqual({ before: 24, after: 24, change: 0 });
  });

  it('two DARA results compare item by item, with no count', () => {
    const diff = compareAssessments(dara({ separation: 'yes' }, 'medium'), dara({ separation: 'yes', 'stalking-harassment': 'once' }, 'high'), reassessmentDefaults);
    expect(diff.newYes).toEqual(['stalking-harassment']);
    expect(diff.unchanged).toEqual(['separation']);
    expect(diff.count).toBeNull();
    expect(diff.level).toEqual({ before: 'medium', after: 'high', change: 'raised' });
    expect(diff.reasons).not.toContainEqual(expect.stringMatching(/^Count/));
  });

  it('a DASH compared with a DARA (either way round) has no count change to report', () => {
    const dash = assess(inputWithYes(14));
    const daraResult = dara({ separation: 'yes' }, 'standard');
    const forward = compareAssessments(dash, daraResult, reassessmentDefaults);
    expect(forward.count).toBeNull();
    expect(forward.level).toEqual({ before: 'high', after: 'standard', change: 'lowered' });
    const back = compareAssessments(daraResult, dash, reassessmentDefaults);
    expect(back.count).toBeNull();
    expect(back.level).toEqual({ before: 'standard', after: 'high', change: 'raised' });
  });

  it('refuses two results that share no item', () => {
    const screen = assess({ instrument: { id: 's-dash', edition: '2009' }, answers: {} });
    const error = thrown(() => compareAssessments(assess(inputWithYes(3)), screen, reassessmentDefaults));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]).toMatchObject({ path: ['later', 'instrument'], rule: 'nothing-to-compare' });
  });

  it('two screens without a level compare as the same level, named none', () => {
    const screen = assess({ instrument: { id: 's-dash', edition: '2009' }, answers: {} });
    const diff = compareAssessments(screen, screen, reassessmentDefaults);
    expect(diff.level).toEqual({ before: null, after: null, change: 'same' });
    expect(diff.reasons).toContain('Level none \u2192 none.');
  });
});

describe('the change in count and level', () => {
  it('counts before and after with the change, and the level raised, lowered or the same', () => {
    const ten = assess(inputWithYes(10));
    const fourteen = assess(inputWithYes(14));
    const up = compareAssessments(ten, fourteen, reassessmentDefaults);
    expect(up.count).toEqual({ before: 10, after: 14, change: 4 });
    expect(up.level).toEqual({ before: 'medium', after: 'high', change: 'raised' });
    const down = compareAssessments(fourteen, ten, reassessmentDefaults);
    expect(down.count).toEqual({ before: 14, after: 10, change: -4 });
    expect(down.level).toEqual({ before: 'high', after: 'medium', change: 'lowered' });
    const same = compareAssessments(ten, assess(inputWithYes(11)), reassessmentDefaults);
    expect(same.level).toEqual({ before: 'medium', after: 'medium', change: 'same' });
  });
});

describe('new answers that are also reassessment triggers', () => {
  it('only new yes answers with an item trigger in the policy are listed, in form order', () => {
    const earlier = assess(inputWith({ weapons: 'yes' }));
    const later = assess(inputWith({ weapons: 'yes', separation: 'yes', strangulation: 'yes', 'breached-orders': 'yes' }));
    const diff = compareAssessments(earlier, later, reassessmentDefaults);
    expect(diff.newYes).toEqual(['separation', 'strangulation', 'breached-orders']);
    expect(diff.triggers).toEqual([
      { item: 'separation', trigger: 'separation' },
      { item: 'breached-orders', trigger: 'breach' },
    ]);
    expect(diff.reasons).toContain('New answers that are also reassessment triggers: separation (separation), breached-orders (breach).');
  });

  it('the triggers come from the policy given', () => {
    const policy = defineReassessmentPolicy({ ...viaJson(reassessmentDefaults), id: 'own', itemTriggers: { strangulation: 'escalation' } });
    const diff = compareAssessments(assess(inputWith({})), assess(inputWith({ separation: 'yes', strangulation: 'yes' })), policy);
    expect(diff.triggers).toEqual([{ item: 'strangulation', trigger: 'escalation' }]);
  });
});

describe('the summary reasons', () => {
  it('say how many answers changed, the count and the level, in that order', () => {
    const earlier = assess(inputWithYes(10));
    const later = assess(inputWithYes(11));
    const noTriggers = defineReassessmentPolicy({ ...viaJson(reassessmentDefaults), id: 'no-item-triggers', itemTriggers: {} });
    expect(compareAssessments(earlier, later, noTriggers).reasons).toEqual([
      '1 new yes answer, 0 resolved, 10 unchanged, 0 no longer known.',
      'Count 10 \u2192 11.',
      'Level medium \u2192 medium.',
    ]);
  });

  it('use the plural for other than one new answer, and name every kind of change', () => {
    const earlier = assess(inputWith({ weapons: 'yes', isolation: 'yes', separation: 'yes' }));
    const later = assess(inputWith({ weapons: 'no', isolation: 'yes', 'current-injury': 'yes', 'very-frightened': 'yes' }));
    const reasons = compareAssessments(earlier, later, reassessmentDefaults).reasons;
    expect(reasons[0]).toBe('2 new yes answers, 1 resolved, 1 unchanged, 1 no longer known.');
    expect(reasons).toHaveLength(4);
    expect(compareAssessments(later, later, reassessmentDefaults).reasons[0]).toBe('0 new yes answers, 0 resolved, 3 unchanged, 0 no longer known.');
  });
});
