/**
 * The MARAC referral check over five routes, under a policy: visible high
 * risk (the count), graded high risk (a DARA grade at the level the policy
 * names), professional judgement, potential escalation and repeat. Each route
 * carries its own basis (SafeLives, local or a library default).
 * Pure: `now` and every date come from the caller. Windows in months or days
 * are counted on Europe/London calendar dates, both ends inclusive (see
 * `model/calendar.ts`).
 *
 * @module
 */
import { endOfLondonMonth, firstOfLondonMonth, windowDates, windowEnd, windowStart } from '../model/calendar.js';
import type { DaraResult } from '../model/dara.js';
import { describeDuration, toIso } from '../model/dates.js';
import type { CaseEpisode } from '../model/episode.js';
import { compareLevels, type RiskLevel } from '../model/levels.js';
import type {
  PaperCount,
  AbuseEvent,
  EventRef,
  MaracAction,
  MaracCheckInput,
  MaracDecision,
  MaracReferralRecord,
  MaracRoute,
  MaracRouteId,
} from '../model/marac.js';
import type { Agency, MaracPolicy, PolicyBasis } from '../model/policy.js';
import type { AssessmentResult, Notice } from '../model/result.js';
import { policyBasisNotice } from './policy-notice.js';
import { parseInstant, readInstant } from '../common/instant.js';
import { plural } from '../common/plural.js';
import { daRiskError } from '../errors/error.js';
import { limits } from '../model/limits.js';

interface Dated<T> {
  readonly ref: EventRef;
  /** The instant, or for a date known only to the month, the first instant of that London month. */
  readonly at: number;
  /** The same, or for a date known only to the month, the last instant of that London month. */
  readonly latest: number;
  readonly source: T;
}

/**
 * An assessment the assessment-based routes read: the result, with the id
 * and date the case gives it.
 *
 * @internal
 */
export interface RouteAssessment {
  readonly result: AssessmentResult | DaraResult;
  /** The assessment's id, or null. */
  readonly id: string | null;
  /** When it was completed, or null. */
  readonly date: string | null;
  /** That date as an instant, or null. */
  readonly at: number | null;
}

/**
 * What answered a reason to refer: a MARAC referral, or a recorded decision
 * not to refer.
 *
 * @internal
 */
export interface ReasonAnswer {
  readonly kind: 'referral' | 'decision-not-to-refer';
  readonly at: number;
  readonly date: string;
  readonly by: string | null;
}

/**
 * When a reason to refer arose on an assessment, and whose judgement gave it.
 *
 * @internal
 */
export interface Reason {
  /** The first instant the reason held without a break. */
  readonly at: number;
  /** The practitioners whose decisions gave or kept it (none for a count, which is not a judgement). */
  readonly judges: readonly string[];
}

/**
 * What the assessment-based routes read besides the check input: for a case,
 * every assessment since the last closure, and what has answered each reason.
 *
 * @internal
 */
export interface RouteContext {
  /** The assessments, oldest first. */
  readonly assessments: readonly RouteAssessment[];
  /** The reason a level (or above) gives on an assessment: since when, and whose judgement. */
  readonly reason: (assessment: RouteAssessment, level: RiskLevel) => Reason;
  /** What answered a reason on an assessment, or null (always null outside a case). */
  readonly answered: (assessment: RouteAssessment, reason: Reason) => ReasonAnswer | null;
  /** The MARAC referral at or after an instant, or null (a decision not to refer does not count here). */
  readonly referred: (since: number) => ReasonAnswer | null;
  /** The episode, for a case check. */
  readonly episode: CaseEpisode | null;
  /** The instant of the check: `input.now`, read once by whoever builds the context. */
  readonly now: number;
}

/** The reason a count gives: from the completion of the assessment, nobody's judgement. */
function countReason(assessment: RouteAssessment): Reason {
  return { at: assessment.at ?? 0, judges: [] };
}

function refOf(event: { readonly id?: string; readonly date: string }): EventRef {
  return Object.freeze({ id: event.id ?? null, date: event.date });
}

function listDates(refs: readonly EventRef[]): string {
  return refs.map((ref) => ref.date).join(', ');
}

function reportedToCounted(event: AbuseEvent, reportedTo: 'any-agency' | readonly Agency[]): boolean {
  if (reportedTo === 'any-agency') return event.reportedTo.length > 0;
  for (const agency of event.reportedTo) if (reportedTo.includes(agency)) return true;
  return false;
}

function instrumentOf(assessment: RouteAssessment | undefined) {
  return assessment === undefined
    ? null
    : Object.freeze({ id: assessment.result.instrument.id, edition: assessment.result.instrument.edition });
}

function which(assessment: RouteAssessment): string {
  const { id, edition } = assessment.result.instrument;
  const named = assessment.id === null ? '' : `, assessment ${assessment.id}${assessment.date === null ? '' : ` of ${assessment.date}`}`;
  return `${id} ${edition}${named}`;
}

function describeAnswer(answer: ReasonAnswer): string {
  return answer.kind === 'referral'
    ? `the MARAC referral of ${answer.date}`
    : `the decision not to refer recorded by ${answer.by} on ${answer.date}`;
}

/** The best of several: the highest by `rank`, the latest of equals. */
function best<T>(list: readonly T[], rank: (item: T) => number): T | undefined {
  let found: T | undefined;
  for (const item of list) if (found === undefined || rank(item) >= rank(found)) found = item;
  return found;
}

