// `npm run fuzz:quick-check [inputs]`: holds the quick check of assessment inputs to the full zod
// check on 1,000,000 random and mutated inputs (by default), in two processes with different seeds
// (one per core). The same property runs on 30,000 inputs in `npm test`.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const total = Number(process.argv[2] ?? 1_000_000);
const parts = Math.max(1, Math.min(2, availableParallelism()));
const each = Math.ceil(total / parts);
const started = Date.now();
const runs = Array.from({ length: parts }, (_, k) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/api/assess-quick-check.test.ts'], {
      env: { ...process.env, DA_RISK_QUICK_CHECK_RUNS: String(each), DA_RISK_QUICK_CHECK_SEED: String(20261202 + k) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('close', (code) => resolve(code ?? 1));
  }),
);
const codes = await Promise.all(runs);
const failed = codes.some((code) => code !== 0);
console.log(`quick check against the full check: ${(each * parts).toLocaleString('en-GB')} inputs in ${((Date.now() - started) / 1000).toFixed(0)} s, ${failed ? 'FAILED' : 'all agreed'}`);
process.exit(failed ? 1 : 0);
