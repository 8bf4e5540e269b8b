/**
 * A relative clause opened by "whose" (Quirk et al. 1985 § 17.12: the genitive relative) states a fact of its own about
 * the noun it follows: "the Lynx, whose offer of a new contract he turned down in May" (the phrase after "whose" is the
 * object of "turned down"), "The firm, whose shares fell 9% on Monday, opened …" (the phrase is the subject). The main
 * clause keeps only its own state, dates and figures. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'd', source: { name: 'The Courier' }, text, publishedAt: '2026-06-10T12:00:00Z' }).map((c) => ({
    predicate: c.proposition.predicate?.lemma,
    state: c.proposition.state,
    counts: c.quantities.map((q) => q.value),
    times: c.times.map((t) => t.span.text),
    ...(c.background ? { background: c.background } : {}),
  }));

describe('a "whose" relative clause is a claim of its own', () => {
  it('the phrase after "whose" as the object of the clause', () => {
    const claims = read('Radan averaged 17 points last season for the Lynx, whose offer of a new contract he turned down in May.');
    // The refusal and its month are the relative clause's ("last season" names no calendar dates).
    expect(claims[0]).toEqual({ predicate: 'average', state: 'affirmed', counts: [17], times: [] });
    expect(claims.slice(1)).toEqual([{ predicate: 'reject', state: 'refused', counts: [], times: ['May'], background: 'relative' }]);
  });

  it('the phrase after "whose" as the subject of the clause', () => {
    const claims = read('The firm, whose shares fell 9% on Monday, opened a new plant in Ohio.');
    expect(claims[0]).toEqual({ predicate: 'open', state: 'affirmed', counts: [], times: [] });
    expect(claims.slice(1)).toEqual([{ predicate: 'fall', state: 'affirmed', counts: [9], times: ['Monday'], background: 'relative' }]);
  });
});

describe('hard negatives', () => {
  it('an interrogative "whose" after no noun opens no relative clause', () => {
    expect(read('Police do not yet know whose car was damaged.').filter((c) => c.background === 'relative')).toEqual([]);
  });
});