const STAYS = ' A later, lower assessment does not cancel it: it stays a reason to refer until a MARAC referral or a recorded decision not to refer.';

/** The count threshold a policy sets for an instrument, with its basis, or null. */
function countThresholdFor(policy: MaracPolicy, instrument: string): { threshold: number; basis: PolicyBasis } | null {
  const rule = policy.visibleHighRisk;
  if (rule.instruments.includes(instrument)) return rule;
  return rule.otherThresholds?.find((other) => other.instrument === instrument) ?? null;
}

/** What a reason adds when a count threshold is not SafeLives' or national. */
function thresholdNote(instrument: string, basis: PolicyBasis): string {
  if (basis === 'library-default') return ` (the threshold on ${instrument} is a da-risk default, not SafeLives’: SafeLives’ 14 is for the 24-question checklist)`;
  if (basis === 'local') return ` (the threshold on ${instrument} is a local rule)`;
  return '';
}

/** Visible high risk from a count the caller read off a form the library did not score. */
function visibleHighRiskOnPaper(paper: PaperCount, policy: MaracPolicy): MaracRoute {
  const rule = policy.visibleHighRisk;
  const limit = countThresholdFor(policy, paper.instrument.id);
  const form = `a ${paper.instrument.id} ${paper.instrument.edition} form${paper.id === undefined ? '' : ` (${paper.id}${paper.assessedAt === undefined ? '' : ` of ${paper.assessedAt}`})`}, counted by the practitioner and not scored by da-risk`;
  const evidence = Object.freeze({
    kind: 'count' as const,
    count: paper.count,
    threshold: limit?.threshold ?? rule.threshold,
    unknown: paper.unknown,
    instrument: Object.freeze({ id: paper.instrument.id, edition: paper.instrument.edition }),
    assessmentId: paper.id ?? null,
    assessedAt: paper.assessedAt ?? null,
    from: 'paper-count' as const,
  });
  const base = { id: 'visible-high-risk' as const, title: 'Visible high risk', evidence };
  if (limit === null) {
    return Object.freeze({
      ...base,
      basis: rule.basis,
      met: false,
      referral: false,
      reason: `Visible high risk not assessed: policy ${policy.id} sets no count threshold for ${paper.instrument.id} (the count is from ${form}). Use a policy that does, or a local one, and apply professional judgement.`,
    });
  }
  if (paper.count >= limit.threshold) {
    return Object.freeze({
      ...base,
      basis: limit.basis,
      met: true,
      referral: true,
      reason: `Visible high risk: the count of ${paper.count} on ${form}, meets the threshold of ${limit.threshold}${thresholdNote(paper.instrument.id, limit.basis)}.`,
    });
  }
  let reason = `Visible high risk not met: the count of ${paper.count} on ${form}, is below the threshold of ${limit.threshold}${thresholdNote(paper.instrument.id, limit.basis)}.`;
  if (paper.count + paper.unknown >= limit.threshold) {
    reason += ` ${plural(paper.unknown, 'question')} ${paper.unknown === 1 ? 'is' : 'are'} unknown, declined or unanswered and could reach it: apply professional judgement.`;
  }
  return Object.freeze({ ...base, basis: limit.basis, met: false, referral: false, reason });
}

