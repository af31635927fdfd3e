/**
 * What a MARAC check takes and returns.
 *
 * @module
 */
import type { CrimeStatus } from './case.js';
import type { CaseEpisode } from './episode.js';
import type { InstrumentRef } from './instrument.js';
import type { Agency, PolicyBasis, PolicyRef } from './policy.js';
import type { DaraResult } from './dara.js';
import type { RiskLevel } from './levels.js';
import type { AssessmentResult, JudgementReferral, Notice } from './result.js';

/**
 * One incident of abuse between the same victim and abuser(s), crime or not.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface AbuseEvent {
  /** The caller's opaque id for the event. */
  readonly id?: string;
  /** When it happened (ISO 8601 with offset). */
  readonly date: string;
  /** The agencies it was reported to (at least one). */
  readonly reportedTo: readonly Agency[];
  /** Whether it would be a crime if reported to the police: `true`, `false`, or `unknown`. */
  readonly crime: CrimeStatus;
  /** How precisely the date is known: `month` reads it as any time in that London month, each way that keeps a route. Default `day`. */
  readonly precision?: 'day' | 'month';
  /** Opaque ids of the abuser(s) involved, where known. */
  readonly perpetrators?: readonly string[];
}

/**
 * A previous MARAC referral of the same victim.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface MaracReferralRecord {
  /** The caller's opaque id for the referral. */
  readonly id?: string;
  /** When the referral was made (ISO 8601 with offset). */
  readonly date: string;
  /** Opaque ids of the abuser(s) the referral concerns, where known. */
  readonly perpetrators?: readonly string[];
}

/**
 * Everything a MARAC check looks at. All optional except `now`: a check with
 * no assessment still looks at judgement, escalation and repeats.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface MaracCheckInput {
  /** The moment of the check (ISO 8601 with offset), supplied by the caller. */
  readonly now: string;
  /** The victim's age in whole years, when known. */
  readonly victimAge?: number;
  /** The latest assessment result (with any judgement recorded on it): a checklist (DASH) or a DARA result. */
  readonly assessment?: AssessmentResult | DaraResult;
  /**
   * Instead of `assessment`: the count a practitioner read off a completed
   * paper (or other) checklist that was not scored by this library. The
   * decision marks it as such; the library never saw the answers, so it gives
   * no red flags or judgement from it.
   */
  readonly paperCount?: PaperCount;
  /** Every known abuse event between the same victim and abuser(s), including the current one, in any order. */
  readonly events?: readonly AbuseEvent[];
  /** Previous MARAC referrals of the victim, in any order. */
  readonly previousReferrals?: readonly MaracReferralRecord[];
  /** A practitioner's referral on professional judgement, with reasons. */
  readonly professionalJudgement?: JudgementReferral;
}

/**
 * The MARAC referral routes: the four SafeLives routes, and `graded-high-risk`
 * (a structured-judgement grade such as DARA "high", where an area's policy
 * makes it a route).
 *
 * @since 0.1.0
 * @category MARAC
 */
export type MaracRouteId = 'visible-high-risk' | 'graded-high-risk' | 'professional-judgement' | 'potential-escalation' | 'repeat';

/**
 * An event as cited in evidence.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface EventRef {
  /** The caller's id, or null. */
  readonly id: string | null;
  /** When it happened. */
  readonly date: string;
}

/**
 * A count read off a completed checklist that this library did not score (a
 * paper form, another system's total), for a MARAC check: which checklist,
 * how many questions were answered yes, and how many were not answered yes or
 * no (don't know, declined, left blank), so the check can say when the unknown
 * questions could reach the threshold.
 *
 * @example
 * ```ts
 * checkMarac({ now: '2025-06-01T12:00:00Z', victimAge: 30, paperCount: { instrument: { id: 'dash-ric', edition: '2009' }, count: 15, unknown: 2 } });
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export interface PaperCount {
  /** The checklist and edition of the form (a counted checklist in the registry, such as `dash-ric` 2009). */
  readonly instrument: InstrumentRef;
  /** Questions answered yes. */
  readonly count: number;
  /** Questions answered don't know, declined or left blank. */
  readonly unknown: number;
  /** The caller's opaque id for the form, if any. */
  readonly id?: string;
  /** When the form was completed (ISO 8601 with offset), if known. */
  readonly assessedAt?: string;
}

