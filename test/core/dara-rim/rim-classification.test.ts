import { describe, expect, it } from 'vitest';
import {
  barnardosRimProvisional,
  barnardosRimRules,
  assessRimTrusted,
  londonCafThresholds,
  type Instrument,
  type RimChildResult,
  type RimInput,
  type RimPolicies,
  type RimResult,
  type RimRulesPolicy,
  type ThresholdOfNeedPolicy,
} from '../../../src/index.js';
import { thrown } from '../../support/errors.js';
import { LOCAL_RIM_RULES } from './local-rim-rules.js';

const REF = { id: 'barnardos-rim', edition: '2009-provisional' } as const;
const POLICIES: RimPolicies = { rules: barnardosRimRules, needs: londonCafThresholds };
const ON = '2025-03-01T10:00:00Z';

type Child = RimInput['children'][number];
const child = (id: string, years: number, extra: Partial<Child> = {}): Child => ({ id, age: { years }, specialNeeds: false, ...extra }) as Child;
const answers = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }]));

function classify(household: Record<string, string>, children: Child[], extra: Partial<RimInput> = {}, policies: RimPolicies = POLICIES): RimResult {
  return assessRimTrusted(barnardosRimProvisional, { instrument: REF, assessedAt: ON, answers: answers(household), children, ...extra }, policies);
}
const one = (household: Record<string, string>, c: Child = child('c', 10), extra: Partial<RimInput> = {}, policies: RimPolicies = POLICIES): RimChildResult =>
  classify(household, [c], extra, policies).children[0]!;

const LOCAL: RimPolicies = { rules: LOCAL_RIM_RULES, needs: londonCafThresholds };

describe('RIM: a child\u2019s age from a date of birth, in whole months on the assessment day', () => {
  it('a month is completed only on its day of the month: the day before a first birthday is 11 months, the birthday 12', () => {
    const before = one({}, { id: 'b', dateOfBirth: '2024-03-02', specialNeeds: false });
    expect(before).toMatchObject({ age: { years: 0, months: 11 }, ageFrom: 'date-of-birth', baby: true });
    const on = one({}, { id: 'b', dateOfBirth: '2024-03-01', specialNeeds: false });
    expect(on).toMatchObject({ age: { years: 1, months: 0 }, baby: false });
    // Across a year end.
    expect(one({}, { id: 'b', dateOfBirth: '2018-12-31', specialNeeds: false }).age).toEqual({ years: 6, months: 2 });
    expect(one({}, { id: 'b', dateOfBirth: '2018-03-01', specialNeeds: false }).age).toEqual({ years: 7, months: 0 });
  });

  it('the assessment day counts in the assessment\u2019s own calendar date, whatever its time', () => {
    const late = assessRimTrusted(
      barnardosRimProvisional,
      { instrument: REF, assessedAt: '2025-03-01T23:59:59Z', answers: {}, children: [{ id: 'b', dateOfBirth: '2025-03-01', specialNeeds: false }] },
      POLICIES,
    );
    expect(late.children[0]!.age).toEqual({ years: 0, months: 0 });
    expect(late.children[0]!.baby).toBe(true);
  });

  it('a date of birth that is not a calendar date, or after the assessment day, is refused at the child\u2019s path', () => {
    for (const bad of ['2023-02-29', '2023-13-01', '2023-1-01', 'not a date', '2023-01-01T00:00:00Z']) {
      expect(thrown(() => classify({}, [child('a', 3), { id: 'b', dateOfBirth: bad, specialNeeds: false }])).issues[0], bad).toMatchObject({
        path: ['children', 1, 'dateOfBirth'],
        rule: 'iso-date',
      });
    }
    expect(thrown(() => classify({}, [{ id: 'b', dateOfBirth: '2025-03-02', specialNeeds: false }])).issues[0]).toMatchObject({
      path: ['children', 0, 'dateOfBirth'],
      rule: 'not-after-assessment',
    });
    expect(one({}, { id: 'b', dateOfBirth: '2024-02-29', specialNeeds: false }).age).toEqual({ years: 1, months: 0 });
  });

  it('an age given is taken as given (months default to 0), and a child with no age at all is refused', () => {
    expect(one({}, { id: 'g', age: { years: 3, months: 4 }, specialNeeds: false })).toMatchObject({ age: { years: 3, months: 4 }, ageFrom: 'given' });
    expect(one({}, child('g', 3)).age).toEqual({ years: 3, months: 0 });
    expect(thrown(() => classify({}, [child('a', 3), { id: 'x', specialNeeds: false } as Child])).issues[0]).toMatchObject({ path: ['children', 1], rule: 'age-required' });
  });

  it('a young child is under the uplift age; a baby is under the pregnancy-or-baby months', () => {
    expect(one({}, { id: 'y', age: { years: 6, months: 11 }, specialNeeds: false })).toMatchObject({ youngChild: true, baby: false });
    expect(one({}, child('y', 7))).toMatchObject({ youngChild: false, baby: false });
    expect(one({}, { id: 'y', age: { years: 0, months: 11 }, specialNeeds: false })).toMatchObject({ youngChild: true, baby: true });
    // Under a local rule, the ages come from the policy.
    expect(one({}, { id: 'y', age: { years: 1, months: 5 }, specialNeeds: false }, {}, LOCAL)).toMatchObject({ youngChild: true, baby: true });
    expect(one({}, { id: 'y', age: { years: 1, months: 6 }, specialNeeds: false }, {}, LOCAL).baby).toBe(false);
    expect(one({}, child('y', 5), {}, LOCAL).youngChild).toBe(false);
    expect(one({}, child('y', 4), {}, LOCAL).youngChild).toBe(true);
  });
});

