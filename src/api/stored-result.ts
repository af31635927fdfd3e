/**
 * Reading a stored result back: one place that trusts results this library
 * made in this process, and validates anything else by its kind — first its
 * shape, then its meaning: the count, tally, levels, flags, prompts, history
 * and judgement referral are derived again from the result's own answers,
 * through the edition and policy it names, and a result that disagrees with
 * itself is refused (`inconsistent-result`).
 *
 * @module
 */
import { selfDifferences, type ReplayPolicy } from '../core/replay.js';
import { DaRiskError, daRiskError } from '../errors/error.js';
import type { AnyResult } from '../model/cross-instrument.js';
import type { DaraPolicy } from '../model/dara.js';
import { deepFreeze } from '../common/deep-freeze.js';
import type { Instrument } from '../model/instrument.js';
import type { PolicyRef, ScoringPolicy } from '../model/policy.js';
import type { RimPolicy, ThresholdOfNeedPolicy } from '../model/rim.js';
import { retiredPolicies } from '../policies/retired-policies.js';
import { currentPolicies } from '../policies/shipped-policies.js';
import { defaultRegistry } from './default-registry.js';
import { ensureDaraPolicy, ensureResultPolicy, ensureRimPolicies, ensureScoringPolicy } from './policies.js';
import { readOptions, readOutside } from './read-outside.js';
import { checkRegistry, type InstrumentRegistry } from './registry.js';
import { isTrusted, trusted, trustedPolicy } from '../common/trusted.js';
import { isRetiredPolicy } from './retired-policy.js';
import { samePolicyContent } from './shipped-policies.js';
import { parseNormalised } from '../validate/parse.js';
import { normalise } from '../validate/safe-parse.js';
import { familyIds, instrumentFamilies, isFamilyId, storedResultSchemas, type ResultByKind } from '../validate/instrument-families.js';

/**
 * A policy a stored result may name: scoring (DASH), DARA, RIM
 * classification, or threshold of need.
 *
 * @since 0.1.0
 * @category Stored results
 */
export type ResultPolicy = ScoringPolicy | DaraPolicy | RimPolicy | ThresholdOfNeedPolicy;

/**
 * Where a stored result's edition and policies are looked up when it is read
 * back. The shipped editions and policies are always known; a result made
 * under an area's own edition or policy is refused unless they are passed here.
 *
 * @example
 * ```ts
 * parseCase(body, { policies: [exampleshireBands], registry: createRegistry([...shippedInstruments, hDash2025]) });
 * ```
 * @since 0.1.0
 * @category Stored results
 */
export interface StoredResultOptions {
  /** Where editions are looked up (default: {@link defaultRegistry}). */
  readonly registry?: InstrumentRegistry;
  /** Policies besides the shipped ones (each made with its `define*` function). */
  readonly policies?: readonly ResultPolicy[];
}

// Every kind of policy a result of some family is read under.
const RESULT_KINDS: readonly string[] = /* @__PURE__ */ familyIds.flatMap((id) => instrumentFamilies[id].policyKinds);

// The shipped policies, then every superseded version still needed to read results made under it.
const SHIPPED: readonly ResultPolicy[] = [...currentPolicies, ...retiredPolicies.map((entry) => entry.policy)].filter((policy): policy is ResultPolicy =>
  RESULT_KINDS.includes(policy.kind),
);

function kindOf(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined;
}

/** The library's own copy of a policy a result is read under (checked once; never re-read from the caller's object). */
function checked(policy: ResultPolicy): ResultPolicy {
  switch (policy.kind) {
    case 'scoring':
      return ensureScoringPolicy(policy);
    case 'dara':
      return ensureDaraPolicy(policy);
    case 'rim':
    case 'threshold-of-need':
      return policy;
  }
}

function find(kind: ResultPolicy['kind'], ref: PolicyRef, options: StoredResultOptions): ResultPolicy | undefined {
  const match = (policy: ResultPolicy) => policy.kind === kind && policy.id === ref.id && policy.version === ref.version;
  return (options.policies ?? []).find(match) ?? SHIPPED.find(match);
}

function unknownPolicy(path: readonly (string | number)[]): DaRiskError {
  return daRiskError(
    'unknown-policy',
    path,
    'unknown-policy',
    'names a policy (id and version) that is neither shipped nor passed in: pass the policy the result was made under',
  );
}

