/**
 * Defining local policies, and the check every policy passes once before use.
 *
 * @module
 */
import { DaRiskError, daRiskError, type DaRiskIssue } from '../errors/error.js';
import { deepFreeze } from '../common/deep-freeze.js';
import { isDeepFrozen } from '../common/is-deep-frozen.js';
import { readOutside } from './read-outside.js';
import { compareLevels } from '../model/levels.js';
import type { MaracDecision } from '../model/marac.js';
import type { MaracPolicy, ScoringPolicy } from '../model/policy.js';
import { toDaRiskError } from '../validate/issues.js';
import { daraPolicySchema } from '../validate/dara-schema.js';
import { maracPolicySchema, scoringPolicySchema } from '../validate/policy-schema.js';
import { rimPolicySchema, thresholdOfNeedPolicySchema } from '../validate/rim-schema.js';
import type { DaraPolicy } from '../model/dara.js';
import type { RimPolicy, ThresholdOfNeedPolicy } from '../model/rim.js';
import { safeParse } from '../validate/safe-parse.js';
import { retiredPolicies } from '../policies/retired-policies.js';
import type { YoungPeoplePathway } from '../model/pathway.js';
import { youngPeoplePathwaySchema } from '../validate/pathway-schema.js';

/** Rules a MARAC policy must keep: anyone under 18 is a child, and one threshold per instrument. */
function maracRuleIssues(policy: MaracPolicy): DaRiskIssue[] {
  const issues: DaRiskIssue[] = [];
  if (policy.childrensSafeguarding.underAge < ADULT_AGE) {
    issues.push({ path: ['childrensSafeguarding', 'underAge'], rule: 'child-age', message: `must be at least ${ADULT_AGE}: anyone under 18 is a child (Children Act 1989)` });
  }
  if (policy.minimumVictimAge > policy.childrensSafeguarding.underAge) {
    issues.push({ path: ['minimumVictimAge'], rule: 'above-child-age', message: 'must not be above childrensSafeguarding.underAge: an adult victim would have no route' });
  }
  const seen = new Set(policy.visibleHighRisk.instruments);
  (policy.visibleHighRisk.otherThresholds ?? []).forEach((other, index) => {
    if (seen.has(other.instrument)) {
      issues.push({ path: ['visibleHighRisk', 'otherThresholds', index, 'instrument'], rule: 'duplicate-threshold', message: 'already has a count threshold in this policy' });
    }
    seen.add(other.instrument);
  });
  return issues;
}

/** Anyone under this age is a child (Children Act 1989). */
const ADULT_AGE = 18;

function scoringRuleIssues(policy: ScoringPolicy): DaRiskIssue[] {
  const issues: DaRiskIssue[] = [];
  if (policy.bands[0] !== undefined && policy.bands[0].min !== 0) {
    issues.push({ path: ['bands', 0, 'min'], rule: 'first-band-from-zero', message: 'the first band must start at a count of 0' });
  }
  for (let i = 1; i < policy.bands.length; i++) {
    const previous = policy.bands[i - 1]!;
    const band = policy.bands[i]!;
    if (band.min <= previous.min) {
      issues.push({ path: ['bands', i, 'min'], rule: 'ascending', message: 'bands must be in ascending order of count' });
    }
    if (compareLevels(band.level, previous.level) <= 0) {
      issues.push({ path: ['bands', i, 'level'], rule: 'ascending', message: 'each band must be a higher level than the one before' });
    }
  }
  const seen = new Set<string>();
  policy.redFlags.forEach((flag, index) => {
    if (seen.has(flag.id)) issues.push({ path: ['redFlags', index, 'id'], rule: 'duplicate-id', message: 'is a flag id used more than once' });
    seen.add(flag.id);
  });
  return issues;
}

