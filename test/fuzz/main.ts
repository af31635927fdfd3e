// `npm run fuzz [-- --seed N --runs N --only name,name --pool N]`: every exported function
// that takes outside data, a million inputs by default, every oracle counted. Exits 1 when
// any oracle failed, printing the first failures of each function with their seed and run.
import { failuresOf, fuzz, table } from './harness.js';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  if (at >= 0) return process.argv[at + 1];
  const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

const seed = Number(option('seed') ?? 20_250_301);
const runs = Number(option('runs') ?? 1_000_000);
const poolSize = Number(option('pool') ?? 40);
const only = option('only')?.split(',').filter((name) => name !== '');
if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(runs) || runs < 1) {
  console.error('usage: npm run fuzz -- [--seed <integer>] [--runs <inputs in total>] [--only <function,function>] [--pool <valid inputs per kind>]');
  process.exit(2);
}

const started = performance.now();
console.log(`da-risk fuzz: seed ${seed}, ${runs} inputs in total${only === undefined ? '' : ` (${only.join(', ')})`}`);
const figures = fuzz({
  seed,
  runs,
  poolSize,
  ...(only === undefined ? {} : { only }),
  progress: (f) => {
    const failed = [...Object.entries(f.failures), ['harness-error', f.harnessErrors] as const].filter(([, n]) => n > 0);
    console.log(`  ${f.name}: ${f.inputs} inputs, ${f.successes} ok, ${f.typedErrors} typed errors, ${(f.totalMs / 1000).toFixed(1)} s${failed.length === 0 ? '' : `, FAILED ${failed.map(([o, n]) => `${o} ${n}`).join(', ')}`}`);
    for (const example of f.examples) console.log(`    - ${example}`);
    for (const [note, count] of Object.entries(f.known)) console.log(`    known (reported, not fixed here): ${count} \u00d7 ${note}`);
  },
});
const seconds = (performance.now() - started) / 1000;
console.log('');
console.log(table(figures));
console.log('');
const failures = failuresOf(figures);
console.log(`${figures.reduce((s, f) => s + f.inputs, 0)} inputs in ${seconds.toFixed(1)} s; ${failures} oracle failure${failures === 1 ? '' : 's'}`);
process.exit(failures === 0 ? 0 : 1);
