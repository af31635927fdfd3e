import { describe, expect, it } from 'vitest';
import {
  assess,
  commonLocalBands,
  createRegistry,
  dashRic2009,
  defineInstrument,
  policeDash2009,
  validateAssessmentInput,
} from '../../src/index.js';
import { thrown } from '../support/errors.js';
import { inputWith, inputWithYes } from '../support/fixtures.js';

const SECRET = 'He said he would kill me on Friday 14 March';

describe('assess: validation at the boundary', () => {
  it('scores a valid assessment with the default policy', () => {
    const result = assess(inputWithYes(14));
    expect(result.computed?.level).toBe('high');
    expect(result.policy.id).toBe(commonLocalBands.id);
  });

  it('refuses an unknown item id by its place, never its text (a key may be personal data)', () => {
    const error = thrown(() => assess(inputWith({ strangulaton: 'yes' })));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['answers', '<unknown key 1>'], rule: 'unknown-item' }),
    ]);
    expect(error.message).toContain('answers[<unknown key 1>]');
    expect(error.message).not.toContain('strangulaton');
  });

  it('refuses an answer the item does not allow, without echoing it', () => {
    const error = thrown(() => assess(inputWith({ strangulation: { value: SECRET } })));
    expect(error.issues[0]).toMatchObject({ path: ['answers', 'strangulation', 'value'], rule: 'one-of' });
    expect(error.message).not.toContain(SECRET);
    expect(JSON.stringify(error.issues)).not.toContain(SECRET);
  });

  it('refuses sub-options with anything but yes, and unknown choices', () => {
    const withNo = thrown(() => assess(inputWith({ 'threats-to-kill': { value: 'no', options: ['victim'] } })));
    expect(withNo.issues[0]).toMatchObject({ path: ['answers', 'threats-to-kill', 'options'], rule: 'options-need-yes' });
    const unknown = thrown(() => assess(inputWith({ 'threats-to-kill': { value: 'yes', options: ['neighbour'] } })));
    expect(unknown.issues[0]).toMatchObject({ path: ['answers', 'threats-to-kill', 'options', 0], rule: 'one-of' });
    const noGroups = thrown(() => assess(inputWith({ strangulation: { value: 'yes', options: ['victim'] } })));
    expect(noGroups.issues[0]).toMatchObject({ path: ['answers', 'strangulation', 'options'], rule: 'options-need-yes' });
    const twice = thrown(() => assess(inputWith({ 'threats-to-kill': { value: 'yes', options: ['victim', 'victim'] } })));
    expect(twice.issues[0]).toMatchObject({ rule: 'duplicate-option' });
  });

  it('accepts sub-options, comments and sources with a yes', () => {
    const result = assess(
      inputWith(
        { 'what-victim-fears': { value: 'yes', options: ['being-killed', 'for-self', 'for-children'], comment: SECRET, source: 'victim' } },
        policeDash2009,
      ),
    );
    expect(result.count).toBe(1);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('refuses an unknown instrument and an unknown edition, never substituting another', () => {
    const instrument = thrown(() => assess({ instrument: { id: 'oasys', edition: '2022' }, answers: {} }));
    expect(instrument.code).toBe('unknown-instrument');
    const edition = thrown(() => assess({ instrument: { id: 'dash-ric', edition: '2015' }, answers: {} }));
    expect(edition.code).toBe('unknown-edition');
    expect(edition.issues[0]?.path).toEqual(['instrument', 'edition']);
    expect(edition.message).toMatch(/never substituted/);
  });

  it('refuses malformed dates, naming the field', () => {
    for (const assessedAt of ['2025-02-30T10:00:00Z', '2025-03-01', '2025-03-01T10:00Z', '01/03/2025', '2025-03-01T10:00:00']) {
      const error = thrown(() => assess(inputWith({}, dashRic2009, { assessedAt })));
      expect(error.issues[0], assessedAt).toMatchObject({ path: ['assessedAt'], rule: 'iso-datetime' });
    }
  });

  it('refuses a missing answers object, an answer that is not an object, and unknown fields', () => {
    expect(thrown(() => assess({ instrument: { id: 'dash-ric', edition: '2009' } } as unknown)).issues[0]).toMatchObject({
      path: ['answers'],
      rule: 'required',
    });
    expect(thrown(() => assess({ ...inputWith({}), answers: { separation: 'yes' } } as unknown)).issues[0]).toMatchObject({
      path: ['answers', 'separation'],
      rule: 'type',
    });
    expect(thrown(() => assess({ ...inputWith({}), victimName: 'x' } as unknown)).issues[0]).toMatchObject({
      path: ['<unknown key 1>'],
      rule: 'unknown-field',
    });
    expect(thrown(() => assess(null as unknown)).issues[0]).toMatchObject({ path: [], rule: 'type' });
  });

  it('reports every broken rule, not only the first', () => {
    const error = thrown(() => assess(inputWith({ a: 'yes', b: 'yes', separation: { value: 'maybe' } })));
    expect(error.issues.map((issue) => issue.rule).sort()).toEqual(['one-of', 'unknown-item', 'unknown-item']);
  });

  it('does not mutate its input', () => {
    const input = inputWith({ 'threats-to-kill': { value: 'yes', options: ['victim'] }, separation: 'dont-know' });
    const before = JSON.stringify(input);
    assess(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('uses the registry given, so a deployer\u2019s own edition can be assessed', () => {
    const local = defineInstrument({
      ...JSON.parse(JSON.stringify(dashRic2009)),
      edition: 'exampleshire-2025',
      status: 'provisional',
    });
    const registry = createRegistry([dashRic2009, local]);
    const result = assess({ instrument: { id: 'dash-ric', edition: 'exampleshire-2025' }, answers: {} }, { registry });
    expect(result.instrument.edition).toBe('exampleshire-2025');
  });

  it('refuses a policy not made with defineScoringPolicy (so no rule can change after it is checked)', () => {
    const loose = { ...commonLocalBands, bands: [{ level: 'standard', min: 0 }] };
    const error = thrown(() => assess(inputWith({}), { policy: loose as never }));
    expect(error.code).toBe('invalid-definition');
    expect(error.issues[0]?.rule).toBe('not-frozen');
  });

  it('validateAssessmentInput returns the error instead of throwing', () => {
    const checked = validateAssessmentInput(inputWith({ nope: 'yes' }));
    expect(checked.ok).toBe(false);
    const good = validateAssessmentInput(inputWith({ separation: 'yes' }));
    expect(good.ok && good.value.instrument).toBe(dashRic2009);
  });
});
