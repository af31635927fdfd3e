/**
 * The main job, end to end: validate and score one DASH RIC assessment, show
 * the count, level, flags and the judgement step, record a professional
 * judgement, and check the MARAC referral routes with their reasons.
 *
 * Run: npm run example
 *
 * Everything here is invented: no real case, no names. The library needs
 * none — only answers, dates and opaque ids.
 */
import { applyJudgement, assess, checkMarac, commonLocalBands, safelivesPlusLibraryDefaultsMarac, type AssessmentInput, type AssessmentResult, type MaracDecision } from 'da-risk';

// 1. An IDVA's DASH RIC, as it might arrive from a case system (JSON).
const assessment: AssessmentInput = {
  instrument: { id: 'dash-ric', edition: '2009' },
  id: 'assessment-0001',
  assessedAt: '2025-03-03T14:20:00Z',
  answers: {
    'current-injury': { value: 'yes', source: 'victim' },
    'very-frightened': { value: 'yes', source: 'victim' },
    'what-victim-fears': { value: 'yes', source: 'victim' },
    isolation: { value: 'no', source: 'victim' },
    'victim-depressed-or-suicidal': { value: 'yes', source: 'victim' },
    separation: { value: 'yes', source: 'victim' },
    'child-contact-conflict': { value: 'yes', source: 'victim' },
    'stalking-harassment': { value: 'yes', source: 'victim' },
    'pregnancy-or-recent-birth': { value: 'no', source: 'victim' },
    'abuse-more-often': { value: 'yes', source: 'victim' },
    'abuse-getting-worse': { value: 'yes', source: 'victim' },
    'controlling-or-jealous': { value: 'yes', source: 'victim' },
    weapons: { value: 'no', source: 'victim' },
    'threats-to-kill': { value: 'yes', options: ['victim'], source: 'victim' },
    strangulation: { value: 'yes', source: 'victim' },
    'sexual-abuse': { value: 'declined' },
    'other-person-threat': { value: 'no', source: 'victim' },
    'hurt-others': { value: 'dont-know' },
    'animal-abuse': { value: 'no', source: 'victim' },
    'financial-issues': { value: 'no', source: 'victim' },
    'drugs-alcohol-mental-health': { value: 'yes', options: ['alcohol'], source: 'records' },
    'perpetrator-suicide': { value: 'no', source: 'victim' },
    'breached-orders': { value: 'dont-know' },
    'criminal-history': { value: 'no', source: 'records' },
  },
};

function show(title: string, lines: readonly string[]): void {
  console.log(`\n${title}`);
  for (const line of lines) console.log(`  - ${line}`);
}

function summarise(result: AssessmentResult): void {
  console.log(`Instrument: ${result.instrument.id} edition ${result.instrument.edition} (${result.instrument.status})`);
  console.log(`Policy: ${result.policy.id} version ${result.policy.version} (${result.policy.basis})`);
  console.log(`Count: ${result.count} of ${result.countOutOf}`);
  const t = result.tally;
  console.log(`Answers: yes ${t.yes}, no ${t.no}, don't know ${t.dontKnow}, declined ${t.declined}, unanswered ${t.unanswered}`);
  console.log(`Completeness: ${result.completeness.status}`);
  console.log(`Computed level: ${result.computed?.level ?? 'none'}; final level: ${result.final.level ?? 'none'} (${result.final.basis})`);
  show('Red flags (each prompts judgement; none changes the level by itself):', result.flags.map((flag) => `${flag.title} [${flag.items.join(', ')}]`));
  show('Screens prompted:', result.prompts.map((prompt) => `${prompt.screen}: ${prompt.reason}`));
  show('Notices:', result.notices.map((notice) => notice.message));
  console.log(`\nJudgement step (${result.judgement.status}): ${result.judgement.prompt}`);
}

function summariseMarac(decision: MaracDecision): void {
  console.log(`\nMARAC decision under ${decision.policy.id} version ${decision.policy.version}: ${decision.outcome}`);
  for (const route of decision.routes) console.log(`  [${route.met ? 'met' : 'not met'}] ${route.reason}`);
  console.log(`  ${decision.reasons.at(-1)}`);
}

// 2. Validate and score.
const result = assess(assessment, { policy: commonLocalBands });
console.log('== Computed result ==');
summarise(result);

// 3. The practitioner applies professional judgement (the library never skips this step).
const judged = applyJudgement(
  result,
  {
    level: 'high',
    rationale: 'Strangulation and a believed threat to kill since separation; stalking continues. Raised to high and referred.',
    by: 'idva-0042',
    at: '2025-03-03T14:45:00Z',
    referToMarac: true,
  },
  commonLocalBands,
);
console.log('\n== After professional judgement ==');
console.log(`Computed level: ${judged.computed?.level}; final level: ${judged.final.level} (${judged.final.basis})`);
const event = judged.history.at(-1)!;
console.log(`Audit: ${event.action} from ${event.from} to ${event.to} by ${event.by} at ${event.at} under ${event.policy.id} v${event.policy.version}`);

// 4. The MARAC check, with the history the case system holds.
const decision = checkMarac(
  {
    now: '2025-03-03T15:00:00Z',
    victimAge: 29,
    assessment: judged,
    events: [
      { id: 'incident-1', date: '2024-05-18T23:10:00Z', reportedTo: ['police'], crime: true },
      { id: 'incident-2', date: '2024-11-02T20:30:00Z', reportedTo: ['health'], crime: false },
      { id: 'incident-3', date: '2025-03-01T22:05:00Z', reportedTo: ['police', 'idva'], crime: true },
    ],
    previousReferrals: [],
  },
  safelivesPlusLibraryDefaultsMarac,
);
console.log('\n== MARAC check ==');
summariseMarac(decision);
