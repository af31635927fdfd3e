import { cpSync, mkdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    score: 'src/score.ts',
    marac: 'src/marac.ts',
    dara: 'src/dara.ts',
    rim: 'src/rim.ts',
    instruments: 'src/instruments.ts',
    policies: 'src/policies.ts',
    fhir: 'src/fhir.ts',
    'json-schema': 'src/json-schema.ts',
    testing: 'src/testing.ts',
    cli: 'src/cli/bin.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['fast-check', /^node:/],
  async onSuccess() {
    // Generated documents (committed in docs/, checked for drift) and the conformance vectors ship in dist/.
    const copies: readonly (readonly [string, string])[] = [
      ['docs/schemas', 'dist/schemas'],
      ['docs/fhir', 'dist/fhir'],
      ['src/testing/vectors', 'dist/vectors'],
    ];
    for (const [from, to] of copies) {
      mkdirSync(to, { recursive: true });
      cpSync(from, to, { recursive: true });
    }
  },
});
