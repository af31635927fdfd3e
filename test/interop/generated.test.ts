import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles, root } from '../support/generate.js';

describe('generated files are committed and up to date', () => {
  const files = generatedFiles();
  it.each([...files.keys()].map((path) => [path]))('%s', (path) => {
    const full = join(root, path);
    expect(existsSync(full), `${path} is missing: run npm run generate`).toBe(true);
    expect(readFileSync(full, 'utf8'), `${path} drifted from the code: run npm run generate`).toBe(files.get(path));
  });

  it('no stale generated file is left behind', () => {
    for (const folder of ['docs/schemas', 'docs/fhir', 'docs/editions']) {
      for (const name of readdirSync(join(root, folder))) expect(files.has(`${folder}/${name}`), `${folder}/${name} is stale`).toBe(true);
    }
  });
});
