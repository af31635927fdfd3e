/**
 * The episode rule: which assessments of a case count now, and which of them
 * governs. Case checks (MARAC, the review clock, the safety plan, the level of
 * intervention) read every assessment of the current episode, never only the
 * latest one.
 *
 * @module
 */
import type { Duration } from './dates.js';
import type { RimScale } from './grades.js';
import type { InstrumentRef } from './instrument.js';
import type { RiskLevel } from './levels.js';
import type { PolicyBasis, PolicyRef } from './policy.js';

/**
 * How far an episode reaches. An episode is every assessment, of every
 * instrument, since the case's last recorded closure, and at most `window`
 * back from the check (counted on London calendar dates, both ends
 * inclusive). A MARAC referral does not end an episode: it answers the reasons
 * to refer that came before it, and the case stays governed by the level that
 * led to it.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface EpisodePolicy {
  /** Always `episode`. */
  readonly kind: 'episode';
  /** Policy id. */
  readonly id: string;
  /** Policy version. */
  readonly version: string;
  /** Where the policy as a whole comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What it does, in plain language. */
  readonly summary: string;
  /** The longest an episode reaches back from the check, without a closure. */
  readonly window: Duration;
  /** Where the window comes from. */
  readonly windowBasis: PolicyBasis;
}

/**
 * An assessment of a case, as the episode cites it.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface EpisodeAssessment {
  /** The case's id for the assessment. */
  readonly assessmentId: string;
  /** When it was completed (as the case records it). */
  readonly date: string;
  /** The edition. */
  readonly instrument: InstrumentRef;
  /** Its final level, or null for an instrument without one (a RIM, the S-DASH screen). */
  readonly level: RiskLevel | null;
  /** For a RIM: the highest final scale among the children, or null. Null for other instruments. */
  readonly scale: RimScale | null;
}

/**
 * An assessment with a level.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface LevelledAssessment extends EpisodeAssessment {
  /** Its final level. */
  readonly level: RiskLevel;
}

/**
 * A flag on the episode:
 * - `level-dropped` — an assessment's final level is below the highest earlier one in the
 *   episode (a later, lower assessment never replaces an earlier, higher one; check what changed);
 * - `high-not-referred` — an assessment since the last closure has a final level of high, and no
 *   MARAC referral and no recorded decision not to refer followed it (whether or not it is inside
 *   the window: a reason to refer never expires);
 * - `left-window` — an assessment older than the window, with a higher level than the one that
 *   governs now (or a RIM with a child at scale 4 when none in the window has one), no longer
 *   counts (no closure was recorded): check the newer one reflects the risk;
 * - `no-assessment-in-window` — no assessment with a level or a scale in the window and no closure:
 *   the last known assessments still stand, counted back from the latest; reassess, or close with reasons;
 * - `closed-with-reason-open` — a closure inside the window ended an episode while an assessment of
 *   it was high and neither referred nor decided on.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface EpisodeFlag {
  /** The flag. */
  readonly id: 'level-dropped' | 'high-not-referred' | 'left-window' | 'no-assessment-in-window' | 'closed-with-reason-open';
  /** The assessment the flag is about (for `level-dropped` and `left-window`: the earlier, higher one; a RIM at scale 4 for `left-window` too). */
  readonly from: EpisodeAssessment;
  /** For `level-dropped` and `left-window`: the assessment that now stands or governs (null when none); null otherwise. */
  readonly to: EpisodeAssessment | null;
  /** What to do, in plain language. */
  readonly reason: string;
}

/**
 * A practitioner's recorded decision to close a case: it ends the episode.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface EpisodeClosure {
  /** The caller's id, or null. */
  readonly id: string | null;
  /** When. */
  readonly date: string;
  /** Who decided (opaque id). */
  readonly by: string;
}

/**
 * The current episode of a case at the time of a check, and the assessment
 * that governs it. Carried by every case check, so each says which assessment
 * governs and why.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface CaseEpisode {
  /** The episode policy. */
  readonly policy: PolicyRef & { readonly basis: PolicyBasis };
  /** The moment of the check. */
  readonly now: string;
  /** The first instant of the episode (ISO 8601, UTC). */
  readonly startsAt: string;
  /** The London date the episode starts on. */
  readonly startDate: string;
  /**
   * What set the start: the last recorded `closure`; the policy `window` back from the check; or,
   * when the window holds no assessment with a level, the window back from the `latest-assessment`.
   */
  readonly startedBy: 'closure' | 'window' | 'latest-assessment';
  /** The closure that ended the previous episode, when it set the start. */
  readonly closure: EpisodeClosure | null;
  /** Every assessment in the episode, of every instrument, oldest first. */
  readonly assessments: readonly EpisodeAssessment[];
  /** Assessments on record before the episode (they no longer govern; their open reasons to refer still count). */
  readonly before: number;
  /** Assessments dated after the check (not read). */
  readonly after: number;
  /** The assessment that governs: the highest final level in the episode (the latest of equals), or null. */
  readonly governing: LevelledAssessment | null;
  /** Flags: `level-dropped`, `high-not-referred`, `left-window`, `no-assessment-in-window`, `closed-with-reason-open`. */
  readonly flags: readonly EpisodeFlag[];
  /** Plain-language reasons: the episode, the governing assessment and why, each flag. */
  readonly reasons: readonly string[];
}
