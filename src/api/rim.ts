/**
 * The Barnardo's RIM from outside data: validate, then classify; validate a
 * stored result, then record the practitioner's decisions.
 *
 * @module
 */
import { assessRimTrusted, applyRimUpliftDecisionTrusted, applyRimJudgementTrusted, type RimPolicies } from '../core/rim.js';
import { DaRiskError, daRiskError, type DaRiskIssue } from '../errors/error.js';
import type { Instrument } from '../model/instrument.js';
import type { RimInput, RimResult, RimRulesPolicy } from '../model/rim.js';
import { barnardosRimRules, londonCafThresholds } from '../policies/rim/rim-policies.js';
import { isRimPolicyFormat1 } from '../core/rim-rules.js';
import { rimScaleJudgementSchema, rimUpliftDecisionSchema } from '../validate/judgement-schema.js';
import { parse } from '../validate/parse.js';
import { opaqueId } from '../validate/primitives.js';
import { rimSchemaFor } from '../validate/rim-schema.js';
import { optionIssues } from '../validate/sub-option-rules.js';
import { defaultRegistry } from './default-registry.js';
import { answerKeyWording, namedEdition } from './edition-lookup.js';
import { ensureRimPolicies } from './policies.js';
import type { InstrumentRegistry } from './registry.js';
import { parseStoredResult, policyForDecision, storedResultOptions, withPolicies, type StoredResultOptions } from './stored-result.js';
import { trusted } from '../common/trusted.js';
import { readOptions } from './read-outside.js';
import { familyOf } from '../validate/instrument-families.js';
import type { RimScale } from '../model/grades.js';
import type { OutsideInput } from './outside-input.js';

/**
 * The default RIM policies: {@link barnardosRimRules} and {@link londonCafThresholds}.
 *
 * @example
 * ```ts
 * assessRim(input, { policies: defaultRimPolicies });
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export const defaultRimPolicies: RimPolicies = /* @__PURE__ */ Object.freeze({ rules: barnardosRimRules, needs: londonCafThresholds });

/**
 * Options for {@link assessRim}.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface AssessRimOptions {
  /** Classification rules and threshold-of-need mapping. Default: {@link defaultRimPolicies}. */
  readonly policies?: RimPolicies;
  /** Where editions are looked up. Default: {@link defaultRegistry}. */
  readonly registry?: InstrumentRegistry;
}

/**
 * Validates a household RIM assessment from outside and classifies each
 * child. See {@link assessRimTrusted}. Each child needs a date of birth or an age
 * (not both). New assessments need classification rules in the current
 * format ({@link RimRulesPolicy}); a policy in the retired format 1 (such as
 * `barnardos-rim-rules` version 1) is refused (`policy-not-applicable`, rule
 * `policy-retired`): it still reads back, and takes decisions on, results
 * made under it.
 *
 * @param input - outside data in the {@link RimInput} shape: typed as that shape for a caller whose value has a type, anything when it is `unknown` or `any` (see {@link OutsideInput}); checked at run time either way
 * @param options - policies and registry
 * @returns the frozen result: one classification per child and a household summary
 * @throws {@link DaRiskError} `invalid-input`, `unknown-instrument`, `unknown-edition`, `policy-not-applicable`, `invalid-definition`
 *
 * @example
 * ```ts
 * const result = assessRim({
 *   instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
 *   assessedAt: '2025-03-01T10:00:00Z',
 *   answers: { 'rim-violence-serious-or-persistent': { value: 'confirmed' } },
 *   children: [{ id: 'c1', dateOfBirth: '2021-06-30', specialNeeds: false }, { id: 'c2', age: { years: 11 }, specialNeeds: false }],
 * });
 * result.children.map((c) => [c.childId, c.suggested, c.uplift?.to ?? null]); // [['c1', 3, 4], ['c2', 3, null]]
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function assessRim<T>(input: OutsideInput<T, RimInput>, options: AssessRimOptions = {}): RimResult {
  const read = readOptions(options, ['policies', 'registry']);
  const policies = ensureRimPolicies(read.policies ?? defaultRimPolicies);
  if (isRimPolicyFormat1(policies.rules)) {
    throw daRiskError(
      'policy-not-applicable',
      ['policies', 'rules'],
      'policy-retired',
      'is in the retired RIM policy format (one basis for every rule): it reads back results made under it, but a new assessment needs a policy that gives each rule its basis (scales, suggestedScale, uplift, pregnancyOrBaby)',
    );
  }
  const { instrument, input: value } = parseRimInput(input, read.registry ?? defaultRegistry);
  return trusted(assessRimTrusted(instrument, value, policies), policies);
}

/**
 * Validates a RIM input from outside against the edition it names.
 *
 * @internal
 */
