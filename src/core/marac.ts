/**
 * The MARAC referral check over the four SafeLives routes, under a policy.
 * Pure: `now` and every date come from the caller.
 *
 * @module
 */
import { daRiskError } from '../errors/error.js';
import { addDuration, describeDuration, parseInstant, toIso } from '../model/dates.js';
import type {
  AbuseEvent,
  EventRef,
  MaracCheckInput,
  MaracDecision,
  MaracRoute,
  MaracRouteId,
} from '../model/marac.js';
import { compareLevels } from '../model/levels.js';
import type { Agency, MaracPolicy } from '../model/policy.js';
import type { Notice } from '../model/result.js';
import { policyBasisNotice } from './policy-notice.js';

interface Dated {
  readonly ref: EventRef;
  readonly at: number;
}

function instant(text: string, path: readonly (string | number)[]): number {
  const at = parseInstant(text);
  if (at === undefined) {
    throw daRiskError('invalid-input', path, 'iso-datetime', 'must be an ISO 8601 date-time with an offset, such as 2025-03-01T10:15:00Z');
  }
  return at;
}

function refOf(event: { readonly id?: string; readonly date: string }): EventRef {
  return Object.freeze({ id: event.id ?? null, date: event.date });
}

function listDates(refs: readonly EventRef[]): string {
  return refs.map((ref) => ref.date).join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function reportedToCounted(event: AbuseEvent, reportedTo: 'any-agency' | readonly Agency[]): boolean {
  if (reportedTo === 'any-agency') return event.reportedTo.length > 0;
  for (const agency of event.reportedTo) if (reportedTo.includes(agency)) return true;
  return false;
}

function visibleHighRisk(input: MaracCheckInput, policy: MaracPolicy): MaracRoute {
  const rule = policy.visibleHighRisk;
  const result = input.assessment;
  const base = { id: 'visible-high-risk' as const, title: 'Visible high risk', basis: rule.basis };
  if (result !== undefined && result.kind !== 'checklist') {
    return Object.freeze({
      ...base,
      met: false,
      referral: false,
      reason: `Visible high risk not assessed: ${result.instrument.id} has no count (its grade is looked at under graded high risk).`,
      evidence: Object.freeze({
        kind: 'count' as const,
        count: null,
        threshold: rule.threshold,
        unknown: null,
        instrument: Object.freeze({ id: result.instrument.id, edition: result.instrument.edition }),
      }),
    });
  }
  if (result === undefined) {
    return Object.freeze({
      ...base,
      met: false,
      referral: false,
      reason: 'Visible high risk not assessed: no assessment result was given. Complete a risk assessment.',
      evidence: Object.freeze({ kind: 'count' as const, count: null, threshold: rule.threshold, unknown: null, instrument: null }),
    });
  }
  const instrument = Object.freeze({ id: result.instrument.id, edition: result.instrument.edition });
  const evidence = Object.freeze({
    kind: 'count' as const,
    count: result.count,
    threshold: rule.threshold,
    unknown: result.completeness.unknown,
    instrument,
  });
  if (!rule.instruments.includes(result.instrument.id)) {
    return Object.freeze({
      ...base,
      met: false,
      referral: false,
      reason: `Visible high risk not assessed: policy ${policy.id} sets no count threshold for ${result.instrument.id}.`,
      evidence,
    });
  }
  const met = result.count >= rule.threshold;
  let reason = met
    ? `Visible high risk: the count of ${result.count} on ${result.instrument.id} ${result.instrument.edition} meets the threshold of ${rule.threshold}.`
    : `Visible high risk not met: the count of ${result.count} on ${result.instrument.id} ${result.instrument.edition} is below the threshold of ${rule.threshold}.`;
  if (!met && result.count + result.completeness.unknown >= rule.threshold) {
    reason += ` ${plural(result.completeness.unknown, 'question')} are unknown, declined or unanswered and could reach it: apply professional judgement.`;
  }
  return Object.freeze({ ...base, met, referral: met, reason, evidence });
}

function gradedHighRisk(input: MaracCheckInput, policy: MaracPolicy): MaracRoute {
  const rule = policy.gradedHighRisk;
  const result = input.assessment;
  const graded = result !== undefined && result.kind === 'dara' ? result : undefined;
  const instrument = graded === undefined ? null : Object.freeze({ id: graded.instrument.id, edition: graded.instrument.edition });
  const grade = graded?.final.level ?? null;
  const base = { id: 'graded-high-risk' as const, title: 'Graded high risk', basis: rule?.basis ?? policy.basis };
  if (rule === null) {
    return Object.freeze({
      ...base,
      met: false,
      referral: false,
      reason: `Graded high risk: policy ${policy.id} has no route for structured-judgement grades.`,
      evidence: Object.freeze({ kind: 'grade' as const, grade, level: null, instrument }),
    });
  }
  const evidence = Object.freeze({ kind: 'grade' as const, grade, level: rule.level, instrument });
  if (graded === undefined || !rule.instruments.includes(graded.instrument.id)) {
    return Object.freeze({
      ...base,
      met: false,
      referral: false,
      reason: `Graded high risk not assessed: no assessment graded by the assessor on ${rule.instruments.join(' or ')} was given.`,
      evidence,
    });
  }
  const met = compareLevels(graded.final.level, rule.level) >= 0;
  let reason = met
    ? `Graded high risk: the ${graded.final.basis === 'regrade' ? 'regraded' : 'assessor’s'} ${graded.instrument.id} grade ${graded.final.level} meets the route (${rule.level} or above).`
    : `Graded high risk not met: the ${graded.instrument.id} grade is ${graded.final.level}; the route needs ${rule.level}. A referral on professional judgement is still possible at any grade.`;
  if (met && !rule.isReferralRoute) reason += ' Under this policy it prompts a full risk assessment and judgement, and is not by itself a referral.';
  return Object.freeze({ ...base, met, referral: met && rule.isReferralRoute, reason, evidence });
}

function professionalJudgement(input: MaracCheckInput, policy: MaracPolicy): MaracRoute {
  const rule = policy.professionalJudgement;
  const result = input.assessment;
  const redFlags = Object.freeze(
    result === undefined ? [] : result.kind === 'checklist' ? result.flags.map((flag) => flag.id) : result.consistencyFlags.map((flag) => flag.id),
  );
  const base = { id: 'professional-judgement' as const, title: 'Professional judgement', basis: rule.basis };
  const given = input.professionalJudgement ?? null;
  const recorded = result?.judgementReferral ?? null;
  const referral = given ?? recorded;
  if (referral !== null) {
    const source = given !== null ? ('input' as const) : ('assessment-referral' as const);
    return Object.freeze({
      ...base,
      met: true,
      referral: true,
      reason: `Professional judgement: practitioner ${referral.by} referred on judgement at ${referral.at}; the reasons are in the evidence.`,
      evidence: Object.freeze({ kind: 'judgement' as const, source, by: referral.by, at: referral.at, rationale: referral.rationale, redFlags }),
    });
  }
  if (
    rule.judgementHighIsReferral &&
    result !== undefined &&
    result.kind === 'checklist' &&
    result.final.basis === 'judgement' &&
    result.final.level === 'high'
  ) {
    const last = result.history[result.history.length - 1];
    return Object.freeze({
      ...base,
      basis: rule.judgementHighBasis,
      met: true,
      referral: true,
      reason: `Professional judgement: the final level was set to high by judgement${last === undefined ? '' : ` (${last.by} at ${last.at})`}; policy ${policy.id} counts that as a referral on judgement.`,
      evidence: Object.freeze({
        kind: 'judgement' as const,
        source: 'assessment-final-high' as const,
        by: last?.by ?? null,
        at: last?.at ?? null,
        rationale: last?.rationale ?? null,
        redFlags,
      }),
    });
  }
  const flagNote =
    redFlags.length > 0
      ? ` The assessment has ${plural(redFlags.length, 'red flag')} (${redFlags.join(', ')}) that call for judgement.`
      : '';
  return Object.freeze({
    ...base,
    met: false,
    referral: false,
    reason: `No referral on professional judgement was recorded. A practitioner may refer on judgement at any count, with reasons.${flagNote}`,
    evidence: Object.freeze({ kind: 'judgement' as const, source: null, by: null, at: null, rationale: null, redFlags }),
  });
}

function potentialEscalation(
  events: readonly Dated[],
  sources: readonly AbuseEvent[],
  now: number,
  nowText: string,
  policy: MaracPolicy,
): MaracRoute {
  const rule = policy.potentialEscalation;
  const start = addDuration(now, rule.window, -1);
  const counted: EventRef[] = [];
  let beforeWindow = 0;
  let notReported = 0;
  let afterNow = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.at > now) afterNow++;
    else if (event.at < start) beforeWindow++;
    else if (!reportedToCounted(sources[i]!, rule.reportedTo)) notReported++;
    else counted.push(event.ref);
  }
  const met = counted.length >= rule.minEvents;
  const which = rule.reportedTo === 'any-agency' ? 'reported to any agency' : `reported to ${rule.reportedTo.join(' or ')}`;
  const window = describeDuration(rule.window);
  let reason = met
    ? `Potential escalation: ${plural(counted.length, 'abuse event')} ${which} in the ${window} to ${nowText} (${listDates(counted)}); the policy needs ${rule.minEvents}.`
    : `Potential escalation not met: ${plural(counted.length, 'abuse event')} ${which} in the ${window} to ${nowText}; the policy needs ${rule.minEvents}.`;
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
      minEvents: rule.minEvents,
      reportedTo: rule.reportedTo,
      counted: Object.freeze(counted),
      beforeWindow,
      notReportedToCountedAgency: notReported,
      afterNow,
    }),
  });
}

