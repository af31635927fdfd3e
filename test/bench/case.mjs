// Benchmark: due reassessments for synthetic cases of 20 events and 3 assessments each, then the
// case functions on cases of 10,000 incidents (the documented limit of events). Prints what it
// measured; it is not a timed test and never fails on speed.
//
// A case's dates are read once into a timeline, kept with the parsed record: checking the same
// records again is cheaper than a nightly run, which checks each case once. So the target row times
// the first check of each case, over 175,000 distinct cases (sets of 25,000, 50,000 and 100,000,
// after a warm-up set), and the second check of the same cases is shown apart.
import { pathToFileURL } from 'node:url';
import { consume, fmt, loadDist, printRow, randomFrom, row } from './measure.mjs';

/** The case sets the rate and the memory are measured over. */
export const SIZES = [25_000, 50_000, 100_000];
const WARM_UP = 10_000;
const NOW = '2025-06-01T00:00:00Z';
const START = Date.parse('2024-01-01T00:00:00Z');
const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
const YES = ['current-injury', 'very-frightened', 'isolation', 'separation', 'stalking-harassment', 'abuse-more-often', 'abuse-getting-worse', 'controlling-or-jealous', 'weapons', 'threats-to-kill', 'strangulation', 'sexual-abuse', 'hurt-others', 'financial-issues'];

function heapBytes() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

/** Cases of 20 events of any trigger type over 500 days and 3 DASH assessments (standard, medium or high), parsed. */
function caseMaker(lib, random) {
  const { assess, parseCase, triggerTypes, incidentTypes } = lib;
  const results = [3, 11, 14].map((yes) =>
    assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers: Object.fromEntries(YES.slice(0, yes).map((id) => [id, { value: 'yes' }])) }),
  );
  return (n) => {
    const events = [];
    for (let i = 0; i < 20; i++) {
      const type = triggerTypes[Math.floor(random() * triggerTypes.length)];
      const date = iso(START + Math.floor(random() * 500) * DAY);
      events.push(incidentTypes.includes(type) ? { type, date, crime: random() < 0.5, reportedTo: ['police'] } : { type, date });
    }
    const assessments = [0, 1, 2].map((k) => ({ id: `a-${n}-${k}`, date: iso(START + Math.floor(random() * 500) * DAY), result: results[Math.floor(random() * 3)] }));
    return parseCase({ id: `case-${n}`, assessments, events, maracReferrals: [], reviews: [] });
  };
}

/** Checks every case once; returns cases per second. */
function checkAll(lib, cases) {
  const { dueReassessments, reassessmentDefaults } = lib;
  const start = performance.now();
  for (let i = 0; i < cases.length; i++) consume(dueReassessments(cases[i], NOW, reassessmentDefaults).due.length);
  return cases.length / ((performance.now() - start) / 1000);
}

function dueRows(lib) {
  const makeCase = caseMaker(lib, randomFrom(0x9e3779b9));
  let n = 0;
  checkAll(lib, Array.from({ length: WARM_UP }, () => makeCase(n++)));
  const sets = [];
  for (const size of SIZES) {
    const base = heapBytes();
    let cases = Array.from({ length: size }, () => makeCase(n++));
    const built = heapBytes();
    const first = checkAll(lib, cases);
    const again = checkAll(lib, cases);
    const kept = heapBytes();
    sets.push({ size, first, again, perCase: (built - base) / size, keptPerCase: (kept - base) / size });
    cases = null;
  }
  const best = sets.reduce((a, b) => (b.first > a.first ? b : a));
  const perCase = sets.map((s) => s.perCase);
  const spread = Math.max(...perCase) / Math.min(...perCase);
  const distinct = SIZES.reduce((a, b) => a + b, 0);
  return [
    row({
      measure: 'dueReassessments, 20 events: first check of each case',
      value: best.first,
      unit: 'cases/s',
      target: 150_000,
      detail: `best of sets of ${SIZES.map(fmt).join(', ')} (${fmt(distinct)} distinct cases): ${sets.map((s) => fmt(s.first)).join(', ')}`,
    }),
    row({ measure: 'dueReassessments, the same cases checked again', value: Math.max(...sets.map((s) => s.again)), unit: 'cases/s', detail: 'timeline kept with the parsed record' }),
    row({
      measure: 'heap per parsed case (memory linear in cases)',
      value: perCase[perCase.length - 1],
      unit: 'bytes',
      detail: `at ${SIZES.map(fmt).join(', ')} cases: ${perCase.map(fmt).join(', ')} bytes; with timelines after checking: ${sets.map((s) => fmt(s.keptPerCase)).join(', ')}`,
    }),
    row({ measure: 'heap per case: largest / smallest of the three sets', value: spread, unit: 'x', target: 1.1, atMost: true, detail: 'linear when close to 1' }),
  ];
}

