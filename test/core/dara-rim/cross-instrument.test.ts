import { describe, expect, it } from 'vitest';
import { disclosures, severityOf } from '../../../src/core/cross-instrument.js';
import { assess, assessDara, assessRim, reportingSeverity, sharedConcepts, type ConceptMap, type SeverityOrdering } from '../../../src/index.js';

const dash = assess({
  instrument: { id: 'dash-ric', edition: '2009' },
  id: 'dash-7',
  answers: {
    strangulation: { value: 'yes' },
    weapons: { value: 'no' },
    'threats-to-kill': { value: 'dont-know' },
    separation: { value: 'no' },
    'abuse-more-often': { value: 'no' },
    'sexual-abuse': { value: 'declined' },
  },
});

const dara = assessDara({
  instrument: { id: 'dara', edition: '2022-provisional' },
  answers: { monitoring: { value: 'more-than-once' }, 'economic-control': { value: 'never' }, degradation: { value: 'once' } },
  grade: { level: 'high', rationale: 'Reasons.', by: 'pc-2', at: '2025-03-01T22:00:00Z' },
});

const rim = assessRim({
  instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
  id: 'rim-3',
  assessedAt: '2025-03-01T10:00:00Z',
  answers: {},
  children: [
    {
      id: 'a',
      age: { years: 9 },
      specialNeeds: false,
      answers: { 'rim-child-aware': { value: 'confirmed' }, 'rim-parent-isolated': { value: 'suspected' }, 'rim-perpetrator-controlling': { value: 'absent' } },
    },
    {
      id: 'b',
      age: { years: 11 },
      specialNeeds: false,
      answers: { 'rim-child-aware': { value: 'absent' }, 'rim-parent-isolated': { value: 'absent' }, 'rim-perpetrator-controlling': { value: 'suspected' } },
    },
  ],
});

function map(concepts: ConceptMap['concepts']): ConceptMap {
  return { kind: 'concept-map', id: 'test-map', version: '1', basis: 'local', title: 't', summary: 's', concepts };
}

const stateOn = (rows: ReturnType<typeof disclosures>, concept: string) => rows.find((row) => row.concept === concept)!.assessments.map((a) => a.state);

