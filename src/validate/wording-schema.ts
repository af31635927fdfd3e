/**
 * zod schema of a wording pack (format version 1): the licensed wording of an
 * edition's items, sections and sub-option choices.
 *
 * @module
 */
import * as z from 'zod';
import { limits } from '../model/limits.js';
import { instrumentRef, kebabId } from './primitives.js';

const wordingText = /* @__PURE__ */ z.string().min(1).max(limits.textLength);

/**
 * Shape of a wording pack. Its output is checked against `WordingPack` where
 * `attachWording` reads it (that type belongs to the wording API).
 *
 * @internal
 */
export const wordingPackSchema = /* @__PURE__ */ z.strictObject({
  formatVersion: z.literal(1),
  instrument: instrumentRef,
  language: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/),
  kind: z.enum(['official', 'translation', 'local']),
  licence: wordingText,
  attribution: wordingText,
  sections: z.exactOptional(z.record(kebabId, wordingText)),
  items: z.record(kebabId, z.strictObject({ text: wordingText, options: z.exactOptional(z.record(kebabId, wordingText)) })),
});
