/**
 * `assessAny`: assess an input of any instrument family, by the edition it
 * names.
 *
 * @module
 */
import type { AssessmentInput } from '../model/assessment.js';
import type { AnyResult } from '../model/cross-instrument.js';
import type { DaraInput, DaraPolicy } from '../model/dara.js';
import type { ScoringPolicy } from '../model/policy.js';
import type { RimPolicies } from '../core/rim.js';
import { familyOf, type FamilyId, type ResultByKind } from '../validate/instrument-families.js';
import { normalise } from '../validate/safe-parse.js';
import { assess } from './assess.js';
import { assessDara } from './dara.js';
import { defaultRegistry } from './default-registry.js';
import { namedEdition } from './edition-lookup.js';
import { readOptions } from './read-outside.js';
import { isRegistry, type InstrumentRegistry } from './registry.js';
import type { Instrument } from '../model/instrument.js';
import { assessRim } from './rim.js';
import type { RimInput } from '../model/rim.js';
import type { OutsideInput } from './outside-input.js';

/**
 * Options for {@link assessAny}: the registry, and the policy of each family
 * (only the one for the family of the input's edition is used).
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface AssessAnyOptions {
  /** Where editions are looked up. Default: {@link defaultRegistry}. */
  readonly registry?: InstrumentRegistry;
  /** The scoring policy for a checklist (DASH RIC, police DASH, S-DASH). Default: {@link commonLocalBands}. */
  readonly scoring?: ScoringPolicy;
  /** The DARA policy. Default: {@link daraConsistency}. */
  readonly dara?: DaraPolicy;
  /** The RIM classification rules and threshold-of-need mapping. Default: {@link defaultRimPolicies}. */
  readonly rim?: RimPolicies;
}

// The validating function of each family, in the families table's order. The type lists every
// family, so a family added to the table without a function here does not compile.
const ASSESS: { readonly [K in FamilyId]: (input: unknown, options: Partial<AssessAnyOptions>) => ResultByKind[K] } = {
  // Whatever the caller gave, even a falsy value, is passed on to be checked: only an absent option takes the default.
  checklist: (input, { registry, scoring }) =>
    assess(input, { ...(registry !== undefined && { registry }), ...(scoring !== undefined && { policy: scoring }) }),
  dara: (input, { registry, dara }) => assessDara(input, { ...(registry !== undefined && { registry }), ...(dara !== undefined && { policy: dara }) }),
  rim: (input, { registry, rim }) => assessRim(input, { ...(registry !== undefined && { registry }), ...(rim !== undefined && { policies: rim }) }),
};

/**
 * Validates an assessment from outside of any instrument family and assesses
 * it with its family's function, chosen by the edition the input names
 * (`input.instrument`): {@link assess} for a checklist (DASH RIC, police DASH,
 * S-DASH), {@link assessDara} for DARA, {@link assessRim} for the RIM. For a
 * host that stores inputs of several instruments in one place (a queue, a
 * table, a bulk file) and would otherwise look the edition up itself.
 *
 * The input is read once; the result is the family's own (`kind` says which)
 * and is exactly what that function returns for the same input and policy.
 *
 * @param input - outside data naming its edition (`{ instrument: { id, edition }, … }`): an {@link AssessmentInput}, {@link DaraInput} or {@link RimInput} for a caller whose value has a type, anything when it is `unknown` or `any` (see {@link OutsideInput}); checked at run time either way
 * @param options - registry, and a policy per family
 * @returns the frozen result of the family's function
 * @throws {@link DaRiskError} as the family's function does; `invalid-input`,
 *   `unknown-instrument` or `unknown-edition` when the edition named cannot be found
 *
 * @example
 * ```ts
 * const result = assessAny({
 *   instrument: { id: 'dara', edition: '2022-provisional' },
 *   assessedAt: '2025-03-01T21:40:00Z',
 *   answers: { strangulation: { value: 'once' } },
 *   grade: { level: 'medium', rationale: 'First call-out; victim calm.', by: 'pc-881', at: '2025-03-01T22:10:00Z' },
 * });
 * result.kind; // 'dara' (the same result as assessDara gives)
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function assessAny<T>(input: OutsideInput<T, AssessmentInput | DaraInput | RimInput>, options?: AssessAnyOptions): AnyResult {
  // Read the caller's value once: the edition is looked up in, and the family's function reads, the same copy.
  return assessJsonValue(normalise(input), readAnyOptions(options));
}

/**
 * The options of {@link assessAny}, read once (a bulk caller reads them once
 * for every record).
 *
 * @internal
 */
export function readAnyOptions(options: AssessAnyOptions | undefined): Partial<AssessAnyOptions> {
  return readOptions(options, ['registry', 'scoring', 'dara', 'rim']);
}

/**
 * {@link assessAny} on a value that is JSON-normal already, with options read
 * by {@link readAnyOptions}: a value `JSON.parse` made, or one built of plain
 * objects, arrays and strings (the command line's CSV reader), never a value
 * with getters or a Proxy. The copy `assessAny` makes of an outside value
 * (profiled in issue 15: a third of the command line's time) is not needed for
 * these. Results and errors are those of `assessAny` on the same value.
 *
 * @internal
 */
export function assessJsonValue(value: unknown, read: Partial<AssessAnyOptions>): AnyResult {
  const registry = read.registry ?? defaultRegistry;
  let instrument = isRegistry(registry) ? plainEdition(value, registry) : undefined;
  if (instrument === undefined) {
    const named = namedEdition(value, registry);
    if ('error' in named) throw named.error;
    instrument = named.instrument;
  }
  return ASSESS[familyOf(instrument).id](value, read);
}

/**
 * The edition a JSON value plainly names: a plain object whose `instrument`
 * is a plain object of exactly `id` and `edition`, two strings naming an
 * edition of the registry. Anything else is undefined, and the named-edition
 * check (the copy and the schema) decides and words the error.
 */
function plainEdition(value: unknown, registry: InstrumentRegistry): Instrument | undefined {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const ref = (value as { readonly instrument?: unknown }).instrument;
  if (ref === null || typeof ref !== 'object' || Object.getPrototypeOf(ref) !== Object.prototype || Object.keys(ref).length !== 2) return undefined;
  const { id, edition } = ref as { readonly id?: unknown; readonly edition?: unknown };
  return typeof id === 'string' && typeof edition === 'string' ? registry.find(id, edition) : undefined;
}
