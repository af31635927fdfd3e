// RIM rules of a local area's own, shared by the RIM tests: a publisher-based suggested scale, a
// local baby age and uplift age, lowering allowed with a rationale.
import { barnardosRimRules, type RimRulesPolicy } from '../../../src/index.js';

/** Local RIM rules (id `exampleshire-rim`, version 5). */
export const LOCAL_RIM_RULES: RimRulesPolicy = {
  ...barnardosRimRules,
  id: 'exampleshire-rim',
  version: '5',
  basis: 'local',
  suggestedScale: { rule: 'highest-confirmed', basis: 'publisher', source: 'test' },
  uplift: { underAge: 5, basis: 'local', source: 'test' },
  pregnancyOrBaby: { underMonths: 18, basis: 'local', source: 'test' },
  judgement: { lowering: 'allowed-with-rationale', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'local' }, basis: 'local' },
} as RimRulesPolicy;
