// Run with `node --enable-source-maps`: an error thrown inside the installed package, through
// its ESM and its CommonJS build, must name the src/ file and line it came from (the shipped
// source maps), not a hashed dist/chunk-*.js.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as esm from 'da-risk';

const cjs = createRequire(import.meta.url)('da-risk');
for (const [format, { assess }] of [['ESM', esm], ['CJS', cjs]]) {
  let stack = '';
  try {
    assess({});
  } catch (error) {
    stack = String(error.stack);
  }
  const frame = stack.split('\n').find((line) => line.includes('node_modules/da-risk/'));
  assert.match(frame ?? '(no frame in the package)', /node_modules\/da-risk\/src\/\S+\.ts:\d+:\d+/, `${format} stack:\n${stack}`);
}
console.log(`source-mapped stacks ok on Node ${process.version}`);
