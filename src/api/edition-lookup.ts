/**
 * Finding the edition an input names, before validating the rest of it.
 *
 * @module
 */
import type { DaRiskError } from '../errors/error.js';
import type { Instrument } from '../model/instrument.js';
import { namedEditionSchema } from '../validate/named-edition-schema.js';
import { tryParse } from '../validate/parse.js';
import { checkRegistry, type InstrumentRegistry } from './registry.js';

/**
 * The edition an input names, or the error (unknown instrument or edition,
 * malformed reference).
 *
 * @internal
 */
export function namedEdition(input: unknown, given: InstrumentRegistry): { instrument: Instrument } | { error: DaRiskError } {
  let registry: InstrumentRegistry;
  try {
    registry = checkRegistry(given);
  } catch (error) {
    return { error: error as DaRiskError };
  }
  const named = tryParse(namedEditionSchema, input);
  if (!named.ok) return { error: named.error };
  try {
    return { instrument: registry.get(named.value.instrument.id, named.value.instrument.edition) };
  } catch (error) {
    // The registry is the library's own: what its lookup throws is the library's own error.
    return { error: error as DaRiskError };
  }
}

/**
 * Wording for unknown keys in answers objects (`answers`, `children[i].answers`).
 *
 * @internal
 */
export function answerKeyWording(instrument: Instrument) {
  return (parent: readonly PropertyKey[], key: string): { rule: string; message: string; schemaKey?: boolean } | undefined => {
    const last = parent[parent.length - 1];
    if (last === 'answers') {
      return { rule: 'unknown-item', message: `is not an item of ${instrument.id} edition ${instrument.edition}` };
    }
    if (parent[parent.length - 2] === 'answers' && key === 'options') {
      return { rule: 'options-need-yes', message: 'sub-options are recorded only with a yes answer, on an item that has them', schemaKey: true };
    }
    return undefined;
  };
}