/**
 * The edition and policy a result names, looked up in the options. Throws
 * `unknown-instrument`, `unknown-edition` or `unknown-policy`, naming the field.
 *
 * @internal
 */
export function resultContext(
  result: AnyResult,
  options: StoredResultOptions,
  path: readonly (string | number)[] = [],
): { readonly instrument: Instrument; readonly policy: ReplayPolicy } {
  const registry = checkRegistry(options.registry ?? defaultRegistry, ['registry']);
  let instrument: Instrument;
  try {
    instrument = registry.get(result.instrument.id, result.instrument.edition);
  } catch (error) {
    if (error instanceof DaRiskError) {
      throw new DaRiskError(error.code, error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })));
    }
    throw error;
  }
  const [policyKind, needKind] = instrumentFamilies[result.kind].policyKinds;
  if (result.kind === 'rim') {
    const rules = find(policyKind!, result.policy, options);
    if (rules === undefined) throw unknownPolicy([...path, 'policy']);
    const needs = find(needKind!, result.needPolicy, options);
    if (needs === undefined) throw unknownPolicy([...path, 'needPolicy']);
    return { instrument, policy: ensureRimPolicies({ rules: rules as RimPolicy, needs: needs as ThresholdOfNeedPolicy }) };
  }
  const policy = find(policyKind!, result.policy, options);
  if (policy === undefined) throw unknownPolicy([...path, 'policy']);
  return { instrument, policy: checked(policy) as ReplayPolicy };
}

/**
 * Refuses a result that disagrees with itself: replays it from its own
 * answers and decisions and throws `inconsistent-result` naming every field
 * whose meaning differs (never a value).
 *
 * @internal
 */
export function checkResultMeaning(result: AnyResult, options: StoredResultOptions, path: readonly (string | number)[] = []): ReplayPolicy {
  const { instrument, policy } = resultContext(result, options, path);
  const differences = selfDifferences(instrument, result, policy, path).filter((difference) => difference.kind === 'meaning');
  if (differences.length > 0) {
    throw new DaRiskError(
      'inconsistent-result',
      differences.map((difference) => ({
        path: [...path, ...difference.path],
        rule: 'inconsistent-result',
        message: 'is not what the result\u2019s own answers, edition, policy and recorded decisions give',
      })),
    );
  }
  return policy;
}

/**
 * Validates a stored result's shape by its kind (or of whatever kind it says
 * it is, for `any`; a value without a known kind is read as a checklist) and
 * returns a frozen copy, without checking its meaning.
 *
 * @internal
 */
export function parseResultShape(value: unknown, kind: keyof ResultByKind | 'any', path: readonly (string | number)[] = []): AnyResult {
  if (isTrusted(value)) {
    const own = kindOf(value);
    if (kind === 'any' || own === kind) return value as AnyResult;
  }
  // Read the caller's value once, into its JSON form: its kind and its shape are read from that copy.
  const normal = normalise(value);
  const actual = kindOf(normal);
  const expected = kind === 'any' ? (isFamilyId(actual) ? actual : 'checklist') : kind;
  const result: AnyResult = parseNormalised(storedResultSchemas[expected], normal, 'invalid-input', { prefix: path });
  return deepFreeze(result);
}

/**
 * Validates a stored result of the given kind, shape and meaning, and returns
 * a frozen copy; a result this library made in this process is returned as
 * it is. Throws `invalid-input` for a bad shape; `unknown-instrument`,
 * `unknown-edition` or `unknown-policy` when the edition or a policy it names
 * is not known; `inconsistent-result` when its count, levels, flags, history
 * or judgement referral are not what its own answers give.
 *
 * @internal
 */
export function parseStoredResult<K extends keyof ResultByKind>(
  value: unknown,
  kind: K,
  path?: readonly (string | number)[],
  options?: StoredResultOptions,
): ResultByKind[K];
export function parseStoredResult(value: unknown, kind: 'any', path?: readonly (string | number)[], options?: StoredResultOptions): AnyResult;
export function parseStoredResult(
  value: unknown,
  kind: keyof ResultByKind | 'any',
  path: readonly (string | number)[] = [],
  options: StoredResultOptions = {},
): AnyResult {
  if (isTrusted(value) && (kind === 'any' || kindOf(value) === kind)) return value as AnyResult;
  const result = parseResultShape(value, kind, path);
  return trusted(result, checkResultMeaning(result, options, path));
}

