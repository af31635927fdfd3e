import { describe, expect, it } from 'vitest';
import {
  commonLocalBands,
  dashRic2009,
  defineScoringPolicy,
  policeDash2009,
  sDash2009,
  assessTrusted,
} from '../../src/index.js';
import { thrown } from '../support/errors.js';
import { deepFrozen, inputWith, inputWithYes, itemIds } from '../support/fixtures.js';


describe('count and bands (common local bands: standard 0\u20139, medium 10\u201313, high 14+)', () => {
  it('13 yes answers are medium; 14 are high', () => {
    const thirteen = assessTrusted(dashRic2009, inputWithYes(13), commonLocalBands);
    const fourteen = assessTrusted(dashRic2009, inputWithYes(14), commonLocalBands);
    expect(thirteen.count).toBe(13);
    expect(thirteen.computed?.level).toBe('medium');
    expect(thirteen.computed?.band).toEqual({ min: 10, max: 13 });
    expect(fourteen.count).toBe(14);
    expect(fourteen.computed?.level).toBe('high');
    expect(fourteen.computed?.band).toEqual({ min: 14, max: null });
    expect(fourteen.computed?.reason).toMatch(/count of 14 is in the band 14 or more of scoring policy common-local-bands version 2/);
  });

  it('9 is standard and 10 is medium', () => {
    expect(assessTrusted(dashRic2009, inputWithYes(9), commonLocalBands).computed?.level).toBe('standard');
    expect(assessTrusted(dashRic2009, inputWithYes(10), commonLocalBands).computed?.level).toBe('medium');
  });

  it('the police form bands the same way by default', () => {
    expect(assessTrusted(policeDash2009, inputWithYes(14, 'no', policeDash2009), commonLocalBands).computed?.level).toBe('high');
    expect(assessTrusted(policeDash2009, inputWithYes(13, 'no', policeDash2009), commonLocalBands).computed?.level).toBe('medium');
  });

  it('an empty assessment is standard, incomplete, and says so', () => {
    const result = assessTrusted(dashRic2009, inputWith({}), commonLocalBands);
    expect(result.count).toBe(0);
    expect(result.tally).toEqual({ yes: 0, no: 0, dontKnow: 0, declined: 0, unanswered: 24 });
    expect(result.completeness.status).toBe('incomplete');
    expect(result.flags.map((f) => f.id)).toContain('unknowns-could-reach-threshold');
  });
});

describe('unknown is not no', () => {
  it("don't know never adds to the count and is counted apart", () => {
    const ids = itemIds();
    const answers = Object.fromEntries(ids.map((id, i) => [id, i < 10 ? 'yes' : 'dont-know'] as const));
    const result = assessTrusted(dashRic2009, inputWith(answers), commonLocalBands);
    expect(result.count).toBe(10);
    expect(result.tally).toEqual({ yes: 10, no: 0, dontKnow: 14, declined: 0, unanswered: 0 });
    expect(result.items.dontKnow).toEqual(ids.slice(10));
    expect(result.items.no).toEqual([]);
  });

  it('declined is kept apart from don\u2019t know and no', () => {
    const result = assessTrusted(dashRic2009, inputWith({ strangulation: 'declined', weapons: 'dont-know', separation: 'no' }), commonLocalBands);
    expect(result.tally).toEqual({ yes: 0, no: 1, dontKnow: 1, declined: 1, unanswered: 21 });
    expect(result.items.declined).toEqual(['strangulation']);
    expect(result.reasons.join(' ')).toMatch(/None of these is counted as yes or treated as no/);
  });

  it('more unknowns than the policy allows make the assessment incomplete', () => {
    const answers = Object.fromEntries(itemIds().map((id, i) => [id, i < 4 ? 'dont-know' : 'no'] as const));
    const four = assessTrusted(dashRic2009, inputWith(answers), commonLocalBands);
    expect(four.completeness).toMatchObject({ status: 'incomplete', unknown: 4, known: 20, maxUnknown: 3 });
    const three = assessTrusted(dashRic2009, inputWith({ ...answers, [itemIds()[0]!]: 'no' }), commonLocalBands);
    expect(three.completeness.status).toBe('complete');
  });

  it('flags a count below high that the unknowns could lift to high', () => {
    const answers = Object.fromEntries(itemIds().map((id, i) => [id, i < 12 ? 'yes' : i < 14 ? 'dont-know' : 'no'] as const));
    const result = assessTrusted(dashRic2009, inputWith(answers), commonLocalBands);
    const flag = result.flags.find((f) => f.id === 'unknowns-could-reach-threshold');
    expect(flag?.items).toHaveLength(2);
    expect(flag?.reason).toMatch(/if 2 of them were yes the count would reach 14/);
    const one = assessTrusted(dashRic2009, inputWith({ ...answers, [itemIds()[13]!]: 'no' }), commonLocalBands);
    expect(one.flags.some((f) => f.id === 'unknowns-could-reach-threshold')).toBe(false);
  });
});

