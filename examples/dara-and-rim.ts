/**
 * A first responder's DARA and a children's social worker's RIM for the same
 * household, read side by side. Invented data; opaque ids only.
 *
 * Run: npx tsx examples/dara-and-rim.ts (after npm run build)
 */
import {
  applyDaraRegrade,
  applyRimUpliftDecision,
  assess,
  assessDara,
  assessRim,
  checkMarac,
  disclosures,
  reportingSeverity,
  severityOf,
  sharedConcepts,
} from 'da-risk';

// The officer's DARA: graded medium, with reasons. The library records the grade; it never computes one.
const dara = assessDara({
  instrument: { id: 'dara', edition: '2022-provisional' },
  id: 'dara-0007',
  assessedAt: '2025-04-12T23:05:00Z',
  answers: {
    'physical-violence': { value: 'more-than-once' },
    separation: { value: 'yes' },
    'stalking-harassment': { value: 'more-than-once' },
    monitoring: { value: 'more-than-once' },
    strangulation: { value: 'not-known' },
    'victim-view-of-risk': { value: 'Victim says he will not leave her alone since she moved out.' },
  },
  grade: { level: 'medium', rationale: 'No injury tonight; victim staying with her sister.', by: 'pc-2291', at: '2025-04-12T23:40:00Z' },
  evidence: ['bwv-2291-20250412'],
});
console.log(`DARA grade: ${dara.final.level} (${dara.final.basis})`);
for (const flag of dara.consistencyFlags) console.log(`  for supervisor review: ${flag.title}`);

// The supervisor reviews and regrades, with reasons; the history keeps both grades.
const reviewed = applyDaraRegrade(dara, {
  level: 'high',
  rationale: 'Post-separation stalking with monitoring: high.',
  by: 'sgt-0418',
  at: '2025-04-13T08:15:00Z',
});
console.log(`After review: ${reviewed.final.level}; history: ${reviewed.history.map((e) => `${e.action} ${e.to} by ${e.by}`).join(', ')}`);
console.log(`MARAC: ${checkMarac({ now: '2025-04-13T09:00:00Z', victimAge: 27, assessment: reviewed }).outcome}`);

// The IDVA's DASH RIC a few days later, and what each tool recorded.
const dash = assess({
  instrument: { id: 'dash-ric', edition: '2009' },
  id: 'dash-0031',
  answers: { separation: { value: 'yes' }, 'stalking-harassment': { value: 'yes' }, strangulation: { value: 'yes' } },
});
for (const row of disclosures([reviewed, dash], sharedConcepts).filter((r) => ['strangulation', 'stalking', 'separation'].includes(r.concept))) {
  console.log(`${row.label}: ${row.summary}`);
}

// The children: one RIM per household, one result per child.
const rim = assessRim({
  instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
  id: 'rim-0012',
  assessedAt: '2025-04-14T10:00:00Z',
  answers: { 'rim-violence-serious-or-persistent': { value: 'confirmed' }, 'rim-protective-network': { value: 'confirmed' } },
  children: [
    { id: 'child-1', dateOfBirth: '2021-09-02', specialNeeds: false, answers: { 'rim-child-witnessed': { value: 'confirmed' } } },
    { id: 'child-2', age: { years: 11 }, specialNeeds: false },
  ],
});
for (const child of rim.children) {
  console.log(`${child.childId}: suggested scale ${child.suggested}${child.uplift ? `, uplift to ${child.uplift.to} suggested (${child.uplift.decision})` : ''}`);
}
const decided = applyRimUpliftDecision(rim, 'child-1', {
  accept: true,
  rationale: 'Aged 3, present at the incidents.',
  by: 'sw-0093',
  at: '2025-04-14T11:00:00Z',
});
const child1 = decided.children[0]!;
console.log(`child-1 final: scale ${child1.final.scale} (${child1.final.basis}); ${child1.need?.threshold}: ${child1.need?.response}`);
console.log(`Household: ${decided.household.reason}`);
console.log(`Reporting severity (a reporting convention, not an equivalence): DARA ${severityOf(reviewed, reportingSeverity)?.label}, RIM ${severityOf(decided, reportingSeverity)?.label}`);
