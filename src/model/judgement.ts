/**
 * What a practitioner's professional judgement looks like going in.
 *
 * @module
 */
import type { RiskLevel } from './levels.js';

/**
 * A professional judgement on a result. Everything is supplied by the caller:
 * the library reads no clock and knows no names.
 *
 * @example
 * ```ts
 * const judgement: Judgement = {
 *   level: 'high',
 *   rationale: 'Strangulation disclosed and the victim fears for her life.',
 *   by: 'officer-4471',
 *   at: '2025-03-01T10:15:00Z',
 *   referToMarac: true,
 * };
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export interface Judgement {
  /** The level the practitioner decides the case is at. */
  readonly level: RiskLevel;
  /** The practitioner's reasons, in their own words. Required, never blank. */
  readonly rationale: string;
  /** Opaque id of the practitioner (no name needed). */
  readonly by: string;
  /** When the judgement was made (ISO 8601 with offset). */
  readonly at: string;
  /** Whether the practitioner refers to MARAC on professional judgement (possible at any count). */
  readonly referToMarac?: boolean;
  /**
   * Opaque id of the person who authorised a lowering, other than the practitioner (`by`). The
   * policy says when one is needed (by default: to lower a level another practitioner set or kept,
   * and to go below the computed level where that is allowed at all); it is recorded in the audit event.
   */
  readonly authorisedBy?: string;
}
