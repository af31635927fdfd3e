/**
 * Policies are data: named, versioned rule sets. Every result names the
 * policy (id and version) that produced it, so a case can be re-explained
 * years later.
 *
 * @module
 */
import type { Duration } from './dates.js';
import type { RiskLevel } from './levels.js';

/**
 * Where a rule comes from:
 * - `national-guidance` — national police guidance (College of Policing APP) or statute;
 * - `safelives` — SafeLives (formerly CAADA) guidance or criteria;
 * - `publisher` — the publisher of the instrument (for example Barnardo's for the RIM);
 * - `local` — a local partnership's rule or a common local convention;
 * - `library-default` — a choice made by da-risk where no published rule was found.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export type PolicyBasis = 'national-guidance' | 'safelives' | 'publisher' | 'local' | 'library-default';

/**
 * A reference to a policy, as carried by every result.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface PolicyRef {
  /** Policy id, e.g. `safelives`. */
  readonly id: string;
  /** Policy version, e.g. `2024.1`. A changed rule is a new version. */
  readonly version: string;
}

/**
 * One band of a banding rule: a yes count of `min` or more, up to the next
 * band's `min`, gives `level`.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface Band {
  /** The level of the band. */
  readonly level: RiskLevel;
  /** Lowest yes count in the band. */
  readonly min: number;
}

/**
 * A named red flag: a pattern of `yes` answers that calls for professional
 * judgement even below the threshold. A flag never changes a level by itself.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface RedFlagRule {
  /** Stable kebab-case id, e.g. `strangulation`. */
  readonly id: string;
  /** Short title, e.g. "Non-fatal strangulation". */
  readonly title: string;
  /** Why it matters, in plain language. */
  readonly reason: string;
  /**
   * When the flag is raised: every group must have at least one `yes`
   * among its item ids (all of the groups, any item within a group).
   */
  readonly allOf: readonly (readonly string[])[];
  /** Where the rule that this pattern is a red flag comes from. */
  readonly basis: PolicyBasis;
  /** The source in words; required (by the shipped-policy tests) where the basis is SafeLives, national guidance or a publisher. */
  readonly source?: string;
}

/**
 * A follow-on screen or assessment a policy prompts when any of the items
 * named is answered yes (for example the Barnardo's RIM when children or a
 * pregnancy are in the picture). A prompt never changes a level.
 *
 * @example
 * ```ts
 * const rule: ScreenPromptRule = {
 *   screen: 'barnardos-rim',
 *   reason: 'Children are in the picture: complete the RIM for each child.',
 *   anyOf: ['hurt-children-or-dependants'],
 *   basis: 'local',
 * };
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export interface ScreenPromptRule {
  /** Instrument id of the screen or assessment prompted, e.g. `barnardos-rim`. */
  readonly screen: string;
  /** Why, in plain language. */
  readonly reason: string;
  /** Item ids: a yes to any of them prompts it (ids the edition lacks are ignored). */
  readonly anyOf: readonly string[];
  /** Where the rule comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
}

/**
 * What professional judgement may do to a level, and who must agree. Raising
 * is always allowed, with reasons. A *lowering* is any judgement that sets a
 * level below the current final level — whoever set it, the count or another
 * practitioner — or below the computed level (the suggested scale on the RIM).
 *
 * @example
 * ```ts
 * const rule: JudgementRule = {
 *   lowering: 'refused',
 *   authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'library-default' },
 *   basis: 'library-default',
 * };
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export interface JudgementRule {
  /**
   * Below the computed level (or suggested scale): `refused` — judgement may not set a level
   * below it; `allowed-with-rationale` — it may, with reasons (and an authoriser where
   * `authorisation.belowComputed` asks).
   */
  readonly lowering: 'refused' | 'allowed-with-rationale';
  /** When a lowering needs a named authoriser (`authorisedBy`) other than the practitioner lowering. */
  readonly authorisation: {
    /**
     * Lowering a level that another practitioner's judgement set or kept (undoing someone
     * else's raise, grade, regrade or accepted uplift).
     */
    readonly anotherPractitionersLevel: boolean;
    /** Lowering below the computed level or suggested scale, where `lowering` allows it at all. */
    readonly belowComputed: boolean;
    /** Where the authorisation rule comes from (the shipped policies: a library default). */
    readonly basis: PolicyBasis;
  };
  /** Where the rule comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
}

/**
 * A scoring policy: how a yes count becomes a computed level, which red flags
 * are raised, when an assessment counts as incomplete, and whether judgement
 * may lower a computed level.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface ScoringPolicy {
  /** Always `scoring`. */
  readonly kind: 'scoring';
  /** Policy id. */
  readonly id: string;
  /** Policy version. */
  readonly version: string;
  /** Where the rules come from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What the policy does and where it comes from, in plain language. */
  readonly summary: string;
  /** Ids of the instruments whose counts this policy bands (e.g. `dash-ric`, `police-dash`). */
  readonly instruments: readonly string[];
  /** Bands in ascending order of `min`; the first starts at 0. */
  readonly bands: readonly Band[];
  /** Red flags raised on any instrument that has the items named. */
  readonly redFlags: readonly RedFlagRule[];
  /** Follow-on screens and assessments prompted by yes answers, besides those the edition itself prompts. */
  readonly screenPrompts: readonly ScreenPromptRule[];
  /** When an assessment is reported as incomplete. */
  readonly completeness: {
    /** More than this many items answered don't know or declined makes the assessment incomplete (any unanswered item always does). */
    readonly maxUnknown: number;
    /** Where the rule comes from. */
    readonly basis: PolicyBasis;
    /** The source in words, where the basis is published. */
    readonly source?: string;
  };
  /** What professional judgement may do, and who must agree to a lowering. */
  readonly judgement: JudgementRule;
}

