/**
 * The layout in ARCHITECTURE.md, held by the import graph of src/: arrows only point down the
 * layers, the zod-free entries never load zod, zod lives in src/validate/, and every module is
 * reached from an entry point. Each failure names the file, the line and the import.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  formatViolation,
  layerOf,
  layerViolations,
  packageViolations,
  reach,
  readImportGraph,
  readImports,
  zodValueImporters,
  type ImportEdge,
  type ImportGraph,
} from './import-graph.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const graph = readImportGraph(root);

/** The entry points: the package's subpath entries and the CLI executable. */
const entries = [...graph.keys()].filter((file) => layerOf(file) === 'entry');
const cliEntry = 'src/cli/bin.ts';

/** The entries that promise no runtime dependency (their bundle sizes are held in test/package/size.test.ts). */
const zodFreeEntries = ['src/score.ts', 'src/marac.ts', 'src/dara.ts', 'src/rim.ts', 'src/instruments.ts', 'src/policies.ts'];

/** Outside src/validate/, the one file that may import zod as a value: it turns the schemas into JSON Schema. */
const zodOutsideValidate = new Set(['src/interop/json-schema.ts']);
const mayImportZod = (file: string): boolean => file.startsWith('src/validate/') || zodOutsideValidate.has(file);

/**
 * Modules no entry point reaches that are kept on purpose, each with its reason. Empty today;
 * add one only with a reason (a module kept for a coming change should be added by that change).
 */
const deadAllowed: ReadonlyMap<string, string> = new Map();

/** Files reached from the entries; type-only edges count (a types-only model file is reached by `export type`). */
function deadModules(g: ImportGraph, roots: readonly string[]): string[] {
  const reached = reach(g, roots, true);
  return [...g.keys()].filter((file) => !reached.has(file) && !deadAllowed.has(file));
}

/** For each zod-free entry, the value-import chains that end in a file importing zod as a value. */
function zodChains(g: ImportGraph, starts: readonly string[]): string[] {
  const zod = zodValueImporters(g);
  const out: string[] = [];
  for (const start of starts) {
    for (const [file, chain] of reach(g, [start], false)) {
      const edge = zod.get(file);
      if (edge !== undefined) out.push(`${chain.join(' → ')} (line ${edge.line}: import … from '${edge.specifier}')`);
    }
  }
  return out;
}

describe('the import graph of src/', () => {
  it('is read: every entry point is there, and every relative import resolves to a file', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(entries).toEqual(
      expect.arrayContaining(['src/index.ts', ...zodFreeEntries, 'src/fhir.ts', 'src/json-schema.ts', 'src/testing.ts']),
    );
    expect(graph.has(cliEntry)).toBe(true);
    const unresolved = [...graph.values()]
      .flat()
      .filter((edge) => edge.to !== null && !existsSync(`${root}/${edge.to}`))
      .map((edge) => `${edge.from}:${edge.line} imports '${edge.specifier}' (no ${edge.to})`);
    expect(unresolved).toEqual([]);
    // Every file is in a layer: nothing lives outside the layout.
    expect([...graph.keys()].filter((file) => layerOf(file) === null)).toEqual([]);
  });

  it('has no arrow against the layers and no import of an entry point from inside', () => {
    expect(layerViolations(graph).map(formatViolation)).toEqual([]);
  });

  it('imports no package but zod, fast-check (testing only) and node: built-ins (cli only)', () => {
    expect(packageViolations(graph).map(formatViolation)).toEqual([]);
  });

  it('never loads zod from the zod-free entries (value imports only)', () => {
    expect(zodChains(graph, zodFreeEntries)).toEqual([]);
  });

  it('imports zod as a value only under src/validate/ (and in interop/json-schema.ts)', () => {
    // Schemas live in validate/; json-schema.ts converts them to JSON Schema, so it is the one other file that needs zod.
    const outside = [...zodValueImporters(graph)]
      .filter(([file]) => !mayImportZod(file))
      .map(([file, edge]) => `${file}:${edge.line} imports '${edge.specifier}' as a value; move its schemas to src/validate/`);
    expect(outside).toEqual([]);
  });

  it('has no module that no entry point reaches', () => {
    expect(deadModules(graph, [...entries, cliEntry])).toEqual([]);
    // The allow-list names only files that exist and are in fact unreached.
    for (const file of deadAllowed.keys()) {
      expect(graph.has(file), `${file} is allowed dead but does not exist`).toBe(true);
      expect(reach(graph, [...entries, cliEntry], true).has(file), `${file} is allowed dead but is reached`).toBe(false);
    }
  });
});

