import { describe, expect, it } from 'vitest';
import {
  createRegistry,
  defineYoungPeoplePathway,
  shippedInstruments,
  youngPeoplePathway,
  youngPeoplePathwayDefaults,
} from '../../src/index.js';
import { youngPeopleExampleshire } from '../../examples/young-people-pathway.js';
import { thrown } from '../support/errors.js';
import { viaJson } from '../support/fixtures.js';

const registry = createRegistry([...shippedInstruments, youngPeopleExampleshire]);
const local = defineYoungPeoplePathway({
  ...viaJson(youngPeoplePathwayDefaults),
  id: 'exampleshire-young-people',
  version: '1',
  basis: 'local',
  checklist: { id: 'young-people-ric', edition: 'exampleshire-2026' },
});

describe('young people\u2019s pathway (13\u201317)', () => {
  it('young-people-pathway: a victim aged 13 to 17 is routed to the deployer\u2019s young people\u2019s checklist, with a children\u2019s safeguarding referral required', () => {
    for (const age of [13, 14, 15, 16, 17]) {
      const decision = youngPeoplePathway({ victimAge: age }, local, { registry });
      expect(decision).toMatchObject({
        pathway: 'young-people',
        victimAge: age,
        checklist: { id: 'young-people-ric', edition: 'exampleshire-2026' },
        maracEligible: age >= 16,
        policy: { id: 'exampleshire-young-people', version: '1', basis: 'local' },
      });
      expect(decision.actions).toEqual([
        expect.objectContaining({ id: 'childrens-safeguarding-referral', status: 'required', basis: 'national-guidance', source: expect.stringMatching(/Children Act 1989/) }),
      ]);
      expect(decision.notices).toEqual([]);
    }
    expect(youngPeoplePathway({ victimAge: 18 }, local, { registry })).toMatchObject({ pathway: 'adult', checklist: { id: 'dash-ric' }, actions: [] });
    expect(youngPeoplePathway({ victimAge: 12 }, local, { registry })).toMatchObject({ pathway: 'child', checklist: null, maracEligible: false, actions: [{ status: 'required' }] });
  });

  it('young-people-default: with no young people\u2019s edition defined, a 16/17-year-old is never treated as an adult only', () => {
    for (const age of [16, 17]) {
      const decision = youngPeoplePathway({ victimAge: age });
      expect(decision.pathway).toBe('young-people');
      expect(decision.checklist).toEqual({ id: 'dash-ric', edition: '2009' });
      expect(decision.notices.map((n) => n.id)).toEqual(['young-people-checklist-not-defined']);
      expect(decision.notices[0]!.message).toMatch(/not validated for young people/);
      expect(decision.actions).toMatchObject([{ id: 'childrens-safeguarding-referral', status: 'required', reason: expect.stringMatching(/required as well as any MARAC referral/) }]);
    }
    const unknown = youngPeoplePathway({ victimAge: null });
    expect(unknown).toMatchObject({ pathway: 'age-not-given', maracEligible: true });
    expect(unknown.notices.map((n) => n.id)).toEqual(['victim-age-not-given']);
    expect(Object.isFrozen(unknown) && Object.isFrozen(unknown.actions)).toBe(true);
    expect(JSON.parse(JSON.stringify(unknown))).toEqual(unknown);
  });

  it('refuses a pathway naming an edition the registry lacks, a policy not defined, bad ages and bad input, without echoing them', () => {
    expect(thrown(() => youngPeoplePathway({ victimAge: 15 }, local)).code).toBe('unknown-instrument');
    expect(thrown(() => youngPeoplePathway({ victimAge: 15 }, { ...local })).code).toBe('invalid-definition');
    expect(thrown(() => defineYoungPeoplePathway({ ...viaJson(local), ages: { ...local.ages, from: 18 } })).issues[0]).toMatchObject({ path: ['ages', 'from'], rule: 'ages-order' });
    const bad = thrown(() => youngPeoplePathway<unknown>({ victimAge: 'sixteen-SECRET' }));
    expect(bad.code).toBe('invalid-input');
    expect(bad.message).not.toContain('SECRET');
    expect(thrown(() => youngPeoplePathway<unknown>({ victimAge: 15, name: 'SECRET' })).message).not.toContain('SECRET');
  });
});
