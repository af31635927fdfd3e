/**
 * Chooses the checklist for a victim by age under a young people's pathway.
 *
 * @module
 */
import type { MaracAction } from '../model/marac.js';
import type { PathwayDecision, YoungPeoplePathway } from '../model/pathway.js';
import type { Notice } from '../model/result.js';

const notice = (id: string, message: string): Notice => Object.freeze({ id, message, items: Object.freeze([]) as readonly string[] });

/**
 * Decides the pathway for a victim of a given age (or null when unknown):
 * the checklist to use, whether MARAC takes the victim, and the children's
 * safeguarding referral — required for every victim under the pathway's
 * upper age, so that a 16- or 17-year-old is never treated as an adult only.
 * Where the pathway names no young people's checklist, the adult checklist
 * is named with a notice that it is not validated for young people. Trusts
 * its inputs (a whole age from 0 to 130, or null; a pathway made with
 * `defineYoungPeoplePathway`): use `youngPeoplePathway` for outside data.
 *
 * @param victimAge - the victim's age in whole years, or null
 * @param pathway - the pathway policy
 * @returns the frozen decision
 *
 * @example
 * ```ts
 * youngPeoplePathwayTrusted(16, youngPeoplePathwayDefaults).actions[0]?.status; // 'required'
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export function youngPeoplePathwayTrusted(victimAge: number | null, pathway: YoungPeoplePathway): PathwayDecision {
  const { from, underAge } = pathway.ages;
  const reasons: string[] = [];
  const notices: Notice[] = [];
  const actions: MaracAction[] = [];
  const safeguarding = (reason: string): MaracAction =>
    Object.freeze({
      id: 'childrens-safeguarding-referral' as const,
      status: 'required' as const,
      basis: pathway.childrensSafeguarding.basis,
      source: pathway.childrensSafeguarding.source,
      reason,
    });
  let kind: PathwayDecision['pathway'];
  let checklist = pathway.adultChecklist as PathwayDecision['checklist'];
  if (victimAge === null) {
    kind = 'age-not-given';
    notices.push(
      notice(
        'victim-age-not-given',
        `The victim's age was not given: ask it. A victim aged ${from} to ${underAge - 1} is on the young people's pathway and needs a children's safeguarding referral; under ${from}, children's safeguarding replaces the checklist.`,
      ),
    );
    reasons.push(`Age not given: the adult checklist (${pathway.adultChecklist.id} edition ${pathway.adultChecklist.edition}) is named until the age is known.`);
  } else if (victimAge >= underAge) {
    kind = 'adult';
    reasons.push(`The victim is ${victimAge}: the adult checklist (${pathway.adultChecklist.id} edition ${pathway.adultChecklist.edition}).`);
  } else if (victimAge < from) {
    kind = 'child';
    checklist = null;
    reasons.push(`The victim is ${victimAge}, under ${from}: no DASH checklist applies. Refer to children's safeguarding.`);
    actions.push(safeguarding(`The victim is ${victimAge}: refer to children's safeguarding (${pathway.childrensSafeguarding.source}).`));
  } else {
    kind = 'young-people';
    if (pathway.checklist !== null) {
      checklist = pathway.checklist;
      reasons.push(`The victim is ${victimAge}: the young people's checklist (${checklist.id} edition ${checklist.edition}).`);
    } else {
      notices.push(
        notice(
          'young-people-checklist-not-defined',
          `The victim is ${victimAge}: SafeLives publishes a young people's checklist, but none is defined in this deployment. The adult checklist is named as an aid only: its questions and threshold are not validated for young people. Define a young people's edition and name it in the pathway policy.`,
        ),
      );
      reasons.push(`The victim is ${victimAge}: no young people's checklist is defined, so the adult checklist (${pathway.adultChecklist.id} edition ${pathway.adultChecklist.edition}) is named as an aid only.`);
    }
    actions.push(
      safeguarding(
        `The victim is ${victimAge}, a child: make a children's safeguarding referral (${pathway.childrensSafeguarding.source}).${victimAge >= pathway.minimumMaracAge ? ' It is required as well as any MARAC referral.' : ' MARAC is not the route under ' + String(pathway.minimumMaracAge) + '.'}`,
      ),
    );
  }
  const maracEligible = victimAge === null || victimAge >= pathway.minimumMaracAge;
  if (victimAge !== null && victimAge >= pathway.minimumMaracAge && victimAge < underAge) {
    reasons.push(`At ${victimAge}, MARAC takes the victim if a referral route is met.`);
  }
  return Object.freeze({
    pathway: kind,
    victimAge,
    checklist: checklist === null ? null : Object.freeze({ id: checklist.id, edition: checklist.edition }),
    maracEligible,
    actions: Object.freeze(actions),
    reasons: Object.freeze(reasons),
    notices: Object.freeze(notices),
    policy: Object.freeze({ id: pathway.id, version: pathway.version, basis: pathway.basis }),
  });
}
