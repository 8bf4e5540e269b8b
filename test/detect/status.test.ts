import { describe, expect, it } from 'vitest';
import { analyze, compareClaims, extractClaims, type Claim } from '../../src/index.js';

const one = (id: string, text: string): Claim => {
  // The clause's own claim: a participle on a noun ("brought by the guild") adds a background claim beside it.
  const claims = extractClaims({ id, text, source: id.toUpperCase() }).filter((c) => c.background === undefined);
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('status conflicts', () => {
  it('pending vs refused is a status conflict', () => {
    const c = compareClaims(one('a', 'The president has not yet confirmed attendance at the summit.'), one('b', 'The president refused to attend the summit.'));
    // Two unknown outlets (credibility 0.5) keep a clear status clash just under the high band (0.8).
    expect({ kind: c?.kind, band: c?.band }).toEqual({ kind: 'status', band: 'medium' });
    expect(c!.score).toBeGreaterThan(0.65);
    expect(c!.score).toBeLessThan(0.8);
    expect(c?.message).toContain('(status: pending vs refused)');
  });

  it('both pending is no conflict', () => {
    expect(compareClaims(one('a', 'The president has not yet confirmed attendance at the summit.'), one('b', 'The president is still weighing attendance at the summit.'))).toBeNull();
  });

  it('refused vs negated paraphrase is no conflict', () => {
    expect(compareClaims(one('a', 'The president declined the invitation to the summit.'), one('b', 'The president will not attend the summit.'))).toBeNull();
  });

  describe('a pending process against its outcome', () => {
    const NEGOTIATING = 'The two airlines were still negotiating the terms of the codeshare agreement.';
    const compare = (x: string, y: string) => compareClaims(one('a', x), one('b', y));

    it.each([
      // 0.755 after session 20's refit (below 0.75 before it): still medium.
      [NEGOTIATING, 'The codeshare agreement was signed on Thursday.', 0.6, 0.78, 'pending vs decided'],
      ['The planning board is still assessing the stadium proposal.', 'The planning board rejected the stadium proposal.', 0.7, 0.8, 'pending vs refused'],
      // "no decision on whether to return" names the act: its outcome is a decision stated as made.
      ['The museum has made no decision on whether to return the statue.', 'The museum has returned the statue to Greece.', 0.68, 0.8, 'pending vs decided'],
    ])('%s / %s is a medium status conflict', (x, y, low, high, detail) => {
      const c = compare(x, y);
      expect({ kind: c?.kind, band: c?.band }).toEqual({ kind: 'status', band: 'medium' });
      expect(c!.score).toBeGreaterThan(low);
      expect(c!.score).toBeLessThan(high);
      expect(c!.message).toContain(`(status: ${detail})`);
    });

    it('an outcome on the same date as the process is a conflict', () => {
      const c = compare('The two airlines were still negotiating the codeshare agreement on Friday, March 7, 2025.', 'The codeshare agreement was signed on Friday, March 7, 2025.');
      expect({ kind: c?.kind, band: c?.band }).toEqual({ kind: 'status', band: 'medium' });
    });

    it.each([
      ['an outcome on a later date is a sequence', 'The two airlines were still negotiating the codeshare agreement on Monday, March 3, 2025.', 'The codeshare agreement was signed on Friday, March 7, 2025.'],
      ['a negated outcome agrees', NEGOTIATING, 'The codeshare agreement has not been signed.'],
      ['both pending', NEGOTIATING, 'The airlines are still discussing the codeshare agreement.'],
      ['both decided, in paraphrase', 'The codeshare agreement was sealed on Thursday.', 'The airlines signed the codeshare agreement on Thursday.'],
      ['the same denial twice', 'The ministry denied that it had approved the pipeline.', 'The ministry denied that it had approved the pipeline.'],
      ['talks on one subject, a signing on another', 'Talks on wages continue between the union and the port.', 'The ferry contract was signed.'],
      ['a review of one thing, an approval of another', 'The regulator is still reviewing the merger of the two banks.', 'The regulator approved the purchase of a fleet of trucks.'],
    ])('no conflict: %s', (_, x, y) => {
      expect(compare(x, y)).toBeNull();
    });
  });

  describe('the thing decided on as the subject of the outcome', () => {
    const UNDECIDED = 'The council has not yet decided whether to reopen the library.';

    it('"has not decided whether to reopen the library" / "the library reopened" is a status conflict', () => {
      const c = compareClaims(one('a', UNDECIDED), one('b', 'The library reopened on Monday.'));
      expect({ kind: c?.kind, band: c?.band, detail: c?.message.includes('(status: pending vs decided)') }).toEqual({ kind: 'status', band: 'medium', detail: true });
      expect(c!.score).toBeGreaterThan(0.65);
      expect(c!.score).toBeLessThan(0.8);
    });

    it('"will not reopen" answers the open question too: pending vs negated', () => {
      const c = compareClaims(one('a', UNDECIDED), one('b', 'The library will not reopen this year.'));
      expect({ kind: c?.kind, band: c?.band, detail: c?.message.includes('(status: pending vs negated)') }).toEqual({ kind: 'status', band: 'medium', detail: true });
    });

    it('a different building reopening is no status conflict', () => {
      expect(compareClaims(one('a', UNDECIDED), one('b', 'The museum reopened on Monday.'))?.kind).not.toBe('status');
    });
  });

  describe('a person named by role on one side and by title on the other', () => {
    const RESERVED = "Justice Amara Diallo reserved judgment on the appeal brought by the photographers' guild.";

    it('"Justice … reserved judgment" / "a judge upheld the appeal" is a status conflict', () => {
      const c = compareClaims(one('a', RESERVED), one('b', "A High Court judge upheld the appeal brought by the photographers' guild."));
      expect({ kind: c?.kind, band: c?.band, detail: c?.message.includes('(status: pending vs decided)') }).toEqual({ kind: 'status', band: 'medium', detail: true });
      expect(c!.score).toBeGreaterThan(0.55);
      // 0.709 under the weights refitted at the end of session 17 (was below 0.7): still medium.
      expect(c!.score).toBeLessThan(0.75);
    });

    it.each([
      ['another role', "A High Court judge upheld the appeal brought by the photographers' guild.", "Senator Amara Diallo reserved judgment on the appeal brought by the photographers' guild."],
      ['a named person of another role', "The guild's lawyer upheld the appeal brought by the photographers' guild.", RESERVED],
    ])('no status conflict with %s', (_, x, y) => {
      expect(compareClaims(one('a', y), one('b', x))).toBeNull();
    });
  });

  describe('process and outcome through the whole pipeline', () => {
    const kinds = (documents: { id: string; text: string }[]) =>
      analyze({ documents: documents.map((d) => ({ ...d, source: { name: d.id.toUpperCase() }, publishedAt: '2025-03-08' })) }).conflicts.map((c) => `${c.kind}/${c.band}`);

    it('one report telling the sequence (negotiating on Monday, signed on Friday) has no conflict', () => {
      expect(kinds([{ id: 'a', text: 'The two airlines were still negotiating the codeshare agreement on Monday. The codeshare agreement was signed on Friday.' }])).toEqual([]);
    });

    it('two reports dated on different days are a sequence, not a conflict', () => {
      expect(kinds([
        { id: 'a', text: 'The two airlines were still negotiating the codeshare agreement on Monday.' },
        { id: 'b', text: 'The codeshare agreement was signed on Friday.' },
      ])).toEqual([]);
    });

    it('two reports about the same day conflict', () => {
      expect(kinds([
        { id: 'a', text: 'The two airlines were still negotiating the codeshare agreement on Friday.' },
        { id: 'b', text: 'The codeshare agreement was signed on Friday.' },
      ])).toEqual(['status/medium']);
    });

    it('contrasted accounts in one report conflict', () => {
      const text = 'Some analysts said the two airlines were still negotiating the terms of the codeshare agreement. Others said the codeshare agreement had been signed.';
      expect(kinds([{ id: 'a', text }])).toEqual(['status/medium']);
    });
  });
});
