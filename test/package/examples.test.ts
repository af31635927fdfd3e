import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { handler } from '../../examples/http-handler.js';
import { inputWithYes } from '../support/fixtures.js';

describe('the plain Node HTTP handler example', () => {
  it('scores a posted assessment and refuses bad input with fields and rules only', async () => {
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/assess`;
    try {
      const ok = await fetch(url, { method: 'POST', body: JSON.stringify(inputWithYes(14)) });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { computed: { level: string } }).computed.level).toBe('high');
      const bad = await fetch(url, { method: 'POST', body: JSON.stringify({ instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'SECRET' } } }) });
      expect(bad.status).toBe(400);
      const text = await bad.text();
      expect(text).toContain('one-of');
      expect(text).not.toContain('SECRET');
      expect((await fetch(url, { method: 'POST', body: '{' })).status).toBe(400);
      expect((await fetch(url.replace('/assess', '/'), { method: 'GET' })).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the episode, lowering and verifyResult example', () => {
  it('shows the earlier high DASH governing, the authoriser for a lowering, and an edited result refused', async () => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (...parts: unknown[]) => void lines.push(parts.join(' '));
    try {
      await import('../../examples/episode-lowering-verify.js');
    } finally {
      console.log = log;
    }
    const text = lines.join('\n');
    expect(text).toContain('MARAC: refer-to-marac (visible-high-risk)');
    expect(text).toContain('Review clock: Periodic review (high), due by 2025-04-21');
    expect(text).toMatch(/Level dropped: assessment dara-1/);
    expect(text).toContain('Refused: judgement-refused');
    expect(text).toContain('authorised by di-7');
    expect(text).toContain('refused when read: inconsistent-result at assessments.0.result.final.level');
    expect(text).toContain('Fields: final.level');
  });
});

describe('the young people\u2019s pathway example', () => {
  it('names the adult checklist with a notice by default, then the partnership\u2019s own edition, and always a required children\u2019s safeguarding referral', async () => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (...parts: unknown[]) => void lines.push(parts.join(' '));
    try {
      await import('../../examples/young-people-pathway.js');
    } finally {
      console.log = log;
    }
    const text = lines.join('\n');
    expect(text).toContain('Default at 16: young-people, checklist dash-ric@2009');
    expect(text).toContain('notice young-people-checklist-not-defined');
    expect(text).toContain('At 12: child; checklist none; MARAC eligible false; actions: childrens-safeguarding-referral required');
    expect(text).toContain('At 15: young-people; checklist young-people-ric@exampleshire-2026; MARAC eligible false; actions: childrens-safeguarding-referral required');
    expect(text).toContain('At 17: young-people; checklist young-people-ric@exampleshire-2026; MARAC eligible true; actions: childrens-safeguarding-referral required');
    expect(text).toContain('At 19: adult; checklist dash-ric@2009; MARAC eligible true; actions: none');
    expect(text).toContain('Assessed with young-people-ric@exampleshire-2026: 2 yes');
    expect(text).toContain('MARAC: refer-to-marac (professional-judgement); childrens-safeguarding-referral required');
  });
});
