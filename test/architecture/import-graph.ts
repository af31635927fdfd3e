/**
 * The import graph of `src/`, read with the TypeScript parser (so comments, strings and
 * template literals never look like imports), and the layer rules checked against it.
 *
 * Kept separate from the test so the checker can be fed a synthetic graph (layers.test.ts
 * proves it catches a bad arrow) and so the rules are readable in one place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** One `import … from`, `export … from`, side-effect `import '…'` or `import('…')` in a file. */
export interface ImportEdge {
  /** The importing file, relative to the repository root with `/` separators (`src/core/assess-trusted.ts`). */
  readonly from: string;
  /** The specifier as written (`../model/levels.js`, `zod`). */
  readonly specifier: string;
  /** The file it resolves to (`src/model/levels.ts`), or null for a package (`zod`, `node:fs`). */
  readonly to: string | null;
  /**
   * True when nothing of the import survives compilation: `import type`, `export type`, or
   * every named binding marked `type`. Under `verbatimModuleSyntax` an import whose named
   * bindings are all `type` still compiles to `import {} from '…'` (a module load), so it is
   * counted as a value import; only whole-statement `type` is erased.
   */
  readonly typeOnly: boolean;
  /** 1-based line, for the failure message. */
  readonly line: number;
}

/** Every file's outgoing edges; every .ts file under src is a key, even one with no imports. */
export type ImportGraph = ReadonlyMap<string, readonly ImportEdge[]>;

const toPosix = (path: string): string => path.split(sep).join('/');

function listTsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTsFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/**
 * Resolves a relative specifier the way NodeNext does for this project: `./x.js` is the
 * source `./x.ts`; a `.json` (or any other extension) names itself. Packages resolve to null.
 */
export function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = posix.normalize(posix.join(posix.dirname(fromFile), specifier));
  if (target.endsWith('.js')) return `${target.slice(0, -'.js'.length)}.ts`;
  if (target.endsWith('.mjs')) return `${target.slice(0, -'.mjs'.length)}.mts`;
  return target;
}