describe('RIM: the suggested scale is the highest scale with a confirmed indicator', () => {
  it('confirmed, suspected and absent indicators are kept apart, in form order; protective factors carry no scale', () => {
    const c = one(
      { 'rim-child-caught-up': 'confirmed', 'rim-protective-network': 'confirmed', 'rim-parent-isolated': 'absent' },
      child('c', 10, { answers: answers({ 'rim-violence-minor-incidents': 'confirmed', 'rim-perpetrator-threats-to-kill': 'suspected' }) }),
    );
    expect(c.confirmed).toEqual(['rim-violence-minor-incidents', 'rim-child-caught-up', 'rim-protective-network']);
    expect(c.suspected).toEqual(['rim-perpetrator-threats-to-kill']);
    expect(c.absent).toEqual(['rim-parent-isolated']);
    expect(c.protectiveFactors).toEqual(['rim-protective-network']);
    expect(c).toMatchObject({ highestConfirmed: 3, suggested: 3, final: { scale: 3, basis: 'suggested' } });
    expect(c.need).toEqual(londonCafThresholds.scales[2]);
  });

  it('the highest confirmed wins whatever the form order: a scale 4 indicator before lower ones', () => {
    const c = one({ 'rim-violence-severe-life-threatening': 'confirmed', 'rim-child-aware': 'confirmed', 'rim-perpetrator-controlling': 'confirmed' });
    expect(c.highestConfirmed).toBe(4);
    expect(one({ 'rim-perpetrator-controlling': 'confirmed', 'rim-child-aware': 'confirmed' }).highestConfirmed).toBe(2);
  });

  it('nothing confirmed suggests nothing, with no threshold of need, and says so', () => {
    const c = one({ 'rim-protective-network': 'confirmed', 'rim-child-aware': 'suspected' });
    expect(c).toMatchObject({ highestConfirmed: null, suggested: null, final: { scale: null, basis: 'suggested' }, need: null, uplift: null });
    expect(c.steps[0]).toBe('No risk indicator is confirmed, so no scale is suggested. Record the practitioner\u2019s view.');
    expect(c.steps).toContain('No scale, so no threshold of need is suggested.');
  });

  it('the first step names the scale and whose rule it is: a da-risk default by default, nothing added under the publisher', () => {
    expect(one({ 'rim-violence-minor-to-moderate-history': 'confirmed' }).steps[0]).toBe(
      'Highest scale with a confirmed indicator: scale 2 (Moderate to Serious). Suggested scale 2 (Moderate to Serious) \u2014 the highest confirmed indicator (a da-risk default: the matrix has no score).',
    );
    expect(one({ 'rim-violence-minor-to-moderate-history': 'confirmed' }, child('c', 10), {}, LOCAL).steps[0]).toBe(
      'Highest scale with a confirmed indicator: scale 2 (Moderate to Serious). Suggested scale 2 (Moderate to Serious) \u2014 the highest confirmed indicator.',
    );
  });

  it('suspected indicators above the confirmed scale are listed for judgement; at or below it, or unscaled, they are not', () => {
    const c = one(
      {
        'rim-violence-minor-to-moderate-history': 'confirmed',
        'rim-perpetrator-controlling': 'suspected',
        'rim-child-caught-up': 'suspected',
        'rim-protective-parent': 'suspected',
        'rim-violence-severe-life-threatening': 'suspected',
      },
    );
    expect(c.suspectedAbove).toEqual([
      { item: 'rim-violence-severe-life-threatening', scale: 4 },
      { item: 'rim-child-caught-up', scale: 3 },
    ]);
    expect(c.steps).toContain('Suspected above that scale, for judgement: rim-violence-severe-life-threatening (scale 4), rim-child-caught-up (scale 3). Confirm or rule them out.');
    expect(c.suggested).toBe(2);
    // With nothing confirmed, every suspected scaled indicator is above.
    expect(one({ 'rim-child-aware': 'suspected', 'rim-protective-parent': 'suspected' }).suspectedAbove).toEqual([{ item: 'rim-child-aware', scale: 1 }]);
    // Nothing suspected above: no such step.
    expect(one({ 'rim-child-caught-up': 'confirmed', 'rim-child-aware': 'suspected' }).steps.some((step) => step.startsWith('Suspected above'))).toBe(false);
  });
});