/**
 * Validates a scoring policy definition and returns it deep-frozen. Use it to
 * publish an area's own bands, red flags, completeness rule or lowering rule,
 * under its own id and version.
 *
 * @param definition - the policy, in the {@link ScoringPolicy} shape
 * @returns the frozen policy
 * @throws {@link DaRiskError} `invalid-definition`
 *
 * @example
 * ```ts
 * const local = defineScoringPolicy({ ...commonLocalBands, id: 'exampleshire-bands', version: '2025.1', basis: 'local',
 *   judgement: { lowering: 'allowed-with-rationale', basis: 'local' } });
 * local.judgement.lowering; // 'allowed-with-rationale'
 * ```
 * @since 0.1.0
 */
export function defineScoringPolicy(definition: unknown): ScoringPolicy {
  const parsed = safeParse(scoringPolicySchema, definition);
  if (!parsed.success) throw toDaRiskError('invalid-definition', parsed.error.issues, definition);
  const policy = parsed.data as ScoringPolicy;
  const issues = scoringRuleIssues(policy);
  if (issues.length > 0) throw new DaRiskError('invalid-definition', issues);
  const frozen = deepFreeze(policy);
  CHECKED.add(frozen);
  return frozen;
}

/**
 * Validates a MARAC policy definition and returns it deep-frozen.
 *
 * @param definition - the policy, in the {@link MaracPolicy} shape
 * @returns the frozen policy
 * @throws {@link DaRiskError} `invalid-definition`
 *
 * @example
 * ```ts
 * const kentStyle = defineMaracPolicy({ ...safelivesMarac, id: 'example-3-in-6', version: '1', basis: 'local',
 *   potentialEscalation: { ...safelivesMarac.potentialEscalation, window: { months: 6 }, basis: 'local' } });
 * ```
 * @since 0.1.0
 */
export function defineMaracPolicy(definition: unknown): MaracPolicy {
  const parsed = safeParse(maracPolicySchema, definition);
  if (!parsed.success) throw toDaRiskError('invalid-definition', parsed.error.issues, definition);
  const issues = maracRuleIssues(parsed.data as MaracPolicy);
  if (issues.length > 0) throw new DaRiskError('invalid-definition', issues);
  const frozen = deepFreeze(parsed.data as MaracPolicy);
  CHECKED.add(frozen);
  return frozen;
}

/**
 * Validates a DARA policy (the consistency checks) and returns it deep-frozen.
 *
 * @param definition - the policy, in the {@link DaraPolicy} shape
 * @returns the frozen policy
 * @throws {@link DaRiskError} `invalid-definition`
 *
 * @example
 * ```ts
 * const local = defineDaraPolicy({ ...daraConsistency, id: 'exampleshire-dara', version: '1', basis: 'local' });
 * ```
 * @since 0.1.0
 */
export function defineDaraPolicy(definition: unknown): DaraPolicy {
  const parsed = safeParse(daraPolicySchema, definition);
  if (!parsed.success) throw toDaRiskError('invalid-definition', parsed.error.issues, definition);
  const seen = new Set<string>();
  const issues: DaRiskIssue[] = [];
  parsed.data.consistency.forEach((rule, index) => {
    if (seen.has(rule.id)) issues.push({ path: ['consistency', index, 'id'], rule: 'duplicate-id', message: 'is a rule id used more than once' });
    seen.add(rule.id);
    rule.when.forEach((condition, c) => {
      if (condition.atLeast > condition.items.length) {
        issues.push({
          path: ['consistency', index, 'when', c, 'atLeast'],
          rule: 'at-least-too-big',
          message: 'asks for more items than the condition lists',
        });
      }
    });
  });
  if (issues.length > 0) throw new DaRiskError('invalid-definition', issues);
  const frozen = deepFreeze(parsed.data as DaraPolicy);
  CHECKED.add(frozen);
  return frozen;
}

