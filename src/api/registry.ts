/**
 * The instrument registry: editions by id and edition. The edition an
 * assessment names is the edition it is scored on; a later edition is never
 * substituted.
 *
 * @module
 */
import { DaRiskError, daRiskError, type DaRiskIssue } from '../errors/error.js';
import { isDeepFrozen } from '../common/is-deep-frozen.js';
import type { Instrument } from '../model/instrument.js';
import { isDefinedInstrument } from './define-instrument.js';
import { instrumentRuleIssues } from '../validate/instrument-rules.js';
import { deepFreeze } from '../common/deep-freeze.js';
import { shippedInstruments } from '../instruments/shipped.js';
import { instrumentDefinitionSchema } from '../validate/instrument-schema.js';
import { parse } from '../validate/parse.js';
import { readOutside } from './read-outside.js';

/**
 * A short description of an edition, as listed by a registry.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface InstrumentSummary {
  /** Instrument id. */
  readonly id: string;
  /** Edition. */
  readonly edition: string;
  /** Title. */
  readonly title: string;
  /** `verified` or `provisional`. */
  readonly status: Instrument['status'];
  /** Number of items. */
  readonly items: number;
}

/**
 * A set of instrument editions, looked up by id and edition.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface InstrumentRegistry {
  /**
   * The edition with this id and edition.
   * @throws {@link DaRiskError} `unknown-instrument` or `unknown-edition` (the message lists the editions known)
   */
  get(id: string, edition: string): Instrument;
  /** The edition with this id and edition, or undefined. */
  find(id: string, edition: string): Instrument | undefined;
  /** The editions known for an instrument id, in the order given. */
  editions(id: string): readonly string[];
  /** Every edition, in the order given. */
  list(): readonly InstrumentSummary[];
}

/** Most editions in one registry. */
const MAX_EDITIONS = 10_000;

// Each edition checked, and the library's own edition for it: the edition itself when the library made it
// (shipped, or returned by defineInstrument), else a frozen copy of the validated data, so that nothing is
// ever read again from a caller's object (a getter or Proxy could answer differently the second time).
const OWN = new WeakMap<object, Instrument>();

let shipped: ReadonlySet<object> | undefined;

function libraryMade(instrument: object): boolean {
  shipped ??= new Set<object>(shippedInstruments);
  return shipped.has(instrument) || isDefinedInstrument(instrument);
}

/**
 * Checks an edition once (deep-frozen and valid in the definition format)
 * and returns the library's own edition for it: the same object when the
 * library made it (a shipped edition, or one returned by `defineInstrument`),
 * else a frozen copy of the validated data, the same copy each time.
 *
 * @internal
 */
export function ensureValidInstrument(instrument: Instrument, path: (string | number)[] = []): Instrument {
  const known = instrument !== null && typeof instrument === 'object' ? OWN.get(instrument) : undefined;
  if (known !== undefined) return known;
  // A Proxy's traps are the caller's code: whatever they throw is refused as unreadable. parse reads
  // the edition once into its own copy, and everything after reads that copy.
  if (!readOutside('invalid-definition', path, () => isDeepFrozen(instrument))) {
    throw daRiskError('invalid-definition', path, 'not-frozen', 'an instrument edition must be created with defineInstrument (it is then frozen)');
  }
  const copy: Instrument = parse(instrumentDefinitionSchema, instrument, 'invalid-definition', { prefix: path });
  const issues = instrumentRuleIssues(copy);
  if (issues.length > 0) {
    throw new DaRiskError(
      'invalid-definition',
      issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
    );
  }
  const own = libraryMade(instrument) ? instrument : deepFreeze(copy);
  OWN.set(instrument, own);
  OWN.set(own, own);
  return own;
}

