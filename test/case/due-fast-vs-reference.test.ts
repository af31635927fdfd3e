/**
 * The fast `dueReassessments` (issue 15) against the reference copy of the rules as they stood
 * before it (test/support/reference-case): on arbitrary cases, times of check and policies, the
 * two give byte-identical JSON, or the same error. Missing and empty lists, unsorted events, ties,
 * month-precision dates, offsets and fractions of a second, the clock changes and the edges of a
 * London day are all drawn on purpose: a faster path that drops or delays a due reassessment is the
 * worst failure this library can have.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessDaraTrusted,
  dara2022Provisional,
  daraConsistency,
  defineEpisodePolicy,
  defineReassessmentPolicy,
  dueReassessments,
  episodeDefaults,
  incidentTypes,
  parseCase,
  reassessmentDefaults,
  triggerTypes,
  DaRiskError,
  type CaseAssessment,
  type Duration,
  type EpisodePolicy,
  type ReassessmentPolicy,
  type RiskLevel,
} from '../../src/index.js';
import { isDeepFrozen } from '../../src/common/is-deep-frozen.js';
import { caseRecordArbitrary } from '../../src/testing.js';
import { dashAt, raisedAt, rimAt } from '../support/cases.js';
import { referenceDueReassessments } from '../support/reference-case/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Instants around which dates are drawn: the clock changes of 2024–2026 (01:00 UTC), London midnights, and ordinary days. */
const ANCHORS = [
  '2024-03-31T01:00:00Z',
  '2024-10-27T01:00:00Z',
  '2025-03-30T01:00:00Z',
  '2025-10-26T01:00:00Z',
  '2026-03-29T01:00:00Z',
  '2025-06-30T23:00:00Z',
  '2025-12-31T00:00:00Z',
  '2025-02-28T12:00:00Z',
  '2024-02-29T00:00:00Z',
].map((text) => Date.parse(text));

const two = (n: number) => String(n).padStart(2, '0');

