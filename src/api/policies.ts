/**
 * The public functions that define local policies (scoring, MARAC, DARA, RIM,
 * threshold of need, young people's pathway), and the check each policy
 * passes once before a function uses it.
 *
 * @module
 */
import { daRiskError } from '../errors/error.js';
import type { DaraPolicy } from '../model/dara.js';
import type { YoungPeoplePathway } from '../model/pathway.js';
import type { MaracPolicy, ScoringPolicy } from '../model/policy.js';
import type { RimPolicy, ThresholdOfNeedPolicy } from '../model/rim.js';
import { daraPolicySchema } from '../validate/dara-schema.js';
import { youngPeoplePathwaySchema } from '../validate/pathway-schema.js';
import { maracPolicySchema, scoringPolicySchema } from '../validate/policy-schema.js';
import {
  daraRuleIssues,
  maracRuleIssues,
  scoringRuleIssues,
  thresholdOfNeedRuleIssues,
  youngPeoplePathwayRuleIssues,
} from '../validate/policy-rules.js';
import { rimPolicySchema, thresholdOfNeedPolicySchema } from '../validate/rim-schema.js';
import { definePolicy, ensurePolicy } from './define-policy.js';
import { readOutside } from './read-outside.js';

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
 * @category Scoring
 */
export function defineScoringPolicy(definition: unknown): ScoringPolicy {
  return definePolicy(scoringPolicySchema, definition, scoringRuleIssues);
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
 * @category MARAC
 */
export function defineMaracPolicy(definition: unknown): MaracPolicy {
  return definePolicy(maracPolicySchema, definition, maracRuleIssues);
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
 * @category Scoring
 */
export function defineDaraPolicy(definition: unknown): DaraPolicy {
  return definePolicy(daraPolicySchema, definition, daraRuleIssues);
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
 * @category Scoring
 */
export function defineRimPolicy(definition: unknown): RimPolicy {
  return definePolicy(rimPolicySchema, definition);
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
 * @category Scoring
 */
export function defineThresholdOfNeedPolicy(definition: unknown): ThresholdOfNeedPolicy {
  return definePolicy(thresholdOfNeedPolicySchema, definition, thresholdOfNeedRuleIssues);
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
 * @since 0.1.0
 * @category MARAC
 */
export function defineYoungPeoplePathway(definition: unknown): YoungPeoplePathway {
  return definePolicy(youngPeoplePathwaySchema, definition, youngPeoplePathwayRuleIssues);
}

/**
 * Checks a scoring policy once (deep-frozen and valid) before first use, and
 * returns the library's own copy, which every later read must use.
 *
 * @internal
 */
export function ensureScoringPolicy(policy: ScoringPolicy): ScoringPolicy {
  return ensurePolicy(policy, defineScoringPolicy, 'scoring');
}

/**
 * Checks a MARAC policy once (deep-frozen and valid) before first use, and
 * returns the library's own copy.
 *
 * @internal
 */
export function ensureMaracPolicy(policy: MaracPolicy): MaracPolicy {
  return ensurePolicy(policy, defineMaracPolicy, 'marac');
}

/**
 * Checks a DARA policy once before first use, and returns the library's own copy.
 *
 * @internal
 */
export function ensureDaraPolicy(policy: DaraPolicy): DaraPolicy {
  return ensurePolicy(policy, defineDaraPolicy, 'dara');
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
  return { rules: ensurePolicy(rules, defineRimPolicy, 'rim', ['policies', 'rules']), needs: ensurePolicy(needs, defineThresholdOfNeedPolicy, 'threshold-of-need', ['policies', 'needs']) };
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
      return ensurePolicy(policy as ScoringPolicy, defineScoringPolicy, 'scoring', path);
    case 'dara':
      return ensurePolicy(policy as DaraPolicy, defineDaraPolicy, 'dara', path);
    case 'rim':
      return ensurePolicy(policy as RimPolicy, defineRimPolicy, 'rim', path);
    case 'threshold-of-need':
      return ensurePolicy(policy as ThresholdOfNeedPolicy, defineThresholdOfNeedPolicy, 'threshold-of-need', path);
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
  return ensurePolicy(policy, defineYoungPeoplePathway, 'young-people-pathway');
}
