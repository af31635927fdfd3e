// What a case needs now: the due and upcoming reassessments in due-date order, the summary a
// practitioner reads first, a case with no assessment, events not yet happened, and the DASH
// pregnancy question after a recorded pregnancy or birth.
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDara,
  assessRim,
  defineReassessmentPolicy,
  dueReassessments,
  reassessmentDefaults,
  type CaseAssessment,
  type CaseEvent,
  type DashAnswerValue,
} from '../../../src/index.js';
import { caseOf, dashAt } from '../../support/cases.js';
import { deepFrozen, inputWith, viaJson } from '../../support/fixtures.js';

const LAST_WORD = 'A reassessment may find the risk higher or lower; any lowering is a practitioner\u2019s recorded decision, never the library\u2019s.';
const BIRTH: CaseEvent = { id: 'b-1', type: 'pregnancy-or-birth', date: '2025-01-05T10:00:00Z' };

function dashWith(id: string, date: string, pregnancy: DashAnswerValue | undefined): CaseAssessment {
  const answers: Record<string, DashAnswerValue> = { 'current-injury': 'yes' };
  if (pregnancy !== undefined) answers['pregnancy-or-recent-birth'] = pregnancy;
  return { id, date, result: assess({ ...inputWith(answers), id, assessedAt: date }) };
}

function rim(id: string, date: string): CaseAssessment {
  return {
    id,
    date,
    result: assessRim({ instrument: { id: 'barnardos-rim', edition: '2009-provisional' }, id, assessedAt: date, answers: {}, children: [{ id: 'c-1', age: { years: 1 }, specialNeeds: false }] }),
  };
}

const event = (id: string, type: CaseEvent['type'], date: string): CaseEvent => ({ id, type, date });

describe('the summary says how many reassessments are due and how many of them are overdue', () => {
  it('nothing due: the summary says so, then the episode, then that any lowering is a practitioner\u2019s decision', () => {
    const answer = dueReassessments(caseOf({ assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'standard')] }), '2025-01-11T10:00:00Z', reassessmentDefaults);
    expect(answer.due).toEqual([]);
    expect(answer.noAssessmentOnRecord).toBe(false);
    expect(answer.reasons).toEqual(['No reassessment is due.', ...answer.episode.reasons, LAST_WORD]);
    expect(answer.policy).toEqual({ id: 'reassessment-defaults', version: '2' });
    expect(answer.now).toBe('2025-01-11T10:00:00Z');
    expect(deepFrozen(answer)).toBe(true);
  });

  it('one due and none overdue: "1 reassessment is due.", followed by its reason', () => {
    const record = caseOf({ assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'standard')], events: [event('e-1', 'charged', '2025-01-12T10:00:00Z')] });
    const answer = dueReassessments(record, '2025-01-13T10:00:00Z', reassessmentDefaults);
    expect(answer.reasons.slice(0, 2)).toEqual(['1 reassessment is due.', answer.due[0]!.reason]);
  });

  it('several due, some overdue: the count of each, and every reason in due-date order', () => {
    const record = caseOf({
      assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'standard')],
      events: [event('e-1', 'charged', '2025-01-12T10:00:00Z'), event('e-2', 'released-from-custody', '2025-01-11T10:00:00Z'), event('e-3', 'bail-changed', '2025-01-11T11:00:00Z')],
    });
    const answer = dueReassessments(record, '2025-01-13T10:00:00Z', reassessmentDefaults);
    expect(answer.due.map((item) => [item.trigger, item.status, item.dueDate])).toEqual([
      ['bail-changed', 'overdue', '2025-01-12'],
      ['released-from-custody', 'overdue', '2025-01-12'],
      ['charged', 'due', '2025-01-19'],
    ]);
    expect(answer.reasons.slice(0, 4)).toEqual(['3 reassessments are due, 2 overdue.', ...answer.due.map((item) => item.reason)]);
  });

  it('one overdue: "1 reassessment is due, 1 overdue."', () => {
    const record = caseOf({ assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'standard')], events: [event('e-2', 'released-from-custody', '2025-01-11T10:00:00Z')] });
    expect(dueReassessments(record, '2025-01-13T10:00:00Z', reassessmentDefaults).reasons[0]).toBe('1 reassessment is due, 1 overdue.');
  });

  it('two due, none overdue: "2 reassessments are due."', () => {
    const record = caseOf({
      assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'standard')],
      events: [event('e-1', 'charged', '2025-01-12T10:00:00Z'), event('e-2', 'sentenced', '2025-01-12T10:00:00Z')],
    });
    expect(dueReassessments(record, '2025-01-13T10:00:00Z', reassessmentDefaults).reasons[0]).toBe('2 reassessments are due.');
  });
});

