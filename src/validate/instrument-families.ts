/**
 * The instrument families, in one table: how an edition is scored decides
 * its family, and the family decides the result kind, the input and result
 * schemas, the kinds of policy its results are read under, and the function
 * that assesses it. Every place that dispatches on a family reads this table
 * (JSON Schema export, stored-result reading, the MARAC check, the CLI and
 * `assessAny`); removing a family means removing its row, its
 * `instruments/<family>/` and `policies/<family>/` folders, and the files
 * `ARCHITECTURE.md` lists for it.
 *
 * @module
 */
import type * as z from 'zod';
import type { DaraInput, DaraResult } from '../model/dara.js';
import type { AssessmentInput } from '../model/assessment.js';
import type { Instrument, ScoringMethod } from '../model/instrument.js';
import type { AssessmentResult } from '../model/result.js';
import type { RimInput, RimResult } from '../model/rim.js';
import { assessmentSchemaFor, buildAssessmentSchema } from './assessment-schema.js';
import { buildDaraSchema, daraResultSchema, daraSchemaFor } from './dara-schema.js';
import { assessmentResultSchema } from './result-schema.js';
import { buildRimSchema, rimResultSchema, rimSchemaFor } from './rim-schema.js';

/** A stored result's type by its kind (the family's id). @internal */
export interface ResultByKind {
  readonly checklist: AssessmentResult;
  readonly dara: DaraResult;
  readonly rim: RimResult;
}

/** An assessment input's type by family. @internal */
export interface InputByKind {
  readonly checklist: AssessmentInput;
  readonly dara: DaraInput;
  readonly rim: RimInput;
}

/** The id of an instrument family, which is also the `kind` of its results. @internal */
export type FamilyId = keyof ResultByKind;

/** The kinds of policy a result may be read under. @internal */
export type ResultPolicyKind = 'scoring' | 'dara' | 'rim' | 'threshold-of-need';

/**
 * One instrument family: everything that differs between checklists (DASH),
 * the assessor-graded DARA and the RIM matrix.
 *
 * @internal
 */
export interface InstrumentFamily<K extends FamilyId = FamilyId> {
  /** The family, and the `kind` of its results. */
  readonly id: K;
  /** The validating function that assesses an input of this family (named in errors). */
  readonly assessWith: 'assess' | 'assessDara' | 'assessRim';
  /** The kinds of policy a result of this family names: the first is its `policy`; a second is its `needPolicy`. */
  readonly policyKinds: readonly ResultPolicyKind[];
  /** Whether a result carries a risk level, so that the MARAC check can read it. */
  readonly hasLevel: boolean;
  /** The input schema of an edition of this family (cached per edition). */
  readonly inputSchema: (instrument: Instrument) => z.ZodType<InputByKind[K]>;
  /** The same schema built afresh, for JSON Schema export. */
  readonly buildInputSchema: (instrument: Instrument) => z.ZodType;
  /** The shape of a stored result (its meaning is checked by replaying it). */
  readonly resultSchema: z.ZodType<ResultByKind[K]>;
  /** The result's JSON Schema document: its `$id` stem, title and description. */
  readonly resultDocument: { readonly name: string; readonly title: string; readonly description: string };
}

/**
 * Every instrument family, by id.
 *
 * @internal
 */
export const instrumentFamilies: { readonly [K in FamilyId]: InstrumentFamily<K> } = /* @__PURE__ */ Object.freeze({
  checklist: Object.freeze({
    id: 'checklist',
    assessWith: 'assess',
    policyKinds: Object.freeze(['scoring'] as const),
    hasLevel: true,
    inputSchema: assessmentSchemaFor,
    buildInputSchema: buildAssessmentSchema,
    resultSchema: assessmentResultSchema,
    resultDocument: Object.freeze({ name: 'result.checklist', title: 'da-risk checklist result (format 1)', description: 'A DASH, police DASH or S-DASH result.' }),
  }),
  dara: Object.freeze({
    id: 'dara',
    assessWith: 'assessDara',
    policyKinds: Object.freeze(['dara'] as const),
    hasLevel: true,
    inputSchema: daraSchemaFor,
    buildInputSchema: buildDaraSchema,
    resultSchema: daraResultSchema,
    resultDocument: Object.freeze({
      name: 'result.dara',
      title: 'da-risk DARA result (format 1)',
      description: 'A DARA result: the assessor\u2019s grade, themes and consistency flags.',
    }),
  }),
  rim: Object.freeze({
    id: 'rim',
    assessWith: 'assessRim',
    policyKinds: Object.freeze(['rim', 'threshold-of-need'] as const),
    hasLevel: false,
    inputSchema: rimSchemaFor,
    buildInputSchema: buildRimSchema,
    resultSchema: rimResultSchema,
    resultDocument: Object.freeze({
      name: 'result.rim',
      title: 'da-risk RIM result (format 1)',
      description: 'A Barnardo\u2019s DV RIM result: one classification per child.',
    }),
  }),
});

/** The ids of every family, in table order. @internal */
export const familyIds: readonly FamilyId[] = /* @__PURE__ */ Object.freeze(Object.keys(instrumentFamilies) as FamilyId[]);

/**
 * The family of each scoring method: every method the instrument format
 * allows has exactly one (the type says so, so a new method cannot be added
 * without a family).
 *
 * @internal
 */
export const familyByScoring: { readonly [M in ScoringMethod]: FamilyId } = /* @__PURE__ */ Object.freeze({
  'yes-count': 'checklist',
  'count-only': 'checklist',
  'assessor-grade': 'dara',
  matrix: 'rim',
});

/**
 * The family of an edition, by how it is scored.
 *
 * @internal
 */
export function familyOf(instrument: Pick<Instrument, 'scoring'>): InstrumentFamily {
  return instrumentFamilies[familyByScoring[instrument.scoring]];
}

/**
 * Whether a value names a family (a result `kind` of this library).
 *
 * @internal
 */
export function isFamilyId(kind: unknown): kind is FamilyId {
  return typeof kind === 'string' && (familyIds as readonly string[]).includes(kind);
}

/** The shape of a stored result of each kind (shape only: its meaning is checked by replaying it). @internal */
export const storedResultSchemas: { readonly [K in FamilyId]: z.ZodType<ResultByKind[K]> } = {
  checklist: instrumentFamilies.checklist.resultSchema,
  dara: instrumentFamilies.dara.resultSchema,
  rim: instrumentFamilies.rim.resultSchema,
};
