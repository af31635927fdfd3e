/**
 * The episode rule over a case: every assessment since the last recorded
 * closure, within the policy window, of every instrument; the highest final
 * level governs; a drop is flagged; a high level never followed by a MARAC
 * referral or a recorded decision not to refer is flagged, inside the window
 * or not. Nothing leaves the episode silently: an assessment that leaves the
 * window with a higher level is flagged, and a window with no assessment in
 * it keeps the last known picture and asks for a reassessment.
 *
 * @module
 */
import type { CaseAssessment, CaseRecord } from '../../../src/model/case.js';
import { endOfLondonDay, isCalendarDuration, londonDate, londonDayOf, windowStart } from '../../../src/model/calendar.js';
import { describeDuration, toIso } from '../../../src/model/dates.js';
import type { CaseEpisode, EpisodeAssessment, EpisodeClosure, EpisodeFlag, EpisodePolicy, LevelledAssessment } from '../../../src/model/episode.js';
import { compareLevels, type RiskLevel } from '../../../src/model/levels.js';
import type { AuditEvent } from '../../../src/model/result.js';
import type { Reason, ReasonAnswer } from '../../../src/core/marac.js';
import { samePersonKey } from '../../../src/model/text.js';
import { assessmentsAsOf, finalLevel, timelineOf, type Dated, type Timeline } from './timeline.js';
import { parseInstant, readInstant } from '../../../src/common/instant.js';

/** An episode with the dated assessments it holds, for the case checks. @internal */
export interface EpisodeView {
  readonly episode: CaseEpisode;
  /** Assessments in the episode (on or before the check), oldest first: they govern. */
  readonly assessments: readonly Dated<CaseAssessment>[];
  /** Every assessment since the last closure (on or before the check), oldest first: their reasons to refer never expire. */
  readonly sinceClosure: readonly Dated<CaseAssessment>[];
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
    scale: result.kind === 'rim' ? result.household.highestFinal : null,
  });
}

function describe(assessment: EpisodeAssessment): string {
  return `assessment ${assessment.assessmentId} (${assessment.instrument.id} ${assessment.instrument.edition}, ${assessment.date})`;
}

/**
 * The reason a level (or above) gives on an assessment: from the earliest of
 * the trailing run of recorded decisions that kept the level at or above it
 * (with whose decisions they were), or from the completion of the assessment
 * when its computed level was already there. A referral or a decision not to
 * refer answers it only when it comes at or after that instant.
 *
 * @internal
 */
export function reasonOf(dated: Dated<CaseAssessment>, level: RiskLevel, instant: (text: string) => number | undefined): Reason {
  const result = dated.item.result;
  if (result.kind === 'rim') return { at: dated.at, judges: [] };
  const history: readonly AuditEvent[] = result.history;
  let since: number | null = null;
  const judges: string[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const event = history[i]!;
    if (typeof event.to !== 'string' || compareLevels(event.to, level) < 0) break;
    since = instant(event.at) ?? since;
    judges.push(event.by);
    if (i === 0) {
      // The run reaches back to the first decision: the level was there from the start
      // when the first decision did not raise it (a computed level at or above it).
      const computed = result.kind === 'checklist' ? (result.computed?.level ?? null) : null;
      if (event.action !== 'set' && computed !== null && compareLevels(computed, level) >= 0) since = dated.at;
    }
  }
  if (history.length === 0) since = dated.at;
  return { at: Math.max(since ?? dated.at, dated.at), judges };
}

// The assessment ids a decision names, as a set built once per decision (a decision may name up
// to 1,000 assessments, and every assessment of a case asks each decision).
const DECISION_IDS = new WeakMap<object, ReadonlySet<string>>();

function idsOf(decision: { readonly assessmentIds: readonly string[] }): ReadonlySet<string> {
  let ids = DECISION_IDS.get(decision);
  if (ids === undefined) {
    ids = new Set(decision.assessmentIds);
    DECISION_IDS.set(decision, ids);
  }
  return ids;
}

/**
 * What answered a reason on an assessment: the first MARAC referral at or
 * after the reason and on or before `now`, or the first recorded decision not
 * to refer that names the assessment, at or after the reason and on or before
 * `now`, made by the practitioners whose judgement gave the reason or with an
 * authoriser other than the person deciding. Null when nothing did.
 *
 * @internal
 */
