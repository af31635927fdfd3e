/**
 * The schema of a stored result by its kind: a checklist (DASH) result, a
 * DARA result or a RIM result.
 *
 * @module
 */
import type * as z from 'zod';
import type { DaraResult } from '../model/dara.js';
import type { AssessmentResult } from '../model/result.js';
import type { RimResult } from '../model/rim.js';
import { daraResultSchema } from './dara-schema.js';
import { assessmentResultSchema } from './result-schema.js';
import { rimResultSchema } from './rim-schema.js';

/** A stored result's type by its kind. @internal */
export interface ResultByKind {
  readonly checklist: AssessmentResult;
  readonly dara: DaraResult;
  readonly rim: RimResult;
}

/** The shape of a stored result of each kind (shape only: its meaning is checked by replaying it). @internal */
export const storedResultSchemas = {
  checklist: assessmentResultSchema,
  dara: daraResultSchema,
  rim: rimResultSchema,
} satisfies { readonly [K in keyof ResultByKind]: z.ZodType<ResultByKind[K]> };
