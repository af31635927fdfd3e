import { describe, expect, it } from 'vitest';
import { compareEditions } from '../../../src/core/compare-editions.js';
import { dashRic2009, type Instrument } from '../../../src/index.js';

type Mutable = { -readonly [K in keyof Instrument]: unknown } & { items: Record<string, unknown>[]; sections: { id: string; label: string }[] };

/** A deep copy of the DASH RIC 2009 edition, to edit by hand (the core trusts its input). */
function copy(): Mutable {
  return JSON.parse(JSON.stringify(dashRic2009)) as Mutable;
}
function item(edition: Mutable, id: string): Record<string, any> {
  return edition.items.find((entry) => entry.id === id)! as Record<string, any>;
}
const asInstrument = (edition: Mutable) => edition as unknown as Instrument;

describe('compareEditions (core): what changed between two editions', () => {
  it('an edition compared with an identical copy has nothing added, removed, changed or edition-level', () => {
    const diff = compareEditions(dashRic2009, asInstrument(copy()));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.edition).toEqual([]);
    expect(diff.unchanged).toEqual(dashRic2009.items.map((entry) => entry.id));
    expect(diff.from).toEqual({ id: 'dash-ric', edition: '2009' });
  });

  it('each item field that can change is named on its own item, in the later edition\u2019s order', () => {
    const next = copy();
    next.edition = 'next';
    item(next, 'current-injury').number = 40;
    item(next, 'very-frightened').label = 'Frightened (reworded)';
    item(next, 'isolation').section = 'another-section';
    item(next, 'separation').answerType = 'yes-no';
    item(next, 'child-contact-conflict').counts = false;
    item(next, 'stalking-harassment').prompts = [{ screen: 'h-dash', reason: 'r', basis: 'local' }];
    item(next, 'pregnancy-or-recent-birth').provenance = { ...item(next, 'pregnancy-or-recent-birth').provenance, status: 'attested' };
    const diff = compareEditions(dashRic2009, asInstrument(next));
    expect(diff.to).toEqual({ id: 'dash-ric', edition: 'next' });
    expect(diff.changed).toEqual([
      { id: 'current-injury', changes: ['number'], numbers: { from: 1, to: 40 } },
      { id: 'very-frightened', changes: ['label'], numbers: { from: 2, to: 2 } },
      { id: 'isolation', changes: ['section'], numbers: { from: 4, to: 4 } },
      { id: 'separation', changes: ['answer-type'], numbers: { from: 6, to: 6 } },
      { id: 'child-contact-conflict', changes: ['counts'], numbers: { from: 7, to: 7 } },
      { id: 'stalking-harassment', changes: ['prompts'], numbers: { from: 8, to: 8 } },
      { id: 'pregnancy-or-recent-birth', changes: ['provenance'], numbers: { from: 9, to: 9 } },
    ]);
    expect(diff.unchanged).not.toContain('current-injury');
    expect(diff.unchanged).toHaveLength(dashRic2009.items.length - 7);
  });

  it('a change to the prompts\u2019 screens is a change; a prompt removed is one too', () => {
    const next = copy();
    item(next, 'isolation').prompts = item(next, 'isolation').prompts.map((p: object) => ({ ...p, screen: 'another-screen' }));
    const changed = compareEditions(dashRic2009, asInstrument(next)).changed;
    expect(changed.map((c) => [c.id, c.changes])).toEqual([['isolation', ['prompts']]]);
    const removed = copy();
    item(removed, 'isolation').prompts = [];
    expect(compareEditions(dashRic2009, asInstrument(removed)).changed.map((c) => [c.id, c.changes])).toEqual([['isolation', ['prompts']]]);
    // The prompt's wording alone is not compared: only where it points.
    const reworded = copy();
    item(reworded, 'isolation').prompts = item(reworded, 'isolation').prompts.map((p: object) => ({ ...p, reason: 'Reworded.' }));
    expect(compareEditions(dashRic2009, asInstrument(reworded)).changed).toEqual([]);
  });

  it('sub-options differ when a group\u2019s id, whether it takes several choices, or a choice id changes', () => {
    const edits: ((group: Record<string, any>) => void)[] = [
      (group) => (group.id = 'who'),
      (group) => (group.multiple = !group.multiple),
      (group) => (group.choices = group.choices.map((choice: Record<string, any>, i: number) => (i === 0 ? { ...choice, id: 'the-victim' } : choice))),
      (group) => (group.choices = group.choices.slice(1)),
    ];
    for (const edit of edits) {
      const next = copy();
      edit(item(next, 'threats-to-kill').optionGroups[0]);
      expect(compareEditions(dashRic2009, asInstrument(next)).changed).toEqual([{ id: 'threats-to-kill', changes: ['sub-options'], numbers: { from: 14, to: 14 } }]);
    }
    const added = copy();
    item(added, 'weapons').optionGroups = [{ id: 'kind', label: 'Kind', multiple: false, choices: [{ id: 'knife', label: 'Knife' }] }];
    expect(compareEditions(dashRic2009, asInstrument(added)).changed.map((c) => c.changes)).toEqual([['sub-options']]);
  });

  it('several changes to one item are listed together, in a fixed order', () => {
    const next = copy();
    const strangulation = item(next, 'strangulation');
    Object.assign(strangulation, { number: 2, label: 'Choked', section: 'x', answerType: 'yes-no', counts: false, optionGroups: [{ id: 'g', label: 'g', multiple: true, choices: [] }] });
    strangulation.prompts = [{ screen: 'h-dash', reason: 'r', basis: 'local' }];
    strangulation.provenance = { status: 'verified', sources: [] };
    const diff = compareEditions(dashRic2009, asInstrument(next));
    expect(diff.changed).toEqual([
      { id: 'strangulation', changes: ['number', 'label', 'section', 'answer-type', 'counts', 'sub-options', 'prompts', 'provenance'], numbers: { from: 15, to: 2 } },
    ]);
  });

  it('items only in the later edition are added, only in the earlier removed, each in its own edition\u2019s order', () => {
    const next = copy();
    const extra = (id: string) => ({ ...item(next, 'weapons'), id, number: 99 });
    next.items = [extra('new-b'), ...next.items.filter((entry) => entry.id !== 'weapons' && entry.id !== 'current-injury'), extra('new-a')];
    const diff = compareEditions(dashRic2009, asInstrument(next));
    expect(diff.added).toEqual(['new-b', 'new-a']);
    expect(diff.removed).toEqual(['current-injury', 'weapons']);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged).toHaveLength(dashRic2009.items.length - 2);
    expect(diff.unchanged).not.toContain('new-a');
    // Reversed, what was added is removed.
    const back = compareEditions(asInstrument(next), dashRic2009);
    expect(back.added).toEqual(['current-injury', 'weapons']);
    expect(back.removed).toEqual(['new-b', 'new-a']);
  });

  it('edition-level changes: title, status, scoring, licence, attribution and sections, each named', () => {
    const cases: [string, (edition: Mutable) => void][] = [
      ['title', (e) => (e.title = 'Another title')],
      ['status', (e) => (e.status = 'current')],
      ['scoring', (e) => (e.scoring = 'assessor-grade')],
      ['licence', (e) => (e.licence = 'Another licence')],
      ['attribution', (e) => (e.attribution = 'Someone else')],
      ['sections', (e) => (e.sections = [{ id: 'checklist', label: 'Questions' }])],
      ['sections', (e) => (e.sections = [...e.sections, { id: 'more', label: 'More' }])],
    ];
    for (const [expected, edit] of cases) {
      const next = copy();
      edit(next);
      expect(compareEditions(dashRic2009, asInstrument(next)).edition, expected).toEqual([expected]);
    }
    const everything = copy();
    for (const [, edit] of cases) edit(everything);
    expect(compareEditions(dashRic2009, asInstrument(everything)).edition).toEqual(['title', 'status', 'scoring', 'licence', 'attribution', 'sections']);
    // The summary, publisher and sources are not edition-level changes.
    const other = copy();
    Object.assign(other, { summary: 'changed', publisher: 'changed', sources: [] });
    expect(compareEditions(dashRic2009, asInstrument(other)).edition).toEqual([]);
  });

  it('the comparison is frozen throughout', () => {
    const next = copy();
    item(next, 'weapons').label = 'changed';
    const diff = compareEditions(dashRic2009, asInstrument(next));
    for (const part of [diff, diff.from, diff.to, diff.added, diff.removed, diff.changed, diff.unchanged, diff.edition, diff.changed[0], diff.changed[0]!.changes, diff.changed[0]!.numbers]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
  });
});
