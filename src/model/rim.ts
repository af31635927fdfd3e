/**
 * The Barnardo's Domestic Violence Risk Identification Matrix (DV RIM): what
 * goes in and what comes out. Risk to children, assessed per child.
 *
 * @module
 */
import type { Answer } from './assessment.js';
import type { InstrumentRef } from './instrument.js';
import type { JudgementRule, PolicyBasis, PolicyRef } from './policy.js';
import type { RimScale } from './grades.js';
import type { AuditEvent, Notice, ResultInstrument, RESULT_FORMAT_VERSION } from './result.js';

/**
 * A child's age in whole years and months.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface ChildAge {
  /** Whole years. */
  readonly years: number;
  /** Whole months beyond the years (0–11). */
  readonly months: number;
}

/**
 * One child in a RIM assessment. The id is opaque; no name is needed.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface RimChildInput {
  /** The caller's opaque id for the child, unique in the household. */
  readonly id: string;
  /** Date of birth (`YYYY-MM-DD`); the age is worked out at the assessment date. Give this or `age`. */
  readonly dateOfBirth?: string;
  /** The age, when no date of birth is held. Give this or `dateOfBirth`. */
  readonly age?: { readonly years: number; readonly months?: number };
  /** Whether the child has special needs (a disability, for example). */
  readonly specialNeeds: boolean;
  /** Indicators that apply to this child only (child vulnerabilities), by item id. */
  readonly answers?: { readonly [itemId: string]: Answer };
}

/**
 * A RIM assessment of a household: indicators shared by every child, and
 * each child with their own.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface RimInput {
  /** The RIM edition. */
  readonly instrument: InstrumentRef;
  /** The caller's opaque id for the assessment. */
  readonly id?: string;
  /** When the assessment was made (ISO 8601 with offset). Ages are worked out at this date. */
  readonly assessedAt: string;
  /** Whether the non-abusing parent is pregnant. */
  readonly pregnancy?: boolean;
  /** Indicators about the household (violence, perpetrator, non-abusing parent, protective factors), by item id. */
  readonly answers: { readonly [itemId: string]: Answer };
  /** The children (at least one). */
  readonly children: readonly RimChildInput[];
}

/**
 * The suggested uplift for a young child or a child with special needs.
 *
 * @since 0.1.0
 * @category Judgement
 */
export interface RimUplift {
  /** The scale before the uplift. */
  readonly from: RimScale;
  /** The scale the uplift suggests. */
  readonly to: RimScale;
  /** Why. */
  readonly reason: string;
  /** `pending` until a practitioner accepts or rejects it. */
  readonly decision: 'pending' | 'accepted' | 'rejected';
}

/**
 * A threshold of need and the response it calls for, under a policy.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface NeedResponse {
  /** The scale it applies to. */
  readonly scale: RimScale;
  /** The threshold of need, e.g. "Level 3: complex needs". */
  readonly threshold: string;
  /** The response, e.g. "Child in need: children's services may consider a Section 17 assessment". */
  readonly response: string;
}

/**
 * One child's classification, each step explained.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface RimChildResult {
  /** The child's opaque id. */
  readonly childId: string;
  /** The age at the assessment date. */
  readonly age: ChildAge;
  /** Where the age came from. */
  readonly ageFrom: 'date-of-birth' | 'given';
  /** Whether the child is under the policy's uplift age (7). */
  readonly youngChild: boolean;
  /** Whether the child is a baby under the policy's age in months (12). */
  readonly baby: boolean;
  /** Whether the child has special needs. */
  readonly specialNeeds: boolean;
  /** Indicators confirmed (shared and the child's own), in form order. */
  readonly confirmed: readonly string[];
  /** Indicators suspected, in form order. */
  readonly suspected: readonly string[];
  /** Indicators recorded as absent, in form order. */
  readonly absent: readonly string[];
  /** The highest scale with a confirmed indicator, or null. */
  readonly highestConfirmed: RimScale | null;
  /** Suspected indicators above that scale: for judgement. */
  readonly suspectedAbove: readonly { readonly item: string; readonly scale: RimScale }[];
  /** Whether the pregnancy or baby rule suggested scale 4. */
  readonly pregnancyRule: boolean;
  /**
   * Flags that ask for judgement now: `pregnancy-or-baby-incident-suspected` — a pregnancy or a
   * baby under the policy's age with an incident of violence suspected but not confirmed.
   */
  readonly flags: readonly { readonly id: 'pregnancy-or-baby-incident-suspected'; readonly reason: string }[];
  /** The scale the matrix suggests, before any uplift, or null when nothing is confirmed. */
  readonly suggested: RimScale | null;
  /** The uplift suggested for a young child or a child with special needs, or null. */
  readonly uplift: RimUplift | null;
  /** Protective factors confirmed (weighed by judgement only). */
  readonly protectiveFactors: readonly string[];
  /** The scale the child's case is managed at. */
  readonly final: { readonly scale: RimScale | null; readonly basis: 'suggested' | 'uplift' | 'judgement' };
  /** The judgement step. */
  readonly judgement: { readonly status: 'pending' | 'recorded'; readonly prompt: string };
  /** The threshold of need and response for the final scale, or null. */
  readonly need: NeedResponse | null;
  /** Every step of the classification, in plain language. */
  readonly steps: readonly string[];
}

