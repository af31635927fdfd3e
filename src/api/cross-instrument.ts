/**
 * Reading results across instruments from outside data: each result is read
 * back as `applyJudgement` reads one (its shape, then its meaning), the
 * concept map or severity ordering is checked, and only then are the rules of
 * `core/cross-instrument.ts` applied. Also the validating edge of
 * `compareEditions`.
 *
 * @module
 */
import { compareEditions as compareEditionsCore, type EditionComparison } from '../core/compare-editions.js';
import { disclosures as disclosuresCore, severityOf as severityOfCore } from '../core/cross-instrument.js';
import { daRiskError } from '../errors/error.js';
import type { AnyResult, ConceptDisclosure, ConceptMap, SeverityOrdering } from '../model/cross-instrument.js';
import type { Instrument } from '../model/instrument.js';
import { reportingSeverity } from '../policies/cross-instrument/reporting-severity.js';
import { sharedConcepts } from '../policies/cross-instrument/shared-concepts.js';
import { shippedInstruments } from '../instruments/shipped.js';
import { conceptMapSchema, severityOrderingSchema } from '../validate/cross-instrument-schema.js';
import { parse } from '../validate/parse.js';
import { ensureValidInstrument } from './registry.js';
import { parseStoredResult, storedResultOptions, type StoredResultOptions } from './stored-result.js';
import { readOutside } from './read-outside.js';
import type { OutsideInput } from './outside-input.js';

/** Most results read in one call. */
const MAX_RESULTS = 1_000;


// Instrument ids the shipped editions define: the only keys of a concept map's `items` that may be named in an error.
let knownIds: ReadonlySet<string> | undefined;

function conceptMap(map: unknown): ConceptMap {
  if (map === sharedConcepts) return sharedConcepts;
  knownIds ??= new Set(shippedInstruments.map((instrument) => instrument.id));
  return parse(conceptMapSchema, map, 'invalid-definition', { prefix: ['map'], callerKeys: [['concepts', '*', 'items']], knownKeys: knownIds });
}

function severityOrdering(ordering: unknown): SeverityOrdering {
  if (ordering === reportingSeverity) return reportingSeverity;
  return parse(severityOrderingSchema, ordering, 'invalid-definition', { prefix: ['ordering'] });
}

/** The entries of a caller's array, each read once (a Proxy or a getter that throws is refused, not let through). */
function entries(list: unknown, path: readonly (string | number)[]): unknown[] {
  const length = readOutside('invalid-input', path, () => (Array.isArray(list) ? list.length : -1));
  if (length < 0) throw daRiskError('invalid-input', path, 'type', 'must be an array of results');
  if (length > MAX_RESULTS) throw daRiskError('invalid-input', path, 'too-many', `must have at most ${MAX_RESULTS} entries`);
  return readOutside('invalid-input', path, () => Array.from({ length }, (_, index) => (list as unknown[])[index]));
}

/**
 * For each concept of a concept map, how it stands on each assessment given:
 * disclosed, not known, not answered, not disclosed, or not asked — so a case
 * system can show "disclosed on the DASH, not asked on the DARA".
 *
 * Results may come back from storage: each is read back as `applyJudgement`
 * reads one (its shape, then its meaning: a result whose count, levels, flags
 * or history disagree with its own answers is refused), and the concept map
 * is checked, before anything is read from them.
 *
 * @param results - assessments of the same case, from any instrument (outside data)
 * @param map - the concept map (for example {@link sharedConcepts})
 * @param options - where the results' editions and policies are looked up, when not shipped
 * @returns one entry per concept
 * @throws {@link DaRiskError} `invalid-input` (a malformed result, paths under `results`), `inconsistent-result`, `unknown-edition`, `unknown-policy`; `invalid-definition` (a malformed concept map, paths under `map`)
 *
 * @example
 * ```ts
 * const rows = disclosures([dashResult, daraResult], sharedConcepts);
 * rows.find((r) => r.concept === 'strangulation')?.summary; // 'disclosed on dash-ric 2009; not answered on dara 2022-provisional'
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function disclosures<T>(results: readonly OutsideInput<T, AnyResult>[], map: ConceptMap, options?: StoredResultOptions): readonly ConceptDisclosure[] {
  const read = storedResultOptions(options);
  const concepts = conceptMap(map);
  const parsed: AnyResult[] = entries(results, ['results']).map((result, index) => parseStoredResult(result, 'any', ['results', index], read));
  return disclosuresCore(parsed, concepts);
}

/**
 * The reporting severity of a result under an ordering: from the final level
 * (DASH, DARA) or the highest final scale among the children (RIM). Null when
 * the result has no level or scale. For reports only.
 *
 * The result may come back from storage: it is read back as `applyJudgement`
 * reads one, and the ordering is checked, before anything is read from them.
 *
 * @param result - any result (outside data)
 * @param ordering - the ordering (for example {@link reportingSeverity})
 * @param options - where the result's edition and policy are looked up, when not shipped
 * @returns the rank and label, or null
 * @throws {@link DaRiskError} `invalid-input` (a malformed result, paths under `result`), `inconsistent-result`, `unknown-edition`, `unknown-policy`; `invalid-definition` (a malformed ordering, paths under `ordering`)
 *
 * @example
 * ```ts
 * severityOf(dashResult, reportingSeverity); // { rank: 3, label: 'high', from: 'level high' }
 * severityOf(rimResult, reportingSeverity); // { rank: 4, label: 'severe', from: 'RIM scale 4' }
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function severityOf<T>(
  result: OutsideInput<T, AnyResult>,
  ordering: SeverityOrdering,
  options?: StoredResultOptions,
): { readonly rank: number; readonly label: string; readonly from: string } | null {
  const read = storedResultOptions(options);
  const checked = severityOrdering(ordering);
  return severityOfCore(parseStoredResult(result, 'any', ['result'], read), checked);
}

/**
 * Compares two editions item by item (matched by id): items added, removed,
 * changed (number, label, section, answer type, whether it counts,
 * sub-options, prompts, provenance status) and unchanged, and the
 * edition-level changes. Used for the "what changed" page of the docs, and
 * by a deployer checking a local edition against the shipped one.
 *
 * Each edition is checked first, as `createRegistry` checks one: shipped, or
 * made with `defineInstrument` (frozen and valid).
 *
 * @param from - the earlier edition
 * @param to - the later edition
 * @returns the comparison
 * @throws {@link DaRiskError} `invalid-definition` (an edition not made with `defineInstrument`, paths under `from` or `to`)
 *
 * @example
 * ```ts
 * const diff = compareEditions(dashRic2009, policeDash2009);
 * diff.added; // ['children-not-abusers-or-dependants', 'hurt-children-or-dependants', 'threatened-children-or-dependants']
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export function compareEditions(from: Instrument, to: Instrument): EditionComparison {
  // The library's own editions are compared: nothing is read again from the caller's objects.
  return compareEditionsCore(ensureValidInstrument(from, ['from']), ensureValidInstrument(to, ['to']));
}
