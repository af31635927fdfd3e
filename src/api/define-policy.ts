/**
 * How a policy becomes the library's own: its define function checks it once
 * (shape, then the rules a schema cannot express), deep-freezes it and marks
 * it; and the one check, before a policy passed in is used, that it was made
 * that way (or shipped).
 *
 * @module
 */
import { deepFreeze } from '../common/deep-freeze.js';
import { isDeepFrozen } from '../common/is-deep-frozen.js';
import { DaRiskError, daRiskError, type DaRiskIssue } from '../errors/error.js';
import type { IssueContext } from '../validate/issues.js';
import { parse, type Schema } from '../validate/parse.js';
import { readOutside } from './read-outside.js';
import { isRetiredPolicy } from './retired-policy.js';
import { samePolicyContent, shippedPolicyLike } from './shipped-policies.js';

// Policies a define function made: frozen and checked, so used as they are.
const CHECKED = new WeakSet<object>();

// The library's own copy of each policy a caller passed: a policy is checked once, and every
// later read goes to the copy made by the check, never back to the caller's object (which could
// answer differently the next time it is read, through a getter or a Proxy).
const COPIES = new WeakMap<object, object>();

/**
 * What every public `define*` policy function does: validates the definition
 * against `schema` (`invalid-definition`, issues placed and worded by
 * `context`), then the rules a schema cannot express (`ruleIssues`), and
 * returns the policy deep-frozen and marked as made by the library.
 *
 * @example
 * ```ts
 * export function defineScoringPolicy(definition: unknown): ScoringPolicy {
 *   return definePolicy(scoringPolicySchema, definition, scoringRuleIssues);
 * }
 * ```
 * @internal
 */
export function definePolicy<T extends object>(
  schema: Schema<T>,
  definition: unknown,
  ruleIssues?: (policy: T) => DaRiskIssue[],
  context?: IssueContext,
): T {
  const policy = parse(schema, definition, 'invalid-definition', context);
  const issues = ruleIssues === undefined ? [] : ruleIssues(policy);
  if (issues.length > 0) throw new DaRiskError('invalid-definition', issues);
  // A shipped policy's id and version stand for its rules: a policy with other rules under them
  // would be recorded on results and decisions as the shipped one.
  const shipped = shippedPolicyLike(policy);
  if (shipped !== undefined && !samePolicyContent(shipped, policy)) {
    throw daRiskError(
      'invalid-definition',
      ['version'],
      'shipped-policy-changed',
      'names the id and version of a shipped policy but changes its rules: give your policy its own id, or a version of its own',
    );
  }
  const frozen = deepFreeze(policy);
  CHECKED.add(frozen);
  return frozen;
}

/**
 * The library's own copy of a policy passed in, checked once with its define
 * function: one the library made (or a superseded shipped version) as it is;
 * any other deep-frozen policy validated, and the copy kept for later calls;
 * an unfrozen one refused (`not-frozen`), as is a policy of another `kind`
 * than the function takes (`wrong-kind`). Errors are `invalid-definition` at
 * `path`.
 *
 * @example
 * ```ts
 * const checked = ensurePolicy(policy, defineScoringPolicy, 'scoring');
 * ```
 * @internal
 */
export function ensurePolicy<T extends { readonly kind: string }>(
  policy: T,
  define: (definition: unknown) => T,
  kind: T['kind'],
  path: readonly (string | number)[] = ['policy'],
): T {
  return ofKind(checkedCopy(policy, define, path), kind, path);
}

/**
 * The policy, when it is of the kind a function takes. One mark says a policy was checked, whatever its
 * kind, so a MARAC policy given where a scoring policy belongs is refused here, not read as one.
 */
function ofKind<T extends { readonly kind: string }>(policy: T, kind: T['kind'], path: readonly (string | number)[]): T {
  if (policy.kind === kind) return policy;
  throw daRiskError('invalid-definition', path, 'wrong-kind', `is a policy of another kind: this takes a policy of kind ${kind}`);
}

function checkedCopy<T extends object>(policy: T, define: (definition: unknown) => T, path: readonly (string | number)[]): T {
  if (policy === null || typeof policy !== 'object') {
    throw daRiskError('invalid-definition', path, 'type', 'must be a policy object');
  }
  if (CHECKED.has(policy) || isRetiredPolicy(policy)) return policy;
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
  const copy = define(policy);
  COPIES.set(policy, copy);
  return copy;
}
