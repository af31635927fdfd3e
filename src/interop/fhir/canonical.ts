/**
 * The canonical URL of an edition's Questionnaire (`<base>/<instrument id>`),
 * the reference a QuestionnaireResponse makes to it (`<canonical>|<edition>`),
 * and the options that set the base.
 *
 * @module
 */
import { daRiskError } from '../../errors/error.js';
import type { Instrument } from '../../model/instrument.js';
import { readOptions } from '../../api/read-outside.js';

const DEFAULT_BASE = 'https://da-risk.invalid/fhir/Questionnaire';

/** Separates the canonical URL from the edition in a response's `questionnaire`. */
const VERSION_SEPARATOR = '|';

/**
 * Options for the FHIR conversions.
 *
 * @since 0.1.0
 * @category Interop
 */
export interface FhirOptions {
  /** Base of the Questionnaire canonical URL; the instrument id is appended. Default `https://da-risk.invalid/fhir/Questionnaire`. */
  readonly baseUrl?: string;
}

/** The base of the canonical URLs, read once from the caller's options and checked to be text. */
function baseOf(options: FhirOptions | undefined): string {
  const { baseUrl } = readOptions(options, ['baseUrl']);
  if (baseUrl === undefined) return DEFAULT_BASE;
  if (typeof baseUrl !== 'string' || baseUrl.length === 0 || baseUrl.length > 2_000 || /\s|\|/.test(baseUrl)) {
    throw daRiskError('invalid-input', ['options', 'baseUrl'], 'type', 'must be a URL of at most 2,000 characters, without spaces or |');
  }
  return baseUrl;
}

/**
 * The canonical URL of an edition's Questionnaire.
 *
 * @throws DaRiskError `invalid-input` for a base URL in `options` that is not one
 * @internal
 */
export function canonical(instrument: Instrument, options: FhirOptions | undefined): string {
  return `${baseOf(options)}/${instrument.id}`;
}

/**
 * The `questionnaire` of a response to an edition: its canonical URL and its
 * edition.
 *
 * @throws DaRiskError `invalid-input` for a base URL in `options` that is not one
 * @internal
 */
export function versionedCanonical(instrument: Instrument, options: FhirOptions | undefined): string {
  return `${canonical(instrument, options)}${VERSION_SEPARATOR}${instrument.edition}`;
}

/**
 * Reads a response's `questionnaire` back into the instrument id and edition
 * it names; refuses (`unknown-questionnaire`) one that is not a canonical URL
 * under the base followed by `|edition`. Whether the edition exists is for
 * the registry to say.
 *
 * @throws DaRiskError `invalid-input`
 * @internal
 */
export function readVersionedCanonical(questionnaire: string, options: FhirOptions | undefined): { readonly id: string; readonly edition: string } {
  const base = `${baseOf(options)}/`;
  const [url, edition] = questionnaire.split(VERSION_SEPARATOR);
  if (url === undefined || edition === undefined || !url.startsWith(base)) {
    throw daRiskError('invalid-input', ['questionnaire'], 'unknown-questionnaire', 'must be the canonical URL of a da-risk Questionnaire followed by |edition');
  }
  return { id: url.slice(base.length), edition };
}
