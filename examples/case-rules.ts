/**
 * Case rules over one invented case: what reassessment is due and why, the
 * assessment-required rule, review deadlines, the MARAC check over the
 * history, the safety plan, and the level of intervention.
 *
 * Run: npx tsx examples/case-rules.ts (after npm run build)
 */
import {
  assess,
  assessmentStatus,
  cambridgeshireInterventionLevels,
  cambridgeshireReviewDeadlines,
  caseMaracCheck,
  checkSafetyPlan,
  crimeOrRecentHistory,
  dueReassessments,
  everyIncident,
  interventionLevel,
  parseCase,
  reassessmentDefaults,
  reviewDeadlines,
} from 'da-risk';

const dash = assess({
  instrument: { id: 'police-dash', edition: '2009' },
  assessedAt: '2025-02-03T23:30:00Z',
  answers: Object.fromEntries(
    ['current-injury', 'very-frightened', 'separation', 'stalking-harassment', 'abuse-more-often', 'abuse-getting-worse', 'controlling-or-jealous',
      'threats-to-kill', 'strangulation', 'hurt-others', 'criminal-history', 'breached-orders', 'drugs-alcohol-mental-health', 'weapons'].map((id) => [id, { value: 'yes' }]),
  ),
});

const record = parseCase({
  id: 'case-2025-0117',
  victim: { id: 'victim-88', age: 29 },
  perpetrators: ['suspect-12'],
  assessments: [{ id: 'dash-1', date: '2025-02-03T23:30:00Z', firstResponse: true, result: dash }],
  events: [
    { id: 'inc-1', type: 'new-incident', date: '2025-02-03T21:10:00Z', crime: true, reportedTo: ['police'] },
    { id: 'inc-0', type: 'new-incident', date: '2024-11-20T19:00:00Z', crime: false, reportedTo: ['police'] },
    { id: 'rel-1', type: 'released-from-custody', date: '2025-02-05T10:00:00Z' },
    { id: 'trial-1', type: 'trial-approaching', date: '2025-03-12T10:00:00Z' },
  ],
  maracReferrals: [{ id: 'ref-1', date: '2025-02-04T09:00:00Z', agency: 'police' }],
  reviews: [{ assessmentId: 'dash-1', kind: 'supervisor', date: '2025-02-04T08:00:00Z' }],
  safetyPlan: { updatedAt: '2025-02-04T12:00:00Z', actions: [{ type: 'remove' }, { type: 'reduce' }] },
});

const now = '2025-03-01T09:00:00Z';
console.log('== Due reassessments ==');
for (const item of dueReassessments(record, now, reassessmentDefaults).due) {
  console.log(`[${item.status}] ${item.title}: due ${item.dueAt} (basis ${item.basis}, timing ${item.timingBasis})`);
}
console.log('\n== Assessment required (default rule, then the historical one) ==');
for (const policy of [everyIncident, crimeOrRecentHistory]) {
  for (const status of assessmentStatus(record, now, policy)) console.log(`${policy.id}: ${status.incident.id} ${status.status}`);
}
console.log('\n== Review deadlines ==');
for (const deadline of reviewDeadlines(record, now, cambridgeshireReviewDeadlines)) console.log(`${deadline.kind}: ${deadline.status} — ${deadline.reason}`);
console.log('\n== MARAC over the history ==');
const marac = caseMaracCheck(record, now);
console.log(`${marac.outcome}: ${marac.routes.filter((route) => route.met).map((route) => route.reason).join(' ') || 'no route met'}`);
console.log(marac.episode?.reasons.join('\n'));
console.log('\n== Safety plan ==');
console.log(checkSafetyPlan(record, now).reasons.join(' '));
console.log('\n== Level of intervention ==');
const level = interventionLevel(record, now, cambridgeshireInterventionLevels);
console.log(`${level?.level} ${level?.title}: ${level?.reason}`);
