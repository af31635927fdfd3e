// Benchmark: the command line end to end, `da-risk assess FILE.ndjson --out csv`, on a
// generated file of JSON lines (1,000,000 by default; DA_RISK_BENCH_LINES for fewer while
// iterating; about 1.1 GB for a million), written once and read by every run. Each run is the built command as a user starts
// it, results to /dev/null: records per second over the whole run (start-up included), and the
// process's peak memory (max RSS, from /usr/bin/time, which counts the worker threads too).
// Best of DA_RISK_BENCH_ROUNDS runs (default 2) for one core (--jobs 1) and for --jobs 2.
// Prints what it measured; it is not a timed test and never fails on speed.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadDist, printRow, randomFrom, row } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LINES = Number(process.env.DA_RISK_BENCH_LINES ?? 1_000_000);
const ROUNDS = Number(process.env.DA_RISK_BENCH_ROUNDS ?? 2);
const VALUES = ['yes', 'yes', 'no', 'no', 'no', 'dont-know', 'declined'];
const TIME = '/usr/bin/time';

/**
 * Writes `lines` distinct DASH RIC records as JSON lines, as a case system exports them: about 5%
 * of questions unanswered, a random answer on the rest, a source on most, an id and a date on each.
 */
async function writeRecords(file, ids, lines) {
  const random = randomFrom(0x2545f491);
  const out = createWriteStream(file);
  for (let n = 0; n < lines; n++) {
    const answers = {};
    for (const id of ids) {
      if (random() < 0.05) continue;
      const value = VALUES[Math.floor(random() * VALUES.length)];
      answers[id] = random() < 0.8 ? { value, source: 'victim' } : { value };
    }
    const line = `${JSON.stringify({ instrument: { id: 'dash-ric', edition: '2009' }, id: `a-${n}`, assessedAt: '2025-03-01T10:00:00Z', answers })}\n`;
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
}

/** One run of the built command: seconds, peak memory in MB (NaN without /usr/bin/time), exit code and summary line. */
function assessOnce(cli, file, jobs) {
  const timed = existsSync(TIME);
  const args = [cli, 'assess', file, '--out', 'csv', '--jobs', String(jobs)];
  const start = performance.now();
  const child = timed
    ? spawnSync(TIME, ['-f', 'max-rss-kb %M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  const stderr = child.stderr.toString().trim().split('\n');
  const rss = timed ? Number(/^max-rss-kb (\d+)$/.exec(stderr.at(-1) ?? '')?.[1]) : NaN;
  return { seconds, mb: rss / 1024, status: child.status, summary: stderr.find((line) => /^\d+ records?, /.test(line)) ?? '(no summary)' };
}

/** The best (fastest) of `ROUNDS` runs, with the highest peak memory of them all. */
function bestRun(cli, file, jobs) {
  const runs = Array.from({ length: ROUNDS }, () => assessOnce(cli, file, jobs));
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...best, mb: Math.max(...runs.map((r) => r.mb)), rate: LINES / best.seconds };
}

export async function run() {
  const cli = join(root, 'dist', 'cli', 'bin.js');
  const { dashRic2009 } = await loadDist();
  const dir = mkdtempSync(join(tmpdir(), 'da-risk-bench-cli-'));
  const file = join(dir, 'assessments.ndjson');
  try {
    await writeRecords(
      file,
      dashRic2009.items.map((item) => item.id),
      LINES,
    );
    const one = bestRun(cli, file, 1);
    const two = bestRun(cli, file, 2);
    const lines = `${LINES.toLocaleString('en-GB')} JSON lines`;
    const note = (r) => `${lines}, best of ${ROUNDS} runs, exit ${r.status}`;
    const same = one.summary === two.summary ? 'the same summary' : `summaries differ: ${one.summary} / ${two.summary}`;
    const mb = (r) => (Number.isNaN(r.mb) ? 'not measured: /usr/bin/time missing' : 'max RSS');
    return [
      row({ measure: 'CLI assess → CSV, one core (--jobs 1)', value: one.rate, unit: 'records/s', target: 150_000, detail: note(one) }),
      row({ measure: 'CLI assess → CSV, --jobs 2', value: two.rate, unit: 'records/s', detail: `${note(two)}; ${same}` }),
      row({ measure: 'CLI --jobs 2 / one core', value: two.rate / one.rate, unit: 'x', target: 1.7 }),
      row({ measure: 'CLI peak memory, one core', value: one.mb, unit: 'MB', target: 150, atMost: true, detail: mb(one) }),
      row({ measure: 'CLI peak memory, --jobs 2', value: two.mb, unit: 'MB', target: 150, atMost: true, detail: mb(two) }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) for (const r of await run()) printRow(r);
