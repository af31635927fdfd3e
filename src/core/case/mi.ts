/**
 * Management information over many cases, from structured fields only.
 *
 * @module
 */
import type { CaseRecord } from '../../model/case.js';
import type { AssessmentRequiredPolicy, ReassessmentPolicy, RepeatDefinition } from '../../model/case-policy.js';
import { windowStart } from '../../model/calendar.js';
import { incidentChecks } from './assessment-status.js';
import { timelineOf } from './timeline.js';
import { triggerRecords } from './triggers.js';
import { readInstant } from '../../common/instant.js';

/**
 * What management information is computed under.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface MiOptions {
  /** Start of the period (inclusive). */
  readonly from: string;
  /** End of the period (exclusive). */
  readonly to: string;
  /** The moment of the report: nothing after it is counted. */
  readonly now: string;
  /** The definition of a MARAC repeat. */
  readonly repeat: RepeatDefinition;
  /** The reassessment policy (for reassessments done on time). */
  readonly reassessment: ReassessmentPolicy;
  /** The assessment-required policy (for the completion rate). */
  readonly assessmentRequired: AssessmentRequiredPolicy;
}

/**
 * Management information for a period. Every figure names its unit; rates
 * are null when there is nothing to divide by.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface ManagementInformation {
  /** Format version. */
  readonly miFormat: 1;
  /** The period. */
  readonly period: { readonly from: string; readonly to: string };
  /** The moment of the report. */
  readonly now: string;
  /** The definitions and policies used. */
  readonly definitions: {
    readonly repeat: { readonly id: string; readonly version: string };
    readonly reassessment: { readonly id: string; readonly version: string };
    readonly assessmentRequired: { readonly id: string; readonly version: string };
  };
  /** Cases looked at (one per victim–perpetrator record). */
  readonly cases: number;
  /** MARAC referrals in the period. */
  readonly marac: {
    readonly unit: 'referral';
    readonly referrals: number;
    readonly repeats: number;
    readonly repeatRate: number | null;
    readonly fromOtherAgencies: number;
    readonly otherAgencyShare: number | null;
    readonly victimsReferred: { readonly unit: 'victim'; readonly value: number };
    readonly pairsReferred: { readonly unit: 'victim-perpetrator pair'; readonly value: number };
  };
  /** Final levels of the assessments completed in the period. */
  readonly riskLevels: { readonly unit: 'assessment'; readonly standard: number; readonly medium: number; readonly high: number; readonly noLevel: number };
  /** Incidents in the period with an assessment on record. */
  readonly completion: { readonly unit: 'incident'; readonly incidents: number; readonly required: number; readonly assessed: number; readonly rate: number | null };
  /** Assessments in the period whose level was changed by a later judgement or regrade. */
  readonly regrading: { readonly unit: 'assessment'; readonly assessments: number; readonly regraded: number; readonly rate: number | null };
  /** Judgements recorded in the period, by direction (a DARA grade as entered is not counted). */
  readonly overrides: { readonly unit: 'judgement'; readonly raised: number; readonly lowered: number; readonly confirmed: number };
  /** Event-triggered reassessments due in the period (and by `now`). */
  readonly reassessments: { readonly unit: 'trigger'; readonly due: number; readonly onTime: number; readonly late: number; readonly missed: number; readonly rate: number | null };
  /** Plain-language notes on what is counted. */
  readonly reasons: readonly string[];
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

// Keys are JSON arrays, so no id (whatever characters it holds) can join two victims or pairs into one,
// and a case without a victim id (counted on its own, by its place) never meets a victim's id.
function pairKey(record: CaseRecord, index: number): string {
  if (record.victim?.id === undefined) return JSON.stringify(['case', index]);
  return JSON.stringify(['victim', record.victim.id, [...(record.perpetrators ?? [])].sort()]);
}

function victimKey(record: CaseRecord, index: number): string {
  return record.victim?.id === undefined ? JSON.stringify(['case', index]) : JSON.stringify(['victim', record.victim.id]);
}

/**
 * Management information over many cases for a period, from structured
 * fields only (never free text), with explicit units and a versioned
 * definition of a repeat: MARAC referrals and the repeat rate, the share of
 * referrals from agencies other than the police, the distribution of risk
 * levels, the assessment completion rate, the regrading rate, judgements by
 * direction, and event-triggered reassessments done on time. Counts over many
 * cases are the sums of the counts over each case (distinct victims and
 * pairs excepted, where the same victim appears in several cases).
 *
 * @param records - the cases
 * @param options - period, `now`, definitions and policies
 * @returns the frozen report
 *
 * @example
 * ```ts
 * const mi = managementInformation(cases, { from: '2025-01-01T00:00:00Z', to: '2025-04-01T00:00:00Z', now: '2025-04-01T00:00:00Z',
 *   repeat: safelivesRepeat, reassessment: reassessmentDefaults, assessmentRequired: everyIncident });
 * mi.marac.repeatRate; // 0.31
 * ```
 * @since 0.1.0
 */
