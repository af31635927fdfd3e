/**
 * Wording packs: the official (or translated, or local) wording of an
 * edition, held by a deployer who is licensed to use it, attached to the
 * edition and checked to cover every item exactly. The package itself ships
 * only its own paraphrased labels.
 *
 * @module
 */
import { DaRiskError, unknownKeySegment, type DaRiskIssue } from '../errors/error.js';
import { deepFreeze } from '../common/deep-freeze.js';
import type { Instrument } from '../model/instrument.js';
import { parse } from '../validate/parse.js';
import { wordingPackSchema } from '../validate/wording-schema.js';
import { ensureValidInstrument } from './registry.js';
import type { OutsideInput } from './outside-input.js';

/**
 * A wording pack (format version 1).
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface WordingPack {
  /** Always 1. */
  readonly formatVersion: 1;
  /** The edition the wording belongs to. */
  readonly instrument: { readonly id: string; readonly edition: string };
  /** BCP 47 language tag, e.g. `en-GB`, `cy-GB`. */
  readonly language: string;
  /** `official` (the publisher's wording), `translation` or `local`. */
  readonly kind: 'official' | 'translation' | 'local';
  /** Licence under which the deployer holds the wording. */
  readonly licence: string;
  /** Credit to show with the wording. */
  readonly attribution: string;
  /** Section titles by section id (all sections, or none). */
  readonly sections?: { readonly [sectionId: string]: string };
  /** Question wording by item id: every item exactly once. */
  readonly items: {
    readonly [itemId: string]: {
      /** The question as asked. */
      readonly text: string;
      /** Wording of every sub-option choice, by choice id (required exactly when the item has sub-options). */
      readonly options?: { readonly [choiceId: string]: string };
    };
  };
}

/**
 * An edition with a wording pack attached.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface WordedInstrument {
  /** The edition. */
  readonly instrument: Instrument;
  /** Its wording. */
  readonly wording: WordingPack;
}

function coverage(
  expected: readonly string[],
  given: readonly string[],
  path: (string | number)[],
  what: string,
  issues: DaRiskIssue[],
): void {
  const want = new Set(expected);
  const have = new Set(given);
  for (const id of expected) {
    if (!have.has(id)) issues.push({ path: [...path, id], rule: 'missing', message: `the wording has no text for this ${what}` });
  }
  let unknown = 0;
  for (const id of given) {
    // An id the edition does not have is reported by its place among the unknown ids, never by its text.
    if (!want.has(id)) issues.push({ path: [...path, unknownKeySegment(++unknown)], rule: `unknown-${what.replace(/ /g, '-')}`, message: `is not a ${what} of the edition` });
  }
}

/** The ids an edition defines (items, sections, sub-option choices): the only record keys of a pack an error may name. */
function editionIds(instrument: Instrument): ReadonlySet<string> {
  return new Set([
    ...instrument.items.map((item) => item.id),
    ...instrument.sections.map((section) => section.id),
    ...instrument.items.flatMap((item) => item.optionGroups.flatMap((group) => group.choices.map((choice) => choice.id))),
  ]);
}

/**
 * Validates a wording pack against an edition and attaches it. The pack must
 * name the same instrument and edition, give text for every item exactly
 * once (missing or unknown item ids are errors), and give text for every
 * sub-option choice of an item that has them (and none otherwise); section
 * titles are optional but, when given, cover every section.
 *
 * @param given - the edition (shipped, or made with `defineInstrument`)
 * @param pack - the wording pack (outside data)
 * @returns the frozen edition with its wording
 * @throws {@link DaRiskError} `invalid-definition`, naming each missing or unknown id
 *
 * @example
 * ```ts
 * const worded = attachWording(dashRic2009, officialWordingHeldUnderLicence);
 * worded.wording.items['strangulation']!.text; // the official question, as licensed to the deployer
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export function attachWording<T>(given: Instrument, pack: OutsideInput<T, WordingPack>): WordedInstrument {
  // The library's own edition: what is checked is what is attached and returned.
  const instrument = ensureValidInstrument(given);
  // Keys of the pack's records are the caller's: only the edition's own ids are named in a path.
  const wording: WordingPack = parse(wordingPackSchema, pack, 'invalid-definition', {
    callerKeys: [['items'], ['sections'], ['items', '*', 'options']],
    knownKeys: editionIds(instrument),
  });
  const issues: DaRiskIssue[] = [];
  if (wording.instrument.id !== instrument.id || wording.instrument.edition !== instrument.edition) {
    issues.push({
      path: ['instrument'],
      rule: 'edition-mismatch',
      message: 'names a different instrument or edition from the one the wording is attached to',
    });
  }
  coverage(
    instrument.items.map((item) => item.id),
    Object.keys(wording.items),
    ['items'],
    'item',
    issues,
  );
  for (const item of instrument.items) {
    const entry = wording.items[item.id];
    if (entry === undefined) continue;
    const choices = item.optionGroups.flatMap((group) => group.choices.map((choice) => choice.id));
    if (choices.length === 0) {
      if (entry.options !== undefined) {
        issues.push({ path: ['items', item.id, 'options'], rule: 'no-options', message: 'the item has no sub-options' });
      }
    } else {
      coverage(choices, Object.keys(entry.options ?? {}), ['items', item.id, 'options'], 'option choice', issues);
    }
  }
  if (wording.sections !== undefined) {
    coverage(
      instrument.sections.map((section) => section.id),
      Object.keys(wording.sections),
      ['sections'],
      'section',
      issues,
    );
  }
  if (issues.length > 0) throw new DaRiskError('invalid-definition', issues);
  return deepFreeze({ instrument, wording });
}
