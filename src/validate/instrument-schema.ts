/**
 * The zod schema of the instrument definition format, version 1.
 *
 * @module
 */
import * as z from 'zod';
import type { Instrument } from '../model/instrument.js';
import { limits } from '../model/limits.js';
import { kebabId, policyBasis } from './primitives.js';

const label = /* @__PURE__ */ z.string().min(1).max(limits.labelLength);
const text = /* @__PURE__ */ z.string().min(1).max(limits.textLength);

const provenance = /* @__PURE__ */ z.strictObject({
  status: z.enum(['verified', 'attested', 'unverified']),
  sources: z.array(kebabId).max(50),
  note: z.exactOptional(text),
});

const optionGroup = /* @__PURE__ */ z.strictObject({
  id: kebabId,
  label,
  multiple: z.boolean(),
  choices: z.array(z.strictObject({ id: kebabId, label })).min(1).max(100),
  provenance,
});

const item = /* @__PURE__ */ z.strictObject({
  id: kebabId,
  number: z.int().min(1).max(10_000),
  section: kebabId,
  label,
  answerType: z.enum(['yes-no-dont-know', 'yes-no', 'frequency', 'indicator-state', 'text']),
  counts: z.boolean(),
  optionGroups: z.array(optionGroup).max(20),
  commentPrompt: z.exactOptional(label),
  tags: z.array(kebabId).max(50),
  prompts: z.array(z.strictObject({ screen: kebabId, reason: text, basis: z.exactOptional(policyBasis), source: z.exactOptional(text) })).max(10),
  provenance,
  scale: z.exactOptional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
  indicator: z.exactOptional(z.enum(['risk-factor', 'vulnerability', 'protective-factor'])),
});

/**
 * zod schema of an instrument edition definition (format version 1). Shape
 * only; cross-field rules (unique ids, known sections and sources, a verified
 * edition with only verified items) are checked by `defineInstrument`.
 *
 * @internal
 */
export const instrumentDefinitionSchema = /* @__PURE__ */ z.strictObject({
  formatVersion: z.literal(1),
  id: kebabId,
  edition: z.string().min(1).max(limits.idLength).regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/),
  title: label,
  publisher: label,
  licence: text,
  attribution: text,
  status: z.enum(['verified', 'provisional']),
  scoring: z.enum(['yes-count', 'count-only', 'assessor-grade', 'matrix']),
  summary: text,
  sources: z
    .array(
      z.strictObject({
        id: kebabId,
        title: label,
        url: z.exactOptional(z.url().max(2_000)),
        kind: z.enum(['primary', 'secondary']),
      }),
    )
    .max(100),
  sections: z.array(z.strictObject({ id: kebabId, label })).min(1).max(100),
  items: z.array(item).min(1).max(limits.items),
}) satisfies z.ZodType<Instrument>;
