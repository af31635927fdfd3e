/**
 * A record read from the input, or why its line could not be read.
 *
 * @module
 */

/**
 * A record with the line it starts on (1-based; for a JSON array, the index
 * + 1), or a record that could not be read: a rule id and a message that
 * names no value.
 *
 * @internal
 */
export type InputRecord = { readonly line: number; readonly value: unknown } | { readonly line: number; readonly rule: string; readonly error: string };

/**
 * Why an input held no records: no bytes at all, only blank lines, or a CSV
 * header and no rows; null when it held records (or is empty on purpose, as
 * `[]` is).
 *
 * @internal
 */
export type Emptiness = 'no bytes' | 'blank lines' | 'header only' | null;
