/**
 * The default severity ordering for reports across instruments.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { SeverityOrdering } from '../../model/cross-instrument.js';

/**
 * Severity ordering `reporting-severity` version `1` (a da-risk default, for
 * reporting only): DASH and DARA standard, medium, high rank 1, 2, 3; RIM
 * scales 1–4 rank 1–4, so a RIM scale 4 (child protection) reports above
 * everything else. It does not say that a DASH "high" and a RIM "Serious"
 * are the same risk: the tools measure different things.
 *
 * @example
 * ```ts
 * severityOf(result, reportingSeverity)?.label; // 'high'
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export const reportingSeverity: SeverityOrdering = /* @__PURE__ */ deepFreeze({
  kind: 'severity-ordering',
  id: 'reporting-severity',
  version: '1',
  basis: 'library-default',
  title: 'One ordering of DASH levels, DARA grades and RIM scales, for reports',
  summary:
    'Puts results from different instruments on one scale for counting and sorting in reports. It is a reporting convention, not an equivalence between the tools.',
  ranks: [
    { rank: 1, label: 'lower' },
    { rank: 2, label: 'moderate' },
    { rank: 3, label: 'high' },
    { rank: 4, label: 'severe' },
  ],
  levels: { standard: 1, medium: 2, high: 3 },
  rimScales: { 1: 1, 2: 2, 3: 3, 4: 4 },
} satisfies SeverityOrdering);
