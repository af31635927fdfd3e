/**
 * The list of every edition this version ships.
 *
 * @module
 */
import type { Instrument } from '../model/instrument.js';
import { dashRic2009 } from './dash/dash-ric-2009.js';
import { policeDash2009 } from './dash/police-dash-2009.js';
import { sDash2009 } from './dash/s-dash-2009.js';
import { dara2022Provisional } from './dara/dara-2022-provisional.js';
import { barnardosRimProvisional } from './rim/barnardos-rim-provisional.js';

/**
 * Every edition shipped with this version of the package. Editions are never
 * removed once published.
 *
 * @example
 * ```ts
 * shippedInstruments.map((i) => `${i.id}@${i.edition}`);
 * // ['dash-ric@2009', 'police-dash@2009', 's-dash@2009', 'dara@2022-provisional', 'barnardos-rim@2009-provisional']
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export const shippedInstruments: readonly Instrument[] = /* @__PURE__ */ Object.freeze([
  dashRic2009,
  policeDash2009,
  sDash2009,
  dara2022Provisional,
  barnardosRimProvisional,
]);
