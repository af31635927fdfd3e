/**
 * Sub-option rules a schema cannot express: no choice selected twice, and at
 * most one choice in a group that allows one only.
 *
 * @module
 */
import type { DaRiskIssue } from '../errors/error.js';
import type { AssessmentInput } from '../model/assessment.js';
import type { Instrument, Item } from '../model/instrument.js';

const WITH_OPTIONS = new WeakMap<Instrument, readonly Item[]>();

function itemsWithOptions(instrument: Instrument): readonly Item[] {
  let items = WITH_OPTIONS.get(instrument);
  if (items === undefined) {
    items = instrument.items.filter((item) => item.optionGroups.length > 0);
    WITH_OPTIONS.set(instrument, items);
  }
  return items;
}

/**
 * The sub-option issues of validated answers (DASH, DARA, RIM): no choice
 * twice, one choice in a single-choice group. `path` places them (default
 * `['answers']`).
 *
 * @internal
 */
export function optionIssues(
  instrument: Instrument,
  answers: AssessmentInput['answers'],
  path: readonly (string | number)[] = ['answers'],
): DaRiskIssue[] {
  const issues: DaRiskIssue[] = [];
  for (const item of itemsWithOptions(instrument)) {
    const options = answers[item.id]?.options;
    if (options === undefined || options.length < 2) continue;
    const seen = new Set<string>();
    for (const option of options) {
      if (seen.has(option)) {
        issues.push({ path: [...path, item.id, 'options'], rule: 'duplicate-option', message: 'has a choice selected more than once' });
      }
      seen.add(option);
    }
    for (const group of item.optionGroups) {
      if (group.multiple) continue;
      const chosen = group.choices.filter((choice) => seen.has(choice.id)).length;
      if (chosen > 1) {
        issues.push({ path: [...path, item.id, 'options'], rule: 'single-choice', message: 'has more than one choice in a group that allows one only' });
      }
    }
  }
  return issues;
}