/** The imports of one source text (exported for the synthetic tests). */
export function readImports(file: string, text: string): ImportEdge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edges: ImportEdge[] = [];
  const add = (node: ts.Node, literal: ts.Expression, typeOnly: boolean): void => {
    if (!ts.isStringLiteralLike(literal)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    edges.push({ from: file, specifier: literal.text, to: resolveSpecifier(file, literal.text), typeOnly, line });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node, node.moduleSpecifier, node.importClause?.isTypeOnly === true);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined) {
      add(node, node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      // import('…') as an expression loads the module; `typeof import('…')` is an ImportTypeNode, not this.
      const [arg] = node.arguments;
      if (arg !== undefined) add(node, arg, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** Reads every .ts file under `<root>/src`. */
export function readImportGraph(root: string): ImportGraph {
  const graph = new Map<string, readonly ImportEdge[]>();
  for (const path of listTsFiles(join(root, 'src'))) {
    const file = toPosix(relative(root, path));
    graph.set(file, readImports(file, readFileSync(path, 'utf8')));
  }
  return graph;
}

// ---------------------------------------------------------------------------------------------
// Layers

export const layers = [
  'entry',
  'errors',
  'common',
  'model',
  'instruments',
  'policies',
  'core',
  'validate',
  'api',
  'interop',
  'cli',
  'testing',
] as const;
export type Layer = (typeof layers)[number];

/** The layer of a file under src, or null for something outside the layout (reported as such). */
export function layerOf(file: string): Layer | null {
  const parts = file.split('/');
  if (parts[0] !== 'src') return null;
  if (parts.length === 2) return 'entry';
  const folder = parts[1];
  return (layers as readonly string[]).includes(folder ?? '') && folder !== 'entry' ? (folder as Layer) : null;
}

const above = {
  // Ground floor: errors imports nothing of ours; common may import errors only.
  errors: ['errors', 'common', 'model', 'instruments', 'policies', 'core', 'validate', 'api', 'interop', 'cli', 'testing'],
  common: ['model', 'instruments', 'policies', 'core', 'validate', 'api', 'interop', 'cli', 'testing'],
  model: ['instruments', 'policies', 'core', 'validate', 'api', 'interop', 'cli', 'testing'],
  instruments: ['core', 'validate', 'api', 'interop', 'cli', 'testing'],
  policies: ['core', 'validate', 'api', 'interop', 'cli', 'testing'],
  core: ['validate', 'api', 'interop', 'cli', 'testing'],
  validate: ['api', 'interop', 'cli', 'testing'],
  api: ['interop', 'cli', 'testing'],
} as const satisfies Partial<Record<Layer, readonly Layer[]>>;

/**
 * Arrows between sibling layers that the diagram does not draw and that no file draws today
 * (read off the graph when this test was written). They keep the data, the rules and the
 * schemas independent of one another; relax one here, with its reason, if a change means it.
 */
const siblings = {
  // Editions and policies are both plain data over the model; neither reads the other.
  instruments: ['policies'],
  policies: ['instruments'],
  // Rules take editions and policies as arguments; they never import the shipped ones.
  core: ['instruments', 'policies'],
  // Schemas describe shapes; they call no rule and import no shipped data.
  validate: ['core', 'instruments', 'policies'],
  // The library entries never pull in the executable.
  entry: ['cli'],
  // The three top folders are leaves for one another (testing may one day need interop).
  interop: ['cli', 'testing'],
  cli: ['testing'],
  testing: ['cli'],
} as const satisfies Partial<Record<Layer, readonly Layer[]>>;

/**
 * The layers a layer must not import (type imports included: a type arrow against the
 * layers is still a dependency in the declarations). Every non-entry layer also must not
 * import an entry file; that is checked separately so the message says so.
 */
export const forbiddenLayers: Readonly<Partial<Record<Layer, readonly Layer[]>>> = Object.fromEntries(
  layers.map((layer) => [
    layer,
    [...((above as Partial<Record<Layer, readonly Layer[]>>)[layer] ?? []), ...((siblings as Partial<Record<Layer, readonly Layer[]>>)[layer] ?? [])],
  ]),
);

/** `src/errors/error.ts` is the whole of the errors layer; within errors no import of ours is expected. */
const sameLayerAllowed = (layer: Layer): boolean => layer !== 'errors';

export interface Violation {
  readonly file: string;
  readonly specifier: string;
  readonly line: number;
  readonly rule: string;
}

export const formatViolation = (v: Violation): string => `${v.file}:${v.line} imports '${v.specifier}' — ${v.rule}`;

/** Arrows against the layers, and any non-entry file importing an entry file. */
export function layerViolations(graph: ImportGraph): Violation[] {
  const out: Violation[] = [];
  for (const [file, edges] of graph) {
    const fromLayer = layerOf(file);
    for (const edge of edges) {
      if (edge.to === null) continue;
      const toLayer = layerOf(edge.to);
      const at = { file, specifier: edge.specifier, line: edge.line };
      if (fromLayer === null || toLayer === null) {
        out.push({ ...at, rule: `outside the src layout (${fromLayer === null ? file : edge.to} is in no layer)` });
        continue;
      }
      if (toLayer === 'entry' && fromLayer !== 'entry') {
        out.push({ ...at, rule: `a ${fromLayer} file imports an entry point (${edge.to}); import the implementation file instead` });
        continue;
      }
      if (fromLayer === toLayer && sameLayerAllowed(fromLayer)) continue;
      const forbidden = forbiddenLayers[fromLayer];
      if (forbidden?.includes(toLayer) === true) {
        out.push({ ...at, rule: `${fromLayer} must not import ${toLayer} (${edge.to})` });
      }
    }
  }
  return out;
}

/** Files whose edges import `zod` (or a `zod/…` subpath) as a value. */
export function zodValueImporters(graph: ImportGraph): Map<string, ImportEdge> {
  const out = new Map<string, ImportEdge>();
  for (const [file, edges] of graph) {
    const edge = edges.find((e) => !e.typeOnly && (e.specifier === 'zod' || e.specifier.startsWith('zod/')));
    if (edge !== undefined) out.set(file, edge);
  }
  return out;
}

/**
 * Breadth-first walk from `start`, following resolved edges (value edges only unless
 * `includeTypes`). Returns each reached file with the chain of files that led to it.
 */
export function reach(graph: ImportGraph, start: readonly string[], includeTypes: boolean): Map<string, readonly string[]> {
  const paths = new Map<string, readonly string[]>();
  const queue: string[] = [];
  for (const s of start) {
    paths.set(s, [s]);
    queue.push(s);
  }
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const edge of graph.get(next) ?? []) {
      if (edge.to === null || paths.has(edge.to) || (edge.typeOnly && !includeTypes)) continue;
      paths.set(edge.to, [...(paths.get(next) ?? []), edge.to]);
      queue.push(edge.to);
    }
  }
  return paths;
}

/**
 * Packages: zod is the one dependency (where it may be imported is the zod rules' business);
 * fast-check is an optional peer, so only the testing kit may import it; Node built-ins only
 * in the CLI (nothing else does I/O). Anything else is a new dependency and fails here.
 */
export function packageViolations(graph: ImportGraph): Violation[] {
  const out: Violation[] = [];
  for (const [file, edges] of graph) {
    const layer = layerOf(file);
    for (const edge of edges) {
      if (edge.to !== null) continue;
      const at = { file, specifier: edge.specifier, line: edge.line };
      const name = edge.specifier;
      if (name === 'zod' || name.startsWith('zod/')) continue;
      if (name === 'fast-check') {
        if (layer !== 'testing') out.push({ ...at, rule: 'fast-check is an optional peer dependency: only src/testing/ may import it' });
      } else if (name.startsWith('node:')) {
        if (layer !== 'cli') out.push({ ...at, rule: 'only src/cli/ may import Node built-ins (the library does no I/O)' });
      } else {
        out.push({ ...at, rule: 'not a dependency of da-risk (zod; fast-check in testing; node: in cli)' });
      }
    }
  }
  return out;
}
