/**
 * Shared zod building blocks for the validating edge. Structure only (no
 * refinements or transforms), so every schema built from them exports to
 * JSON Schema unchanged.
 *
 * @module
 */
import * as z from 'zod';
import { answerSources } from '../model/answers.js';
import { riskLevels } from '../model/levels.js';
import { agencies, type Agency } from '../model/policy.js';
import { VISIBLE } from '../model/text.js';
import { limits } from '../model/limits.js';
import { MAX_DATE_TIME_LENGTH } from '../common/instant.js';

/** ISO 8601 date-time with seconds and an offset, at most 35 characters (nanoseconds and an offset). @internal */
export const isoDateTime = /* @__PURE__ */ z.iso.datetime({ offset: true }).max(MAX_DATE_TIME_LENGTH);

/** An opaque caller-supplied id (no personal data expected). @internal */
export const opaqueId = /* @__PURE__ */ z.string().min(1).max(limits.idLength);

/**
 * A kebab-case id: lower-case letters and digits separated by single hyphens,
 * and never `constructor`, the one such name every JavaScript object inherits
 * (an id is a key in answers and other records). @internal
 */
export const kebabId = /* @__PURE__ */ z
  .string()
  .max(limits.idLength)
  .regex(/^(?!constructor$)[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A practitioner's rationale: required, with at least one letter or digit. @internal */
export const rationaleText = /* @__PURE__ */ z.string().max(limits.rationaleLength).regex(VISIBLE);

/** The opaque id of a practitioner who decides or authorises: with at least one letter or digit. @internal */
export const practitionerId = /* @__PURE__ */ opaqueId.regex(VISIBLE);

/** A risk level. @internal */
export const riskLevel = /* @__PURE__ */ z.enum(riskLevels as ['standard', 'medium', 'high']);

/** An answer source. @internal */
export const answerSource = /* @__PURE__ */ z.enum(answerSources as ['victim', 'practitioner', 'records', 'other-agency']);

/** An agency. @internal */
export const agency = /* @__PURE__ */ z.enum(agencies as [Agency, ...Agency[]]);

/** A reference to an instrument edition. @internal */
export const instrumentRef = /* @__PURE__ */ z.strictObject({ id: kebabId, edition: z.string().min(1).max(limits.idLength) });

/** A policy basis. @internal */
export const policyBasis = /* @__PURE__ */ z.enum(['national-guidance', 'safelives', 'publisher', 'local', 'library-default']);

/** A duration in months, days or hours. @internal */
export const duration = /* @__PURE__ */ z.union([
  z.strictObject({ months: z.int().min(0).max(1200) }),
  z.strictObject({ days: z.int().min(0).max(36_500) }),
  z.strictObject({ hours: z.int().min(0).max(876_000) }),
]);

/** A duration of at least one month, day or hour (a window or an interval that cannot be empty). @internal */
export const positiveDuration = /* @__PURE__ */ z.union([
  z.strictObject({ months: z.int().min(1).max(1200) }),
  z.strictObject({ days: z.int().min(1).max(36_500) }),
  z.strictObject({ hours: z.int().min(1).max(876_000) }),
]);

/** A policy version, e.g. `2024.1`. @internal */
export const policyVersion = /* @__PURE__ */ z.string().min(1).max(50).regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/);

/** The fields every policy has: id, version, basis, title, summary. @internal */
export const policyHead = {
  id: kebabId,
  version: policyVersion,
  basis: policyBasis,
  source: /* @__PURE__ */ z.exactOptional(z.string().min(1).max(limits.textLength)),
  title: /* @__PURE__ */ z.string().min(1).max(limits.labelLength),
  summary: /* @__PURE__ */ z.string().min(1).max(limits.textLength),
};
