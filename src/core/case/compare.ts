/**
 * Comparing two assessments of the same case.
 *
 * @module
 */
import { daRiskError } from '../../errors/error.js';
import type { TriggerType } from '../../model/case.js';
import type { ReassessmentPolicy } from '../../model/case-policy.js';
import type { DaraResult } from '../../model/dara.js';
import { compareLevels, type RiskLevel } from '../../model/levels.js';
import type { AssessmentResult } from '../../model/result.js';

/**
 * What changed between two assessments.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface AssessmentComparison {
  /** The earlier assessment's edition and id. */
  readonly earlier: { readonly instrument: string; readonly edition: string; readonly assessmentId: string | null };
  /** The later assessment's edition and id. */
  readonly later: { readonly instrument: string; readonly edition: string; readonly assessmentId: string | null };
  /** Items yes now and not yes before. */
  readonly newYes: readonly string[];
  /** Items yes before and answered no now. */
  readonly resolved: readonly string[];
  /** Items yes both times. */
  readonly unchanged: readonly string[];
  /** Items yes before and now unknown, declined or unanswered (not resolved: not asked again, or not known). */
  readonly noLongerKnown: readonly string[];
  /** Count before and after (checklists only). */
  readonly count: { readonly before: number; readonly after: number; readonly change: number } | null;
  /** Final level before and after. */
  readonly level: { readonly before: RiskLevel | null; readonly after: RiskLevel | null; readonly change: 'raised' | 'lowered' | 'same' };
  /** New yes answers that are themselves reassessment triggers. */
  readonly triggers: readonly { readonly item: string; readonly trigger: TriggerType }[];
  /** Plain-language summary. */
  readonly reasons: readonly string[];
}

type Comparable = AssessmentResult | DaraResult;

/**
 * Compares two assessments of the same case (DASH editions share item ids, so
 * a RIC and a police DASH compare item by item; DARA compares with DARA):
 * new yes answers, resolved ones, unchanged ones, ones no longer known, the
 * change in count and level, and which new answers are also reassessment
 * triggers (separation, pregnancy, stalking, escalation…). Practitioners
 * report that review counts rarely fall because many items ask whether
 * something ever happened; the comparison shows exactly what changed.
 *
 * @param earlier - the earlier result
 * @param later - the later result
 * @param policy - the reassessment policy (its item triggers)
 * @returns the comparison
 * @throws {@link DaRiskError} `invalid-input` when the results are from instruments that share no items
 *
 * @example
 * ```ts
 * const diff = compareAssessments(first, review, reassessmentDefaults);
 * diff.newYes; // ['separation', 'stalking-harassment']
 * diff.triggers; // [{ item: 'separation', trigger: 'separation' }, { item: 'stalking-harassment', trigger: 'stalking' }]
 * ```
 * @since 0.1.0
 */
export function compareAssessments(earlier: Comparable, later: Comparable, policy: ReassessmentPolicy): AssessmentComparison {
  const ids = (result: Comparable) => new Set([...result.items.yes, ...result.items.no, ...result.items.dontKnow, ...result.items.declined, ...result.items.unanswered]);
  const before = ids(earlier);
  const shared = new Set([...ids(later)].filter((id) => before.has(id)));
  if (shared.size === 0) {
    throw daRiskError('invalid-input', ['later', 'instrument'], 'nothing-to-compare', 'shares no items with the earlier assessment');
  }
  const yesBefore = new Set(earlier.items.yes);
  const yesAfter = new Set(later.items.yes);
  const noAfter = new Set(later.items.no);
  const newYes = later.items.yes.filter((id) => !yesBefore.has(id));
  const unchanged = later.items.yes.filter((id) => yesBefore.has(id));
  const resolved = earlier.items.yes.filter((id) => noAfter.has(id));
  const noLongerKnown = earlier.items.yes.filter((id) => !yesAfter.has(id) && !noAfter.has(id) && shared.has(id));
  const triggers = newYes.flatMap((item) => {
    const trigger = policy.itemTriggers[item];
    return trigger === undefined ? [] : [Object.freeze({ item, trigger })];
  });
  const levelBefore = earlier.final.level;
  const levelAfter = later.final.level;
  const cmp = levelBefore === null || levelAfter === null ? 0 : compareLevels(levelAfter, levelBefore);
  const count =
    earlier.kind === 'checklist' && later.kind === 'checklist'
      ? Object.freeze({ before: earlier.count, after: later.count, change: later.count - earlier.count })
      : null;
  const reasons: string[] = [];
  reasons.push(
    `${newYes.length} new yes answer${newYes.length === 1 ? '' : 's'}, ${resolved.length} resolved, ${unchanged.length} unchanged, ${noLongerKnown.length} no longer known.`,
  );
  if (count !== null) reasons.push(`Count ${count.before} \u2192 ${count.after}.`);
  reasons.push(`Level ${levelBefore ?? 'none'} \u2192 ${levelAfter ?? 'none'}.`);
  if (noLongerKnown.length > 0) {
    reasons.push(`Answered yes before and not known now (${noLongerKnown.join(', ')}): an unknown is not a no; ask again where it is safe to.`);
  }
  if (triggers.length > 0) reasons.push(`New answers that are also reassessment triggers: ${triggers.map((t) => `${t.item} (${t.trigger})`).join(', ')}.`);
  return Object.freeze({
    earlier: Object.freeze({ instrument: earlier.instrument.id, edition: earlier.instrument.edition, assessmentId: earlier.assessmentId }),
    later: Object.freeze({ instrument: later.instrument.id, edition: later.instrument.edition, assessmentId: later.assessmentId }),
    newYes: Object.freeze(newYes),
    resolved: Object.freeze(resolved),
    unchanged: Object.freeze(unchanged),
    noLongerKnown: Object.freeze(noLongerKnown),
    count,
    level: Object.freeze({ before: levelBefore, after: levelAfter, change: cmp > 0 ? 'raised' : cmp < 0 ? 'lowered' : 'same' }),
    triggers: Object.freeze(triggers),
    reasons: Object.freeze(reasons),
  });
}