describe('RIM: pregnancy or a baby with an incident of domestic violence suggests scale 4', () => {
  it('a confirmed incident with a pregnancy suggests scale 4 and says why', () => {
    const c = one({ 'rim-violence-minor-incidents': 'confirmed' }, child('c', 10), { pregnancy: true });
    expect(c).toMatchObject({ pregnancyRule: true, suggested: 4, highestConfirmed: 1, final: { scale: 4, basis: 'suggested' }, flags: [] });
    expect(c.need?.threshold).toBe('Level 4: acute needs');
    expect(c.steps).toContain(
      'The non-abusing parent is pregnant and there is an incident of domestic violence: suggested scale 4 (Severe) \u2014 pregnancy or a baby under 12 months (a da-risk default from secondary sources, not verified on the matrix).',
    );
  });

  it('an indicator outside the evidence of violence is not an incident', () => {
    const c = one({ 'rim-child-caught-up': 'confirmed' }, child('c', 10), { pregnancy: true });
    expect(c).toMatchObject({ pregnancyRule: false, suggested: 3 });
    expect(c.steps).toContain(
      'Pregnancy is recorded but no incident of violence is confirmed or suspected, so the scale 4 rule does not apply; keep it under review and redo the matrix on any incident.',
    );
    const baby = one({ 'rim-child-caught-up': 'confirmed', 'rim-parent-isolated': 'suspected' }, { id: 'b', age: { years: 0, months: 2 }, specialNeeds: false });
    expect(baby).toMatchObject({ pregnancyRule: false, suggested: 3, flags: [] });
    expect(baby.steps).toContain(
      'A baby is recorded but no incident of violence is confirmed or suspected, so the scale 4 rule does not apply; keep it under review and redo the matrix on any incident.',
    );
  });

  it('a baby with an incident, under a local month limit, says whose rule it is', () => {
    const c = one({ 'rim-violence-minor-incidents': 'confirmed' }, { id: 'b', age: { years: 1, months: 3 }, specialNeeds: false }, {}, LOCAL);
    expect(c.suggested).toBe(4);
    expect(c.steps).toContain(
      'The child is under 18 months old and there is an incident of domestic violence: suggested scale 4 (Severe) \u2014 pregnancy or a baby under 18 months (a local rule).',
    );
  });

  it('an incident only suspected raises a flag to resolve it now, and does not suggest scale 4', () => {
    const c = one({ 'rim-child-aware': 'confirmed', 'rim-violence-serious-or-persistent': 'suspected' }, { id: 'b', age: { years: 0, months: 6 }, specialNeeds: false });
    expect(c).toMatchObject({ pregnancyRule: false, suggested: 1 });
    const reason =
      'The child is under 12 months old and an incident of domestic violence is suspected but not confirmed. The pregnancy or baby rule (a da-risk default from secondary sources, not verified on the matrix) calls for scale 4 (Severe) once there is an incident: confirm or rule out the incident now, and record a judgement on the scale. Do not leave it under review.';
    expect(c.flags).toEqual([{ id: 'pregnancy-or-baby-incident-suspected', reason }]);
    expect(c.steps).toContain(reason);
    expect(Object.isFrozen(c.flags) && Object.isFrozen(c.flags[0])).toBe(true);
    const pregnant = one({ 'rim-violence-minor-incidents': 'suspected' }, child('c', 10), { pregnancy: true });
    expect(pregnant.flags[0]!.reason).toMatch(/^The non-abusing parent is pregnant and an incident of domestic violence is suspected but not confirmed\./);
  });

  it('without a pregnancy or a baby, an incident changes nothing and no pregnancy step is given', () => {
    const c = one({ 'rim-violence-minor-incidents': 'confirmed', 'rim-violence-serious-or-persistent': 'suspected' }, child('c', 10), { pregnancy: false });
    expect(c).toMatchObject({ pregnancyRule: false, suggested: 1, flags: [] });
    expect(c.steps.some((step) => /pregnan|baby/i.test(step))).toBe(false);
  });
});

