import { describe, expect, it } from 'vitest';
import {
  dashRic2009,
  defineInstrument,
  policeDash2009,
  sDash2009,
  shippedInstruments,
  type Instrument,
} from '../../src/index.js';
import { deepFrozen } from '../support/fixtures.js';
import { fingerprint } from '../support/fingerprint.js';

/**
 * Editions never change meaning once published. `MEANING` pins what a result
 * depends on (ids, numbers, sections, answer types, counting, options,
 * prompts, matrix scales): if one fails, publish a new edition instead.
 * `DESCRIPTION` pins our own words about it (labels, tags, provenance,
 * summaries): a rewording may change it in place, with a changeset that says
 * so, because stored results and wording packs key on ids, not labels.
 */
const MEANING: Record<string, string> = {
  'dash-ric@2009': 'f1ea720d0d7e9889',
  'police-dash@2009': '4bf61be9a7823220',
  's-dash@2009': 'ff3443c844ca29ed',
  'dara@2022-provisional': '5ce5a44f65dd27a0',
  'barnardos-rim@2009-provisional': 'd42ecc884ae78613',
};

const DESCRIPTION: Record<string, string> = {
  'dash-ric@2009': 'e42c9e71837b559b',
  'police-dash@2009': '3087488d34363330',
  's-dash@2009': '17587480536ac56e',
  'dara@2022-provisional': '84fc9a6cdef3a663',
  'barnardos-rim@2009-provisional': 'a3ac82e131f09467',
};

/** What results depend on: everything but our words about the edition. */
function meaningOf(instrument: Instrument) {
  return {
    id: instrument.id,
    edition: instrument.edition,
    formatVersion: instrument.formatVersion,
    scoring: instrument.scoring,
    status: instrument.status,
    sections: instrument.sections.map((section) => section.id),
    items: instrument.items.map((item) => ({
      id: item.id,
      number: item.number,
      section: item.section,
      answerType: item.answerType,
      counts: item.counts,
      options: item.optionGroups.map((group) => ({ id: group.id, multiple: group.multiple, choices: group.choices.map((choice) => choice.id) })),
      prompts: item.prompts.map((prompt) => prompt.screen),
      scale: item.scale ?? null,
      indicator: item.indicator ?? null,
    })),
  };
}

