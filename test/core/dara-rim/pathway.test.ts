import { describe, expect, it } from 'vitest';
import { youngPeoplePathwayTrusted, defineYoungPeoplePathway, youngPeoplePathwayDefaults, type YoungPeoplePathway } from '../../../src/index.js';

// A pathway with ages unlike the default's, so each boundary is read from the policy and not a constant.
const LOCAL: YoungPeoplePathway = {
  ...youngPeoplePathwayDefaults,
  id: 'exampleshire-yp',
  version: '3',
  basis: 'local',
  ages: { from: 11, underAge: 19, basis: 'local' },
  checklist: { id: 'yp-ric', edition: 'ex-2026' },
  adultChecklist: { id: 'adult-ric', edition: 'ex-2025' },
  minimumMaracAge: 15,
  childrensSafeguarding: { basis: 'local', source: 'Exampleshire safeguarding procedures' },
};

const DEFAULTS = youngPeoplePathwayDefaults;

describe('youngPeoplePathwayTrusted: which checklist a victim is assessed with, by age', () => {
  it('a victim at the pathway\u2019s upper age is an adult: adult checklist, no safeguarding action, MARAC eligible', () => {
    const decision = youngPeoplePathwayTrusted(19, LOCAL);
    expect(decision).toEqual({
      pathway: 'adult',
      victimAge: 19,
      checklist: { id: 'adult-ric', edition: 'ex-2025' },
      maracEligible: true,
      actions: [],
      reasons: ['The victim is 19: the adult checklist (adult-ric edition ex-2025).'],
      notices: [],
      policy: { id: 'exampleshire-yp', version: '3', basis: 'local' },
    });
  });

  it('a victim one year under the upper age is on the young people\u2019s pathway, with the local checklist', () => {
    const decision = youngPeoplePathwayTrusted(18, LOCAL);
    expect(decision.pathway).toBe('young-people');
    expect(decision.checklist).toEqual({ id: 'yp-ric', edition: 'ex-2026' });
    expect(decision.notices).toEqual([]);
    expect(decision.reasons).toEqual([
      "The victim is 18: the young people's checklist (yp-ric edition ex-2026).",
      'At 18, MARAC takes the victim if a referral route is met.',
    ]);
    expect(decision.actions).toEqual([
      {
        id: 'childrens-safeguarding-referral',
        status: 'required',
        basis: 'local',
        source: 'Exampleshire safeguarding procedures',
        reason:
          "The victim is 18, a child: make a children's safeguarding referral (Exampleshire safeguarding procedures). It is required as well as any MARAC referral.",
      },
    ]);
  });

  it('the young people\u2019s pathway starts at its first age; a year younger is a child with no checklist', () => {
    expect(youngPeoplePathwayTrusted(11, LOCAL).pathway).toBe('young-people');
    const child = youngPeoplePathwayTrusted(10, LOCAL);
    expect(child).toMatchObject({ pathway: 'child', victimAge: 10, checklist: null, maracEligible: false, notices: [] });
    expect(child.reasons).toEqual(["The victim is 10, under 11: no DASH checklist applies. Refer to children's safeguarding."]);
    expect(child.actions).toEqual([
      {
        id: 'childrens-safeguarding-referral',
        status: 'required',
        basis: 'local',
        source: 'Exampleshire safeguarding procedures',
        reason: "The victim is 10: refer to children's safeguarding (Exampleshire safeguarding procedures).",
      },
    ]);
  });

  it('a victim under the MARAC age still gets the safeguarding referral, and is told MARAC is not the route', () => {
    const young = youngPeoplePathwayTrusted(14, LOCAL);
    expect(young.maracEligible).toBe(false);
    expect(young.actions).toHaveLength(1);
    expect(young.actions[0]!.reason).toBe(
      "The victim is 14, a child: make a children's safeguarding referral (Exampleshire safeguarding procedures). MARAC is not the route under 15.",
    );
    // No "MARAC takes the victim" reason below the MARAC age.
    expect(young.reasons).toEqual(["The victim is 14: the young people's checklist (yp-ric edition ex-2026)."]);
  });

  it('from the MARAC age, a young person is MARAC eligible and the safeguarding referral is required as well', () => {
    const at = youngPeoplePathwayTrusted(15, LOCAL);
    expect(at.maracEligible).toBe(true);
    expect(at.actions[0]!.reason).toMatch(/\. It is required as well as any MARAC referral\.$/);
    expect(at.reasons).toContain('At 15, MARAC takes the victim if a referral route is met.');
  });

  it('an adult gets no "MARAC takes the victim" reason: it is for young people only', () => {
    expect(youngPeoplePathwayTrusted(40, DEFAULTS).reasons).toEqual(['The victim is 40: the adult checklist (dash-ric edition 2009).']);
  });

  it('a child under the MARAC age is never MARAC eligible, even when the MARAC age is set below the pathway\u2019s first age', () => {
    const low = { ...LOCAL, minimumMaracAge: 5 };
    expect(youngPeoplePathwayTrusted(4, low).maracEligible).toBe(false);
    expect(youngPeoplePathwayTrusted(5, low).maracEligible).toBe(true);
    // A child at or over the MARAC age, but under the pathway, is still a child with no checklist.
    expect(youngPeoplePathwayTrusted(6, low)).toMatchObject({ pathway: 'child', checklist: null, maracEligible: true });
  });

  it('with no young people\u2019s checklist defined, the adult checklist is named as an aid only, with a notice', () => {
    const decision = youngPeoplePathwayTrusted(13, DEFAULTS);
    expect(decision.pathway).toBe('young-people');
    expect(decision.checklist).toEqual({ id: 'dash-ric', edition: '2009' });
    expect(decision.notices).toHaveLength(1);
    expect(decision.notices[0]).toMatchObject({ id: 'young-people-checklist-not-defined', items: [] });
    expect(decision.notices[0]!.message).toMatch(/^The victim is 13: SafeLives publishes a young people's checklist, but none is defined in this deployment\./);
    expect(decision.notices[0]!.message).toMatch(/its questions and threshold are not validated for young people/);
    expect(decision.reasons).toEqual([
      "The victim is 13: no young people's checklist is defined, so the adult checklist (dash-ric edition 2009) is named as an aid only.",
    ]);
    expect(decision.actions[0]!.reason).toMatch(/MARAC is not the route under 16\.$/);
  });

  it('an age not given names the adult checklist until it is known, keeps MARAC open, and asks for the age', () => {
    const decision = youngPeoplePathwayTrusted(null, LOCAL);
    expect(decision).toMatchObject({ pathway: 'age-not-given', victimAge: null, checklist: { id: 'adult-ric', edition: 'ex-2025' }, maracEligible: true, actions: [] });
    expect(decision.reasons).toEqual(['Age not given: the adult checklist (adult-ric edition ex-2025) is named until the age is known.']);
    expect(decision.notices).toEqual([
      {
        id: 'victim-age-not-given',
        items: [],
        message:
          "The victim's age was not given: ask it. A victim aged 11 to 18 is on the young people's pathway and needs a children's safeguarding referral; under 11, children's safeguarding replaces the checklist.",
      },
    ]);
  });

  it('an age not given never gets the young people\u2019s MARAC reason, even under a pathway whose MARAC age is 0', () => {
    const fromBirth = defineYoungPeoplePathway({ ...LOCAL, ages: { from: 0, underAge: 18, basis: 'local' }, minimumMaracAge: 0 });
    expect(youngPeoplePathwayTrusted(null, fromBirth).reasons).toEqual(['Age not given: the adult checklist (adult-ric edition ex-2025) is named until the age is known.']);
    expect(youngPeoplePathwayTrusted(0, fromBirth).reasons).toContain('At 0, MARAC takes the victim if a referral route is met.');
  });

  it('the decision and everything in it is frozen, and the checklist is a copy of the reference', () => {
    for (const age of [null, 8, 13, 16, 30]) {
      const decision = youngPeoplePathwayTrusted(age, DEFAULTS);
      expect(Object.isFrozen(decision)).toBe(true);
      expect(Object.isFrozen(decision.actions)).toBe(true);
      expect(Object.isFrozen(decision.reasons)).toBe(true);
      expect(Object.isFrozen(decision.notices)).toBe(true);
      expect(Object.isFrozen(decision.policy)).toBe(true);
      for (const action of decision.actions) expect(Object.isFrozen(action)).toBe(true);
      for (const notice of decision.notices) {
        expect(Object.isFrozen(notice)).toBe(true);
        expect(Object.isFrozen(notice.items)).toBe(true);
      }
      if (decision.checklist !== null) {
        expect(Object.isFrozen(decision.checklist)).toBe(true);
        expect(Object.keys(decision.checklist)).toEqual(['id', 'edition']);
      }
    }
  });
});
