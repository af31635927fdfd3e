/**
 * zod schema of the edition an input names, read before the rest of the
 * input (which is validated against that edition).
 *
 * @module
 */
import * as z from 'zod';
import { instrumentRef } from './primitives.js';

/** The `instrument` reference of an input; every other field is left for the edition's own schema. @internal */
export const namedEditionSchema = /* @__PURE__ */ z.compile(z.object({ instrument: instrumentRef }));
