/**
 * Three safety rules on one invented case:
 *
 * 1. The episode rule: an IDVA's DASH with 15 yes answers on 1 March, never
 *    referred, is not cancelled by an officer's DARA graded standard on
 *    10 March. The case is still referred, keeps its high-risk review clock,
 *    and the drop is flagged.
 * 2. Lowering is lowering: undoing another practitioner's raise needs a
 *    named authoriser, and the audit event records who.
 * 3. `verifyResult`: what did the software say, and would it say the same
 *    today on the same rules? An edited stored result is refused when read,
 *    and the replay names the fields that differ.
 *
 * Run: npx tsx examples/episode-lowering-verify.ts (after npm run build)
 */
import {
  applyJudgement,
  assess,
  assessDara,
  caseEpisode,
  caseMaracCheck,
  commonLocalBands,
  dueReassessments,
  isDaRiskError,
  parseCase,
  reassessmentDefaults,
  verifyResult,
  type Judgement,
} from 'da-risk';

const yes = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, { value: 'yes' }]));

// 1. The episode rule.
const dashInput = {
  instrument: { id: 'dash-ric', edition: '2009' },
  id: 'dash-1',
  assessedAt: '2025-03-01T10:00:00Z',
  answers: yes([
    'current-injury', 'very-frightened', 'what-victim-fears', 'isolation', 'separation', 'stalking-harassment', 'abuse-more-often',
    'abuse-getting-worse', 'controlling-or-jealous', 'weapons', 'threats-to-kill', 'strangulation', 'hurt-others', 'breached-orders', 'criminal-history',
  ]),
};
const dash = assess(dashInput);
const dara = assessDara({
  instrument: { id: 'dara', edition: '2022-provisional' },
  id: 'dara-1',
  assessedAt: '2025-03-10T22:00:00Z',
  answers: {},
  grade: { level: 'standard', rationale: 'Calm on arrival; no injuries seen.', by: 'pc-881', at: '2025-03-10T22:00:00Z' },
  childrenInHousehold: 'yes',
});
const record = parseCase({
  victim: { age: 34 },
  assessments: [
    { id: 'dash-1', date: '2025-03-01T10:00:00Z', result: dash },
    { id: 'dara-1', date: '2025-03-10T22:00:00Z', firstResponse: true, result: dara },
  ],
  events: [],
  maracReferrals: [],
  reviews: [],
});
const now = '2025-03-11T09:00:00Z';
const episode = caseEpisode(record, now);
console.log('== The episode ==');
console.log(episode.reasons.join('\n'));
console.log(`\nMARAC: ${caseMaracCheck(record, now).outcome} (${caseMaracCheck(record, now).routesMet.join(', ')})`);
const clock = dueReassessments(record, now, reassessmentDefaults).upcoming.find((item) => item.kind === 'clock');
console.log(`Review clock: ${clock?.title}, due by ${clock?.dueDate}`);
console.log(`The DARA prompts: ${dara.prompts.map((prompt) => prompt.screen).join(', ')}`);

// 2. Lowering is lowering.
console.log('\n== Lowering ==');
const raised = applyJudgement(assess({ ...dashInput, id: 'dash-2', answers: yes(['separation', 'strangulation']) }), {
  level: 'high',
  rationale: 'Strangulation last week; she believes he will kill her.',
  by: 'idva-12',
  at: '2025-03-01T11:00:00Z',
}, commonLocalBands);
const undo: Judgement = { level: 'standard', rationale: 'Victim says things are calmer.', by: 'pc-40', at: '2025-03-02T09:00:00Z' };
try {
  applyJudgement(raised, undo, commonLocalBands);
} catch (error) {
  if (isDaRiskError(error)) console.log(`Refused: ${error.code} — ${error.issues[0]?.message}`);
}
const authorised = applyJudgement(raised, { ...undo, authorisedBy: 'di-7' }, commonLocalBands);
const last = authorised.history.at(-1);
console.log(`Recorded: ${last?.action} ${last?.from} → ${last?.to} by ${last?.by}, authorised by ${last?.authorisedBy}`);

// 3. verifyResult.
console.log('\n== Would it say the same today? ==');
console.log(verifyResult(dashInput, JSON.parse(JSON.stringify(dash))).reasons.join(' '));
const edited = { ...JSON.parse(JSON.stringify(dash)), final: { level: 'standard', basis: 'computed' } };
try {
  parseCase({ assessments: [{ id: 'dash-1', date: '2025-03-01T10:00:00Z', result: edited }], events: [], maracReferrals: [], reviews: [] });
} catch (error) {
  if (isDaRiskError(error)) console.log(`An edited result is refused when read: ${error.code} at ${error.issues.map((issue) => issue.path.join('.')).join(', ')}`);
}
const check = verifyResult(dashInput, edited);
console.log(`${check.reasons[0]} Fields: ${check.differences.map((difference) => difference.path.join('.')).join(', ')}`);