/**
 * Where one RIM rule comes from. A `publisher`, `national-guidance` or
 * `safelives` basis always has a `source`; a `library-default` or `local`
 * rule may have one (naming where the idea came from, not a source that says it).
 *
 * @example
 * ```ts
 * const scales: RimRuleBasis = { basis: 'publisher', source: 'Barnardo\u2019s DV RIM (the matrix: its four scales)' };
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export interface RimRuleBasis {
  /** Where the rule comes from. */
  readonly basis: PolicyBasis;
  /**
   * The source in our own words (a short reference naming the document). Required by the
   * shipped-policy tests where the basis is `publisher`, `national-guidance` or `safelives`.
   */
  readonly source?: string;
}

/**
 * How the suggested scale is read from the ticks. The matrix has no score
 * and no rule for combining ticks: `highest-confirmed` (the highest scale
 * with a confirmed indicator) is da-risk's reading, a library default.
 *
 * @example
 * ```ts
 * const rule: RimSuggestedScaleRule = { rule: 'highest-confirmed', basis: 'library-default' };
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export interface RimSuggestedScaleRule extends RimRuleBasis {
  /** `highest-confirmed`: the highest scale with a confirmed indicator; suspected indicators above it are listed for judgement. */
  readonly rule: 'highest-confirmed';
}

/**
 * The uplift consideration for a child under an age or with special needs:
 * suggest raising scale 2 to 3 and scale 3 to 4; at scale 1 note a higher
 * risk only. A suggestion the practitioner accepts or rejects, never automatic.
 *
 * @example
 * ```ts
 * const rule: RimUpliftRule = { underAge: 7, basis: 'publisher', source: 'Barnardo\u2019s DV RIM (its note on children under 7 or with special needs)' };
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export interface RimUpliftRule extends RimRuleBasis {
  /** Children younger than this many whole years get the uplift suggestion (7 on the matrix). */
  readonly underAge: number;
}

/**
 * Pregnancy, or a baby under an age in months, with any incident of domestic
 * violence: suggest scale 4. Described in secondary sources and not verified
 * on the matrix itself, so the shipped policy holds it as a library default.
 *
 * @example
 * ```ts
 * const rule: RimPregnancyOrBabyRule = { underMonths: 12, basis: 'library-default', note: 'Not verified on the matrix.' };
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export interface RimPregnancyOrBabyRule extends RimRuleBasis {
  /** A baby younger than this many months, with any incident, suggests scale 4 (12). */
  readonly underMonths: number;
  /** What is and is not known about the rule, in our words. */
  readonly note?: string;
}

/**
 * The RIM classification rules a result is produced under (format 2: each
 * rule with its own basis, so the matrix's rules and da-risk's defaults are
 * told apart in the policy and in every result).
 *
 * @example
 * ```ts
 * barnardosRimRules.uplift; // { underAge: 7, basis: 'publisher', source: '…' }
 * barnardosRimRules.suggestedScale.basis; // 'library-default'
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export interface RimRulesPolicy {
  /** Always `rim`. */
  readonly kind: 'rim';
  /** Policy id. */
  readonly id: string;
  /** Policy version. */
  readonly version: string;
  /** Where the rules come from overall (`library-default` where the policy mixes a publisher's rules and da-risk defaults). */
  readonly basis: PolicyBasis;
  /** The source in words, where the overall basis is published. */
  readonly source?: string;
  /** Short title: whose rules it holds. */
  readonly title: string;
  /** What the policy does, saying which rules are the publisher's and which are defaults. */
  readonly summary: string;
  /** Instrument ids classified under this policy. */
  readonly instruments: readonly string[];
  /** The four scales (1 Moderate, 2 Moderate to Serious, 3 Serious, 4 Severe) and where they come from. */
  readonly scales: RimRuleBasis;
  /** How the suggested scale is read from the ticks. */
  readonly suggestedScale: RimSuggestedScaleRule;
  /** The uplift consideration for a young child or a child with special needs. */
  readonly uplift: RimUpliftRule;
  /** Pregnancy or a baby with any incident suggests scale 4. */
  readonly pregnancyOrBaby: RimPregnancyOrBabyRule;
  /**
   * What judgement may do to a child's scale. Below the suggested scale: refused by default (a
   * library default: the matrix gives no rule for how far protective factors may lower a scale);
   * a local policy may allow it with a rationale and an authoriser.
   */
  readonly judgement: JudgementRule;
}

