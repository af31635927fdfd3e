import { describe, expect, it } from 'vitest';
import { commonLocalBands, dashRic2009, describeBasis, assessTrusted, type Instrument, type PolicyBasis } from '../../../src/index.js';
import { provisionalNotice } from '../../../src/core/plan.js';
import { requireSamePolicy } from '../../../src/core/require-same-policy.js';
import { policyBasisNotice } from '../../../src/core/policy-notice.js';
import { checkEdition, DECLINED, DONT_KNOW, NO, readAnswers, TEXT, UNANSWERED, YES } from '../../../src/core/read-answers.js';
import { thrown } from '../../support/errors.js';
import { answersOn, miniInstrument, miniPolicy } from './mini.js';

describe('a policy\u2019s basis is said in words, so a local rule is never read as national guidance', () => {
  it('each basis has its own wording', () => {
    expect(describeBasis('national-guidance')).toBe('national guidance');
    expect(describeBasis('safelives')).toBe('SafeLives guidance');
    expect(describeBasis('publisher')).toBe('the rule of the instrument\u2019s publisher');
    expect(describeBasis('local')).toBe('a local rule or convention, not a national one');
    expect(describeBasis('library-default')).toBe('a da-risk default, not published guidance');
  });

  it('a local policy carries a local-convention notice naming it', () => {
    const notice = policyBasisNotice({ id: 'bands-x', version: '3', title: 'Bands X', basis: 'local' });
    expect(notice).toEqual({ id: 'local-convention', message: 'Policy "Bands X" (bands-x version 3) is a local rule or convention, not a national one.', items: [] });
    expect(Object.isFrozen(notice)).toBe(true);
    expect(Object.isFrozen(notice!.items)).toBe(true);
  });

  it('a library-default policy carries a library-default notice naming it', () => {
    expect(policyBasisNotice({ id: 'd', version: '1', title: 'D', basis: 'library-default' })).toEqual({
      id: 'library-default',
      message: 'Policy "D" (d version 1) is a da-risk default, not published guidance.',
      items: [],
    });
  });

  it('national, SafeLives and publisher policies carry no basis notice', () => {
    for (const basis of ['national-guidance', 'safelives', 'publisher'] as PolicyBasis[]) {
      expect(policyBasisNotice({ id: 'p', version: '1', title: 'P', basis }), basis).toBeNull();
    }
  });

  it('the notice is the same object for the same policy, and its own for each policy', () => {
    const policy = { id: 'p', version: '1', title: 'P', basis: 'local' as const };
    expect(policyBasisNotice(policy)).toBe(policyBasisNotice(policy));
    const other = { id: 'q', version: '2', title: 'Q', basis: 'library-default' as const };
    expect(policyBasisNotice(other)!.id).toBe('library-default');
    expect(policyBasisNotice(policy)!.id).toBe('local-convention');
  });

  it('a scored result carries the provisional notice first, then the basis notice, as its last reasons', () => {
    const instrument = miniInstrument();
    const result = assessTrusted(instrument, answersOn(instrument, {}), miniPolicy({ basis: 'local', title: 'Mini local' }));
    expect(result.notices.map((n) => n.id)).toEqual(['provisional-instrument', 'local-convention']);
    expect(result.reasons.slice(-2)).toEqual(result.notices.map((n) => n.message));
    expect(result.notices[1]!.message).toBe('Policy "Mini local" (mini-bands version 4) is a local rule or convention, not a national one.');
  });

  it('a verified edition under a SafeLives policy carries no notice, as a frozen empty list', () => {
    const instrument = miniInstrument({ status: 'verified' });
    const result = assessTrusted(instrument, answersOn(instrument, {}), miniPolicy());
    expect(result.notices).toEqual([]);
    expect(Object.isFrozen(result.notices)).toBe(true);
  });
});

