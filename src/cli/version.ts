/**
 * The package's version, for `da-risk --version`, read from the
 * `package.json` two folders up (from `src/cli/` and from `dist/cli/` alike).
 *
 * @module
 */
import { readFileSync } from 'node:fs';

/**
 * The version in `package.json`, or `unknown` when it cannot be read.
 *
 * @example
 * ```ts
 * packageVersion(); // '0.1.0'
 * ```
 * @internal
 */
export function packageVersion(): string {
  try {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