export function answeredBetween(
  timeline: Timeline,
  now: number,
  reason: Reason,
  assessmentId: string | null,
  referralsOnly = false,
): ReasonAnswer | null {
  let answer: ReasonAnswer | null = null;
  for (const dated of timeline.referrals) {
    // A referral held only as a date reaches to the end of its London date.
    const reach = dated.item.dateOnly === true ? endOfLondonDay(londonDayOf(dated.at)) : dated.at;
    if (reach >= reason.at && dated.at <= now) {
      answer = { kind: 'referral', at: dated.at, date: dated.item.date, by: null };
      break;
    }
  }
  if (referralsOnly || assessmentId === null) return answer;
  for (const dated of timeline.decisionsNotToRefer) {
    if (dated.at < reason.at || dated.at > now) continue;
    if (answer !== null && dated.at >= answer.at) break;
    const decision = dated.item;
    if (!idsOf(decision).has(assessmentId)) continue;
    const independent = decision.authorisedBy !== undefined && samePersonKey(decision.authorisedBy) !== samePersonKey(decision.by);
    // Another practitioner's judgement is set aside only with an authoriser other than the person deciding.
    if (!independent && reason.judges.some((judge) => judge !== decision.by)) continue;
    return { kind: 'decision-not-to-refer', at: dated.at, date: decision.date, by: decision.by };
  }
  return answer;
}

function levelled(list: readonly EpisodeAssessment[]): LevelledAssessment[] {
  return list.filter((assessment): assessment is LevelledAssessment => assessment.level !== null);
}

/** The highest level of a list, the latest of equals. */
function highest(list: readonly LevelledAssessment[]): LevelledAssessment | null {
  let top: LevelledAssessment | null = null;
  for (const assessment of list) if (top === null || compareLevels(assessment.level, top.level) >= 0) top = assessment;
  return top;
}

/** Whether an assessment says anything about risk: a level, or a child's scale on a RIM. */
function counts(assessment: EpisodeAssessment): boolean {
  return assessment.level !== null || assessment.scale !== null;
}

/** The instant of the latest decision recorded on a result (as it stood at the check), or null. */
function lastDecisionAt(dated: Dated<CaseAssessment>): number | null {
  const history = dated.item.result.history;
  const last = history[history.length - 1];
  return last === undefined ? null : (parseInstant(last.at) ?? null);
}

function isOpenHigh(timeline: Timeline, now: number, dated: Dated<CaseAssessment>): boolean {
  return finalLevel(dated.item.result) === 'high' && answeredBetween(timeline, now, reasonOf(dated, 'high', parseInstant), dated.item.id) === null;
}

/**
 * The episode of a case at `now` under a policy, with its dated assessments.
 *
 * @internal
 */
