import { describe, expect, it } from 'vitest';
import {
  attachWording,
  commonLocalBands,
  createRegistry,
  dashRic2009,
  defaultRegistry,
  defineInstrument,
  defineMaracPolicy,
  defineScoringPolicy,
  policeDash2009,
  safelivesMarac,
  sDash2009,
  shippedInstruments,
  type Instrument,
} from '../../src/index.js';
import { thrown } from '../support/errors.js';
import { deepFrozen, viaJson } from '../support/fixtures.js';

const hDash = {
  formatVersion: 1,
  id: 'h-dash',
  edition: 'exampleshire-2025',
  title: '"Honour"-based abuse screen (Exampleshire)',
  publisher: 'Exampleshire Police',
  licence: 'Internal use only',
  attribution: 'Exampleshire Police',
  status: 'provisional',
  scoring: 'count-only',
  summary: 'Asked when abuse may be "honour"-based.',
  sources: [{ id: 'force-form', title: 'Force form', kind: 'primary' }],
  sections: [{ id: 'screen', label: 'Screen' }],
  items: [
    {
      id: 'hba-truanting',
      number: 1,
      section: 'screen',
      label: 'Truanting (if under 18)',
      answerType: 'yes-no',
      counts: true,
      optionGroups: [],
      tags: ['honour-based-abuse'],
      prompts: [],
      provenance: { status: 'verified', sources: ['force-form'] },
    },
  ],
};

describe('defineInstrument', () => {
  it('validates, copies and deep-freezes an edition', () => {
    const definition = viaJson(hDash);
    const instrument = defineInstrument(definition);
    expect(instrument).toEqual(definition);
    expect(instrument).not.toBe(definition);
    expect(deepFrozen(instrument)).toBe(true);
    expect(Object.isFrozen(definition)).toBe(false);
  });

  it('names every broken cross-field rule', () => {
    const bad = viaJson(hDash);
    bad.status = 'verified';
    bad.items.push({ ...bad.items[0]!, section: 'nowhere', provenance: { status: 'unverified', sources: ['nope'] } });
    const error = thrown(() => defineInstrument(bad));
    expect(error.code).toBe('invalid-definition');
    expect(error.issues.map((i) => i.rule).sort()).toEqual(
      ['duplicate-id', 'duplicate-number', 'unknown-section', 'unknown-source', 'verified-edition-has-unverified-part'].sort(),
    );
  });

  it('refuses a bad shape, naming the field', () => {
    expect(thrown(() => defineInstrument({ ...hDash, id: 'H DASH' })).issues[0]).toMatchObject({ path: ['id'], rule: 'kebab-case' });
    expect(thrown(() => defineInstrument({ ...hDash, formatVersion: 2 })).issues[0]?.path).toEqual(['formatVersion']);
    expect(thrown(() => defineInstrument({ ...hDash, items: [{ ...hDash.items[0], answerType: 'maybe' }] })).issues[0]?.path).toEqual([
      'items',
      0,
      'answerType',
    ]);
    expect(thrown(() => defineInstrument('not an edition')).issues[0]?.rule).toBe('type');
  });

  it('a yes-count edition needs at least one counting item', () => {
    const bad = viaJson(hDash);
    bad.scoring = 'yes-count';
    bad.items[0]!.counts = false;
    expect(thrown(() => defineInstrument(bad)).issues[0]?.rule).toBe('no-counting-items');
  });
});

describe('registry', () => {
  it('the default registry has the shipped editions and lists them', () => {
    expect(defaultRegistry.list().map((s) => `${s.id}@${s.edition}:${s.items}:${s.status}`)).toEqual([
      'dash-ric@2009:24:provisional',
      'police-dash@2009:27:provisional',
      's-dash@2009:11:provisional',
      'dara@2022-provisional:16:provisional',
      'barnardos-rim@2009-provisional:20:provisional',
    ]);
    expect(defaultRegistry.get('police-dash', '2009')).toBe(policeDash2009);
  });

  it('never substitutes an edition: an unknown edition is an error naming the known ones', () => {
    const error = thrown(() => defaultRegistry.get('dash-ric', '2015'));
    expect(error.code).toBe('unknown-edition');
    expect(error.message).toMatch(/known: 2009/);
    expect(defaultRegistry.find('dash-ric', '2015')).toBeUndefined();
  });

  it('holds several editions of one instrument side by side', () => {
    const local = defineInstrument({ ...viaJson(dashRic2009), edition: 'exampleshire-2026' });
    const registry = createRegistry([...shippedInstruments, local]);
    expect(registry.editions('dash-ric')).toEqual(['2009', 'exampleshire-2026']);
    expect(registry.get('dash-ric', '2009')).toBe(dashRic2009);
  });

  it('refuses duplicates and editions not made with defineInstrument', () => {
    expect(thrown(() => createRegistry([dashRic2009, dashRic2009])).code).toBe('duplicate-edition');
    const loose = { ...sDash2009, edition: 'loose' } as Instrument;
    expect(thrown(() => createRegistry([loose])).issues[0]?.rule).toBe('not-frozen');
  });
});

