// Reference: the 0.1.0 implementation, kept unchanged apart from its imports (not shipped), so that
// property tests can show the faster DARA and RIM paths in src/core give identical results (issue 15).
import type { Instrument } from '../../../../src/model/instrument.js';
import type { Notice } from '../../../../src/model/result.js';

/**
 * The notice every result from a provisional edition carries: how many items
 * are not verified, and which.
 *
 * @internal
 */
export function provisionalNotice(instrument: Instrument): Notice | null {
  let notice = PROVISIONAL.get(instrument);
  if (notice === undefined) {
    notice = buildProvisionalNotice(instrument);
    PROVISIONAL.set(instrument, notice);
  }
  return notice;
}

const PROVISIONAL = new WeakMap<Instrument, Notice | null>();

function buildProvisionalNotice(instrument: Instrument): Notice | null {
  if (instrument.status !== 'provisional') return null;
  const notVerified = instrument.items.filter((item) => item.provenance.status !== 'verified');
  const attested = notVerified.filter((item) => item.provenance.status === 'attested').length;
  const unverified = notVerified.length - attested;
  const optionGroups = instrument.items.reduce(
    (n, item) => n + item.optionGroups.filter((group) => group.provenance.status !== 'verified').length,
    0,
  );
  const parts = [
    `${instrument.title} (${instrument.id}, edition ${instrument.edition}) is a provisional edition:`,
    `${notVerified.length} of ${instrument.items.length} items ${notVerified.length === 1 ? 'is' : 'are'} not verified against a primary copy of the form`,
    `(${attested} attested by several secondary copies, ${unverified} unverified)`,
  ];
  const options = optionGroups > 0 ? `, and ${optionGroups} sub-option group${optionGroups === 1 ? ' is' : 's are'} not verified` : '';
  return Object.freeze({
    id: 'provisional-instrument',
    message: `${parts.join(' ')}${options}. Check any decision against the official form.`,
    items: Object.freeze(notVerified.map((item) => item.id)),
  });
}
