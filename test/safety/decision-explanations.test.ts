// Approved explanations: for a set of practitioner scenarios, the whole MARAC decision (every
// route's outcome, basis, reason and evidence; notices; actions) is compared with the approved
// copy in __snapshots__. A changed word in a decision is a changed decision to a practitioner or
// a review: any difference fails, and is approved only by updating the snapshot on purpose
// (`npx vitest run -u test/safety/decision-explanations.test.ts`) with a changeset that says why.
import { describe, expect, it } from 'vitest';
import {
  applyJudgement,
  assess,
  assessDara,
  caadaCrimeOnlyRepeatMarac,
  checkMarac,
  commonLocalBands,
  defineMaracPolicy,
  policeDash2009,
  safelives2009Marac,
  safelivesMarac,
  type MaracPolicy,
} from '../../src/index.js';
import { inputWithYes, viaJson } from '../support/fixtures.js';

const NOW = '2025-06-01T12:00:00Z';
const dara = (level: 'standard' | 'medium' | 'high') => {
  const graded = assessDara({
    instrument: { id: 'dara', edition: '2022-provisional' },
    id: 'dara-1',
    assessedAt: '2025-05-30T10:00:00Z',
    answers: { strangulation: { value: 'once' } },
    grade: { level, rationale: 'Officer\u2019s view at the scene.', by: 'pc-1', at: '2025-05-30T10:00:00Z' },
  });
  return graded;
};
const promptOnly: MaracPolicy = defineMaracPolicy({
  ...viaJson(safelivesMarac),
  id: 'escalation-prompts',
  version: '1',
  basis: 'local',
  title: 'Escalation prompts a full assessment',
  summary: 'As SafeLives, except that potential escalation prompts a full assessment and judgement instead of a referral.',
  potentialEscalation: { ...viaJson(safelivesMarac.potentialEscalation), isReferralRoute: false, basis: 'local' },
});