describe('a provisional edition says how many items and option groups are not verified, and which', () => {
  const provenance = (status: 'verified' | 'attested' | 'unverified') => ({ status, sources: [] });
  function edition(itemStatuses: ('verified' | 'attested' | 'unverified')[], groupStatuses: ('verified' | 'unverified')[] = []): Instrument {
    const base = miniInstrument();
    const template = base.items[0]!;
    return {
      ...base,
      items: itemStatuses.map((status, k) => ({
        ...template,
        id: `i${k}`,
        provenance: provenance(status),
        optionGroups: k === 0 ? groupStatuses.map((g, j) => ({ id: `g${j}`, label: 'G', multiple: true, choices: [], provenance: provenance(g) })) : [],
      })),
    };
  }

  it('one item not verified "is"; several "are"; attested and unverified are told apart', () => {
    expect(provisionalNotice(edition(['verified', 'unverified']))).toEqual({
      id: 'provisional-instrument',
      message:
        'Mini checklist (mini, edition 1) is a provisional edition: 1 of 2 items is not verified against a primary copy of the form (0 attested by several secondary copies, 1 unverified). Check any decision against the official form.',
      items: ['i1'],
    });
    expect(provisionalNotice(edition(['attested', 'verified', 'unverified', 'attested']))!.message).toBe(
      'Mini checklist (mini, edition 1) is a provisional edition: 3 of 4 items are not verified against a primary copy of the form (2 attested by several secondary copies, 1 unverified). Check any decision against the official form.',
    );
  });

  it('option groups not verified are counted, one "is", several "are"', () => {
    expect(provisionalNotice(edition(['verified'], ['unverified', 'verified']))!.message).toMatch(
      /\(0 attested by several secondary copies, 0 unverified\), and 1 sub-option group is not verified\. Check/,
    );
    expect(provisionalNotice(edition(['verified'], ['unverified', 'unverified']))!.message).toMatch(/, and 2 sub-option groups are not verified\. Check/);
  });

  it('a verified edition carries no provisional notice', () => {
    expect(provisionalNotice({ ...edition(['unverified']), status: 'verified' })).toBeNull();
  });

  it('the notice is built once per edition and frozen', () => {
    const instrument = edition(['unverified']);
    const notice = provisionalNotice(instrument);
    expect(provisionalNotice(instrument)).toBe(notice);
    expect(Object.isFrozen(notice)).toBe(true);
    expect(Object.isFrozen(notice!.items)).toBe(true);
    // The real RIC: 15 of its 24 items are not verified.
    expect(provisionalNotice(dashRic2009)!.items).toHaveLength(15);
  });
});

describe('a decision on a result is made under the policy the result names', () => {
  it('the same id and version pass; a different id or version is refused at the path given', () => {
    expect(() => requireSamePolicy({ id: 'p', version: '1' }, { id: 'p', version: '1' }, 'scoring policy')).not.toThrow();
    const version = thrown(() => requireSamePolicy({ id: 'p', version: '1' }, { id: 'p', version: '2' }, 'RIM policy', ['policy', 'rules']));
    expect(version.code).toBe('policy-mismatch');
    expect(version.issues[0]).toMatchObject({ path: ['policy', 'rules'], rule: 'policy-mismatch' });
    expect(version.issues[0]!.message).toBe(
      "the result was produced under a different RIM policy (the id or version recorded on the result is not the policy's)",
    );
    const id = thrown(() => requireSamePolicy({ id: 'p', version: '1' }, { id: 'q', version: '1' }, 'scoring policy'));
    expect(id.issues[0]!.path).toEqual(['policy']);
  });
});

