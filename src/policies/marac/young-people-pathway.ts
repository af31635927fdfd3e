/**
 * The default young people's pathway.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { YoungPeoplePathway } from '../../model/pathway.js';
import { CHILDREN_ACT } from './marac-sources.js';

/**
 * Pathway policy `young-people-13-17` version `1` (a da-risk default):
 * victims aged 13 to 17 are on the young people's pathway. No young people's
 * checklist is named — SafeLives publishes one, but its full text is not
 * public here — so the adult SafeLives checklist is named as an aid with a
 * notice, until a deployer defines their own edition and names it in a
 * local pathway (see `defineYoungPeoplePathway`). Every victim under 18
 * gets a children's safeguarding referral marked required (Children Act
 * 1989); MARAC takes victims from 16.
 *
 * @example
 * ```ts
 * youngPeoplePathway({ victimAge: 15 }).checklist; // { id: 'dash-ric', edition: '2009' }, with a notice
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export const youngPeoplePathwayDefaults: YoungPeoplePathway = /* @__PURE__ */ deepFreeze({
  kind: 'young-people-pathway',
  id: 'young-people-13-17',
  version: '1',
  basis: 'library-default',
  title: 'Young people\u2019s pathway, ages 13 to 17 (da-risk default)',
  summary:
    'Victims aged 13 to 17 are assessed with the young people\u2019s checklist where the deployment defines one (none is shipped: the adult checklist is named as an aid, with a notice), and always get a children\u2019s safeguarding referral marked required. Under 13: children\u2019s safeguarding, not a DASH checklist. MARAC takes victims from 16.',
  ages: {
    from: 13,
    underAge: 18,
    basis: 'library-default',
    source: 'SafeLives\u2019 young people\u2019s checklist is described as for about 13 to 17 (piloted 2013\u201314; its item count and threshold are not verified); 18 is the Children Act 1989 age of adulthood',
  },
  checklist: null,
  adultChecklist: { id: 'dash-ric', edition: '2009' },
  minimumMaracAge: 16,
  childrensSafeguarding: { basis: 'national-guidance', source: CHILDREN_ACT },
} satisfies YoungPeoplePathway);