export function parseRimInput(input: unknown, registry: InstrumentRegistry): { readonly instrument: Instrument; readonly input: RimInput } {
  const named = namedEdition(input, registry);
  if ('error' in named) throw named.error;
  const instrument = named.instrument;
  if (familyOf(instrument).id !== 'rim') {
    throw daRiskError('invalid-input', ['instrument'], 'not-a-matrix', 'names an instrument that is not a risk matrix; use assess or assessDara');
  }
  const value = parse(rimSchemaFor(instrument), input, 'invalid-input', { unknownKey: answerKeyWording(instrument) });
  const issues: DaRiskIssue[] = [...optionIssues(instrument, value.answers)];
  value.children.forEach((child, index) => {
    if ((child.dateOfBirth === undefined) === (child.age === undefined)) {
      issues.push({ path: ['children', index], rule: 'one-age', message: 'needs either a date of birth or an age, not both' });
    }
    if (child.answers !== undefined) issues.push(...optionIssues(instrument, child.answers, ['children', index, 'answers']));
  });
  if (issues.length > 0) throw new DaRiskError('invalid-input', issues);
  return { instrument, input: value };
}

/**
 * Records a practitioner's decision on a child's suggested uplift, from
 * outside data. See {@link applyRimUpliftDecisionTrusted}.
 *
 * @param result - the stored {@link RimResult} (typed as one for a caller whose value has a type, anything when it is `unknown` or `any`: see {@link OutsideInput}; checked at run time either way)
 * @param childId - the child's opaque id (a string, typed the same way)
 * @param decision - `{ accept, rationale, by, at }` (typed the same way)
 * @param policies - the policies the result was produced under (default: the ones the result names, found among the shipped policies and `options.policies`, or remembered for a result made in this process); different ones are refused (`policy-mismatch`)
 * @param options - where the result's edition is looked up, for an edition that is not shipped
 * @returns a new frozen result
 * @throws {@link DaRiskError} `invalid-input`, `policy-mismatch`, `unknown-policy`, `policy-not-applicable` (no policy passed, and the result names a superseded version), `judgement-refused`, `inconsistent-result`
 *
 * @example
 * ```ts
 * applyRimUpliftDecision(result, 'c1', { accept: false, rationale: 'Protective grandparent lives in.', by: 'sw-4', at: '2025-03-01T12:00:00Z' });
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export function applyRimUpliftDecision<R, C, D>(
  result: OutsideInput<R, RimResult>,
  childId: OutsideInput<C, string>,
  decision: OutsideInput<D, { readonly accept: boolean; readonly rationale: string; readonly by: string; readonly at: string }>,
  policies?: RimPolicies,
  options?: StoredResultOptions,
): RimResult {
  const given = policies === undefined ? undefined : ensureRimPolicies(policies);
  const read = storedResultOptions(options);
  const stored = parseStoredResult(result, 'rim', [], given === undefined ? read : withPolicies(read, given.rules, given.needs));
  const checkedPolicies = policyForDecision(stored, given, read);
  const id = parse(opaqueId, childId, 'invalid-input', { prefix: ['childId'] });
  return trusted(applyRimUpliftDecisionTrusted(stored, id, parse(rimUpliftDecisionSchema, decision), checkedPolicies), checkedPolicies);
}

/**
 * Records a practitioner's final scale for a child, from outside data. See
 * {@link applyRimJudgementTrusted}.
 *
 * @param result - the stored {@link RimResult} (typed as one for a caller whose value has a type, anything when it is `unknown` or `any`: see {@link OutsideInput}; checked at run time either way)
 * @param childId - the child's opaque id (a string, typed the same way)
 * @param judgement - `{ scale, rationale, by, at, authorisedBy? }` (typed the same way)
 * @param policies - the policies the result was produced under (default: the ones the result names, found among the shipped policies and `options.policies`, or remembered for a result made in this process); different ones are refused (`policy-mismatch`)
 * @param options - where the result's edition is looked up, for an edition that is not shipped
 * @returns a new frozen result
 * @throws {@link DaRiskError} `invalid-input`, `policy-mismatch`, `unknown-policy`, `policy-not-applicable` (no policy passed, and the result names a superseded version), `judgement-refused`, `inconsistent-result`
 *
 * @example
 * ```ts
 * applyRimJudgement(result, 'c2', { scale: 3, rationale: 'Confirmed at strategy discussion.', by: 'sw-4', at: '2025-03-01T12:30:00Z' });
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export function applyRimJudgement<R, C, J>(
  result: OutsideInput<R, RimResult>,
  childId: OutsideInput<C, string>,
  judgement: OutsideInput<
    J,
    { readonly scale: RimScale; readonly rationale: string; readonly by: string; readonly at: string; readonly authorisedBy?: string }
  >,
  policies?: RimPolicies,
  options?: StoredResultOptions,
): RimResult {
  const given = policies === undefined ? undefined : ensureRimPolicies(policies);
  const read = storedResultOptions(options);
  const stored = parseStoredResult(result, 'rim', [], given === undefined ? read : withPolicies(read, given.rules, given.needs));
  const checkedPolicies = policyForDecision(stored, given, read);
  const id = parse(opaqueId, childId, 'invalid-input', { prefix: ['childId'] });
  return trusted(applyRimJudgementTrusted(stored, id, parse(rimScaleJudgementSchema, judgement), checkedPolicies), checkedPolicies);
}