export function episodeView(timeline: Timeline, now: number, nowText: string, policy: EpisodePolicy): EpisodeView {
  const closures = timeline.closures.filter((closure) => closure.at <= now);
  const lastClosure = closures[closures.length - 1] ?? null;
  // Every result as it stood at the check: decisions recorded after it are not read.
  const done = assessmentsAsOf(timeline, now);
  const after = timeline.assessments.length - done.length;
  // A closure ends what came before it. An assessment at the same moment, or one on which a decision was
  // recorded after the closure (a raise, a regrade), belongs to the new episode.
  const reopened = new Set<Dated<CaseAssessment>>();
  const sinceClosure =
    lastClosure === null
      ? done
      : done.filter((a) => {
          if (a.at >= lastClosure.at) return true;
          const decided = lastDecisionAt(a);
          if (decided !== null && decided >= lastClosure.at) {
            reopened.add(a);
            return true;
          }
          return false;
        });
  const refs = new Map(sinceClosure.map((dated) => [dated, ref(dated)]));
  const windowFrom = windowStart(now, policy.window);
  let startedBy: CaseEpisode['startedBy'] = 'window';
  let start = windowFrom;
  const counting = sinceClosure.filter((a) => counts(refs.get(a)!));
  const latestCounting = counting[counting.length - 1];
  // Nothing newer is known: the last known picture stands, counted back from the latest assessment.
  const stale = latestCounting !== undefined && latestCounting.at < windowFrom && !reopened.has(latestCounting);
  if (stale) {
    startedBy = 'latest-assessment';
    start = windowStart(latestCounting.at, policy.window);
  }
  if (lastClosure !== null && lastClosure.at >= start) {
    startedBy = 'closure';
    start = lastClosure.at;
  }
  // A high level that no referral and no decision not to refer has answered never leaves the episode.
  const open = new Set(sinceClosure.filter((dated) => isOpenHigh(timeline, now, dated)));
  const kept = (a: Dated<CaseAssessment>) => a.at >= start || open.has(a) || reopened.has(a);
  const inEpisode = sinceClosure.filter(kept);
  const outside = sinceClosure.filter((a) => !kept(a));
  const before = done.length - inEpisode.length;
  const startDate = londonDate(start);
  const assessments = inEpisode.map((a) => refs.get(a)!);
  const older = inEpisode.filter((a) => a.at < start).length;

  const flags: EpisodeFlag[] = [];
  let top: LevelledAssessment | null = null;
  for (const current of levelled(assessments)) {
    if (top !== null && compareLevels(current.level, top.level) < 0) {
      flags.push(
        Object.freeze({
          id: 'level-dropped' as const,
          from: top,
          to: current,
          reason: `Level dropped: ${describe(current)} is ${current.level}, below ${top.level} on ${describe(top)} earlier in the episode. Check what changed and why before relying on the lower level: a drop never removes a referral route or lowers the level the case is managed at by itself.`,
        }),
      );
    }
    if (top === null || compareLevels(current.level, top.level) >= 0) top = current;
  }
  const governing = top;

  const left = highest(levelled(outside.map((a) => refs.get(a)!)));
  if (left !== null && (governing === null || compareLevels(left.level, governing.level) > 0)) {
    flags.push(
      Object.freeze({
        id: 'left-window' as const,
        from: left,
        to: governing,
        reason: `Older than the window: ${describe(left)} is ${left.level} and no longer governs: it is older than ${describeDuration(policy.window)}, its reasons to refer were answered, a newer assessment is on record, and no closure was recorded. Check that the newer assessment reflects the risk, or close the case with reasons.`,
      }),
    );
  }
  const severeOutside = [...outside].reverse().find((a) => refs.get(a)!.scale === 4);
  if (severeOutside !== undefined && !assessments.some((a) => a.scale === 4)) {
    flags.push(
      Object.freeze({
        id: 'left-window' as const,
        from: refs.get(severeOutside)!,
        to: null,
        reason: `Older than the window: ${describe(refs.get(severeOutside)!)} put a child at RIM scale 4; it is older than ${describeDuration(policy.window)} and a newer assessment is on record, so it no longer keeps the case high risk. Redo the matrix, or close the case with reasons.`,
      }),
    );
  }
  // Raised whenever nothing was assessed in the window, a closure before the latest assessment or not.
  if (stale && latestCounting !== undefined) {
    const latest = refs.get(latestCounting)!;
    flags.push(
      Object.freeze({
        id: 'no-assessment-in-window' as const,
        from: latest,
        to: null,
        reason: `No assessment in the ${describeDuration(policy.window)} to the check${startedBy === 'closure' ? ' since the closure' : ' and no closure'}: the last known assessments still stand (the latest is ${describe(latest)}). Reassess, or close the case with reasons.`,
      }),
    );
  }
  // A reason to refer never expires with the window: every open high since the last closure is flagged.
  for (const dated of sinceClosure) {
    if (!open.has(dated)) continue;
    const current = refs.get(dated)!;
    flags.push(
      Object.freeze({
        id: 'high-not-referred' as const,
        from: current,
        to: null,
        reason: `High and not referred: ${describe(current)} has a final level of high, and no MARAC referral and no recorded decision not to refer has followed it${dated.at < start ? ' (it is older than the episode window, and stays in the episode: a reason to refer never expires)' : ''}. It stays a reason to refer, and keeps the case high risk, until one is recorded.`,
      }),
    );
  }
  // Every closure inside the window: was anything high and unanswered in the episode it ended?
  closures.forEach((closure, index) => {
    if (closure.at < windowFrom && closure !== lastClosure) return;
    const previous = closures[index - 1];
    const ended = assessmentsAsOf(timeline, closure.at).filter((a) => a.at < closure.at && (previous === undefined || a.at >= previous.at));
    for (const dated of ended) {
      if (!isOpenHigh(timeline, closure.at, dated)) continue;
      const closed = ref(dated);
      flags.push(
        Object.freeze({
          id: 'closed-with-reason-open' as const,
          from: closed,
          to: null,
          reason: `Closed with a reason to refer open: the case was closed on ${closure.item.date} by ${closure.item.by} while ${describe(closed)} was high and neither referred nor decided on. The closure is on the record; check it was meant.`,
        }),
      );
    }
  });

  const closure: EpisodeClosure | null =
    lastClosure === null ? null : Object.freeze({ id: lastClosure.item.id ?? null, date: lastClosure.item.date, by: lastClosure.item.by });
  const span = isCalendarDuration(policy.window)
    ? `the ${describeDuration(policy.window)} from ${startDate} (London dates, both inclusive)`
    : `the ${describeDuration(policy.window)} from ${toIso(start)}`;
  const opened =
    startedBy === 'closure'
      ? `since the case was closed on ${lastClosure!.item.date} by ${lastClosure!.item.by}`
      : startedBy === 'window'
        ? `in ${span}, the policy window, as no closure is recorded inside it`
        : `in ${span} to the latest assessment, as no assessment is in the window to the check`;
  const kept_ =
    older > 0
      ? ` That includes ${older} older assessment${older === 1 ? '' : 's'} kept in it: a reason to refer still open, or a decision recorded after the closure.`
      : '';
  const reasons: string[] = [
    `Episode under ${policy.id} version ${policy.version}: ${assessments.length} assessment${assessments.length === 1 ? '' : 's'} ${opened}, of every instrument.${kept_}${before > 0 ? ` ${before} earlier assessment${before === 1 ? ' is' : 's are'} on record outside it.` : ''}${after > 0 ? ` ${after} assessment${after === 1 ? ' is' : 's are'} dated after the time of the check and ${after === 1 ? 'was' : 'were'} not read.` : ''}`,
  ];
  reasons.push(
    governing === null
      ? 'No assessment with a level in the episode: nothing governs the case yet.'
      : `Governing level ${governing.level}: ${describe(governing)} has the highest final level in the episode${inEpisode.length > 1 ? ' (the latest of any equal ones)' : ''}. A later, lower assessment never replaces it. Only a recorded decision changes that: a judgement on that assessment where the policy allows the lowering, or a closure; once a referral or a decision not to refer has answered it, it also stops governing when it is older than the window and a newer assessment is on record.`,
  );
  for (const flag of flags) reasons.push(flag.reason);

  const episode: CaseEpisode = Object.freeze({
    policy: Object.freeze({ id: policy.id, version: policy.version, basis: policy.basis }),
    now: nowText,
    startsAt: toIso(start),
    startDate,
    startedBy,
    closure,
    assessments: Object.freeze(assessments),
    before,
    after,
    governing,
    flags: Object.freeze(flags),
    reasons: Object.freeze(reasons),
  });
  return { episode, assessments: inEpisode, sinceClosure, start };
}

/**
 * The current episode of a case at `now`: every assessment, of every
 * instrument, since the last recorded closure and within the policy window
 * (London calendar dates, both ends inclusive); when the window holds no
 * assessment with a level, the window back from the latest one instead. The
 * assessment that governs (the highest final level, the latest of equals) and
 * why; flags for a drop in level (`level-dropped`), a high level not referred
 * (`high-not-referred`, inside the window or not), a higher assessment that
 * left the window (`left-window`), no assessment in the window
 * (`no-assessment-in-window`) and a closure with a reason to refer open
 * (`closed-with-reason-open`). A MARAC referral does not end the episode.
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
 * episode.flags.map((f) => f.id); // ['level-dropped', 'high-not-referred']
 * ```
 * @since 0.1.0
 */
export function caseEpisode(record: CaseRecord, now: string, policy: EpisodePolicy): CaseEpisode {
  return episodeView(timelineOf(record), readInstant(now, ['now']), now, policy).episode;
}
