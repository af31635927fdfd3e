/**
 * Conformance vectors: named cases for each shipped edition with the
 * expected count, level, flags and MARAC routes, written by hand from the
 * domain rules. The library's own tests run them; a port in another language
 * runs the same files (see the docs on the vector format).
 *
 * @module
 */
import dara from './vectors/dara@2022-provisional.json' with { type: 'json' };
import dashRic from './vectors/dash-ric@2009.json' with { type: 'json' };
import policeDash from './vectors/police-dash@2009.json' with { type: 'json' };
import rim from './vectors/barnardos-rim@2009-provisional.json' with { type: 'json' };
import sDash from './vectors/s-dash@2009.json' with { type: 'json' };

/**
 * A file of vectors for one edition (format 1). `kind` says which expected
 * fields its cases carry:
 * - `checklist`: `count`, `level` (null for a screen), `completeness`, `flags`, `maracRoutes`, `outcome`;
 * - `dara`: `finalLevel`, `consistencyFlags`, `maracRoutes`, `outcome`;
 * - `rim`: per child `suggested`, `upliftTo`, `threshold`.
 *
 * @since 0.1.0
 * @category Testing
 */
export interface VectorFile {
  /** Always 1. */
  readonly vectorFormat: number;
  /** What the cases are. */
  readonly kind: string;
  /** The edition. */
  readonly instrument: { readonly id: string; readonly edition: string };
  /** The named cases. */
  readonly cases: readonly {
    readonly name: string;
    readonly note?: string;
    readonly input: unknown;
    readonly marac?: { readonly now: string; readonly victimAge: number };
    readonly expected: Readonly<Record<string, unknown>>;
  }[];
  /** Policies the expectations assume (ids and versions). */
  readonly [policy: string]: unknown;
}

/**
 * The conformance vectors shipped with this version, by `<id>@<edition>`.
 * Also published as JSON files under `da-risk/vectors/`.
 *
 * @example
 * ```ts
 * conformanceVectors['dash-ric@2009']!.cases.map((c) => c.name);
 * ```
 * @since 0.1.0
 * @category Testing
 */
export const conformanceVectors: Readonly<Record<string, VectorFile>> = Object.freeze({
  'dash-ric@2009': dashRic as VectorFile,
  'police-dash@2009': policeDash as VectorFile,
  's-dash@2009': sDash as VectorFile,
  'dara@2022-provisional': dara as VectorFile,
  'barnardos-rim@2009-provisional': rim as VectorFile,
});
