import { describe, expect, it } from 'vitest';
import {
  commonLocalBands,
  dara2022Provisional,
  dashRic2009,
  sDash2009,
  assessTrusted,
  type Instrument,
  type RedFlagRule,
  type ScoringPolicy,
} from '../../../src/index.js';
import { thrown } from '../../support/errors.js';
import { inputWith, inputWithYes } from '../../support/fixtures.js';
import { answersOn, miniInstrument, miniPolicy } from './mini.js';

describe('only a counted checklist is scored by counting', () => {
  it('an instrument graded by the assessor is refused, pointing to its own function', () => {
    const error = thrown(() => assessTrusted(dara2022Provisional, answersOn(dara2022Provisional, {}), commonLocalBands));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]).toMatchObject({ path: ['instrument'], rule: 'not-a-checklist' });
    expect(error.issues[0]!.message).toMatch(/assessDara or assessRim/);
  });

  it('a banded checklist needs a policy with bands for it', () => {
    const instrument = miniInstrument();
    const error = thrown(() => assessTrusted(instrument, answersOn(instrument, { a: 'yes' }), miniPolicy({ instruments: ['dash-ric'] })));
    expect(error.code).toBe('policy-not-applicable');
    expect(error.issues[0]).toMatchObject({ path: ['policy', 'instruments'], rule: 'policy-not-applicable' });
  });

  it('a count-only screen is scored under any policy, since no band is applied', () => {
    expect(commonLocalBands.instruments).not.toContain('s-dash');
    expect(assessTrusted(sDash2009, inputWith({ 'stalking-loitering': 'yes' }, sDash2009), commonLocalBands).count).toBe(1);
  });

  it('the edition is checked before anything else: a mismatched id is refused even for an unscorable instrument', () => {
    const error = thrown(() => assessTrusted(dara2022Provisional, answersOn(dashRic2009, {}), commonLocalBands));
    expect(error.issues[0]).toMatchObject({ path: ['instrument', 'id'], rule: 'instrument-mismatch' });
  });
});

describe('a count-only screen reports its count and leaves the level to judgement', () => {
  it('computes no level, raises no unknowns flag, and asks for the answers to be weighed in judgement', () => {
    const result = assessTrusted(sDash2009, inputWith({ 'stalking-loitering': 'yes' }, sDash2009), commonLocalBands);
    expect(result.computed).toBeNull();
    expect(result.final).toEqual({ level: null, basis: 'computed' });
    // Ten unanswered of eleven would reach any band, but a screen has no band to reach.
    expect(result.flags).toEqual([]);
    expect(result.judgement).toEqual({
      status: 'pending',
      prompt: 'This screen computes no level: weigh its answers in the professional judgement on the main assessment and record the reasons.',
    });
    expect(result.reasons).toContain(
      'S-DASH stalking and harassment screen (2009) computes no level: no cut-off is published. More yes answers mean more risk; the practitioner judges.',
    );
    expect(result.reasons[0]).toBe('1 of 11 counting questions answered yes. Only yes adds to the count.');
  });

  it('a count-only screen that raises a red flag still asks for judgement on the main assessment', () => {
    const screen = miniInstrument({ scoring: 'count-only' });
    const result = assessTrusted(screen, answersOn(screen, { a: 'yes', b: 'yes', c: 'no', d: 'no' }), miniPolicy());
    expect(result.flags.map((f) => f.id)).toEqual(['f-ab']);
    expect(result.judgement.prompt).toMatch(/^This screen computes no level/);
    expect(result.computed).toBeNull();
    expect(result.reasons).toContain('Mini checklist computes no level: no cut-off is published. More yes answers mean more risk; the practitioner judges.');
  });
});

describe('the result echoes the assessment and names what it was scored under', () => {
  it('an assessment without id or time gives null for both', () => {
    const result = assessTrusted(dashRic2009, inputWithYes(1), commonLocalBands);
    expect(result.assessmentId).toBeNull();
    expect(result.assessedAt).toBeNull();
    expect(result).toMatchObject({ resultFormat: 1, kind: 'checklist', judgementReferral: null, history: [] });
  });

  it('names the edition with its status and the policy with its basis', () => {
    const instrument = miniInstrument();
    const result = assessTrusted(instrument, answersOn(instrument, {}), miniPolicy());
    expect(result.instrument).toEqual({ id: 'mini', edition: '1', status: 'provisional' });
    expect(result.policy).toEqual({ id: 'mini-bands', version: '4', basis: 'safelives' });
  });

  it('items with no answers of a kind are empty lists, not missing', () => {
    const result = assessTrusted(dashRic2009, inputWithYes(24), commonLocalBands);
    expect(result.items).toEqual({ yes: dashRic2009.items.map((i) => i.id), no: [], dontKnow: [], declined: [], unanswered: [] });
    expect(Object.isFrozen(result.items.no)).toBe(true);
    expect(Object.isFrozen(result.items.yes)).toBe(true);
  });
});

