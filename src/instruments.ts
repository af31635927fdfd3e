/**
 * The instrument editions shipped with da-risk, as frozen data. This entry
 * point (`da-risk/instruments`) has no runtime dependency: import an edition
 * from here with the scoring core (`da-risk/score`) for a form that only
 * scores.
 *
 * @module instruments
 */
export { dashRic2009 } from './instruments/dash/dash-ric-2009.js';
export { policeDash2009 } from './instruments/dash/police-dash-2009.js';
export { sDash2009 } from './instruments/dash/s-dash-2009.js';
export { dara2022Provisional } from './instruments/dara/dara-2022-provisional.js';
export { barnardosRimProvisional } from './instruments/rim/barnardos-rim-provisional.js';
export { shippedInstruments } from './instruments/shipped.js';
