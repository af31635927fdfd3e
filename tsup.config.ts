import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { defineConfig, type Options } from 'tsup';

/** The library's entry points, one per `exports` subpath in package.json. */
const entry = {
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
};

const shared: Options = {
  // Maps point at ../src/…, which ships in the package, so stack traces under
  // `node --enable-source-maps` name the source file without inlining its text twice.
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  treeshake: true,
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['fast-check', /^node:/],
  // Declarations come from tsc below: tsup's bundled ones have no maps and hashed chunk names.
  dts: false,
  clean: false,
};

/**
 * Declarations with maps, written by tsc from the entry points (and the modules they reach)
 * to `dist/types/esm/`, so go-to-definition lands on the real file under `src/`. The same
 * files are copied to `dist/types/cjs/`, whose package.json says `commonjs`, so TypeScript reads
 * them as CommonJS for `require` (plain `.d.ts` next to a `type: module` package.json would
 * masquerade as ESM). Both trees sit at the same depth, so the maps' `../../../src/…` hold.
 */
function emitDeclarations(): void {
  const read = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: fail });
  if (read === undefined) throw new Error('tsconfig.json could not be read');
  const options: ts.CompilerOptions = {
    ...read.options,
    noEmit: false,
    declaration: true,
    declarationMap: true,
    emitDeclarationOnly: true,
    rootDir: 'src',
    outDir: 'dist/types/esm',
  };
  const program = ts.createProgram(Object.values(entry), options);
  // Not `emitSkipped`: TypeScript sets it whenever the program holds a JSON module (the
  // conformance vectors), even though every declaration was written.
  const { diagnostics } = program.emit();
  if (diagnostics.length > 0) fail(diagnostics);
  const missing = Object.keys(entry).filter((name) => !existsSync(`dist/types/esm/${name}.d.ts`));
  if (missing.length > 0) throw new Error(`declarations: no dist/types/esm/${missing.join('.d.ts, ')}.d.ts`);
  cpSync('dist/types/esm', 'dist/types/cjs', { recursive: true });
  writeFileSync('dist/types/cjs/package.json', '{ "type": "commonjs" }\n');
}

function fail(diagnostics: ts.Diagnostic | readonly ts.Diagnostic[]): never {
  const host = { getCanonicalFileName: (name: string) => name, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => '\n' };
  throw new Error(`declarations: ${ts.formatDiagnostics([diagnostics].flat(), host)}`);
}

export default defineConfig(() => {
  // The two builds below run in parallel and both write to dist/, so neither may clean it.
  rmSync('dist', { recursive: true, force: true });
  return [
    {
      ...shared,
      // ESM keeps one file per source module (dist/api/assess.js for src/api/assess.ts) instead of
      // shared chunks: with `"sideEffects": false`, a bundler then drops every module a consumer
      // does not reach, so pure functions imported from the root entry bring no validation and no
      // zod. In chunks, zod schemas built at module level sit beside the pure code and bundlers
      // cannot prove them removable. The command (src/cli/bin.ts → dist/cli/bin.js) keeps its shebang.
      entry: ['src/**/*.ts'],
      bundle: false,
      // Nothing to shake in one-file-per-module output, and tsup's rollup pass would rewrite the
      // vectors' `with { type: 'json' }` as the deprecated `assert`.
      treeshake: false,
      esbuildOptions(options) {
        options.sourcesContent = false;
        // Keep `with { type: 'json' }` (Node needs it for a JSON module); the es2022 target alone
        // would strip it. Node 18.20+ and current bundlers read it.
        options.supported = { ...options.supported, 'import-attributes': true };
      },
      splitting: false,
      format: ['esm'],
      async onSuccess() {
        // Generated documents (committed in docs/, checked for drift) and the conformance vectors
        // (imported as JSON modules by dist/testing/vectors.js) ship in dist/.
        const copies: readonly (readonly [string, string])[] = [
          ['docs/schemas', 'dist/schemas'],
          ['docs/fhir', 'dist/fhir'],
          ['src/testing/vectors', 'dist/testing/vectors'],
        ];
        for (const [from, to] of copies) {
          mkdirSync(to, { recursive: true });
          cpSync(from, to, { recursive: true });
        }
        emitDeclarations();
      },
    },
    // CommonJS consumers do not tree-shake, so the require build stays bundled (one file per entry plus shared chunks).
    { ...shared, entry, format: ['cjs'] },
  ];
});