describe('RIM: the uplift for a young child or a child with special needs is a suggestion', () => {
  it('at scales 2 and 3 it is suggested one scale up, pending, with who it is for and whose rule', () => {
    const young = one({ 'rim-violence-minor-to-moderate-history': 'confirmed' }, child('y', 6));
    expect(young.uplift).toEqual({
      from: 2,
      to: 3,
      reason: 'The child is under 7: the matrix suggests raising scale 2 (Moderate to Serious) to scale 3 (Serious). Accept or reject it, with reasons.',
      decision: 'pending',
    });
    expect(young.final).toEqual({ scale: 2, basis: 'suggested' });
    expect(young.steps).toContain(young.uplift!.reason);
    const needs = one({ 'rim-violence-serious-or-persistent': 'confirmed' }, child('n', 12, { specialNeeds: true }));
    expect(needs.uplift).toMatchObject({ from: 3, to: 4, reason: expect.stringMatching(/^The child has special needs: the matrix suggests raising scale 3 \(Serious\) to scale 4 \(Severe\)\./) });
    const both = one({ 'rim-violence-serious-or-persistent': 'confirmed' }, child('n', 2, { specialNeeds: true }), {}, LOCAL);
    expect(both.uplift?.reason).toBe(
      'The child is under 5 and has special needs: a local rule suggests raising scale 3 (Serious) to scale 4 (Severe). Accept or reject it, with reasons.',
    );
    expect(Object.isFrozen(both.uplift)).toBe(true);
  });

  it('at scale 1 the higher risk is noted only; at scale 4 or with no scale nothing is said', () => {
    const atOne = one({ 'rim-violence-minor-incidents': 'confirmed' }, child('y', 3, { specialNeeds: true }));
    expect(atOne.uplift).toBeNull();
    expect(atOne.steps).toContain('The child is under 7 and has special needs: at scale 1 the matrix notes a higher risk only; no uplift is suggested.');
    const atFour = one({ 'rim-violence-severe-life-threatening': 'confirmed' }, child('y', 3));
    expect(atFour.uplift).toBeNull();
    expect(atFour.steps.some((step) => step.startsWith('The child is under 7'))).toBe(false);
    const none = one({}, child('y', 3, { specialNeeds: true }));
    expect(none.steps.some((step) => step.startsWith('The child'))).toBe(false);
  });

  it('an older child without special needs gets no uplift and no uplift step', () => {
    const c = one({ 'rim-violence-minor-incidents': 'confirmed' }, child('o', 7));
    expect(c.uplift).toBeNull();
    expect(c.steps.some((step) => step.startsWith('The child'))).toBe(false);
    expect(one({ 'rim-violence-serious-or-persistent': 'confirmed' }, child('o', 9)).uplift).toBeNull();
  });

  it('after the pregnancy or baby rule suggests scale 4, no uplift is suggested', () => {
    const c = one({ 'rim-violence-minor-to-moderate-history': 'confirmed' }, { id: 'b', age: { years: 0, months: 4 }, specialNeeds: true });
    expect(c).toMatchObject({ suggested: 4, uplift: null });
  });
});

