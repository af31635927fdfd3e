/**
 * zod schemas of the young people's pathway: the policy and the input.
 *
 * @module
 */
import * as z from 'zod';
import type { YoungPeoplePathway } from '../model/pathway.js';
import { limits } from '../model/limits.js';
import { instrumentRef, policyBasis, policyHead } from './primitives.js';

const text = /* @__PURE__ */ z.string().min(1).max(limits.textLength);

/** Shape of a young people's pathway policy. @internal */
export const youngPeoplePathwaySchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('young-people-pathway'),
  ...policyHead,
  ages: z.strictObject({ from: z.int().min(0).max(130), underAge: z.int().min(1).max(130), basis: policyBasis, source: z.exactOptional(text) }),
  checklist: z.nullable(instrumentRef),
  adultChecklist: instrumentRef,
  minimumMaracAge: z.int().min(0).max(130),
  childrensSafeguarding: z.strictObject({ basis: policyBasis, source: text }),
}) satisfies z.ZodType<YoungPeoplePathway>;

/** Input of `youngPeoplePathway`. @internal */
export const pathwayInputSchema = /* @__PURE__ */ z.strictObject({ victimAge: z.nullable(z.int().min(0).max(130)) });