/** Every item answered no except the one given, answered yes. */
function allNoBut(edition: typeof dashRic2009, yes: string) {
  return inputWith(Object.fromEntries(edition.items.map((item) => [item.id, item.id === yes ? 'yes' : 'no'])), edition);
}

describe('red flags and prompts', () => {
  it('raises strangulation, threats to kill and weapons below the threshold, without changing the level', () => {
    const result = assessTrusted(dashRic2009, inputWith({ strangulation: 'yes', 'threats-to-kill': 'yes', weapons: 'yes' }), commonLocalBands);
    expect(result.computed?.level).toBe('standard');
    expect(result.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['strangulation', 'threats-to-kill', 'weapons']));
    expect(result.judgement.prompt).toMatch(/red flags are present/);
  });

  it('stalking raises its flag and prompts the S-DASH', () => {
    const result = assessTrusted(dashRic2009, inputWith({ 'stalking-harassment': 'yes' }), commonLocalBands);
    expect(result.flags.map((f) => f.id)).toContain('stalking');
    expect(result.prompts).toEqual([expect.objectContaining({ screen: 's-dash', items: ['stalking-harassment'] })]);
  });

  it('red-flag-isolation: isolation is a coercive-control flag, not titled "honour"-based abuse, and prompts the H-DASH screen', () => {
    for (const edition of [dashRic2009, policeDash2009]) {
      const result = assessTrusted(edition, inputWith({ isolation: 'yes' }, edition), commonLocalBands);
      const flag = result.flags.find((f) => f.id === 'isolation');
      expect(flag?.title).toMatch(/coercive control/);
      expect(flag?.title).not.toMatch(/honour/i);
      expect(result.prompts.map((p) => p.screen)).toEqual(['h-dash']);
    }
  });

  it('red-flag-suicide: the victim\u2019s thoughts of suicide and the abuser\u2019s threats or attempts each raise a flag on both DASH forms', () => {
    for (const edition of [dashRic2009, policeDash2009]) {
      const victim = assessTrusted(edition, allNoBut(edition, 'victim-depressed-or-suicidal'), commonLocalBands);
      expect(victim.flags.map((f) => f.id)).toEqual(['victim-suicide-risk']);
      expect(victim.flags[0]!.items).toEqual(['victim-depressed-or-suicidal']);
      const abuser = assessTrusted(edition, allNoBut(edition, 'perpetrator-suicide'), commonLocalBands);
      expect(abuser.flags.map((f) => f.id)).toEqual(['abuser-suicide-threat']);
      // A flag prompts judgement; it never changes the computed level.
      expect(abuser.computed?.level).toBe('standard');
      expect(abuser.judgement.status).toBe('pending');
    }
  });

  it('red-flag-other-person: another person threatening the victim raises a flag and prompts the "honour"-based abuse screen', () => {
    for (const edition of [dashRic2009, policeDash2009]) {
      const result = assessTrusted(edition, allNoBut(edition, 'other-person-threat'), commonLocalBands);
      expect(result.flags.map((f) => f.id)).toEqual(['other-person-threat']);
      expect(result.flags[0]!.reason).toMatch(/several perpetrators/);
      expect(result.prompts).toEqual([expect.objectContaining({ screen: 'h-dash', items: ['other-person-threat'] })]);
    }
  });

  it('red-flag-separation-cluster: isolation and stalking count as control in the separation cluster', () => {
    for (const control of ['controlling-or-jealous', 'isolation', 'stalking-harassment']) {
      const result = assessTrusted(dashRic2009, inputWith({ separation: 'yes', [control]: 'yes', strangulation: 'yes' }), commonLocalBands);
      expect([...(result.flags.find((f) => f.id === 'separation-control-violence')?.items ?? [])].sort()).toEqual(['separation', control, 'strangulation'].sort());
    }
    const noControl = assessTrusted(dashRic2009, inputWith({ separation: 'yes', strangulation: 'yes' }), commonLocalBands);
    expect(noControl.flags.map((f) => f.id)).not.toContain('separation-control-violence');
  });

  it('red-flag-items: every item an edition tags as a red flag raises one, with the same item ids on the RIC and the police form', () => {
    const flagged = new Set(commonLocalBands.redFlags.flatMap((rule) => rule.allOf.flat()));
    for (const edition of [dashRic2009, policeDash2009]) {
      const tagged = edition.items.filter((item) => item.tags.includes('red-flag')).map((item) => item.id);
      expect(tagged.filter((id) => !flagged.has(id))).toEqual([]);
      for (const id of tagged) {
        const result = assessTrusted(edition, inputWith({ [id]: 'yes' }, edition), commonLocalBands);
        expect(result.flags.length, id).toBeGreaterThan(0);
      }
    }
    // Every item a flag names exists on the police form; all but the police-only children's items exist on the RIC.
    const police = new Set(policeDash2009.items.map((item) => item.id));
    const ric = new Set(dashRic2009.items.map((item) => item.id));
    expect([...flagged].filter((id) => !police.has(id))).toEqual([]);
    expect([...flagged].filter((id) => !ric.has(id))).toEqual(['hurt-children-or-dependants', 'threatened-children-or-dependants']);
  });

  it('the separation + control + violence cluster needs all three', () => {
    const two = assessTrusted(dashRic2009, inputWith({ separation: 'yes', 'controlling-or-jealous': 'yes' }), commonLocalBands);
    expect(two.flags.map((f) => f.id)).not.toContain('separation-control-violence');
    const three = assessTrusted(
      dashRic2009,
      inputWith({ separation: 'yes', 'controlling-or-jealous': 'yes', 'sexual-abuse': 'yes' }),
      commonLocalBands,
    );
    expect(three.flags.find((f) => f.id === 'separation-control-violence')?.items).toEqual([
      'separation',
      'controlling-or-jealous',
      'sexual-abuse',
    ]);
  });

  it('pregnancy, escalation and extreme fear are flagged', () => {
    const result = assessTrusted(
      dashRic2009,
      inputWith({ 'pregnancy-or-recent-birth': 'yes', 'abuse-getting-worse': 'yes', 'very-frightened': 'yes' }),
      commonLocalBands,
    );
    expect(result.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['pregnancy-or-recent-birth', 'escalation', 'extreme-fear']));
    expect(result.flags.find((f) => f.id === 'escalation')?.items).toEqual(['abuse-getting-worse']);
  });

  it('children harmed or threatened is flagged on the police form only (the RIC has no such item)', () => {
    const result = assessTrusted(policeDash2009, inputWith({ 'threatened-children-or-dependants': 'yes' }, policeDash2009), commonLocalBands);
    expect(result.flags.map((f) => f.id)).toContain('children-harmed-or-threatened');
  });

  it('a "don\u2019t know" on a red-flag item raises no flag but is visible as unknown', () => {
    const result = assessTrusted(dashRic2009, inputWith({ strangulation: 'dont-know' }), commonLocalBands);
    expect(result.flags.map((f) => f.id)).not.toContain('strangulation');
    expect(result.items.dontKnow).toEqual(['strangulation']);
  });
});

