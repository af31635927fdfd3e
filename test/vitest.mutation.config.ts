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
        'test/size.test.ts',
        'test/generated.test.ts',
        'test/hazard-log.test.ts',
        'test/policies-pinned.test.ts',
        'test/cli.test.ts',
        'test/examples.test.ts',
        'test/definitions.test.ts',
        'test/fuzz.test.ts',
        'test/robustness.test.ts',
        'test/case-scale.test.ts',
      ],
    },
  }),
);
