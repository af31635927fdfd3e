// Run by `prepublishOnly`: refuses to publish until package.json says where the project lives.
// npm shows `repository`, `homepage` and `bugs` on the package page, and resolves the README's
// relative links against `repository`; without it those links are broken on npmjs.com.
// The addresses are the maintainers' to choose: nothing here suggests one.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** A field is set when it is a non-empty string or an object with a non-empty `url`. */
const isSet = (value) => (typeof value === 'string' ? value.trim() !== '' : typeof value?.url === 'string' && value.url.trim() !== '');

const missing = ['repository', 'homepage', 'bugs'].filter((field) => !isSet(pkg[field]));
if (missing.length > 0) {
  console.error(
    `release check: package.json has no ${missing.join(', ')}.\n` +
      'Set them to the public repository, the documentation site and the issue tracker before publishing\n' +
      "(npm resolves the README's relative links against `repository`). See CONTRIBUTING.md, Releasing.",
  );
  process.exit(1);
}
console.log('release check: repository, homepage and bugs are set');