describe('shipped editions', () => {
  it.each(shippedInstruments.map((i) => [`${i.id}@${i.edition}`, i] as const))('%s is valid in the definition format', (_, instrument) => {
    expect(defineInstrument(JSON.parse(JSON.stringify(instrument)))).toEqual(instrument);
  });

  it.each(shippedInstruments.map((i) => [`${i.id}@${i.edition}`, i] as const))('%s is deeply frozen', (_, instrument) => {
    expect(deepFrozen(instrument)).toBe(true);
  });

  it.each(shippedInstruments.map((i) => [`${i.id}@${i.edition}`, i] as const))(
    '%s keeps its pinned meaning (editions never change meaning once published)',
    (key, instrument) => {
      expect(fingerprint(meaningOf(instrument)), `${key} changed meaning: publish a new edition instead`).toBe(MEANING[key]);
    },
  );

  it.each(shippedInstruments.map((i) => [`${i.id}@${i.edition}`, i] as const))(
    '%s matches its pinned description (a rewording needs a changeset)',
    (key, instrument) => {
      expect(fingerprint(instrument), `${key} was reworded: update the pin and write a changeset`).toBe(DESCRIPTION[key]);
    },
  );

  it('the SafeLives RIC has 24 counting yes/no/don\u2019t know items numbered 1\u201324', () => {
    expect(dashRic2009.items).toHaveLength(24);
    expect(dashRic2009.items.map((item) => item.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(dashRic2009.items.every((item) => item.counts && item.answerType === 'yes-no-dont-know')).toBe(true);
    expect(dashRic2009.scoring).toBe('yes-count');
  });

  it('the police DASH has 27 items in four sections, with the three children/dependants items', () => {
    expect(policeDash2009.items).toHaveLength(27);
    expect(policeDash2009.sections.map((section) => section.id)).toEqual([
      'current-situation',
      'children-and-dependants',
      'abuse-history',
      'abuser',
    ]);
    const numbers = (section: string) => policeDash2009.items.filter((item) => item.section === section).map((item) => item.number);
    expect(numbers('current-situation')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(numbers('children-and-dependants')).toEqual([9, 10, 11, 12]);
    expect(numbers('abuse-history')).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
    expect(numbers('abuser')).toEqual([23, 24, 25, 26, 27]);
  });

  it('police DASH shares the 24 RIC ids: police n = RIC n for n \u2264 9 and RIC n + 3 from 13', () => {
    const policeNumber = new Map(policeDash2009.items.map((item) => [item.id, item.number]));
    for (const item of dashRic2009.items) {
      const expected = item.number <= 9 ? item.number : item.number + 3;
      expect(policeNumber.get(item.id), item.id).toBe(expected);
    }
    const policeOnly = policeDash2009.items.filter((item) => !dashRic2009.items.some((ric) => ric.id === item.id));
    expect(policeOnly.map((item) => item.number)).toEqual([10, 11, 12]);
  });

  it('the same question has the same label on both forms', () => {
    for (const item of dashRic2009.items) {
      expect(policeDash2009.items.find((p) => p.id === item.id)?.label).toBe(item.label);
    }
  });

  it('the S-DASH has 11 yes/no items and computes no level', () => {
    expect(sDash2009.items).toHaveLength(11);
    expect(sDash2009.scoring).toBe('count-only');
    expect(sDash2009.items.every((item) => item.answerType === 'yes-no')).toBe(true);
  });

  it('marks provenance as the domain pages record it', () => {
    const ric = new Map(dashRic2009.items.map((item) => [item.number, item.provenance.status]));
    for (let n = 1; n <= 9; n++) expect(ric.get(n)).toBe('verified');
    for (let n = 10; n <= 24; n++) expect(ric.get(n)).toBe('attested');
    const police = new Map(policeDash2009.items.map((item) => [item.number, item.provenance.status]));
    expect(police.get(10)).toBe('verified');
    expect(police.get(11)).toBe('verified');
    expect(police.get(12)).toBe('unverified');
    for (let n = 13; n <= 27; n++) expect(police.get(n)).toBe('attested');
    expect(sDash2009.items.every((item) => item.provenance.status === 'unverified')).toBe(true);
    const unverifiedOptions = ['threats-to-kill', 'hurt-others', 'breached-orders', 'criminal-history'];
    for (const id of unverifiedOptions) {
      expect(dashRic2009.items.find((item) => item.id === id)?.optionGroups[0]?.provenance.status, id).toBe('unverified');
    }
  });

  it('every shipped edition is provisional, because some items are not verified', () => {
    for (const instrument of shippedInstruments) {
      expect(instrument.status).toBe('provisional');
      expect(instrument.items.some((item) => item.provenance.status !== 'verified')).toBe(true);
    }
  });

  it('the stalking item prompts the S-DASH and the isolation item the "honour"-based abuse screen', () => {
    for (const instrument of [dashRic2009, policeDash2009]) {
      const prompts = (id: string) => instrument.items.find((item) => item.id === id)?.prompts.map((p) => p.screen);
      expect(prompts('stalking-harassment')).toEqual(['s-dash']);
      expect(prompts('isolation')).toEqual(['h-dash']);
    }
  });

  it('every edition says its official wording is not included and credits the publisher', () => {
    for (const instrument of shippedInstruments) {
      expect(instrument.licence).toMatch(/not included/);
      expect(instrument.attribution.length).toBeGreaterThan(40);
    }
    for (const instrument of [dashRic2009, policeDash2009, sDash2009]) {
      expect(instrument.attribution).toMatch(/Laura Richards/);
      expect(instrument.attribution).toMatch(/paraphrases/);
    }
  });
});
