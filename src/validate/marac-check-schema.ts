/**
 * zod schema of a MARAC check's input (`checkMarac`). The assessment inside
 * is a stored result, checked afterwards by its kind.
 *
 * @module
 */
import * as z from 'zod';
import type { MaracCheckInput } from '../model/marac.js';
import { abuseEventSchema, perpetratorIds } from './case-schema.js';
import { limits } from '../model/limits.js';
import { instrumentRef, isoDateTime, opaqueId } from './primitives.js';
import { judgementReferralSchema } from './result-schema.js';

/** A MARAC check's input, with the assessment still unread (it is read by its kind afterwards). @internal */
export type MaracCheckShape = Omit<MaracCheckInput, 'assessment'> & { readonly assessment?: unknown };

/** The input of `checkMarac`. @internal */
export const maracCheckInputSchema = /* @__PURE__ */ z.strictObject({
  now: isoDateTime,
  victimAge: z.exactOptional(z.int().min(0).max(130)),
  assessment: z.exactOptional(z.unknown()),
  events: z.exactOptional(z.array(abuseEventSchema).max(limits.events)),
  previousReferrals: z.exactOptional(
    z.array(z.strictObject({ id: z.exactOptional(opaqueId), date: isoDateTime, perpetrators: z.exactOptional(perpetratorIds) })).max(limits.events),
  ),
  professionalJudgement: z.exactOptional(judgementReferralSchema),
  paperCount: z.exactOptional(
    z.strictObject({
      instrument: instrumentRef,
      count: z.int().min(0).max(limits.items),
      unknown: z.int().min(0).max(limits.items),
      id: z.exactOptional(opaqueId),
      assessedAt: z.exactOptional(isoDateTime),
    }),
  ),
}) satisfies z.ZodType<MaracCheckShape>;