function visibleHighRisk(context: RouteContext, policy: MaracPolicy, paper: PaperCount | undefined): MaracRoute {
  // A paper count never comes with an assessment (checkMaracTrusted refuses both), and a case check has none.
  if (paper !== undefined) return visibleHighRiskOnPaper(paper, policy);
  const rule = policy.visibleHighRisk;
  const base = { id: 'visible-high-risk' as const, title: 'Visible high risk', basis: rule.basis };
  const all = context.assessments;
  const evidenceOf = (assessment: RouteAssessment | undefined) => {
    const checklist = assessment !== undefined && assessment.result.kind === 'checklist' ? assessment.result : null;
    return Object.freeze({
      kind: 'count' as const,
      count: checklist?.count ?? null,
      threshold: (checklist === null ? null : countThresholdFor(policy, checklist.instrument.id)?.threshold) ?? rule.threshold,
      unknown: checklist?.completeness.unknown ?? null,
      instrument: instrumentOf(assessment),
      assessmentId: assessment?.id ?? null,
      assessedAt: assessment?.date ?? null,
      from: checklist === null ? null : ('result' as const),
    });
  };
  const not = (reason: string, assessment: RouteAssessment | undefined): MaracRoute =>
    Object.freeze({ ...base, met: false, referral: false, reason, evidence: evidenceOf(assessment) });
  if (all.length === 0) {
    return not(
      context.episode === null
        ? 'Visible high risk not assessed: no assessment result was given. Complete a risk assessment.'
        : `Visible high risk not assessed: no assessment is on record on or before the time of the check${context.episode.after > 0 ? ` (${context.episode.after} dated after it ${context.episode.after === 1 ? 'was' : 'were'} not read: check the dates)` : ''}. Complete a risk assessment.`,
      undefined,
    );
  }
  const checklists = all.filter((a) => a.result.kind === 'checklist');
  if (checklists.length === 0) {
    const latest = all[all.length - 1]!;
    return not(
      `Visible high risk not assessed: ${latest.result.instrument.id} has no count (its grade is looked at under graded high risk).`,
      latest,
    );
  }
  const named = checklists.filter((a) => countThresholdFor(policy, a.result.instrument.id) !== null);
  if (named.length === 0) {
    const latest = checklists[checklists.length - 1]!;
    return not(
      `Visible high risk not assessed: policy ${policy.id} sets no count threshold for ${latest.result.instrument.id}. Use a policy that does (safelives-plus-library-defaults sets 14 on the police DASH, a da-risk default) or a local one, and apply professional judgement.`,
      latest,
    );
  }
  const count = (a: RouteAssessment) => (a.result as AssessmentResult).count;
  const limitOf = (a: RouteAssessment) => countThresholdFor(policy, a.result.instrument.id)!;
  const meeting = named.filter((a) => count(a) >= limitOf(a).threshold);
  // A count is a reason from the moment the assessment was completed.
  const open = meeting.filter((a) => context.answered(a, countReason(a)) === null);
  const top = best(open, count);
  if (top !== undefined) {
    const later = context.episode !== null && top !== all[all.length - 1] ? STAYS : '';
    return Object.freeze({
      ...base,
      // The route is as firm as the threshold that was met: 14 on the police DASH is a da-risk default, not SafeLives'.
      basis: limitOf(top).basis,
      met: true,
      referral: true,
      reason: `Visible high risk: the count of ${count(top)} on ${which(top)} meets the threshold of ${limitOf(top).threshold}${thresholdNote(top.result.instrument.id, limitOf(top).basis)}.${later}`,
      evidence: evidenceOf(top),
    });
  }
  const answeredOne = meeting[meeting.length - 1];
  if (answeredOne !== undefined) {
    const answer = context.answered(answeredOne, countReason(answeredOne))!;
    return Object.freeze({
      ...not(
        `Visible high risk: the count of ${count(answeredOne)} on ${which(answeredOne)} met the threshold of ${limitOf(answeredOne).threshold} and was answered by ${describeAnswer(answer)}.`,
        answeredOne,
      ),
      basis: limitOf(answeredOne).basis,
    });
  }
  const highest = best(named, (a) => count(a) - limitOf(a).threshold)!;
  const result = highest.result as AssessmentResult;
  const limit = limitOf(highest);
  let reason = `Visible high risk not met: the count of ${result.count} on ${which(highest)} is below the threshold of ${limit.threshold}${thresholdNote(result.instrument.id, limit.basis)}.`;
  if (result.count + result.completeness.unknown >= limit.threshold) {
    reason += ` ${plural(result.completeness.unknown, 'question')} ${result.completeness.unknown === 1 ? 'is' : 'are'} unknown, declined or unanswered and could reach it: apply professional judgement.`;
  }
  return Object.freeze({ ...not(reason, highest), basis: limit.basis });
}

function gradedHighRisk(context: RouteContext, policy: MaracPolicy): MaracRoute {
  const rule = policy.gradedHighRisk;
  const graded = context.assessments.filter((a) => a.result.kind === 'dara');
  const base = { id: 'graded-high-risk' as const, title: 'Graded high risk', basis: rule?.basis ?? policy.basis };
  const evidenceOf = (assessment: RouteAssessment | undefined) =>
    Object.freeze({
      kind: 'grade' as const,
      grade: assessment === undefined ? null : (assessment.result as DaraResult).final.level,
      level: rule?.level ?? null,
      instrument: instrumentOf(assessment),
      assessmentId: assessment?.id ?? null,
      assessedAt: assessment?.date ?? null,
    });
  const not = (reason: string, assessment: RouteAssessment | undefined): MaracRoute =>
    Object.freeze({ ...base, met: false, referral: false, reason, evidence: evidenceOf(assessment) });
  if (rule === null) {
    return not(
      `Graded high risk: policy ${policy.id} has no route for structured-judgement grades such as DARA${graded.length > 0 ? '; a high grade can be referred on professional judgement' : ''}.`,
      graded[graded.length - 1],
    );
  }
  const named = graded.filter((a) => rule.instruments.includes(a.result.instrument.id));
  if (named.length === 0) {
    return not(`Graded high risk not assessed: no assessment graded by the assessor on ${rule.instruments.join(' or ')} was given.`, undefined);
  }
  const level = (a: RouteAssessment) => (a.result as DaraResult).final.level;
  const rank = (a: RouteAssessment) => compareLevels(level(a), 'standard');
  const meeting = named.filter((a) => compareLevels(level(a), rule.level) >= 0);
  const open = meeting.filter((a) => context.answered(a, context.reason(a, rule.level)) === null);
  const top = best(open, rank);
  const note = ' The route is a library default unless the policy says otherwise: no national rule makes a DARA grade a referral route.';
  if (top !== undefined) {
    const result = top.result as DaraResult;
    let reason = `Graded high risk: the ${result.final.basis === 'regrade' ? 'regraded' : 'assessor\u2019s'} grade ${result.final.level} on ${which(top)} meets the route (${rule.level} or above).`;
    if (rule.basis === 'library-default') reason += note;
    if (context.episode !== null && top !== context.assessments[context.assessments.length - 1]) reason += STAYS;
    if (!rule.isReferralRoute) reason += ' Under this policy it prompts a full risk assessment and judgement, and is not by itself a referral.';
    return Object.freeze({ ...base, met: true, referral: rule.isReferralRoute, reason, evidence: evidenceOf(top) });
  }
  const answeredOne = meeting[meeting.length - 1];
  if (answeredOne !== undefined) {
    const answer = context.answered(answeredOne, context.reason(answeredOne, rule.level))!;
    return not(
      `Graded high risk: the grade ${level(answeredOne)} on ${which(answeredOne)} met the route and was answered by ${describeAnswer(answer)}.`,
      answeredOne,
    );
  }
  const highest = best(named, rank)!;
  return not(
    `Graded high risk not met: the highest grade is ${level(highest)} on ${which(highest)}; the route needs ${rule.level}. A referral on professional judgement is still possible at any grade.`,
    highest,
  );
}

