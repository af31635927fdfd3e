import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDara,
  assessRim,
  barnardosRimProvisional,
  dara2022Provisional,
  dashRic2009,
  disclosures,
  policeDash2009,
  reportingSeverity,
  sDash2009,
  severityOf,
  sharedConcepts,
  shippedInstruments,
} from '../../src/index.js';

const dash = assess({
  instrument: { id: 'dash-ric', edition: '2009' },
  id: 'dash-1',
  answers: { strangulation: { value: 'yes' }, separation: { value: 'no' }, 'abuse-more-often': { value: 'dont-know' } },
});
const dara = assessDara({
  instrument: { id: 'dara', edition: '2022-provisional' },
  id: 'dara-1',
  answers: { separation: { value: 'yes' }, monitoring: { value: 'once' } },
  grade: { level: 'medium', rationale: 'r', by: 'pc', at: '2025-03-01T22:00:00Z' },
});

describe('concepts shared across instruments', () => {
  it('every concept names only items that exist on its instruments', () => {
    const editions = new Map(shippedInstruments.map((i) => [i.id, new Set(i.items.map((item) => item.id))]));
    for (const concept of sharedConcepts.concepts) {
      for (const [instrument, items] of Object.entries(concept.items)) {
        for (const id of items) expect(editions.get(instrument)?.has(id), `${concept.id}: ${instrument} ${id}`).toBe(true);
      }
    }
  });

  it('the same question has the same id on DASH and DARA', () => {
    const dashIds = new Set(dashRic2009.items.map((i) => i.id));
    const shared = dara2022Provisional.items.filter((i) => dashIds.has(i.id)).map((i) => i.id);
    expect(shared).toEqual(
      expect.arrayContaining(['strangulation', 'weapons', 'threats-to-kill', 'isolation', 'separation', 'pregnancy-or-recent-birth', 'stalking-harassment']),
    );
  });

  it('shows "disclosed on the DASH, not answered on the DARA" and the rest', () => {
    const rows = new Map(disclosures([dash, dara], sharedConcepts).map((row) => [row.concept, row]));
    expect(rows.get('strangulation')?.summary).toBe('disclosed on dash-ric 2009; not answered on dara 2022-provisional');
    expect(rows.get('separation')?.assessments.map((a) => a.state)).toEqual(['not-disclosed', 'disclosed']);
    expect(rows.get('escalation')?.assessments.map((a) => a.state)).toEqual(['unknown', 'unanswered']);
    expect(rows.get('controlling-behaviour')?.assessments[1]).toMatchObject({ state: 'disclosed', items: ['monitoring'] });
    expect(rows.get('children-harmed')?.assessments.map((a) => a.state)).toEqual(['not-asked', 'not-asked']);
  });

  it('reads RIM results across children', () => {
    const rim = assessRim({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      assessedAt: '2025-03-01T10:00:00Z',
      answers: {},
      children: [
        { id: 'a', age: { years: 5 }, specialNeeds: false, answers: { 'rim-child-harmed-or-threatened': { value: 'confirmed' } } },
        { id: 'b', age: { years: 9 }, specialNeeds: false, answers: { 'rim-child-harmed-or-threatened': { value: 'absent' } } },
      ],
    });
    const row = disclosures([rim], sharedConcepts).find((r) => r.concept === 'children-harmed');
    expect(row?.assessments[0]?.state).toBe('disclosed');
    expect(barnardosRimProvisional.items.some((i) => i.id === 'rim-child-harmed-or-threatened')).toBe(true);
  });
});

describe('one severity ordering for reports (a policy, not an equivalence)', () => {
  it('ranks DASH levels, DARA grades and RIM scales', () => {
    expect(severityOf(dash, reportingSeverity)).toEqual({ rank: 1, label: 'lower', from: 'level standard' });
    expect(severityOf(dara, reportingSeverity)).toEqual({ rank: 2, label: 'moderate', from: 'level medium' });
    const rim = assessRim({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      assessedAt: '2025-03-01T10:00:00Z',
      answers: { 'rim-violence-severe-life-threatening': { value: 'confirmed' } },
      children: [{ id: 'a', age: { years: 9 }, specialNeeds: false }],
    });
    expect(severityOf(rim, reportingSeverity)).toEqual({ rank: 4, label: 'severe', from: 'RIM scale 4' });
    const screen = assess({ instrument: { id: 's-dash', edition: '2009' }, answers: {} });
    expect(severityOf(screen, reportingSeverity)).toBeNull();
    expect(reportingSeverity.summary).toMatch(/not an equivalence/);
  });
});

describe('provisional notices name what is unverified', () => {
  it('on DARA, every item; on the RIM, every row but the evidence of violence', () => {
    const daraNotice = dara.notices.find((n) => n.id === 'provisional-instrument');
    expect(daraNotice?.items).toHaveLength(16);
    const rim = assessRim({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      assessedAt: '2025-03-01T10:00:00Z',
      answers: {},
      children: [{ id: 'a', age: { years: 9 }, specialNeeds: false }],
    });
    const rimNotice = rim.notices.find((n) => n.id === 'provisional-instrument');
    expect(rimNotice?.items).toHaveLength(16);
    expect(rimNotice?.items.some((id) => id.startsWith('rim-violence'))).toBe(false);
    expect(rim.notices.find((n) => n.id === 'local-convention')?.message).toMatch(/london-caf-2009/);
    expect([policeDash2009, sDash2009].every((i) => i.status === 'provisional')).toBe(true);
  });
});