/**
 * Validates a RIM classification policy and returns it deep-frozen.
 *
 * @param definition - the policy, in the {@link RimPolicy} shape
 * @returns the frozen policy
 * @throws {@link DaRiskError} `invalid-definition`
 *
 * @example
 * ```ts
 * const strict = defineRimPolicy({ ...barnardosRimRules, id: 'no-lowering', judgement: { lowering: 'refused', basis: 'local' } });
 * ```
 * @since 0.1.0
 */
export function defineRimPolicy(definition: unknown): RimPolicy {
  const parsed = safeParse(rimPolicySchema, definition);
  if (!parsed.success) throw toDaRiskError('invalid-definition', parsed.error.issues, definition);
  const frozen = deepFreeze(parsed.data as RimPolicy);
  CHECKED.add(frozen);
  return frozen;
}

/**
 * Validates a threshold-of-need mapping (one entry for each RIM scale, 1 to
 * 4, in order) and returns it deep-frozen: an area's threshold document as data.
 *
 * @param definition - the mapping, in the {@link ThresholdOfNeedPolicy} shape
 * @returns the frozen policy
 * @throws {@link DaRiskError} `invalid-definition`
 *
 * @example
 * ```ts
 * const exampleshire = defineThresholdOfNeedPolicy({ ...londonCafThresholds, id: 'exampleshire-thresholds', version: '2024.1' });
 * ```
 * @since 0.1.0
 */
export function defineThresholdOfNeedPolicy(definition: unknown): ThresholdOfNeedPolicy {
  const parsed = safeParse(thresholdOfNeedPolicySchema, definition);
  if (!parsed.success) throw toDaRiskError('invalid-definition', parsed.error.issues, definition);
  const issues: DaRiskIssue[] = [];
  parsed.data.scales.forEach((entry, index) => {
    if (entry.scale !== index + 1) issues.push({ path: ['scales', index, 'scale'], rule: 'in-order', message: `entry ${index + 1} must be for scale ${index + 1}` });
  });
  if (issues.length > 0) throw new DaRiskError('invalid-definition', issues);
  const frozen = deepFreeze(parsed.data as ThresholdOfNeedPolicy);
  CHECKED.add(frozen);
  return frozen;
}

/**
 * Validates a young people's pathway policy and returns it deep-frozen. The
 * ages must run upwards (`from` below `underAge`), and MARAC's minimum age
 * must fall inside or above them.
 *
 * @param definition - the policy, in the {@link YoungPeoplePathway} shape
 * @returns the frozen policy
 * @throws {@link DaRiskError} `invalid-definition`
 *
 * @example
 * ```ts
 * const local = defineYoungPeoplePathway({
 *   ...youngPeoplePathwayDefaults,
 *   id: 'exampleshire-young-people',
 *   version: '1',
 *   basis: 'local',
 *   checklist: { id: 'young-people-ric', edition: 'exampleshire-2026' },
 * });
 * ```
 * @since 0.2.0
 */
export function defineYoungPeoplePathway(definition: unknown): YoungPeoplePathway {
  const parsed = safeParse(youngPeoplePathwaySchema, definition);
  if (!parsed.success) throw toDaRiskError('invalid-definition', parsed.error.issues, definition);
  if (parsed.data.ages.from >= parsed.data.ages.underAge) {
    throw daRiskError('invalid-definition', ['ages', 'from'], 'ages-order', 'must be below ages.underAge');
  }
  if (parsed.data.ages.underAge < ADULT_AGE) {
    throw daRiskError('invalid-definition', ['ages', 'underAge'], 'child-age', `must be at least ${ADULT_AGE}: anyone under 18 is a child (Children Act 1989)`);
  }
  if (parsed.data.minimumMaracAge < parsed.data.ages.from || parsed.data.minimumMaracAge > parsed.data.ages.underAge) {
    throw daRiskError('invalid-definition', ['minimumMaracAge'], 'outside-pathway', 'must be between ages.from and ages.underAge');
  }
  const frozen = deepFreeze(parsed.data as YoungPeoplePathway);
  CHECKED.add(frozen);
  return frozen;
}