function redFlagsOf(assessments: readonly RouteAssessment[]): readonly string[] {
  const ids = new Set<string>();
  for (const { result } of assessments) {
    for (const flag of result.kind === 'checklist' ? result.flags : result.consistencyFlags) ids.add(flag.id);
  }
  return Object.freeze([...ids]);
}

function professionalJudgement(input: MaracCheckInput, context: RouteContext, policy: MaracPolicy): MaracRoute {
  const rule = policy.professionalJudgement;
  const redFlags = redFlagsOf(context.assessments);
  const base = { id: 'professional-judgement' as const, title: 'Professional judgement', basis: rule.basis };
  const given = input.professionalJudgement ?? null;
  if (given !== null) {
    return Object.freeze({
      ...base,
      met: true,
      referral: true,
      reason: `Professional judgement: practitioner ${given.by} referred on judgement at ${given.at}; the reasons are in the evidence.`,
      evidence: Object.freeze({
        kind: 'judgement' as const,
        source: 'input' as const,
        by: given.by,
        at: given.at,
        rationale: given.rationale,
        assessmentId: null,
        redFlags,
      }),
    });
  }
  const answeredNotes: string[] = [];
  const recorded = context.assessments.filter((a) => a.result.judgementReferral !== null);
  const openRecorded = recorded.filter((a) => {
    const referral = a.result.judgementReferral!;
    const answer = context.answered(a, { at: Math.max(parseInstant(referral.at) ?? 0, a.at ?? 0), judges: [referral.by] });
    if (answer !== null) answeredNotes.push(`The referral on judgement recorded on ${which(a)} was answered by ${describeAnswer(answer)}.`);
    return answer === null;
  });
  const referred = openRecorded[openRecorded.length - 1];
  if (referred !== undefined) {
    const referral = referred.result.judgementReferral!;
    return Object.freeze({
      ...base,
      met: true,
      referral: true,
      reason: `Professional judgement: practitioner ${referral.by} referred on judgement at ${referral.at} (${which(referred)}); the reasons are in the evidence.${context.episode !== null && referred !== context.assessments[context.assessments.length - 1] ? STAYS : ''}`,
      evidence: Object.freeze({
        kind: 'judgement' as const,
        source: 'assessment-referral' as const,
        by: referral.by,
        at: referral.at,
        rationale: referral.rationale,
        assessmentId: referred.id,
        redFlags,
      }),
    });
  }
  if (rule.judgementHighIsReferral) {
    const judgedHigh = context.assessments.filter(
      (a) => a.result.kind === 'checklist' && a.result.final.basis === 'judgement' && a.result.final.level === 'high',
    );
    const openHigh = judgedHigh.filter((a) => {
      const answer = context.answered(a, context.reason(a, 'high'));
      if (answer !== null) answeredNotes.push(`The level of high set by judgement on ${which(a)} was answered by ${describeAnswer(answer)}.`);
      return answer === null;
    });
    const high = openHigh[openHigh.length - 1];
    if (high !== undefined) {
      const history = high.result.history;
      const last = history[history.length - 1];
      return Object.freeze({
        ...base,
        basis: rule.judgementHighBasis,
        met: true,
        referral: true,
        reason: `Professional judgement: the final level on ${which(high)} was set to high by judgement${last === undefined ? '' : ` (${last.by} at ${last.at})`}; policy ${policy.id} counts that as a referral on judgement${rule.judgementHighBasis === 'library-default' ? ' (a library default: no national rule was found)' : ''}.`,
        evidence: Object.freeze({
          kind: 'judgement' as const,
          source: 'assessment-final-high' as const,
          by: last?.by ?? null,
          at: last?.at ?? null,
          rationale: last?.rationale ?? null,
          assessmentId: high.id,
          redFlags,
        }),
      });
    }
  }
  const flagNote =
    redFlags.length > 0
      ? ` The assessments have ${plural(redFlags.length, 'red flag')} (${redFlags.join(', ')}) that call for judgement.`
      : '';
  const answered = answeredNotes.length > 0 ? ` ${answeredNotes.join(' ')}` : '';
  return Object.freeze({
    ...base,
    met: false,
    referral: false,
    reason: `No open referral on professional judgement is recorded. A practitioner may refer on judgement at any count, with reasons.${flagNote}${answered}`,
    evidence: Object.freeze({ kind: 'judgement' as const, source: null, by: null, at: null, rationale: null, assessmentId: null, redFlags }),
  });
}

