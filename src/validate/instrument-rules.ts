/**
 * The rules an edition must meet beyond its shape (unique ids, numbering,
 * answer types that fit the scoring method, …), checked by `defineInstrument`
 * and by `createRegistry`.
 *
 * @module
 */
import type { DaRiskIssue } from '../errors/error.js';
import type { Instrument, Item } from '../model/instrument.js';

function duplicates<T>(values: readonly T[]): Set<T> {
  const seen = new Set<T>();
  const twice = new Set<T>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return twice;
}

function itemMethodIssues(scoring: Instrument['scoring'], item: Item, at: (string | number)[]): DaRiskIssue[] {
  const issues: DaRiskIssue[] = [];
  const matrix = scoring === 'matrix';
  if (item.answerType === 'text') {
    if (scoring !== 'assessor-grade') {
      issues.push({ path: [...at, 'answerType'], rule: 'text-needs-assessor-grade', message: 'free-text items belong only to editions graded by the assessor' });
    }
    if (item.counts) issues.push({ path: [...at, 'counts'], rule: 'text-never-counts', message: 'a free-text item cannot count' });
    if (item.optionGroups.length > 0) {
      issues.push({ path: [...at, 'optionGroups'], rule: 'text-has-no-options', message: 'a free-text item has no sub-options' });
    }
  }
  if (matrix !== (item.answerType === 'indicator-state')) {
    issues.push({
      path: [...at, 'answerType'],
      rule: 'indicator-state-needs-matrix',
      message: 'matrix editions take indicator-state items, and only they do',
    });
  }
  if (matrix) {
    if (item.indicator === undefined) {
      issues.push({ path: [...at, 'indicator'], rule: 'required', message: 'a matrix indicator needs its kind' });
    } else if (item.indicator === 'protective-factor' ? item.scale !== undefined : item.scale === undefined) {
      issues.push({
        path: [...at, 'scale'],
        rule: 'scale-by-indicator-kind',
        message: 'risk factors and vulnerabilities need a scale column; protective factors have none',
      });
    }
  } else if (item.scale !== undefined || item.indicator !== undefined) {
    issues.push({ path: [...at, 'scale'], rule: 'matrix-only', message: 'scale columns and indicator kinds belong only to matrix editions' });
  }
  return issues;
}

/**
 * Cross-field rules of the definition format. Returns the issues found.
 *
 * @internal
 */
export function instrumentRuleIssues(definition: Instrument): DaRiskIssue[] {
  const issues: DaRiskIssue[] = [];
  const sectionIds = new Set(definition.sections.map((section) => section.id));
  const sourceIds = new Set(definition.sources.map((source) => source.id));
  if (duplicates(definition.sections.map((section) => section.id)).size > 0) {
    issues.push({ path: ['sections'], rule: 'duplicate-id', message: 'have an id used more than once' });
  }
  if (duplicates(definition.sources.map((source) => source.id)).size > 0) {
    issues.push({ path: ['sources'], rule: 'duplicate-id', message: 'have an id used more than once' });
  }
  if (duplicates(definition.items.map((item) => item.id)).size > 0) {
    issues.push({ path: ['items'], rule: 'duplicate-id', message: 'have an id used more than once' });
  }
  if (duplicates(definition.items.map((item) => item.number)).size > 0) {
    issues.push({ path: ['items'], rule: 'duplicate-number', message: 'have a number used more than once' });
  }
  const checkSources = (sources: readonly string[], path: (string | number)[]): void => {
    sources.forEach((source, index) => {
      if (!sourceIds.has(source)) {
        issues.push({ path: [...path, index], rule: 'unknown-source', message: 'names a source not listed in the edition\u2019s sources' });
      }
    });
  };
  definition.items.forEach((item, index) => {
    const at: (string | number)[] = ['items', index];
    if (!sectionIds.has(item.section)) {
      issues.push({ path: [...at, 'section'], rule: 'unknown-section', message: 'names a section not listed in the edition\u2019s sections' });
    }
    checkSources(item.provenance.sources, [...at, 'provenance', 'sources']);
    const choiceIds = item.optionGroups.flatMap((group) => group.choices.map((choice) => choice.id));
    if (duplicates(choiceIds).size > 0) {
      issues.push({ path: [...at, 'optionGroups'], rule: 'duplicate-id', message: 'have a choice id used more than once in the item' });
    }
    if (duplicates(item.optionGroups.map((group) => group.id)).size > 0) {
      issues.push({ path: [...at, 'optionGroups'], rule: 'duplicate-id', message: 'have an option group id used more than once in the item' });
    }
    item.optionGroups.forEach((group, groupIndex) => {
      checkSources(group.provenance.sources, [...at, 'optionGroups', groupIndex, 'provenance', 'sources']);
      if (definition.status === 'verified' && group.provenance.status !== 'verified') {
        issues.push({
          path: [...at, 'optionGroups', groupIndex, 'provenance', 'status'],
          rule: 'verified-edition-has-unverified-part',
          message: 'a verified edition may contain only verified option groups',
        });
      }
    });
    issues.push(...itemMethodIssues(definition.scoring, item, at));
    if (definition.status === 'verified' && item.provenance.status !== 'verified') {
      issues.push({
        path: [...at, 'provenance', 'status'],
        rule: 'verified-edition-has-unverified-part',
        message: 'a verified edition may contain only verified items',
      });
    }
  });
  if (definition.scoring === 'yes-count' && !definition.items.some((item) => item.counts)) {
    issues.push({ path: ['items'], rule: 'no-counting-items', message: 'an edition scored by yes count needs at least one item that counts' });
  }
  return issues;
}