const CHECKED = new WeakSet<object>();

// Superseded shipped versions are trusted as they shipped (some predate fields the definition
// format now requires), so results made under them can still be judged and re-explained.
const RETIRED: ReadonlySet<object> = new Set(retiredPolicies.map((entry) => entry.policy));

/**
 * Whether a policy is a superseded shipped version (see `retiredPolicies`).
 *
 * @internal
 */
export function isRetiredPolicy(policy: object): boolean {
  return RETIRED.has(policy);
}

// The library's own copy of each policy a caller passed: a policy is checked once, and every
// later read goes to the copy made by the check, never back to the caller's object (which could
// answer differently the next time it is read, through a getter or a Proxy).
const COPIES = new WeakMap<object, object>();

/**
 * Marks a policy a define function made (frozen and checked), so it is used as
 * it is: for the definers kept beside the functions that take their policies.
 *
 * @internal
 */
export function markChecked(policy: object): void {
  CHECKED.add(policy);
}

function ensure<T extends { readonly kind: string }>(policy: T, check: (value: unknown) => T, kind: T['kind'], path: readonly (string | number)[] = ['policy']): T {
  return ofKind(checkedCopy(policy, check, path), kind, path);
}

/**
 * The policy, when it is of the kind a function takes. One mark says a policy was checked, whatever its
 * kind, so a MARAC policy given where a scoring policy belongs is refused here, not read as one.
 *
 * @internal
 */
export function ofKind<T extends { readonly kind: string }>(policy: T, kind: T['kind'], path: readonly (string | number)[]): T {
  if (policy.kind === kind) return policy;
  throw daRiskError('invalid-definition', path, 'wrong-kind', `is a policy of another kind: this takes a policy of kind ${kind}`);
}

function checkedCopy<T extends object>(policy: T, check: (value: unknown) => T, path: readonly (string | number)[]): T {
  if (policy === null || typeof policy !== 'object') {
    throw daRiskError('invalid-definition', path, 'type', 'must be a policy object');
  }
  if (CHECKED.has(policy) || RETIRED.has(policy)) return policy;
  const known = COPIES.get(policy);
  if (known !== undefined) return known as T;
  // A Proxy's traps are the caller's code: whatever they throw is refused as unreadable.
  if (!readOutside('invalid-definition', path, () => isDeepFrozen(policy))) {
    throw daRiskError(
      'invalid-definition',
      path,
      'not-frozen',
      'a policy must be created with its define function, such as defineScoringPolicy or defineMaracPolicy (it is then frozen, so no rule can change after it is checked)',
    );
  }
  const copy = check(policy);
  COPIES.set(policy, copy);
  return copy;
}

/**
 * Checks a scoring policy once (deep-frozen and valid) before first use, and
 * returns the library's own copy, which every later read must use.
 *
 * @internal
 */
export function ensureScoringPolicy(policy: ScoringPolicy): ScoringPolicy {
  return ensure(policy, defineScoringPolicy, 'scoring');
}

/**
 * Checks a MARAC policy once (deep-frozen and valid) before first use, and
 * returns the library's own copy.
 *
 * @internal
 */
export function ensureMaracPolicy(policy: MaracPolicy): MaracPolicy {
  return ensure(policy, defineMaracPolicy, 'marac');
}

/**
 * Checks a DARA policy once before first use, and returns the library's own copy.
 *
 * @internal
 */
export function ensureDaraPolicy(policy: DaraPolicy): DaraPolicy {
  return ensure(policy, defineDaraPolicy, 'dara');
}

/**
 * Checks RIM policies once before first use, and returns the library's own copies.
 *
 * @internal
 */
