import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessDara,
  cambridgeshireInterventionLevels,
  caseEpisode,
  caseMaracCheck,
  checkSafetyPlan,
  compareLevels,
  dueReassessments,
  interventionLevel,
  everyIncident,
  incidentTypes,
  managementInformation,
  reassessmentDefaults,
  safelivesRepeat,
  triggerTypes,
  type CaseAssessment,
  type CaseEvent,
  type CaseRecord,
  type RiskLevel,
} from '../../src/index.js';
import { caseRecordArbitrary } from '../../src/testing.js';
import { caseOf, dashAt, raisedAt } from '../support/cases.js';

const START = Date.parse('2025-01-01T00:00:00Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const dateArb = fc.integer({ min: 0, max: 200 }).chain((day) => fc.integer({ min: 0, max: 23 }).map((hour) => iso(START + day * DAY + hour * 3_600_000)));

const eventArb: fc.Arbitrary<CaseEvent> = fc
  .record({ type: fc.constantFrom(...triggerTypes), date: dateArb, crime: fc.boolean(), agency: fc.constantFrom('police', 'idva', 'health' as const) })
  .map(({ type, date, crime, agency }) => (incidentTypes.includes(type) ? { type, date, crime, reportedTo: [agency] } : { type, date }));

const assessmentsArb = fc
  .array(fc.record({ date: dateArb, level: fc.constantFrom<RiskLevel>('standard', 'medium', 'high'), raised: fc.boolean() }), { maxLength: 3 })
  .map((list) => list.map((a, i) => (a.raised ? raisedAt(`a-${i}`, a.date, a.date) : dashAt(`a-${i}`, a.date, a.level))));

const caseArb: fc.Arbitrary<CaseRecord> = fc
  .record({
    assessments: assessmentsArb,
    events: fc.array(eventArb, { maxLength: 10 }),
    referrals: fc.array(fc.record({ date: dateArb, agency: fc.constantFrom('police', 'idva' as const) }), { maxLength: 3 }),
    victim: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map(({ assessments, events, referrals, victim }) => caseOf({ victim: { id: `v-${victim}` }, assessments, events, maracReferrals: referrals }));

const nowArb = fc.integer({ min: 0, max: 260 }).map((day) => iso(START + day * DAY));

const keyOf = (item: { trigger: string; kind: string; dueAt: string; events: readonly { date: string }[] }) =>
  `${item.kind}|${item.trigger}|${item.dueAt}|${item.events.map((e) => e.date).join(',')}`;

describe('properties of case rules', () => {
  it('adding an event never removes a reassessment that was already due', () => {
    fc.assert(
      fc.property(caseArb, eventArb, nowArb, (record, extra, now) => {
        const before = dueReassessments(record, now, reassessmentDefaults);
        const after = dueReassessments({ ...record, events: [...record.events, extra] }, now, reassessmentDefaults);
        const keys = new Set(after.due.map(keyOf));
        for (const item of before.due) expect(keys.has(keyOf(item))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('results do not depend on the order of events, assessments or referrals', () => {
    fc.assert(
      fc.property(caseArb, nowArb, (record, now) => {
        const reversed = {
          ...record,
          events: [...record.events].reverse(),
          assessments: [...record.assessments].reverse(),
          maracReferrals: [...record.maracReferrals].reverse(),
        };
        expect(dueReassessments(reversed, now, reassessmentDefaults)).toEqual(dueReassessments(record, now, reassessmentDefaults));
      }),
      { numRuns: 150 },
    );
  });

  it('moving now forward never makes an overdue item not overdue (no assessment added)', () => {
    fc.assert(
      fc.property(caseArb, nowArb, fc.integer({ min: 0, max: 60 }), (record, now, days) => {
        const later = iso(Date.parse(now) + days * DAY);
        const ok = { ...record, assessments: record.assessments.filter((a) => a.date <= now) };
        const before = dueReassessments(ok, now, reassessmentDefaults);
        const after = dueReassessments(ok, later, reassessmentDefaults);
        const overdueLater = new Set(after.due.filter((i) => i.status === 'overdue').map(keyOf));
        for (const item of before.due.filter((i) => i.status === 'overdue')) expect(overdueLater.has(keyOf(item))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('management information totals equal the sum over cases', () => {
    const options = {
      from: '2025-01-01T00:00:00Z',
      to: '2025-07-01T00:00:00Z',
      now: '2025-09-01T00:00:00Z',
      repeat: safelivesRepeat,
      reassessment: reassessmentDefaults,
      assessmentRequired: everyIncident,
    };
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 1, maxLength: 4 }), (cases) => {
        const all = managementInformation(cases, options);
        const each = cases.map((record) => managementInformation([record], options));
        const sum = (pick: (mi: typeof all) => number) => each.reduce((total, mi) => total + pick(mi), 0);
        for (const pick of [
          (mi: typeof all) => mi.marac.referrals,
          (mi: typeof all) => mi.marac.repeats,
          (mi: typeof all) => mi.marac.fromOtherAgencies,
          (mi: typeof all) => mi.riskLevels.high + mi.riskLevels.medium + mi.riskLevels.standard + mi.riskLevels.noLevel,
          (mi: typeof all) => mi.completion.incidents,
          (mi: typeof all) => mi.completion.assessed,
          (mi: typeof all) => mi.regrading.regraded,
          (mi: typeof all) => mi.overrides.raised,
          (mi: typeof all) => mi.reassessments.due,
          (mi: typeof all) => mi.reassessments.onTime,
          (mi: typeof all) => mi.reassessments.missed,
        ]) {
          expect(pick(all)).toBe(sum(pick));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('rule: adding a later, lower (or any) assessment never lowers the governing level and never removes a MARAC route, a high-risk clock or plan check', () => {
    const laterArb = fc.record({ level: fc.constantFrom<RiskLevel>('standard', 'medium', 'high'), dara: fc.boolean(), day: fc.integer({ min: 201, max: 210 }) });
    fc.assert(
      fc.property(caseRecordArbitrary(), laterArb, (record, later) => {
        const now = iso(START + 212 * DAY);
        const date = iso(START + later.day * DAY);
        const added: CaseAssessment = later.dara
          ? {
              id: 'later',
              date,
              result: assessDara({ instrument: { id: 'dara', edition: '2022-provisional' }, answers: {}, grade: { level: later.level, rationale: 'r', by: 'pc-9', at: date } }),
            }
          : dashAt('later', date, later.level);
        const after = { ...record, assessments: [...record.assessments, added] };
        const rank = (level: RiskLevel | undefined) => (level === undefined ? -1 : compareLevels(level, 'standard'));
        expect(rank(caseEpisode(after, now).governing?.level)).toBeGreaterThanOrEqual(rank(caseEpisode(record, now).governing?.level));
        const routes = new Set(caseMaracCheck(after, now).routesMet);
        for (const id of caseMaracCheck(record, now).routesMet) expect(routes.has(id)).toBe(true);
        if (checkSafetyPlan(record, now).highRisk) expect(checkSafetyPlan(after, now).highRisk).toBe(true);
        expect(interventionLevel(after, now, cambridgeshireInterventionLevels)?.level ?? 0).toBeGreaterThanOrEqual(
          interventionLevel(record, now, cambridgeshireInterventionLevels)?.level ?? 0,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('rule: the time of day of a check never changes a decision (every date in the case before the day of the check)', () => {
    fc.assert(
      fc.property(caseRecordArbitrary(), fc.integer({ min: 0, max: 86_399 }), fc.integer({ min: 0, max: 86_399 }), (record, a, b) => {
        // Checks on 1 March 2026, a London date in GMT, at two times of day; every date in the case is in 2025.
        const day = Date.parse('2026-03-01T00:00:00Z');
        const first = iso(day + a * 1000);
        const second = iso(day + b * 1000);
        const decide = (now: string) => {
          const marac = caseMaracCheck(record, now);
          const due = dueReassessments(record, now, reassessmentDefaults);
          return {
            routes: marac.routesMet,
            actions: marac.actions,
            due: due.due.map((item) => [item.trigger, item.status, item.dueDate, item.opensAt, item.dueAt]),
            upcoming: due.upcoming.map((item) => [item.trigger, item.dueDate]),
            governing: caseEpisode(record, now).governing,
            highRisk: checkSafetyPlan(record, now).highRisk,
          };
        };
        expect(decide(second)).toEqual(decide(first));
      }),
      { numRuns: 150 },
    );
  });
});
