/**
 * The RIM classification rules in one shape, whatever format the policy is
 * in, and the words that say whose each rule is. A policy in the retired
 * format 1 (one basis for the whole policy) is read as the same rules with
 * their real bases, so results made under it replay unchanged.
 *
 * @module
 */
import type { JudgementRule, PolicyBasis } from '../model/policy.js';
import type {
  RimPolicy,
  RimPolicyFormat1,
  RimPregnancyOrBabyRule,
  RimRuleBasis,
  RimRulesPolicy,
  RimSuggestedScaleRule,
  RimUpliftRule,
} from '../model/rim.js';
import type { Notice } from '../model/result.js';

/**
 * The rules the classifier reads. `format` says which policy format they
 * came from: results under a format 1 policy keep the notices that format
 * gave, so a stored result made under it reads back unchanged.
 *
 * @internal
 */
export interface RimRules {
  readonly format: 1 | 2;
  readonly suggestedScale: RimSuggestedScaleRule;
  readonly uplift: RimUpliftRule;
  readonly pregnancyOrBaby: RimPregnancyOrBabyRule;
  readonly judgement: JudgementRule;
}

/**
 * Whether a RIM policy is in the retired format 1 (`upliftUnderAge`,
 * `babyUnderMonths`, one basis for every rule).
 *
 * @param policy - a RIM classification policy
 * @returns true for format 1
 *
 * @example
 * ```ts
 * isRimPolicyFormat1(barnardosRimRules); // false: the current format
 * isRimPolicyFormat1(barnardosRimRules); // false
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function isRimPolicyFormat1(policy: RimPolicy): policy is RimPolicyFormat1 {
  return 'upliftUnderAge' in policy;
}

// The matrix's uplift age. A format 1 policy with another age holds a rule of its own basis.
const MATRIX_UPLIFT_AGE = 7;

function fromFormat1(policy: RimPolicyFormat1): RimRules {
  return {
    format: 1,
    // Whatever a format 1 policy claimed, these two were never the matrix's rules.
    suggestedScale: { rule: 'highest-confirmed', basis: 'library-default' },
    uplift: { underAge: policy.upliftUnderAge, basis: policy.upliftUnderAge === MATRIX_UPLIFT_AGE ? 'publisher' : policy.basis },
    pregnancyOrBaby: { underMonths: policy.babyUnderMonths, basis: 'library-default' },
    judgement: policy.judgement,
  };
}

const RULES = new WeakMap<RimPolicy, RimRules>();

/**
 * The rules of a RIM policy in the current shape (format 1 normalised),
 * cached per policy object.
 *
 * @internal
 */
export function rimRulesOf(policy: RimPolicy): RimRules {
  let rules = RULES.get(policy);
  if (rules === undefined) {
    rules = isRimPolicyFormat1(policy) ? fromFormat1(policy) : { ...policy, format: 2 };
    RULES.set(policy, rules);
  }
  return rules;
}

/**
 * Whose a rule is, in a phrase for a reason: `the matrix`, `a da-risk
 * default`, `a local rule`, `SafeLives guidance`, `national guidance`.
 *
 * @internal
 */
export function whoseRule(basis: PolicyBasis): string {
  return WHOSE[basis];
}

const WHOSE: { readonly [B in PolicyBasis]: string } = {
  publisher: 'the matrix',
  'library-default': 'a da-risk default',
  local: 'a local rule',
  safelives: 'SafeLives guidance',
  'national-guidance': 'national guidance',
};

/**
 * Whose the pregnancy or baby rule is, in a phrase: as a default it is said
 * to come from secondary sources and not to be verified on the matrix.
 *
 * @internal
 */
export function whosePregnancyRule(rule: RimRuleBasis): string {
  return rule.basis === 'library-default' ? 'a da-risk default from secondary sources, not verified on the matrix' : whoseRule(rule.basis);
}

const NOTICES = new WeakMap<RimRulesPolicy, Notice | null>();

const unpublished = (basis: PolicyBasis) => basis === 'local' || basis === 'library-default';

/**
 * The notice a result under a format 2 RIM policy carries when the policy or
 * any of its rules is a local rule or a da-risk default: which rules are the
 * matrix's, and whose each other rule is. Null when every rule is published.
 * Cached per policy object.
 *
 * @internal
 */
export function rimRulesNotice(policy: RimRulesPolicy): Notice | null {
  let notice = NOTICES.get(policy);
  if (notice === undefined) {
    const { scales, suggestedScale, uplift, pregnancyOrBaby, judgement } = policy;
    const rules: [string, PolicyBasis, string][] = [
      ['the four scales', scales.basis, whoseRule(scales.basis)],
      ['the suggested scale is the highest confirmed indicator', suggestedScale.basis, whoseRule(suggestedScale.basis)],
      [`the uplift for a child under ${uplift.underAge} or with special needs`, uplift.basis, whoseRule(uplift.basis)],
      [`pregnancy or a baby under ${pregnancyOrBaby.underMonths} months with any incident suggests scale 4`, pregnancyOrBaby.basis, whosePregnancyRule(pregnancyOrBaby)],
      [`a judgement may ${judgement.lowering === 'refused' ? 'not ' : ''}go below the suggested scale`, judgement.basis, whoseRule(judgement.basis)],
    ];
    const others = rules.filter(([, basis]) => basis !== 'publisher');
    notice =
      unpublished(policy.basis) || others.some(([, basis]) => unpublished(basis))
        ? Object.freeze({
            id: policy.basis === 'local' ? 'local-convention' : 'library-default',
            message: `Policy "${policy.title}" (${policy.id} version ${policy.version}). From the matrix: ${
              rules
                .filter(([, basis]) => basis === 'publisher')
                .map(([rule]) => rule)
                .join('; ') || 'none'
            }. Not the matrix\u2019s: ${others.map(([rule, , whose]) => `${rule} (${whose})`).join('; ') || 'none'}.`,
            items: Object.freeze([]) as readonly string[],
          })
        : null;
    NOTICES.set(policy, notice);
  }
  return notice;
}
