import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // The examples import the package by name, as a consumer would; in tests that name is the source.
    alias: [
      { find: /^da-risk\/testing$/, replacement: src('testing.ts') },
      { find: /^da-risk$/, replacement: src('index.ts') },
    ],
  },
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    // Never the copies a mutation run or a build leaves under test/.out.
    exclude: ['**/node_modules/**', 'test/.out/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
