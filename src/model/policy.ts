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
 */
export type PolicyBasis = 'national-guidance' | 'safelives' | 'publisher' | 'local' | 'library-default';

/**
 * A reference to a policy, as carried by every result.
 *
 * @since 0.1.0
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
}

/**
 * A scoring policy: how a yes count becomes a computed level, which red flags
 * are raised, when an assessment counts as incomplete, and whether judgement
 * may lower a computed level.
 *
 * @since 0.1.0
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
  /** When an assessment is reported as incomplete. */
  readonly completeness: {
    /** More than this many items answered don't know or declined makes the assessment incomplete (any unanswered item always does). */
    readonly maxUnknown: number;
    /** Where the rule comes from. */
    readonly basis: PolicyBasis;
  };
  /** What professional judgement may do. */
  readonly judgement: {
    /**
     * `refused` — judgement may not set a final level below the computed one;
     * `allowed-with-rationale` — it may, and the rationale is recorded.
     * Raising is always allowed.
     */
    readonly lowering: 'refused' | 'allowed-with-rationale';
    /** Where the rule comes from. */
    readonly basis: PolicyBasis;
  };
}

/**
 * An agency an abuse event can be reported to.
 *
 * @since 0.1.0
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
  /** Short title. */
  readonly title: string;
  /** What the policy does, in plain language. */
  readonly summary: string;
  /** Youngest age a MARAC takes (16); younger victims go to children's safeguarding. */
  readonly minimumVictimAge: number;
  /** Route 1: a count at or above the threshold. */
  readonly visibleHighRisk: {
    /** Yes count that meets the route. */
    readonly threshold: number;
    /** Instruments whose count is compared with the threshold. */
    readonly instruments: readonly string[];
    /** Where the rule comes from. */
    readonly basis: PolicyBasis;
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
  } | null;
  /** Route 2: a practitioner's judgement referral with reasons. */
  readonly professionalJudgement: {
    /** Where the route comes from. */
    readonly basis: PolicyBasis;
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
  };
  /** Route 4: a further incident within a window after the last referral. */
  readonly repeat: {
    /** The window, starting at the last referral. */
    readonly window: Duration;
    /** `any-abuse` — any incident counts; `crime-only` — only incidents that would be crimes. */
    readonly counts: 'any-abuse' | 'crime-only';
    /** Where the rule comes from. */
    readonly basis: PolicyBasis;
  };
}
