import { describe, expect, it } from 'vitest';
import { compareEditions, dashRic2009, defineInstrument, policeDash2009 } from '../../src/index.js';
import { viaJson } from '../support/fixtures.js';

describe('compareEditions', () => {
  it('the police form adds three children\u2019s items and renumbers 13 of the shared ones', () => {
    const diff = compareEditions(dashRic2009, policeDash2009);
    expect(diff.added).toEqual(['children-not-abusers-or-dependants', 'hurt-children-or-dependants', 'threatened-children-or-dependants']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.filter((c) => c.changes.includes('number'))).toHaveLength(15);
    expect(diff.changed.find((c) => c.id === 'strangulation')).toMatchObject({ numbers: { from: 15, to: 18 } });
    expect(diff.changed.find((c) => c.id === 'what-victim-fears')?.changes).toEqual(['section', 'sub-options']);
    expect(diff.edition).toEqual(expect.arrayContaining(['title', 'sections']));
  });

  it('a corrected local edition shows exactly what changed', () => {
    const next = viaJson(dashRic2009) as unknown as { edition: string; items: { id: string; label: string; provenance: { status: string } }[] };
    next.edition = 'exampleshire-2026';
    next.items = next.items.filter((item) => item.id !== 'animal-abuse');
    next.items.find((item) => item.id === 'weapons')!.label = 'Weapon or object used to hurt';
    const local = defineInstrument(next);
    const diff = compareEditions(dashRic2009, local);
    expect(diff.removed).toEqual(['animal-abuse']);
    expect(diff.changed).toEqual([{ id: 'weapons', changes: ['label'], numbers: { from: 13, to: 13 } }]);
    expect(diff.unchanged).toHaveLength(22);
  });
});
