// Benchmark: due reassessments for synthetic cases of 20 events each, then the case
// functions on cases of 10,000 incidents (the documented limit of events). Prints
// rates and memory; never fails on speed.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('dist/ not found: run `npm run build` first (npm run bench does).');
  process.exit(2);
}
const {
  assess,
  assessmentStatus,
  dueReassessments,
  everyIncident,
  crimeOrRecentHistory,
  managementInformation,
  parseCase,
  reassessmentDefaults,
  safelivesRepeat,
  triggerTypes,
  incidentTypes,
} = await import(pathToFileURL(dist).href);

let seed = 0x9e3779b9;
function random() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const START = Date.parse('2024-01-01T00:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
const results = ['standard', 'medium', 'high'].map((level, i) =>
  assess({
    instrument: { id: 'dash-ric', edition: '2009' },
    answers: Object.fromEntries(
      ['current-injury', 'very-frightened', 'isolation', 'separation', 'stalking-harassment', 'abuse-more-often', 'abuse-getting-worse', 'controlling-or-jealous', 'weapons', 'threats-to-kill', 'strangulation', 'sexual-abuse', 'hurt-others', 'financial-issues']
        .slice(0, [3, 11, 14][i])
        .map((id) => [id, { value: 'yes' }]),
    ),
  }),
);

function makeCase(n) {
  const events = [];
  for (let i = 0; i < 20; i++) {
    const type = triggerTypes[Math.floor(random() * triggerTypes.length)];
    const date = iso(START + Math.floor(random() * 500) * 86_400_000);
    events.push(incidentTypes.includes(type) ? { type, date, crime: random() < 0.5, reportedTo: ['police'] } : { type, date });
  }
  const assessments = [0, 1, 2].map((k) => ({ id: `a-${n}-${k}`, date: iso(START + Math.floor(random() * 500) * 86_400_000), result: results[Math.floor(random() * 3)] }));
  return parseCase({ id: `case-${n}`, assessments, events, maracReferrals: [], reviews: [] });
}

const NOW = '2025-06-01T00:00:00Z';
function heapMb() {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

const sizes = [25_000, 50_000, 100_000];
const rows = [];
for (const size of sizes) {
  const base = heapMb();
  const cases = Array.from({ length: size }, (_, n) => makeCase(n));
  const built = heapMb();
  let due = 0;
  const start = performance.now();
  for (const record of cases) due += dueReassessments(record, NOW, reassessmentDefaults).due.length;
  const seconds = (performance.now() - start) / 1000;
  rows.push({ size, perSecond: size / seconds, heap: built - base, due });
  cases.length = 0;
}
for (const row of rows) {
  console.log(
    `${String(row.size).padStart(7)} cases x 20 events: ${Math.round(row.perSecond).toLocaleString('en-GB').padStart(9)} cases/s; ` +
      `heap for the cases ${row.heap.toFixed(0)} MB (${((row.heap * 1024) / row.size).toFixed(2)} KB per case); ${row.due} reassessments due`,
  );
}
const last = rows[rows.length - 1];
console.log(`target: >= 200,000 cases/s on one core: ${last.perSecond >= 2e5 ? 'met' : 'NOT met'} (${Math.round(last.perSecond).toLocaleString('en-GB')})`);
console.log(`memory per case at ${sizes.join(', ')} cases: ${rows.map((r) => ((r.heap * 1024) / r.size).toFixed(2)).join(', ')} KB (linear when these match)`);

// Cases of 10,000 incidents, every one within 12 months of thousands of others: the case functions
// are O(n log n) in events with output linear in input (issue 11). The straightforward reading took
// about 5 s and 2.4 GB for one such case, and 126 s for management information over 20.
const LARGE = 10_000;
const LARGE_CASES = 20;
const LARGE_START = Date.parse('2025-01-01T00:00:00Z');
function makeLargeCase(n) {
  const events = [];
  for (let i = 0; i < LARGE; i++) {
    const type = incidentTypes[Math.floor(random() * incidentTypes.length)];
    const date = iso(LARGE_START + Math.floor((random() * 300 * 86_400_000) / 1000) * 1000);
    events.push({ id: `i-${i}`, type, date, crime: [true, false, 'unknown'][Math.floor(random() * 3)], reportedTo: ['police'] });
  }
  const assessments = [0, 1, 2].map((k) => ({ id: `a-${n}-${k}`, date: iso(LARGE_START + Math.floor(random() * 300) * 86_400_000), result: results[k] }));
  return parseCase({ id: `large-${n}`, victim: { id: `v-${n}`, age: 30 }, assessments, events, maracReferrals: [{ date: iso(LARGE_START + 100 * 86_400_000), agency: 'idva' }], reviews: [] });
}
const LARGE_NOW = '2025-12-31T00:00:00Z';
const largeBase = heapMb();
let started = performance.now();
const large = Array.from({ length: LARGE_CASES }, (_, n) => makeLargeCase(n));
const parseSeconds = (performance.now() - started) / 1000;
const largeHeap = heapMb() - largeBase;
const largeRows = [];
for (const [name, policy] of [['everyIncident', everyIncident], ['crimeOrRecentHistory', crimeOrRecentHistory]]) {
  let bytes = 0;
  let refs = 0;
  let seconds = 0;
  for (const record of large) {
    started = performance.now();
    const statuses = assessmentStatus(record, LARGE_NOW, policy);
    seconds += (performance.now() - started) / 1000;
    for (const status of statuses) refs += 1 + status.previousIncidents.length;
    bytes += JSON.stringify(statuses).length;
  }
  largeRows.push(
    `assessmentStatus (${name}): ${((seconds * 1000) / LARGE_CASES).toFixed(1)} ms per case, ${Math.round((LARGE * LARGE_CASES) / seconds).toLocaleString('en-GB')} incidents/s; ` +
      `output as JSON ${(bytes / LARGE_CASES / 1048576).toFixed(2)} MB per case, ${(bytes / LARGE_CASES / LARGE).toFixed(0)} bytes and ${(refs / LARGE_CASES / LARGE).toFixed(2)} incident refs per incident`,
  );
}
started = performance.now();
let largeDue = 0;
for (const record of large) largeDue += dueReassessments(record, LARGE_NOW, reassessmentDefaults).due.length;
const dueSeconds = (performance.now() - started) / 1000;
largeRows.push(`dueReassessments: ${((dueSeconds * 1000) / LARGE_CASES).toFixed(1)} ms per case; ${largeDue} reassessments due`);
started = performance.now();
const mi = managementInformation(large, {
  from: '2025-01-01T00:00:00Z',
  to: '2026-01-01T00:00:00Z',
  now: LARGE_NOW,
  repeat: safelivesRepeat,
  reassessment: reassessmentDefaults,
  assessmentRequired: everyIncident,
});
const miSeconds = (performance.now() - started) / 1000;
largeRows.push(`managementInformation over ${LARGE_CASES} cases: ${miSeconds.toFixed(2)} s (${mi.completion.incidents.toLocaleString('en-GB')} incidents counted)`);
console.log(
  `${LARGE_CASES} cases x ${LARGE.toLocaleString('en-GB')} incidents: parsed in ${parseSeconds.toFixed(2)} s; heap for the cases ${largeHeap.toFixed(0)} MB (${(largeHeap / LARGE_CASES).toFixed(2)} MB per case)`,
);
for (const row of largeRows) console.log(`  ${row}`);
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
