/**
 * The episode rule over a case: every assessment since the last recorded
 * closure, within the policy window, of every instrument; the highest final
 * level governs; a drop is flagged; a high level never followed by a MARAC
 * referral or a recorded decision not to refer is flagged.
 *
 * @module
 */
import type { CaseAssessment, CaseClosure, CaseRecord } from '../../model/case.js';
import { londonDate, windowStart } from '../../model/calendar.js';
import { describeDuration, parseInstant, toIso } from '../../model/dates.js';
import type { CaseEpisode, EpisodeAssessment, EpisodeClosure, EpisodeFlag, EpisodePolicy, LevelledAssessment } from '../../model/episode.js';
import { compareLevels, type RiskLevel } from '../../model/levels.js';
import type { AuditEvent } from '../../model/result.js';
import type { ReasonAnswer } from '../marac.js';
import { nowOf } from './triggers.js';
import { finalLevel, timelineOf, type Dated, type Timeline } from './timeline.js';

/** An episode with the dated assessments it holds, for the case checks. @internal */
export interface EpisodeView {
  readonly episode: CaseEpisode;
  /** Assessments in the episode (on or before the check), oldest first. */
  readonly assessments: readonly Dated<CaseAssessment>[];
  /** The first instant of the episode. */
  readonly start: number;
}

function ref(dated: Dated<CaseAssessment>): EpisodeAssessment {
  const result = dated.item.result;
  return Object.freeze({
    assessmentId: dated.item.id,
    date: dated.item.date,
    instrument: Object.freeze({ id: result.instrument.id, edition: result.instrument.edition }),
    level: finalLevel(result),
  });
}

function describe(assessment: EpisodeAssessment): string {
  return `assessment ${assessment.assessmentId} (${assessment.instrument.id} ${assessment.instrument.edition}, ${assessment.date})`;
}

/**
 * The first instant a reason at `level` (or above) held without a break on an
 * assessment: the earliest of the trailing run of recorded decisions that
 * kept the level at or above it, or the completion of the assessment when its
 * computed or first level was already there. A referral or a decision not to
 * refer answers the reason only when it comes at or after this instant.
 *
 * @internal
 */
export function reasonSince(dated: Dated<CaseAssessment>, level: RiskLevel, instant: (text: string) => number | undefined): number {
  const result = dated.item.result;
  if (result.kind === 'rim') return dated.at;
  const history: readonly AuditEvent[] = result.history;
  let since: number | null = null;
  for (let i = history.length - 1; i >= 0; i--) {
    const event = history[i]!;
    if (typeof event.to !== 'string' || compareLevels(event.to, level) < 0) break;
    since = instant(event.at) ?? since;
    if (i === 0) {
      // The run reaches back to the first decision: the level was there from the start
      // when the first decision did not raise it (a computed level at or above it).
      const computed = result.kind === 'checklist' ? (result.computed?.level ?? null) : null;
      if (event.action !== 'set' && computed !== null && compareLevels(computed, level) >= 0) since = dated.at;
    }
  }
  if (history.length === 0) since = dated.at;
  return Math.max(since ?? dated.at, dated.at);
}

/**
 * The first referral or decision not to refer (only a referral, with
 * `referralsOnly`) at or after `since` and on or before `now`, or null.
 *
 * @internal
 */
export function answeredBetween(timeline: Timeline, since: number, now: number, referralsOnly = false): ReasonAnswer | null {
  let best: ReasonAnswer | null = null;
  for (const dated of timeline.referrals) {
    if (dated.at >= since && dated.at <= now) {
      best = { kind: 'referral', at: dated.at, date: dated.item.date, by: null };
      break;
    }
  }
  for (const dated of referralsOnly ? [] : timeline.decisionsNotToRefer) {
    if (dated.at >= since && dated.at <= now) {
      if (best === null || dated.at < best.at) best = { kind: 'decision-not-to-refer', at: dated.at, date: dated.item.date, by: dated.item.by };
      break;
    }
  }
  return best;
}

/**
 * The episode of a case at `now` under a policy, with its dated assessments.
 *
 * @internal
 */
