// Words for the page: HTML escaping, labels for the library's codes, London
// times, and a pass that puts labels in place of the raw ids the library's
// sentences carry (`threats-to-kill`, `dash-ric`), so that no practitioner
// reads an id. No library import: this module only formats.

/** Escapes text for HTML. */
export const html = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Sentence case for a level or a single word. */
export const capitalise = (text) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : text);

export const LEVEL_LABELS = { standard: 'Standard', medium: 'Medium', high: 'High' };

export const OUTCOME_LABELS = {
  'refer-to-marac': 'Refer to MARAC',
  'no-referral': 'No MARAC route is met',
  'children-safeguarding': 'Children\u2019s safeguarding referral (MARAC is not the route)',
};

export const BASIS_LABELS = {
  'national-guidance': 'national guidance or statute',
  safelives: 'SafeLives',
  publisher: 'the form\u2019s publisher',
  local: 'a local rule or convention',
  'library-default': 'a da-risk default, not a published rule',
};

export const ACTION_LABELS = { 'childrens-safeguarding-referral': 'Children\u2019s safeguarding referral' };

export const HISTORY_ACTIONS = { set: 'set the level', raised: 'raised the level', lowered: 'lowered the level', confirmed: 'confirmed the level', accepted: 'accepted', rejected: 'rejected' };

/** Names of the editions and screens the library's sentences mention by id. */
export const INSTRUMENT_NAMES = {
  'dash-ric': 'DASH RIC',
  'police-dash': 'police DASH',
  's-dash': 'S-DASH',
  'h-dash': 'H-DASH',
  dara: 'DARA',
  'barnardos-rim': 'Barnardo\u2019s RIM',
};

/** The fields of a judgement, for the library's issue paths. */
export const JUDGEMENT_FIELDS = { level: 'Level', rationale: 'Reasons', by: 'Your practitioner id', at: 'Time', authorisedBy: 'Authorised by', referToMarac: 'Refer to MARAC', grade: 'Grade' };

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** A moment shown in UK time (GMT or BST), whatever the device's own time zone. */
export function londonTime(moment) {
  const date = moment instanceof Date ? moment : new Date(moment);
  return Number.isNaN(date.getTime()) ? String(moment) : LONDON.format(date);
}

/** The current moment as the library takes it: ISO 8601 in UTC, to the second. */
export const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

const ISO_DATE_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that rewrites a library sentence for a reader: every id in
 * `labels` (item, flag, route, edition ids) becomes its label, and every
 * ISO date-time becomes a London time. Single-word item ids (`weapons`) are
 * ordinary words and are left alone; ids with a hyphen never are.
 */
export function humaniser(labels) {
  const entries = Object.entries(labels).filter(([id]) => id.includes('-') || id in INSTRUMENT_NAMES);
  if (entries.length === 0) return (text) => String(text).replace(ISO_DATE_TIME, (m) => londonTime(m));
  const map = new Map(entries);
  const ids = entries.map(([id]) => id).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\w-])(?:${ids.map(escapeRegExp).join('|')})(?![\\w-])`, 'g');
  return (text) => String(text).replace(ISO_DATE_TIME, (m) => londonTime(m)).replace(pattern, (id) => map.get(id));
}