describe('due and upcoming items are listed earliest due first, ties by trigger name', () => {
  it('whatever order the events are recorded in, the earliest due date comes first', () => {
    const events = [
      event('e-1', 'victim-moved', '2025-01-12T10:00:00Z'),
      event('e-2', 'released-from-custody', '2025-01-12T10:00:00Z'),
      event('e-3', 'order-imposed', '2025-01-12T10:00:00Z'),
      event('e-4', 'charged', '2025-01-11T10:00:00Z'),
    ];
    const expected = [
      ['released-from-custody', '2025-01-13'],
      ['order-imposed', '2025-01-14'],
      ['charged', '2025-01-18'],
      ['victim-moved', '2025-01-19'],
    ];
    for (const order of [events, [...events].reverse(), [events[2]!, events[0]!, events[3]!, events[1]!]]) {
      const answer = dueReassessments(caseOf({ assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'standard')], events: order }), '2025-01-12T12:00:00Z', reassessmentDefaults);
      expect(answer.due.map((item) => [item.trigger, item.dueDate])).toEqual(expected);
    }
  });

  it('items due at the same moment are listed by trigger name, whatever the recorded order', () => {
    const same = ['separation', 'order-imposed', 'stalking'] as const;
    const events = same.map((type, i) => (type === 'stalking' ? { id: `e-${i}`, type, date: '2025-01-12T10:00:00Z', crime: true, reportedTo: ['police' as const] } : event(`e-${i}`, type, '2025-01-12T10:00:00Z')));
    for (const order of [events, [...events].reverse(), [events[1]!, events[2]!, events[0]!]]) {
      const answer = dueReassessments(caseOf({ assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'standard')], events: order }), '2025-01-12T12:00:00Z', reassessmentDefaults);
      expect(answer.due.map((item) => item.trigger)).toEqual(['order-imposed', 'separation', 'stalking']);
    }
  });

  it('upcoming items are in due-date order too, the review clock among them', () => {
    const record = caseOf({
      assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'high')],
      events: [event('t-2', 'trial-approaching', '2025-04-20T10:00:00Z'), event('t-1', 'released-from-prison', '2025-03-01T10:00:00Z'), event('t-3', 'order-expiring', '2025-03-01T10:00:00Z')],
    });
    const answer = dueReassessments(record, '2025-01-11T10:00:00Z', reassessmentDefaults);
    expect(answer.due).toEqual([]);
    expect(answer.upcoming.map((item) => [item.trigger, item.dueDate])).toEqual([
      ['periodic-review', '2025-02-21'],
      ['order-expiring', '2025-03-01'],
      ['released-from-prison', '2025-03-01'],
      ['trial-approaching', '2025-04-20'],
    ]);
  });
});

describe('a case with no assessment on or before the check says so', () => {
  it('no assessment at all', () => {
    const answer = dueReassessments(caseOf({ events: [event('e-1', 'charged', '2025-01-12T10:00:00Z')] }), '2025-01-13T10:00:00Z', reassessmentDefaults);
    expect(answer.noAssessmentOnRecord).toBe(true);
    expect(answer.reasons).toEqual(['1 reassessment is due.', answer.due[0]!.reason, 'No assessment is on record for this case.', ...answer.episode.reasons, LAST_WORD]);
  });

  it('an assessment at the moment of the check is on record', () => {
    const answer = dueReassessments(caseOf({ assessments: [dashAt('a-1', '2025-01-13T10:00:00Z', 'standard')] }), '2025-01-13T10:00:00Z', reassessmentDefaults);
    expect(answer.noAssessmentOnRecord).toBe(false);
    expect(answer.reasons.join(' ')).not.toMatch(/No assessment is on record/);
  });

  it('one assessment dated after the check: not read, and the reason asks to check the dates', () => {
    const answer = dueReassessments(caseOf({ assessments: [dashAt('a-1', '2025-01-13T10:00:01Z', 'standard')] }), '2025-01-13T10:00:00Z', reassessmentDefaults);
    expect(answer.noAssessmentOnRecord).toBe(true);
    expect(answer.reasons).toContain('No assessment is on record on or before the time of the check (1 dated after it was not read: check the dates).');
  });

  it('two assessments dated after the check', () => {
    const answer = dueReassessments(
      caseOf({ assessments: [dashAt('a-1', '2025-01-14T10:00:00Z', 'standard'), dashAt('a-2', '2025-01-15T10:00:00Z', 'standard')] }),
      '2025-01-13T10:00:00Z',
      reassessmentDefaults,
    );
    expect(answer.reasons).toContain('No assessment is on record on or before the time of the check (2 dated after it were not read: check the dates).');
  });
});

