/**
 * JSON Schema (`da-risk/json-schema`): 2020-12 schemas for every edition's
 * input and every result kind, generated from the library's own validation.
 * The same documents ship as files under `da-risk/schemas/`.
 *
 * @module json-schema
 */
export { assessmentInputJsonSchema, resultJsonSchema } from './interop/json-schema.js';
export type { JsonSchema, ResultKind } from './interop/json-schema.js';