describe('the S-DASH screen', () => {
  it('reports its count and computes no level', () => {
    const result = assessTrusted(sDash2009, inputWith({ 'stalker-harassed-before': 'yes', 'stalking-loitering': 'yes' }, sDash2009), commonLocalBands);
    expect(result.count).toBe(2);
    expect(result.countOutOf).toBe(11);
    expect(result.computed).toBeNull();
    expect(result.final).toEqual({ level: null, basis: 'computed' });
    expect(result.reasons.join(' ')).toMatch(/computes no level/);
  });
});

describe('explanation, notices and the judgement step', () => {
  it('names the policy, shows the judgement step as pending, and carries a provisional notice', () => {
    const result = assessTrusted(dashRic2009, inputWithYes(5), commonLocalBands);
    expect(result.policy).toEqual({ id: 'common-local-bands', version: '2', basis: 'local' });
    expect(result.final).toEqual({ level: 'standard', basis: 'computed' });
    expect(result.judgement.status).toBe('pending');
    const provisional = result.notices.find((n) => n.id === 'provisional-instrument');
    expect(provisional?.items).toHaveLength(15);
    expect(provisional?.message).toMatch(/15 of 24 items are not verified/);
    expect(result.notices.find((n) => n.id === 'local-convention')?.message).toMatch(/local rule or convention/);
    expect(result.reasons.length).toBeGreaterThanOrEqual(5);
  });

  it('a verified edition scored under a SafeLives-basis policy carries no notices', () => {
    const verified = { ...dashRic2009, status: 'verified' as const, items: dashRic2009.items.map((item) => ({ ...item, provenance: { ...item.provenance, status: 'verified' as const }, optionGroups: item.optionGroups.map((g) => ({ ...g, provenance: { ...g.provenance, status: 'verified' as const } })) })) };
    const policy = defineScoringPolicy({ ...commonLocalBands, id: 'safelives-14', basis: 'safelives', completeness: { maxUnknown: 3, basis: 'safelives' } });
    const result = assessTrusted(verified, inputWithYes(3), policy);
    expect(result.notices).toEqual([]);
  });

  it('echoes the caller\u2019s assessment id and time', () => {
    const result = assessTrusted(dashRic2009, inputWith({}, dashRic2009, { id: 'a-1', assessedAt: '2025-01-01T00:00:00Z' }), commonLocalBands);
    expect(result.assessmentId).toBe('a-1');
    expect(result.assessedAt).toBe('2025-01-01T00:00:00Z');
  });

  it('returns a deeply frozen result', () => {
    expect(deepFrozen(assessTrusted(dashRic2009, inputWithYes(15, 'dont-know'), commonLocalBands))).toBe(true);
  });
});

