/**
 * `defineInstrument`: how a deployer publishes an edition of their own.
 *
 * @module
 */
import { deepFreeze } from '../common/deep-freeze.js';
import { DaRiskError } from '../errors/error.js';
import type { Instrument } from '../model/instrument.js';
import { instrumentDefinitionSchema } from '../validate/instrument-schema.js';
import { instrumentRuleIssues } from '../validate/instrument-rules.js';
import { parse } from '../validate/parse.js';

/**
 * Validates an instrument edition definition and returns it deep-frozen. Use
 * it to publish a verified edition (after checking every item against the
 * official form), a local edition, or a screen the library does not ship
 * (such as a force's own "honour"-based abuse screen).
 *
 * The returned object is a copy; the argument is not changed.
 *
 * @param definition - the edition, in definition format version 1
 * @returns the validated, frozen edition
 * @throws {@link DaRiskError} `invalid-definition`, naming each field and rule broken
 *
 * @example
 * ```ts
 * const hDash = defineInstrument({
 *   formatVersion: 1, id: 'h-dash', edition: 'local-2025', title: 'Honour-based abuse screen (local)',
 *   publisher: 'Example Constabulary', licence: 'Internal use', attribution: 'Example Constabulary',
 *   status: 'provisional', scoring: 'count-only', summary: 'Asked when abuse may be honour-based.',
 *   sources: [], sections: [{ id: 'screen', label: 'Screen' }],
 *   items: [{ id: 'hba-truanting', number: 1, section: 'screen', label: 'Truanting (under 18)', answerType: 'yes-no',
 *     counts: true, optionGroups: [], tags: [], prompts: [], provenance: { status: 'unverified', sources: [] } }],
 * });
 * hDash.items.length; // 1
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export function defineInstrument(definition: unknown): Instrument {
  const instrument: Instrument = parse(instrumentDefinitionSchema, definition, 'invalid-definition');
  const issues = instrumentRuleIssues(instrument);
  if (issues.length > 0) throw new DaRiskError('invalid-definition', issues);
  const frozen = deepFreeze(instrument);
  DEFINED.add(frozen);
  return frozen;
}

const DEFINED = new WeakSet<object>();

/**
 * Whether an edition is one `defineInstrument` returned (the library's own,
 * checked and frozen as it made it).
 *
 * @internal
 */
export function isDefinedInstrument(value: object): boolean {
  return DEFINED.has(value);
}