describe('the checker (synthetic graphs, so the tests above cannot pass vacuously)', () => {
  const edge = (from: string, to: string, typeOnly = false, specifier = to): ImportEdge => ({ from, specifier, to, typeOnly, line: 1 });
  const pkg = (from: string, specifier: string, typeOnly = false): ImportEdge => ({ from, specifier, to: null, typeOnly, line: 1 });
  const graphOf = (files: Record<string, readonly ImportEdge[]>): ImportGraph => new Map(Object.entries(files));

  it('reads import, export … from, side-effect and dynamic imports, and tells type-only ones apart', () => {
    const text = [
      "import type { A } from './model/a.js';",
      "import { b, type B } from '../common/b.js';",
      "import { type C } from './c.js';",
      "export type { D } from './d.js';",
      "export * from './e.js';",
      "import './f.js';",
      "import * as z from 'zod';",
      "import data from './g.json' with { type: 'json' };",
      "const h = () => import('./h.js');",
      "type I = typeof import('./i.js');",
      "// import { x } from './comment.js';",
      "const s = \"import { y } from './string.js'\";",
    ].join('\n');
    const edges = readImports('src/core/x.ts', text).map((e) => [e.specifier, e.to, e.typeOnly]);
    expect(edges).toEqual([
      ['./model/a.js', 'src/core/model/a.ts', true],
      ['../common/b.js', 'src/common/b.ts', false],
      // All bindings `type`: verbatimModuleSyntax still emits `import {} from './c.js'`, a module load.
      ['./c.js', 'src/core/c.ts', false],
      ['./d.js', 'src/core/d.ts', true],
      ['./e.js', 'src/core/e.ts', false],
      ['./f.js', 'src/core/f.ts', false],
      ['zod', null, false],
      ['./g.json', 'src/core/g.json', false],
      ['./h.js', 'src/core/h.ts', false],
    ]);
  });

  it('catches an arrow against the layers, naming the file and the import', () => {
    const bad = graphOf({
      'src/core/assess-trusted.ts': [edge('src/core/assess-trusted.ts', 'src/validate/primitives.ts', true, '../validate/primitives.js')],
      'src/model/levels.ts': [edge('src/model/levels.ts', 'src/core/assess-trusted.ts')],
      'src/common/plural.ts': [edge('src/common/plural.ts', 'src/errors/error.ts'), edge('src/common/plural.ts', 'src/model/text.ts')],
      'src/errors/error.ts': [edge('src/errors/error.ts', 'src/common/plural.ts')],
      'src/instruments/x.ts': [edge('src/instruments/x.ts', 'src/core/library-example.ts')],
      'src/policies/y.ts': [edge('src/policies/y.ts', 'src/api/assess.ts')],
      'src/validate/s.ts': [edge('src/validate/s.ts', 'src/api/assess.ts')],
      'src/api/assess.ts': [edge('src/api/assess.ts', 'src/interop/fhir.ts'), edge('src/api/assess.ts', 'src/validate/s.ts')],
      'src/interop/fhir.ts': [edge('src/interop/fhir.ts', 'src/score.ts', false, '../score.js')],
      'src/index.ts': [edge('src/index.ts', 'src/score.ts'), edge('src/index.ts', 'src/api/assess.ts')],
    });
    const found = layerViolations(bad).map((v) => `${v.file} → ${v.specifier}`);
    expect(found).toEqual([
      'src/core/assess-trusted.ts → ../validate/primitives.js',
      'src/model/levels.ts → src/core/assess-trusted.ts',
      'src/common/plural.ts → src/model/text.ts',
      'src/errors/error.ts → src/common/plural.ts',
      'src/instruments/x.ts → src/core/library-example.ts',
      'src/policies/y.ts → src/api/assess.ts',
      'src/validate/s.ts → src/api/assess.ts',
      'src/api/assess.ts → src/interop/fhir.ts',
      'src/interop/fhir.ts → ../score.js',
    ]);
    expect(formatViolation(layerViolations(bad)[0]!)).toBe(
      "src/core/assess-trusted.ts:1 imports '../validate/primitives.js' — core must not import validate (src/validate/primitives.ts)",
    );
  });

  it('catches zod reached by value from a zod-free entry, and not through a type import', () => {
    const g = graphOf({
      'src/score.ts': [edge('src/score.ts', 'src/core/assess-trusted.ts')],
      'src/core/assess-trusted.ts': [edge('src/core/assess-trusted.ts', 'src/model/result.ts'), edge('src/core/assess-trusted.ts', 'src/validate/result-schema.ts', true)],
      'src/model/result.ts': [edge('src/model/result.ts', 'src/validate/primitives.ts')],
      'src/validate/primitives.ts': [pkg('src/validate/primitives.ts', 'zod')],
      'src/validate/result-schema.ts': [pkg('src/validate/result-schema.ts', 'zod')],
      'src/api/case.ts': [pkg('src/api/case.ts', 'zod', true)],
    });
    expect(zodChains(g, ['src/score.ts'])).toEqual([
      "src/score.ts → src/core/assess-trusted.ts → src/model/result.ts → src/validate/primitives.ts (line 1: import … from 'zod')",
    ]);
    // A type-only zod import is no value import.
    expect([...zodValueImporters(g).keys()]).toEqual(['src/validate/primitives.ts', 'src/validate/result-schema.ts']);
  });

  it('catches a dead module and a package out of place', () => {
    const g = graphOf({
      'src/score.ts': [edge('src/score.ts', 'src/model/levels.ts', true)],
      'src/model/levels.ts': [pkg('src/model/levels.ts', 'node:fs'), pkg('src/model/levels.ts', 'lodash')],
      'src/core/orphan.ts': [pkg('src/core/orphan.ts', 'fast-check')],
    });
    expect(deadModules(g, ['src/score.ts'])).toEqual(['src/core/orphan.ts']);
    expect(packageViolations(g).map((v) => `${v.file} → ${v.specifier}`)).toEqual([
      'src/model/levels.ts → node:fs',
      'src/model/levels.ts → lodash',
      'src/core/orphan.ts → fast-check',
    ]);
  });
});
