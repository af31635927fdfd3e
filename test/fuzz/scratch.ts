import { fuzz, table } from './harness.js';
const t = performance.now();
const figures = fuzz({ seed: 20_250_301, runs: 20_000, poolSize: 6, examples: 2 });
console.log(table(figures).split('\n').slice(-1)[0]);
for (const f of figures) for (const e of f.examples) console.log(e.slice(0, 900));
console.log((performance.now() - t) / 1000);