export function episodeView(timeline: Timeline, now: number, nowText: string, policy: EpisodePolicy): EpisodeView {
  const windowFrom = windowStart(now, policy.window);
  let lastClosure: Dated<CaseClosure> | null = null;
  for (const closure of timeline.closures) if (closure.at <= now) lastClosure = closure;
  const byClosure = lastClosure !== null && lastClosure.at >= windowFrom;
  const start = byClosure ? lastClosure!.at : windowFrom;
  const done = timeline.assessments.filter((a) => a.at <= now);
  // After a closure the episode holds what came after it; otherwise the window holds both its end dates.
  const inEpisode = done.filter((a) => (byClosure ? a.at > start : a.at >= start));
  const before = done.length - inEpisode.length;
  const assessments = inEpisode.map(ref);

  const flags: EpisodeFlag[] = [];
  let top: LevelledAssessment | null = null;
  inEpisode.forEach((dated, index) => {
    const current = assessments[index]!;
    if (current.level === null) return;
    const levelled = current as LevelledAssessment;
    if (top !== null && compareLevels(levelled.level, top.level) < 0) {
      flags.push(
        Object.freeze({
          id: 'level-dropped' as const,
          from: top,
          to: levelled,
          reason: `Level dropped: ${describe(levelled)} is ${levelled.level}, below ${top.level} on ${describe(top)} earlier in the episode. Check what changed and why before relying on the lower level: a drop never removes a referral route or lowers the level the case is managed at by itself; only a recorded judgement on the earlier assessment, or a closure, does.`,
        }),
      );
    }
    if (top === null || compareLevels(levelled.level, top.level) >= 0) top = levelled;
    if (levelled.level === 'high') {
      const since = reasonSince(dated, 'high', parseInstant);
      if (answeredBetween(timeline, since, now) === null) {
        flags.push(
          Object.freeze({
            id: 'high-not-referred' as const,
            from: levelled,
            to: null,
            reason: `High and not referred: ${describe(levelled)} has a final level of high, and no MARAC referral and no recorded decision not to refer has followed it. It stays a reason to refer until one is recorded.`,
          }),
        );
      }
    }
  });
  const governing = top as LevelledAssessment | null;

  const closure: EpisodeClosure | null = byClosure
    ? Object.freeze({ id: lastClosure!.item.id ?? null, date: lastClosure!.item.date, by: lastClosure!.item.by })
    : null;
  const startDate = londonDate(start);
  const opened = byClosure
    ? `since the case was closed on ${lastClosure!.item.date} by ${lastClosure!.item.by}`
    : `in the ${describeDuration(policy.window)} from ${startDate} (London dates, both inclusive; the policy window, as no closure is recorded inside it)`;
  const reasons: string[] = [
    `Episode under ${policy.id} version ${policy.version}: ${assessments.length} assessment${assessments.length === 1 ? '' : 's'} ${opened}, of every instrument.${before > 0 ? ` ${before} earlier assessment${before === 1 ? ' is' : 's are'} on record outside it.` : ''}`,
  ];
  reasons.push(
    governing === null
      ? 'No assessment with a level in the episode: nothing governs the case yet.'
      : `Governing level ${governing.level}: ${describe(governing)} has the highest final level in the episode${inEpisode.length > 1 ? ' (the latest of any equal ones)' : ''}. A later, lower assessment never replaces it; a recorded judgement on that assessment, or a closure, does.`,
  );
  for (const flag of flags) reasons.push(flag.reason);

  const episode: CaseEpisode = Object.freeze({
    policy: Object.freeze({ id: policy.id, version: policy.version, basis: policy.basis }),
    now: nowText,
    startsAt: toIso(start),
    startDate,
    startedBy: byClosure ? ('closure' as const) : ('window' as const),
    closure,
    assessments: Object.freeze(assessments),
    before,
    governing,
    flags: Object.freeze(flags),
    reasons: Object.freeze(reasons),
  });
  return { episode, assessments: inEpisode, start };
}

/**
 * The current episode of a case at `now`: every assessment, of every
 * instrument, since the last recorded closure and within the policy window
 * (London calendar dates, both ends inclusive); the assessment that governs
 * (the highest final level, the latest of equals) and why; a `level-dropped`
 * flag for each assessment below a higher earlier one; and a
 * `high-not-referred` flag for each high level that no MARAC referral and no
 * recorded decision not to refer has followed. A MARAC referral does not end
 * the episode.
 *
 * @param record - the case
 * @param now - the moment of the check
 * @param policy - the episode policy
 * @returns the frozen episode
 *
 * @example
 * ```ts
 * const episode = caseEpisode(record, '2025-03-11T09:00:00Z', episodeDefaults);
 * episode.governing; // { assessmentId: 'dash-1', level: 'high', … } although a later DARA was graded standard
 * episode.flags.map((f) => f.id); // ['high-not-referred', 'level-dropped']
 * ```
 * @since 0.2.0
 */
export function caseEpisode(record: CaseRecord, now: string, policy: EpisodePolicy): CaseEpisode {
  return episodeView(timelineOf(record), nowOf(now), now, policy).episode;
}