describe('disclosures: how each concept stands on each assessment', () => {
  it('disclosed when any of the concept\u2019s items is yes, naming only the items disclosed, in the concept\u2019s order', () => {
    const rows = disclosures([dash], map([{ id: 'violence', label: 'Violence', items: { 'dash-ric': ['weapons', 'threats-to-kill', 'strangulation'] } }]));
    expect(rows).toEqual([
      {
        concept: 'violence',
        label: 'Violence',
        assessments: [{ instrument: { id: 'dash-ric', edition: '2009' }, assessmentId: 'dash-7', state: 'disclosed', items: ['strangulation'] }],
        summary: 'disclosed on dash-ric 2009',
      },
    ]);
  });

  it('not known when none is yes and one is not known or declined', () => {
    const rows = disclosures(
      [dash],
      map([
        { id: 'dont-know', label: 'x', items: { 'dash-ric': ['weapons', 'threats-to-kill'] } },
        { id: 'declined', label: 'x', items: { 'dash-ric': ['sexual-abuse', 'separation'] } },
        { id: 'declined-and-unanswered', label: 'x', items: { 'dash-ric': ['current-injury', 'sexual-abuse'] } },
      ]),
    );
    expect(rows.map((row) => row.assessments[0]!.state)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(rows.map((row) => row.summary)).toEqual(['not known on dash-ric 2009', 'not known on dash-ric 2009', 'not known on dash-ric 2009']);
    expect(rows[0]!.assessments[0]!.items).toEqual([]);
  });

  it('not disclosed only when every item is no; one unanswered makes it not answered', () => {
    const rows = disclosures(
      [dash],
      map([
        { id: 'all-no', label: 'x', items: { 'dash-ric': ['weapons', 'separation', 'abuse-more-often'] } },
        { id: 'some-no', label: 'x', items: { 'dash-ric': ['weapons', 'current-injury'] } },
        { id: 'none-answered', label: 'x', items: { 'dash-ric': ['current-injury'] } },
      ]),
    );
    expect(rows.map((row) => row.assessments[0]!.state)).toEqual(['not-disclosed', 'unanswered', 'unanswered']);
    expect(rows.map((row) => row.summary)).toEqual(['not disclosed on dash-ric 2009', 'not answered on dash-ric 2009', 'not answered on dash-ric 2009']);
  });

  it('not asked where the map names no items, or an empty list, for the instrument', () => {
    const rows = disclosures([dash, dara], map([{ id: 'c', label: 'C', items: { 'dash-ric': [], 'police-dash': ['strangulation'] } }]));
    expect(rows[0]!.assessments).toEqual([
      { instrument: { id: 'dash-ric', edition: '2009' }, assessmentId: 'dash-7', state: 'not-asked', items: [] },
      { instrument: { id: 'dara', edition: '2022-provisional' }, assessmentId: null, state: 'not-asked', items: [] },
    ]);
    expect(rows[0]!.summary).toBe('not asked on dash-ric 2009; not asked on dara 2022-provisional');
  });

  it('one row per concept in the map\u2019s order, one entry per result in the order given, across instruments', () => {
    const concepts = map([
      { id: 'control', label: 'Control', items: { 'dash-ric': ['controlling-or-jealous'], dara: ['economic-control', 'degradation', 'monitoring'] } },
      { id: 'money', label: 'Money', items: { dara: ['economic-control'], 'dash-ric': ['financial-issues'] } },
    ]);
    const rows = disclosures([dara, dash], concepts);
    expect(rows.map((row) => row.concept)).toEqual(['control', 'money']);
    expect(rows[0]!.assessments[0]).toEqual({ instrument: { id: 'dara', edition: '2022-provisional' }, assessmentId: null, state: 'disclosed', items: ['degradation', 'monitoring'] });
    expect(rows[0]!.summary).toBe('disclosed on dara 2022-provisional; not answered on dash-ric 2009');
    expect(stateOn(rows, 'money')).toEqual(['not-disclosed', 'unanswered']);
  });

  it('a RIM result reads across its children: confirmed for any child is disclosed; else suspected is not known; absent for all is not disclosed', () => {
    const rows = disclosures(
      [rim],
      map([
        { id: 'aware', label: 'x', items: { 'barnardos-rim': ['rim-child-aware'] } },
        { id: 'isolated', label: 'x', items: { 'barnardos-rim': ['rim-parent-isolated'] } },
        { id: 'controlling', label: 'x', items: { 'barnardos-rim': ['rim-perpetrator-controlling'] } },
        { id: 'absent-and-unanswered', label: 'x', items: { 'barnardos-rim': ['rim-perpetrator-controlling', 'rim-violence-minor-incidents'] } },
        { id: 'nothing', label: 'x', items: { 'barnardos-rim': ['rim-violence-minor-incidents'] } },
      ]),
    );
    expect(rows.map((row) => row.assessments[0]!.state)).toEqual(['disclosed', 'unknown', 'unknown', 'unknown', 'unanswered']);
    expect(rows[0]!.assessments[0]).toMatchObject({ assessmentId: 'rim-3', items: ['rim-child-aware'], instrument: { id: 'barnardos-rim', edition: '2009-provisional' } });
  });

  it('a RIM indicator absent for every child is not disclosed', () => {
    const absent = assessRim({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      assessedAt: '2025-03-01T10:00:00Z',
      answers: { 'rim-child-aware': { value: 'absent' } },
      children: [
        { id: 'a', age: { years: 9 }, specialNeeds: false },
        { id: 'b', age: { years: 3 }, specialNeeds: false, answers: { 'rim-parent-isolated': { value: 'suspected' } } },
      ],
    });
    const rows = disclosures([absent], map([{ id: 'aware', label: 'x', items: { 'barnardos-rim': ['rim-child-aware'] } }]));
    expect(rows[0]!.assessments[0]).toMatchObject({ state: 'not-disclosed', items: [] });
  });

  it('the rows are frozen throughout', () => {
    const rows = disclosures([dash, rim], map([{ id: 'c', label: 'C', items: { 'dash-ric': ['strangulation'], 'barnardos-rim': ['rim-child-aware'] } }]));
    const row = rows[0]!;
    for (const part of [rows, row, row.assessments, row.assessments[0], row.assessments[0]!.instrument, row.assessments[0]!.items, row.assessments[1]!.items]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
  });
});

const ORDERING: SeverityOrdering = {
  kind: 'severity-ordering',
  id: 'test-ordering',
  version: '1',
  basis: 'local',
  title: 't',
  summary: 's',
  ranks: [
    { rank: 10, label: 'ten' },
    { rank: 20, label: 'twenty' },
    { rank: 30, label: 'thirty' },
  ],
  levels: { standard: 10, medium: 20, high: 30 },
  rimScales: { 1: 10, 2: 10, 3: 40, 4: 30 },
};

describe('severityOf: a reporting severity from the final level or the highest final RIM scale', () => {
  it('a DASH or DARA result is ranked by its final level under the ordering given', () => {
    expect(severityOf(dara, ORDERING)).toEqual({ rank: 30, label: 'thirty', from: 'level high' });
    expect(severityOf(dash, ORDERING)).toEqual({ rank: 10, label: 'ten', from: 'level standard' });
    expect(severityOf(dara, reportingSeverity)).toEqual({ rank: 3, label: 'high', from: 'level high' });
  });

  it('a RIM result is ranked by the household\u2019s highest final scale', () => {
    expect(rim.household.highestFinal).toBe(1);
    expect(severityOf(rim, ORDERING)).toEqual({ rank: 10, label: 'ten', from: 'RIM scale 1' });
    expect(severityOf(rim, reportingSeverity)).toEqual({ rank: 1, label: 'lower', from: 'RIM scale 1' });
  });

  it('a rank the ordering gives no label is labelled by its number', () => {
    const three = assessRim({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      assessedAt: '2025-03-01T10:00:00Z',
      answers: { 'rim-violence-serious-or-persistent': { value: 'confirmed' } },
      children: [{ id: 'a', age: { years: 9 }, specialNeeds: false }],
    });
    expect(severityOf(three, ORDERING)).toEqual({ rank: 40, label: '40', from: 'RIM scale 3' });
  });

  it('no level (a screen) or no RIM scale gives no severity', () => {
    const screen = assess({ instrument: { id: 's-dash', edition: '2009' }, answers: {} });
    expect(screen.final.level).toBeNull();
    expect(severityOf(screen, ORDERING)).toBeNull();
    const none = assessRim({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      assessedAt: '2025-03-01T10:00:00Z',
      answers: {},
      children: [{ id: 'a', age: { years: 9 }, specialNeeds: false }],
    });
    expect(severityOf(none, ORDERING)).toBeNull();
  });

  it('the severity is frozen', () => {
    expect(Object.isFrozen(severityOf(dara, ORDERING))).toBe(true);
  });
});

describe('a RIM concept for the household', () => {
  it('is not disclosed only when absent for every child: a child never asked about it leaves it not answered', () => {
    const child = (id: string, years: number, answers?: Record<string, { value: string }>) => ({ id, age: { years }, specialNeeds: false, ...(answers === undefined ? {} : { answers }) });
    const rimOf = (children: ReturnType<typeof child>[]) =>
      assessRim({ instrument: { id: 'barnardos-rim', edition: '2009-provisional' }, assessedAt: '2025-03-01T10:00:00Z', answers: {}, children });
    const stateFor = (children: ReturnType<typeof child>[]) =>
      disclosures([rimOf(children)], sharedConcepts).find((row) => row.concept === 'children-harmed')!.assessments[0]!.state;
    const absent = { 'rim-child-harmed-or-threatened': { value: 'absent' } };
    expect(stateFor([child('a', 5, absent), child('b', 9)])).toBe('unanswered');
    expect(stateFor([child('a', 5, absent), child('b', 9, absent)])).toBe('not-disclosed');
  });
});