export function managementInformation(records: readonly CaseRecord[], options: MiOptions): ManagementInformation {
  const now = readInstant(options.now, ['now']);
  const from = readInstant(options.from, ['from']);
  const to = Math.min(readInstant(options.to, ['to']), now + 1);
  const inPeriod = (at: number) => at >= from && at < to;
  let referrals = 0;
  let repeats = 0;
  let otherAgency = 0;
  const victims = new Set<string>();
  const pairs = new Set<string>();
  const levels = { standard: 0, medium: 0, high: 0, noLevel: 0 };
  let incidents = 0;
  let required = 0;
  let assessed = 0;
  let assessments = 0;
  let regraded = 0;
  const overrides = { raised: 0, lowered: 0, confirmed: 0 };
  const reassessments = { due: 0, onTime: 0, late: 0, missed: 0 };

  records.forEach((record, index) => {
    const timeline = timelineOf(record);
    const key = pairKey(record, index);
    const victim = victimKey(record, index);
    // Referrals are sorted by instant: `earlier` counts those strictly before the current one, and the
    // last of them is the latest earlier referral. A repeat is one with an earlier referral in the window.
    let earlier = 0;
    for (const dated of timeline.referrals) {
      while (timeline.referrals[earlier]!.at < dated.at) earlier++;
      if (!inPeriod(dated.at)) continue;
      referrals++;
      if (dated.item.agency !== 'police') otherAgency++;
      victims.add(victim);
      pairs.add(key);
      const start = windowStart(dated.at, options.repeat.window);
      if (earlier > 0 && timeline.referrals[earlier - 1]!.at >= start) repeats++;
    }
    for (const dated of timeline.assessments) {
      if (!inPeriod(dated.at)) continue;
      const result = dated.item.result;
      const level = result.kind === 'rim' ? null : result.final.level;
      if (level === null) levels.noLevel++;
      else levels[level]++;
      if (result.kind === 'rim') continue;
      assessments++;
      if (result.history.some((event) => event.action === 'raised' || event.action === 'lowered')) regraded++;
    }
    for (const dated of timeline.assessments) {
      for (const event of dated.item.result.history) {
        if (event.kind !== 'judgement' || event.action === 'set') continue;
        const at = readInstant(event.at, ['history', 'at']);
        if (!inPeriod(at)) continue;
        if (event.action === 'raised' || event.action === 'lowered' || event.action === 'confirmed') overrides[event.action]++;
      }
    }
    // The incidents as `assessmentStatus` reads them, without writing a reason for each.
    for (const check of incidentChecks(timeline, now, options.assessmentRequired)) {
      const at = readInstant(check.dated.item.date, ['events']);
      if (!inPeriod(at)) continue;
      incidents++;
      if (check.required) required++;
      if (check.assessment !== null) assessed++;
    }
    for (const trigger of triggerRecords(timeline, now, options.reassessment)) {
      if (!inPeriod(trigger.dueAt) || trigger.dueAt > now) continue;
      reassessments.due++;
      if (trigger.answeredAt === null || trigger.answeredAt > now) reassessments.missed++;
      else if (trigger.answeredAt <= trigger.dueAt) reassessments.onTime++;
      else reassessments.late++;
    }
  });

  const reasons = [
    `MARAC: ${referrals} referrals in the period (per referral); a repeat is a referral within the window of ${options.repeat.id} version ${options.repeat.version}.`,
    'Risk levels count assessments completed in the period by final level; RIM results and screens without a level are counted as no level.',
    `Completion counts incidents in the period with an assessment on or after them, under ${options.assessmentRequired.id}.`,
    'Reassessments count event triggers due in the period; the periodic review clock is not counted here.',
    'Only structured fields are read; no free text.',
  ];
  return Object.freeze({
    miFormat: 1 as const,
    period: Object.freeze({ from: options.from, to: options.to }),
    now: options.now,
    definitions: Object.freeze({
      repeat: Object.freeze({ id: options.repeat.id, version: options.repeat.version }),
      reassessment: Object.freeze({ id: options.reassessment.id, version: options.reassessment.version }),
      assessmentRequired: Object.freeze({ id: options.assessmentRequired.id, version: options.assessmentRequired.version }),
    }),
    cases: records.length,
    marac: Object.freeze({
      unit: 'referral' as const,
      referrals,
      repeats,
      repeatRate: rate(repeats, referrals),
      fromOtherAgencies: otherAgency,
      otherAgencyShare: rate(otherAgency, referrals),
      victimsReferred: Object.freeze({ unit: 'victim' as const, value: victims.size }),
      pairsReferred: Object.freeze({ unit: 'victim-perpetrator pair' as const, value: pairs.size }),
    }),
    riskLevels: Object.freeze({ unit: 'assessment' as const, ...levels }),
    completion: Object.freeze({ unit: 'incident' as const, incidents, required, assessed, rate: rate(assessed, incidents) }),
    regrading: Object.freeze({ unit: 'assessment' as const, assessments, regraded, rate: rate(regraded, assessments) }),
    overrides: Object.freeze({ unit: 'judgement' as const, ...overrides }),
    reassessments: Object.freeze({ unit: 'trigger' as const, ...reassessments, rate: rate(reassessments.onTime, reassessments.due) }),
    reasons: Object.freeze(reasons),
  });
}
