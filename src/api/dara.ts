/**
 * DARA from outside data: validate, then grade; validate a stored result,
 * then regrade.
 *
 * @module
 */
import { assessDaraTrusted, applyDaraRegradeTrusted } from '../core/dara.js';
import { DaRiskError, daRiskError } from '../errors/error.js';
import type { DaraInput, DaraPolicy, DaraResult } from '../model/dara.js';
import type { Instrument } from '../model/instrument.js';
import { daraConsistency } from '../policies/dara/dara-consistency.js';
import { daraSchemaFor } from '../validate/dara-schema.js';
import { judgementSchema } from '../validate/judgement-schema.js';
import { parse } from '../validate/parse.js';
import { optionIssues } from '../validate/sub-option-rules.js';
import { defaultRegistry } from './default-registry.js';
import { answerKeyWording, namedEdition } from './edition-lookup.js';
import { ensureDaraPolicy } from './policies.js';
import { refuseRetiredForNewWork } from './retired-policy.js';
import type { InstrumentRegistry } from './registry.js';
import { parseStoredResult, policyForDecision, storedResultOptions, withPolicies, type StoredResultOptions } from './stored-result.js';
import { trusted } from '../common/trusted.js';
import { readOptions } from './read-outside.js';
import { familyOf } from '../validate/instrument-families.js';
import type { Judgement } from '../model/judgement.js';
import type { OutsideInput } from './outside-input.js';

/**
 * Options for {@link assessDara}.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface AssessDaraOptions {
  /** The DARA policy. Default: {@link daraConsistency}. */
  readonly policy?: DaraPolicy;
  /** Where editions are looked up. Default: {@link defaultRegistry}. */
  readonly registry?: InstrumentRegistry;
}

/**
 * Validates a DARA assessment from outside and records it: the assessor's
 * grade and reasons (never computed), the indicators by theme, and
 * consistency flags for supervisor review. See {@link assessDaraTrusted}.
 *
 * @param input - outside data in the {@link DaraInput} shape: typed as that shape for a caller whose value has a type, anything when it is `unknown` or `any` (see {@link OutsideInput}); checked at run time either way
 * @param options - policy and registry
 * @returns the frozen result
 * @throws {@link DaRiskError} `invalid-input` (including a grade without a rationale), `unknown-instrument`, `unknown-edition`, `policy-not-applicable`, `invalid-definition`
 *
 * @example
 * ```ts
 * const result = assessDara({
 *   instrument: { id: 'dara', edition: '2022-provisional' },
 *   assessedAt: '2025-03-01T21:40:00Z',
 *   answers: { strangulation: { value: 'once' }, 'physical-violence': { value: 'more-than-once' } },
 *   grade: { level: 'medium', rationale: 'First call-out; victim calm.', by: 'pc-881', at: '2025-03-01T22:10:00Z' },
 *   evidence: ['bwv-2025-0301-881'],
 * });
 * result.final.level; // 'medium' — never changed by the library
 * result.consistencyFlags[0]?.id; // 'strangulation-below-high'
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function assessDara<T>(input: OutsideInput<T, DaraInput>, options: AssessDaraOptions = {}): DaraResult {
  const read = readOptions(options, ['policy', 'registry']);
  const policy = ensureDaraPolicy(read.policy ?? daraConsistency);
  refuseRetiredForNewWork(policy, ['policy']);
  const { instrument, input: value } = parseDaraInput(input, read.registry ?? defaultRegistry);
  return trusted(assessDaraTrusted(instrument, value, policy), policy);
}

/**
 * Validates a DARA input from outside against the edition it names.
 *
 * @internal
 */
export function parseDaraInput(input: unknown, registry: InstrumentRegistry): { readonly instrument: Instrument; readonly input: DaraInput } {
  const named = namedEdition(input, registry);
  if ('error' in named) throw named.error;
  const instrument = named.instrument;
  if (familyOf(instrument).id !== 'dara') {
    throw daRiskError('invalid-input', ['instrument'], 'not-assessor-graded', 'names an instrument that is not graded by the assessor; use assess or assessRim');
  }
  const value = parse(daraSchemaFor(instrument), input, 'invalid-input', { unknownKey: answerKeyWording(instrument) });
  const issues = optionIssues(instrument, value.answers);
  if (issues.length > 0) throw new DaRiskError('invalid-input', issues);
  return { instrument, input: value };
}

/**
 * Records a supervisor's or reviewer's regrade of a DARA result (validating
 * both, since the result may come back from storage). See {@link applyDaraRegradeTrusted}.
 *
 * @param result - the stored {@link DaraResult} (typed as one for a caller whose value has a type, anything when it is `unknown` or `any`: see {@link OutsideInput}; checked at run time either way)
 * @param judgement - the regrade, a {@link Judgement}: level, rationale, practitioner id, time (typed the same way)
 * @param policy - the DARA policy the result was produced under (default: the one the result names, found among the shipped policies and `options.policies`, or remembered for a result made in this process); a different one is refused (`policy-mismatch`)
 * @param options - where the result's edition is looked up, for an edition that is not shipped
 * @returns a new frozen result with the regrade in its history
 * @throws {@link DaRiskError} `invalid-input`, `policy-mismatch`, `unknown-policy`, `policy-not-applicable` (no policy passed, and the result names a superseded version), `judgement-refused` (a lowering without an independent authoriser where one is needed), `inconsistent-result`
 *
 * @example
 * ```ts
 * const reviewed = applyDaraRegrade(stored, { level: 'high', rationale: 'Strangulation disclosed.', by: 'sgt-12', at: '2025-03-02T08:30:00Z' }, daraConsistency);
 * reviewed.history.map((e) => e.action); // ['set', 'raised']
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export function applyDaraRegrade<R, J>(
  result: OutsideInput<R, DaraResult>,
  judgement: OutsideInput<J, Judgement>,
  policy?: DaraPolicy,
  options?: StoredResultOptions,
): DaraResult {
  const given = policy === undefined ? undefined : ensureDaraPolicy(policy);
  const read = storedResultOptions(options);
  const stored = parseStoredResult(result, 'dara', [], given === undefined ? read : withPolicies(read, given));
  const checkedPolicy = policyForDecision(stored, given, read);
  return trusted(applyDaraRegradeTrusted(stored, parse(judgementSchema, judgement), checkedPolicy), checkedPolicy);
}