describe('the core never silently drops an answer', () => {
  it('refuses an unknown item id, by its place and never its text', () => {
    const error = thrown(() => assessTrusted(dashRic2009, inputWith({ strangulaton: 'yes' }), commonLocalBands));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]).toMatchObject({ path: ['answers', '<unknown key 1>'], rule: 'unknown-item' });
    expect(JSON.stringify(error) + String(error)).not.toContain('strangulaton');
  });

  it('refuses a value the item does not allow', () => {
    const error = thrown(() => assessTrusted(sDash2009, inputWith({ 'stalking-loitering': 'dont-know' }, sDash2009), commonLocalBands));
    expect(error.issues[0]).toMatchObject({ path: ['answers', 'stalking-loitering', 'value'], rule: 'one-of' });
  });

  it('refuses to score one edition as another', () => {
    const error = thrown(() => assessTrusted(policeDash2009, inputWith({}), commonLocalBands));
    expect(error.issues[0]?.rule).toBe('instrument-mismatch');
    const edition = thrown(() => assessTrusted(dashRic2009, { instrument: { id: 'dash-ric', edition: '2015' }, answers: {} }, commonLocalBands));
    expect(edition.issues[0]?.rule).toBe('edition-mismatch');
  });

  it('refuses a policy that has no bands for the instrument', () => {
    const policy = defineScoringPolicy({ ...commonLocalBands, id: 'ric-only', instruments: ['dash-ric'] });
    const error = thrown(() => assessTrusted(policeDash2009, inputWith({}, policeDash2009), policy));
    expect(error.code).toBe('policy-not-applicable');
  });

  it('reads only own properties of answers, never inherited ones', () => {
    const answers = Object.create({ strangulation: { value: 'yes' } }) as Record<string, { value: string }>;
    const result = assessTrusted(dashRic2009, { instrument: { id: 'dash-ric', edition: '2009' }, answers }, commonLocalBands);
    expect(result.count).toBe(0);
  });
});