/**
 * Evidence for the visible-high-risk route.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface VisibleHighRiskEvidence {
  /** Always `count`. */
  readonly kind: 'count';
  /** The yes count, or null without an assessment. */
  readonly count: number | null;
  /** The threshold of the policy. */
  readonly threshold: number;
  /** Items don't know, declined or unanswered on the assessment (null without one). */
  readonly unknown: number | null;
  /** The edition the count came from, or null. */
  readonly instrument: InstrumentRef | null;
  /** The id of the assessment the count came from, or null. */
  readonly assessmentId: string | null;
  /** When that assessment was completed, or null. */
  readonly assessedAt: string | null;
  /** Where the count came from: a library `result`, a `paper-count` given by the caller (not scored by da-risk), or null without either. */
  readonly from: 'result' | 'paper-count' | null;
}

/**
 * Evidence for the graded-high-risk route.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface GradedHighRiskEvidence {
  /** Always `grade`. */
  readonly kind: 'grade';
  /** The final grade on the assessment, or null. */
  readonly grade: RiskLevel | null;
  /** The grade that meets the route, or null when the policy has no such route. */
  readonly level: RiskLevel | null;
  /** The edition the grade came from, or null. */
  readonly instrument: InstrumentRef | null;
  /** The id of the assessment the grade came from, or null. */
  readonly assessmentId: string | null;
  /** When that assessment was completed, or null. */
  readonly assessedAt: string | null;
}

/**
 * Evidence for the professional-judgement route.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface ProfessionalJudgementEvidence {
  /** Always `judgement`. */
  readonly kind: 'judgement';
  /**
   * Where the judgement came from: `input` (the check's `professionalJudgement`),
   * `assessment-referral` (a referral recorded on the result), `assessment-final-high`
   * (a final level of high set by judgement, where the policy counts it), or null.
   */
  readonly source: 'input' | 'assessment-referral' | 'assessment-final-high' | null;
  /** Who, or null. */
  readonly by: string | null;
  /** When, or null. */
  readonly at: string | null;
  /** The practitioner's reasons, or null. */
  readonly rationale: string | null;
  /** The id of the assessment the judgement is recorded on, or null. */
  readonly assessmentId: string | null;
  /** Red flags on the assessments looked at that call for judgement. */
  readonly redFlags: readonly string[];
}

/**
 * The first and last London calendar dates of a window in months or days
 * (both inclusive).
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface WindowDates {
  /** First London date (`YYYY-MM-DD`). */
  readonly from: string;
  /** Last London date (`YYYY-MM-DD`). */
  readonly to: string;
}

/**
 * Evidence for the potential-escalation route.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface PotentialEscalationEvidence {
  /** Always `events`. */
  readonly kind: 'events';
  /** Start of the window (inclusive): the start of its first London date, or an exact instant for an hour window. */
  readonly windowStart: string;
  /** End of the window: `now` (inclusive). */
  readonly windowEnd: string;
  /** The window's London dates (both inclusive), or null for an hour window. */
  readonly windowDates: WindowDates | null;
  /** Events needed. */
  readonly minEvents: number;
  /** Which reports count. */
  readonly reportedTo: 'any-agency' | readonly Agency[];
  /** The events counted, oldest first. */
  readonly counted: readonly EventRef[];
  /** Events before the window. */
  readonly beforeWindow: number;
  /** Events inside the window not reported to an agency the policy counts. */
  readonly notReportedToCountedAgency: number;
  /** Events dated after `now` (not counted). */
  readonly afterNow: number;
}