function potentialEscalation(
  events: readonly Dated<AbuseEvent>[],
  now: number,
  nowText: string,
  policy: MaracPolicy,
  context: RouteContext,
): MaracRoute {
  const rule = policy.potentialEscalation;
  const start = windowStart(now, rule.window);
  const dates = windowDates(start, now, rule.window);
  const counted: EventRef[] = [];
  let latestCounted = 0;
  let beforeWindow = 0;
  let notReported = 0;
  let afterNow = 0;
  for (const event of events) {
    if (event.at > now) afterNow++;
    else if (event.latest < start) beforeWindow++;
    else if (!reportedToCounted(event.source, rule.reportedTo)) notReported++;
    else {
      counted.push(event.ref);
      latestCounted = Math.max(latestCounted, Math.min(event.latest, now));
    }
  }
  // Over a case, a MARAC referral after the latest event counted answers the route; any further
  // event makes it live again (and is a repeat). A decision not to refer does not answer it.
  const enough = counted.length >= rule.minEvents;
  const answer = enough ? context.referred(latestCounted) : null;
  const met = enough && answer === null;
  const which = rule.reportedTo === 'any-agency' ? 'reported to any agency' : `reported to ${rule.reportedTo.join(' or ')}`;
  const window =
    dates === null ? `the ${describeDuration(rule.window)} to ${nowText}` : `the ${describeDuration(rule.window)} from ${dates.from} to ${dates.to} (London dates, both inclusive)`;
  let reason = met
    ? `Potential escalation: ${plural(counted.length, 'abuse event')} ${which} in ${window} (${listDates(counted)}); the policy needs ${rule.minEvents}.`
    : `Potential escalation not met: ${plural(counted.length, 'abuse event')} ${which} in ${window}; the policy needs ${rule.minEvents}.`;
  if (answer !== null) {
    reason = `Potential escalation: ${plural(counted.length, 'abuse event')} ${which} in ${window} (${listDates(counted)}) met the route and ${counted.length === 1 ? 'was' : 'were'} answered by ${describeAnswer(answer)}. A further event makes it a reason to refer again.`;
  }
  if (met && !rule.isReferralRoute) {
    reason += ' Under this policy it prompts a full risk assessment and professional judgement, and is not by itself a referral.';
  }
  if (afterNow > 0) reason += ` ${plural(afterNow, 'event')} dated after the time of the check ${afterNow === 1 ? 'was' : 'were'} not counted.`;
  return Object.freeze({
    id: 'potential-escalation' as const,
    title: 'Potential escalation',
    basis: rule.basis,
    met,
    referral: met && rule.isReferralRoute,
    reason,
    evidence: Object.freeze({
      kind: 'events' as const,
      windowStart: toIso(start),
      windowEnd: nowText,
      windowDates: dates,
      minEvents: rule.minEvents,
      reportedTo: rule.reportedTo,
      counted: Object.freeze(counted),
      beforeWindow,
      notReportedToCountedAgency: notReported,
      afterNow,
    }),
  });
}

/** Whether an incident and a referral concern the same abuser: `shared`, `not-shared`, or `not-checked` (one side names none). */
function link(referral: MaracReferralRecord, event: AbuseEvent): 'shared' | 'not-shared' | 'not-checked' {
  const a = referral.perpetrators ?? [];
  const b = event.perpetrators ?? [];
  if (a.length === 0 || b.length === 0) return 'not-checked';
  return b.some((id) => a.includes(id)) ? 'shared' : 'not-shared';
}

