/**
 * Validation that never throws: zod's `safeParse`, with anything zod itself
 * throws on an odd value (an object whose `length` is not a number, say)
 * turned into a validation issue instead of a crash.
 *
 * @module
 */
import type * as z from 'zod';

/** The outcome of {@link safeParse}. @internal */
export type SafeParsed<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: { readonly issues: readonly z.core.$ZodIssue[] } };

const UNREADABLE = {
  code: 'custom',
  path: [],
  message: '',
  input: undefined,
  params: { rule: 'unreadable', message: 'could not be read: it holds a value of a kind JSON does not make' },
} as unknown as z.core.$ZodIssue;

/**
 * Validates `value` against `schema`; never throws.
 *
 * @internal
 */
export function safeParse<S extends z.ZodType>(schema: S, value: unknown): SafeParsed<z.output<S>> {
  try {
    return schema.safeParse(value) as SafeParsed<z.output<S>>;
  } catch {
    return { success: false, error: { issues: [UNREADABLE] } };
  }
}