function repeat(
  events: readonly Dated[],
  sources: readonly AbuseEvent[],
  referrals: readonly Dated[],
  now: number,
  policy: MaracPolicy,
): MaracRoute {
  const rule = policy.repeat;
  const base = { id: 'repeat' as const, title: 'Repeat', basis: rule.basis };
  let last: Dated | null = null;
  let afterNow = 0;
  for (const referral of referrals) {
    if (referral.at > now) afterNow++;
    else if (last === null || referral.at > last.at) last = referral;
  }
  if (last === null) {
    return Object.freeze({
      ...base,
      met: false,
      referral: false,
      reason: 'Repeat not met: no previous MARAC referral on or before the time of the check.',
      evidence: Object.freeze({
        kind: 'repeat' as const,
        lastReferral: null,
        windowEnd: null,
        counts: rule.counts,
        incidents: Object.freeze([]),
        notCrime: 0,
        afterNow,
      }),
    });
  }
  const end = addDuration(last.at, rule.window);
  const incidents: EventRef[] = [];
  let notCrime = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.at > now) {
      afterNow++;
      continue;
    }
    if (event.at <= last.at || event.at > end) continue;
    if (rule.counts === 'crime-only' && !sources[i]!.crime) notCrime++;
    else incidents.push(event.ref);
  }
  const met = incidents.length > 0;
  const window = describeDuration(rule.window);
  const kind = rule.counts === 'crime-only' ? 'incident that would be a crime' : 'incident of abuse';
  let reason = met
    ? `Repeat: the last MARAC referral was on ${last.ref.date}, and ${plural(incidents.length, `further ${kind}`)} followed within ${window} (${listDates(incidents)}). A repeat is referred back whatever the count.`
    : `Repeat not met: no further ${kind} within ${window} after the last MARAC referral on ${last.ref.date}.`;
  if (notCrime > 0) reason += ` ${plural(notCrime, 'non-crime incident')} in the window ${notCrime === 1 ? 'is' : 'are'} not counted under this policy.`;
  return Object.freeze({
    ...base,
    met,
    referral: met,
    reason,
    evidence: Object.freeze({
      kind: 'repeat' as const,
      lastReferral: last.ref,
      windowEnd: toIso(end),
      counts: rule.counts,
      incidents: Object.freeze(incidents),
      notCrime,
      afterNow,
    }),
  });
}

