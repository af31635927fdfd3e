import { build, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles `contents` as a consumer would (minified ESM, tree-shaken) and measures it. */
async function bundle(contents: string): Promise<{ gzip: number; code: string; used: string[] }> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const used = Object.values(outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, info]) => info.bytesInOutput > 0)
      .map(([path]) => path),
  );
  return { gzip: gzipSync(code).length, code, used };
}

const KiB = 1024;

describe('bundle size', () => {
  it('the scoring entry point alone stays under 8 KiB gzip and pulls in no zod', async () => {
    const { gzip, used, code } = await bundle(`export * from './src/score.ts';`);
    expect(used.some((path) => path.includes('node_modules/zod'))).toBe(false);
    expect(code).not.toMatch(/\$Zod|ZodError/);
    expect(gzip, `score entry is ${gzip} bytes gzip`).toBeLessThanOrEqual(8 * KiB);
  });

  it('scoring through the main entry tree-shakes validation (and zod) away', async () => {
    const { used } = await bundle(
      `import { assessTrusted, commonLocalBands, dashRic2009 } from './src/index.ts'; console.log(assessTrusted(dashRic2009, { instrument: { id: 'dash-ric', edition: '2009' }, answers: {} }, commonLocalBands));`,
    );
    expect(used.some((path) => path.includes('node_modules/zod'))).toBe(false);
    expect(used.some((path) => path.includes('src/validate/'))).toBe(false);
  });

  it('an unused edition tree-shakes away', async () => {
    const { used, code } = await bundle(`import { sDash2009 } from './src/instruments.ts'; console.log(sDash2009);`);
    expect(used.some((path) => path.includes('dash-ric-2009') || path.includes('police-dash-2009') || path.includes('dash-items'))).toBe(false);
    expect(code).not.toContain('current-injury');
  });

  it('DASH scoring leaves DARA and the RIM out of the bundle', async () => {
    const { used } = await bundle(
      `import { assessTrusted, commonLocalBands, dashRic2009 } from './src/index.ts'; console.log(assessTrusted(dashRic2009, { instrument: { id: 'dash-ric', edition: '2009' }, answers: {} }, commonLocalBands));`,
    );
    expect(used.filter((path) => /src\/(dara|rim)|core\/(dara|rim)/.test(path))).toEqual([]);
  });

  // 9 KiB since issue 11: errors capped at 100 issues, iterative deep freezing that survives cycles, the checks' own basis.
  it('the DARA entry carries no RIM, no DASH edition and no zod, and stays under 9 KiB gzip', async () => {
    const { used, gzip } = await bundle(`export * from './src/dara.ts';`);
    expect(used.filter((path) => /node_modules|src\/rim|core\/rim|dash-items|dash-ric|police-dash/.test(path))).toEqual([]);
    expect(gzip, `dara entry is ${gzip} bytes gzip`).toBeLessThanOrEqual(9 * KiB);
  });

  // 9 KiB since the child flags were added (before 0.1.0): the child flags for a suspected incident with a pregnancy or a baby, and the authoriser rule for lowering.
  // 10 KiB since issue 10: a basis and source per rule, the da-risk example labelling, and reading the retired rules format.
  it('the RIM entry carries no DARA, no DASH edition and no zod, and stays under 10 KiB gzip', async () => {
    const { used, gzip } = await bundle(`export * from './src/rim.ts';`);
    expect(used.filter((path) => /node_modules|src\/dara|core\/dara|dash-items|dash-ric|police-dash/.test(path))).toEqual([]);
    expect(gzip, `rim entry is ${gzip} bytes gzip`).toBeLessThanOrEqual(10 * KiB);
  });

  it('the policies entry has no runtime dependency', async () => {
    const { used } = await bundle(`export * from './src/policies.ts';`);
    expect(used.some((path) => path.includes('node_modules'))).toBe(false);
  });

  // What a browser app gets from the published root entry, not from src/: the built ESM must
  // keep validation in modules a bundler can drop. Needs the build (`npx tsup`; `npm test` runs it first).
  it('pure functions imported from the built root entry bring no zod, no validation, and cost what the subpaths cost', async () => {
    expect(existsSync(`${root}dist/index.js`), 'dist/index.js is missing: build first (npx tsup)').toBe(true);
    const names = 'assessTrusted, applyJudgementTrusted, checkMaracTrusted, commonLocalBands, safelivesMarac, dashRic2009';
    const fromRoot = await bundle(`import { ${names} } from './dist/index.js'; console.log(${names});`);
    const fromSubpaths = await bundle(
      `import { assessTrusted, applyJudgementTrusted } from './dist/score.js'; import { checkMaracTrusted } from './dist/marac.js';
       import { commonLocalBands, safelivesMarac } from './dist/policies.js'; import { dashRic2009 } from './dist/instruments.js';
       console.log(${names});`,
    );
    expect(fromRoot.used.filter((path) => path.includes('node_modules/zod'))).toEqual([]);
    expect(fromRoot.used.filter((path) => path.includes('dist/validate/'))).toEqual([]);
    expect(fromRoot.code).not.toMatch(/\$Zod|ZodError/);
    expect(fromRoot.gzip, `root ${fromRoot.gzip} bytes gzip, subpaths ${fromSubpaths.gzip}`).toBeLessThanOrEqual(fromSubpaths.gzip + 256);
    expect(fromRoot.gzip, `pure functions from the root are ${fromRoot.gzip} bytes gzip`).toBeLessThanOrEqual(20 * KiB);
  });

  it('a validating function from the built root entry does bring zod (the check above can fail)', async () => {
    const { used } = await bundle(`import { assess } from './dist/index.js'; console.log(assess);`);
    expect(used.some((path) => path.includes('node_modules/zod'))).toBe(true);
  });
});