function repeat(events: readonly Dated<AbuseEvent>[], referrals: readonly Dated<MaracReferralRecord>[], now: number, policy: MaracPolicy): MaracRoute {
  const rule = policy.repeat;
  const past = referrals.filter((referral) => referral.at <= now);
  let afterNow = referrals.length - past.length;
  const latest = past[past.length - 1] ?? null;
  if (rule === null) {
    // What current SafeLives criteria would count: any abuse within 12 months of the last referral.
    const until = latest === null ? 0 : windowEnd(latest.at, { months: 12 });
    const found = latest === null ? [] : events.filter((event) => event.latest > latest.at && event.at <= now && event.at <= until);
    const later = found.length;
    return Object.freeze({
      id: 'repeat' as const,
      title: 'Repeat',
      basis: policy.basis,
      met: false,
      referral: false,
      reason: `Repeat: policy ${policy.id} has no repeat route.${later > 0 ? ` ${plural(later, 'abuse event')} within 12 months after the MARAC referral of ${latest!.ref.date} ${later === 1 ? 'is' : 'are'} on record (${listDates(found.map((event) => event.ref))}): under current SafeLives criteria that is a repeat, so consider a referral on professional judgement.` : ''}`,
      evidence: Object.freeze({
        kind: 'repeat' as const,
        lastReferral: latest?.ref ?? null,
        windowEnd: null,
        windowDates: null,
        counts: null,
        incidents: Object.freeze(found.map((event) => event.ref)),
        notCrime: 0,
        crimeUnknown: 0,
        otherPerpetrator: 0,
        linkNotChecked: 0,
        afterNow,
      }),
    });
  }
  const base = { id: 'repeat' as const, title: 'Repeat', basis: rule.basis };
  if (latest === null) {
    return Object.freeze({
      ...base,
      met: false,
      referral: false,
      reason: 'Repeat not met: no previous MARAC referral on or before the time of the check.',
      evidence: Object.freeze({
        kind: 'repeat' as const,
        lastReferral: null,
        windowEnd: null,
        windowDates: null,
        counts: rule.counts,
        incidents: Object.freeze([]),
        notCrime: 0,
        crimeUnknown: 0,
        otherPerpetrator: 0,
        linkNotChecked: 0,
        afterNow: afterNow + events.filter((event) => event.at > now).length,
      }),
    });
  }
  const incidents: EventRef[] = [];
  let repeated: Dated<MaracReferralRecord> | null = null;
  let notCrime = 0;
  let crimeUnknown = 0;
  let otherPerpetrator = 0;
  let linkNotChecked = 0;
  let monthOnly = 0;
  for (const event of events) {
    if (event.at > now) {
      afterNow++;
      continue;
    }
    // The latest earlier referral whose abuser(s) the incident may share.
    // For a date known only to the month, the incident may be as late as the month's end (or the check).
    const latestAt = Math.min(event.latest, now);
    let referral: Dated<MaracReferralRecord> | null = null;
    let earlier = false;
    for (const candidate of past) {
      if (candidate.at >= latestAt) break;
      earlier = true;
      if (link(candidate.source, event.source) !== 'not-shared') referral = candidate;
    }
    if (referral === null) {
      if (earlier) otherPerpetrator++;
      continue;
    }
    if (event.at > windowEnd(referral.at, rule.window)) continue;
    // A later referral about the same abuser(s) has already taken the incident back to MARAC.
    if (past.some((later) => later.at >= latestAt && link(later.source, event.source) !== 'not-shared')) continue;
    if (event.source.crime === false && rule.counts === 'crime-only') {
      notCrime++;
      continue;
    }
    // Only a counted incident is said to be counted on a month-only date.
    if (event.source.precision === 'month') monthOnly++;
    if (event.source.crime === 'unknown') crimeUnknown++;
    if (link(referral.source, event.source) === 'not-checked') linkNotChecked++;
    incidents.push(event.ref);
    repeated = referral;
  }
  const shown = repeated ?? latest;
  const end = windowEnd(shown.at, rule.window);
  const dates = windowDates(shown.at, end, rule.window);
  const met = incidents.length > 0;
  const window = describeDuration(rule.window);
  const kind = rule.counts === 'crime-only' ? 'incident that would be a crime' : 'incident of abuse';
  const kinds = rule.counts === 'crime-only' ? 'incidents that would be crimes' : 'incidents of abuse';
  let reason = met
    ? `Repeat: ${incidents.length} further ${incidents.length === 1 ? kind : kinds} (${listDates(incidents)}) followed the MARAC referral of ${shown.ref.date} within ${window}${dates === null ? '' : ` (to ${dates.to}, London dates, both inclusive)`}. A repeat is referred back whatever the count (policy ${policy.id}: any further ${kind} between the same victim and abuser(s) within ${window} of a referral).`
    : `Repeat not met: no further ${kind} within ${window} after a MARAC referral that has not already been taken back to MARAC (latest referral ${latest.ref.date}).`;
  if (notCrime > 0) reason += ` ${plural(notCrime, 'non-crime incident')} in the window ${notCrime === 1 ? 'is' : 'are'} not counted under this policy.`;
  if (crimeUnknown > 0) {
    reason += ` ${plural(crimeUnknown, 'counted incident')} ${crimeUnknown === 1 ? 'has' : 'have'} an unknown crime status: unknown is never read as "not a crime".`;
  }
  if (linkNotChecked > 0) {
    reason += ` For ${plural(linkNotChecked, 'counted incident')} the link to the referral's abuser(s) was not checked (the incident or the referral names none), so ${linkNotChecked === 1 ? 'it is' : 'they are'} counted.`;
  }
  if (otherPerpetrator > 0) {
    reason += ` ${plural(otherPerpetrator, 'incident')} ${otherPerpetrator === 1 ? 'names' : 'name'} only abusers no earlier referral names, so ${otherPerpetrator === 1 ? 'it is' : 'they are'} not a repeat (a repeat is between the same victim and abuser(s)); assess ${otherPerpetrator === 1 ? 'it' : 'them'} as a new case.`;
  }
  if (monthOnly > 0) {
    reason += ` ${plural(monthOnly, 'counted incident')} ${monthOnly === 1 ? 'is' : 'are'} dated only to the month, and ${monthOnly === 1 ? 'was' : 'were'} counted because ${monthOnly === 1 ? 'it' : 'they'} may have come after the referral.`;
  }
  if (afterNow > 0) reason += ` ${afterNow} ${afterNow === 1 ? 'event or referral' : 'events or referrals'} dated after the time of the check ${afterNow === 1 ? 'was' : 'were'} not counted.`;
  return Object.freeze({
    ...base,
    met,
    referral: met,
    reason,
    evidence: Object.freeze({
      kind: 'repeat' as const,
      lastReferral: shown.ref,
      windowEnd: toIso(end),
      windowDates: dates,
      counts: rule.counts,
      incidents: Object.freeze(incidents),
      notCrime,
      crimeUnknown,
      otherPerpetrator,
      linkNotChecked,
      afterNow,
    }),
  });
}

function sortByDate<T>(list: Dated<T>[]): Dated<T>[] {
  return list.sort((a, b) => a.at - b.at);
}