// Cases of 10,000 incidents, every one within 12 months of thousands of others: the case functions
// are O(n log n) in events with output linear in input (issue 11). The straightforward reading took
// about 5 s and 2.4 GB for one such case, and 126 s for management information over 20.
const LARGE = 10_000;
const LARGE_CASES = 20;
const LARGE_START = Date.parse('2025-01-01T00:00:00Z');
const LARGE_NOW = '2025-12-31T00:00:00Z';

function largeRows(lib) {
  const { assess, assessmentStatus, dueReassessments, everyIncident, crimeOrRecentHistory, managementInformation, parseCase, reassessmentDefaults, safelivesRepeat, incidentTypes } = lib;
  const random = randomFrom(0x2545f491);
  const results = [3, 11, 14].map((yes) =>
    assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers: Object.fromEntries(YES.slice(0, yes).map((id) => [id, { value: 'yes' }])) }),
  );
  const makeLargeCase = (n) => {
    const events = [];
    for (let i = 0; i < LARGE; i++) {
      const type = incidentTypes[Math.floor(random() * incidentTypes.length)];
      const date = iso(LARGE_START + Math.floor((random() * 300 * DAY) / 1000) * 1000);
      events.push({ id: `i-${i}`, type, date, crime: [true, false, 'unknown'][Math.floor(random() * 3)], reportedTo: ['police'] });
    }
    const assessments = [0, 1, 2].map((k) => ({ id: `a-${n}-${k}`, date: iso(LARGE_START + Math.floor(random() * 300) * DAY), result: results[k] }));
    return parseCase({ id: `large-${n}`, victim: { id: `v-${n}`, age: 30 }, assessments, events, maracReferrals: [{ date: iso(LARGE_START + 100 * DAY), agency: 'idva' }], reviews: [] });
  };
  const base = heapBytes();
  let started = performance.now();
  const large = Array.from({ length: LARGE_CASES }, (_, n) => makeLargeCase(n));
  const parseSeconds = (performance.now() - started) / 1000;
  const heap = heapBytes() - base;
  const shape = `${LARGE_CASES} cases x ${fmt(LARGE)} incidents`;
  const rows = [
    row({ measure: `parseCase, ${shape}`, value: (parseSeconds * 1000) / LARGE_CASES, unit: 'ms/case', detail: `heap ${(heap / LARGE_CASES / 1048576).toFixed(2)} MB per case` }),
  ];
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
    rows.push(
      row({
        measure: `assessmentStatus (${name}), ${shape}`,
        value: (seconds * 1000) / LARGE_CASES,
        unit: 'ms/case',
        detail: `${fmt((LARGE * LARGE_CASES) / seconds)} incidents/s; output as JSON ${(bytes / LARGE_CASES / 1048576).toFixed(2)} MB per case, ${(bytes / LARGE_CASES / LARGE).toFixed(0)} bytes and ${(refs / LARGE_CASES / LARGE).toFixed(2)} incident refs per incident`,
      }),
    );
  }
  started = performance.now();
  let due = 0;
  for (const record of large) due += dueReassessments(record, LARGE_NOW, reassessmentDefaults).due.length;
  rows.push(row({ measure: `dueReassessments, ${shape}`, value: ((performance.now() - started) / LARGE_CASES), unit: 'ms/case', detail: `${fmt(due)} reassessments due` }));
  started = performance.now();
  const mi = managementInformation(large, {
    from: '2025-01-01T00:00:00Z',
    to: '2026-01-01T00:00:00Z',
    now: LARGE_NOW,
    repeat: safelivesRepeat,
    reassessment: reassessmentDefaults,
    assessmentRequired: everyIncident,
  });
  rows.push(row({ measure: `managementInformation over ${shape}`, value: performance.now() - started, unit: 'ms', detail: `${fmt(mi.completion.incidents)} incidents counted` }));
  rows.push(row({ measure: 'case bench: peak memory (max RSS)', value: process.resourceUsage().maxRSS / 1024, unit: 'MB' }));
  return rows;
}

export async function run() {
  const lib = await loadDist();
  if (globalThis.gc === undefined) console.error('case bench: run node with --expose-gc for the memory rows to be exact');
  return [...dueRows(lib), ...largeRows(lib)];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) for (const r of await run()) printRow(r);
