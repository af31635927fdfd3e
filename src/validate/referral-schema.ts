/**
 * zod schema of the options of a MARAC referral (`maracReferral`).
 *
 * @module
 */
import * as z from 'zod';
import { agency, isoDateTime, opaqueId, practitionerId } from './primitives.js';

/**
 * Who refers, when, from which agency, and whether to minimise. Its output is
 * checked against `ReferralOptions` where `maracReferral` passes it on (that
 * type belongs to the referral builder, which `validate/` does not import).
 *
 * @internal
 */
export const referralOptionsSchema = /* @__PURE__ */ z.strictObject({
  referralId: z.exactOptional(opaqueId),
  referredAt: isoDateTime,
  referredBy: practitionerId,
  agency,
  minimise: z.exactOptional(z.boolean()),
});