function childActions(age: number | null, routesMet: readonly MaracRouteId[], policy: MaracPolicy): MaracAction[] {
  const rule = policy.childrensSafeguarding;
  if (age === null || age >= rule.underAge) return [];
  const base = { id: 'childrens-safeguarding-referral' as const, basis: rule.basis, source: rule.source };
  if (age < policy.minimumVictimAge) {
    return [
      Object.freeze({
        ...base,
        status: 'required' as const,
        reason: `The victim is ${age}, under ${policy.minimumVictimAge}: refer to children's safeguarding (${rule.source}). MARAC is not the route.`,
      }),
    ];
  }
  if (routesMet.length > 0) {
    return [
      Object.freeze({
        ...base,
        status: 'required' as const,
        reason: `The victim is ${age}: refer to MARAC and make a children's safeguarding referral as well. Both are required: the victim is a child at risk of significant harm (${rule.source}).`,
      }),
    ];
  }
  return [
    Object.freeze({
      ...base,
      status: 'required' as const,
      reason: `The victim is ${age}, a child: make a children's safeguarding referral (${rule.source}). No MARAC route is met; the victim is not to be treated as an adult only, and a MARAC referral on professional judgement remains open.`,
    }),
  ];
}

/**
 * Says where the rules behind a decision come from. For a policy that is a local rule set, the
 * policy's notice; for one that adds da-risk defaults to published criteria, which of them this
 * decision used (or that it used none).
 */
function maracBasisNotice(policy: MaracPolicy, routes: readonly MaracRoute[]): Notice | null {
  if (policy.basis !== 'library-default') return policyBasisNotice(policy);
  const used = routes.filter((route) => route.referral && (route.basis === 'library-default' || route.basis === 'local'));
  const message =
    used.length === 0
      ? `Policy "${policy.title}" (${policy.id} version ${policy.version}) adds da-risk defaults to published criteria; this decision used none of them.`
      : `Policy "${policy.title}" (${policy.id} version ${policy.version}): this decision used ${used.map((route) => `${route.id.replace(/-/g, ' ')} (${route.basis === 'local' ? 'a local rule' : 'a da-risk default, not published guidance'})`).join('; ')}.`;
  return Object.freeze({ id: used.length === 0 ? 'policy-basis' : 'library-default', message, items: Object.freeze([]) as readonly string[] });
}

/**
 * Decides the routes for a check input and the assessments the context
 * gives: the one MARAC decision, for one assessment and for a case.
 *
 * @internal
 */
export function decideMaracWith(input: MaracCheckInput, policy: MaracPolicy, context: RouteContext): MaracDecision {
  const now = context.now;
  const events = sortByDate(
    (input.events ?? []).map((event, index) => {
      const at = readInstant(event.date, ['events', index, 'date']);
      if (event.precision !== 'month') return { ref: refOf(event), at, latest: at, source: event };
      // Known only to the month: the whole London month, read each way that keeps a route.
      return { ref: refOf(event), at: firstOfLondonMonth(at), latest: endOfLondonMonth(at), source: event };
    }),
  );
  const referrals = sortByDate(
    (input.previousReferrals ?? []).map((referral, index) => {
      const at = readInstant(referral.date, ['previousReferrals', index, 'date']);
      return { ref: refOf(referral), at, latest: at, source: referral };
    }),
  );

  const routes: MaracRoute[] = [
    visibleHighRisk(context, policy, input.paperCount),
    gradedHighRisk(context, policy),
    professionalJudgement(input, context, policy),
    potentialEscalation(events, now, input.now, policy, context),
    repeat(events, referrals, now, policy),
  ];
  const routesMet: MaracRouteId[] = routes.filter((route) => route.referral).map((route) => route.id);
  const age = input.victimAge ?? null;
  const child = age !== null && age < policy.minimumVictimAge;
  const outcome = child ? 'children-safeguarding' : routesMet.length > 0 ? 'refer-to-marac' : 'no-referral';
  const actions = childActions(age, routesMet, policy);

  const notices: Notice[] = [];
  if (age === null) {
    notices.push(
      Object.freeze({
        id: 'victim-age-not-given',
        message: `The victim's age was not given. MARAC takes victims aged ${policy.minimumVictimAge} or over; a younger victim goes to children's safeguarding, and a victim under ${policy.childrensSafeguarding.underAge} also needs a children's safeguarding referral.`,
        items: Object.freeze([]),
      }),
    );
  }
  if (outcome === 'no-referral') {
    const high = context.assessments.filter((a) => a.result.final.level === 'high' && context.answered(a, context.reason(a, 'high')) === null);
    if (high.length > 0) {
      notices.push(
        Object.freeze({
          id: 'high-level-not-a-route',
          message: `${high.map(which).join('; ')} ${high.length === 1 ? 'has' : 'have'} a final level of high that policy ${policy.id} does not make a referral route by itself, and no referral or decision not to refer has followed: consider a referral on professional judgement, or record a decision not to refer.`,
          items: Object.freeze([]),
        }),
      );
    }
  }
  const repeatRoute = routes.find((route) => route.id === 'repeat')!;
  if (policy.repeat === null && repeatRoute.evidence.kind === 'repeat' && repeatRoute.evidence.incidents.length > 0) {
    notices.push(
      Object.freeze({
        id: 'no-repeat-route',
        message: `Policy ${policy.id} has no repeat route, but abuse within 12 months of a MARAC referral is on record: current SafeLives criteria would refer it back as a repeat. Consider a referral on professional judgement.`,
        items: Object.freeze([]),
      }),
    );
  }
  if (input.paperCount !== undefined) {
    notices.push(
      Object.freeze({
        id: 'paper-count',
        message: `The count came from a ${input.paperCount.instrument.id} form that da-risk did not score: it never saw the answers, so it gives no red flags, screen prompts or level from it. Check the form's answers and apply professional judgement.`,
        items: Object.freeze([]),
      }),
    );
  }
  const basisNotice = maracBasisNotice(policy, routes);
  if (basisNotice !== null) notices.push(basisNotice);

  const reasons = routes.map((route) => route.reason);
  const referralRoutes = routesMet.map((id) => id.replace(/-/g, ' ')).join(', ');
  if (child) {
    reasons.push(
      `The victim is under ${policy.minimumVictimAge}: MARAC is not the route. Refer to children's safeguarding${routesMet.length > 0 ? ` (routes met: ${referralRoutes})` : ''}.`,
    );
  } else if (routesMet.length > 0) {
    reasons.push(`Refer to MARAC under policy ${policy.id} version ${policy.version}: ${referralRoutes}.`);
  } else {
    reasons.push(
      `No MARAC referral route is met under policy ${policy.id} version ${policy.version}. This does not stop a referral on professional judgement.`,
    );
  }
  for (const action of actions) reasons.push(action.reason);
  for (const notice of notices) reasons.push(notice.message);
  if (context.episode !== null) reasons.push(...context.episode.reasons);

  return Object.freeze({
    decisionFormat: 1 as const,
    outcome,
    refer: outcome === 'refer-to-marac',
    routesMet: Object.freeze(routesMet),
    routes: Object.freeze(routes),
    victimAge: age,
    now: input.now,
    policy: Object.freeze({ id: policy.id, version: policy.version, basis: policy.basis }),
    reasons: Object.freeze(reasons),
    notices: Object.freeze(notices),
    actions: Object.freeze(actions),
    episode: context.episode,
  });
}

