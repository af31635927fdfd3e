/**
 * Plain-text rules shared by the validating edge and the core: what counts
 * as visible text, and when two opaque ids name the same person.
 *
 * @module
 */

/**
 * Visible text: at least one letter or digit. A space, punctuation alone or an
 * invisible character (a zero-width space) is not a reason and not an id.
 *
 * @internal
 */
export const VISIBLE = /[\p{L}\p{N}]/u;

/**
 * An opaque id in the form used to tell whether two ids name the same person:
 * compatibility-normalised, without invisible format characters or spaces, in
 * lower case. Used where treating two spellings as one person is the stricter
 * reading (an authoriser must be someone else).
 *
 * @internal
 */
export function samePersonKey(id: string): string {
  return id.normalize('NFKC').replace(/[\p{Cf}\p{Z}\s]/gu, '').toLowerCase();
}
