/**
 * The assessor's DARA grade as the first event of a result's history. A grade
 * is a judgement like any other and goes through the common mechanism
 * (`recordJudgement`); this module builds the same event and reason directly
 * in the usual case (reasons and an assessor given, a well-formed time not
 * before the assessment, no authoriser), and hands every other case to the
 * common mechanism, which refuses it with its own error or records it.
 *
 * @module
 */
import { daysInMonth } from '../common/days-in-month.js';
import { EMPTY } from '../common/deep-freeze.js';
import { parseInstant } from '../common/instant.js';
import { compareLevels, type RiskLevel } from '../model/levels.js';
import type { AuditEvent } from '../model/result.js';
import { VISIBLE } from '../model/text.js';
import { describeLevel } from './apply-judgement-trusted.js';
import type { Instrument } from '../model/instrument.js';
import type { DaraInput, DaraPolicy } from '../model/dara.js';
import { levelJudgement, recordJudgement } from './record-judgement.js';

const ZERO = 48;

/** Whether a text has a letter or digit (as `VISIBLE` reads it), looking at the first character before the pattern. */
function visible(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= ZERO && c <= ZERO + 9) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return VISIBLE.test(text);
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let k = from; k < from + count; k++) {
    const d = text.charCodeAt(k) - ZERO;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * The instant of a date-time, as `parseInstant` reads it: the common
 * `2025-03-01T22:00:00Z` form read digit by digit, any other through
 * `parseInstant`.
 *
 * @internal
 */
export function gradeInstant(text: string): number | undefined {
  if (
    text.length !== 20 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    text.charCodeAt(19) !== 90
  ) {
    return parseInstant(text);
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 100 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return parseInstant(text);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, 0);
}

/**
 * The assessor's grade as an audit event (`set`, nothing computed) and its
 * reason, exactly as the common judgement mechanism records it; a grade it
 * would refuse is refused by it.
 *
 * @internal
 */
export function assessorGrade(instrument: Instrument, policy: DaraPolicy, input: DaraInput): { readonly event: AuditEvent; readonly reason: string } {
  const grade = input.grade;
  const { rationale, by, at, level } = grade;
  const assessedAt = input.assessedAt ?? null;
  if (
    (grade as { readonly authorisedBy?: unknown }).authorisedBy === undefined &&
    typeof rationale === 'string' &&
    typeof by === 'string' &&
    typeof at === 'string' &&
    (assessedAt === null || typeof assessedAt === 'string') &&
    visible(rationale) &&
    visible(by)
  ) {
    const when = gradeInstant(at);
    const since = assessedAt === null ? undefined : gradeInstant(assessedAt);
    if (when !== undefined && (since === undefined || when >= since)) {
      const referToMarac = grade.referToMarac === true;
      const event: AuditEvent = Object.freeze({
        kind: 'judgement' as const,
        action: 'set' as const,
        by,
        at,
        from: null,
        to: level,
        computed: null,
        referToMarac,
        rationale,
        policy: Object.freeze({ id: policy.id, version: policy.version }),
        instrument: Object.freeze({ id: instrument.id, edition: instrument.edition }),
      });
      const reason = `Professional judgement by ${by} at ${at} set level ${level}${referToMarac ? ' and referred to MARAC on professional judgement' : ''}; the rationale is recorded in the history.`;
      return { event, reason };
    }
  }
  return recordJudgement<RiskLevel>(
    {
      assessedAt,
      history: EMPTY,
      current: null,
      computed: null,
      instrument,
      policy: { id: policy.id, version: policy.version, rule: policy.judgement },
      compare: compareLevels,
      describe: describeLevel,
    },
    levelJudgement(grade),
    // Stryker disable next-line ArrayDeclaration,StringLiteral: this path is used only to refuse a lowering below a computed grade, and a DARA grade has none (computed is null)
    ['grade', 'level'],
  );
}
