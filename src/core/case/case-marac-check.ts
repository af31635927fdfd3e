/**
 * The MARAC check over a case's own history, reusing the one MARAC check:
 * every assessment of the current episode, every incident of abuse, every
 * previous referral, and what has answered each reason to refer.
 *
 * @module
 */
import type { CaseAssessment, CaseRecord } from '../../model/case.js';
import { incidentTypes } from '../../model/case.js';
import type { EpisodePolicy } from '../../model/episode.js';
import type { AbuseEvent, MaracCheckInput, MaracDecision } from '../../model/marac.js';
import type { MaracPolicy } from '../../model/policy.js';
import type { AssessmentResult } from '../../model/result.js';
import type { DaraResult } from '../../model/dara.js';
import { decideMaracWith, type RouteAssessment } from '../marac.js';
import { answeredBetween, episodeView, reasonOf } from './episode.js';
import { timelineOf, type Dated } from './timeline.js';
import { parseInstant, readInstant } from '../../common/instant.js';

/**
 * Runs the MARAC check on a case's own history. The assessment-based routes
 * (visible high risk, graded high risk, professional judgement) read every
 * DASH and DARA assessment of the current episode (see `caseEpisode`), not
 * only the latest: a count at the threshold, a DARA grade that meets the
 * route, a referral on judgement or a high level set by judgement stays a
 * reason to refer until a MARAC referral or a recorded decision not to refer
 * follows it. Potential escalation is answered by a MARAC referral after its
 * latest event (never by a decision not to refer), and any further event makes
 * it live again. Potential escalation and repeat read every incident of abuse
 * (with its crime status, the agencies told and the abusers named) and every
 * previous referral. A victim aged 16 or 17 who meets a route also needs a
 * children's safeguarding referral (`actions`).
 *
 * @param record - the case
 * @param now - the moment of the check
 * @param policy - the MARAC policy
 * @param episode - the episode policy
 * @returns the decision, with the episode it read
 *
 * @example
 * ```ts
 * caseMaracCheck(record, '2025-03-11T09:00:00Z', safelivesMarac, episodeDefaults).routesMet; // ['visible-high-risk']
 * ```
 * @since 0.1.0
 */
export function caseMaracCheck(record: CaseRecord, now: string, policy: MaracPolicy, episode: EpisodePolicy): MaracDecision {
  const at = readInstant(now, ['now']);
  const timeline = timelineOf(record);
  const view = episodeView(timeline, at, now, episode);
  const dated = new Map<RouteAssessment, Dated<CaseAssessment>>();
  const assessments: RouteAssessment[] = [];
  // Every assessment since the last closure: a reason to refer never expires with the window.
  for (const item of view.sinceClosure) {
    const result = item.item.result;
    if (result.kind === 'rim') continue;
    const route: RouteAssessment = { result: result as AssessmentResult | DaraResult, id: item.item.id, date: item.item.date, at: item.at };
    dated.set(route, item);
    assessments.push(route);
  }
  const events: AbuseEvent[] = timeline.events
    .filter((item) => incidentTypes.includes(item.item.type))
    .map((item) => ({
      // Stryker disable next-line ConditionalExpression: the MARAC check reads an absent id and an undefined one alike (id ?? null)
      ...(item.item.id === undefined ? {} : { id: item.item.id }),
      date: item.item.date,
      // Stryker disable next-line ArrayDeclaration: parseCase requires reportedTo on every incident type, so the default is never used
      reportedTo: item.item.reportedTo ?? [],
      // Stryker disable next-line StringLiteral: parseCase requires crime on every incident type, so the default is never used
      crime: item.item.crime ?? 'unknown',
      // Stryker disable next-line ConditionalExpression: the MARAC check reads absent and undefined perpetrators alike (perpetrators ?? [])
      ...(item.item.perpetrators === undefined ? {} : { perpetrators: item.item.perpetrators }),
      // Stryker disable next-line ConditionalExpression: the MARAC check reads absent and undefined precision alike (compared with 'month')
      ...(item.item.precision === undefined ? {} : { precision: item.item.precision }),
    }));
  const input: MaracCheckInput = {
    now,
    ...(record.victim?.age === undefined ? {} : { victimAge: record.victim.age }),
    events,
    previousReferrals: timeline.referrals.map((item) => ({
      // Stryker disable next-line ConditionalExpression: the MARAC check reads an absent id and an undefined one alike (id ?? null)
      ...(item.item.id === undefined ? {} : { id: item.item.id }),
      date: item.item.date,
      // Stryker disable next-line ConditionalExpression: the MARAC check reads absent and undefined perpetrators alike (perpetrators ?? [])
      ...(item.item.perpetrators === undefined ? {} : { perpetrators: item.item.perpetrators }),
    })),
  };
  return decideMaracWith(input, policy, {
    assessments,
    reason: (assessment, level) => reasonOf(dated.get(assessment)!, level, parseInstant),
    answered: (assessment, reason) => answeredBetween(timeline, at, reason, assessment.id),
    // Stryker disable next-line ArrayDeclaration,BooleanLiteral: with no assessment id answeredBetween returns after the referrals whatever referralsOnly says, and judges are read only for decisions not to refer
    referred: (since) => answeredBetween(timeline, at, { at: since, judges: [] }, null, true),
    episode: view.episode,
    now: at,
  });
}
