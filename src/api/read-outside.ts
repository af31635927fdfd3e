/**
 * Reading a caller's object where the caller's own code may run: a getter, or
 * a Proxy's trap.
 *
 * @module
 */
import { daRiskError, type DaRiskErrorCode } from '../errors/error.js';
import { UNREADABLE_MESSAGE } from '../validate/safe-parse.js';

/**
 * Runs `read`, which reads a caller's object and nothing else, and turns
 * anything it throws into the library's own `unreadable` issue at `path`.
 * Whatever the caller's code throws (an `Error`, a look-alike or even a real
 * `DaRiskError` with the caller's own text) never escapes, so no caller text
 * reaches an error. Only reads go inside: a check that throws the library's
 * own errors runs after, on what was read.
 *
 * @internal
 */
export function readOutside<T>(code: DaRiskErrorCode, path: readonly (string | number)[], read: () => T): T {
  try {
    return read();
  } catch {
    throw daRiskError(code, path, 'unreadable', UNREADABLE_MESSAGE);
  }
}

/**
 * Reads the named fields of a caller's options object, each once, into a
 * plain snapshot: `undefined` gives `{}`; anything but an object is refused.
 * The values are the caller's, still to be checked by whoever uses them.
 *
 * @internal
 */
export function readOptions<T extends object>(options: T | undefined, keys: readonly (keyof T & string)[], path: readonly (string | number)[] = ['options']): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') throw daRiskError('invalid-input', path, 'type', 'must be an object');
  return readOutside('invalid-input', path, () => {
    const snapshot: Partial<T> = {};
    for (const key of keys) snapshot[key] = options[key];
    return snapshot;
  });
}
