/**
 * The episode rule: which assessments of a case count now, and which of them
 * governs. Case checks (MARAC, the review clock, the safety plan, the level of
 * intervention) read every assessment of the current episode, never only the
 * latest one.
 *
 * @module
 */
import type { Duration } from './dates.js';
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
 * @since 0.2.0
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
 * @since 0.2.0
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
}

/**
 * An assessment with a level.
 *
 * @since 0.2.0
 */
export interface LevelledAssessment extends EpisodeAssessment {
  /** Its final level. */
  readonly level: RiskLevel;
}

/**
 * A flag on the episode:
 * - `level-dropped` — an assessment's final level is below the highest earlier one in the
 *   episode (a later, lower assessment never replaces an earlier, higher one; check what changed);
 * - `high-not-referred` — an assessment's final level is high, and no MARAC referral and no
 *   recorded decision not to refer followed it.
 *
 * @since 0.2.0
 */
export interface EpisodeFlag {
  /** The flag. */
  readonly id: 'level-dropped' | 'high-not-referred';
  /** For `level-dropped`: the earlier, higher assessment; for `high-not-referred`: the assessment. */
  readonly from: LevelledAssessment;
  /** For `level-dropped`: the later, lower assessment; null otherwise. */
  readonly to: LevelledAssessment | null;
  /** What to do, in plain language. */
  readonly reason: string;
}

/**
 * A practitioner's recorded decision to close a case: it ends the episode.
 *
 * @since 0.2.0
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
 * @since 0.2.0
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
  /** What set the start: the last recorded `closure`, or the policy `window`. */
  readonly startedBy: 'closure' | 'window';
  /** The closure that ended the previous episode, when it set the start. */
  readonly closure: EpisodeClosure | null;
  /** Every assessment in the episode, of every instrument, oldest first. */
  readonly assessments: readonly EpisodeAssessment[];
  /** Assessments on record before the episode (not read by case checks). */
  readonly before: number;
  /** The assessment that governs: the highest final level in the episode (the latest of equals), or null. */
  readonly governing: LevelledAssessment | null;
  /** Flags: `level-dropped`, `high-not-referred`. */
  readonly flags: readonly EpisodeFlag[];
  /** Plain-language reasons: the episode, the governing assessment and why, each flag. */
  readonly reasons: readonly string[];
}
