/**
 * Library-made example indicators: rows and cells of a matrix edition that
 * were not read on a copy of the matrix, written by da-risk as examples and
 * tagged so, so that every place they appear (the edition page, results, the
 * FHIR Questionnaire) can say they are not the publisher's text.
 *
 * @module
 */
import { LIBRARY_EXAMPLE_TAG, type Instrument, type Item } from '../model/instrument.js';
import type { Notice } from '../model/result.js';

/**
 * Whether an item is a da-risk example (tagged {@link LIBRARY_EXAMPLE_TAG}).
 *
 * @param item - an item of an edition
 * @returns true for a library-made example
 *
 * @example
 * ```ts
 * isLibraryExample(barnardosRimProvisional.items[0]!); // false — the evidence-of-violence row is the matrix's
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export function isLibraryExample(item: Item): boolean {
  return item.tags.includes(LIBRARY_EXAMPLE_TAG);
}

/** Notice id for ticked library-example indicators. @internal */
export const LIBRARY_EXAMPLE_NOTICE = 'library-example-indicators';

/**
 * The notice for a result in which library-example indicators were ticked
 * (confirmed or suspected), listing them in form order; null when none was.
 *
 * @internal
 */
export function libraryExampleNotice(instrument: Instrument, ticked: ReadonlySet<string>): Notice | null {
  const items = instrument.items.filter((item) => ticked.has(item.id) && isLibraryExample(item)).map((item) => item.id);
  if (items.length === 0) return null;
  return Object.freeze({
    id: LIBRARY_EXAMPLE_NOTICE,
    message: 'Ticked indicators that are da-risk examples, not text from the matrix (wording and scale column are da-risk\u2019s): check them against your copy of the matrix.',
    items: Object.freeze(items),
  });
}