/**
 * Evidence for the repeat route.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface RepeatEvidence {
  /** Always `repeat`. */
  readonly kind: 'repeat';
  /** The referral the counted incidents repeat (the latest one before them), or the latest referral on or before `now`, or null. */
  readonly lastReferral: EventRef | null;
  /** The last instant of the repeat window after that referral (the end of its last London date), or null. */
  readonly windowEnd: string | null;
  /** The repeat window's London dates (both inclusive), or null. */
  readonly windowDates: WindowDates | null;
  /** Which incidents count; null where the policy has no repeat route. */
  readonly counts: 'any-abuse' | 'crime-only' | null;
  /** Incidents of abuse after a referral, inside its window and not yet followed by another referral, oldest first. */
  readonly incidents: readonly EventRef[];
  /** Incidents in a window not counted because they would not be crimes (`crime-only` policies). */
  readonly notCrime: number;
  /** Counted incidents whose crime status is unknown (never read as "not a crime"). */
  readonly crimeUnknown: number;
  /** Incidents not counted because both they and every earlier referral name abusers and share none. */
  readonly otherPerpetrator: number;
  /** Counted incidents whose link to the referral's abuser(s) could not be checked (one side names none). */
  readonly linkNotChecked: number;
  /** Events and referrals dated after `now` (not counted). */
  readonly afterNow: number;
}

/**
 * One route's outcome.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface MaracRoute {
  /** The route. */
  readonly id: MaracRouteId;
  /** Short title. */
  readonly title: string;
  /** Whether the route's criterion is met. */
  readonly met: boolean;
  /** Whether meeting it is a referral under the policy (potential escalation may only prompt an assessment). */
  readonly referral: boolean;
  /** Where the rule comes from. */
  readonly basis: PolicyBasis;
  /** Plain-language explanation. */
  readonly reason: string;
  /** The evidence looked at. */
  readonly evidence:
    | VisibleHighRiskEvidence
    | GradedHighRiskEvidence
    | ProfessionalJudgementEvidence
    | PotentialEscalationEvidence
    | RepeatEvidence;
}

/**
 * An action a MARAC decision requires or recommends besides the MARAC
 * referral itself: a children's safeguarding referral for a victim under 18,
 * marked required whatever the routes (under 16 it replaces MARAC; at 16 or
 * 17 it is made as well as any MARAC referral). The library never returns
 * `consider` now; the value remains so that decisions stored before the
 * rule changed still read.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface MaracAction {
  /** The action. */
  readonly id: 'childrens-safeguarding-referral';
  /** `required`; `consider` appears only in decisions stored before every child's referral was made required. */
  readonly status: 'required' | 'consider';
  /** Where the rule comes from. */
  readonly basis: PolicyBasis;
  /** The source in words. */
  readonly source: string;
  /** Plain-language reason. */
  readonly reason: string;
}

/**
 * The outcome of a MARAC check:
 * - `refer-to-marac` — at least one referral route is met and the victim is 16 or over (or age not given); a
 *   victim of 16 or 17 also needs a children's safeguarding referral (see `actions`);
 * - `no-referral` — no referral route is met;
 * - `children-safeguarding` — the victim is under 16: MARAC is not the route; refer to children's safeguarding.
 *
 * @since 0.1.0
 * @category MARAC
 */
export type MaracOutcome = 'refer-to-marac' | 'no-referral' | 'children-safeguarding';

/**
 * A MARAC decision that explains itself. Frozen and JSON-serialisable.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface MaracDecision {
  /** Format version of the decision. */
  readonly decisionFormat: 1;
  /** The outcome. */
  readonly outcome: MaracOutcome;
  /** Whether to refer to MARAC. */
  readonly refer: boolean;
  /** Ids of the routes whose criterion is met and which are referral routes. */
  readonly routesMet: readonly MaracRouteId[];
  /** Every route, met or not: visible high risk, graded high risk, professional judgement, potential escalation, repeat. */
  readonly routes: readonly MaracRoute[];
  /** The victim's age as given, or null. */
  readonly victimAge: number | null;
  /** When the check was made. */
  readonly now: string;
  /** The MARAC policy used. */
  readonly policy: PolicyRef & { readonly basis: PolicyBasis };
  /** Plain-language reasons. */
  readonly reasons: readonly string[];
  /** Notices (age not given, policy basis, a high level not referred under a route). */
  readonly notices: readonly Notice[];
  /** Actions required or recommended besides the referral: a children's safeguarding referral for a victim under 18. */
  readonly actions: readonly MaracAction[];
  /** For a check over a case: the episode read and the assessment that governs it; null for a check of one assessment. */
  readonly episode: CaseEpisode | null;
}