describe('answers are read in form order, and none is silently dropped', () => {
  const textEdition = (): Instrument => {
    const base = miniInstrument();
    return { ...base, items: [...base.items, { ...base.items[0]!, id: 'note', answerType: 'text', prompts: [] }] };
  };

  it('each answer value is read as its kind, in the item\u2019s place on the form', () => {
    const instrument = miniInstrument();
    const codes = readAnswers(instrument, { d: { value: 'declined' }, a: { value: 'yes' }, c: { value: 'dont-know' } });
    expect([...codes]).toEqual([YES, UNANSWERED, DONT_KNOW, DECLINED]);
    expect([...readAnswers(instrument, { b: { value: 'no' } })]).toEqual([UNANSWERED, NO, UNANSWERED, UNANSWERED]);
  });

  it('a key present with no answer is unanswered', () => {
    const codes = readAnswers(miniInstrument(), { a: undefined, b: { value: 'yes' } });
    expect([...codes]).toEqual([UNANSWERED, YES, UNANSWERED, UNANSWERED]);
  });

  it('a free-text item takes any non-blank text, and refuses blank text or a non-text value', () => {
    const instrument = textEdition();
    expect(readAnswers(instrument, { note: { value: 'She says he follows her.' } })[4]).toBe(TEXT);
    for (const value of ['', '   ', 7]) {
      const error = thrown(() => readAnswers(instrument, { note: { value } } as never));
      expect(error.issues[0]).toMatchObject({ path: ['answers', 'note', 'value'], rule: 'one-of' });
    }
  });

  it('a value the item does not allow is refused, naming the item and never the value', () => {
    const instrument = miniInstrument();
    const error = thrown(() => readAnswers(instrument, { d: { value: 'dont-know' } }, ['assessment', 'answers']));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]).toEqual({ path: ['assessment', 'answers', 'd', 'value'], rule: 'one-of', message: 'is not an answer this item allows' });
  });

  it('an unknown item is refused by its place, never its text, at the path given', () => {
    const instrument = miniInstrument();
    const error = thrown(() => readAnswers(instrument, { a: { value: 'yes' }, 'Jane Doe': { value: 'yes' } }, ['input', 'answers']));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]).toEqual({ path: ['input', 'answers', '<unknown key 1>'], rule: 'unknown-item', message: 'is not an item of mini edition 1' });
    expect(JSON.stringify(error.issues)).not.toContain('Jane');
  });

  it('an object\u2019s built-in property names are not items', () => {
    for (const key of ['toString', 'constructor', 'hasOwnProperty', '__proto__']) {
      const answers = JSON.parse(`{"${key}": {"value": "yes"}}`) as Record<string, { value: string }>;
      const error = thrown(() => readAnswers(miniInstrument(), answers));
      expect(error.issues[0]!.rule, key).toBe('unknown-item');
    }
  });

  it('an input naming another instrument or edition is refused, whichever differs', () => {
    const instrument = miniInstrument();
    expect(() => checkEdition(instrument, { id: 'mini', edition: '1' })).not.toThrow();
    expect(thrown(() => checkEdition(instrument, { id: 'maxi', edition: '1' })).issues[0]).toMatchObject({ path: ['instrument', 'id'], rule: 'instrument-mismatch' });
    const edition = thrown(() => checkEdition(instrument, { id: 'mini', edition: '2' }));
    expect(edition.code).toBe('invalid-input');
    expect(edition.issues[0]).toMatchObject({ path: ['instrument', 'edition'], rule: 'edition-mismatch' });
  });

  it('two editions with the same item ids but different answer types are read each by its own', () => {
    const first = miniInstrument();
    const second = miniInstrument({ items: miniInstrument().items.map((item) => ({ ...item, answerType: 'yes-no' as const })) });
    expect(readAnswers(first, { a: { value: 'dont-know' } })[0]).toBe(DONT_KNOW);
    expect(thrown(() => readAnswers(second, { a: { value: 'dont-know' } })).issues[0]!.rule).toBe('one-of');
    expect(readAnswers(first, { a: { value: 'dont-know' } })[0]).toBe(DONT_KNOW);
  });

  it('a DASH answer outside yes, no, don\u2019t know and declined is refused by the scorer', () => {
    const error = thrown(() => assessTrusted(dashRic2009, { instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'maybe' } } } as never, commonLocalBands));
    expect(error.issues[0]).toMatchObject({ path: ['answers', 'strangulation', 'value'], rule: 'one-of' });
  });
});
