// The suite Stryker runs against each mutant of src/core/: every test that exercises the
// decision rules, without the slow checks that never run core code in-process (bundle sizes,
// generated files, the hazard-log reader, pinned fingerprints, the command line, the examples).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      setupFiles: ['test/support/mutation-setup.ts'],
      exclude: [
        'test/package/size.test.ts',
        'test/interop/generated.test.ts',
        'test/safety/hazard-log.test.ts',
        'test/policies/policies-pinned.test.ts',
        'test/cli/**',
        'test/package/examples.test.ts',
        'test/api/definitions.test.ts',
        'test/package/fuzz.test.ts',
        'test/api/robustness.test.ts',
        'test/api/case-scale.test.ts',
      ],
    },
  }),
);