describe('RIM: protective factors lower a scale only through a judgement', () => {
  it('confirmed protective factors are named, with whether the policy lets a judgement go below the suggested scale', () => {
    const byDefault = one({ 'rim-violence-serious-or-persistent': 'confirmed', 'rim-protective-parent': 'confirmed', 'rim-protective-trusted-adult': 'confirmed' });
    expect(byDefault.steps).toContain(
      'Protective factors confirmed: rim-protective-parent, rim-protective-trusted-adult. They can lower the scale only through a judgement with reasons; a judgement may not set a scale below the suggested one (a da-risk default).',
    );
    expect(byDefault.suggested).toBe(3);
    const local = one({ 'rim-violence-serious-or-persistent': 'confirmed', 'rim-protective-parent': 'confirmed' }, child('c', 10), {}, LOCAL);
    expect(local.steps).toContain(
      'Protective factors confirmed: rim-protective-parent. They can lower the scale only through a judgement with reasons; a judgement may set a scale below the suggested one, with reasons (a local rule).',
    );
    expect(one({ 'rim-protective-parent': 'suspected' }).steps.some((step) => step.startsWith('Protective factors'))).toBe(false);
  });

  it('the steps end with the threshold of need under the need policy, then the prompt for judgement', () => {
    const c = one({ 'rim-violence-minor-incidents': 'confirmed' });
    expect(c.steps.slice(-2)).toEqual([
      'Under london-caf-2009 version 1: Level 2: additional needs. Targeted support from a single practitioner (CAF).',
      'Professional judgement comes first: confirm the final scale or set another, with reasons; decide any suggested uplift; weigh the protective factors.',
    ]);
    expect(c.judgement).toEqual({ status: 'pending', prompt: c.steps.at(-1) });
  });

  it('a need policy without an entry for the scale gives no threshold', () => {
    const partial = { ...londonCafThresholds, scales: londonCafThresholds.scales.filter((entry) => entry.scale !== 3) } as ThresholdOfNeedPolicy;
    const c = one({ 'rim-violence-serious-or-persistent': 'confirmed' }, child('c', 10), {}, { rules: barnardosRimRules, needs: partial });
    expect(c.need).toBeNull();
    expect(c.steps).toContain('No scale, so no threshold of need is suggested.');
  });
});

