/**
 * JSON Schema (2020-12) for every edition's input and for every kind of
 * result, generated from the same zod schemas the library validates with.
 *
 * @module
 */
import * as z from 'zod';
import { daRiskError } from '../errors/error.js';
import type { Instrument } from '../model/instrument.js';
import { maracDecisionSchema, caseRecordSchema } from '../validate/case-schema.js';
import { familyOf, instrumentFamilies } from '../validate/instrument-families.js';

/**
 * A JSON Schema document.
 *
 * @since 0.1.0
 * @category Interop
 */
export type JsonSchema = { readonly [key: string]: unknown };

const BASE = 'https://da-risk.invalid/schemas';

function document(schema: z.ZodType, id: string, title: string, description: string): JsonSchema {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return Object.freeze({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: `${BASE}/${id}.json`, title, description, ...withoutMeta(generated) });
}

function withoutMeta(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, ...rest } = schema;
  return rest;
}

/**
 * The JSON Schema of an edition's assessment input: the DASH-style input for
 * checklists, the DARA input (with the grade) or the RIM household input.
 * Every item id is a property with its allowed answers; sub-options are
 * allowed only with `yes`; dates are `date-time`. Rules a schema cannot
 * express (no sub-option twice, one age per child) are checked by the
 * library's validating functions.
 *
 * @param instrument - the edition
 * @returns the schema document
 *
 * @example
 * ```ts
 * const schema = assessmentInputJsonSchema(dashRic2009);
 * schema.$id; // 'https://da-risk.invalid/schemas/dash-ric@2009.input.json'
 * ```
 * @since 0.1.0
 * @category Interop
 */
export function assessmentInputJsonSchema(instrument: Instrument): JsonSchema {
  return document(
    familyOf(instrument).buildInputSchema(instrument),
    `${instrument.id}@${instrument.edition}.input`,
    `${instrument.title}, edition ${instrument.edition}: assessment input`,
    `Input accepted by da-risk for ${instrument.id} edition ${instrument.edition} (definition format ${instrument.formatVersion}). Labels are da-risk paraphrases.`,
  );
}

/**
 * The kinds of document with a JSON Schema besides edition inputs.
 *
 * @since 0.1.0
 * @category Interop
 */
export type ResultKind = 'checklist' | 'dara' | 'rim' | 'marac-decision' | 'case';

/**
 * The JSON Schema of a result kind (`checklist`, `dara`, `rim`), of a MARAC
 * decision, or of a case record.
 *
 * @param kind - which document
 * @returns the schema document
 * @throws {@link DaRiskError} `invalid-input` for an unknown kind
 *
 * @example
 * ```ts
 * resultJsonSchema('checklist').title; // 'da-risk checklist result (format 1)'
 * ```
 * @since 0.1.0
 * @category Interop
 */
export function resultJsonSchema(kind: ResultKind): JsonSchema {
  switch (kind) {
    case 'checklist':
    case 'dara':
    case 'rim': {
      const { resultSchema, resultDocument } = instrumentFamilies[kind];
      return document(resultSchema, resultDocument.name, resultDocument.title, resultDocument.description);
    }
    case 'marac-decision':
      return document(maracDecisionSchema, 'marac-decision', 'da-risk MARAC decision (format 1)', 'A MARAC check decision with every route.');
    case 'case':
      return document(
        caseRecordSchema,
        'case',
        'da-risk case record',
        'A case history. Each assessment result is validated by its kind (see the result schemas).',
      );
    default:
      throw daRiskError('invalid-input', ['kind'], 'one-of', 'must be one of: checklist, dara, rim, marac-decision, case');
  }
}
