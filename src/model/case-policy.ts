/**
 * The policies that govern case rules: when to reassess, when an assessment
 * is required, review deadlines, levels of intervention, and the definition
 * of a repeat for management information.
 *
 * @module
 */
import type { Duration } from './dates.js';
import type { TriggerType } from './case.js';
import type { RiskLevel } from './levels.js';
import type { PolicyBasis } from './policy.js';

/**
 * When one trigger calls for a reassessment.
 * - `after` — due within `after` of the event;
 * - `before` — a scheduled event: due by the event date, and due from `before` ahead of it.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface TriggerRule {
  /** The event type. */
  readonly trigger: TriggerType;
  /** Short title. */
  readonly title: string;
  /** Where the trigger comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, e.g. "College of Policing APP: named trigger point". */
  readonly source: string;
  /** When the reassessment is due. */
  readonly timing: { readonly after: Duration } | { readonly before: Duration };
  /** Where the timing comes from (often a library default where guidance names no time). */
  readonly timingBasis: PolicyBasis;
}

/**
 * A reassessment policy: event triggers, the periodic review clock, and the
 * assessment answers that are themselves triggers.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface ReassessmentPolicy {
  /** Always `reassessment`. */
  readonly kind: 'reassessment';
  /** Id. */
  readonly id: string;
  /** Version. */
  readonly version: string;
  /** Where the policy as a whole comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What it does. */
  readonly summary: string;
  /** One rule per trigger type. */
  readonly triggers: readonly TriggerRule[];
  /** Periodic review by the latest final level. */
  readonly periodic: {
    /** Interval by level; null for no periodic review at that level. */
    readonly intervals: { readonly [L in RiskLevel]: Duration | null };
    /** `from-last-assessment` (rolling) or `from-last-due-date` (a fixed schedule from the first assessment). */
    readonly counting: 'from-last-assessment' | 'from-last-due-date';
    /** A periodic review shows as due this long before its due date. */
    readonly lead: Duration;
    /** Where the rule comes from. */
    readonly basis: PolicyBasis;
    /** The source in words, where the basis is published. */
    readonly source?: string;
  };
  /** Assessment item ids whose change to yes is also a trigger, by item id. */
  readonly itemTriggers: { readonly [itemId: string]: TriggerType };
  /** How long after a birth the DASH pregnancy question still applies (18 months on the DASH). */
  readonly recentBirth: { readonly window: Duration; readonly item: string; readonly basis: PolicyBasis; readonly source?: string };
}

/**
 * When an incident requires a risk assessment.
 * - `every-incident` — every domestic incident, crime or not (the DASH 2009 model; HMIC 2014);
 * - `crime-or-recent-history` — a crime, or either party in a domestic incident in the previous window
 *   (the historical Cambridgeshire rule HMIC criticised).
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface AssessmentRequiredPolicy {
  /** Always `assessment-required`. */
  readonly kind: 'assessment-required';
  /** Id. */
  readonly id: string;
  /** Version. */
  readonly version: string;
  /** Where it comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What it does. */
  readonly summary: string;
  /** The rule. */
  readonly rule: 'every-incident' | 'crime-or-recent-history';
  /** For `crime-or-recent-history`: how far back a previous incident counts. */
  readonly recentWindow: Duration;
  /** An assessment is overdue when not completed within this of the incident. */
  readonly within: Duration;
  /** Where `within` comes from. */
  readonly withinBasis: PolicyBasis;
}

/**
 * Review deadlines: the supervisor's review of first-response assessments,
 * and referral-unit processing of medium and high cases.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface ReviewDeadlinePolicy {
  /** Always `review-deadlines`. */
  readonly kind: 'review-deadlines';
  /** Id. */
  readonly id: string;
  /** Version. */
  readonly version: string;
  /** Where it comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What it does. */
  readonly summary: string;
  /** Supervisor review of every first-response assessment. */
  readonly supervisor: { readonly within: Duration; readonly basis: PolicyBasis; readonly source?: string };
  /** Referral-unit processing of assessments at these levels. */
  readonly referralUnit: { readonly levels: readonly RiskLevel[]; readonly within: Duration; readonly basis: PolicyBasis; readonly source?: string };
}

/**
 * A staged model of intervention (Cambridgeshire's "Offer": 1 community, 2
 * universal and preventive services, 3 initial response with risk
 * identification, safety planning and referral, 4 intensive response for the
 * highest risk) and how results map onto it.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface InterventionPolicy {
  /** Always `intervention-levels`. */
  readonly kind: 'intervention-levels';
  /** Id. */
  readonly id: string;
  /** Version. */
  readonly version: string;
  /** Where it comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What it does. */
  readonly summary: string;
  /** The levels, lowest first. */
  readonly levels: readonly { readonly level: number; readonly title: string; readonly response: string }[];
  /** The level for the highest risk, and what reaches it. */
  readonly highest: { readonly level: number; readonly riskLevels: readonly RiskLevel[]; readonly rimScales: readonly number[]; readonly maracReferral: boolean };
  /**
   * Where the mapping from results to levels (`highest`, `assessed`, `unassessed`) comes
   * from, when it differs from the levels' own basis (the shipped policy: a da-risk reading
   * of the model, `library-default`).
   */
  readonly mappingBasis?: PolicyBasis;
  /** The level when any assessment is on record. */
  readonly assessed: number;
  /** The level when incidents are known but no assessment is on record. */
  readonly unassessed: number;
}

/**
 * A versioned definition of a MARAC repeat for management information.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface RepeatDefinition {
  /** Always `repeat-definition`. */
  readonly kind: 'repeat-definition';
  /** Id. */
  readonly id: string;
  /** Version. */
  readonly version: string;
  /** Where it comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What counts as a repeat, in words. */
  readonly summary: string;
  /** A referral within this of the same victim's previous referral is a repeat. */
  readonly window: Duration;
}