/**
 * The retired format of RIM classification rules (format 1, as
 * `barnardos-rim-rules` version 1 shipped): one basis for the whole policy.
 * Still accepted so that results made under such a policy read back and
 * replay unchanged; new assessments through `assessRim` need a
 * {@link RimRulesPolicy}.
 *
 * @example
 * ```ts
 * retiredPolicies.find((entry) => entry.policy.id === 'barnardos-rim-rules')!.policy.version; // '1'
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export interface RimPolicyFormat1 {
  /** Always `rim`. */
  readonly kind: 'rim';
  /** Policy id. */
  readonly id: string;
  /** Policy version. */
  readonly version: string;
  /** Where the rules come from (one basis for every rule: the reason format 1 was retired). */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What the policy does. */
  readonly summary: string;
  /** Instrument ids classified under this policy. */
  readonly instruments: readonly string[];
  /** Children younger than this many years get the uplift suggestion (7). */
  readonly upliftUnderAge: number;
  /** A baby younger than this many months, with any incident, suggests scale 4 (12). */
  readonly babyUnderMonths: number;
  /** What judgement may do to a child's scale. */
  readonly judgement: JudgementRule;
}

/**
 * A RIM classification policy in either format: {@link RimRulesPolicy}
 * (current) or {@link RimPolicyFormat1} (retired, read back only).
 *
 * @since 0.1.0
 * @category Scoring
 */
export type RimPolicy = RimRulesPolicy | RimPolicyFormat1;

/**
 * A mapping from RIM scale to threshold of need and response: an area's
 * threshold document as data.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface ThresholdOfNeedPolicy {
  /** Always `threshold-of-need`. */
  readonly kind: 'threshold-of-need';
  /** Policy id. */
  readonly id: string;
  /** Policy version. */
  readonly version: string;
  /** Where the mapping comes from. */
  readonly basis: PolicyBasis;
  /** The source in words (the threshold document), where there is one. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What the mapping is. */
  readonly summary: string;
  /** One entry per scale, 1 to 4. */
  readonly scales: readonly NeedResponse[];
}

/**
 * A household summary across children.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface RimHouseholdSummary {
  /** Number of children. */
  readonly children: number;
  /** The highest final scale among the children, or null. */
  readonly highestFinal: RimScale | null;
  /** Children by final scale (`none`: nothing confirmed). */
  readonly byScale: { readonly 1: number; readonly 2: number; readonly 3: number; readonly 4: number; readonly none: number };
  /** Decisions still pending (uplifts and judgements). */
  readonly pendingDecisions: number;
  /** Plain-language summary. */
  readonly reason: string;
}

/**
 * A RIM result: one classification per child and a household summary.
 * Frozen and JSON-serialisable.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface RimResult {
  /** Result format version. */
  readonly resultFormat: typeof RESULT_FORMAT_VERSION;
  /** Always `rim`. */
  readonly kind: 'rim';
  /** The caller's id, or null. */
  readonly assessmentId: string | null;
  /** When the assessment was made. */
  readonly assessedAt: string;
  /** The edition. */
  readonly instrument: ResultInstrument;
  /** The classification policy. */
  readonly policy: PolicyRef & { readonly basis: PolicyBasis };
  /** The threshold-of-need policy. */
  readonly needPolicy: PolicyRef & { readonly basis: PolicyBasis };
  /** Whether the non-abusing parent is pregnant. */
  readonly pregnancy: boolean;
  /** One result per child, in the order given. */
  readonly children: readonly RimChildResult[];
  /** Across the children. */
  readonly household: RimHouseholdSummary;
  /**
   * Notices: `provisional-instrument` (a provisional edition); `library-example-indicators` (ticked
   * indicators that are da-risk examples, listed in `items`; results under a format 2 policy);
   * `library-default` or `local-convention` (whose each rule is); the threshold-of-need policy's basis.
   */
  readonly notices: readonly Notice[];
  /** Every decision, oldest first; each names its child in `subject`. */
  readonly history: readonly AuditEvent[];
}