const NEVER_ANSWERED = (): null => null;

/**
 * Checks the MARAC referral routes under a policy for one assessment and
 * returns a frozen decision with every route's outcome, evidence and reason.
 * Inputs are trusted to have the check input's shape (use `checkMarac` for
 * outside data), but dates are still read strictly. For a case with several
 * assessments, use `caseMaracCheck`: it reads every assessment of the episode.
 *
 * - **Visible high risk**: the assessment's yes count at or above the policy threshold; or, without a result, a `paperCount` read off a form the library did not score (marked `from: 'paper-count'` in the evidence, with a `paper-count` notice).
 * - **Graded high risk**: a DARA grade at or above the policy's level, where the policy has the route (a library default).
 * - **Professional judgement**: a practitioner's referral on judgement (given here or recorded on the result), or a final level of high set by judgement where the policy counts it.
 * - **Potential escalation**: enough abuse events, reported to the agencies the policy counts, in the window ending at `now` (London calendar dates, both ends inclusive).
 * - **Repeat**: a further incident of abuse (of any kind, or only crimes, per policy; an unknown crime status always counts) after a referral and within its window, not already taken back to MARAC, sharing an abuser with the referral where both name them.
 *
 * A victim under the policy's minimum age (16) is routed to children's
 * safeguarding, never to MARAC; a victim of 16 or 17 who meets a route is
 * referred to MARAC and a children's safeguarding referral is required as
 * well (`actions`).
 *
 * @param input - the check input
 * @param policy - the MARAC policy
 * @returns the frozen decision
 * @throws {@link DaRiskError} `invalid-input` for a malformed date, or an assessment and a paper count given together (rule `one-assessment`)
 *
 * @example
 * ```ts
 * const decision = checkMaracTrusted({ now: '2025-06-01T00:00:00Z', assessment: result }, safelivesMarac);
 * decision.outcome; // 'refer-to-marac' when result.count >= 14
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export function checkMaracTrusted(input: MaracCheckInput, policy: MaracPolicy): MaracDecision {
  const result = input.assessment;
  if (result !== undefined && input.paperCount !== undefined) {
    throw daRiskError('invalid-input', ['paperCount'], 'one-assessment', 'cannot be given with an assessment result: give the result, or the count from a form the library did not score');
  }
  // A count a person typed (a browser form's parseInt('') is NaN): never read as below a threshold.
  for (const field of ['count', 'unknown'] as const) {
    const value = input.paperCount?.[field];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= limits.items)) {
      throw daRiskError('invalid-input', ['paperCount', field], 'type', `must be a whole number from 0 to ${limits.items}`);
    }
  }
  const assessments: RouteAssessment[] =
    result === undefined
      ? []
      : // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: the instant is read only by `answered`, which is NEVER_ANSWERED outside a case, so no input can observe it
        [{ result, id: result.assessmentId, date: result.assessedAt, at: result.assessedAt === null ? null : (parseInstant(result.assessedAt) ?? null) }];
  return decideMaracWith(input, policy, {
    now: readInstant(input.now, ['now']),
    assessments,
    // Stryker disable next-line ArrowFunction: the reason is passed only to `answered`, which is NEVER_ANSWERED outside a case, so no input can observe it
    reason: (a) => countReason(a),
    answered: NEVER_ANSWERED,
    referred: NEVER_ANSWERED,
    episode: null,
  });
}
