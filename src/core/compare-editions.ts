/**
 * What changed between two editions (of the same instrument, or of two
 * instruments that share item ids, such as the police DASH and the DASH RIC).
 *
 * @module
 */
import type { Instrument, Item } from '../model/instrument.js';

/**
 * One item's changes between two editions.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface ItemChange {
  /** The item id. */
  readonly id: string;
  /** What changed: `number`, `label`, `section`, `answer-type`, `counts`, `sub-options`, `prompts`, `provenance`. */
  readonly changes: readonly string[];
  /** The number in each edition. */
  readonly numbers: { readonly from: number; readonly to: number };
}

/**
 * The differences between two editions.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface EditionComparison {
  /** The earlier edition. */
  readonly from: { readonly id: string; readonly edition: string };
  /** The later edition. */
  readonly to: { readonly id: string; readonly edition: string };
  /** Items only in the later edition. */
  readonly added: readonly string[];
  /** Items only in the earlier edition. */
  readonly removed: readonly string[];
  /** Items in both that differ. */
  readonly changed: readonly ItemChange[];
  /** Items in both and identical apart from nothing. */
  readonly unchanged: readonly string[];
  /** Edition-level changes: `status`, `scoring`, `sections`, `licence`, `attribution`, `title`. */
  readonly edition: readonly string[];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function itemChanges(a: Item, b: Item): string[] {
  const changes: string[] = [];
  if (a.number !== b.number) changes.push('number');
  if (a.label !== b.label) changes.push('label');
  if (a.section !== b.section) changes.push('section');
  if (a.answerType !== b.answerType) changes.push('answer-type');
  if (a.counts !== b.counts) changes.push('counts');
  if (!same(a.optionGroups.map((g) => [g.id, g.multiple, g.choices.map((c) => c.id)]), b.optionGroups.map((g) => [g.id, g.multiple, g.choices.map((c) => c.id)]))) {
    changes.push('sub-options');
  }
  if (!same(a.prompts.map((p) => p.screen), b.prompts.map((p) => p.screen))) changes.push('prompts');
  if (a.provenance.status !== b.provenance.status) changes.push('provenance');
  return changes;
}

/**
 * Compares two editions item by item (matched by id): items added, removed,
 * changed (number, label, section, answer type, whether it counts,
 * sub-options, prompts, provenance status) and unchanged, and the
 * edition-level changes. Used for the "what changed" page of the docs, and
 * by a deployer checking a local edition against the shipped one.
 *
 * Trusted input only: editions that are shipped or made with
 * `defineInstrument`. The main entry's `compareEditions` checks both first.
 *
 * @param from - the earlier edition
 * @param to - the later edition
 * @returns the comparison
 * @internal
 *
 * @example
 * ```ts
 * const diff = compareEditions(dashRic2009, policeDash2009);
 * diff.added; // ['children-not-abusers-or-dependants', 'hurt-children-or-dependants', 'threatened-children-or-dependants']
 * ```
 */
export function compareEditions(from: Instrument, to: Instrument): EditionComparison {
  const before = new Map(from.items.map((item) => [item.id, item]));
  const after = new Map(to.items.map((item) => [item.id, item]));
  const changed: ItemChange[] = [];
  const unchanged: string[] = [];
  for (const item of to.items) {
    const old = before.get(item.id);
    if (old === undefined) continue;
    const changes = itemChanges(old, item);
    if (changes.length === 0) unchanged.push(item.id);
    else changed.push(Object.freeze({ id: item.id, changes: Object.freeze(changes), numbers: Object.freeze({ from: old.number, to: item.number }) }));
  }
  const edition: string[] = [];
  for (const key of ['title', 'status', 'scoring', 'licence', 'attribution'] as const) if (from[key] !== to[key]) edition.push(key);
  if (!same(from.sections, to.sections)) edition.push('sections');
  return Object.freeze({
    from: Object.freeze({ id: from.id, edition: from.edition }),
    to: Object.freeze({ id: to.id, edition: to.edition }),
    added: Object.freeze(to.items.filter((item) => !before.has(item.id)).map((item) => item.id)),
    removed: Object.freeze(from.items.filter((item) => !after.has(item.id)).map((item) => item.id)),
    changed: Object.freeze(changed),
    unchanged: Object.freeze(unchanged),
    edition: Object.freeze(edition),
  });
}