const scenarios: [string, () => unknown][] = [
  ['no assessment, adult, nothing on record', () => checkMarac({ now: NOW, victimAge: 40 })],
  ['age not given, 13 yes with unknowns that could reach 14', () => checkMarac({ now: NOW, assessment: assess(inputWithYes(13, 'dont-know')) })],
  ['14 yes on the RIC under SafeLives alone', () => checkMarac({ now: NOW, victimAge: 30, assessment: assess(inputWithYes(14)) }, safelivesMarac)],
  ['14 yes on the police form under the default', () => checkMarac({ now: NOW, victimAge: 30, assessment: assess(inputWithYes(14, 'no', policeDash2009)) })],
  ['14 yes on the police form under SafeLives alone', () => checkMarac({ now: NOW, victimAge: 30, assessment: assess(inputWithYes(14, 'no', policeDash2009)) }, safelivesMarac)],
  [
    'a paper count of 14 on the RIC, and 12 with 3 unknown',
    () => [
      checkMarac({ now: NOW, victimAge: 30, paperCount: { instrument: { id: 'dash-ric', edition: '2009' }, count: 14, unknown: 0, id: 'paper-1' } }),
      checkMarac({ now: NOW, victimAge: 30, paperCount: { instrument: { id: 'dash-ric', edition: '2009' }, count: 12, unknown: 3 } }),
    ],
  ],
  ['DARA high under the default', () => checkMarac({ now: NOW, victimAge: 30, assessment: dara('high') })],
  ['DARA medium under the default', () => checkMarac({ now: NOW, victimAge: 30, assessment: dara('medium') })],
  ['DARA high under SafeLives alone', () => checkMarac({ now: NOW, victimAge: 30, assessment: dara('high') }, safelivesMarac)],
  [
    'judged high without a referral, default and SafeLives alone',
    () => {
      const judged = applyJudgement(assess(inputWithYes(9)), { level: 'high', rationale: 'Strangulation disclosed since.', by: 'idva-1', at: '2025-05-31T10:00:00Z' }, commonLocalBands);
      return [checkMarac({ now: NOW, victimAge: 30, assessment: judged }), checkMarac({ now: NOW, victimAge: 30, assessment: judged }, safelivesMarac)];
    },
  ],
  [
    'judged medium with a referral on judgement',
    () => {
      const judged = applyJudgement(assess(inputWithYes(8)), { level: 'medium', rationale: 'She fears for her life.', by: 'idva-2', at: '2025-05-31T10:00:00Z', referToMarac: true }, commonLocalBands);
      return checkMarac({ now: NOW, victimAge: 30, assessment: judged });
    },
  ],
  [
    'professional judgement given with the check',
    () => checkMarac({ now: NOW, victimAge: 30, professionalJudgement: { by: 'idva-3', at: '2025-05-31T09:00:00Z', rationale: 'Threats from his family.' } }),
  ],
  [
    'escalation: three events, one to health, one outside the window, one after now',
    () =>
      checkMarac({
        now: NOW,
        victimAge: 30,
        events: [
          { date: '2024-05-31T23:30:00Z', reportedTo: ['police'], crime: true },
          { date: '2024-06-01T00:30:00Z', reportedTo: ['police'], crime: true },
          { date: '2025-01-03T19:30:00Z', reportedTo: ['health'], crime: false },
          { date: '2025-05-30T23:15:00Z', reportedTo: ['police'], crime: 'unknown' },
          { date: '2025-06-02T10:00:00Z', reportedTo: ['police'], crime: true },
        ],
      }),
  ],
  [
    'escalation under the 2009 form counts police call-outs only',
    () =>
      checkMarac(
        {
          now: NOW,
          victimAge: 30,
          events: [
            { date: '2024-09-01T10:00:00Z', reportedTo: ['police'], crime: true },
            { date: '2025-01-03T19:30:00Z', reportedTo: ['health'], crime: false },
            { date: '2025-05-30T23:15:00Z', reportedTo: ['police', 'idva'], crime: true },
          ],
        },
        safelives2009Marac,
      ),
  ],
  [
    'escalation that only prompts an assessment',
    () =>
      checkMarac(
        {
          now: NOW,
          victimAge: 30,
          events: [
            { date: '2024-09-01T10:00:00Z', reportedTo: ['police'], crime: true },
            { date: '2025-01-03T19:30:00Z', reportedTo: ['health'], crime: false },
            { date: '2025-05-30T23:15:00Z', reportedTo: ['idva'], crime: true },
          ],
        },
        promptOnly,
      ),
  ],
  [
    'repeat: abuse after a referral, the same abuser, another abuser, not linked, and after now',
    () =>
      checkMarac({
        now: NOW,
        victimAge: 30,
        previousReferrals: [{ id: 'ref-1', date: '2024-11-01T10:00:00Z', perpetrators: ['p-1'] }],
        events: [
          { id: 'e-1', date: '2025-01-10T10:00:00Z', reportedTo: ['police'], crime: false, perpetrators: ['p-2'] },
          { id: 'e-2', date: '2025-02-10T10:00:00Z', reportedTo: ['housing'], crime: 'unknown' },
          { id: 'e-3', date: '2025-03-10T10:00:00Z', reportedTo: ['idva'], crime: false, perpetrators: ['p-1'] },
          { id: 'e-4', date: '2025-07-10T10:00:00Z', reportedTo: ['police'], crime: true, perpetrators: ['p-1'] },
        ],
      }),
  ],
  [
    'repeat: a non-crime incident under the crime-only legacy policy, and one past the window',
    () =>
      checkMarac(
        {
          now: NOW,
          victimAge: 30,
          previousReferrals: [{ id: 'ref-1', date: '2024-03-01T10:00:00Z' }],
          events: [
            { id: 'e-1', date: '2024-05-10T10:00:00Z', reportedTo: ['police'], crime: false },
            { id: 'e-2', date: '2025-04-10T10:00:00Z', reportedTo: ['police'], crime: true },
          ],
        },
        caadaCrimeOnlyRepeatMarac,
      ),
  ],
  ['a victim of 15 at visible high risk', () => checkMarac({ now: NOW, victimAge: 15, assessment: assess(inputWithYes(15)) })],
  ['a victim of 17 with no route met', () => checkMarac({ now: NOW, victimAge: 17, assessment: assess(inputWithYes(3)) })],
];

describe('approved MARAC explanations', () => {
  it.each(scenarios)('decision-explanation: %s', (_, decide) => {
    expect(JSON.parse(JSON.stringify(decide()))).toMatchSnapshot();
  });
});
