// Mutation testing of the decision rules (`npm run mutate`; not part of `npm test`).
// Every file under src/core/ should score >= 90% with string-literal mutants left out and
// >= 80% with them (test/support/mutation-scores.mjs prints both, per file, from the report).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/vitest.mutation.config.ts' },
  // Static mutants (module-level data) would rerun the whole suite each; the data is pinned by fingerprint tests instead.
  ignoreStatic: true,
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/core/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'test/.out/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
  // Reruns only the mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: 'test/.out/mutation/stryker-incremental.json',
};