export function ensureRimPolicies(policies: { readonly rules: RimPolicy; readonly needs: ThresholdOfNeedPolicy }): {
  readonly rules: RimPolicy;
  readonly needs: ThresholdOfNeedPolicy;
} {
  if (policies === null || typeof policies !== 'object') {
    throw daRiskError('invalid-definition', ['policies'], 'type', 'must be an object with rules and needs');
  }
  // Each read once: a getter on the wrapper cannot hand over one policy to check and another to use.
  const rules = readOutside('invalid-definition', ['policies', 'rules'], () => policies.rules);
  const needs = readOutside('invalid-definition', ['policies', 'needs'], () => policies.needs);
  return { rules: ensure(rules, defineRimPolicy, 'rim', ['policies', 'rules']), needs: ensure(needs, defineThresholdOfNeedPolicy, 'threshold-of-need', ['policies', 'needs']) };
}

/**
 * The library's own copy of a policy a stored result may be read under (scoring, DARA, RIM rules or
 * thresholds of need), by its kind; any other kind is refused.
 *
 * @internal
 */
export function ensureResultPolicy(policy: unknown, path: readonly (string | number)[]): ScoringPolicy | DaraPolicy | RimPolicy | ThresholdOfNeedPolicy {
  const kind = readOutside('invalid-input', path, () => (policy !== null && typeof policy === 'object' ? (policy as { kind?: unknown }).kind : undefined));
  switch (kind) {
    case 'scoring':
      return ensure(policy as ScoringPolicy, defineScoringPolicy, 'scoring', path);
    case 'dara':
      return ensure(policy as DaraPolicy, defineDaraPolicy, 'dara', path);
    case 'rim':
      return ensure(policy as RimPolicy, defineRimPolicy, 'rim', path);
    case 'threshold-of-need':
      return ensure(policy as ThresholdOfNeedPolicy, defineThresholdOfNeedPolicy, 'threshold-of-need', path);
    default:
      throw daRiskError('invalid-input', [...path, 'kind'], 'one-of', 'must be one of: scoring, dara, rim, threshold-of-need');
  }
}

/**
 * Checks a young people's pathway policy once before first use, and returns
 * the library's own copy.
 *
 * @internal
 */
export function ensureYoungPeoplePathway(policy: YoungPeoplePathway): YoungPeoplePathway {
  return ensure(policy, defineYoungPeoplePathway, 'young-people-pathway');
}

/**
 * Checks any policy once with its define function, and returns the library's
 * own copy (for the case-rule policies, which have their own definers).
 *
 * @internal
 */
export function ensurePolicyWith<T extends { readonly kind: string }>(policy: T, define: (value: unknown) => T, kind: T['kind']): T {
  return ensure(policy, define, kind);
}

/**
 * Refuses a superseded shipped version for new work: it reads back, and takes decisions on,
 * results made under it, but a new assessment is made under the current version.
 *
 * @internal
 */
export function refuseRetiredForNewWork(policy: object, path: readonly (string | number)[]): void {
  if (!RETIRED.has(policy)) return;
  throw daRiskError(
    'policy-not-applicable',
    path,
    'policy-retired',
    'is a superseded version (see retiredPolicies): it reads back, and takes decisions on, results made under it, but a new assessment needs the current version',
  );
}

/**
 * A MARAC decision made under a superseded shipped version says so (such a version is kept to
 * re-explain past cases, not to decide new ones): a `policy-retired` notice and reason.
 *
 * @internal
 */
export function markRetired(decision: MaracDecision, policy: MaracPolicy): MaracDecision {
  if (!RETIRED.has(policy)) return decision;
  const entry = retiredPolicies.find((retired) => retired.policy === policy)!;
  const notice = Object.freeze({
    id: 'policy-retired',
    message: `Policy ${policy.id} version ${policy.version} is superseded by version ${entry.supersededBy.version} of ${entry.supersededBy.id}: use this decision to re-explain a past case, not to decide a new one.`,
    items: Object.freeze([]) as readonly string[],
  });
  return Object.freeze({
    ...decision,
    notices: Object.freeze([...decision.notices, notice]),
    reasons: Object.freeze([...decision.reasons, notice.message]),
  });
}
