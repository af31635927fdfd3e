// Benchmark: the command line end to end on a large JSON-lines file (records in,
// results out to /dev/null), timed, with the child's peak memory (max RSS) read
// by /usr/bin/time. Prints what it measured; never fails on speed.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli', 'bin.js');
if (!existsSync(cli)) {
  console.error('dist/ not found: run `npm run build` first (npm run bench does).');
  process.exit(2);
}
const LINES = Number(process.env.DA_RISK_BENCH_LINES ?? 1_000_000);
const { dashRic2009 } = await import(join(root, 'dist', 'index.js'));
const ids = dashRic2009.items.map((item) => item.id);
const VALUES = ['yes', 'yes', 'no', 'no', 'no', 'dont-know', 'declined'];
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);

const dir = mkdtempSync(join(tmpdir(), 'da-risk-bench-'));
const file = join(dir, 'assessments.ndjson');
const out = createWriteStream(file);
for (let n = 0; n < LINES; n++) {
  const answers = {};
  for (const id of ids) if (random() > 0.05) answers[id] = { value: VALUES[Math.floor(random() * VALUES.length)] };
  if (!out.write(`${JSON.stringify({ instrument: { id: 'dash-ric', edition: '2009' }, id: `a-${n}`, answers })}\n`)) {
    await new Promise((resolve) => out.once('drain', resolve));
  }
}
await new Promise((resolve) => out.end(resolve));

const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', ['-f', '%M', process.execPath, cli]] : [process.execPath, [cli]];
const start = performance.now();
const child = spawnSync(timer[0], [...timer[1], 'assess', file, '--out', 'csv', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
const seconds = (performance.now() - start) / 1000;
const stderr = child.stderr.toString().trim().split('\n');
const maxRssKb = existsSync('/usr/bin/time') ? Number(stderr.at(-1)) : NaN;
rmSync(dir, { recursive: true, force: true });
console.log(`CLI: ${LINES.toLocaleString('en-GB')} JSON lines assessed in ${seconds.toFixed(1)} s: ${Math.round(LINES / seconds).toLocaleString('en-GB')} records/s (exit ${child.status})`);
console.log(`peak memory of the CLI process (max RSS): ${Number.isNaN(maxRssKb) ? 'not measured (/usr/bin/time missing)' : `${(maxRssKb / 1024).toFixed(1)} MB`}`);
console.log(`targets: >= 100,000 records/s ${LINES / seconds >= 1e5 ? 'met' : 'NOT met'}; < 150 MB ${maxRssKb / 1024 < 150 ? 'met' : 'NOT met'}`);