/**
 * The policy a result (already read by {@link parseStoredResult}) was made
 * under, for a call whose caller did not pass it: the one remembered for a
 * result the library made or read in this process, otherwise the one the
 * result names, among the shipped policies and `options.policies`. Throws
 * `unknown-policy` when it names one that is neither.
 *
 * @internal
 */
export function policyOfResult(result: AnyResult, options: StoredResultOptions, path: readonly (string | number)[] = []): ReplayPolicy {
  return (trustedPolicy(result) as ReplayPolicy | null) ?? resultContext(result, options, path).policy;
}

/** The policies in a replay policy: one, or the RIM's rules and needs. */
function partsOf(policy: ReplayPolicy): readonly object[] {
  return 'rules' in policy ? [policy.rules, policy.needs] : [policy];
}

/**
 * The policy a decision on a result (a judgement, a regrade, an uplift
 * decision) is recorded under. A policy the caller passed must hold the same
 * rules as the one a result made in this process was made under
 * (`policy-mismatch`); the id and version are compared by the decision
 * itself. Without one, the policy the result names ({@link policyOfResult}),
 * unless that is a superseded version: a decision under a retired policy is
 * made only by passing it on purpose (`policy-not-applicable`, rule
 * `policy-retired`).
 *
 * @internal
 */
export function policyForDecision<P extends ReplayPolicy>(result: AnyResult, given: P | undefined, options: StoredResultOptions): P {
  if (given !== undefined) {
    const remembered = trustedPolicy(result) as ReplayPolicy | null;
    if (remembered !== null) {
      const [a, b] = [partsOf(remembered), partsOf(given)];
      if (a.length !== b.length || a.some((part, index) => !samePolicyContent(part, b[index]!))) {
        throw daRiskError(
          'policy-mismatch',
          ['policy'],
          'policy-mismatch',
          'holds other rules than the policy the result was made under (the same id and version cannot stand for two sets of rules)',
        );
      }
    }
    return given;
  }
  const policy = policyOfResult(result, options) as P;
  if (partsOf(policy).some(isRetiredPolicy)) {
    throw daRiskError(
      'policy-not-applicable',
      ['policy'],
      'policy-retired',
      'is not passed, and the result names a superseded policy version: to record a decision under it, pass that version (from retiredPolicies) on purpose',
    );
  }
  return policy;
}

/**
 * Reads stored-result options from outside data: an object with an optional
 * registry and an optional array of policies.
 *
 * @internal
 */
export function storedResultOptions(options: unknown, path: readonly (string | number)[] = ['options']): StoredResultOptions {
  // Each caller's value is read once, inside readOutside: what a getter or Proxy throws is refused as unreadable.
  const { registry, policies } = readOptions(options as { registry?: unknown; policies?: unknown } | undefined, ['registry', 'policies'], path);
  const checkedRegistry = registry === undefined ? undefined : checkRegistry(registry, [...path, 'registry']);
  let list: unknown[] | undefined;
  if (policies !== undefined) {
    const at = [...path, 'policies'];
    const length = readOutside('invalid-input', at, () => (Array.isArray(policies) ? policies.length : -1));
    if (length < 0) throw daRiskError('invalid-input', at, 'type', 'must be an array of policies');
    if (length > MAX_POLICIES) throw daRiskError('invalid-input', at, 'too-many', `must have at most ${MAX_POLICIES} entries`);
    list = readOutside('invalid-input', at, () => Array.from({ length }, (_, index) => (policies as unknown[])[index]));
  }
  // Later lookups read the library's own copies, never the caller's objects again.
  const own = list?.map((policy, index) => ensureResultPolicy(policy, [...path, 'policies', index]));
  return {
    ...(checkedRegistry === undefined ? {} : { registry: checkedRegistry }),
    ...(own === undefined ? {} : { policies: own }),
  };
}

/** Most policies passed in one call. */
const MAX_POLICIES = 1_000;

/**
 * Stored-result options with the policies a call was given added.
 *
 * @internal
 */
export function withPolicies(options: StoredResultOptions, ...policies: readonly ResultPolicy[]): StoredResultOptions {
  return { ...options, policies: [...policies, ...(options.policies ?? [])] };
}
