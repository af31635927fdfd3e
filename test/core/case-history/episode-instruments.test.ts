// Instruments without a computed level (S-DASH counts only) and children's RIM scales in the
// episode rule.
import { describe, expect, it } from 'vitest';
import { applyJudgement, assess, assessRim, caseEpisode, commonLocalBands, sDash2009, type CaseAssessment } from '../../../src/index.js';
import { resultAsOf } from '../../../src/core/case/timeline.js';
import { caseOf, dashAt } from '../../support/cases.js';
import { inputWithYes } from '../../support/fixtures.js';

const NOW = '2025-03-11T09:00:00Z';

function sDashSetHigh(): CaseAssessment {
  const counted = assess({ ...inputWithYes(3, 'no', sDash2009), id: 's-1', assessedAt: '2025-03-01T10:00:00Z' });
  const set = applyJudgement(counted, { level: 'high', rationale: 'Threats from the wider family.', by: 'idva-1', at: '2025-03-02T10:00:00Z' }, commonLocalBands);
  return { id: 's-1', date: '2025-03-01T10:00:00Z', result: set };
}

describe('an S-DASH computes no level: a level set on it by judgement is a reason from the judgement', () => {
  it('before the level was set, the S-DASH has no level', () => {
    const before = resultAsOf(sDashSetHigh().result, Date.parse('2025-03-01T12:00:00Z'));
    expect(before.kind === 'checklist' && before.final).toEqual({ level: null, basis: 'computed' });
  });

  it('set high and not referred: it governs and is flagged; a referral before the judgement does not answer it, one after does', () => {
    const open = caseEpisode(caseOf({ assessments: [sDashSetHigh()], maracReferrals: [{ date: '2025-03-01T12:00:00Z', agency: 'idva' }] }), NOW);
    expect(open.governing).toMatchObject({ assessmentId: 's-1', level: 'high', instrument: { id: 's-dash' } });
    expect(open.flags.map((flag) => flag.id)).toEqual(['high-not-referred']);
    const answered = caseEpisode(caseOf({ assessments: [sDashSetHigh()], maracReferrals: [{ date: '2025-03-02T10:00:00Z', agency: 'idva' }] }), NOW);
    expect(answered.flags).toEqual([]);
  });
});

describe('a child at RIM scale 4 that left the window is not flagged while a RIM in the episode still has a child at scale 4', () => {
  it('alongside other assessments in the episode', () => {
    const rim = (id: string, date: string): CaseAssessment => ({
      id,
      date,
      result: assessRim({
        instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
        id,
        assessedAt: date,
        answers: { 'rim-violence-severe-life-threatening': { value: 'confirmed' } },
        children: [{ id: 'c-1', age: { years: 4 }, specialNeeds: false }],
      }),
    });
    const record = caseOf({ assessments: [rim('rim-1', '2024-01-10T10:00:00Z'), rim('rim-2', '2025-02-01T10:00:00Z'), dashAt('a-1', '2025-02-10T10:00:00Z', 'standard')] });
    const episode = caseEpisode(record, NOW);
    expect(episode.assessments.map((a) => [a.assessmentId, a.scale])).toEqual([
      ['rim-2', 4],
      ['a-1', null],
    ]);
    expect(episode.flags).toEqual([]);
  });
});
