/**
 * The registry of shipped editions.
 *
 * @module
 */
import { shippedInstruments } from '../instruments/shipped.js';
import { lazyRegistry, type InstrumentRegistry } from './registry.js';

/**
 * The registry of every edition shipped with the package
 * ({@link shippedInstruments}), used when no registry is passed.
 *
 * @example
 * ```ts
 * defaultRegistry.get('police-dash', '2009').items.length; // 27
 * defaultRegistry.get('dash-ric', '2031'); // throws DaRiskError 'unknown-edition'
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export const defaultRegistry: InstrumentRegistry = /* @__PURE__ */ lazyRegistry(() => shippedInstruments);
