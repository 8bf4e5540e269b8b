/**
 * A content clause as the subject complement of its noun (Quirk et al. 1985 § 16.38: "The sad news is that P", "The
 * hope is that P") is a claim of its own, held as the noun says: news and facts by the clause's holder, a hope as a
 * speculation; and "next April" told in April is next year's April (§ 7.96). Sentences invented for this file;
 * expectations written before the first run. Hard negatives: "in April" in a future clause told in April stays this
 * April; a noun phrase with its own relative "that" stays one claim.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { clashes } from '../helpers/two-reports.js';

const read = (text: string, publishedAt = '2026-04-14T09:00:00Z') =>
  extractClaims({ id: 'd', text, source: 'S', publishedAt }).map((c) => ({
    holder: c.attribution.holder,
    stance: c.attribution.stance,
    predicate: c.proposition.predicate?.lemma,
    negated: c.proposition.negated,
    times: c.times.map((t) => `${t.span.text}=${t.from.slice(0, 7)}`),
  }));

describe('"The news is that P", "The hope is that P"', () => {
  it('news: P is a claim in the clause\'s own voice', () => {
    expect(read('The sad news is that the festival will not return to Whitby next year.').at(-1)).toEqual({ holder: 'S', stance: 'asserted', predicate: 'return', negated: true, times: ['next year=2027-01'] });
  });

  it('a hope: P is a speculation', () => {
    expect(read('The hope is that the footbridge will reopen in June.').at(-1)).toMatchObject({ stance: 'speculated', predicate: 'reopen' });
  });

  it('the festival said to return next April against the news that it will not return next year: a polarity clash', () => {
    const found = clashes('Organiser Ruth Okafor said the festival would return to Whitby next April.', 'The sad news is that the festival will not return to Whitby next year.', ['2026-04-13', '2026-04-14']);
    expect(found.map(([kind]) => kind)).toEqual(['polarity']);
  });
});

describe('"next" and the month in progress', () => {
  it('"next April" told in April is next year\'s', () => {
    expect(read('The festival will return next April.').at(-1)!.times).toEqual(['April=2027-04']);
  });

  it('"in April" in a future clause told in April stays this April (hard negative)', () => {
    expect(read('The festival will reopen in April.').at(-1)!.times).toEqual(['April=2026-04']);
  });

  it('a relative "that" after a noun is no content clause (hard negative)', () => {
    expect(read('The news that reached the town on Monday was grim.').map((c) => c.predicate)).not.toContain(undefined);
  });
});
