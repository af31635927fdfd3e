/**
 * zod schemas of the cross-instrument policies: concept maps and severity
 * orderings.
 *
 * @module
 */
import * as z from 'zod';
import type { ConceptMap, SeverityOrdering } from '../model/cross-instrument.js';
import { limits } from '../model/limits.js';
import { kebabId, policyHead } from './primitives.js';

const label = /* @__PURE__ */ z.string().min(1).max(limits.labelLength);

/** Shape of a concept map. @internal */
export const conceptMapSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('concept-map'),
  ...policyHead,
  concepts: z
    .array(
      z.strictObject({
        id: kebabId,
        label,
        items: z.record(kebabId, z.array(kebabId).max(limits.items)),
      }),
    )
    .max(limits.items),
}) satisfies z.ZodType<ConceptMap>;

const rank = /* @__PURE__ */ z.int().min(0).max(1_000);

/** Shape of a severity ordering. @internal */
export const severityOrderingSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('severity-ordering'),
  ...policyHead,
  ranks: z.array(z.strictObject({ rank, label })).min(1).max(100),
  levels: z.strictObject({ standard: rank, medium: rank, high: rank }),
  rimScales: z.strictObject({ 1: rank, 2: rank, 3: rank, 4: rank }),
}) satisfies z.ZodType<SeverityOrdering>;
