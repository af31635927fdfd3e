// Generated files committed in docs/ and shipped in dist/: JSON Schemas and FHIR
// Questionnaires for every shipped edition. `npm run generate` writes them; the
// drift test fails when the committed files differ from what the code produces.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessmentInputJsonSchema, resultJsonSchema, shippedInstruments, toFhirQuestionnaire } from '../../src/index.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every generated file: path relative to the repository, and its content. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  for (const instrument of shippedInstruments) {
    const key = `${instrument.id}@${instrument.edition}`;
    files.set(`docs/schemas/${key}.input.json`, json(assessmentInputJsonSchema(instrument)));
    files.set(`docs/fhir/${key}.questionnaire.json`, json(toFhirQuestionnaire(instrument)));
  }
  for (const kind of ['checklist', 'dara', 'rim', 'marac-decision', 'case'] as const) {
    files.set(`docs/schemas/${kind === 'marac-decision' || kind === 'case' ? kind : `result.${kind}`}.json`, json(resultJsonSchema(kind)));
  }
  return files;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, content] of generatedFiles()) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
    console.log(`wrote ${path}`);
  }
}
