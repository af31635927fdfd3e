// Packs the package exactly as `npm publish` would (prepack builds dist/) and checks what the
// tarball holds: every file package.json points at, no file no one can import, and source and
// declaration maps that resolve to shipped `src/` files.
//
//   node test/package/pack-check.mjs [--fresh] [--out DIR]
//
// --fresh   fail if dist/ exists before packing: on a clean clone this proves `npm pack` builds.
// --out DIR keep the tarball in DIR (CI hands it to publint, attw and the smoke test).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const keep = outIndex >= 0 ? resolve(args[outIndex + 1] ?? '') : undefined;
const problems = [];

if (args.includes('--fresh') && existsSync(join(root, 'dist'))) {
  console.error('pack check: dist/ exists already, so this run cannot show that `npm pack` builds it (run it on a clean clone)');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'da-risk-pack-'));
try {
  const destination = keep ?? work;
  mkdirSync(destination, { recursive: true });
  const before = new Set(readdirSync(destination));
  // The build's own output is not ours to print; npm's errors (stderr) are.
  execFileSync('npm', ['pack', '--silent', '--pack-destination', destination], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(destination).find((name) => name.endsWith('.tgz') && !before.has(name)) ?? readdirSync(destination).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new Error(`npm pack wrote no tarball to ${destination}`);
  const tarPath = join(destination, tarball);
  execFileSync('tar', ['-xzf', tarPath, '-C', work]);
  const pkgDir = join(work, 'package');
  const files = listFiles(pkgDir);
  const has = (path) => files.has(path);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

  // Every target package.json names is in the tarball (wildcard subpaths: their folder has files).
  const targets = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin ?? {}), ...leaves(pkg.exports)].filter((target) => typeof target === 'string');
  for (const target of new Set(targets)) {
    const path = target.replace(/^\.\//, '');
    if (path.endsWith('*')) {
      const folder = path.slice(0, path.lastIndexOf('/') + 1);
      if (![...files].some((file) => file.startsWith(folder))) problems.push(`${target}: nothing under ${folder}`);
    } else if (!has(path)) problems.push(`${target}: not in the tarball`);
  }

  // The command: ESM only, no declarations, runnable.
  for (const [name, target] of Object.entries(pkg.bin ?? {})) {
    const path = join(pkgDir, target);
    if (!existsSync(path)) continue;
    if (!readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node\n')) problems.push(`bin ${name}: ${target} has no shebang`);
    if ((statSync(path).mode & 0o111) === 0) problems.push(`bin ${name}: ${target} is not executable`);
  }
  for (const unwanted of ['dist/cli.cjs', 'dist/cli.d.ts', 'dist/cli.d.cts', 'dist/types/esm/cli', 'dist/types/cjs/cli']) {
    if ([...files].some((file) => file === unwanted || file.startsWith(`${unwanted}/`))) problems.push(`${unwanted}: shipped, but nothing can import it`);
  }

  // Declarations live only under dist/types/ (tsc's, named after src/); tsup's hashed aliases do not ship.
  for (const file of files) {
    if (/\.d\.c?ts$/.test(file) && file.startsWith('dist/') && !file.startsWith('dist/types/')) problems.push(`${file}: a declaration outside dist/types/`);
  }
  const cjsTypes = join(pkgDir, 'dist/types/cjs/package.json');
  if (!existsSync(cjsTypes) || JSON.parse(readFileSync(cjsTypes, 'utf8')).type !== 'commonjs') {
    problems.push('dist/types/cjs/package.json: not "type": "commonjs", so require() callers get ESM types');
  }

  // Every built file has a map, and every map's sources are shipped files under src/ (an entry
  // that only re-exports its chunks has a map with no sources: nothing of its own to point at).
  let maps = 0;
  for (const file of files) {
    if (!/^dist\/.*(\.js|\.cjs|\.d\.ts)$/.test(file)) continue;
    const mapPath = `${file}.map`;
    if (!has(mapPath)) {
      problems.push(`${file}: no ${mapPath}`);
      continue;
    }
    maps += 1;
    const { sources } = JSON.parse(readFileSync(join(pkgDir, mapPath), 'utf8'));
    if (!Array.isArray(sources)) problems.push(`${mapPath}: no sources list`);
    for (const source of sources ?? []) {
      const shipped = relative(pkgDir, resolve(pkgDir, dirname(mapPath), source)).split('\\').join('/');
      if (!shipped.startsWith('src/') || !has(shipped)) problems.push(`${mapPath}: source ${source} is not a shipped src/ file`);
    }
    // Go-to-definition: a declaration's map points at the one .ts file it was written from.
    if (file.endsWith('.d.ts') && !(sources?.length === 1 && /\.ts$/.test(sources[0]) && !sources[0].endsWith('.d.ts'))) {
      problems.push(`${mapPath}: sources ${JSON.stringify(sources)}, not one src/ .ts file`);
    }
  }

  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
  const unpacked = [...files].reduce((sum, file) => sum + statSync(join(pkgDir, file)).size, 0);
  console.log(`${tarball}: ${kib(statSync(tarPath).size)} packed, ${kib(unpacked)} unpacked, ${files.size} files, ${maps} maps checked`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`pack check: ${problems.length} problem(s)\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log('pack check: ok');

/** Relative paths (with /) of every file under `dir`. */
function listFiles(dir) {
  return new Set(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/')));
}

/** Every string at the leaves of an `exports` value. */
function leaves(value) {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(leaves);
}