function byDate(a: Dated, b: Dated): number {
  return a.at - b.at;
}

/**
 * Checks the four SafeLives MARAC referral routes under a policy and returns a
 * frozen decision with every route's outcome, evidence and reason. Inputs are
 * trusted to have the check input's shape (use `checkMarac` for outside data),
 * but dates are still read strictly.
 *
 * - **Visible high risk**: the assessment's yes count at or above the policy threshold.
 * - **Professional judgement**: a practitioner's referral on judgement (given here or recorded on the result), or a final level of high set by judgement where the policy counts it.
 * - **Potential escalation**: enough abuse events, reported to the agencies the policy counts, in the window ending at `now` (both ends inclusive).
 * - **Repeat**: a further incident (of any abuse, or only crimes, per policy) after the last referral and within the window from it.
 *
 * A victim under the policy's minimum age (16) is routed to children's safeguarding, never to MARAC.
 *
 * @param input - the check input
 * @param policy - the MARAC policy
 * @returns the frozen decision
 *
 * @example
 * ```ts
 * const decision = decideMarac({ now: '2025-06-01T00:00:00Z', assessment: result }, safelivesMarac);
 * decision.outcome; // 'refer-to-marac' when result.count >= 14
 * ```
 * @since 0.1.0
 */
export function decideMarac(input: MaracCheckInput, policy: MaracPolicy): MaracDecision {
  const now = instant(input.now, ['now']);
  const sources = input.events ?? [];
  const dated = sources.map((event, index) => ({ ref: refOf(event), at: instant(event.date, ['events', index, 'date']) }));
  const order = dated.map((_, index) => index).sort((a, b) => byDate(dated[a]!, dated[b]!));
  const events = order.map((index) => dated[index]!);
  const sortedSources = order.map((index) => sources[index]!);
  const referrals = (input.previousReferrals ?? []).map((referral, index) => ({
    ref: refOf(referral),
    at: instant(referral.date, ['previousReferrals', index, 'date']),
  }));

  const routes: MaracRoute[] = [
    visibleHighRisk(input, policy),
    gradedHighRisk(input, policy),
    professionalJudgement(input, policy),
    potentialEscalation(events, sortedSources, now, input.now, policy),
    repeat(events, sortedSources, referrals, now, policy),
  ];
  const routesMet: MaracRouteId[] = routes.filter((route) => route.referral).map((route) => route.id);
  const age = input.victimAge ?? null;
  const child = age !== null && age < policy.minimumVictimAge;
  const outcome = child ? 'children-safeguarding' : routesMet.length > 0 ? 'refer-to-marac' : 'no-referral';

  const notices: Notice[] = [];
  if (age === null) {
    notices.push(
      Object.freeze({
        id: 'victim-age-not-given',
        message: `The victim's age was not given. MARAC takes victims aged ${policy.minimumVictimAge} or over; a younger victim goes to children's safeguarding.`,
        items: Object.freeze([]),
      }),
    );
  } else if (!child && age < 18) {
    notices.push(
      Object.freeze({
        id: 'victim-under-18',
        message: `The victim is ${age}: MARAC applies, and the victim is also a child under the Children Act 1989, so consider a children's safeguarding referral as well.`,
        items: Object.freeze([]),
      }),
    );
  }
  const basisNotice = policyBasisNotice(policy);
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
  for (const notice of notices) reasons.push(notice.message);

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
  });
}
