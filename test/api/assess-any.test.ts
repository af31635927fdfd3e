// assessAny dispatches on the edition an input names, through the instrument families table:
// its result is exactly the family function's, for every family, and it reads the input once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessAny,
  assessDara,
  assessRim,
  barnardosRimProvisional,
  commonLocalBands,
  createRegistry,
  dara2022Provisional,
  daraConsistency,
  dashRic2009,
  defaultRimPolicies,
  defineScoringPolicy,
  policeDash2009,
  sDash2009,
  shippedInstruments,
} from '../../src/index.js';
import { assessmentInputArbitrary, daraInputArbitrary, rimInputArbitrary } from '../../src/testing.js';
import { familyIds, familyOf, instrumentFamilies } from '../../src/validate/instrument-families.js';
import { thrown } from '../support/errors.js';

const local = defineScoringPolicy({ ...commonLocalBands, id: 'assess-any-local', version: '1', basis: 'local' });

describe('assessAny', () => {
  it('gives, for any checklist input, exactly what assess gives under the same policy', () => {
    for (const edition of [dashRic2009, policeDash2009, sDash2009]) {
      fc.assert(
        fc.property(assessmentInputArbitrary(edition), (input) => {
          expect(assessAny(input, { scoring: local })).toEqual(assess(input, { policy: local }));
          expect(assessAny(input)).toEqual(assess(input));
        }),
        { numRuns: 100 },
      );
    }
  });

  it('gives, for any DARA input, exactly what assessDara gives', () => {
    fc.assert(
      fc.property(daraInputArbitrary(dara2022Provisional), (input) => {
        expect(assessAny(input, { dara: daraConsistency })).toEqual(assessDara(input, { policy: daraConsistency }));
      }),
      { numRuns: 100 },
    );
  });

  it('gives, for any RIM input, exactly what assessRim gives', () => {
    fc.assert(
      fc.property(rimInputArbitrary(barnardosRimProvisional), (input) => {
        expect(assessAny(input, { rim: defaultRimPolicies })).toEqual(assessRim(input, { policies: defaultRimPolicies }));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses an input naming no known edition with the error assess gives, naming the field only', () => {
    const input = { instrument: { id: 'secret-tool', edition: '1' }, answers: {} };
    const error = thrown(() => assessAny(input));
    expect(error).toEqual(thrown(() => assess(input)));
    expect(error.message).not.toContain('secret-tool');
    expect(thrown(() => assessAny({ answers: {} } as unknown)).issues[0]?.path).toEqual(['instrument']);
    expect(thrown(() => assessAny('not an input' as unknown)).code).toBe('invalid-input');
  });

  it('looks the edition up in the registry given, and refuses options that are not an object', () => {
    const onlyDash = createRegistry([dashRic2009]);
    const dara = { instrument: { id: 'dara', edition: '2022-provisional' }, answers: {}, grade: { level: 'standard', rationale: 'r', by: 'p', at: '2025-03-01T22:10:00Z' } };
    expect(thrown(() => assessAny(dara, { registry: onlyDash })).code).toBe('unknown-instrument');
    expect(thrown(() => assessAny(dara, 'options' as never)).issues[0]?.path).toEqual(['options']);
  });

  it('rule: a policy option that is given but not a policy is refused, never replaced by the default', () => {
    const dash = { instrument: { id: 'dash-ric', edition: '2009' }, answers: {} };
    for (const bad of [false, 0, '']) {
      expect(thrown(() => assessAny(dash, { scoring: bad as never }))).toEqual(thrown(() => assess(dash, { policy: bad as never })));
      expect(thrown(() => assessAny(dash, { registry: bad as never }))).toEqual(thrown(() => assess(dash, { registry: bad as never })));
    }
  });

  it('reads the caller\u2019s input once: a getter that changes its answer cannot pick one family and feed another', () => {
    let reads = 0;
    const input = {
      get instrument() {
        reads += 1;
        return reads === 1 ? { id: 'dash-ric', edition: '2009' } : { id: 'dara', edition: '2022-provisional' };
      },
      answers: {},
    };
    const result = assessAny(input);
    expect(reads).toBe(1);
    expect(result.kind).toBe('checklist');
  });
});

describe('the instrument families table', () => {
  it('has a family for every shipped edition, and each family is the kind of the results its function makes', () => {
    const seen = new Set(shippedInstruments.map((instrument) => familyOf(instrument).id));
    expect([...seen].sort()).toEqual([...familyIds].sort());
    for (const id of familyIds) expect(instrumentFamilies[id].id).toBe(id);
  });

  it('names the validating function of each family, and only families whose results carry a level reach the MARAC check', () => {
    expect(familyIds.map((id) => instrumentFamilies[id].assessWith)).toEqual(['assess', 'assessDara', 'assessRim']);
    expect(familyIds.filter((id) => instrumentFamilies[id].hasLevel)).toEqual(['checklist', 'dara']);
  });
});