describe('bands: a count is in the highest band whose minimum it reaches', () => {
  const four = miniPolicy({
    bands: [
      { level: 'standard', min: 0 },
      { level: 'medium', min: 1 },
      { level: 'high', min: 2 },
      { level: 'high', min: 3 },
    ],
  });

  it('a count at a band\u2019s minimum is in that band, one below is in the band before', () => {
    const instrument = miniInstrument();
    const at = (yes: string[]) => assessTrusted(instrument, answersOn(instrument, Object.fromEntries(['a', 'b', 'd'].map((id) => [id, yes.includes(id) ? 'yes' : 'no']))), four).computed;
    expect(at([])).toMatchObject({ level: 'standard', band: { min: 0, max: 0 } });
    expect(at(['a'])).toMatchObject({ level: 'medium', band: { min: 1, max: 1 } });
    expect(at(['a', 'b'])).toMatchObject({ level: 'high', band: { min: 2, max: 2 } });
    expect(at(['a', 'b', 'd'])).toEqual({
      level: 'high',
      band: { min: 3, max: null },
      reason: 'Computed level high: a count of 3 is in the band 3 or more of scoring policy mini-bands version 4.',
    });
  });

  it('with a single band every count is in it, and no unknown could lift it further', () => {
    const single = miniPolicy({ bands: [{ level: 'standard', min: 0 }] });
    const instrument = miniInstrument();
    const result = assessTrusted(instrument, answersOn(instrument, { a: 'yes' }), single);
    expect(result.computed).toEqual({
      level: 'standard',
      band: { min: 0, max: null },
      reason: 'Computed level standard: a count of 1 is in the band 0 or more of scoring policy mini-bands version 4.',
    });
    expect(result.flags.map((f) => f.id)).not.toContain('unknowns-could-reach-threshold');
  });

  it('on the DASH RIC, 13 yes answers with one unknown are flagged as able to reach high, and 14 are high', () => {
    const unknowns = (r: { flags: readonly { id: string }[] }) => r.flags.filter((f) => f.id === 'unknowns-could-reach-threshold');
    expect(unknowns(assessTrusted(dashRic2009, inputWithYes(13, 'no'), commonLocalBands))).toEqual([]);
    const answers = Object.fromEntries(dashRic2009.items.map((i, k) => [i.id, k < 13 ? 'yes' : k === 13 ? 'declined' : 'no'] as const));
    const withUnknown = assessTrusted(dashRic2009, inputWith(answers), commonLocalBands);
    expect(withUnknown.computed?.level).toBe('medium');
    expect(withUnknown.flags[0]).toMatchObject({
      id: 'unknowns-could-reach-threshold',
      title: 'Unknown answers could reach high',
      items: [dashRic2009.items[13]!.id],
    });
    expect(withUnknown.flags[0]!.reason).toMatch(/^1 question is don't know, declined or unanswered; if 1 of them were yes the count would reach 14 \(high\)\./);
    expect(withUnknown.judgement.prompt).toMatch(/red flags are present/);
    expect(assessTrusted(dashRic2009, inputWithYes(14, 'dont-know'), commonLocalBands).flags.map((f) => f.id)).not.toContain('unknowns-could-reach-threshold');
  });
});

describe('red flag rules are resolved against the edition', () => {
  it('a rule with no groups is never raised', () => {
    const empty: RedFlagRule = { id: 'f-nothing', title: 'Nothing', reason: 'No items.', allOf: [], basis: 'local' };
    const instrument = miniInstrument();
    const result = assessTrusted(instrument, answersOn(instrument, { a: 'yes', b: 'yes', c: 'yes', d: 'yes' }), miniPolicy({ redFlags: [empty] }));
    expect(result.flags).toEqual([]);
    expect(result.judgement.prompt).toMatch(/^Professional judgement comes first: the computed level/);
  });

  it('a rule whose group names an item twice lists the item once', () => {
    const twice: RedFlagRule = { id: 'f-twice', title: 'Twice', reason: 'Twice.', allOf: [['a'], ['a', 'b']], basis: 'local' };
    const instrument = miniInstrument();
    const result = assessTrusted(instrument, answersOn(instrument, { a: 'yes', b: 'no', c: 'no', d: 'no' }), miniPolicy({ redFlags: [twice] }));
    expect(result.flags.map((f) => [f.id, f.items])).toEqual([['f-twice', ['a', 'a']]]);
  });
});

/** A checklist of `n` counting items, each with a red flag of its own, so more than 52 items are watched. */
function wide(n: number): { instrument: Instrument; policy: ScoringPolicy } {
  const base = miniInstrument();
  const template = base.items[0]!;
  const items = Array.from({ length: n }, (_, k) => ({ ...template, id: `w${k}`, number: k + 1, prompts: [], provenance: { status: 'verified' as const, sources: [] } }));
  const instrument = { ...base, id: 'wide', status: 'verified' as const, items };
  const policy = miniPolicy({
    instruments: ['wide'],
    bands: [
      { level: 'standard', min: 0 },
      { level: 'high', min: n },
    ],
    redFlags: items.map((item) => ({ id: `flag-${item.id}`, title: item.id, reason: `${item.id} said yes.`, allOf: [[item.id]], basis: 'local' as const })),
    screenPrompts: [{ screen: 'scr-last', reason: 'Last item.', anyOf: [items[n - 1]!.id], basis: 'local' }],
  });
  return { instrument, policy };
}

describe('flags and prompts are right whatever the number of items they watch', () => {
  for (const n of [52, 53, 60]) {
    it(`with ${n} watched items, each result raises the flags of its own yes answers`, () => {
      const { instrument, policy } = wide(n);
      const runs: number[][] = [[], [0], [n - 1], [0, n - 1], [], [5, 51], [0], [n - 1], [1]];
      for (const yes of runs) {
        const answers = Object.fromEntries(instrument.items.map((item, k) => [item.id, yes.includes(k) ? 'yes' : 'no']));
        const result = assessTrusted(instrument, answersOn(instrument, answers), policy);
        expect(result.flags.map((f) => f.id), JSON.stringify(yes)).toEqual(yes.map((k) => `flag-w${k}`));
        expect(result.prompts.map((p) => p.screen)).toEqual(yes.includes(n - 1) ? ['scr-last'] : []);
        expect(result.count).toBe(yes.length);
      }
    });
  }
});

describe('screen prompts: each screen once, with the reason of the first item that prompted it', () => {
  it('an item prompting a screen both by itself and under the policy is listed once, with its own reason', () => {
    const instrument = miniInstrument();
    const policy = miniPolicy({ screenPrompts: [{ screen: 'scr-x', reason: 'Policy: A prompts X.', anyOf: ['a'], basis: 'local' }] });
    const result = assessTrusted(instrument, answersOn(instrument, { a: 'yes' }), policy);
    expect(result.prompts).toEqual([{ screen: 'scr-x', items: ['a'], reason: 'A prompts X.' }]);
  });

  it('a policy prompt on an item earlier in the form than the edition\u2019s own gives the reason when both are yes', () => {
    const instrument = miniInstrument();
    const both = assessTrusted(instrument, answersOn(instrument, { b: 'yes', d: 'yes' }), miniPolicy());
    expect(both.prompts).toEqual([{ screen: 'scr-y', items: ['b', 'd'], reason: 'B prompts Y.' }]);
    const onlyD = assessTrusted(instrument, answersOn(instrument, { b: 'no', d: 'yes' }), miniPolicy());
    expect(onlyD.prompts).toEqual([{ screen: 'scr-y', items: ['d'], reason: 'D prompts Y.' }]);
  });

  it('screens are listed by the first item that prompted them', () => {
    const instrument = miniInstrument();
    const result = assessTrusted(instrument, answersOn(instrument, { b: 'yes', c: 'yes' }), miniPolicy());
    expect(result.prompts.map((p) => [p.screen, p.items])).toEqual([
      ['scr-y', ['b']],
      ['scr-x', ['c']],
    ]);
  });

  it('no yes on a prompting item prompts nothing, as a frozen empty list', () => {
    const instrument = miniInstrument();
    const result = assessTrusted(instrument, answersOn(instrument, { a: 'no', b: 'dont-know', c: 'declined' }), miniPolicy());
    expect(result.prompts).toEqual([]);
    expect(Object.isFrozen(result.prompts)).toBe(true);
  });
});
