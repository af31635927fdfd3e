import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    score: 'src/score.ts',
    marac: 'src/marac.ts',
    instruments: 'src/instruments/index.ts',
    dara: 'src/dara.ts',
    rim: 'src/rim.ts',
    policies: 'src/policies/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
});
