/**
 * A local MARAC policy, defined as data: an illustrative "Cambridgeshire-style"
 * variant with a lower visible-high-risk threshold. Cambridgeshire lowered its
 * MARAC referral threshold in June 2014; the number used here (12) is
 * illustrative, not the county's published figure.
 *
 * Run: npx tsx examples/local-marac-policy.ts (after npm run build)
 */
import { assess, checkMarac, defineMaracPolicy, safelivesMarac } from 'da-risk';

export const exampleshireMarac2014 = defineMaracPolicy({
  ...safelivesMarac,
  id: 'exampleshire-marac',
  version: '2014.6',
  basis: 'local',
  title: 'Exampleshire MARAC criteria (lowered threshold, June 2014; illustrative)',
  summary: 'SafeLives\u2019 routes, with visible high risk at a count of 12 or more on the 24-question checklist (a local rule).',
  source: 'Exampleshire MARAC operating protocol, June 2014 (illustrative)',
  visibleHighRisk: { threshold: 12, instruments: ['dash-ric'], basis: 'local', source: 'Exampleshire MARAC operating protocol, June 2014 (illustrative)' },
});

const answers = Object.fromEntries(
  ['current-injury', 'very-frightened', 'separation', 'stalking-harassment', 'abuse-more-often', 'abuse-getting-worse',
    'controlling-or-jealous', 'threats-to-kill', 'strangulation', 'financial-issues', 'perpetrator-suicide', 'criminal-history'].map(
    (id) => [id, { value: 'yes' }],
  ),
);
const result = assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers });
for (const policy of [safelivesMarac, exampleshireMarac2014]) {
  const decision = checkMarac({ now: '2025-01-10T09:00:00Z', victimAge: 41, assessment: result }, policy);
  console.log(`${policy.id} ${policy.version}: ${decision.outcome} — ${decision.routes[0]!.reason}`);
}
