/**
 * zod schemas of a practitioner's decisions on a result: a judgement on a
 * risk level (DASH, DARA), and on a RIM result a decision on a suggested
 * uplift or a final scale for a child.
 *
 * @module
 */
import * as z from 'zod';
import type { Judgement } from '../model/judgement.js';
import { isoDateTime, practitionerId, rationaleText, riskLevel } from './primitives.js';
import { rimScale } from './rim-schema.js';

/** A judgement on a risk level (`applyJudgement`, `applyDaraRegrade`). @internal */
export const judgementSchema = /* @__PURE__ */ z.strictObject({
  level: riskLevel,
  rationale: rationaleText,
  by: practitionerId,
  at: isoDateTime,
  referToMarac: z.exactOptional(z.boolean()),
  authorisedBy: z.exactOptional(practitionerId),
}) satisfies z.ZodType<Judgement>;

/** A decision on a child's suggested uplift (`applyRimUpliftDecision`). @internal */
export const rimUpliftDecisionSchema = /* @__PURE__ */ z.strictObject({ accept: z.boolean(), rationale: rationaleText, by: practitionerId, at: isoDateTime });

/** A practitioner's final scale for a child (`applyRimJudgement`). @internal */
export const rimScaleJudgementSchema = /* @__PURE__ */ z.strictObject({
  scale: rimScale,
  rationale: rationaleText,
  by: practitionerId,
  at: isoDateTime,
  authorisedBy: z.exactOptional(practitionerId),
});