describe('policies', () => {
  it('the shipped policies are valid and frozen', () => {
    expect(defineScoringPolicy(viaJson(commonLocalBands))).toEqual(commonLocalBands);
    expect(defineMaracPolicy(viaJson(safelivesMarac))).toEqual(safelivesMarac);
    expect(deepFrozen(commonLocalBands)).toBe(true);
    expect(deepFrozen(safelivesMarac)).toBe(true);
  });

  it('bands must start at 0 and rise in count and level', () => {
    const error = thrown(() =>
      defineScoringPolicy({
        ...viaJson(commonLocalBands),
        bands: [
          { level: 'standard', min: 1 },
          { level: 'high', min: 10 },
          { level: 'medium', min: 9 },
        ],
      }),
    );
    expect(error.issues.map((i) => [i.path.join('.'), i.rule])).toEqual([
      ['bands.0.min', 'first-band-from-zero'],
      ['bands.2.min', 'ascending'],
      ['bands.2.level', 'ascending'],
    ]);
  });

  it('a MARAC policy needs a positive threshold and a known agency list', () => {
    expect(thrown(() => defineMaracPolicy({ ...viaJson(safelivesMarac), visibleHighRisk: { threshold: 0, instruments: [], basis: 'local' } })).issues[0]?.path).toEqual([
      'visibleHighRisk',
      'threshold',
    ]);
    expect(
      thrown(() =>
        defineMaracPolicy({
          ...viaJson(safelivesMarac),
          potentialEscalation: { ...viaJson(safelivesMarac.potentialEscalation), reportedTo: ['the-pub'] },
        }),
      ).issues[0]?.path[0],
    ).toBe('potentialEscalation');
  });
});

describe('wording packs', () => {
  function pack(instrument: Instrument) {
    return {
      formatVersion: 1,
      instrument: { id: instrument.id, edition: instrument.edition },
      language: 'en-GB',
      kind: 'official',
      licence: 'Held under licence by Exampleshire',
      attribution: 'Publisher',
      items: Object.fromEntries(
        instrument.items.map((item) => [
          item.id,
          item.optionGroups.length === 0
            ? { text: `Question ${item.number}` }
            : {
                text: `Question ${item.number}`,
                options: Object.fromEntries(item.optionGroups.flatMap((g) => g.choices.map((c) => [c.id, `Choice ${c.id}`]))),
              },
        ]),
      ),
    };
  }

  it('attaches wording that covers every item and choice exactly', () => {
    const worded = attachWording<unknown>(policeDash2009, pack(policeDash2009));
    expect(worded.instrument).toBe(policeDash2009);
    expect(worded.wording.items['strangulation']?.text).toBe('Question 18');
    expect(deepFrozen(worded)).toBe(true);
  });

  it('missing and unknown item ids are errors', () => {
    const p = pack(dashRic2009);
    delete (p.items as Record<string, unknown>)['weapons'];
    (p.items as Record<string, unknown>)['weapon'] = { text: 'x' };
    const error = thrown(() => attachWording<unknown>(dashRic2009, p));
    expect(error.issues.map((i) => [i.path.join('.'), i.rule])).toEqual([
      ['items.weapons', 'missing'],
      ['items.<unknown key 1>', 'unknown-item'],
    ]);
  });

  it('missing choices, options on an item without any, another edition and a bad language are errors', () => {
    const p = pack(dashRic2009);
    (p.items['threats-to-kill'] as { options: Record<string, string> }).options = { victim: 'x' };
    (p.items['strangulation'] as { options?: Record<string, string> }).options = { victim: 'x' };
    const error = thrown(() => attachWording<unknown>(dashRic2009, p));
    expect(error.issues.map((i) => i.rule)).toEqual(['missing', 'missing', 'no-options']);
    expect(thrown(() => attachWording<unknown>(policeDash2009, pack(dashRic2009))).issues[0]?.rule).toBe('edition-mismatch');
    expect(thrown(() => attachWording<unknown>(dashRic2009, { ...pack(dashRic2009), language: 'English!' })).issues[0]?.path).toEqual(['language']);
  });
});
