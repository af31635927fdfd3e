// Benchmark: due reassessments for synthetic cases of 20 events each. Prints
// cases per second and memory; never fails on speed.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('dist/ not found: run `npm run build` first (npm run bench does).');
  process.exit(2);
}
const { assess, dueReassessments, parseCase, reassessmentDefaults, triggerTypes, incidentTypes } = await import(pathToFileURL(dist).href);

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
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