/**
 * Creates a registry from editions (shipped ones, ones made with
 * {@link defineInstrument}, or both). Each edition is checked once; the same
 * id and edition twice is an error.
 *
 * @param instruments - the editions
 * @returns a frozen registry
 * @throws {@link DaRiskError} `invalid-definition` for an edition not made with `defineInstrument`, `duplicate-edition` for a repeated id and edition
 *
 * @example
 * ```ts
 * const registry = createRegistry([...shippedInstruments, myVerifiedRic]);
 * registry.get('dash-ric', '2009').items.length; // 24
 * registry.editions('dash-ric'); // ['2009', 'force-verified-2025']
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export function createRegistry(instruments: readonly Instrument[]): InstrumentRegistry {
  // Array.isArray runs a revoked Proxy's check: even that is read inside readOutside.
  if (!readOutside('invalid-definition', [], () => Array.isArray(instruments))) {
    throw daRiskError('invalid-definition', [], 'type', 'must be an array of instrument editions');
  }
  // Read the caller's array once (a Proxy or a getter is read here, never again).
  const length = readOutside('invalid-definition', [], () => instruments.length);
  if (length > MAX_EDITIONS) throw daRiskError('invalid-definition', [], 'too-many', `must have at most ${MAX_EDITIONS} entries`);
  const editionsGiven = readOutside('invalid-definition', [], () => Array.from({ length }, (_, index) => instruments[index]!));
  const byKey = new Map<string, Instrument>();
  const issues: DaRiskIssue[] = [];
  editionsGiven.forEach((given, index) => {
    const instrument = ensureValidInstrument(given, [index]);
    const key = `${instrument.id}\u0000${instrument.edition}`;
    if (byKey.has(key)) {
      issues.push({ path: [index], rule: 'duplicate-edition', message: 'is an instrument edition given more than once' });
    }
    byKey.set(key, instrument);
  });
  if (issues.length > 0) throw new DaRiskError('duplicate-edition', issues);
  const all = [...byKey.values()];
  const summaries: readonly InstrumentSummary[] = Object.freeze(
    all.map((instrument) =>
      Object.freeze({
        id: instrument.id,
        edition: instrument.edition,
        title: instrument.title,
        status: instrument.status,
        items: instrument.items.length,
      }),
    ),
  );
  // Ids are checked to be text first: a key is never built from the caller's other values.
  const find = (id: string, edition: string): Instrument | undefined =>
    typeof id === 'string' && typeof edition === 'string' ? byKey.get(`${id}\u0000${edition}`) : undefined;
  const editions = (id: string): readonly string[] =>
    Object.freeze(all.filter((instrument) => instrument.id === id).map((instrument) => instrument.edition));
  return registered({
    find,
    editions,
    list: () => summaries,
    get(id: string, edition: string): Instrument {
      const found = find(id, edition);
      if (found !== undefined) return found;
      const known = editions(id);
      if (known.length === 0) {
        throw daRiskError('unknown-instrument', ['instrument', 'id'], 'unknown-instrument', 'names no instrument in the registry');
      }
      throw daRiskError(
        'unknown-edition',
        ['instrument', 'edition'],
        'unknown-edition',
        `names no edition of this instrument in the registry (known: ${known.join(', ')}); a different edition is never substituted`,
      );
    },
  });
}

// Every registry the library made: only these are read, so an edition is always one the library checked.
const REGISTRIES = new WeakSet<object>();

function registered(registry: InstrumentRegistry): InstrumentRegistry {
  const frozen = Object.freeze(registry);
  REGISTRIES.add(frozen);
  return frozen;
}

/**
 * Whether a value is a registry the library made.
 *
 * @internal
 */
export function isRegistry(value: unknown): value is InstrumentRegistry {
  return value !== null && typeof value === 'object' && REGISTRIES.has(value);
}

/**
 * The registry, when the library made it (`createRegistry`, or the default
 * registry); anything else is refused, so that no edition reaches the rules
 * without being checked, and no caller's lookup function runs.
 *
 * @internal
 */
export function checkRegistry(registry: unknown, path: readonly (string | number)[] = ['registry']): InstrumentRegistry {
  if (registry !== null && typeof registry === 'object' && REGISTRIES.has(registry)) return registry as InstrumentRegistry;
  throw daRiskError('invalid-definition', path, 'not-a-registry', 'must be a registry made with createRegistry');
}

/**
 * A registry created on first use from a list of editions. Lets a module
 * export a registry without validating anything at import time.
 *
 * @internal
 */
export function lazyRegistry(instruments: () => readonly Instrument[]): InstrumentRegistry {
  let registry: InstrumentRegistry | undefined;
  const get = (): InstrumentRegistry => (registry ??= createRegistry(instruments()));
  return registered({
    get: (id: string, edition: string) => get().get(id, edition),
    find: (id: string, edition: string) => get().find(id, edition),
    editions: (id: string) => get().editions(id),
    list: () => get().list(),
  });
}
