// A reason is what a MARAC chair reads: it must say what the rule did, in correct English.
import { describe, expect, it } from 'vitest';
import { assess, caadaCrimeOnlyRepeatMarac, checkMarac, dashRic2009, safelivesMarac } from '../../../src/index.js';
import { route } from './support.js';

const NOW = '2025-06-01T12:00:00Z';

describe('reason wording', () => {
  it('a month-only incident left out as not a crime is not said to have been counted', () => {
    const decision = checkMarac(
      {
        now: NOW,
        victimAge: 30,
        previousReferrals: [{ date: '2024-09-01T10:00:00Z' }],
        events: [{ date: '2025-03-15T00:00:00Z', reportedTo: ['police'], crime: false, precision: 'month' }],
      },
      caadaCrimeOnlyRepeatMarac,
    );
    const repeat = route(decision, 'repeat');
    expect(repeat.met).toBe(false);
    expect(repeat.reason).toMatch(/1 non-crime incident in the window is not counted/);
    expect(repeat.reason).not.toMatch(/was counted/);
  });

  it('events or referrals after the time of the check are counted in the plural as "events or referrals"', () => {
    const decision = checkMarac(
      {
        now: NOW,
        victimAge: 30,
        previousReferrals: [{ date: '2024-09-01T10:00:00Z' }, { date: '2025-06-02T00:00:00Z' }],
        events: [{ date: '2025-06-05T00:00:00Z', reportedTo: ['police'], crime: true }],
      },
      safelivesMarac,
    );
    const text = JSON.stringify(decision.routes.map((r) => r.reason));
    expect(text).toMatch(/2 events or referrals dated after the time of the check were not counted/);
    expect(text).not.toMatch(/event or referrals/);
  });

  it('one unknown answer that could reach the threshold is "1 question is unknown"', () => {
    const ids = dashRic2009.items.filter((item) => item.counts).map((item) => item.id);
    const answers = Object.fromEntries(ids.map((id, i) => [id, { value: i < 13 ? 'yes' : i === 13 ? 'dont-know' : 'no' }]));
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers }) }, safelivesMarac);
    const visible = route(decision, 'visible-high-risk');
    expect(visible.reason).toMatch(/1 question is unknown, declined or unanswered and could reach it/);
  });
});
