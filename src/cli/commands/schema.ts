/**
 * `da-risk schema`: print an edition's input JSON Schema or FHIR
 * Questionnaire, or a result's JSON Schema.
 *
 * @module
 */
import { defaultRegistry } from '../../api/default-registry.js';
import { toFhirQuestionnaire } from '../../interop/fhir/questionnaire.js';
import { assessmentInputJsonSchema, resultJsonSchema } from '../../interop/json-schema.js';
import { stringOption, type Values } from '../args.js';
import { RESULT_KINDS } from '../choices.js';
import { EXIT, UsageError } from '../errors.js';
import type { Sink } from '../sink.js';

/**
 * Writes the schema asked for; returns the exit code.
 *
 * @throws {@link UsageError} for an instrument, format or result kind da-risk does not know; a DaRiskError
 *   (`unknown-edition`) for an edition it does not ship
 * @internal
 */
export async function schemaCommand(out: Sink, values: Values, positionals: readonly string[]): Promise<number> {
  const result = stringOption(values, 'result');
  if (result !== undefined) {
    const kind = RESULT_KINDS.find((known) => known === result);
    if (kind === undefined) throw new UsageError(`--result must be one of: ${RESULT_KINDS.join(', ')}`, 'schema');
    await out.write(`${JSON.stringify(resultJsonSchema(kind), null, 2)}\n`);
    return EXIT.ok;
  }
  const id = positionals[0];
  if (id === undefined) throw new UsageError('schema needs an instrument id (see da-risk instruments) or --result', 'schema');
  const editions = defaultRegistry.editions(id);
  // The id typed is not repeated: it could be anything.
  if (editions.length === 0) throw new UsageError('the instrument given is not one da-risk ships; run da-risk instruments to list them', 'schema');
  const edition = stringOption(values, 'edition') ?? (editions.length === 1 ? editions[0] : undefined);
  if (edition === undefined) throw new UsageError(`name the edition with --edition (known: ${editions.join(', ')})`, 'schema');
  const format = stringOption(values, 'format') ?? 'json-schema';
  if (format !== 'json-schema' && format !== 'fhir') throw new UsageError('--format must be json-schema or fhir', 'schema');
  const instrument = defaultRegistry.get(id, edition);
  const document = format === 'fhir' ? toFhirQuestionnaire(instrument) : assessmentInputJsonSchema(instrument);
  await out.write(`${JSON.stringify(document, null, 2)}\n`);
  return EXIT.ok;
}
