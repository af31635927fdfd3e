/**
 * Which checklist to assess a victim with, by age: the young people's
 * pathway, with validation.
 *
 * @module
 */
import { youngPeoplePathwayTrusted } from '../core/young-people-pathway-trusted.js';
import type { PathwayDecision, YoungPeoplePathway } from '../model/pathway.js';
import { youngPeoplePathwayDefaults } from '../policies/marac/young-people-pathway.js';
import { daRiskError } from '../errors/error.js';
import { parse } from '../validate/parse.js';
import { pathwayInputSchema } from '../validate/pathway-schema.js';
import { defaultRegistry } from './default-registry.js';
import type { OutsideInput } from './outside-input.js';
import { ensureYoungPeoplePathway } from './policies.js';
import { readOptions } from './read-outside.js';
import { checkRegistry, type InstrumentRegistry } from './registry.js';
import { familyOf } from '../validate/instrument-families.js';

/**
 * Decides the pathway for a victim: the checklist to assess with (the
 * young people's checklist for ages 13 to 17 where the deployment defines
 * one), whether MARAC takes the victim, and the children's safeguarding
 * referral — required for every victim under 18, so a 16- or 17-year-old is
 * never treated as an adult only. The checklist named is checked against the
 * registry, so a pathway cannot point at an edition the deployment lacks.
 *
 * @param input - `{ victimAge }`: whole years, or null when not known
 * @param pathway - the pathway policy (default {@link youngPeoplePathwayDefaults})
 * @param options - `registry`: where the named checklists must exist (default {@link defaultRegistry})
 * @returns the frozen decision
 * @throws {@link DaRiskError} `invalid-input`; `invalid-definition` (a policy not made with `defineYoungPeoplePathway`); `unknown-instrument` / `unknown-edition` (a checklist the registry lacks)
 *
 * @example
 * ```ts
 * const decision = youngPeoplePathway({ victimAge: 16 });
 * decision.pathway; // 'young-people'
 * decision.actions[0]?.status; // 'required' (children's safeguarding)
 * decision.notices[0]?.id; // 'young-people-checklist-not-defined'
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export function youngPeoplePathway<T>(
  input: OutsideInput<T, { readonly victimAge: number | null }>,
  pathway: YoungPeoplePathway = youngPeoplePathwayDefaults,
  options?: { readonly registry?: InstrumentRegistry },
): PathwayDecision {
  const checkedPathway = ensureYoungPeoplePathway(pathway);
  const { victimAge } = parse(pathwayInputSchema, input);
  const registry = checkRegistry(readOptions(options, ['registry']).registry ?? defaultRegistry, ['options', 'registry']);
  const named: [keyof YoungPeoplePathway, YoungPeoplePathway['adultChecklist'] | null][] = [
    ['adultChecklist', checkedPathway.adultChecklist],
    ['checklist', checkedPathway.checklist],
  ];
  for (const [field, ref] of named) {
    if (ref === null) continue;
    const found = registry.find(ref.id, ref.edition);
    if (found === undefined) {
      throw daRiskError(
        registry.editions(ref.id).length === 0 ? 'unknown-instrument' : 'unknown-edition',
        ['checkedPathway', field],
        'not-in-registry',
        'names an edition the registry does not hold: register it, or name one it holds',
      );
    }
    if (familyOf(found).id !== 'checklist') {
      throw daRiskError('invalid-definition', ['checkedPathway', field], 'not-a-checklist', 'names an edition that is not a yes/no checklist');
    }
  }
  return youngPeoplePathwayTrusted(victimAge, checkedPathway);
}