/**
 * An agency an abuse event can be reported to.
 *
 * @since 0.1.0
 * @category MARAC
 */
export type Agency =
  | 'police'
  | 'idva'
  | 'health'
  | 'housing'
  | 'childrens-social-care'
  | 'adult-social-care'
  | 'education'
  | 'probation'
  | 'substance-misuse-service'
  | 'voluntary-sector'
  | 'other';

/**
 * Every {@link Agency}, in display order.
 *
 * @example
 * ```ts
 * agencies.includes('idva'); // true
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export const agencies: readonly Agency[] = /* @__PURE__ */ Object.freeze([
  'police',
  'idva',
  'health',
  'housing',
  'childrens-social-care',
  'adult-social-care',
  'education',
  'probation',
  'substance-misuse-service',
  'voluntary-sector',
  'other',
] as const);

/**
 * A MARAC referral policy: the four SafeLives routes with local thresholds.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface MaracPolicy {
  /** Always `marac`. */
  readonly kind: 'marac';
  /** Policy id, e.g. `safelives`. */
  readonly id: string;
  /** Policy version. */
  readonly version: string;
  /** Where the rules come from overall. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What the policy does, in plain language. */
  readonly summary: string;
  /** Youngest age a MARAC takes (16); younger victims go to children's safeguarding. */
  readonly minimumVictimAge: number;
  /**
   * Children's safeguarding for victims under `underAge` (18: the Children Act 1989 makes anyone
   * under 18 a child). Under `minimumVictimAge` it is the route instead of MARAC; from
   * `minimumVictimAge` to `underAge` it is required as well as any MARAC referral, whether or
   * not a MARAC route is met.
   */
  readonly childrensSafeguarding: {
    /** Victims younger than this are children. */
    readonly underAge: number;
    /** Where the rule comes from. */
    readonly basis: PolicyBasis;
    /** The source in words. */
    readonly source: string;
  };
  /** Route 1: a count at or above the threshold. */
  readonly visibleHighRisk: {
    /** Yes count that meets the route. */
    readonly threshold: number;
    /** Instruments whose count is compared with the threshold. */
    readonly instruments: readonly string[];
    /** Where the rule comes from. */
    readonly basis: PolicyBasis;
    /** The source in words, where the basis is published. */
    readonly source?: string;
    /**
     * Count thresholds for further instruments, each with its own basis: for example 14 on
     * the 27-question police DASH, a da-risk default (SafeLives' 14 is for the 24-question
     * checklist). A decision that uses one says so in its reason.
     */
    readonly otherThresholds?: readonly OtherCountThreshold[];
  };
  /**
   * A structured-judgement grade at or above `level` on one of `instruments` (a DARA
   * "high"), as a referral route. No national rule was found: each area sets it.
   * Null where the policy has no such route.
   */
  readonly gradedHighRisk: {
    /** Instruments whose final grade is read. */
    readonly instruments: readonly string[];
    /** The grade that meets the route. */
    readonly level: RiskLevel;
    /** Whether meeting it is itself a referral. */
    readonly isReferralRoute: boolean;
    /** Where the rule comes from. */
    readonly basis: PolicyBasis;
    /** The source in words, where the basis is published. */
    readonly source?: string;
  } | null;
  /** Route 2: a practitioner's judgement referral with reasons. */
  readonly professionalJudgement: {
    /** Where the route comes from. */
    readonly basis: PolicyBasis;
    /** The source in words, where the basis is published. */
    readonly source?: string;
    /** Whether a final level of `high` set by judgement is itself a judgement referral. */
    readonly judgementHighIsReferral: boolean;
    /** Where the `judgementHighIsReferral` rule comes from. */
    readonly judgementHighBasis: PolicyBasis;
  };
  /** Route 3: repeated abuse inside a window. */
  readonly potentialEscalation: {
    /** Number of events inside the window that meets the route. */
    readonly minEvents: number;
    /** The window, ending at `now`. */
    readonly window: Duration;
    /** Which reports count: reported to any agency, or only to the agencies listed. */
    readonly reportedTo: 'any-agency' | readonly Agency[];
    /** Whether meeting the route is itself a referral (otherwise it prompts a full assessment and judgement). */
    readonly isReferralRoute: boolean;
    /** Where the rule comes from. */
    readonly basis: PolicyBasis;
    /** The source in words, where the basis is published. */
    readonly source?: string;
  };
  /**
   * Route 4: a further incident within a window after the last referral. Null where the
   * policy has no repeat route (CAADA's April 2009 form listed routes 1–3 only).
   */
  readonly repeat: {
    /** The window, starting at the last referral. */
    readonly window: Duration;
    /** `any-abuse` — any incident counts; `crime-only` — only incidents that would be crimes. */
    readonly counts: 'any-abuse' | 'crime-only';
    /** Where the rule comes from. */
    readonly basis: PolicyBasis;
    /** The source in words, where the basis is published. */
    readonly source?: string;
  } | null;
}

/**
 * A count threshold for one instrument beside the policy's main one, with
 * its own basis.
 *
 * @example
 * ```ts
 * const police: OtherCountThreshold = { instrument: 'police-dash', threshold: 14, basis: 'library-default' };
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export interface OtherCountThreshold {
  /** Instrument id whose count is compared, e.g. `police-dash`. */
  readonly instrument: string;
  /** Yes count that meets the route on it. */
  readonly threshold: number;
  /** Where the threshold comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
}