describe('RIM: a household\u2019s children are classified each on the household\u2019s and their own indicators', () => {
  it('household indicators apply to every child, a child\u2019s own to that child only', () => {
    const result = classify({ 'rim-violence-minor-incidents': 'confirmed' }, [
      child('a', 10, { answers: answers({ 'rim-child-caught-up': 'confirmed' }) }),
      child('b', 12),
    ]);
    expect(result.children.map((c) => [c.childId, c.confirmed, c.suggested])).toEqual([
      ['a', ['rim-violence-minor-incidents', 'rim-child-caught-up'], 3],
      ['b', ['rim-violence-minor-incidents'], 1],
    ]);
  });

  it('a child\u2019s own answer that the indicator does not allow is refused at that child\u2019s answer', () => {
    const error = thrown(() => classify({}, [child('a', 3), child('b', 4, { answers: answers({ 'rim-child-aware': 'yes' }) })]));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]).toMatchObject({ path: ['children', 1, 'answers', 'rim-child-aware', 'value'], rule: 'one-of' });
  });

  it('an assessment time that is not a date is refused, never read as one', () => {
    const error = thrown(() =>
      assessRimTrusted(barnardosRimProvisional, { instrument: REF, assessedAt: 'not a time', answers: {}, children: [{ id: 'a', dateOfBirth: '2020-01-01', specialNeeds: false }] }, POLICIES),
    );
    expect(error.code).toBe('invalid-input');
  });

  it('an indicator answered both for the household and for a child is refused at the child\u2019s answer', () => {
    expect(thrown(() => classify({ 'rim-child-aware': 'absent' }, [child('a', 3), child('b', 4, { answers: answers({ 'rim-child-aware': 'suspected' }) })])).issues[0]).toMatchObject({
      path: ['children', 1, 'answers', 'rim-child-aware'],
      rule: 'answered-twice',
    });
  });

  it('no children, or two with the same id, are refused', () => {
    expect(thrown(() => classify({}, [])).issues[0]).toMatchObject({ path: ['children'], rule: 'too-few' });
    expect(thrown(() => classify({}, [child('a', 3), child('b', 4), child('a', 5)])).issues[0]).toMatchObject({ path: ['children', 2, 'id'], rule: 'duplicate-id' });
  });

  it('an instrument that is not a matrix, or a policy for other instruments, is refused', () => {
    const notMatrix = { ...barnardosRimProvisional, scoring: 'yes-count' } as unknown as Instrument;
    expect(thrown(() => assessRimTrusted(notMatrix, { instrument: REF, assessedAt: ON, answers: {}, children: [child('a', 3)] }, POLICIES)).issues[0]).toMatchObject({
      path: ['instrument'],
      rule: 'not-a-matrix',
    });
    const other = { rules: { ...barnardosRimRules, instruments: ['another-rim'] } as RimRulesPolicy, needs: londonCafThresholds };
    const error = thrown(() => classify({}, [child('a', 3)], {}, other));
    expect(error.code).toBe('policy-not-applicable');
    expect(error.issues[0]?.path).toEqual(['policy', 'instruments']);
  });

  it('the household summary counts children by final scale, the highest, and the decisions pending', () => {
    const result = classify({}, [
      child('a', 3, { answers: answers({ 'rim-violence-minor-to-moderate-history': 'confirmed' }) }),
      child('b', 10, { answers: answers({ 'rim-violence-serious-or-persistent': 'confirmed' }) }),
      child('c', 12, { answers: answers({ 'rim-violence-minor-to-moderate-history': 'confirmed' }) }),
      child('d', 12),
    ]);
    expect(result.household).toEqual({
      children: 4,
      highestFinal: 3,
      byScale: { 1: 0, 2: 2, 3: 1, 4: 0, none: 1 },
      pendingDecisions: 5,
      reason: '4 children; highest scale 3 (Serious); 5 decisions pending.',
    });
    const single = classify({ 'rim-violence-minor-incidents': 'confirmed' }, [child('a', 12)]);
    expect(single.household.reason).toBe('1 child; highest scale 1 (Moderate); 1 decision pending.');
    expect(classify({}, [child('a', 12)]).household.reason).toBe('1 child; no scale suggested.');
    expect(classify({}, [child('a', 12), child('b', 3)]).household).toMatchObject({ highestFinal: null, reason: '2 children; no scale suggested.', pendingDecisions: 2 });
    expect(Object.isFrozen(result.household) && Object.isFrozen(result.household.byScale)).toBe(true);
  });

  it('the highest final scale is the highest whatever the children\u2019s order', () => {
    const kids = [
      child('a', 12, { answers: answers({ 'rim-violence-severe-life-threatening': 'confirmed' }) }),
      child('b', 12, { answers: answers({ 'rim-violence-minor-incidents': 'confirmed' }) }),
    ];
    expect(classify({}, kids).household.highestFinal).toBe(4);
    expect(classify({}, [...kids].reverse()).household.highestFinal).toBe(4);
  });

  it('the result records the edition, both policies, the pregnancy, and is frozen with no history', () => {
    const result = classify({ 'rim-violence-minor-incidents': 'confirmed' }, [child('a', 12)], { id: 'rim-9' });
    expect(result).toMatchObject({
      resultFormat: 1,
      kind: 'rim',
      assessmentId: 'rim-9',
      assessedAt: ON,
      instrument: { id: 'barnardos-rim', edition: '2009-provisional', status: 'provisional' },
      policy: { id: 'barnardos-rim-rules', version: '2', basis: 'library-default' },
      needPolicy: { id: 'london-caf-2009', version: '1', basis: 'local' },
      pregnancy: false,
      history: [],
    });
    expect(classify({}, [child('a', 12)]).assessmentId).toBeNull();
    const c = result.children[0]!;
    for (const part of [result, result.instrument, result.policy, result.needPolicy, result.children, result.history, c, c.age, c.final, c.judgement, c.steps, c.confirmed]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    for (const part of [c.suspected, c.absent, c.suspectedAbove, c.flags, c.protectiveFactors]) {
      expect(part).toEqual([]);
      expect(Object.isFrozen(part)).toBe(true);
    }
    const full = one({ 'rim-violence-minor-incidents': 'confirmed', 'rim-child-caught-up': 'suspected', 'rim-child-aware': 'absent', 'rim-protective-parent': 'confirmed' });
    for (const part of [full.suspected, full.absent, full.suspectedAbove, full.suspectedAbove[0], full.protectiveFactors]) expect(Object.isFrozen(part)).toBe(true);
  });
});