describe('events dated after the check are counted in the reasons, not as triggers', () => {
  it('one event, then two', () => {
    const one = caseOf({ assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'standard')], events: [event('e-1', 'charged', '2025-01-20T10:00:00Z')] });
    const answer = dueReassessments(one, '2025-01-13T10:00:00Z', reassessmentDefaults);
    expect(answer.reasons).toEqual(['No reassessment is due.', ...answer.episode.reasons, LAST_WORD, '1 event is dated after the time of the check and not counted.']);
    const two = { ...one, events: [...one.events, event('e-2', 'sentenced', '2025-01-21T10:00:00Z')] };
    expect(dueReassessments(two, '2025-01-13T10:00:00Z', reassessmentDefaults).reasons.at(-1)).toBe('2 events are dated after the time of the check and not counted.');
  });
});

describe('after a pregnancy or birth, the DASH pregnancy question applies for the policy window (18 months)', () => {
  const NOW = '2025-02-01T10:00:00Z';
  const answerFor = (assessments: CaseAssessment[], events: CaseEvent[] = [BIRTH], now = NOW, policy = reassessmentDefaults) =>
    dueReassessments(caseOf({ assessments, events }), now, policy);

  it('the latest assessment recorded no: flagged, with the window end and the answer', () => {
    const answer = answerFor([dashWith('a-1', '2025-01-20T10:00:00Z', 'no')]);
    expect(answer.recentBirth).toEqual({ event: { id: 'b-1', date: BIRTH.date }, until: '2026-07-05T22:59:59.999Z', latestAnswer: 'no' });
    expect(answer.reasons.at(-1)).toBe('A pregnancy or birth was recorded on 2025-01-05T10:00:00Z: the DASH pregnancy question applies until 2026-07-05T22:59:59.999Z, and the latest assessment recorded no.');
  });

  it('the latest assessment recorded yes: nothing to flag', () => {
    const answer = answerFor([dashWith('a-1', '2025-01-20T10:00:00Z', 'yes')]);
    expect(answer.recentBirth).toBeNull();
    expect(answer.reasons.join(' ')).not.toMatch(/pregnancy or birth was recorded/);
  });

  it.each([
    ['dont-know', 'dont-know'],
    ['declined', 'declined'],
    ['unanswered', undefined],
  ] as const)('the latest assessment left it %s: the answer is unknown', (_label, value) => {
    const answer = answerFor([dashWith('a-1', '2025-01-20T10:00:00Z', value)]);
    expect(answer.recentBirth?.latestAnswer).toBe('unknown');
    expect(answer.reasons.at(-1)).toBe('A pregnancy or birth was recorded on 2025-01-05T10:00:00Z: the DASH pregnancy question applies until 2026-07-05T22:59:59.999Z, and the latest assessment recorded unknown.');
  });

  it('a DARA with the question unanswered is unknown too', () => {
    const dara: CaseAssessment = {
      id: 'd-1',
      date: '2025-01-20T10:00:00Z',
      result: assessDara({ instrument: { id: 'dara', edition: '2022-provisional' }, id: 'd-1', assessedAt: '2025-01-20T10:00:00Z', answers: {}, grade: { level: 'medium', rationale: 'r', by: 'pc-1', at: '2025-01-20T10:00:00Z' } }),
    };
    expect(answerFor([dara]).recentBirth?.latestAnswer).toBe('unknown');
  });

  it('no assessment: the reason says the latest assessment is missing', () => {
    const answer = answerFor([]);
    expect(answer.recentBirth).toMatchObject({ latestAnswer: 'none' });
    expect(answer.reasons.at(-1)).toBe('A pregnancy or birth was recorded on 2025-01-05T10:00:00Z: the DASH pregnancy question applies until 2026-07-05T22:59:59.999Z, and the latest assessment is missing.');
  });

  it('an instrument that does not hold the policy\u2019s question: the reason says it was not asked', () => {
    const base = viaJson(reassessmentDefaults);
    const other = defineReassessmentPolicy({ ...base, id: 'other-question', recentBirth: { ...base.recentBirth, item: 'expecting-a-baby' } });
    const answer = answerFor([dashWith('a-1', '2025-01-20T10:00:00Z', 'yes')], [BIRTH], NOW, other);
    expect(answer.recentBirth).toMatchObject({ latestAnswer: 'not-asked' });
    expect(answer.reasons.at(-1)).toBe('A pregnancy or birth was recorded on 2025-01-05T10:00:00Z: the DASH pregnancy question applies until 2026-07-05T22:59:59.999Z, and the latest assessment did not ask it.');
  });

  it('the latest risk assessment on or before the check is read: not a RIM, not one dated after the check', () => {
    const yesThenNo = [dashWith('a-1', '2025-01-20T10:00:00Z', 'yes'), dashWith('a-2', '2025-01-25T10:00:00Z', 'no')];
    expect(answerFor(yesThenNo).recentBirth?.latestAnswer).toBe('no');
    expect(answerFor([dashWith('a-1', '2025-01-20T10:00:00Z', 'no'), rim('rim-1', '2025-01-25T10:00:00Z')]).recentBirth?.latestAnswer).toBe('no');
    expect(answerFor([dashWith('a-1', '2025-01-20T10:00:00Z', 'no'), dashWith('a-2', '2025-02-02T10:00:00Z', 'yes')]).recentBirth?.latestAnswer).toBe('no');
    expect(answerFor([dashWith('a-1', '2025-01-20T10:00:00Z', 'yes'), dashWith('a-2', NOW, 'no')]).recentBirth?.latestAnswer).toBe('no');
    expect(answerFor([dashWith('a-1', '2025-01-20T10:00:00Z', 'no'), dashWith('a-2', NOW, 'yes')]).recentBirth).toBeNull();
  });

  it('a RIM alone is no answer: the latest assessment is missing', () => {
    expect(answerFor([rim('rim-1', '2025-01-25T10:00:00Z')]).recentBirth?.latestAnswer).toBe('none');
  });

  it('the window runs to the end of the London date 18 months on, whatever the time of the check', () => {
    const assessments = [dashWith('a-1', '2025-01-20T10:00:00Z', 'no')];
    expect(answerFor(assessments, [BIRTH], '2026-07-05T22:59:59Z').recentBirth).not.toBeNull();
    expect(answerFor(assessments, [BIRTH], '2026-07-05T23:00:00Z').recentBirth).toBeNull();
  });

  it('the latest birth on or before the check counts; one dated after it does not', () => {
    const assessments = [dashWith('a-1', '2025-01-20T10:00:00Z', 'no')];
    const older: CaseEvent = { id: 'b-0', type: 'pregnancy-or-birth', date: '2023-01-01T10:00:00Z' };
    expect(answerFor(assessments, [BIRTH, older]).recentBirth?.event).toEqual({ id: 'b-1', date: BIRTH.date });
    const later: CaseEvent = { id: 'b-2', type: 'pregnancy-or-birth', date: '2025-02-01T10:00:01Z' };
    expect(answerFor(assessments, [BIRTH, later]).recentBirth?.event).toEqual({ id: 'b-1', date: BIRTH.date });
    expect(answerFor(assessments, [later]).recentBirth).toBeNull();
    expect(answerFor(assessments, [{ ...later, date: NOW }]).recentBirth?.event).toEqual({ id: 'b-2', date: NOW });
    // An older birth outside its window is not brought back by being the only one.
    expect(answerFor(assessments, [older]).recentBirth).toBeNull();
  });

  it('only a pregnancy or birth event opens the window; an unnamed one is reported with a null id', () => {
    const assessments = [dashWith('a-1', '2025-01-20T10:00:00Z', 'no')];
    expect(answerFor(assessments, [event('s-1', 'separation', '2025-01-05T10:00:00Z')]).recentBirth).toBeNull();
    expect(answerFor(assessments, [{ type: 'pregnancy-or-birth', date: BIRTH.date }]).recentBirth?.event).toEqual({ id: null, date: BIRTH.date });
  });
});