/** An instant written as a case system might: `Z`, an offset, with or without a fraction of a second. */
function written(instant: number, form: number, offsetMinutes: number): string {
  if (form === 0) return new Date(instant).toISOString().replace('.000Z', 'Z');
  if (form === 1) return new Date(instant).toISOString();
  const local = new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const fraction = form === 3 ? `.${String(instant % 1000).padStart(3, '0')}` : '';
  return `${local}${fraction}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

const instantArb = fc.oneof(
  // Near a clock change or a London midnight, to the minute.
  fc.tuple(fc.constantFrom(...ANCHORS), fc.integer({ min: -72 * 60, max: 72 * 60 })).map(([anchor, minutes]) => anchor + minutes * 60_000),
  // Whole days (ties between events are common).
  fc.integer({ min: 0, max: 900 }).map((day) => Date.parse('2024-01-01T00:00:00Z') + day * DAY),
  // Any second of 2023–2026, and a few milliseconds.
  fc.integer({ min: Date.parse('2023-01-01T00:00:00Z') / 1000, max: Date.parse('2026-12-31T00:00:00Z') / 1000 }).chain((s) =>
    fc.constantFrom(s * 1000, s * 1000 + 1, s * 1000 + 999),
  ),
);

const dateArb = fc
  .tuple(instantArb, fc.constantFrom(0, 0, 0, 1, 2, 3), fc.constantFrom(0, 60, -300, 330, -60, 840, -720))
  .map(([instant, form, offset]) => written(instant, form, form < 2 ? 0 : offset));

const eventArb = fc
  .record({
    type: fc.constantFrom(...triggerTypes),
    date: dateArb,
    crime: fc.constantFrom(true, false, 'unknown' as const),
    month: fc.boolean(),
    id: fc.option(fc.constantFrom('e-1', 'e-2', 'e-3'), { nil: undefined }),
  })
  .map(({ type, date, crime, month, id }) => ({
    ...(id === undefined ? {} : { id }),
    type,
    date,
    ...(incidentTypes.includes(type) ? { crime, reportedTo: ['police'] } : {}),
    ...(month && (type === 'released-from-prison' || type === 'case-closing' || type === 'trial-approaching') ? { precision: 'month' } : {}),
  }));

const assessmentArb = fc
  .record({
    kind: fc.constantFrom('dash', 'dash', 'raised', 'rim', 'dara'),
    date: instantArb,
    later: fc.integer({ min: 0, max: 400 * 24 }),
    level: fc.constantFrom<RiskLevel>('standard', 'medium', 'high'),
  })
  .map(({ kind, date, later, level }) => ({ kind, date: new Date(date).toISOString().replace('.000Z', 'Z'), at: new Date(date + later * HOUR).toISOString().replace('.000Z', 'Z'), level }));

function assessmentOf(drawn: { kind: string; date: string; at: string; level: RiskLevel }, id: string): CaseAssessment {
  if (drawn.kind === 'raised') return raisedAt(id, drawn.date, drawn.at);
  if (drawn.kind === 'rim') return rimAt(id, drawn.date, drawn.level === 'high' ? ['rim-violence-severe-life-threatening'] : [], 1);
  if (drawn.kind === 'dara') {
    return {
      id,
      date: drawn.date,
      firstResponse: true,
      result: assessDaraTrusted(
        dara2022Provisional,
        { instrument: { id: 'dara', edition: '2022-provisional' }, id, answers: {}, grade: { level: drawn.level, rationale: 'Officer\u2019s reasons.', by: 'pc-1', at: drawn.date } },
        daraConsistency,
      ),
    };
  }
  return dashAt(id, drawn.date, drawn.level);
}

/** Raw case records (outside data), with every optional list sometimes missing and sometimes empty. */
const rawCaseArb = fc
  .record({
    assessments: fc.array(assessmentArb, { maxLength: 4 }),
    events: fc.array(eventArb, { maxLength: 24 }),
    referrals: fc.array(fc.record({ date: dateArb, dateOnly: fc.boolean() }), { maxLength: 2 }),
    decision: fc.option(fc.record({ date: dateArb, authorised: fc.boolean(), pick: fc.nat({ max: 3 }) }), { nil: undefined }),
    closure: fc.option(dateArb, { nil: undefined }),
    lists: fc.constantFrom('missing', 'empty'),
    reversed: fc.boolean(),
  })
  .map(({ assessments, events, referrals, decision, closure, lists, reversed }) => {
    const made = assessments.map((drawn, i) => assessmentOf(drawn, `a-${i}`));
    const decisions =
      decision !== undefined && made.length > 0
        ? [
            {
              date: decision.date,
              by: 'idva-1',
              rationale: 'Recorded reasons.',
              assessmentIds: [made[decision.pick % made.length]!.id],
              ...(decision.authorised ? { authorisedBy: 'manager-1' } : {}),
            },
          ]
        : lists === 'empty'
          ? []
          : undefined;
    const closures = closure !== undefined ? [{ date: closure, by: 'idva-1', rationale: 'Recorded reasons.' }] : lists === 'empty' ? [] : undefined;
    return {
      id: 'case-1',
      assessments: reversed ? [...made].reverse() : made,
      events: reversed ? [...events].reverse() : events,
      maracReferrals: referrals.map(({ date, dateOnly }) => ({ date, agency: 'idva', ...(dateOnly ? { dateOnly: true } : {}) })),
      reviews: [],
      ...(decisions === undefined ? {} : { decisionsNotToRefer: decisions }),
      ...(closures === undefined ? {} : { closures }),
    };
  });

const durationArb: fc.Arbitrary<Duration> = fc.oneof(
  fc.integer({ min: 0, max: 30 }).map((days) => ({ days })),
  fc.integer({ min: 0, max: 400 }).map((hours) => ({ hours })),
  fc.integer({ min: 0, max: 24 }).map((months) => ({ months })),
);
const positiveArb: fc.Arbitrary<Duration> = fc.oneof(
  fc.integer({ min: 1, max: 90 }).map((days) => ({ days })),
  fc.integer({ min: 1, max: 2000 }).map((hours) => ({ hours })),
  fc.integer({ min: 1, max: 12 }).map((months) => ({ months })),
);

/** Reassessment policies: the shipped one, or one with its timings, intervals, counting and lead redrawn (and sometimes a trigger left out). */
const policyArb: fc.Arbitrary<ReassessmentPolicy> = fc.oneof(
  fc.constant(reassessmentDefaults),
  fc
    .record({
      timings: fc.array(fc.tuple(fc.boolean(), durationArb), { minLength: reassessmentDefaults.triggers.length, maxLength: reassessmentDefaults.triggers.length }),
      drop: fc.option(fc.nat({ max: reassessmentDefaults.triggers.length - 1 }), { nil: undefined, freq: 8 }),
      high: fc.option(positiveArb, { nil: null, freq: 6 }),
      medium: fc.option(positiveArb, { nil: null }),
      standard: fc.option(positiveArb, { nil: null }),
      counting: fc.constantFrom('from-last-assessment' as const, 'from-last-due-date' as const),
      lead: durationArb,
      birth: durationArb,
    })
    .map(({ timings, drop, high, medium, standard, counting, lead, birth }) =>
      defineReassessmentPolicy({
        ...reassessmentDefaults,
        id: 'drawn-reassessment',
        version: '1',
        basis: 'local',
        triggers: reassessmentDefaults.triggers
          .map((rule, i) => ({ ...rule, timing: timings[i]![0] ? { after: timings[i]![1] } : { before: timings[i]![1] } }))
          .filter((_, i) => i !== drop),
        periodic: { ...reassessmentDefaults.periodic, intervals: { high, medium, standard }, counting, lead },
        recentBirth: { ...reassessmentDefaults.recentBirth, window: birth },
      }),
    ),
);

const episodeArb: fc.Arbitrary<EpisodePolicy> = fc.oneof(
  fc.constant(episodeDefaults),
  positiveArb.map((window) => defineEpisodePolicy({ ...episodeDefaults, id: 'drawn-episode', window })),
);

/** What a call gives: its JSON, or its error's code and issues. */
function outcome(run: () => unknown): string {
  try {
    const value = run();
    expect(isDeepFrozen(value)).toBe(true);
    return `ok ${JSON.stringify(value)}`;
  } catch (error) {
    if (!(error instanceof DaRiskError)) throw error;
    return `error ${error.code} ${error.message} ${JSON.stringify(error.issues)}`;
  }
}

function sameAsReference(record: unknown, now: string, policy: ReassessmentPolicy, episode: EpisodePolicy): void {
  const expected = outcome(() => referenceDueReassessments(record, now, policy, episode));
  expect(outcome(() => dueReassessments(record, now, policy, episode))).toBe(expected);
  // Read again from the parsed record (its timeline then remembered): still the same.
  let parsed: unknown;
  try {
    parsed = parseCase(record as never);
  } catch {
    return;
  }
  expect(outcome(() => dueReassessments(parsed, now, policy, episode))).toBe(expected);
  expect(outcome(() => dueReassessments(parsed, now, policy, episode))).toBe(expected);
}

describe('dueReassessments gives exactly what the reference rules give', () => {
  it('on drawn cases with odd dates, missing and empty lists, and drawn policies', () => {
    fc.assert(
      fc.property(rawCaseArb, dateArb, policyArb, episodeArb, (record, now, policy, episode) => sameAsReference(record, now, policy, episode)),
      { numRuns: 400 },
    );
  });

  it('on the testing kit\u2019s case histories (judgements, DARA, decisions not to refer, closures)', () => {
    fc.assert(
      fc.property(caseRecordArbitrary(), dateArb, policyArb, (record, now, policy) => sameAsReference(record, now, policy, episodeDefaults)),
      { numRuns: 200 },
    );
  });

  it('on dates that are not ISO date-times, or almost are, in the record or as the time of the check', () => {
    const odd = fc.constantFrom(
      '2025-02-29T10:00:00Z',
      '2025-13-01T10:00:00Z',
      '2025-06-01T24:00:00Z',
      '2025-06-01T10:60:00Z',
      '2025-06-01T10:00:60Z',
      '2025-06-01T10:00Z',
      '2025-06-01 10:00:00Z',
      '2025-06-01T10:00:00z',
      '2025-06-01T10:00:00+24:00',
      '2025-06-01T10:00:00+01:60',
      '2025-06-01T10:00:00+0100',
      '2025-06-01T10:00:00.5Z',
      '2025-06-01T10:00:00.123456789+01:00',
      '0001-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '2025-06-01',
      '',
    );
    fc.assert(
      fc.property(rawCaseArb, odd, fc.boolean(), dateArb, (record, text, inRecord, now) => {
        const withOdd = inRecord ? { ...record, events: [...record.events, { type: 'charged', date: text }] } : record;
        sameAsReference(withOdd, inRecord ? now : text, reassessmentDefaults, episodeDefaults);
      }),
      { numRuns: 200 },
    );
  });
});