describe('RIM notices: provisional rows, ticked examples, whose rules, whose thresholds', () => {
  it('a ticked example indicator (confirmed or suspected, for any child) is named in a notice and in the child\u2019s steps', () => {
    const result = classify({}, [
      child('a', 12, { answers: answers({ 'rim-child-caught-up': 'suspected', 'rim-violence-minor-incidents': 'confirmed' }) }),
      child('b', 12, { answers: answers({ 'rim-parent-isolated': 'confirmed', 'rim-child-aware': 'absent' }) }),
    ]);
    expect(result.notices.map((notice) => notice.id)).toEqual(['provisional-instrument', 'library-example-indicators', 'library-default', 'local-convention']);
    expect(result.notices[1]!.items).toEqual(['rim-parent-isolated', 'rim-child-caught-up']);
    expect(result.children[0]!.steps[1]).toBe('Ticked da-risk examples, not text from the matrix: rim-child-caught-up. Check them against your copy of the matrix.');
    expect(result.children[1]!.steps[1]).toBe(
      'Ticked da-risk examples, not text from the matrix: rim-parent-isolated. scale 2 (Moderate to Serious) rests on them alone. Check them against your copy of the matrix.',
    );
  });

  it('a scale resting on a matrix row at the same scale as an example does not rest on examples alone', () => {
    const c = one({ 'rim-violence-minor-to-moderate-history': 'confirmed', 'rim-parent-isolated': 'confirmed' });
    expect(c.steps[1]).toBe('Ticked da-risk examples, not text from the matrix: rim-parent-isolated. Check them against your copy of the matrix.');
    // An example at a lower scale than a matrix row does not make the scale rest on it.
    const lower = one({ 'rim-violence-serious-or-persistent': 'confirmed', 'rim-parent-isolated': 'confirmed' });
    expect(lower.steps[1]).not.toMatch(/rests on them alone/);
    // A suspected example with nothing confirmed: no scale to rest on.
    expect(one({ 'rim-child-aware': 'suspected' }).steps[1]).toBe('Ticked da-risk examples, not text from the matrix: rim-child-aware. Check them against your copy of the matrix.');
  });

  it('a matrix row only: no example notice and no example step', () => {
    const result = classify({ 'rim-violence-minor-incidents': 'confirmed' }, [child('a', 12)]);
    expect(result.notices.map((notice) => notice.id)).toEqual(['provisional-instrument', 'library-default', 'local-convention']);
    expect(result.children[0]!.steps.some((step) => step.includes('da-risk examples'))).toBe(false);
  });

  it('whose rules: a local policy names itself a local convention; a verified edition under published rules and thresholds gives no notice at all', () => {
    const local = classify({}, [child('a', 12)], {}, LOCAL);
    expect(local.notices.map((notice) => notice.id)).toEqual(['provisional-instrument', 'local-convention', 'local-convention']);
    expect(local.notices[1]!.message).toMatch(/^Policy ".*" \(exampleshire-rim version 5\)\. From the matrix: the four scales; the suggested scale is the highest confirmed indicator\. Not the matrix\u2019s: /);
    const verified = { ...barnardosRimProvisional, status: 'current' } as unknown as Instrument;
    const published: RimRulesPolicy = {
      ...barnardosRimRules,
      basis: 'publisher',
      suggestedScale: { rule: 'highest-confirmed', basis: 'publisher', source: 's' },
      pregnancyOrBaby: { underMonths: 12, basis: 'publisher', source: 's' },
      judgement: { ...barnardosRimRules.judgement, basis: 'publisher' },
    } as RimRulesPolicy;
    const needs = { ...londonCafThresholds, basis: 'national-guidance' } as ThresholdOfNeedPolicy;
    const result = assessRimTrusted(verified, { instrument: REF, assessedAt: ON, answers: {}, children: [child('a', 12)] }, { rules: published, needs });
    expect(result.notices).toEqual([]);
    expect(Object.isFrozen(result.notices)).toBe(true);
  });
});
